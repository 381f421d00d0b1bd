"""Reading back, from a minutes PDF (signed or not), the audit trail's head and the state
digest it printed.

The minutes say how many events the jury file's audit trail held when they were made, and the
newest one's SHA-256 (:mod:`tnl_jury.io.pdf.minutes`, the "Intégrité" sentence). Once the
members have signed them, that sentence vouches for the trail up to that event. They also print
the digest of the state they record (:func:`tnl_jury.domain.records.state_digest`). The text is read
with pypdfium2 (already used to show PDF attachments), whitespace and line breaks aside.
"""

from __future__ import annotations

import re
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError

_ANCHOR = re.compile(
    r"comptait\s+(\d+)\s+événements\s*;\s*empreinte\s+SHA-256\s+du\s+dernier\s*:\s*"
    r"((?:[0-9a-f]\s*){64})"
)
_STATE = re.compile(r"votes\s+et\s+motivations\)\s*:\s*((?:[0-9a-f]\s*){64})")
MAX_PAGES = 500  # minutes are a few pages; a huge file is not minutes


class AnchorError(UserError):
    """A PDF that cannot be read, or that carries no audit anchor."""


def read_audit_anchor(pdf: str | Path) -> tuple[int, str]:
    """(events, hash) printed in the minutes ``pdf``; :class:`AnchorError` when the file cannot
    be read or holds no such sentence (not minutes, or minutes made before the anchor)."""
    path = Path(pdf)
    found = _ANCHOR.search(_text(path))
    if found is None:
        raise AnchorError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: these are not minutes that record the audit trail (no “Intégrité” "
                "sentence)",
            ),
            path=path,
        )
    return int(found.group(1)), re.sub(r"\s+", "", found.group(2))


def read_state_digest(pdf: str | Path) -> str | None:
    """The state digest printed in the minutes ``pdf`` (None: minutes made before it was
    printed, or another document); :class:`AnchorError` when the file cannot be read."""
    found = _STATE.search(_text(Path(pdf)))
    return re.sub(r"\s+", "", found.group(1)) if found else None


def _text(path: Path) -> str:
    """The text of the first pages, no-break spaces made plain."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (OSError, pdfium.PdfiumError) as exc:
        raise AnchorError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read as a PDF ({reason})"),
            path=path,
            reason=str(exc),
        ) from None
    try:
        texts = []
        for index in range(min(len(document), MAX_PAGES)):
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
    finally:
        document.close()
    return " ".join(texts).replace("\u00a0", " ").replace("\u202f", " ")
