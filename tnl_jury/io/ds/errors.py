"""Errors of the Démarches Simplifiées importer, each naming where the problem is.

Messages read like ``dossiers.xlsx, sheet “Dossiers”, row 12 (dossier 123456), column “ID”
(A): the dossier number is empty``: the file, then the sheet, the row (1 = the header row, as a
spreadsheet program numbers it), the dossier number when known, the column (its header and its
letter), then the problem in plain words.

Translation: the problem is an English template with its values apart (see
:mod:`tnl_jury.domain.errors`), and so is each word of the place ("sheet “{sheet}”", "row
{row}"…): :meth:`ExportError.localized` says the whole sentence in the interface's language,
``str()`` in English. A value may itself be a :class:`Phrase` (a piece of text translated on
its own, such as a size ``12.0 MB`` or the problem of a zip entry) or a :class:`Place`.

Warnings are phrases too: :func:`placed` makes ``place: problem`` from a :class:`Place` and a
problem template, so that an import's warnings are shown in the interface's language and kept
in English (``str()``) in the CLI's output and in the jury file's import history.
"""

from __future__ import annotations

from dataclasses import dataclass

from tnl_jury.domain.errors import (
    PLACED,
    QT_TRANSLATE_NOOP,
    Phrase,
    Translate,
    UserError,
    fill,
    untranslated,
)


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column ``index`` (0 → ``A``, 27 → ``AB``)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def describe_column(header: str, index: int, translate: Translate = untranslated) -> str:
    """``column “ID” (A)``, or ``column A`` when the header is empty."""
    letter = column_letter(index)
    if header.strip():
        return fill(
            translate,
            QT_TRANSLATE_NOOP("Errors", "column “{header}” ({letter})"),
            {"header": header, "letter": letter},
        )
    return fill(translate, QT_TRANSLATE_NOOP("Errors", "column {letter}"), {"letter": letter})


def where(
    file: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    dossier: str | None = None,
    column: int | None = None,
    header: str = "",
    translate: Translate = untranslated,
) -> str:
    """The place part of a message: ``file, sheet “S”, row 3 (dossier 12), column “C” (B)``.

    ``column`` is the 0-based index of the column, ``header`` its header text.
    """
    parts = [file]
    if sheet is not None:
        parts.append(
            fill(translate, QT_TRANSLATE_NOOP("Errors", "sheet “{sheet}”"), {"sheet": sheet})
        )
    if row is not None:
        if dossier:
            template = QT_TRANSLATE_NOOP("Errors", "row {row} (dossier {dossier})")
        else:
            template = QT_TRANSLATE_NOOP("Errors", "row {row}")
        parts.append(fill(translate, template, {"row": row, "dossier": dossier}))
    elif dossier:
        parts.append(
            fill(translate, QT_TRANSLATE_NOOP("Errors", "dossier {dossier}"), {"dossier": dossier})
        )
    if column is not None:
        parts.append(describe_column(header, column, translate))
    return ", ".join(parts)


@dataclass(frozen=True)
class Place:
    """The place of a message as a value of a :class:`Phrase` (see :func:`where`), each word
    translated with the rest of the message; ``entry`` names an entry of a zip."""

    file: str
    sheet: str | None = None
    row: int | None = None
    dossier: str | None = None
    column: int | None = None
    header: str = ""
    entry: str | None = None

    def localized(self, translate: Translate = untranslated) -> str:
        text = where(
            self.file,
            sheet=self.sheet,
            row=self.row,
            dossier=self.dossier,
            column=self.column,
            header=self.header,
            translate=translate,
        )
        if self.entry:
            entry = fill(
                translate, QT_TRANSLATE_NOOP("Errors", "entry “{entry}”"), {"entry": self.entry}
            )
            text = f"{text}, {entry}"
        return text

    def __str__(self) -> str:
        return self.localized()


def placed(place: Place, problem: str | Phrase, /, **params: object) -> Phrase:
    """``place: problem`` as a phrase (a warning): ``problem`` is a template filled with
    ``params``, or a phrase already made."""
    if isinstance(problem, str):
        problem = Phrase(problem, **params)
    return Phrase(PLACED, place=place, problem=problem)


def _placed(translate: Translate, place: str, problem: str) -> str:
    return fill(translate, PLACED, {"place": place, "problem": problem})


class ExportError(UserError):
    """An export cannot be read, or holds something the importer refuses.

    ``problem`` is an English template filled with ``params``; ``column`` is the 0-based index
    of the column, ``header`` its header text. ``self.problem`` is the problem in English.
    """

    def __init__(
        self,
        file: str,
        problem: str,
        /,
        *,
        sheet: str | None = None,
        row: int | None = None,
        dossier: str | None = None,
        column: int | None = None,
        header: str = "",
        **params: object,
    ) -> None:
        self.file = file
        self.sheet = sheet
        self.row = row
        self.dossier = dossier
        self.column = column
        self.header = header
        super().__init__(problem, **params)
        self.problem = fill(untranslated, problem, params)

    def where(self, translate: Translate = untranslated) -> str:
        """The place of the problem, in the language of ``translate``."""
        return where(
            self.file,
            sheet=self.sheet,
            row=self.row,
            dossier=self.dossier,
            column=self.column,
            header=self.header,
            translate=translate,
        )

    def localized(self, translate: Translate) -> str:
        problem = fill(translate, self.template, self.params)
        return _placed(translate, self.where(translate), problem)


class NotUtf8Error(ExportError):
    """A CSV export is not UTF-8 text."""


class MappingNeededError(ExportError):
    """The export has no column the importer recognises for the dossier number or the
    candidate's name: the user must say which column holds it."""


class AttachmentsError(UserError):
    """The zip of attachments is refused as a whole, or one of its entries is (strict mode).

    ``problem`` is an English template filled with ``params`` (``self.problem``: in English).
    """

    def __init__(
        self, file: str, problem: str, /, *, entry: str | None = None, **params: object
    ) -> None:
        self.file = file
        self.entry = entry
        super().__init__(problem, **params)
        self.problem = fill(untranslated, problem, params)

    def where(self, translate: Translate = untranslated) -> str:
        """``file`` or ``file, entry “name”``, in the language of ``translate``."""
        return Place(self.file, entry=self.entry).localized(translate)

    def localized(self, translate: Translate) -> str:
        problem = fill(translate, self.template, self.params)
        return _placed(translate, self.where(translate), problem)


class ImportCancelled(UserError):  # noqa: N818 (the name the callers know)
    """The user cancelled an import; nothing was written."""
