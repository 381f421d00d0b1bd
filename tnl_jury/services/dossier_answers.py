"""A dossier's imported answers, grouped for the scoring screen (Qt-free).

:func:`answers_by_criterion` puts each answer next to the criteria of the grid that it informs
(the grid names questions by label and occurrence), keeps the answers no criterion claims in
``other``, and adds the repeated-block rows and the experts' notes.
:func:`acknowledge_answer_changes` clears the marks a re-import left on changed answers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from tnl_jury.io.ds.columns import header_key
from tnl_jury.services import audit
from tnl_jury.services.ds_mapping import ColumnRef, grid_questions, resolve_question, saved_mapping
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True)
class AnswerView:
    """One answer as the scoring screen shows it; ``changed`` marks an answer that a
    re-import changed after scoring started (until acknowledged)."""

    position: int
    label: str
    occurrence: int
    value_type: str
    value: str
    companions: tuple[tuple[str, str], ...]
    changed: bool


@dataclass(frozen=True)
class CriterionAnswers:
    code: str
    label: str
    answers: tuple[AnswerView, ...]  # in the order of the grid's questions
    unanswered: tuple[str, ...]  # questions of the grid with no column in this dossier


@dataclass(frozen=True)
class DomainAnswers:
    code: str
    name: str
    criteria: tuple[CriterionAnswers, ...]


@dataclass(frozen=True)
class BlockRowView:
    block_key: str
    block_label: str
    row_number: int
    cells: tuple[AnswerView, ...]
    changed: bool


@dataclass(frozen=True)
class NoteView:
    question: str
    answer: str
    author: str
    cells: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DossierAnswers:
    """A dossier's answers grouped under the grid's domains and criteria (grid order), the
    answers no criterion claims (``other``), its repeated-block rows and its notes."""

    dossier_id: int
    ds_number: str
    answers_changed_at: dt.datetime | None
    domains: tuple[DomainAnswers, ...]
    other: tuple[AnswerView, ...]
    blocks: tuple[BlockRowView, ...]
    notes: tuple[NoteView, ...]


def _view(a: m.Answer) -> AnswerView:
    companions = tuple((str(k), str(v)) for k, v in (a.companions or {}).items())
    return AnswerView(
        a.position,
        a.label,
        a.occurrence,
        a.value_type,
        a.value,
        companions,
        a.changed_at is not None,
    )


def answers_by_criterion(jury_file: JuryFile, dossier_id: int) -> DossierAnswers:
    """A dossier's answers next to the criteria they inform (see :class:`DossierAnswers`).

    A question of the grid resolves as :func:`~tnl_jury.services.ds_mapping.resolve_question`
    says: the column the secretariat mapped it to, else the answer whose label is the same
    (accents, case and spacing aside) and whose occurrence is the question's, when the dossier
    carries that label as many times as the grid; an answer may inform several criteria.
    """
    with jury_file.reader() as session:
        dossier = session.get(
            m.Dossier,
            dossier_id,
            options=[
                selectinload(m.Dossier.answers),
                selectinload(m.Dossier.block_rows),
                selectinload(m.Dossier.notes),
            ],
        )
        if dossier is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no dossier with id {dossier_id}"),
                dossier_id=dossier_id,
            )
        views = {a.id: _view(a) for a in dossier.answers}
        index = {(header_key(a.label), a.occurrence): a.id for a in dossier.answers}
        available = {key: ColumnRef(key[0], key[1]) for key in index}
        export_counts: dict[str, int] = defaultdict(int)
        for label, _ in index:
            export_counts[label] += 1
        grid_counts: dict[str, int] = defaultdict(int)
        for label, _ in (q.key() for q in grid_questions(session)):
            grid_counts[label] += 1
        saved = saved_mapping(session)
        claimed: set[int] = set()
        domains = []
        for domain in session.scalars(
            select(m.Domain)
            .order_by(m.Domain.position)
            .options(selectinload(m.Domain.criteria).selectinload(m.Criterion.questions))
        ):
            criteria = []
            for criterion in domain.criteria:
                found, unanswered = [], []
                for q in criterion.questions:
                    resolved = resolve_question(
                        saved, q.label, q.occurrence, available, grid_counts, export_counts
                    ).column
                    answer_id = None if resolved is None else index.get(resolved.key())
                    if answer_id is None:
                        unanswered.append(
                            q.label if q.occurrence == 1 else f"{q.label} (#{q.occurrence})"
                        )
                    else:
                        found.append(views[answer_id])
                        claimed.add(answer_id)
                criteria.append(
                    CriterionAnswers(
                        criterion.code, criterion.label, tuple(found), tuple(unanswered)
                    )
                )
            domains.append(DomainAnswers(domain.code, domain.name, tuple(criteria)))
        blocks = tuple(
            BlockRowView(
                b.block_key,
                b.block_label,
                b.row_number,
                tuple(
                    AnswerView(
                        i,
                        str(c.get("label", "")),
                        int(c.get("occurrence", 1)),
                        str(c.get("value_type", "text")),
                        str(c.get("value", "")),
                        tuple((str(k), str(v)) for k, v in (c.get("companions") or {}).items()),
                        False,
                    )
                    for i, c in enumerate(b.cells)
                ),
                b.changed_at is not None,
            )
            for b in dossier.block_rows
        )
        notes = tuple(
            NoteView(n.question, n.answer, n.author, tuple((str(h), str(v)) for h, v in n.cells))
            for n in dossier.notes
        )
        return DossierAnswers(
            dossier.id,
            dossier.ds_number,
            dossier.answers_changed_at,
            tuple(domains),
            tuple(views[a.id] for a in dossier.answers if a.id not in claimed),
            blocks,
            notes,
        )


def acknowledge_answer_changes(jury_file: JuryFile, dossier_id: int) -> None:
    """Clear the marks a re-import left on a dossier's changed answers (seen by the jury)."""
    with jury_file.transaction() as session:
        dossier = session.get(m.Dossier, dossier_id)
        if dossier is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no dossier with id {dossier_id}"),
                dossier_id=dossier_id,
            )
        if dossier.answers_changed_at is None:
            return
        dossier.answers_changed_at = None
        for model in (m.Answer, m.AnswerBlockRow):
            session.execute(
                update(model).where(model.dossier_id == dossier_id).values(changed_at=None)
            )
        audit.record(
            session, jury_file.actor, "import.acknowledge_changes", dossier=dossier.ds_number
        )
