"""The audit trail's seal over the state: what the events say the tables hold.

The chain of events (:mod:`tnl_jury.services.audit`) shows a changed or removed event, not a
row changed without one (``sqlite3 J "UPDATE decision SET level=1"``). So the last event of
every transaction carries ``state``: for each table of :data:`TRACKED`, a digest of its rows
(the sum, modulo 2²⁵⁶, of each row's SHA-256 over the columns listed), as they are when the
transaction commits. It is part of the event's hashed payload. :func:`check_state` recomputes
the digests from the rows and names the tables that no longer match the newest sealed event.

The digest is kept incrementally: session listeners note every tracked row a transaction
touches (its digest before the transaction; rows flushed by the ORM) and every table written
by a bulk statement (read again whole), and the seal adjusts the previous event's digests. A
transaction that changes tracked rows must record an event (every service does): otherwise the
next seal starts from digests that miss the change, and ``audit verify`` reports it.

What this cannot detect: whoever holds the file can recompute the digests and the chain after
an edit, as the app does. Signed minutes and signed ballots are the anchors (see
docs/ARCHITECTURE.md, "Trust model").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, event, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

STATE_KEY = "state"
VERSION = 1
_MOD = 1 << 256

# table -> the columns whose values the digest covers (a migration adding a tracked column
# bumps VERSION: digests of another version are not compared).
TRACKED: dict[str, tuple[str, ...]] = {
    "score": (
        "id", "member_id", "dossier_id", "criterion_id", "value", "no_opinion", "comment",
        "entered_by",
    ),
    "member_dossier": (
        "id", "member_id", "dossier_id", "status", "proposed_level", "general_note",
    ),
    "decision": (
        "id", "dossier_id", "meeting_id", "level", "motivation", "recommendations", "votes_for",
        "votes_against", "abstentions", "by_casting_vote", "locked",
    ),
    "attendance": ("id", "meeting_id", "member_id", "present"),
    "recusal": ("id", "member_id", "dossier_id", "reason"),
    "meeting": (
        "id", "held_on", "place", "quorum_rule", "president_id", "secretary_id", "closed_at",
    ),
    "jury_member": ("id", "name", "organisation", "role", "active", "cert_sha256"),
}  # fmt: skip
LABELS = {
    "score": "scores",
    "member_dossier": "scoring progress",
    "decision": "decisions",
    "attendance": "attendance",
    "recusal": "recusals",
    "meeting": "the meeting",
    "jury_member": "jury members",
}
# Deleting one of these cascades to tracked tables inside SQLite: read everything again.
_CASCADING = {"dossier", "jury_member", "meeting", "criterion"}

_TOUCHED, _RESCAN, _PREVIOUS, _EVENT = (
    "tnl_state_touched",
    "tnl_state_rescan",
    "tnl_state_previous",
    "tnl_state_event",
)


def _table(name: str) -> Table:
    return m.Base.metadata.tables[name]


def _row_digest(name: str, values: Any) -> int:
    payload = json.dumps([name, *values], ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(payload.encode("utf-8")).digest(), "big")


def _columns(name: str) -> Any:
    table = _table(name)
    return [table.c[c] for c in TRACKED[name]]


def table_digest(session: Session, name: str) -> int:
    """The digest of every row of the tracked table ``name``, as the database holds them."""
    total = 0
    for row in session.connection().execute(select(*_columns(name))):
        total += _row_digest(name, row)
    return total % _MOD


def _row(session: Session, name: str, pk: int) -> int | None:
    table = _table(name)
    row = session.connection().execute(select(*_columns(name)).where(table.c.id == pk)).first()
    return None if row is None else _row_digest(name, row)


def full_state(session: Session) -> dict[str, str]:
    """Every tracked table's digest, read whole (hex)."""
    return {name: f"{table_digest(session, name):064x}" for name in TRACKED}


# Recording ----------------------------------------------------------------------------------


