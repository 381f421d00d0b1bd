"""The spreadsheet formats the results can be exported to: the one list.

Each format names the module and function that encode the sheets (imported only when a file is
written: openpyxl is slow to import). A workbook format writes every sheet into one file with
``write(sheets, path, progress, title=…)``; the csv writes one sheet per file with
``write(sheet, path, progress, french=…)``. The CLI's argument check, the export dialog's
choices and :func:`tnl_jury.io.export.write_results` all read this list; adding a format is one
entry here, its writer module, and its label in the export dialog.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpreadsheetFormat:
    code: str  # also the file suffix, without its dot
    module: str  # the writer's module
    function: str  # the writer in that module
    per_sheet: bool = False  # one sheet per file (csv), else one workbook


SPREADSHEET_FORMATS: tuple[SpreadsheetFormat, ...] = (
    SpreadsheetFormat("xlsx", "tnl_jury.io.export.xlsx", "write_xlsx"),
    SpreadsheetFormat("ods", "tnl_jury.io.export.ods", "write_ods"),
    SpreadsheetFormat("csv", "tnl_jury.io.export.csvfile", "write_csv", per_sheet=True),
)
CODES: tuple[str, ...] = tuple(f.code for f in SPREADSHEET_FORMATS)
SUFFIXES: tuple[str, ...] = tuple(f".{code}" for code in CODES)


def by_code(code: str) -> SpreadsheetFormat | None:
    """The format ``code`` names (``xlsx``; case-insensitive), None when there is none."""
    return next((f for f in SPREADSHEET_FORMATS if f.code == code.lower()), None)


def listed() -> str:
    """The suffixes for a message, whatever its language: ``.xlsx, .ods, .csv``."""
    return ", ".join(SUFFIXES)
