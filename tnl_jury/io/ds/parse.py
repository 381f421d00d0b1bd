"""An export of dossiers, parsed: :func:`parse_export` → :class:`ParsedExport`.

Contract:

* the dossiers are read from the ``Dossiers`` sheet (the first sheet when none has that name);
  its header is its first non-empty row;
* the dossier number comes from the column the caller names (``id_column``), else ``ID``, else
  a saved mapping whose columns the header has; without one, ``needs`` holds ``"number"`` and
  no dossier is read. Likewise the candidate's name: the named column, else
  the form fields the grid's ``[import]`` section names (or the column the secretariat mapped),
  else ``Entreprise raison sociale`` (then kept as ``registry_name`` beside the form's name),
  else a saved mapping; without one, ``needs`` holds ``"candidate_name"`` (dossiers are still
  read, so that a preview can count them);
* a row without a dossier number is an error (unless the whole row is empty), so is a number
  that is not a number in a standard export, and a number seen twice; errors name the file,
  sheet, row, dossier and column (:class:`~tnl_jury.io.ds.errors.ExportError`);
* drafts (``Brouillon``) and dossiers ``Classé sans suite`` are left out into ``skipped``,
  with one warning per reason naming them, unless the options include them;
* repeated-block sheets (``(<stable id>) <label>``, with ``Dossier ID`` and ``Ligne``) become
  the block rows of their dossiers, the ``Avis`` sheet their notes (see :mod:`sheets`);
* the candidate's postal address comes from the csv's ``Établissement …`` columns, else from
  the ``Etablissements`` sheet (see :mod:`postal`);
* the result is made of frozen dataclasses (:mod:`tnl_jury.io.ds.parsed`) and never touches
  a jury file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase, Plural
from tnl_jury.io.ds import sheets
from tnl_jury.io.ds.columns import (
    FORME_JURIDIQUE,
    RAISON_SOCIALE,
    ColumnLayout,
    analyse_header,
    classify,
    find_header,
    header_key,
    with_state_column,
)
from tnl_jury.io.ds.errors import ExportError, Place, placed
from tnl_jury.io.ds.identity import IdentityReader, identity_columns
from tnl_jury.io.ds.parsed import (
    ColumnMapping,
    IdentityColumns,
    ParsedDossier,
    ParsedExport,
    ParseOptions,
    SkippedDossier,
)
from tnl_jury.io.ds.postal import (
    ESTABLISHMENTS_SHEET,
    fixed_address_columns,
    postal_address,
    with_addresses,
)
from tnl_jury.io.ds.reader import Cell, Format, RawSheet, read_workbook
from tnl_jury.io.ds.sheets import ParsedAnswer, ParsedBlockRow, ParsedNote
from tnl_jury.io.ds.values import (
    NotADateError,
    cell_text,
    dossier_number,
    to_utc,
)

__all__ = [
    "ColumnMapping",
    "IdentityColumns",
    "ParseOptions",
    "ParsedAnswer",
    "ParsedBlockRow",
    "ParsedDossier",
    "ParsedExport",
    "ParsedNote",
    "SkippedDossier",
    "parse_export",
]

DRAFT_STATES = frozenset({"brouillon", "draft"})
CLOSED_STATES = frozenset({"classe sans suite", "sans suite", "classe_sans_suite"})
MAIN_SHEET = "Dossiers"


def parse_export(path: Path, options: ParseOptions | None = None) -> ParsedExport:
    """Read and parse the export at ``path`` (see the module's contract)."""
    options = options or ParseOptions()
    workbook = read_workbook(path)
    establishments = workbook.sheet(ESTABLISHMENTS_SHEET)
    main = workbook.sheet(MAIN_SHEET) or next(
        (s for s in workbook.sheets if s is not establishments), workbook.sheets[0]
    )
    others = [s for s in workbook.sheets if s is not main and s is not establishments]
    parser = _Parser(path.name, workbook.format, main, options)
    parser.warnings.extend(workbook.warnings)
    if main.name != MAIN_SHEET:
        parser.warnings.append(
            placed(
                Place(path.name),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no sheet is named “{expected}”: the dossiers were read from the first "
                    "sheet, “{sheet}”",
                ),
                expected=MAIN_SHEET,
                sheet=main.name,
            )
        )
    return with_addresses(parser.parse(others), establishments)


