"""The fonts of our PDFs: Bitstream Vera, shipped inside the reportlab package.

PDF/A forbids fonts that are not embedded, so the standard Helvetica/Times are out. We take
the TrueType Vera family that reportlab ships (``reportlab/fonts/Vera*.ttf``): it comes with a
dependency we already have, on every platform (Windows included), instead of from the system.
Vera has 256 glyphs: Latin-1 plus the WinAnsi extras, which is all of French (é, à, ç, Ç, œ,
Œ, « », ’, –, —, …, €). Characters it lacks (narrow no-break space, superscript letters,
letters of other alphabets) are replaced by :func:`printable` with a close equivalent or ``?``
rather than drawn as empty boxes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "TNLSans"
BOLD = "TNLSans-Bold"
ITALIC = "TNLSans-Italic"
BOLD_ITALIC = "TNLSans-BoldItalic"

_FILES = {
    REGULAR: "Vera.ttf",
    BOLD: "VeraBd.ttf",
    ITALIC: "VeraIt.ttf",
    BOLD_ITALIC: "VeraBI.ttf",
}

# Typographic characters that French text often holds but Vera lacks, and what to draw instead.
_SUBSTITUTES = {
    "\u202f": "\u00a0",  # narrow no-break space (before ; : ! ? ») -> no-break space
    "\u2009": " ",  # thin space
    "\u200b": "",  # zero-width space
    "\u2011": "-",  # non-breaking hyphen
    "\u2212": "-",  # minus sign
    "\u1d49": "e",  # superscript e (1ᵉʳ)
    "\u02b3": "r",  # superscript r
    "\u2032": "'",  # prime
}

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()


def fonts_folder() -> Path:
    """The folder of reportlab's bundled fonts."""
    return Path(reportlab.__file__).resolve().parent / "fonts"


def register_fonts() -> None:
    """Register the Vera family with reportlab under our names (idempotent, thread-safe).

    After this, ``<b>``/``<i>`` in paragraphs styled with :data:`REGULAR` use the bold and
    italic faces.
    """
    global _registered, _covered
    with _lock:
        if _registered:
            return
        folder = fonts_folder()
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, name)
        regular = pdfmetrics.getFont(REGULAR)
        _covered = frozenset(regular.face.charToGlyph)
        _registered = True


def printable(text: str) -> str:
    """``text`` with every character Vera cannot draw replaced by a close one, or ``?``."""
    register_fonts()
    out: list[str] = []
    for ch in text:
        if ord(ch) in _covered or ch in "\n\t":
            out.append(ch)
        elif ch in _SUBSTITUTES:
            out.append(_SUBSTITUTES[ch])
        else:
            # "ł" has no decomposition, "ș" decomposes to "s" + comma below: keep covered bases.
            base = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if ord(c) in _covered and c.isalnum()
            )
            out.append(base or "?")
    return "".join(out)


_BEFORE = re.compile(r" ([;:!?»])")
_AFTER = re.compile(r"(«|n°) ")


def french_spacing(text: str) -> str:
    """Make the spaces before ``; : ! ? »`` and after ``«`` non-breaking, as French typography
    wants: a line must not start with ``;`` or ``»`` (nor "n°" end one)."""
    return _AFTER.sub("\\1\u00a0", _BEFORE.sub("\u00a0\\1", text))


def para(text: str) -> str:
    """``text`` made safe for a reportlab ``Paragraph``: printable, French spacing, XML-escaped,
    line breaks kept as ``<br/>``."""
    return "<br/>".join(escape(french_spacing(printable(line))) for line in text.split("\n"))
