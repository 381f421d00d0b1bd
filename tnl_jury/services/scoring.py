"""The scoring workflow around single scores: submitting, progress at a glance, and the
side-by-side comparison with its blindness rule."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from tnl_jury.domain.aggregation import Spread
from tnl_jury.domain.enums import RECUSED, MemberRole, ProgressStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.services import audit
from tnl_jury.services.edition import read_settings
from tnl_jury.services.members import get_dossier, get_member, is_recused
from tnl_jury.services.scores import check_can_score
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow


@dataclass(frozen=True)
class MissingCriterion:
    code: str
    label: str


def missing_criteria(
    jury_file: JuryFile, member_id: int, dossier_id: int
) -> list[MissingCriterion]:
    """The criteria the member has neither scored nor marked "no opinion", in grid order."""
    with jury_file.reader() as session:
        done = set(
            session.scalars(
                select(m.Score.criterion_id).where(
                    m.Score.member_id == member_id,
                    m.Score.dossier_id == dossier_id,
                    m.Score.value.is_not(None) | m.Score.no_opinion,
                )
            )
        )
        criteria = session.execute(
            select(m.Criterion.id, m.Criterion.code, m.Criterion.label)
            .join(m.Domain, m.Domain.id == m.Criterion.domain_id)
            .order_by(m.Domain.position, m.Criterion.position)
        )
        return [MissingCriterion(code, label) for cid, code, label in criteria if cid not in done]


def _missing_error(missing: list[MissingCriterion], shown: int = 6) -> RuleError:
    """The refusal naming the first ``shown`` criteria still to score, and how many more."""
    names = ", ".join(f"{c.code} ({c.label})" for c in missing[:shown])
    if len(missing) <= shown:
        return RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} criteria still need a score or “no opinion”: {names}"
            ),
            count=len(missing),
            names=names,
        )
    return RuleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{count} criteria still need a score or “no opinion”: {names} and {more} more",
        ),
        count=len(missing),
        names=names,
        more=len(missing) - shown,
    )


def submit(jury_file: JuryFile, member_id: int, dossier_id: int) -> None:
    """Mark the member's scoring of the dossier as submitted.

    Refused, naming them, while any criterion has neither a score nor "no opinion".
    """
    missing = missing_criteria(jury_file, member_id, dossier_id)
    with jury_file.transaction() as session:
        member = get_member(session, member_id)
        dossier = get_dossier(session, dossier_id)
        if is_recused(session, member_id, dossier_id):
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "{member} has stepped aside for dossier {dossier}"),
                member=member.name,
                dossier=dossier.ds_number,
            )
        if missing:
            raise _missing_error(missing)
        progress = session.scalar(
            select(m.MemberDossier).where(
                m.MemberDossier.member_id == member_id, m.MemberDossier.dossier_id == dossier_id
            )
        )
        if progress is None:
            progress = m.MemberDossier(member_id=member_id, dossier_id=dossier_id)
            session.add(progress)
        progress.status = ProgressStatus.SUBMITTED.value
        progress.submitted_at = progress.updated_at = utcnow()
        audit.record(
            session, jury_file.actor, "score.submit", member_id=member_id, dossier=dossier.ds_number
        )


def reopen(jury_file: JuryFile, member_id: int, dossier_id: int) -> None:
    """The member reopens a dossier they submitted, to change their scores (audited
    ``score.reopen``); it is "in progress" again until submitted anew.

    Refused when the member has not submitted it, and wherever scoring is refused (inactive
    or recused member, locked decision).
    """
    with jury_file.transaction() as session:
        member, dossier = check_can_score(session, member_id, dossier_id)
        progress = session.scalar(
            select(m.MemberDossier).where(
                m.MemberDossier.member_id == member_id, m.MemberDossier.dossier_id == dossier_id
            )
        )
        if progress is None or progress.status != ProgressStatus.SUBMITTED:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{member} has not submitted their scores on dossier {dossier}: "
                    "there is nothing to reopen",
                ),
                member=member.name,
                dossier=dossier.ds_number,
            )
        progress.status = ProgressStatus.IN_PROGRESS.value
        progress.submitted_at = None
        progress.updated_at = utcnow()
        audit.record(
            session, jury_file.actor, "score.reopen", member_id=member_id, dossier=dossier.ds_number
        )


def progress_matrix(jury_file: JuryFile) -> dict[tuple[int, int], str]:
    """Every (member id, dossier id) pair's status; pairs absent from the map are not started,
    except recused pairs, which map to ``"recused"``."""
    with jury_file.reader() as session:
        matrix = {
            (mid, did): status
            for mid, did, status in session.execute(
                select(
                    m.MemberDossier.member_id, m.MemberDossier.dossier_id, m.MemberDossier.status
                )
            )
        }
        for mid, did in session.execute(select(m.Recusal.member_id, m.Recusal.dossier_id)):
            matrix[(mid, did)] = RECUSED
        return matrix


@dataclass(frozen=True)
class ComparisonCell:
    value: int | None
    no_opinion: bool
    comment: str
    hidden: bool = False  # blind scoring: the viewer may not see it yet


@dataclass(frozen=True)
class ComparisonRow:
    domain_code: str
    criterion_code: str
    criterion_label: str
    cells: tuple[ComparisonCell, ...]  # in the order of ``Comparison.members``
    spread: Spread | None  # over the visible values


@dataclass(frozen=True)
class Comparison:
    members: tuple[tuple[int, str], ...]  # (id, name) of the members shown as columns
    rows: tuple[ComparisonRow, ...]
    blind: bool  # True when some values are hidden from the viewer
    reason: str  # why values are hidden, in English (front ends translate)


def comparison(jury_file: JuryFile, dossier_id: int, viewer_id: int | None) -> Comparison:
    """Criteria × members for one dossier, as ``viewer_id`` may see it.

    ``viewer_id`` None is the secretariat's view (everything). A member sees the others' scores
    only after submitting their own for this dossier, unless they preside or are the secretary,
    or the edition turned blind scoring off. Recused members are not shown.
    """
    with jury_file.reader() as session:
        get_dossier(session, dossier_id)
        settings = read_settings(session)
        recused = set(
            session.scalars(select(m.Recusal.member_id).where(m.Recusal.dossier_id == dossier_id))
        )
        members = [
            (mem.id, mem.name)
            for mem in session.scalars(
                select(m.JuryMember)
                .where(m.JuryMember.active, m.JuryMember.voting)  # those who score
                .order_by(m.JuryMember.id)
            )
            if mem.id not in recused
        ]
        blind = False
        reason = ""
        if viewer_id is not None and settings.blind_scoring:
            viewer = get_member(session, viewer_id)
            status = session.scalar(
                select(m.MemberDossier.status).where(
                    m.MemberDossier.member_id == viewer_id, m.MemberDossier.dossier_id == dossier_id
                )
            )
            scoring_blind = viewer.role in (MemberRole.MEMBER, MemberRole.VICE_PRESIDENT)
            if scoring_blind and status != ProgressStatus.SUBMITTED:
                blind = True
                reason = "submit your own scores for this dossier to see the other members'"
        scores: dict[tuple[int, int], m.Score] = {
            (s.member_id, s.criterion_id): s
            for s in session.scalars(select(m.Score).where(m.Score.dossier_id == dossier_id))
        }
        rows = []
        criteria = session.execute(
            select(m.Domain.code, m.Criterion.id, m.Criterion.code, m.Criterion.label)
            .join(m.Domain, m.Domain.id == m.Criterion.domain_id)
            .order_by(m.Domain.position, m.Criterion.position)
        )
        for domain_code, cid, code, label in criteria:
            cells = []
            for mid, _name in members:
                score = scores.get((mid, cid))
                hidden = blind and mid != viewer_id
                if score is None or hidden:
                    cells.append(ComparisonCell(None, False, "", hidden))
                else:
                    cells.append(ComparisonCell(score.value, score.no_opinion, score.comment))
            values = [c.value for c in cells if c.value is not None]
            rows.append(ComparisonRow(domain_code, code, label, tuple(cells), Spread.of(values)))
        return Comparison(tuple(members), tuple(rows), blind, reason)


def member_progress_counts(jury_file: JuryFile) -> dict[int, dict[str, int]]:
    """For each member: how many dossiers are not started, in progress, submitted, recused."""
    matrix = progress_matrix(jury_file)
    with jury_file.reader() as session:
        member_ids = list(
            session.scalars(select(m.JuryMember.id).where(m.JuryMember.active, m.JuryMember.voting))
        )
        dossier_ids = list(session.scalars(select(m.Dossier.id)))
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for mid in member_ids:
        for did in dossier_ids:
            counts[mid][matrix.get((mid, did), ProgressStatus.NOT_STARTED.value)] += 1
    return {mid: dict(c) for mid, c in counts.items()}
