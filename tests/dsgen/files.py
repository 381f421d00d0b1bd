"""Tiny but valid attachment files, written by hand: PDF, PNG, ODT; deterministic bytes."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile
import zlib

from .model import Attachment


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF 1.4 showing ``lines`` in Helvetica (WinAnsi: accents and « œ » print),
    with a correct cross-reference table."""

    def esc(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def tiny_png(seed: str, size: int = 8) -> bytes:
    """A ``size`` × ``size`` RGB PNG whose colours depend on ``seed``."""
    rng = random.Random(seed)
    raw = b"".join(
        b"\x00" + bytes(rng.randrange(256) for _ in range(3 * size)) for _ in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def tiny_odt(seed: str) -> bytes:
    """An ODT-like zip: the ``mimetype`` entry first and stored, then some content."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0))
        zf.writestr(info, "application/vnd.oasis.opendocument.text")
        body = zipfile.ZipInfo("content.xml", (2026, 1, 1, 0, 0, 0))
        body.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(body, f"<office:document-content><!-- {seed} --></office:document-content>")
    return buf.getvalue()


def attachment_bytes(att: Attachment) -> bytes:
    """The content of an attachment, chosen by its extension; equal keys give equal bytes."""
    ext = att.name.rpartition(".")[2].lower()
    if ext == "png":
        return tiny_png(att.content_key)
    if ext == "odt":
        return tiny_odt(att.content_key)
    if ext == "pdf":
        digest = hashlib.sha256(att.content_key.encode()).hexdigest()[:16]
        return tiny_pdf([att.name if att.content_key != "shared" else "Charte", digest])
    return hashlib.sha256(att.content_key.encode()).digest() * 4