def note_event(session: Session, audit_event: m.AuditEvent, previous: dict[str, Any]) -> None:
    """:func:`tnl_jury.services.audit.record` added ``audit_event``; ``previous`` is the
    details of the event before it. The newest event of the transaction gets the seal."""
    session.info.setdefault(_PREVIOUS, previous.get(STATE_KEY))
    session.info[_EVENT] = audit_event


def _tracked_name(obj: object) -> str | None:
    table = getattr(type(obj), "__table__", None)
    name = getattr(table, "name", None)
    return name if name in TRACKED else None


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    touched: dict[tuple[str, int], int | None] = session.info.setdefault(_TOUCHED, {})
    for obj in (*session.dirty, *session.deleted):
        name = _tracked_name(obj)
        pk = getattr(obj, "id", None)
        if name is not None and pk is not None and (name, pk) not in touched:
            touched[(name, pk)] = _row(session, name, pk)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    touched: dict[tuple[str, int], int | None] = session.info.setdefault(_TOUCHED, {})
    for obj in session.new:
        name = _tracked_name(obj)
        pk = getattr(obj, "id", None)
        if name is not None and pk is not None:
            touched.setdefault((name, pk), None)


def _do_orm_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", "")
    rescan: set[str] = state.session.info.setdefault(_RESCAN, set())
    if name in TRACKED:
        rescan.add(name)
    if state.is_delete and name in _CASCADING:
        rescan.update(TRACKED)


def _before_commit(session: Session) -> None:
    audit_event = session.info.get(_EVENT)
    if audit_event is None:
        return
    from tnl_jury.services.audit import event_hash

    session.flush()
    previous = session.info.get(_PREVIOUS)
    if not isinstance(previous, dict) or previous.get("v") != VERSION:
        state = full_state(session)
    else:
        state = {name: str(previous.get(name, "")) for name in TRACKED}
        rescan: set[str] = session.info.get(_RESCAN, set())
        for name in rescan:
            state[name] = f"{table_digest(session, name):064x}"
        totals = {name: int(value or "0", 16) for name, value in state.items()}
        for (name, pk), before in session.info.get(_TOUCHED, {}).items():
            if name in rescan:
                continue
            after = _row(session, name, pk)
            totals[name] += (after or 0) - (before or 0)
        state = {name: f"{total % _MOD:064x}" for name, total in totals.items()}
    details = {**audit_event.details, STATE_KEY: {"v": VERSION, **state}}
    audit_event.details = details
    audit_event.hash = event_hash(
        audit_event.prev_hash, audit_event.at, audit_event.actor, audit_event.action, details
    )
    session.info.pop(_EVENT, None)
    session.flush()


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "do_orm_execute", _do_orm_execute)
event.listen(Session, "before_commit", _before_commit)


# Checking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateCheck:
    """The tables against the newest sealed event: ``event_id`` None when no event carries a
    seal (a file from an older version: the state is not covered yet); ``changed`` names the
    tables (in words, see :data:`LABELS`) whose rows no longer match it."""

    event_id: int | None
    changed: tuple[str, ...]

    @property
    def covered(self) -> bool:
        return self.event_id is not None

    @property
    def ok(self) -> bool:
        return not self.changed


def check_state(jury_file: JuryFile) -> StateCheck:
    """Recompute every tracked table's digest and compare it with the newest sealed event."""
    with jury_file.reader() as session:
        found: tuple[int, dict[str, Any]] | None = None
        for event_id, details in session.execute(
            select(m.AuditEvent.id, m.AuditEvent.details).order_by(m.AuditEvent.id.desc())
        ):
            sealed = details.get(STATE_KEY) if isinstance(details, dict) else None
            if isinstance(sealed, dict) and sealed.get("v") == VERSION:
                found = event_id, sealed
                break
        if found is None:
            return StateCheck(None, ())
        now = full_state(session)
    changed = tuple(LABELS[name] for name in TRACKED if found[1].get(name) != now[name])
    return StateCheck(found[0], changed)
