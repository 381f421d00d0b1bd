"""Merging one verified ballot into the secretariat's jury file, value by value.

The values ("items") of a member on a dossier are: each score (``score:<criterion code>``:
value, "no opinion", comment), the proposed level with the general note (``level``), the
recusal (``recusal``) and the progress status (``status``). For one item, with B the ballot's
value and t the juror's time of change, F the file's current value, and S the merge state
(``ballot_item``: the newest ballot value seen, and what a ballot last wrote):

1. S has already seen a newer value (t earlier than S's time), or this very value at this very
   time → nothing is written: "older" when B differs from F, "unchanged" otherwise (a pending
   conflict on the item is reported again as a conflict).
2. F equals B → "unchanged" (S now says the file holds the ballot's value; a pending conflict
   on the item is closed as ``agreed``).
3. The dossier's decision is locked → nothing is written, "locked".
4. F is empty and no ballot ever wrote there, or F is still what a ballot (or the making of
   the member's package) last wrote → B is written with the juror's time: "added" or
   "changed".
5. Otherwise someone else put F there (typed from a paper sheet, say) → "conflict": F stays,
   B is kept in ``ballot_conflict`` until the secretariat chooses
   (:func:`tnl_jury.services.ballots.resolve_conflict`).

The status never conflicts: it follows the ballot when the file's status is still the one a
ballot wrote, and otherwise the further of the two stays (not started < in progress <
submitted). The counts cover scores, proposed levels and recusals, not the status.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.io.ballots.model import Ballot
from tnl_jury.storage import ballot_models as bm
from tnl_jury.storage import models as m
from tnl_jury.storage.orm_base import utcnow

Value = dict[str, Any] | None
SCORE = "score:"
LEVEL, STATUS, RECUSAL = "level", "status", "recusal"
_RANK = {
    ProgressStatus.NOT_STARTED.value: 0,
    ProgressStatus.IN_PROGRESS.value: 1,
    ProgressStatus.SUBMITTED.value: 2,
}


def digest(value: Value) -> str:
    """A fingerprint of an item's value (canonical JSON, SHA-256); None has its own."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def score_value(value: int | None, no_opinion: bool, comment: str) -> Value:
    if value is None and not no_opinion and not comment:
        return None
    return {"value": value, "no_opinion": bool(no_opinion), "comment": comment}


def level_value(level: int | None, note: str) -> Value:
    if level is None and not note:
        return None
    return {"proposed_level": level, "general_note": note}


def status_value(status: str, submitted_at: dt.datetime | None) -> Value:
    if status == ProgressStatus.NOT_STARTED and submitted_at is None:
        return None
    return {"status": status, "submitted_at": None if submitted_at is None else str(submitted_at)}


def recusal_value(reason: str) -> Value:
    return {"reason": reason}


def item_kind(item: str) -> tuple[str, str]:
    """``("score", code)``, ``("level", "")``, ``("status", "")`` or ``("recusal", "")``."""
    if item.startswith(SCORE):
        return "score", item[len(SCORE) :]
    return item, ""


def member_values(
    session: Session, member_id: int
) -> Iterator[tuple[int, str, Value, dt.datetime]]:
    """Every item the file holds for the member: (dossier id, item, value, time of change)."""
    for score, code in session.execute(
        select(m.Score, m.Criterion.code)
        .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
        .where(m.Score.member_id == member_id)
    ):
        value = score_value(score.value, score.no_opinion, score.comment)
        yield score.dossier_id, SCORE + code, value, score.updated_at
    for p in session.scalars(select(m.MemberDossier).where(m.MemberDossier.member_id == member_id)):
        yield p.dossier_id, LEVEL, level_value(p.proposed_level, p.general_note), p.updated_at
        yield p.dossier_id, STATUS, status_value(p.status, p.submitted_at), p.updated_at
    for r in session.scalars(select(m.Recusal).where(m.Recusal.member_id == member_id)):
        yield r.dossier_id, RECUSAL, recusal_value(r.reason), r.created_at


