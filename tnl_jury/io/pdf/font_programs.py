"""The embedded font subsets of our PDFs: a tag of their own each, and a light program.

reportlab names the first subset of every face ``AAAAAA+<face>``: the document's subset and
each signature stamp's (a PDF of its own, imported by pyHanko) then share one name, whereas ISO
32000-1 (9.6.4) wants different subsets to carry different tags. And it copies DejaVu's
``name`` table (15 KB of licence text) and its TrueType hinting into every subset, so each
signature stamp added about 60 KB of fonts.

:func:`tidy_fonts` rewrites, in a document opened with pikepdf: each TrueType subset's tag,
derived from its program and a salt (so the stamps of two signatures never share a tag with
each other or with the document), and the program itself without hinting (``fpgm``, ``prep``,
``cvt``, glyph instructions: viewers hint on their own) and with the ``name`` records a PDF
reader uses (family, style, unique and full name, version, PostScript name, copyright). Glyph
ids, the cmap and the advance widths are untouched, so the text draws and extracts as before.
pikepdf and fontTools (a dependency of ``pikepdf[pdfa]``) are imported inside the function.
"""

from __future__ import annotations

import hashlib
import io
import re
import string
import zlib
from typing import Any

_TAGGED = re.compile(r"^/[A-Z]{6}\+(.+)$")  # a Name, with its slash
_KEPT_NAME_IDS = frozenset(range(7))  # copyright, family, style, unique, full, version, PS
_HINTING_TABLES = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX")


def tidy_fonts(pdf: Any, salt: str) -> None:
    """Retag and lighten every embedded TrueType subset of ``pdf`` (a ``pikepdf.Pdf``), in
    place; fonts that are not tagged subsets are left alone. Each program is rewritten once,
    however many font dictionaries share it."""
    import pikepdf

    used: set[str] = set()
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
            continue
        match = _TAGGED.match(str(obj.get("/BaseFont", "")))
        descriptor = obj.get("/FontDescriptor")
        if match is None or not isinstance(descriptor, pikepdf.Dictionary):
            continue
        program = descriptor.get("/FontFile2")
        if not isinstance(program, pikepdf.Stream):
            continue
        light = _light_program(program.read_bytes())
        program.write(zlib.compress(light, 9), filter=pikepdf.Name.FlateDecode)
        program.Length1 = len(light)
        tag = _tag(f"{salt}\n{match.group(1)}".encode() + light, used)
        used.add(tag)
        name = pikepdf.Name(f"/{tag}+{match.group(1)}")
        obj.BaseFont = name
        descriptor.FontName = name


def _tag(seed: bytes, used: set[str]) -> str:
    """Six capital letters from ``seed``'s digest, none of ``used``."""
    counter = 0
    while True:
        digest = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        tag = "".join(string.ascii_uppercase[b % 26] for b in digest[:6])
        if tag not in used:
            return tag
        counter += 1


def _light_program(data: bytes) -> bytes:
    """``data`` (a TrueType program) without hinting and with only the name records a PDF
    needs."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data))
    for table in _HINTING_TABLES:
        if table in font:
            del font[table]
    if "glyf" in font:
        glyf = font["glyf"]
        for glyph_name in font.getGlyphOrder():
            glyf[glyph_name].removeHinting()
    if "name" in font:
        font["name"].names = [n for n in font["name"].names if n.nameID in _KEPT_NAME_IDS]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