class _Parser:
    """The state of one parse: the file, its main sheet, the options, the warnings."""

    def __init__(self, file: str, fmt: Format, main: RawSheet, options: ParseOptions) -> None:
        self.file = file
        self.fmt = fmt
        self.main = main
        self.options = options
        self.warnings: list[Phrase] = []
        top = next((i for i, r in enumerate(main.rows) if any(_filled(c) for c in r)), None)
        if top is None:
            raise ExportError(
                file,
                QT_TRANSLATE_NOOP("Errors", "the sheet is empty: it has no header row"),
                sheet=main.name,
            )
        self.top = top
        self.headers = tuple(cell_text(c) for c in main.rows[top])

    def error(
        self,
        problem: str,
        *,
        row: int | None = None,
        dossier: str | None = None,
        column: int | None = None,
        **params: object,
    ) -> ExportError:
        """An error of the main sheet; ``problem`` is a template filled with ``params``."""
        return ExportError(
            self.file,
            problem,
            sheet=self.main.name,
            row=row,
            dossier=dossier,
            column=column,
            header="" if column is None else self.headers[column],
            **params,
        )

    def parse(self, other_sheets: Sequence[RawSheet]) -> ParsedExport:
        if not any(any(_filled(c) for c in r) for r in self.main.rows[self.top + 1 :]):
            raise self.error(
                QT_TRANSLATE_NOOP(
                    "Errors", "there is no dossier in this export (only a header row)"
                )
            )
        identity, id_index, name_indexes, reserved = self._identity()
        layout = analyse_header(self.headers, reserved=reserved)
        if layout.variant == "template":
            layout = self._state_by_values(layout)
        for i in layout.ignored:
            if not self._empty(i):
                self.warnings.append(
                    placed(
                        Place(self.file, sheet=self.main.name, column=i),
                        QT_TRANSLATE_NOOP(
                            "Errors", "this column has no header: its values were ignored"
                        ),
                    )
                )
        needs = tuple(
            need
            for need, found in (("number", id_index), ("candidate_name", name_indexes))
            if found is None or found == []
        )
        blocks, notes = sheets.read_side_sheets(self.file, other_sheets, self.warnings)
        dossiers: list[ParsedDossier] = []
        skipped: list[SkippedDossier] = []
        if id_index is not None:
            self._read_rows(
                layout, id_index, name_indexes or [], identity, blocks, notes, dossiers, skipped
            )
            known = {d.number for d in dossiers} | {s.number for s in skipped}
            sheets.warn_orphans(blocks, notes, known, self.warnings)
        self._warn_skipped(skipped)
        return ParsedExport(
            self.file,
            self.fmt,
            layout.variant,
            self.main.name,
            self.headers,
            identity,
            tuple(dossiers),
            tuple(skipped),
            tuple(self.warnings),
            needs,
            tuple((a.label, a.occurrence) for a in layout.answers),
            bool(other_sheets),
        )

    def _state_by_values(self, layout: ColumnLayout) -> ColumnLayout:
        """An export template's state column, whatever its header (see
        :func:`~tnl_jury.io.ds.columns.with_state_column`), said in a warning when found."""
        rows = self.main.rows[self.top + 1 :]
        found = with_state_column(
            layout, lambda i: [cell_text(r[i]) if i < len(r) else "" for r in rows]
        )
        if found is not layout:
            i = found.fixed["state"]
            self.warnings.append(
                placed(
                    Place(self.file, sheet=self.main.name, column=i, header=self.headers[i]),
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "read as the dossiers' state (its values are Démarches Simplifiées "
                        "states): drafts and dossiers classés sans suite are left out unless "
                        "asked for",
                    ),
                )
            )
        return found

    # -- identity columns ---------------------------------------------------------------

    def _named(self, label: str, problem: str) -> int:
        """The column whose header is ``label``; else an error: ``problem`` is a template with
        ``{label}`` and ``{columns}`` (the headers of the sheet)."""
        index = find_header(self.headers, label)
        if index is None:
            shown = ", ".join(f"“{h}”" for h in self.headers if h)
            raise self.error(problem, label=label, columns=shown[:600])
        return index

    def _identity(self) -> tuple[IdentityColumns, int | None, list[int] | None, dict[str, int]]:
        """(identity, number column, name columns in order of preference, reserved columns)."""
        opts = self.options
        mapping = next((m for m in opts.saved_mappings if self._mapping_fits(m)), None)
        standard_id = next((i for i, h in enumerate(self.headers) if classify(h) == "id"), None)
        id_index: int | None
        if opts.id_column:
            id_index = self._named(
                opts.id_column,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no column has the header “{label}” given for the dossier number (the "
                    "columns are: {columns})",
                ),
            )
            id_source = "option"
        elif standard_id is not None:
            id_index, id_source = standard_id, "ID"
        elif mapping and mapping.id_column:
            id_index, id_source = find_header(self.headers, mapping.id_column), "saved"
        else:
            id_index, id_source = None, ""
        hint_columns = self._hint_columns(opts.hints.candidate_name, "candidate_name")
        raison = next(
            (i for i, h in enumerate(self.headers) if classify(h) == RAISON_SOCIALE), None
        )
        # The form's own name field first (as the candidate writes it), the registry's after.
        standard_names = hint_columns + ([raison] if raison is not None else [])
        names: list[int] | None
        if opts.name_column:
            names = [
                self._named(
                    opts.name_column,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "no column has the header “{label}” given for the candidate's name (the "
                        "columns are: {columns})",
                    ),
                )
            ]
            name_source = "option"
        elif hint_columns:
            names, name_source = standard_names, "grid"
        elif raison is not None:
            names, name_source = standard_names, "raison sociale"
        elif mapping and mapping.name_column:
            names = [i for i in [find_header(self.headers, mapping.name_column)] if i is not None]
            name_source = "saved"
        else:
            names, name_source = None, ""
        if names and name_source in ("option", "saved"):
            names += [i for i in standard_names if i not in names]
        reserved: dict[str, int] = {}
        if id_index is not None and id_source != "ID":
            reserved["id"] = id_index  # a template's own columns are not answers
        if id_index is not None and names and name_source in ("option", "saved"):
            reserved["name"] = names[0]
        identity = IdentityColumns(
            None if id_index is None else self.headers[id_index],
            id_source,
            self.headers[names[0]] if names else None,
            name_source,
            mapping if "saved" in (id_source, name_source) else None,
        )
        return identity, id_index, names, reserved

    def _mapping_fits(self, mapping: ColumnMapping) -> bool:
        return all(
            find_header(self.headers, label) is not None
            for label in (mapping.id_column, mapping.name_column)
            if label
        )

    def _hint_columns(self, labels: Sequence[str], field: str) -> list[int]:
        return identity_columns(self.headers, labels, self.options.identity_columns.get(field))

    def _empty(self, column: int) -> bool:
        return not any(_filled(r[column]) for r in self.main.rows[self.top + 1 :])

    # -- rows ---------------------------------------------------------------------------

    def _read_rows(
        self,
        layout: ColumnLayout,
        id_index: int,
        name_indexes: list[int],
        identity: IdentityColumns,
        blocks: dict[str, list[ParsedBlockRow]],
        notes: dict[str, list[ParsedNote]],
        dossiers: list[ParsedDossier],
        skipped: list[SkippedDossier],
    ) -> None:
        fixed = layout.fixed
        state_index = fixed.get("state")
        deposited_index = fixed.get("deposited_at")
        forme_index = fixed.get(FORME_JURIDIQUE)
        raison_index = fixed.get(RAISON_SOCIALE)
        address_columns = fixed_address_columns(fixed)
        answer_columns = layout.answers
        ident = IdentityReader(
            self.headers, self.options.hints, layout, name_indexes, self.options.identity_columns
        )
        numeric_ids = identity.id_source == "ID"
        seen: dict[str, int] = {}
        include_drafts, include_closed = self.options.include_drafts, self.options.include_closed
        for r in range(self.top + 1, len(self.main.rows)):
            row = self.main.rows[r]
            line = r + 1
            number = dossier_number(row[id_index])
            if not number:
                if any(_filled(c) for c in row):
                    raise self.error(
                        QT_TRANSLATE_NOOP("Errors", "the dossier number is empty"),
                        row=line,
                        column=id_index,
                    )
                continue
            if numeric_ids and not number.isdigit():
                raise self.error(
                    QT_TRANSLATE_NOOP("Errors", "“{number}” is not a dossier number"),
                    row=line,
                    column=id_index,
                    number=number,
                )
            if number in seen:
                raise self.error(
                    QT_TRANSLATE_NOOP(
                        "Errors", "dossier {number} appears twice (rows {first} and {line})"
                    ),
                    row=line,
                    dossier=number,
                    column=id_index,
                    number=number,
                    first=seen[number],
                    line=line,
                )
            seen[number] = line
            state = "" if state_index is None else cell_text(row[state_index])
            state_key = header_key(state).replace("_", " ")
            name = ident.name(row)
            if state_key in DRAFT_STATES and not include_drafts:
                skipped.append(SkippedDossier(number, state, "draft", name, line))
                continue
            if state_key in CLOSED_STATES and not include_closed:
                skipped.append(SkippedDossier(number, state, "closed", name, line))
                continue
            answers = tuple(sheets.row_answers(row, answer_columns))
            deposited = None
            if deposited_index is not None:
                try:
                    deposited = to_utc(row[deposited_index])
                    if deposited is not None:  # xlsx keeps fractions, csv and ods text do not
                        deposited = deposited.replace(microsecond=0)
                except ValueError as exc:  # NotADateError, or a date that does not exist
                    reason = exc.phrase if isinstance(exc, NotADateError) else str(exc)
                    # The place starts with the sheet, not the file (as it always has).
                    place = Place(
                        self.main.name,
                        row=line,
                        dossier=number,
                        column=deposited_index,
                        header=self.headers[deposited_index],
                    )
                    self.warnings.append(
                        placed(
                            place,
                            QT_TRANSLATE_NOOP("Errors", "{reason}; the deposit date is left empty"),
                            reason=reason,
                        )
                    )
            forme = "" if forme_index is None else cell_text(row[forme_index])
            registry = "" if raison_index is None else cell_text(row[raison_index])
            dossiers.append(
                ParsedDossier(
                    number=number,
                    state=state,
                    deposited_at=deposited,
                    candidate_name=name,
                    kind=ident.kind(row, number, name, forme),
                    departement_code=ident.departement(row),
                    official_name=ident.first(row, "official_name"),
                    official_function=ident.first(row, "official_function"),
                    referent_name=ident.first(row, "referent_name"),
                    answers=answers,
                    blocks=tuple(blocks.get(number, ())),
                    notes=tuple(notes.get(number, ())),
                    source_row=line,
                    registry_name=registry,
                    postal_address=postal_address(row, address_columns, (name, registry)),
                )
            )
        ident.report(self.warnings, [d.number for d in dossiers if not d.candidate_name])

    def _warn_skipped(self, skipped: list[SkippedDossier]) -> None:
        by_reason: dict[str, list[str]] = defaultdict(list)
        for s in skipped:
            by_reason[s.reason].append(s.number)
        for reason in ("draft", "closed"):
            numbers = by_reason.get(reason)
            if not numbers:
                continue
            count = len(numbers)
            if reason == "draft":
                template = Plural.translate(
                    "Errors",
                    "%n dossier(s) skipped (drafts): {numbers}; include drafts to import them",
                    None,
                    1,
                )
            else:
                template = Plural.translate(
                    "Errors",
                    "%n dossier(s) skipped (“Classé sans suite”): {numbers}; include dossiers "
                    "classés sans suite to import them",
                    None,
                    1,
                )
            self.warnings.append(Phrase(template, count=count, numbers=", ".join(numbers)))


def _filled(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and (not cell or cell.isspace()))
