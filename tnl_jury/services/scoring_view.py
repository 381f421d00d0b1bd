"""What the scoring screen reads, in a few quick queries (Qt-free).

* :func:`scoring_grid`: the domains and criteria with their scale's labelled steps and help
  texts, and the level names (read once per file);
* :func:`load_scoring_sheet`: everything one member needs to score one dossier (identity,
  grouped answers, attachments, the member's scores, status, proposed level, general note,
  recusal and lock) — the screen shows it as it is, without another query;
* :func:`member_statuses`: one member's status on every dossier, for the dossier list;
* :func:`attachment_content`: an attachment's bytes, for the viewer.

Writes go through the existing services (:func:`tnl_jury.services.scores.set_score`,
:func:`~tnl_jury.services.scores.set_proposed_level`, :func:`tnl_jury.services.scoring.submit`,
:func:`tnl_jury.services.members.recuse`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnl_jury.domain.enums import RECUSED, ProgressStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from tnl_jury.services.dossier_answers import DossierAnswers, answers_by_criterion
from tnl_jury.services.members import get_dossier, get_member
from tnl_jury.services.views import AttachmentRow
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

PAPER_ENTRY_PREFIX = "secretariat: "


def paper_entry_actor(user: str) -> str:
    """The ``entered_by`` of scores the secretariat types from a member's paper sheet."""
    return f"{PAPER_ENTRY_PREFIX}{user}"


@dataclass(frozen=True)
class StepView:
    value: int
    label: str
    description: str


@dataclass(frozen=True)
class CriterionView:
    code: str
    label: str
    help_text: str
    weight: float
    steps: tuple[StepView, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(step.value for step in self.steps)

    def step(self, value: int | None) -> StepView | None:
        return next((s for s in self.steps if s.value == value), None)


@dataclass(frozen=True)
class DomainView:
    code: str
    name: str
    description: str
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True)
class LevelView:
    level: int
    name: str


@dataclass(frozen=True)
class ScoringGrid:
    """The grid as the scoring screen shows it, in grid order."""

    domains: tuple[DomainView, ...]
    levels: tuple[LevelView, ...]  # the label levels (1–5) with their names

    def criteria(self) -> Iterator[tuple[DomainView, CriterionView]]:
        for domain in self.domains:
            for criterion in domain.criteria:
                yield domain, criterion


@dataclass(frozen=True)
class ScoreState:
    """One member's score of one criterion: a step value, or "no opinion", or nothing yet;
    and a comment."""

    value: int | None = None
    no_opinion: bool = False
    comment: str = ""

    @property
    def filled(self) -> bool:
        """True when the criterion has a score or an explicit "no opinion" (submit needs it)."""
        return self.value is not None or self.no_opinion


@dataclass(frozen=True)
class DossierIdentity:
    id: int
    ds_number: str
    candidate_name: str
    kind: str
    departement_code: str
    official_name: str
    official_function: str
    ds_state: str


@dataclass(frozen=True)
class ScoringSheet:
    """One member's view of one dossier for scoring.

    ``answers`` is None when the member stepped aside (``recusal_reason`` set): the screen
    shows why instead. ``locked`` is True when the jury's decision on the dossier is locked:
    its scores can no longer change.
    """

    dossier: DossierIdentity
    member_id: int
    member_name: str
    member_active: bool
    status: str
    proposed_level: int | None
    general_note: str
    scores: Mapping[str, ScoreState]
    recusal_reason: str | None
    locked: bool
    answers: DossierAnswers | None
    attachments: tuple[AttachmentRow, ...] = field(default=())

    def state(self, code: str) -> ScoreState:
        return self.scores.get(code, ScoreState())


@dataclass(frozen=True)
class AttachmentContent:
    id: int
    file_name: str
    kind: str
    data: bytes


