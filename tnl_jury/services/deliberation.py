"""The meeting and the jury's decisions: attendance, quorum, votes, locking.

Rules (see :mod:`tnl_jury.domain.meeting`): without quorum no decision is recorded; a decision
needs a motivation and a vote adopted by a majority of the votes cast among the present members
who are not recused; closing the meeting locks its decisions; reopening one needs a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain import limits
from tnl_jury.domain.enums import MemberRole
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.domain.meeting import (
    DEFAULT_QUORUM_RULE,
    Ballot,
    Quorum,
    VoteResult,
    count_vote,
    quorum,
    required_present,
)
from tnl_jury.services import audit
from tnl_jury.services.edition import read_settings
from tnl_jury.services.members import get_dossier, get_member
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow

MAX_LEVEL = 5


@dataclass(frozen=True)
class MeetingInfo:
    held_on: dt.date | None
    place: str
    quorum_rule: str
    president_id: int | None
    secretary_id: int | None
    closed_at: dt.datetime | None
    present: tuple[int, ...]  # ids of the members marked present
    absent: tuple[int, ...]
    quorum: Quorum


def _meeting(session: Session, *, create: bool = False) -> m.Meeting | None:
    meeting = session.scalar(select(m.Meeting).order_by(m.Meeting.id).limit(1))
    if meeting is None and create:
        meeting = m.Meeting(quorum_rule=DEFAULT_QUORUM_RULE, place="")
        session.add(meeting)
        session.flush()
    return meeting


def _attendance(session: Session, meeting: m.Meeting | None) -> dict[int, bool]:
    if meeting is None:
        return {}
    rows = session.execute(
        select(m.Attendance.member_id, m.Attendance.present).where(
            m.Attendance.meeting_id == meeting.id
        )
    )
    return dict(iter(rows))


def _active_ids(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(m.JuryMember.id).where(m.JuryMember.active).order_by(m.JuryMember.id)
        )
    )


def _voting_ids(session: Session) -> list[int]:
    """The active members with a deliberative vote: only they count toward the quorum and
    among the voters (a secretary or an observer without a vote may attend all the same)."""
    return list(
        session.scalars(
            select(m.JuryMember.id)
            .where(m.JuryMember.active, m.JuryMember.voting)
            .order_by(m.JuryMember.id)
        )
    )


def _quorum(session: Session, meeting: m.Meeting | None) -> Quorum:
    active = _voting_ids(session)
    attendance = _attendance(session, meeting)
    present = sum(1 for mid in active if attendance.get(mid))
    rule = meeting.quorum_rule if meeting else DEFAULT_QUORUM_RULE
    return quorum(rule, present, len(active))


def get_meeting(jury_file: JuryFile) -> MeetingInfo:
    """The meeting as recorded (an empty one when nothing is recorded yet)."""
    with jury_file.reader() as session:
        return _meeting_info(session)


def _meeting_info(session: Session) -> MeetingInfo:
    meeting = _meeting(session)
    attendance = _attendance(session, meeting)
    active = _active_ids(session)
    return MeetingInfo(
        held_on=meeting.held_on if meeting else None,
        place=meeting.place if meeting else "",
        quorum_rule=meeting.quorum_rule if meeting else DEFAULT_QUORUM_RULE,
        president_id=meeting.president_id if meeting else None,
        secretary_id=meeting.secretary_id if meeting else None,
        closed_at=meeting.closed_at if meeting else None,
        present=tuple(mid for mid in active if attendance.get(mid)),
        absent=tuple(mid for mid in active if not attendance.get(mid)),
        quorum=_quorum(session, meeting),
    )


def set_meeting(
    jury_file: JuryFile,
    *,
    held_on: dt.date | None = None,
    place: str | None = None,
    quorum_rule: str | None = None,
    president_id: int | None = None,
    secretary_id: int | None = None,
) -> None:
    """Record the meeting's date, place, quorum rule, president and secretary (None: keep).

    Without an explicit president or secretary, the jury members with those roles are used.
    """
    with jury_file.transaction() as session:
        _set_meeting(session, jury_file.actor, held_on, place, quorum_rule, president_id,
                     secretary_id)  # fmt: skip


def _set_meeting(
    session: Session,
    actor: str,
    held_on: dt.date | None,
    place: str | None,
    quorum_rule: str | None,
    president_id: int | None,
    secretary_id: int | None,
) -> None:
    if place is not None:
        limits.check_length(place, limits.NAME, "place")
    meeting = _meeting(session, create=True)
    assert meeting is not None
    if meeting.closed_at is not None:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "the meeting is closed: its record can no longer change")
        )
    changes: dict[str, object] = {}
    if quorum_rule is not None:
        required_present(quorum_rule, 1)  # validates the rule
    for member_id in (president_id, secretary_id):
        if member_id is not None:
            get_member(session, member_id)
    for name, value in (
        ("held_on", held_on),
        ("place", place),
        ("quorum_rule", quorum_rule),
        ("president_id", president_id),
        ("secretary_id", secretary_id),
    ):
        if value is not None and getattr(meeting, name) != value:
            setattr(meeting, name, value)
            changes[name] = value
    for name, role in (
        ("president_id", MemberRole.PRESIDENT),
        ("secretary_id", MemberRole.SECRETARY),
    ):
        if getattr(meeting, name) is None:
            found = session.scalar(
                select(m.JuryMember.id).where(m.JuryMember.role == role, m.JuryMember.active)
            )
            if found is not None:
                setattr(meeting, name, found)
                changes[name] = found
    if changes:
        audit.record(session, actor, "meeting.update", **changes)


def set_attendance(jury_file: JuryFile, presence: Mapping[int, bool]) -> Quorum:
    """Mark members present (True) or absent (False); return the quorum that follows."""
    with jury_file.transaction() as session:
        return _set_attendance(session, jury_file.actor, presence)


def _set_attendance(session: Session, actor: str, presence: Mapping[int, bool]) -> Quorum:
    meeting = _meeting(session, create=True)
    assert meeting is not None
    if meeting.closed_at is not None:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "the meeting is closed: attendance can no longer change")
        )
    current = _attendance(session, meeting)
    changed: dict[str, bool] = {}
    for member_id, present in presence.items():
        get_member(session, member_id)
        if current.get(member_id) == present:
            continue
        row = session.scalar(
            select(m.Attendance).where(
                m.Attendance.meeting_id == meeting.id, m.Attendance.member_id == member_id
            )
        )
        if row is None:
            session.add(m.Attendance(meeting_id=meeting.id, member_id=member_id, present=present))
        else:
            row.present = present
        changed[str(member_id)] = present
    session.flush()
    if changed:
        audit.record(session, actor, "meeting.attendance", changes=changed)
    return _quorum(session, meeting)


def record_meeting(
    jury_file: JuryFile,
    *,
    held_on: dt.date | None,
    place: str | None,
    quorum_rule: str | None,
    president_id: int | None,
    secretary_id: int | None,
    presence: Mapping[int, bool],
) -> MeetingInfo:
    """The meeting form's record, in one transaction: what :func:`set_meeting` and
    :func:`set_attendance` record (their audit events), and the meeting as it then stands."""
    with jury_file.transaction() as session:
        _set_meeting(session, jury_file.actor, held_on, place, quorum_rule, president_id,
                     secretary_id)  # fmt: skip
        _set_attendance(session, jury_file.actor, presence)
        return _meeting_info(session)


@dataclass(frozen=True)
class Voters:
    """Who may vote on one dossier."""

    eligible: tuple[int, ...]  # present, active and not recused
    recused: tuple[int, ...]
    president_present: bool


def voters(jury_file: JuryFile, dossier_id: int) -> Voters:
    with jury_file.reader() as session:
        return _voters(session, dossier_id)


def _voters(session: Session, dossier_id: int) -> Voters:
    meeting = _meeting(session)
    attendance = _attendance(session, meeting)
    recused = set(
        session.scalars(select(m.Recusal.member_id).where(m.Recusal.dossier_id == dossier_id))
    )
    active = _voting_ids(session)
    eligible = tuple(mid for mid in active if attendance.get(mid) and mid not in recused)
    president = meeting.president_id if meeting else None
    return Voters(eligible, tuple(sorted(recused)), president in eligible)


def record_decision(
    jury_file: JuryFile,
    dossier_id: int,
    level: int,
    *,
    votes_for: int,
    votes_against: int,
    abstentions: int,
    motivation: str,
    recommendations: str = "",
    president_ballot: Ballot | None = None,
) -> VoteResult:
    """Record the jury's decision on a dossier (replacing an unlocked earlier one).

    Refused, with the reason, when: quorum is not reached; the level is not 0–5; the motivation
    is empty; the tally does not fit the eligible voters; the vote is not adopted; the decision
    is locked.
    """
    if not 0 <= level <= MAX_LEVEL:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "a level must be between 0 (no label) and {highest}, not {level}"
            ),
            highest=MAX_LEVEL,
            level=level,
        )
    if not motivation.strip():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "a decision needs a motivation"))
    limits.check_length(motivation.strip(), limits.MOTIVATION, "motivation")
    limits.check_length(recommendations.strip(), limits.MOTIVATION, "recommendations")
    with jury_file.transaction() as session:
        dossier = get_dossier(session, dossier_id)
        meeting = _meeting(session)
        q = _quorum(session, meeting)
        if meeting is None or not q.reached:
            # Refused only when quorum is not reached (no meeting: nobody is present).
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no decision can be recorded without quorum: {present} of {members} members "
                    "present ({required} required): quorum is not reached.",
                ),
                present=q.present,
                members=q.members,
                required=q.required,
            )
        if meeting.closed_at is not None:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "the meeting is closed: reopen the decision first")
            )
        settings = read_settings(session)
        who = _voters(session, dossier_id)
        if president_ballot is not None and not who.president_present:
            president_ballot = None  # an absent or recused president has no casting vote
        result = count_vote(
            votes_for,
            votes_against,
            abstentions,
            len(who.eligible),
            president_ballot=president_ballot,
            casting_vote=settings.president_casting_vote,
        )
        if not result.adopted:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "level {level} for dossier {dossier} is not adopted ({votes_for} for, "
                    "{against} against, {abstentions} abstentions): it needs a majority of "
                    "the votes cast",
                ),
                level=level,
                dossier=dossier.ds_number,
                votes_for=votes_for,
                against=votes_against,
                abstentions=abstentions,
            )
        decision = session.scalar(select(m.Decision).where(m.Decision.dossier_id == dossier_id))
        if decision is not None and decision.locked:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the decision on dossier {dossier} is locked; "
                    "reopen it first (a reason is required)",
                ),
                dossier=dossier.ds_number,
            )
        if decision is None:
            decision = m.Decision(dossier_id=dossier_id)
            session.add(decision)
        decision.meeting_id = meeting.id
        decision.level = level
        decision.motivation = motivation.strip()
        decision.recommendations = recommendations.strip()
        decision.votes_for, decision.votes_against = votes_for, votes_against
        decision.abstentions = abstentions
        decision.by_casting_vote = result.by_casting_vote
        decision.decided_at = utcnow()
        audit.record(
            session,
            jury_file.actor,
            "decision.record",
            dossier=dossier.ds_number,
            level=level,
            votes_for=votes_for,
            votes_against=votes_against,
            abstentions=abstentions,
            casting_vote=result.by_casting_vote,
        )
        return result


def close_meeting(jury_file: JuryFile) -> int:
    """Close the meeting and lock every decision; return how many were locked."""
    with jury_file.transaction() as session:
        meeting = _meeting(session)
        if meeting is None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "no meeting has been recorded"))
        if meeting.closed_at is not None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "the meeting is already closed"))
        now = utcnow()
        meeting.closed_at = now
        locked = 0
        for decision in session.scalars(select(m.Decision).where(m.Decision.locked.is_(False))):
            decision.locked, decision.locked_at = True, now
            locked += 1
        audit.record(session, jury_file.actor, "meeting.close", locked=locked)
        return locked


def lock_decisions(jury_file: JuryFile, reason: str) -> int:
    """Lock every unlocked decision (the signed minutes record them); return how many."""
    with jury_file.transaction() as session:
        now = utcnow()
        locked = 0
        for decision in session.scalars(select(m.Decision).where(m.Decision.locked.is_(False))):
            decision.locked, decision.locked_at = True, now
            locked += 1
        if locked:
            audit.record(
                session, jury_file.actor, "decision.lock_all", locked=locked, reason=reason
            )
        return locked


def reopen_decision(jury_file: JuryFile, dossier_id: int, reason: str) -> None:
    """Unlock one decision (and its dossier's scores). A reason is required and audited."""
    if not reason.strip():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "reopening a decision needs a reason"))
    limits.check_length(reason.strip(), limits.REASON, "reason")
    with jury_file.transaction() as session:
        dossier = get_dossier(session, dossier_id)
        decision = session.scalar(select(m.Decision).where(m.Decision.dossier_id == dossier_id))
        if decision is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no decision on dossier {dossier}"),
                dossier=dossier.ds_number,
            )
        if not decision.locked:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "the decision on dossier {dossier} is not locked"),
                dossier=dossier.ds_number,
            )
        decision.locked, decision.locked_at = False, None
        meeting = _meeting(session)
        if meeting is not None:
            meeting.closed_at = None  # a reopened decision reopens the meeting for it
        audit.record(
            session,
            jury_file.actor,
            "decision.reopen",
            dossier=dossier.ds_number,
            reason=reason.strip(),
        )
