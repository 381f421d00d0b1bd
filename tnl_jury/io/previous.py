"""Reading a previous edition's results: this app's own results export (its "Décisions"
sheet), or any simple sheet of two columns, candidate and level.

:func:`read_previous_results` returns ``(candidate name, level)`` pairs or raises
:class:`PreviousResultsError` naming the file, the sheet, the row and the problem.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.io.ds.reader import Cell, RawSheet, read_workbook

_NAME_HEADERS = ("candidat", "candidate", "collectivite", "collectivité", "nom", "name")
_LEVEL_HEADERS = ("niveau", "level", "label")
_PREFIXES = ("ville de ", "commune de ", "mairie de ")
MAX_LEVEL = 5
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


class PreviousResultsError(UserError):
    """A previous-results file cannot be used."""


@dataclass(frozen=True)
class PreviousEntry:
    candidate_name: str
    level: int


def candidate_key(name: str) -> str:
    """A candidate's name folded for matching across editions: no accents, no case, no
    punctuation, and without a leading "Ville de" / "Commune de" / "Mairie de"."""
    # Ligatures have no decomposition: spell them out before dropping the accents.
    spelled = name.translate(_LIGATURES)
    folded = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode().casefold()
    folded = " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())
    for prefix in _PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


def read_previous_results(path: str | Path) -> list[PreviousEntry]:
    """Read the file at ``path`` (xlsx, ods or csv); empty levels are left out."""
    path = Path(path)
    book = read_workbook(path)
    sheet = book.sheet("Décisions") or book.sheets[0]
    if not sheet.rows:
        raise PreviousResultsError(
            QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}: the sheet is empty"),
            file=path.name,
            sheet=sheet.name,
        )
    name_col, level_col, first = _columns(path, sheet)
    entries: list[PreviousEntry] = []
    for number, row in enumerate(sheet.rows[first:], start=first + 1):
        name = _text(row[name_col] if name_col < len(row) else None)
        raw = row[level_col] if level_col < len(row) else None
        if not name and _text(raw) == "":
            continue
        level = _level(raw)
        if level is None:
            if _text(raw) == "":
                continue  # undecided last year: nothing to show
            raise PreviousResultsError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}, sheet {sheet}, row {row}: “{value}” is not a level (0 to {top})",
                ),
                file=path.name,
                sheet=sheet.name,
                row=number,
                value=_text(raw),
                top=MAX_LEVEL,
            )
        if not name:
            raise PreviousResultsError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, sheet {sheet}, row {row}: the candidate's name is empty"
                ),
                file=path.name,
                sheet=sheet.name,
                row=number,
            )
        entries.append(PreviousEntry(name, level))
    if not entries:
        raise PreviousResultsError(
            QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}: no candidate with a level"),
            file=path.name,
            sheet=sheet.name,
        )
    return entries


def _columns(path: Path, sheet: RawSheet) -> tuple[int, int, int]:
    """(name column, level column, first data row index)."""
    header = [_text(cell).casefold() for cell in sheet.rows[0]]
    name_col = next((i for i, h in enumerate(header) if h in _NAME_HEADERS), None)
    level_col = next((i for i, h in enumerate(header) if h in _LEVEL_HEADERS), None)
    if name_col is not None and level_col is not None:
        return name_col, level_col, 1
    width = sum(1 for cell in sheet.rows[0] if _text(cell))
    if width == 2:  # a bare two-column sheet; its first row is data unless it is a header
        return 0, 1, 0 if _level(sheet.rows[0][1]) is not None else 1
    raise PreviousResultsError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}, sheet {sheet}, row {row}: no “Candidat” and “Niveau” columns, and not a "
            "two-column sheet (candidate, level)",
        ),
        file=path.name,
        sheet=sheet.name,
        row=1,
    )


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _level(cell: Cell) -> int | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        match = re.fullmatch(r"(?:niveau\s*)?([0-5])(?:\s*[-—–].*)?", _text(cell), re.IGNORECASE)
        if not match:
            lowered = _text(cell).casefold()
            return 0 if lowered in ("aucun", "aucun label", "non labellisé", "none") else None
        value = float(match.group(1))
    if value.is_integer() and 0 <= value <= MAX_LEVEL:
        return int(value)
    return None
