"""Where the edition stands, from creation to publication: the secretariat's checklist.

:func:`checklist` reads the jury file (a few counts and the audit trail's output events) and
returns the nine steps of :data:`STEPS` in order, each ``done``, ``started`` or ``todo``, with
its figures (``done`` of ``total``). It writes nothing.

What makes each step done:

* ``edition``: the grid has criteria (a jury file always has its edition and grid);
* ``import``: at least one dossier;
* ``jury``: at least one active member;
* ``scoring``: every active, non-recused member submitted every dossier (started: a score or a
  submission exists);
* ``meeting``: a date and at least one member present (started: the meeting is recorded);
* ``decisions``: every dossier has a decision (started: some have);
* ``minutes``: the minutes were written after the last change to what they record (decisions,
  meeting, attendance, recusals); started: written, but something changed since;
* ``signatures``: the signed minutes locked the decisions, after the last minutes written;
* ``publication``: the letters and the published list were both written (started: one).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

STEPS = (
    "edition",
    "import",
    "jury",
    "scoring",
    "meeting",
    "decisions",
    "minutes",
    "signatures",
    "publication",
)
DONE, STARTED, TODO = "done", "started", "todo"
# Audit actions that change what the minutes record.
MINUTES_INPUTS = (
    "decision.record",
    "decision.reopen",
    "meeting.update",
    "meeting.attendance",
    "meeting.close",
    "member.recuse",
    "member.recusal_lifted",
)


@dataclass(frozen=True)
class ChecklistStep:
    key: str  # one of STEPS
    state: str  # DONE, STARTED or TODO
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class Checklist:
    steps: tuple[ChecklistStep, ...]

    def step(self, key: str) -> ChecklistStep:
        return next(s for s in self.steps if s.key == key)

    @property
    def next_step(self) -> str | None:
        """The first step not done (None: everything is done)."""
        return next((s.key for s in self.steps if s.state != DONE), None)


def _count(session: Session, statement: object) -> int:
    return int(session.scalar(statement) or 0)  # type: ignore[call-overload]


def _last_event(session: Session, *actions: str) -> int:
    """The id of the newest audit event among ``actions`` (0: none)."""
    return _count(
        session, select(func.max(m.AuditEvent.id)).where(m.AuditEvent.action.in_(actions))
    )


def _state(done: int, total: int, started: bool) -> str:
    if total and done >= total:
        return DONE
    return STARTED if started or done else TODO


def _scoring(session: Session, dossiers: int) -> ChecklistStep:
    # Those who score: the active members with a deliberative vote (services.scores).
    active = select(m.JuryMember.id).where(
        m.JuryMember.active.is_(True), m.JuryMember.voting.is_(True)
    )
    members = _count(session, select(func.count()).select_from(active.subquery()))
    recused = _count(
        session,
        select(func.count(m.Recusal.id)).where(m.Recusal.member_id.in_(active)),
    )
    total = max(0, members * dossiers - recused)
    recusals = select(m.Recusal.id).where(
        m.Recusal.member_id == m.MemberDossier.member_id,
        m.Recusal.dossier_id == m.MemberDossier.dossier_id,
    )
    submitted = _count(
        session,
        select(func.count(m.MemberDossier.id)).where(
            m.MemberDossier.status == ProgressStatus.SUBMITTED,
            m.MemberDossier.member_id.in_(active),
            ~recusals.exists(),
        ),
    )
    scored = _count(session, select(func.count(m.Score.id))) > 0
    return ChecklistStep("scoring", _state(submitted, total, scored), submitted, total)


def checklist(jury_file: JuryFile) -> Checklist:
    """The nine steps of :data:`STEPS` as the jury file stands (see the module's contract)."""
    with jury_file.reader() as session:
        criteria = _count(session, select(func.count(m.Criterion.id)))
        dossiers = _count(session, select(func.count(m.Dossier.id)))
        members = _count(
            session, select(func.count(m.JuryMember.id)).where(m.JuryMember.active.is_(True))
        )
        steps = [
            ChecklistStep("edition", DONE if criteria else TODO, criteria, criteria),
            ChecklistStep("import", DONE if dossiers else TODO, dossiers, dossiers),
            ChecklistStep("jury", DONE if members else TODO, members, members),
            _scoring(session, dossiers),
        ]
        meeting = session.scalars(select(m.Meeting)).first()
        present = _count(
            session, select(func.count(m.Attendance.id)).where(m.Attendance.present.is_(True))
        )
        if meeting is None:
            state = TODO
        else:
            state = DONE if meeting.held_on is not None and present else STARTED
        steps.append(ChecklistStep("meeting", state, present, members))
        decided = _count(session, select(func.count(m.Decision.id)))
        steps.append(
            ChecklistStep("decisions", _state(decided, dossiers, False), decided, dossiers)
        )
        minutes = _last_event(session, "export.minutes")
        changed = _last_event(session, *MINUTES_INPUTS)
        state = TODO if not minutes else (DONE if minutes > changed else STARTED)
        steps.append(ChecklistStep("minutes", state, int(state == DONE), 1))
        signed = _count(
            session,
            select(func.max(m.AuditEvent.id)).where(
                m.AuditEvent.action == "decision.lock_all",
                m.AuditEvent.id > minutes,
                m.AuditEvent.details["reason"].as_string().like("minutes signed%"),
            ),
        )
        state = DONE if minutes and signed else TODO
        steps.append(ChecklistStep("signatures", state, int(state == DONE), 1))
        written = sum(
            1
            for action in ("export.letters", "export.published_list")
            if _last_event(session, action)
        )
        steps.append(ChecklistStep("publication", _state(written, 2, False), written, 2))
    return Checklist(tuple(steps))
