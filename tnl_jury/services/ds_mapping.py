"""The mapping of the procedure's questions to the grid's criteria (Qt-free).

A grid names the questions that inform each criterion by their label (and occurrence, for a
label the form carries several times); a real procedure's form words them its own way. The
secretariat maps each question of the grid to a column of the export, and each identity field
of the candidate (name, kind, département, elected official and function, referent) to a
column; the mapping is kept in the jury file (``question_mapping``, ``identity_mapping``) and
used by every later import and by the scoring screen.

Contract:

* a question of the grid resolves to: the column the secretariat chose (``saved``; a saved
  empty column says the form has no such question: ``excluded``), else the export's column
  with the same label (accents, case and spacing aside) and occurrence (``label``) when the
  export carries that label as many times as the grid does, else nothing (``""``, with
  ``ambiguous`` True when the label is there but repeated a different number of times: only
  the neighbours can tell, the secretariat chooses);
* an identity field resolves to the saved column when the export has it, else the first of the
  grid's ``[import]`` labels the export has (``grid``), else, for the candidate's name, the
  registry's ``Entreprise raison sociale`` (``registry``), else nothing;
* :func:`coverage` computes both for an export without writing; :meth:`MappingCoverage.warnings`
  names every criterion left with no question, the count of the grid's questions not found,
  and every identity field not found;
* :func:`save_mapping` writes choices in one transaction with one audit event
  (``import.mapping``); :func:`load_mapping` reads them back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase, RuleError
from tnl_jury.io.ds.columns import header_key
from tnl_jury.io.ds.errors import Place, placed
from tnl_jury.io.ds.parse import ParsedExport
from tnl_jury.services import audit
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow

IDENTITY_FIELDS = (
    "candidate_name",
    "kind",
    "departement",
    "official_name",
    "official_function",
    "referent_name",
)
FIELD_NAMES = {
    "candidate_name": QT_TRANSLATE_NOOP("Errors", "candidate's name"),
    "kind": QT_TRANSLATE_NOOP("Errors", "kind of collectivité"),
    "departement": QT_TRANSLATE_NOOP("Errors", "département"),
    "official_name": QT_TRANSLATE_NOOP("Errors", "elected official"),
    "official_function": QT_TRANSLATE_NOOP("Errors", "elected official's function"),
    "referent_name": QT_TRANSLATE_NOOP("Errors", "technical referent"),
}
"""How messages name each identity field (templates of the ``Errors`` context)."""
REGISTRY_NAME = "Entreprise raison sociale"


@dataclass(frozen=True)
class ColumnRef:
    """A column of an export by its header and occurrence (1 = the leftmost with that header);
    an empty label, in a saved question mapping, says "not in this procedure's form"."""

    label: str
    occurrence: int = 1

    def shown(self) -> str:
        """``label``, with ``(#n)`` for a later occurrence."""
        return self.label if self.occurrence == 1 else f"{self.label} (#{self.occurrence})"

    def key(self) -> tuple[str, int]:
        return header_key(self.label), self.occurrence


NOT_IN_FORM = ColumnRef("", 1)


@dataclass(frozen=True)
class ExportColumn:
    """A column the secretariat may choose, with its neighbours' headers (they tell apart two
    columns with the same header)."""

    column: ColumnRef
    before: str
    after: str


@dataclass(frozen=True)
class QuestionCoverage:
    """One question of the grid and the column it resolves to (see the module's contract)."""

    label: str
    occurrence: int
    column: ColumnRef | None
    source: str  # "saved", "label", "excluded", "" (not found)
    ambiguous: bool = False

    @property
    def question(self) -> ColumnRef:
        return ColumnRef(self.label, self.occurrence)


@dataclass(frozen=True)
class CriterionCoverage:
    code: str
    label: str
    questions: tuple[QuestionCoverage, ...]

    @property
    def found(self) -> tuple[QuestionCoverage, ...]:
        return tuple(q for q in self.questions if q.column is not None)

    @property
    def missing(self) -> tuple[QuestionCoverage, ...]:
        return tuple(q for q in self.questions if q.column is None and q.source != "excluded")


@dataclass(frozen=True)
class IdentityCoverage:
    field: str
    column: ColumnRef | None
    source: str  # "saved", "grid", "registry", "" (not found)
    tried: tuple[str, ...]  # the labels looked for


@dataclass(frozen=True)
class MappingCoverage:
    """How the grid's questions and the identity fields resolve in one export."""

    file_name: str
    criteria: tuple[CriterionCoverage, ...]
    identity: tuple[IdentityCoverage, ...]
    columns: tuple[ExportColumn, ...]  # the export's answer columns, in order

    @property
    def questions(self) -> tuple[QuestionCoverage, ...]:
        """Every question of the grid once (a question may inform several criteria)."""
        seen: dict[tuple[str, int], QuestionCoverage] = {}
        for c in self.criteria:
            for q in c.questions:
                seen.setdefault(q.question.key(), q)
        return tuple(seen.values())

    def warnings(self) -> list[Phrase]:
        """What the import could not map (see the module's contract)."""
        place = Place(self.file_name)
        out: list[Phrase] = []
        for c in self.criteria:
            if c.questions and not c.found:
                out.append(
                    placed(
                        place,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "criterion {code} “{label}”: none of its questions was found in "
                            "the export ({questions}); its answers will not be shown beside it "
                            "until its questions are mapped",
                        ),
                        code=c.code,
                        label=c.label,
                        questions="; ".join(f"“{q.question.shown()}”" for q in c.missing),
                    )
                )
        missing = [q for q in self.questions if q.column is None and q.source != "excluded"]
        if missing:
            out.append(
                placed(
                    place,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{count} of the grid's {total} questions were not found in the export: "
                        "{questions}",
                    ),
                    count=len(missing),
                    total=len(self.questions),
                    questions="; ".join(f"“{q.question.shown()}”" for q in missing),
                )
            )
        for i in self.identity:
            if i.column is None:
                out.append(
                    placed(
                        place,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "identity field “{field}”: not found in the export (looked for: "
                            "{labels}); map its column",
                        ),
                        field=Phrase(FIELD_NAMES[i.field]),
                        labels=", ".join(f"“{t}”" for t in i.tried) or "–",
                    )
                )
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``mapping`` object of ``tnl-jury import --json`` and ``tnl-jury mapping``."""

        def column(c: ColumnRef | None) -> dict[str, Any] | None:
            return None if c is None else {"label": c.label, "occurrence": c.occurrence}

        return {
            "criteria": [
                {
                    "code": c.code,
                    "label": c.label,
                    "questions": [
                        {
                            "question": q.label,
                            "occurrence": q.occurrence,
                            "column": column(q.column),
                            "source": q.source,
                            "ambiguous": q.ambiguous,
                        }
                        for q in c.questions
                    ],
                    "missing": [q.question.shown() for q in c.missing],
                }
                for c in self.criteria
            ],
            "identity": {
                i.field: {"column": column(i.column), "source": i.source, "tried": list(i.tried)}
                for i in self.identity
            },
            "columns": [
                {
                    "label": e.column.label,
                    "occurrence": e.column.occurrence,
                    "before": e.before,
                    "after": e.after,
                }
                for e in self.columns
            ],
        }


@dataclass(frozen=True)
class SavedMapping:
    """The secretariat's choices: questions by (loose label, occurrence), identity by field."""

    questions: dict[tuple[str, int], ColumnRef]
    identity: dict[str, ColumnRef]


