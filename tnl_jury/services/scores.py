"""Setting and reading scores, and a member's progress on a dossier."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnl_jury.domain import limits
from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.domain.grid import Scale
from tnl_jury.services import audit
from tnl_jury.services.edition import parsed_grid
from tnl_jury.services.members import get_dossier, get_member, is_recused
from tnl_jury.services.views import ScoreRow
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow

MAX_LEVEL = 5


def _criterion(session: Session, code: str) -> m.Criterion:
    criterion = session.scalar(
        select(m.Criterion)
        .where(m.Criterion.code == code)
        .options(selectinload(m.Criterion.scale).selectinload(m.Scale.steps))
    )
    if criterion is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no criterion {code!r} in this edition's grid"),
            code=code,
        )
    return criterion


def _scale_of(session: Session, criterion_code: str) -> Scale:
    """The scale of ``criterion_code`` from the edition's grid, parsed once per source text
    (:func:`~tnl_jury.services.edition.parsed_grid`): a keystroke no longer loads the stored
    scale and its steps and rebuilds a domain scale from them."""
    source = session.scalar(select(m.Edition.grid_source)) or ""
    return _criterion_scales(source)[criterion_code]


@functools.lru_cache(maxsize=8)
def _criterion_scales(source: str) -> Mapping[str, Scale]:
    grid = parsed_grid(source, "stored grid")
    return MappingProxyType({c.code: grid.scale_of(c) for _, c in grid.criteria()})


def check_can_score(
    session: Session, member_id: int, dossier_id: int
) -> tuple[m.JuryMember, m.Dossier]:
    """The member and the dossier, when the member may change their scores of it: refused for
    an inactive, non-voting or recused member and a locked decision (a submitted dossier: see
    :func:`check_not_submitted`)."""
    member = get_member(session, member_id)
    dossier = get_dossier(session, dossier_id)
    if not member.active:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "{member} is no longer an active member of the jury"),
            member=member.name,
        )
    if not member.voting:
        # The jury's scores are its voting members' opinions: the secretary or an observer
        # attends without scoring (their marks would weigh in the averages and proposals).
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "{member} sits without a deliberative vote and does not score"
            ),
            member=member.name,
        )
    if is_recused(session, member_id, dossier_id):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{member} has stepped aside for dossier {dossier} ({candidate}) "
                "and cannot score it",
            ),
            member=member.name,
            dossier=dossier.ds_number,
            candidate=dossier.candidate_name,
        )
    locked = session.scalar(select(m.Decision.locked).where(m.Decision.dossier_id == dossier_id))
    if locked:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the decision on dossier {dossier} is locked: its scores can no longer change",
            ),
            dossier=dossier.ds_number,
        )
    return member, dossier


def check_not_submitted(
    session: Session, member: m.JuryMember, dossier: m.Dossier, progress: m.MemberDossier
) -> None:
    """Refuse a change to scores the member submitted: they reopen the dossier first
    (:func:`tnl_jury.services.scoring.reopen`, audited)."""
    if progress.status == ProgressStatus.SUBMITTED:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{member} has submitted their scores on dossier {dossier}: reopen it to "
                "change them",
            ),
            member=member.name,
            dossier=dossier.ds_number,
        )


def _mark_started(progress: m.MemberDossier) -> None:
    """The one rule of "in progress": a member's first score or proposed level on a dossier
    starts it. Writes return the status that follows, so front ends never decide it again."""
    if progress.status == ProgressStatus.NOT_STARTED:
        progress.status = ProgressStatus.IN_PROGRESS.value


def _progress(session: Session, member_id: int, dossier_id: int) -> m.MemberDossier:
    progress = session.scalar(
        select(m.MemberDossier).where(
            m.MemberDossier.member_id == member_id, m.MemberDossier.dossier_id == dossier_id
        )
    )
    if progress is None:
        progress = m.MemberDossier(
            member_id=member_id, dossier_id=dossier_id, status=ProgressStatus.NOT_STARTED.value
        )
        session.add(progress)
    return progress


def set_score(
    jury_file: JuryFile,
    member_id: int,
    dossier_id: int,
    criterion_code: str,
    value: int | None,
    *,
    no_opinion: bool = False,
    comment: str | None = None,
    entered_by: str | None = None,
) -> ScoreRow:
    """Set one member's score of one criterion for one dossier, in its own transaction.

    ``value`` must be a step of the criterion's scale, or None (cleared, or "no opinion" when
    ``no_opinion`` is true). ``comment`` None keeps the existing comment. Refused for an unknown
    member, dossier or criterion, an inactive or recused member, and a locked decision.
    ``entered_by`` records who typed it (the secretariat typing a paper sheet, say).
    """
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "a score must be a whole number, not {value!r}"),
            value=value,
        )
    if comment is not None:
        limits.check_length(comment, limits.COMMENT, "comment")
    if no_opinion and value is not None:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "a score cannot both have a value and be marked “no opinion”"
            )
        )
    with jury_file.transaction() as session:
        member, dossier = check_can_score(session, member_id, dossier_id)
        progress = _progress(session, member_id, dossier_id)
        check_not_submitted(session, member, dossier, progress)
        criterion = _criterion(session, criterion_code)
        if value is not None:
            _scale_of(session, criterion.code).check(value)
        score = session.scalar(
            select(m.Score).where(
                m.Score.member_id == member_id,
                m.Score.dossier_id == dossier_id,
                m.Score.criterion_id == criterion.id,
            )
        )
        if score is None:
            score = m.Score(
                member_id=member_id, dossier_id=dossier_id, criterion_id=criterion.id, comment=""
            )
            session.add(score)
        score.value = value
        score.no_opinion = no_opinion
        if comment is not None:
            score.comment = comment
        score.entered_by = entered_by or jury_file.actor
        score.updated_at = utcnow()
        _mark_started(progress)
        progress.updated_at = score.updated_at
        audit.record(
            session,
            jury_file.actor,
            "score.set",
            member_id=member.id,
            dossier=dossier.ds_number,
            criterion=criterion.code,
            value=value,
            no_opinion=no_opinion,
            comment_changed=comment is not None,
            entered_by=score.entered_by,
        )
        session.flush()
        return ScoreRow(
            member_id,
            dossier_id,
            criterion.code,
            score.value,
            score.no_opinion,
            score.comment,
            score.updated_at,
            progress_status=progress.status,
        )


def set_proposed_level(
    jury_file: JuryFile,
    member_id: int,
    dossier_id: int,
    level: int | None,
    general_note: str | None = None,
) -> str:
    """Record the level (0–5, or None to clear) a member proposes for a dossier, and the
    general note (None keeps it; at most :data:`limits.NOTE` characters); return the member's
    status on the dossier that follows."""
    if general_note is not None:
        limits.check_length(general_note, limits.NOTE, "note")
    if level is not None and not 0 <= level <= MAX_LEVEL:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "a proposed level must be between 0 and {highest}, not {level}"
            ),
            highest=MAX_LEVEL,
            level=level,
        )
    with jury_file.transaction() as session:
        member, dossier = check_can_score(session, member_id, dossier_id)
        progress = _progress(session, member_id, dossier_id)
        check_not_submitted(session, member, dossier, progress)
        progress.proposed_level = level
        if general_note is not None:
            progress.general_note = general_note
        _mark_started(progress)
        progress.updated_at = utcnow()
        audit.record(
            session,
            jury_file.actor,
            "score.propose_level",
            member_id=member.id,
            dossier=dossier.ds_number,
            level=level,
        )
        return progress.status


def list_scores(
    jury_file: JuryFile, *, member_id: int | None = None, dossier_id: int | None = None
) -> list[ScoreRow]:
    """Scores (including "no opinion" marks and cleared ones), optionally filtered."""
    with jury_file.reader() as session:
        query = select(m.Score, m.Criterion.code).join(
            m.Criterion, m.Criterion.id == m.Score.criterion_id
        )
        if member_id is not None:
            query = query.where(m.Score.member_id == member_id)
        if dossier_id is not None:
            query = query.where(m.Score.dossier_id == dossier_id)
        return [
            ScoreRow(
                s.member_id, s.dossier_id, code, s.value, s.no_opinion, s.comment, s.updated_at
            )
            for s, code in session.execute(query.order_by(m.Score.id))
        ]


def get_progress(jury_file: JuryFile, member_id: int, dossier_id: int) -> tuple[str, int | None]:
    """A member's status on a dossier and the level they propose."""
    with jury_file.reader() as session:
        row = session.scalar(
            select(m.MemberDossier).where(
                m.MemberDossier.member_id == member_id, m.MemberDossier.dossier_id == dossier_id
            )
        )
        if row is None:
            return ProgressStatus.NOT_STARTED.value, None
        return row.status, row.proposed_level