def scoring_grid(jury_file: JuryFile) -> ScoringGrid:
    """The edition's domains, criteria (with their scale's steps) and level names."""
    with jury_file.reader() as session:
        domains = session.scalars(
            select(m.Domain)
            .order_by(m.Domain.position)
            .options(
                selectinload(m.Domain.criteria)
                .selectinload(m.Criterion.scale)
                .selectinload(m.Scale.steps)
            )
        )
        views = tuple(
            DomainView(
                d.code,
                d.name,
                d.description,
                tuple(
                    CriterionView(
                        c.code,
                        c.label,
                        c.help_text,
                        c.weight,
                        tuple(StepView(s.value, s.label, s.description) for s in c.scale.steps),
                    )
                    for c in d.criteria
                ),
            )
            for d in domains
        )
        levels = tuple(
            LevelView(r.level, r.name)
            for r in session.scalars(select(m.LevelRule).order_by(m.LevelRule.level))
        )
        return ScoringGrid(views, levels)


def load_scoring_sheet(jury_file: JuryFile, member_id: int, dossier_id: int) -> ScoringSheet:
    """Everything the scoring screen shows for ``member_id`` scoring ``dossier_id``."""
    with jury_file.reader() as session:
        member = get_member(session, member_id)
        d = get_dossier(session, dossier_id)
        identity = DossierIdentity(
            d.id,
            d.ds_number,
            d.candidate_name,
            d.kind,
            d.departement_code,
            d.official_name,
            d.official_function,
            d.ds_state,
        )
        reason = session.scalar(
            select(m.Recusal.reason).where(
                m.Recusal.member_id == member_id, m.Recusal.dossier_id == dossier_id
            )
        )
        locked = bool(
            session.scalar(select(m.Decision.locked).where(m.Decision.dossier_id == dossier_id))
        )
        progress = session.scalar(
            select(m.MemberDossier).where(
                m.MemberDossier.member_id == member_id, m.MemberDossier.dossier_id == dossier_id
            )
        )
        scores = {
            code: ScoreState(s.value, s.no_opinion, s.comment)
            for s, code in session.execute(
                select(m.Score, m.Criterion.code)
                .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
                .where(m.Score.member_id == member_id, m.Score.dossier_id == dossier_id)
            )
        }
        attachments = tuple(
            AttachmentRow(a.id, a.file_name, a.kind, a.size, a.sha256)
            for a in session.scalars(
                select(m.Attachment)
                .where(m.Attachment.dossier_id == dossier_id)
                .order_by(m.Attachment.kind, m.Attachment.file_name, m.Attachment.id)
            )
        )
        member_name, member_active = member.name, member.active
    answers = None if reason is not None else answers_by_criterion(jury_file, dossier_id)
    return ScoringSheet(
        identity,
        member_id,
        member_name,
        member_active,
        progress.status if progress is not None else ProgressStatus.NOT_STARTED.value,
        progress.proposed_level if progress is not None else None,
        progress.general_note if progress is not None else "",
        scores,
        reason,
        locked,
        answers,
        attachments,
    )


def member_statuses(jury_file: JuryFile, member_id: int) -> dict[int, str]:
    """``{dossier id: status}`` for one member: ``in_progress``, ``submitted``, or
    :data:`RECUSED`; dossiers absent from the map are not started."""
    with jury_file.reader() as session:
        statuses = dict(
            iter(
                session.execute(
                    select(m.MemberDossier.dossier_id, m.MemberDossier.status).where(
                        m.MemberDossier.member_id == member_id
                    )
                )
            )
        )
        for dossier_id in session.scalars(
            select(m.Recusal.dossier_id).where(m.Recusal.member_id == member_id)
        ):
            statuses[dossier_id] = RECUSED
        return {k: v for k, v in statuses.items() if v != ProgressStatus.NOT_STARTED}


def attachment_content(jury_file: JuryFile, attachment_id: int) -> AttachmentContent:
    """The stored bytes of one attachment."""
    with jury_file.reader() as session:
        row = session.execute(
            select(m.Attachment, im.AttachmentBlob.content)
            .join(im.AttachmentBlob, im.AttachmentBlob.sha256 == m.Attachment.sha256)
            .where(m.Attachment.id == attachment_id)
        ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no attachment with id {attachment_id}"),
                attachment_id=attachment_id,
            )
        attachment, content = row
        return AttachmentContent(
            attachment.id, attachment.file_name, attachment.kind, bytes(content)
        )