def saved_mapping(session: Session) -> SavedMapping:
    """The mapping stored in the jury file ``session`` reads."""
    return SavedMapping(
        {
            (header_key(r.question_label), r.question_occurrence): ColumnRef(
                r.column_label, r.column_occurrence
            )
            for r in session.scalars(select(im.QuestionMapping))
        },
        {
            r.field: ColumnRef(r.column_label, r.column_occurrence)
            for r in session.scalars(select(im.IdentityMapping))
        },
    )


def load_mapping(jury_file: JuryFile) -> SavedMapping:
    """The mapping stored in ``jury_file``."""
    with jury_file.reader() as session:
        return saved_mapping(session)


def with_occurrences(labels: Iterable[str]) -> list[ColumnRef]:
    """Each header with its occurrence among the headers equal to it (compared loosely)."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for label in labels:
        seen[header_key(label)] += 1
        out.append(ColumnRef(label, seen[header_key(label)]))
    return out


def resolve_question(
    saved: SavedMapping,
    label: str,
    occurrence: int,
    available: Mapping[tuple[str, int], ColumnRef],
    grid_counts: Mapping[str, int],
    export_counts: Mapping[str, int],
) -> QuestionCoverage:
    """The column one question of the grid resolves to (see the module's contract).

    ``available``: the export's columns by key; ``grid_counts`` / ``export_counts``: how many
    times each loose label appears among the grid's questions / the export's columns.
    """
    key = (header_key(label), occurrence)
    chosen = saved.questions.get(key)
    if chosen is not None:
        if not chosen.label:
            return QuestionCoverage(label, occurrence, None, "excluded")
        found = available.get(chosen.key())
        if found is not None:
            return QuestionCoverage(label, occurrence, found, "saved")
    found = available.get(key)
    if found is not None and grid_counts.get(key[0], 0) == export_counts.get(key[0], 0):
        return QuestionCoverage(label, occurrence, found, "label")
    return QuestionCoverage(label, occurrence, None, "", ambiguous=found is not None)


def coverage(
    session: Session,
    file_name: str,
    headers: Sequence[str],
    answer_columns: Sequence[tuple[str, int]],
) -> MappingCoverage:
    """How the grid's questions and the identity fields resolve in an export whose header row
    is ``headers`` and answer columns ``answer_columns`` (label, occurrence); writes nothing."""
    saved = saved_mapping(session)
    columns = [ColumnRef(label, occurrence) for label, occurrence in answer_columns]
    available = {c.key(): c for c in columns}
    export_counts: dict[str, int] = defaultdict(int)
    for c in columns:
        export_counts[header_key(c.label)] += 1
    criteria_rows = list(
        session.scalars(
            select(m.Criterion)
            .join(m.Domain)
            .order_by(m.Domain.position, m.Criterion.position)
            .options(selectinload(m.Criterion.questions))
        )
    )
    grid_counts: dict[str, int] = defaultdict(int)
    for key in {(header_key(q.label), q.occurrence) for c in criteria_rows for q in c.questions}:
        grid_counts[key[0]] += 1
    criteria = tuple(
        CriterionCoverage(
            c.code,
            c.label,
            tuple(
                resolve_question(
                    saved, q.label, q.occurrence, available, grid_counts, export_counts
                )
                for q in c.questions
            ),
        )
        for c in criteria_rows
    )
    edition = session.scalar(select(m.Edition).limit(1))
    hints = dict(edition.import_hints) if edition else {}
    every = {c.key(): c for c in with_occurrences(headers)}
    identity = []
    for field in IDENTITY_FIELDS:
        tried = tuple(str(v) for v in hints.get(field, ()))
        chosen = saved.identity.get(field)
        if chosen is not None and chosen.key() in every:
            identity.append(IdentityCoverage(field, every[chosen.key()], "saved", tried))
            continue
        found = next(
            (every[(header_key(t), 1)] for t in tried if (header_key(t), 1) in every), None
        )
        if found is not None:
            identity.append(IdentityCoverage(field, found, "grid", tried))
        elif field == "candidate_name" and (header_key(REGISTRY_NAME), 1) in every:
            identity.append(
                IdentityCoverage(field, every[(header_key(REGISTRY_NAME), 1)], "registry", tried)
            )
        else:
            identity.append(IdentityCoverage(field, None, "", tried))
    shown = [
        ExportColumn(
            c,
            columns[i - 1].shown() if i > 0 else "",
            columns[i + 1].shown() if i + 1 < len(columns) else "",
        )
        for i, c in enumerate(columns)
    ]
    return MappingCoverage(file_name, criteria, tuple(identity), tuple(shown))


def coverage_of(session: Session, parsed: ParsedExport) -> MappingCoverage:
    """:func:`coverage` of a parsed export."""
    return coverage(session, parsed.file_name, parsed.headers, parsed.answer_columns)


def grid_questions(session: Session) -> list[ColumnRef]:
    """Every question of the grid once, in grid order."""
    seen: dict[tuple[str, int], ColumnRef] = {}
    for q in session.scalars(
        select(m.CriterionQuestion)
        .join(m.Criterion)
        .join(m.Domain)
        .order_by(m.Domain.position, m.Criterion.position, m.CriterionQuestion.position)
    ):
        ref = ColumnRef(q.label, q.occurrence)
        seen.setdefault(ref.key(), ref)
    return list(seen.values())


def grid_questions_of(jury_file: JuryFile) -> list[ColumnRef]:
    """Every question of the grid of ``jury_file`` once, in grid order."""
    with jury_file.reader() as session:
        return grid_questions(session)


def save_mapping(
    jury_file: JuryFile,
    questions: Mapping[ColumnRef, ColumnRef | None] | None = None,
    identity: Mapping[str, ColumnRef | None] | None = None,
) -> None:
    """Save choices in one transaction with one audit event.

    ``questions`` maps a question of the grid to its column (:data:`NOT_IN_FORM`: the form has
    no such question; None: forget the choice, back to matching by label); ``identity`` maps a
    field of :data:`IDENTITY_FIELDS` to its column (None: forget). A question the grid does not
    have, or an unknown field, is a :class:`~tnl_jury.domain.errors.RuleError`; nothing is
    written then.
    """
    questions = dict(questions or {})
    identity = dict(identity or {})
    now = utcnow()
    with jury_file.transaction() as session:
        known = {q.key(): q for q in grid_questions(session)}
        for question in questions:
            if question.key() not in known:
                raise RuleError(
                    QT_TRANSLATE_NOOP("Errors", "the grid has no question “{question}”"),
                    question=question.shown(),
                )
        for field in identity:
            if field not in IDENTITY_FIELDS:
                raise RuleError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{field}” is not an identity field (one of: {fields})"
                    ),
                    field=field,
                    fields=", ".join(IDENTITY_FIELDS),
                )
        rows = {
            (header_key(r.question_label), r.question_occurrence): r
            for r in session.scalars(select(im.QuestionMapping))
        }
        changes: list[dict[str, Any]] = []
        for question, column in questions.items():
            grid = known[question.key()]
            row = rows.get(grid.key())
            if column is None:
                if row is not None:
                    session.delete(row)
                    changes.append({"question": grid.shown(), "column": None})
                continue
            if row is None:
                row = im.QuestionMapping(
                    question_label=grid.label, question_occurrence=grid.occurrence
                )
                session.add(row)
                rows[grid.key()] = row
            row.column_label, row.column_occurrence = column.label, column.occurrence
            row.updated_at = now
            changes.append({"question": grid.shown(), "column": column.shown()})
        for field, column in identity.items():
            session.execute(delete(im.IdentityMapping).where(im.IdentityMapping.field == field))
            if column is not None:
                session.add(
                    im.IdentityMapping(
                        field=field,
                        column_label=column.label,
                        column_occurrence=column.occurrence,
                        updated_at=now,
                    )
                )
            changes.append({"field": field, "column": column.shown() if column else None})
        audit.record(session, jury_file.actor, "import.mapping", changes=changes)
