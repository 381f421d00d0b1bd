"""The fonts of our PDFs: DejaVu Sans, shipped in ``resources/fonts/``.

PDF/A forbids fonts that are not embedded, so the standard Helvetica/Times are out. DejaVu Sans
(regular, bold, oblique, bold oblique) covers Latin with its Extended-A/B and Additional blocks,
Greek and Cyrillic: "Łukasz Żółkiewski", "Françoise Nguyễn" and "Ελένη" print as written.
reportlab embeds each face as a subset under a tag of its own. A few typographic characters the
fonts may lack (zero-width space, superscript letters) are drawn as a plain equivalent; a letter
the fonts lack is never replaced: :func:`printable` raises :class:`MissingGlyphError` naming it,
so that no document ever prints a name other than as written.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.paths import resources_dir

REGULAR = "TNLSans"
BOLD = "TNLSans-Bold"
ITALIC = "TNLSans-Italic"
BOLD_ITALIC = "TNLSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Typographic characters (never letters) drawn as a plain equivalent when the fonts lack them.
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


class MissingGlyphError(UserError):
    """A text holds a character the PDF fonts cannot draw."""


def fonts_folder() -> Path:
    """The folder of the fonts we embed."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab under our names (idempotent,
    thread-safe).

    After this, ``<b>``/``<i>`` in paragraphs styled with :data:`REGULAR` use the bold and
    italic faces.
    """
    global _registered, _covered
    with _lock:
        if _registered:
            return
        folder = fonts_folder()
        faces = []
        for name, file_name in _FILES.items():
            font = TTFont(name, str(folder / file_name))
            pdfmetrics.registerFont(font)
            faces.append(frozenset(font.face.charToGlyph))
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, name)
        # A character counts as printable when every face draws it (a name may be bold).
        _covered = frozenset.intersection(*faces)
        _registered = True


def printable(text: str) -> str:
    """``text`` as the fonts draw it: unchanged, but for the typographic characters of
    ``_SUBSTITUTES`` the fonts lack. Raises :class:`MissingGlyphError` naming the first letter
    (or other character) the fonts cannot draw: never replaced by another."""
    register_fonts()
    out: list[str] = []
    for ch in text:
        if ord(ch) in _covered or ch in "\n\t":
            out.append(ch)
        elif ch in _SUBSTITUTES:
            out.append(_SUBSTITUTES[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            continue  # control and format characters (no shape of their own)
        else:
            raise MissingGlyphError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the character “{char}” ({code}, {name}) in “{text}” cannot be printed: the "
                    "PDF fonts lack it, and a name is never printed other than as written",
                ),
                char=ch,
                code=f"U+{ord(ch):04X}",
                name=unicodedata.name(ch, "?"),
                text=text if len(text) <= 80 else text[:77] + "…",
            )
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