class MemberValues:
    """One member's values in the file, loaded once, read and written item by item."""

    def __init__(self, session: Session, member_id: int) -> None:
        self.session = session
        self.member_id = member_id
        self.criteria = dict(iter(session.execute(select(m.Criterion.code, m.Criterion.id))))
        self.scores = {
            (s.dossier_id, code): s
            for s, code in session.execute(
                select(m.Score, m.Criterion.code)
                .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
                .where(m.Score.member_id == member_id)
            )
        }
        self.progress = {
            p.dossier_id: p
            for p in session.scalars(
                select(m.MemberDossier).where(m.MemberDossier.member_id == member_id)
            )
        }
        self.recusals = {
            r.dossier_id: r
            for r in session.scalars(select(m.Recusal).where(m.Recusal.member_id == member_id))
        }
        self.states = {
            (s.dossier_id, s.item): s
            for s in session.scalars(
                select(bm.BallotItem).where(bm.BallotItem.member_id == member_id)
            )
        }
        self.pending = {
            (c.dossier_id, c.item): c
            for c in session.scalars(
                select(bm.BallotConflict).where(
                    bm.BallotConflict.member_id == member_id,
                    bm.BallotConflict.resolved_at.is_(None),
                )
            )
        }
        self.locked = set(session.scalars(select(m.Decision.dossier_id).where(m.Decision.locked)))

    def current(self, dossier_id: int, item: str) -> Value:
        kind, code = item_kind(item)
        if kind == "score":
            s = self.scores.get((dossier_id, code))
            return None if s is None else score_value(s.value, s.no_opinion, s.comment)
        if kind == RECUSAL:
            r = self.recusals.get(dossier_id)
            return None if r is None else recusal_value(r.reason)
        p = self.progress.get(dossier_id)
        if p is None:
            return None
        if kind == LEVEL:
            return level_value(p.proposed_level, p.general_note)
        return status_value(p.status, p.submitted_at)

    def _progress(self, dossier_id: int, at: dt.datetime) -> m.MemberDossier:
        p = self.progress.get(dossier_id)
        if p is None:
            p = m.MemberDossier(
                member_id=self.member_id,
                dossier_id=dossier_id,
                status=ProgressStatus.NOT_STARTED.value,
                general_note="",
                updated_at=at,
            )
            self.session.add(p)
            self.progress[dossier_id] = p
        p.updated_at = max(p.updated_at or at, at)
        return p

    def write(
        self, dossier_id: int, item: str, value: Value, at: dt.datetime, entered_by: str
    ) -> None:
        """Put ``value`` in the file for ``item``, with the juror's time ``at``."""
        kind, code = item_kind(item)
        v = value or {}
        if kind == "score":
            s = self.scores.get((dossier_id, code))
            if s is None:
                s = m.Score(
                    member_id=self.member_id,
                    dossier_id=dossier_id,
                    criterion_id=self.criteria[code],
                )
                self.session.add(s)
                self.scores[(dossier_id, code)] = s
            s.value, s.no_opinion, s.comment = (
                v.get("value"),
                bool(v.get("no_opinion")),
                v.get("comment", ""),
            )
            s.entered_by, s.updated_at = entered_by[:300], at
            if value is not None:
                p = self._progress(dossier_id, at)
                if p.status == ProgressStatus.NOT_STARTED:
                    p.status = ProgressStatus.IN_PROGRESS.value
        elif kind == RECUSAL:
            r = self.recusals.pop(dossier_id, None)
            if value is None:
                if r is not None:
                    self.session.delete(r)
                return
            if r is None:
                r = m.Recusal(member_id=self.member_id, dossier_id=dossier_id, created_at=at)
                self.session.add(r)
            r.reason = v["reason"]
            self.recusals[dossier_id] = r
        elif kind == LEVEL:
            p = self._progress(dossier_id, at)
            p.proposed_level, p.general_note = v.get("proposed_level"), v.get("general_note", "")
        else:
            p = self._progress(dossier_id, at)
            p.status = v.get("status", ProgressStatus.NOT_STARTED.value)
            submitted = v.get("submitted_at")
            p.submitted_at = None if submitted is None else dt.datetime.fromisoformat(submitted)

    def remember(
        self, dossier_id: int, item: str, value: Value, at: dt.datetime, *, written: bool
    ) -> None:
        """Record that a ballot value was seen (and, when ``written``, that the file holds it)."""
        state = self.states.get((dossier_id, item))
        d = digest(value)
        if state is None:
            state = bm.BallotItem(
                member_id=self.member_id,
                dossier_id=dossier_id,
                item=item,
                seen_digest=d,
                seen_at=at,
                written_digest="",
            )
            self.session.add(state)
            self.states[(dossier_id, item)] = state
        if at >= state.seen_at:
            state.seen_digest, state.seen_at = d, at
        if written:
            state.written_digest = d


@dataclass
class MergeResult:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    locked: int = 0
    recused: int = 0  # values refused: the member stepped aside for their dossier
    conflict_rows: list[bm.BallotConflict] = field(default_factory=list)
    locked_dossiers: list[str] = field(default_factory=list)
    recused_dossiers: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "older": self.older,
            "conflicts": self.conflicts,
            "locked": self.locked,
            "recused": self.recused,
        }


