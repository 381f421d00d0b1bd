"""Errors of the Démarches Simplifiées importer, each naming where the problem is.

Messages read like ``dossiers.xlsx, sheet “Dossiers”, row 12 (dossier 123456), column “ID”
(A): the dossier number is empty``: the file, then the sheet, the row (1 = the header row, as a
spreadsheet program numbers it), the dossier number when known, the column (its header and its
letter), then the problem in plain words.
"""

from __future__ import annotations

from tnl_jury.domain.errors import UserError


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column ``index`` (0 → ``A``, 27 → ``AB``)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def describe_column(header: str, index: int) -> str:
    """``column “ID” (A)``, or ``column A`` when the header is empty."""
    letter = column_letter(index)
    return f"column “{header}” ({letter})" if header.strip() else f"column {letter}"


class ExportError(UserError):
    """An export cannot be read, or holds something the importer refuses."""

    def __init__(
        self,
        file: str,
        problem: str,
        *,
        sheet: str | None = None,
        row: int | None = None,
        dossier: str | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.sheet = sheet
        self.row = row
        self.dossier = dossier
        self.column = column
        self.problem = problem
        super().__init__(
            f"{where(file, sheet=sheet, row=row, dossier=dossier, column=column)}: {problem}"
        )


def where(
    file: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    dossier: str | None = None,
    column: str | None = None,
) -> str:
    """The place part of a message: ``file, sheet “S”, row 3 (dossier 12), column “C” (B)``.

    ``column`` is already described (see :func:`describe_column`).
    """
    parts = [file]
    if sheet is not None:
        parts.append(f"sheet “{sheet}”")
    if row is not None:
        parts.append(f"row {row}" + (f" (dossier {dossier})" if dossier else ""))
    elif dossier:
        parts.append(f"dossier {dossier}")
    if column is not None:
        parts.append(column)
    return ", ".join(parts)


class NotUtf8Error(ExportError):
    """A CSV export is not UTF-8 text."""


class MappingNeededError(ExportError):
    """The export has no column the importer recognises for the dossier number or the
    candidate's name: the user must say which column holds it."""


class AttachmentsError(UserError):
    """The zip of attachments is refused as a whole, or one of its entries is (strict mode)."""

    def __init__(self, file: str, problem: str, *, entry: str | None = None) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        place = f"{file}, entry “{entry}”" if entry else file
        super().__init__(f"{place}: {problem}")


class ImportCancelled(UserError):  # noqa: N818 (the name the callers know)
    """The user cancelled an import; nothing was written."""
