"""What the minutes record about the session beyond the deliberation itself (#19): the
convocation's date and the agenda, opening and closing times, how the votes were taken, the
members who sent apologies ("excusés", as opposed to absent), the people present without a
vote (secretariat, observers), and the dossiers received and admissible.

:func:`set_minutes_details` is one transaction with one audit event
(``meeting.minutes_details``, with what changed); like the rest of the meeting's record it is
refused once the meeting is closed. Excusing a member marks them absent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.domain.meeting import DEFAULT_QUORUM_RULE
from tnl_jury.services import audit
from tnl_jury.services.members import get_member
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# Démarches Simplifiées states of a dossier the jury does not receive as admissible.
INADMISSIBLE_STATES = ("refuse", "refusé", "classé sans suite", "sans_suite", "classe sans suite")
MAX_OTHERS = 50
VOTE_METHODS = ("", "show_of_hands", "secret_ballot")


@dataclass(frozen=True)
class MinutesDetails:
    opened_time: str  # "HH:MM" or ""
    closed_time: str
    others_present: tuple[str, ...]  # "Name, capacity", one each
    excused: tuple[int, ...]  # ids of the members absent with apologies
    convened_on: dt.date | None = None  # the day the members were convened
    agenda: tuple[str, ...] = ()  # the agenda's items
    vote_method: str = ""  # one of VOTE_METHODS
    undecided_reason: str = ""  # why the dossiers without a decision were left


@dataclass(frozen=True)
class DossierCounts:
    received: int  # every dossier of the file
    admissible: int  # those not refused nor closed without follow-up on Démarches Simplifiées


def _meeting(session: Session) -> m.Meeting | None:
    return session.scalar(select(m.Meeting).order_by(m.Meeting.id).limit(1))


def get_minutes_details(jury_file: JuryFile) -> MinutesDetails:
    """The details as recorded (empty when no meeting is recorded)."""
    with jury_file.reader() as session:
        meeting = _meeting(session)
        if meeting is None:
            return MinutesDetails("", "", (), ())
        excused = session.scalars(
            select(m.Attendance.member_id)
            .where(m.Attendance.meeting_id == meeting.id, m.Attendance.excused)
            .where(m.Attendance.present.is_(False))
            .order_by(m.Attendance.member_id)
        )
        return MinutesDetails(
            meeting.opened_time,
            meeting.closed_time,
            tuple(line for line in meeting.others_present.splitlines() if line),
            tuple(excused),
            meeting.convened_on,
            tuple(line for line in meeting.agenda.splitlines() if line),
            meeting.vote_method,
            meeting.undecided_reason,
        )


def dossier_counts(jury_file: JuryFile) -> DossierCounts:
    """How many dossiers the jury received, and how many of them are admissible."""
    with jury_file.reader() as session:
        states = session.execute(
            select(func.lower(m.Dossier.ds_state), func.count()).group_by(
                func.lower(m.Dossier.ds_state)
            )
        ).all()
    received = sum(count for _state, count in states)
    refused = sum(count for state, count in states if state in INADMISSIBLE_STATES)
    return DossierCounts(received, received - refused)


def _check_time(value: str) -> str:
    value = value.strip()
    if value and not _TIME.match(value):
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "the time “{time}” is not a time HH:MM (24 hours)"),
            time=value,
        )
    return value


def set_minutes_details(
    jury_file: JuryFile,
    *,
    opened_time: str | None = None,
    closed_time: str | None = None,
    others_present: Sequence[str] | None = None,
    excused: Mapping[int, bool] | None = None,
    convened_on: dt.date | None = None,
    clear_convened_on: bool = False,
    agenda: Sequence[str] | None = None,
    vote_method: str | None = None,
    undecided_reason: str | None = None,
) -> MinutesDetails:
    """Record some of the details (None: keep); return them all. Times are ``HH:MM`` or empty;
    ``others_present`` and ``agenda`` replace their lists (empty lines dropped); ``excused``
    maps member ids to whether they are excused (an excused member is marked absent);
    ``clear_convened_on`` forgets the convocation's date; ``vote_method`` is one of
    :data:`VOTE_METHODS`; ``undecided_reason`` says why the dossiers without a decision were
    left (one sentence, spaces tidied). Raises :class:`RuleError` for a bad time or vote
    method, an unknown member or a closed meeting; nothing changes then."""
    changes: dict[str, object] = {}
    if vote_method is not None and vote_method not in VOTE_METHODS:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "unknown vote method “{method}”"), method=vote_method
        )
    agenda_text = None
    if agenda is not None:
        agenda_text = "\n".join(" ".join(x.split()) for x in agenda if x.strip())
    opened = _check_time(opened_time) if opened_time is not None else None
    closed = _check_time(closed_time) if closed_time is not None else None
    others = None
    if others_present is not None:
        others = "\n".join(" ".join(x.split()) for x in others_present if x.strip())
        if len(others.splitlines()) > MAX_OTHERS:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "at most {limit} people present without a vote"),
                limit=MAX_OTHERS,
            )
    with jury_file.transaction() as session:
        meeting = _meeting(session)
        if meeting is None:
            meeting = m.Meeting(quorum_rule=DEFAULT_QUORUM_RULE, place="")
            session.add(meeting)
            session.flush()
        if meeting.closed_at is not None:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the meeting is closed: its record can no longer change"
                )
            )
        for name, value in (("opened_time", opened), ("closed_time", closed)):
            if value is not None and getattr(meeting, name) != value:
                setattr(meeting, name, value)
                changes[name] = value
        if others is not None and meeting.others_present != others:
            meeting.others_present = others
            changes["others_present"] = others.splitlines()
        if agenda_text is not None and meeting.agenda != agenda_text:
            meeting.agenda = agenda_text
            changes["agenda"] = agenda_text.splitlines()
        reason = " ".join(undecided_reason.split()) if undecided_reason is not None else None
        if reason is not None and meeting.undecided_reason != reason:
            meeting.undecided_reason = reason
            changes["undecided_reason"] = reason
        if vote_method is not None and meeting.vote_method != vote_method:
            meeting.vote_method = vote_method
            changes["vote_method"] = vote_method
        day = None if clear_convened_on else convened_on
        if (clear_convened_on or convened_on is not None) and meeting.convened_on != day:
            meeting.convened_on = day
            changes["convened_on"] = day.isoformat() if day else None
        excused_changes: dict[str, bool] = {}
        for member_id, is_excused in (excused or {}).items():
            get_member(session, member_id)
            row = session.scalar(
                select(m.Attendance).where(
                    m.Attendance.meeting_id == meeting.id, m.Attendance.member_id == member_id
                )
            )
            if row is None:
                row = m.Attendance(
                    meeting_id=meeting.id, member_id=member_id, present=False, excused=False
                )
                session.add(row)
            if is_excused and row.present:
                row.present = False
            if row.excused != is_excused:
                row.excused = is_excused
                excused_changes[str(member_id)] = is_excused
        if excused_changes:
            changes["excused"] = excused_changes
        if changes:
            audit.record(session, jury_file.actor, "meeting.minutes_details", **changes)
    return get_minutes_details(jury_file)