def _items(
    entry_scores: Any, progress: Any, recusal: Any
) -> Iterator[tuple[str, Value, dt.datetime]]:
    for s in entry_scores:
        yield SCORE + s.criterion, score_value(s.value, s.no_opinion, s.comment), s.updated_at
    if recusal is not None:
        yield RECUSAL, recusal_value(recusal.reason), recusal.created_at
    if progress is not None:
        yield (
            LEVEL,
            level_value(progress.proposed_level, progress.general_note),
            progress.updated_at,
        )
        # Last: writing a score above may have moved the file's status to "in progress".
        yield STATUS, status_value(progress.status, progress.submitted_at), progress.updated_at


def merge(
    session: Session,
    ballot: Ballot,
    member_id: int,
    dossier_ids: dict[str, int],
    import_row: bm.BallotImport,
    entered_by: str,
) -> MergeResult:
    """Merge ``ballot`` (already verified and checked against the grid) into the session's
    file, following the rules of the module's docstring."""
    values = MemberValues(session, member_id)
    result = MergeResult()
    for entry in ballot.dossiers:
        dossier_id = dossier_ids[entry.ds_number]
        # A member who stepped aside for a dossier (in the file or in this ballot) gives it
        # no score, level or status: those entries are refused and reported, never stored.
        recused = entry.recusal is not None or values.current(dossier_id, RECUSAL) is not None
        for item, value, at in _items(entry.scores, entry.progress, entry.recusal):
            if recused and item != RECUSAL:
                if item != STATUS and value is not None:
                    result.recused += 1
                    if entry.ds_number not in result.recused_dossiers:
                        result.recused_dossiers.append(entry.ds_number)
                continue
            outcome = _merge_item(values, dossier_id, item, value, at, import_row, entered_by)
            if item != STATUS and outcome != "nothing":
                setattr(result, outcome, getattr(result, outcome) + 1)
            if outcome == "locked" and entry.ds_number not in result.locked_dossiers:
                result.locked_dossiers.append(entry.ds_number)
            if outcome == "conflicts":
                result.conflict_rows.append(values.pending[(dossier_id, item)])
    return result


def _merge_item(
    values: MemberValues,
    dossier_id: int,
    item: str,
    value: Value,
    at: dt.datetime,
    import_row: bm.BallotImport,
    entered_by: str,
) -> str:
    """Merge one item; return the name of the count it adds to ("nothing": both empty)."""
    d = digest(value)
    state = values.states.get((dossier_id, item))
    current = values.current(dossier_id, item)
    pending = values.pending.get((dossier_id, item))
    if value is None and current is None:  # an empty level or a cleared score: nothing to say
        if pending is not None:
            _close(values, pending, "agreed", "")
        return "nothing"
    if state is not None and (
        at < state.seen_at or (at == state.seen_at and d == state.seen_digest)
    ):
        if pending is not None and digest(pending.ballot_value.get("value")) == d:
            return "conflicts"
        return "unchanged" if digest(current) == d else "older"
    if digest(current) == d:
        values.remember(dossier_id, item, value, at, written=True)
        if pending is not None:
            _close(values, pending, "agreed", "")
        return "unchanged"
    if dossier_id in values.locked:
        return "locked"
    owned = state is not None and state.written_digest == digest(current)
    fresh = current is None and (state is None or state.written_digest == "")
    if item == STATUS:
        ballot_rank = _RANK.get((value or {}).get("status", ""), 0)
        file_rank = _RANK.get((current or {}).get("status", ""), 0)
        if owned or fresh or ballot_rank > file_rank:
            values.write(dossier_id, item, value, at, entered_by)
            values.remember(dossier_id, item, value, at, written=True)
            return "added" if current is None else "changed"
        values.remember(dossier_id, item, value, at, written=False)
        return "unchanged"
    if owned or fresh:
        values.write(dossier_id, item, value, at, entered_by)
        values.remember(dossier_id, item, value, at, written=True)
        if pending is not None:
            _close(values, pending, "ballot", entered_by)
        return "added" if current is None else "changed"
    values.remember(dossier_id, item, value, at, written=False)
    if pending is None:
        pending = bm.BallotConflict(member_id=values.member_id, dossier_id=dossier_id, item=item)
        values.session.add(pending)
        values.pending[(dossier_id, item)] = pending
    # Wrapped, so that an empty value (None) is stored as such.
    pending.file_value = {"value": current}
    pending.ballot_value = {"value": value}
    pending.ballot_updated_at = at
    pending.ballot_import_id = import_row.id
    return "conflicts"


def _close(values: MemberValues, conflict: bm.BallotConflict, resolution: str, by: str) -> None:
    conflict.resolved_at = utcnow()
    conflict.resolution = resolution
    conflict.resolved_by = by[:300]
    values.pending.pop((conflict.dossier_id, conflict.item), None)
