"""The results as CSV: one sheet per file.

Choices:

* **UTF-8 with a byte-order mark.** Excel on Windows reads a CSV without BOM in the ANSI code
  page (cp1252), which mangles "Œuilly" and "« »"; with the BOM it reads UTF-8. LibreOffice,
  Python (``encoding="utf-8-sig"``) and most data tools accept the BOM.
* **Comma separator, dot decimal point, CRLF line ends, minimal quoting** (RFC 4180). The
  people who want a spreadsheet get the xlsx or ods; the CSV is for programs and data portals,
  which expect RFC 4180. French Excel, whose list separator is ";", opens it in one column when
  double-clicked; its import wizard (Données > À partir d'un fichier texte) reads it right.
* **Formula neutralisation.** A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe ``'`` (the OWASP recommendation against "CSV
  injection"): spreadsheets then show it as text, apostrophe included. Only texts are touched:
  numbers (scores, levels, votes) are written bare, so they stay numbers. A reader that wants
  the original text removes one leading ``'`` from a text that starts with ``'`` followed by
  one of these characters.
* Scores are written with two decimals (``12.50``), as the spreadsheets display them; dates in
  ISO 8601 (``2026-03-12``), which both office suites recognise as dates.

The **French spreadsheet** dialect (``french=True``) is for people who double-click the file in
a French Excel or LibreOffice: semicolon separator (the French list separator), decimal comma
(``12,50``), dates ``12/03/2026``; same encoding, line ends, quoting and formula
neutralisation. Its numbers read as numbers in a French office suite; identifiers such as the
département ``01`` may still be read as numbers (a CSV cannot type a cell: the xlsx and ods can).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Final

from tnl_jury.io.export._common import Progress
from tnl_jury.io.export.sheets import FORMULA_TRIGGERS, Kind, Sheet, Value, is_formula_like

ENCODING: Final = "utf-8-sig"  # UTF-8 with BOM
DELIMITER: Final = ","
FRENCH_DELIMITER: Final = ";"
QUOTE_PREFIX: Final = "'"

# The triggers are single characters: a set lookup on the first one is the fast path of the
# per-cell test (360,000 rows × 7 texts).
_TRIGGER_CHARS: Final = frozenset(FORMULA_TRIGGERS)
assert all(len(c) == 1 for c in FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet could read it as a formula."""
    return QUOTE_PREFIX + text if is_formula_like(text) else text


def write_csv(sheet: Sheet, path: Path, progress: Progress, *, french: bool = False) -> None:
    """Write one sheet, header first, at ``path`` (overwritten if present); ``french``: the
    French spreadsheet dialect (see the module)."""
    progress.start(sheet.name)
    formatters = [_formatter(c.kind, french) for c in sheet.columns]
    # newline="" lets the csv module write its own CRLF, also inside no quoted field.
    with path.open("w", encoding=ENCODING, newline="") as f:
        delimiter = FRENCH_DELIMITER if french else DELIMITER
        writer = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(c.header) for c in sheet.columns])
        for row in sheet.rows():
            writer.writerow([fmt(v) for fmt, v in zip(formatters, row, strict=True)])
            progress.step()


def _formatter(kind: Kind, french: bool = False) -> Callable[[Value], str]:
    if kind is Kind.TEXT:

        def text(value: Value) -> str:
            if not value:
                return ""
            text = str(value)
            return QUOTE_PREFIX + text if text[0] in _TRIGGER_CHARS else text

        return text
    if kind is Kind.SCORE and french:
        return lambda v: f"{v:.2f}".replace(".", ",") if isinstance(v, int | float) else ""
    if kind is Kind.SCORE:
        return lambda v: f"{v:.2f}" if isinstance(v, int | float) else ""
    if kind is Kind.DATE and french:
        return lambda v: v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else ""
    if kind is Kind.DATE:
        return lambda v: v.isoformat() if isinstance(v, dt.date) else ""
    return lambda v: str(v) if v is not None else ""
