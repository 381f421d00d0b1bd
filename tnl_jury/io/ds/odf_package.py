"""OpenDocument packages without a ``mimetype`` member: what Démarches Simplifiées writes.

DS writes its ods exports with the rodf gem, whose zip holds ``META-INF/manifest.xml``,
``styles.xml`` and ``content.xml`` but no ``mimetype`` member. python-calamine refuses such a
package; LibreOffice opens it. The manifest still says what the package is: its entry for the
root (``manifest:full-path="/"``) carries the document's media type.

Contract:

* :func:`manifest_media_type` gives the media type the manifest declares for the root, or None
  when there is no manifest, it is not well-formed XML, holds a DTD, is bigger than
  :data:`MAX_MANIFEST_BYTES`, or names no root entry;
* :func:`with_mimetype` returns the bytes of the same package with a ``mimetype`` member first
  (stored, as the OpenDocument specification wants), every other member copied. It refuses
  (:class:`~tnl_jury.io.ds.errors.ExportError` naming the file) a package whose members
  unpack to more than ``max_bytes``, checked from the declared sizes before reading and again
  while reading (a zip may lie about its sizes); the memory used is bounded by ``max_bytes``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP
from tnl_jury.io.ds.errors import ExportError

MANIFEST = "META-INF/manifest.xml"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_REPACKED_BYTES = 200 * 1024 * 1024
"""The most an ods without ``mimetype`` may unpack to (a label's export weighs a few MB)."""
_MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_CHUNK = 1024 * 1024


def manifest_media_type(archive: zipfile.ZipFile) -> str | None:
    """The media type the package's manifest declares for its root (see the module's doc)."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        return None
    if info.file_size > MAX_MANIFEST_BYTES:
        return None
    with archive.open(info) as handle:
        data = handle.read(MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        return None
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        return None  # no DTD, hence no entity to expand (a manifest has none)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    for entry in root.iter(f"{{{_MANIFEST_NS}}}file-entry"):
        if entry.get(f"{{{_MANIFEST_NS}}}full-path") == "/":
            media_type = entry.get(f"{{{_MANIFEST_NS}}}media-type")
            return media_type.strip() if media_type else None
    return None


_PARAGRAPH_CR = (b"\r</text:p>", b"&#13;</text:p>", b"&#xD;</text:p>", b"&#xd;</text:p>")


_RODF_BOOLEAN = re.compile(rb'office:value-type="boolean"(\s+)office:value="([01])"')


def without_paragraph_cr(content: bytes) -> bytes:
    """``content.xml`` repaired where rodf departs from OpenDocument: without the carriage
    return that ends a paragraph (rodf splits a text on ``\n`` into paragraphs, so a text typed
    with Windows line ends, a browser's long text, leaves a ``\r`` at the end of each, which
    readers turn into an extra line break), and with boolean cells written as booleans
    (``office:boolean-value``; rodf writes ``office:value`` 1 / 0, read as a number)."""
    for pattern in _PARAGRAPH_CR:
        content = content.replace(pattern, b"</text:p>")
    return _RODF_BOOLEAN.sub(
        lambda m: (
            b'office:value-type="boolean"'
            + m.group(1)
            + b'office:boolean-value="'
            + (b"true" if m.group(2) == b"1" else b"false")
            + b'"'
        ),
        content,
    )


def with_mimetype(path: Path, media_type: str, max_bytes: int = MAX_REPACKED_BYTES) -> bytes:
    """The package at ``path`` with a ``mimetype`` member (see the module's contract)."""
    too_big = ExportError(
        path.name,
        QT_TRANSLATE_NOOP(
            "Errors",
            "this ods spreadsheet is too big: it unpacks to more than {limit} MB",
        ),
        limit=max_bytes // (1024 * 1024),
    )
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source:
        members = [i for i in source.infolist() if not i.is_dir() and i.filename != "mimetype"]
        if sum(i.file_size for i in members) > max_bytes:
            raise too_big
        budget = max_bytes
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            target.writestr(zipfile.ZipInfo("mimetype"), media_type.encode("ascii"))
            for info in members:
                copy = zipfile.ZipInfo(info.filename, info.date_time)
                copy.compress_type = zipfile.ZIP_DEFLATED
                if info.filename == "content.xml":
                    with source.open(info) as reader:
                        data = reader.read(budget + 1)
                    budget -= len(data)
                    if budget < 0:
                        raise too_big
                    target.writestr(copy, without_paragraph_cr(data))
                    continue
                with source.open(info) as reader, target.open(copy, "w") as writer:
                    while chunk := reader.read(_CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise too_big
                        writer.write(chunk)
    return out.getvalue()
