"""What an attachment's name may make the system do (Qt-free policy, used by the GUI).

Attachment names come from candidates: ``rapport<b>.pdf<!--.exe`` or ``facture\u202eexe.odt``
must not pass for a PDF. Contract:

- :func:`shown_name`: the full name, as stored, with control and invisible formatting
  characters (bidirectional overrides, zero-width characters, line breaks) written out as
  ``[U+202E]``; shown as plain text, so nothing is hidden;
- :func:`real_suffix`: the extension the system would go by (Windows drops trailing dots and
  spaces), lower-case, ``""`` when none;
- :func:`system_viewer_allowed`: only document types on :data:`SYSTEM_VIEWER_SUFFIXES` (PDF,
  images, office documents without macros, plain text) are ever handed to the system's
  viewer; anything else may only be saved where the user chooses;
- :func:`safe_temporary_name`: the name of the temporary copy handed to the system: letters,
  digits, ``-``, ``_``; at most 60 characters before the extension, which is the real one.
"""

from __future__ import annotations

import re
import unicodedata

# Documents the system's viewer may open: no executables, scripts, shortcuts, archives or
# macro-enabled office formats.
SYSTEM_VIEWER_SUFFIXES = frozenset(
    {
        ".pdf",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".webp",
        ".tif",
        ".tiff",
        ".odt",
        ".ods",
        ".odp",
        ".odg",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".rtf",
        ".txt",
        ".csv",
    }
)
MAX_STEM = 60
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


def shown_name(file_name: str) -> str:
    """``file_name`` with every control or formatting character written as ``[U+XXXX]``."""
    return "".join(
        f"[U+{ord(c):04X}]" if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} else c
        for c in file_name
    )


def real_suffix(file_name: str) -> str:
    """The extension the system goes by: after the last dot of the last path part, once
    trailing dots and spaces are dropped (as Windows does); lower-case."""
    base = re.split(r"[\\/]", file_name)[-1].rstrip(". ")
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or not suffix:
        return ""
    return "." + suffix.lower()


def system_viewer_allowed(file_name: str) -> bool:
    """Whether the system's viewer may be asked to open a copy of ``file_name``."""
    return real_suffix(file_name) in SYSTEM_VIEWER_SUFFIXES


def safe_temporary_name(file_name: str) -> str:
    """A harmless name for the temporary copy: the stem reduced to ASCII letters, digits,
    ``-`` and ``_`` (at most :data:`MAX_STEM` characters), then the real extension."""
    suffix = real_suffix(file_name)
    base = re.split(r"[\\/]", file_name)[-1].rstrip(". ")
    stem = base[: len(base) - len(suffix)] if suffix else base
    visible = "".join("_" if unicodedata.category(c)[0] in "CZ" else c for c in stem)
    ascii_stem = unicodedata.normalize("NFKD", visible).encode("ascii", "ignore").decode()
    clean = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_stem).strip("_")[:MAX_STEM] or "piece"
    if _RESERVED.match(clean):
        clean = f"piece_{clean}"
    return clean + (suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else "")
