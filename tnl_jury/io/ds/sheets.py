"""The sheets beside ``Dossiers``: repeated blocks and the experts' notes (``Avis``).

Contract of :func:`read_side_sheets`:

* a sheet named ``Avis`` gives notes: one per row, keyed by its ``Dossier ID``, keeping every
  column as ``(header, text)`` (date-times as written, ``2024-03-05 14:30:12``, whatever the
  format), with the question, the answer and the author (the expert, else
  the instructor) picked out;
* any other sheet with a ``Dossier ID`` column is a repeated block ("répétition"): its name
  ``(<stable id>) <label>`` gives the block's key and label; each row is a
  :class:`ParsedBlockRow` of its dossier, numbered by its ``Ligne`` column, its other columns
  being typed answers (companion columns attached as in the main sheet);
* a sheet without a ``Dossier ID`` column is ignored with a warning when it holds data;
* rows are returned grouped by dossier number, in sheet order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.columns import AnswerColumn, analyse_header, header_key
from tnl_jury.io.ds.errors import Place, placed
from tnl_jury.io.ds.reader import Cell, RawSheet
from tnl_jury.io.ds.values import (
    LONGEST_TYPED,
    TEXT,
    cell_text,
    dossier_number,
    type_cell,
    wall_clock,
)

AVIS_SHEET = "Avis"
_BLOCK_NAME_RE = re.compile(r"^\((\w+)\)\s*(.*)$")


class ParsedAnswer(NamedTuple):
    """One answer: its position among the dossier's answers (0-based, form order), the
    column's header, the occurrence of that header, the type and the value as given, and the
    companion columns' values by suffix (``{"Code": "34"}``).

    A NamedTuple rather than a frozen dataclass: an import builds one per cell (120,000 for a
    big export) and a NamedTuple is built about three times faster; it is just as immutable.
    """

    position: int
    label: str
    occurrence: int
    value_type: str
    value: str
    companions: dict[str, str]


@dataclass(frozen=True)
class ParsedBlockRow:
    """One row of a repeated block of a dossier."""

    block_key: str
    block_label: str
    row_number: int
    cells: tuple[ParsedAnswer, ...]
    source_row: int


@dataclass(frozen=True)
class ParsedNote:
    """One row of the ``Avis`` sheet (read-only notes for the jury)."""

    question: str
    answer: str
    author: str
    cells: tuple[tuple[str, str], ...]
    source_row: int


def read_side_sheets(
    file: str, sheets: Sequence[RawSheet], warnings: list[Phrase]
) -> tuple[dict[str, list[ParsedBlockRow]], dict[str, list[ParsedNote]]]:
    """(block rows by dossier number, notes by dossier number) of ``sheets``."""
    blocks: dict[str, list[ParsedBlockRow]] = defaultdict(list)
    notes: dict[str, list[ParsedNote]] = defaultdict(list)
    for sheet in sheets:
        rows = sheet.rows
        top = next((i for i, r in enumerate(rows) if any(cell_text(c) for c in r)), None)
        if top is None:
            continue  # DS always writes "Avis", empty when there is none
        headers = [cell_text(c) for c in rows[top]]
        keys = [header_key(h) for h in headers]
        if "dossier id" not in keys:
            warnings.append(
                placed(
                    Place(file, sheet=sheet.name),
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "ignored (it has no “Dossier ID” column, so it is neither a repeated "
                        "block nor the Avis sheet)",
                    ),
                )
            )
            continue
        id_col = keys.index("dossier id")
        data = [(r + 1, rows[r]) for r in range(top + 1, len(rows))]
        if sheet.name == AVIS_SHEET:
            for line, row in data:
                number = dossier_number(row[id_col])
                if number:
                    notes[number].append(_note(headers, keys, id_col, row, line))
        else:
            _read_block(sheet.name, headers, keys, id_col, data, blocks)
    return blocks, notes


def _note(
    headers: list[str], keys: list[str], id_col: int, row: list[Cell], line: int
) -> ParsedNote:
    cells = tuple((h, wall_clock(row[i])) for i, h in enumerate(headers) if i != id_col and h)

    def pick(*names: str) -> str:
        for name in names:
            if name in keys:
                text = cell_text(row[keys.index(name)])
                if text:
                    return text
        return ""

    return ParsedNote(
        question=pick("question / introduction", "introduction", "question"),
        answer=pick("reponse", "avis"),
        author=pick("expert", "instructeur"),
        cells=cells,
        source_row=line,
    )


def _read_block(
    name: str,
    headers: list[str],
    keys: list[str],
    id_col: int,
    data: Iterable[tuple[int, list[Cell]]],
    blocks: dict[str, list[ParsedBlockRow]],
) -> None:
    match = _BLOCK_NAME_RE.match(name)
    block_key, block_label = (match.group(1), match.group(2)) if match else (name, name)
    reserved = {"dossier": id_col}
    if "ligne" in keys:
        reserved["line"] = keys.index("ligne")
    layout = analyse_header(headers, reserved=reserved, recognise_fixed=False)
    counters: dict[str, int] = defaultdict(int)
    for line, row in data:
        number = dossier_number(row[id_col])
        if not number:
            continue
        counters[number] += 1
        row_number = counters[number]
        if "line" in reserved:
            written = dossier_number(row[reserved["line"]])
            row_number = int(written) if written.isdigit() else row_number
        cells = []
        for position, column in enumerate(layout.answers):
            value_type, value = type_cell(row[column.column])
            companions = {key: cell_text(row[i]) for key, i in column.companions}
            cells.append(
                ParsedAnswer(
                    position, column.label, column.occurrence, value_type, value, companions
                )
            )
        blocks[number].append(
            ParsedBlockRow(block_key, block_label, row_number, tuple(cells), line)
        )


def warn_orphans(
    blocks: dict[str, list[ParsedBlockRow]],
    notes: dict[str, list[ParsedNote]],
    known: set[str],
    warnings: list[Phrase],
) -> None:
    """Warn about block rows and notes of dossiers that the ``Dossiers`` sheet does not hold."""
    for by_number, one, several in (
        (
            blocks,
            QT_TRANSLATE_NOOP(
                "Errors",
                "1 repeated-block row belongs to a dossier that is not in the Dossiers sheet "
                "({numbers}): it was not imported",
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} repeated-block rows belong to dossiers that are not in the Dossiers "
                "sheet ({numbers}): they were not imported",
            ),
        ),
        (
            notes,
            QT_TRANSLATE_NOOP(
                "Errors",
                "1 Avis note belongs to a dossier that is not in the Dossiers sheet "
                "({numbers}): it was not imported",
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} Avis notes belong to dossiers that are not in the Dossiers sheet "
                "({numbers}): they were not imported",
            ),
        ),
    ):
        orphans = sorted(n for n in by_number if n not in known)
        if orphans:
            count = sum(len(by_number[n]) for n in orphans)
            warnings.append(
                Phrase(one if count == 1 else several, count=count, numbers=", ".join(orphans))
            )


def row_answers(row: list[Cell], columns: tuple[AnswerColumn, ...]) -> list[ParsedAnswer]:
    """The answers of one row of the dossiers' sheet, in column order.

    The hot loop of an import (one pass per cell): long single-line text, the most common
    cell, takes a shortcut that gives the same result as :func:`type_cell`.
    """
    result: list[ParsedAnswer] = []
    append = result.append
    new = tuple.__new__
    for position, (index, label, occurrence, companions) in enumerate(columns):
        cell = row[index]
        value_type: str
        value: str
        if (
            isinstance(cell, str)
            and len(cell) > LONGEST_TYPED
            and "\r" not in cell
            and not cell.isspace()
        ):
            value_type, value = TEXT, cell.strip()
        else:
            value_type, value = type_cell(cell)
        extra = {key: cell_text(row[i]) for key, i in companions} if companions else {}
        append(new(ParsedAnswer, (position, label, occurrence, value_type, value, extra)))
    return result
