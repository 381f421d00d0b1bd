"""Conflicts between a ballot and the secretariat's file, and the secretariat's choice.

A conflict is a value of a member's ballot that differs from a value someone else put in the
file for the same member, dossier and criterion (or proposed level, or recusal) — typically
typed from a paper sheet. The file keeps its value until the secretariat chooses:
``keep="ballot"`` writes the ballot's value (with the juror's time), ``keep="file"`` keeps the
file's; later ballots repeating the same value do not raise the conflict again, a newer
different value from the member does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.services import audit, ballot_merge
from tnl_jury.storage import ballot_models as bm
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow

Keep = Literal["ballot", "file"]


@dataclass(frozen=True)
class ConflictRow:
    """One conflict. ``kind`` is ``score``, ``level`` or ``recusal``; values are the item's
    value dicts (None: empty): a score ``{"value", "no_opinion", "comment"}``, a level
    ``{"proposed_level", "general_note"}``, a recusal ``{"reason"}``. ``file_value`` is the
    file's value now for a pending conflict, the one it had when resolved otherwise."""

    id: int
    member_id: int
    member_name: str
    dossier_id: int
    ds_number: str
    candidate_name: str
    kind: str
    criterion_code: str
    criterion_label: str
    file_value: dict[str, Any] | None
    ballot_value: dict[str, Any] | None
    ballot_updated_at: dt.datetime
    created_at: dt.datetime
    resolution: str  # "" while pending, then ballot, file or agreed
    resolved_at: dt.datetime | None


def list_conflicts(jury_file: JuryFile, *, include_resolved: bool = False) -> list[ConflictRow]:
    """The conflicts waiting for the secretariat (and the resolved ones when asked), by
    dossier number, member name and grid order."""
    with jury_file.reader() as session:
        query = (
            select(
                bm.BallotConflict, m.JuryMember.name, m.Dossier.ds_number, m.Dossier.candidate_name
            )
            .join(m.JuryMember, m.JuryMember.id == bm.BallotConflict.member_id)
            .join(m.Dossier, m.Dossier.id == bm.BallotConflict.dossier_id)
        )
        if not include_resolved:
            query = query.where(bm.BallotConflict.resolved_at.is_(None))
        labels = {
            code: (label, index)
            for index, (code, label) in enumerate(
                session.execute(
                    select(m.Criterion.code, m.Criterion.label)
                    .join(m.Domain, m.Domain.id == m.Criterion.domain_id)
                    .order_by(m.Domain.position, m.Criterion.position)
                )
            )
        }
        values: dict[int, ballot_merge.MemberValues] = {}
        rows = []
        for c, name, ds_number, candidate in session.execute(query):
            kind, code = ballot_merge.item_kind(c.item)
            if c.resolved_at is None:
                if c.member_id not in values:
                    values[c.member_id] = ballot_merge.MemberValues(session, c.member_id)
                file_value = values[c.member_id].current(c.dossier_id, c.item)
            else:
                file_value = (c.file_value or {}).get("value")
            rows.append(
                ConflictRow(
                    id=c.id,
                    member_id=c.member_id,
                    member_name=name,
                    dossier_id=c.dossier_id,
                    ds_number=ds_number,
                    candidate_name=candidate,
                    kind=kind,
                    criterion_code=code,
                    criterion_label=labels.get(code, ("", 0))[0],
                    file_value=file_value,
                    ballot_value=(c.ballot_value or {}).get("value"),
                    ballot_updated_at=c.ballot_updated_at,
                    created_at=c.created_at,
                    resolution=c.resolution,
                    resolved_at=c.resolved_at,
                )
            )
        order = {"recusal": -1, "score": 0, "level": 1}
        rows.sort(
            key=lambda r: (
                r.ds_number,
                r.member_name,
                order.get(r.kind, 2),
                labels.get(r.criterion_code, ("", 0))[1],
                r.id,
            )
        )
        return rows


def resolve_conflict(jury_file: JuryFile, conflict_id: int, keep: Keep) -> None:
    """Settle a pending conflict: keep the ballot's value (written with the juror's time) or
    the file's. Refused for an unknown or already settled conflict, or a locked decision."""
    if keep not in ("ballot", "file"):
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "keep must be “ballot” or “file”, not {keep!r}"), keep=keep
        )
    with jury_file.transaction() as session:
        conflict = session.get(bm.BallotConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no ballot conflict number {conflict_id}"),
                conflict_id=conflict_id,
            )
        if conflict.resolved_at is not None:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the ballot conflict number {conflict_id} is already settled"
                ),
                conflict_id=conflict_id,
            )
        values = ballot_merge.MemberValues(session, conflict.member_id)
        ballot_value = (conflict.ballot_value or {}).get("value")
        file_value = values.current(conflict.dossier_id, conflict.item)
        member = session.get(m.JuryMember, conflict.member_id)
        member_name = member.name if member else str(conflict.member_id)
        if keep == "ballot":
            if conflict.dossier_id in values.locked:
                raise RuleError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the decision on this dossier is locked: its scores can no longer change",
                    )
                )
            values.write(
                conflict.dossier_id,
                conflict.item,
                ballot_value,
                conflict.ballot_updated_at,
                f"ballot of {member_name}, chosen by {jury_file.actor}",
            )
            values.remember(
                conflict.dossier_id,
                conflict.item,
                ballot_value,
                conflict.ballot_updated_at,
                written=True,
            )
        conflict.file_value = {"value": file_value}
        conflict.resolved_at = utcnow()
        conflict.resolution = keep
        conflict.resolved_by = jury_file.actor[:300]
        dossier = session.get(m.Dossier, conflict.dossier_id)
        audit.record(
            session,
            jury_file.actor,
            "ballot.conflict_resolved",
            conflict=conflict_id,
            member_id=conflict.member_id,
            dossier=dossier.ds_number if dossier else conflict.dossier_id,
            item=conflict.item,
            keep=keep,
            file_value=file_value,
            ballot_value=ballot_value,
        )


def describe_value(kind: str, value: dict[str, Any] | None) -> str:
    """A value in plain English, for the command line (the GUI words its own)."""
    if value is None:
        return "(empty)" if kind != "recusal" else "(not stepped aside)"
    if kind == "score":
        shown = "no opinion" if value.get("no_opinion") else str(value.get("value", "–"))
        if value.get("value") is None and not value.get("no_opinion"):
            shown = "(no score)"
        comment = value.get("comment") or ""
        return f"{shown} — “{comment}”" if comment else shown
    if kind == "level":
        level = value.get("proposed_level")
        note = value.get("general_note") or ""
        shown = f"level {level}" if level is not None else "(no level)"
        return f"{shown} — “{note}”" if note else shown
    return f"stepped aside: {value.get('reason', '')}"
