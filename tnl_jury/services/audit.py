"""The audit trail: one event for every change made through the services.

Events are chained: each stores the hash of the previous one, so that an event changed or
removed behind the app's back (with the ``sqlite3`` tool, say) breaks the chain where it
happened. Rows changed without an event are caught by the seal the newest event of each
transaction carries over the state (:mod:`tnl_jury.services.audit_state`,
:func:`check_state`). The chain alone
cannot tell that its newest events were deleted; the minutes print the trail's head (how many
events, the newest one's hash), so once they are signed, :func:`holds` tells whether the events
they vouch for are all still there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnl_jury.services import audit_state
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.models import AuditEvent
from tnl_jury.storage.orm_base import utcnow


def event_hash(
    prev_hash: str, at: dt.datetime, actor: str, action: str, details: dict[str, Any]
) -> str:
    """The hash that chains an event to the one before it (SHA-256 over canonical JSON)."""
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, action, details],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: str, action: str, **details: Any) -> None:
    """Add an audit event to the transaction ``session`` holds. The transaction's newest event
    is sealed with the state of the tracked tables when it commits (:mod:`audit_state`)."""
    last = session.execute(
        select(AuditEvent.hash, AuditEvent.details).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    prev = last.hash if last is not None else ""
    at = utcnow()
    clean = json.loads(json.dumps(details, default=str))  # what will be read back from JSON
    added = AuditEvent(
        at=at,
        actor=actor,
        action=action,
        details=clean,
        prev_hash=prev,
        hash=event_hash(prev, at, actor, action, clean),
    )
    session.add(added)
    previous = last.details if last is not None and isinstance(last.details, dict) else {}
    audit_state.note_event(session, added, previous)


def check_state(jury_file: JuryFile) -> audit_state.StateCheck:
    """The tracked tables against the newest sealed event (:func:`audit_state.check_state`)."""
    return audit_state.check_state(jury_file)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any]


def list_events(jury_file: JuryFile, limit: int | None = None) -> list[AuditRow]:
    """The newest events first; ``details`` as the service recorded them (the state seal
    is left out: see :func:`check_state`)."""
    with jury_file.reader() as session:
        query = select(AuditEvent).order_by(AuditEvent.id.desc())
        if limit:
            query = query.limit(limit)
        return [
            AuditRow(
                e.id,
                e.at,
                e.actor,
                e.action,
                {k: v for k, v in e.details.items() if k != audit_state.STATE_KEY},
            )
            for e in session.scalars(query)
        ]


def first_broken_link(jury_file: JuryFile) -> int | None:
    """The id of the first event whose hash or link does not match, or None when intact."""
    prev = ""
    with jury_file.reader() as session:
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            expected = event_hash(prev, event.at, event.actor, event.action, dict(event.details))
            if event.prev_hash != prev or event.hash != expected:
                return event.id
            prev = event.hash
    return None


@dataclass(frozen=True)
class AuditHead:
    """How many events the trail holds, and the newest one's hash ("" when empty)."""

    events: int
    hash: str


def head(jury_file: JuryFile) -> AuditHead:
    with jury_file.reader() as session:
        count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return AuditHead(count, last or "")


def holds(jury_file: JuryFile, anchor: AuditHead) -> bool:
    """True when the trail's ``anchor.events``-th event (in order) has the hash ``anchor``
    names: the events a signed document vouched for are all still there, unchanged (with
    :func:`first_broken_link`, which checks each link)."""
    if anchor.events <= 0:
        return True
    with jury_file.reader() as session:
        found = session.scalar(
            select(AuditEvent.hash).order_by(AuditEvent.id).offset(anchor.events - 1).limit(1)
        )
    return found == anchor.hash


@dataclass(frozen=True)
class TrailCheck:
    """The audit trail against minutes: how many events they vouch for, whether the trail still
    holds them, the first broken link of the chain (None when intact), and whether the file
    still records the state the minutes printed (None: they print no state digest)."""

    vouched: int
    holds: bool
    broken_at: int | None
    state_matches: bool | None = None

    @property
    def ok(self) -> bool:
        return self.holds and self.broken_at is None and self.state_matches is True


def check_against_minutes(jury_file: JuryFile, minutes_pdf: str | Path) -> TrailCheck:
    """Check the trail against the head the minutes ``minutes_pdf`` printed, and the file's
    state against the state digest they printed; a file that is not such minutes raises
    :class:`~tnl_jury.io.pdf.audit_anchor.AnchorError`. The PDF's signatures are the caller's
    to verify (:func:`tnl_jury.io.signing.verify.verify_pdf`)."""
    from tnl_jury.io.pdf.audit_anchor import read_audit_anchor
    from tnl_jury.services.minutes_signing import minutes_state_matches

    vouched, hash_ = read_audit_anchor(minutes_pdf)
    return TrailCheck(
        vouched,
        holds(jury_file, AuditHead(vouched, hash_)),
        first_broken_link(jury_file),
        minutes_state_matches(jury_file, minutes_pdf),
    )
