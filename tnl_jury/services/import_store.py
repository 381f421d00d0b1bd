"""Writing a parsed export into the jury file: the plan, the dossiers and their answers (the
attachments: :mod:`tnl_jury.services.import_attachments`).

Helpers of :mod:`tnl_jury.services.importing`, which owns the transaction. Everything here
works inside one session and writes in bulk (a few statements per table, never one query per
dossier). Attachment bytes are streamed into SQLite's incremental blob I/O, so memory stays
bounded by the chunk size whatever the size of a file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.io.ds.parse import ParsedAnswer, ParsedDossier, ParsedExport, SkippedDossier
from tnl_jury.services.import_digest import dossier_digest, side_digest
from tnl_jury.storage import models as m

_IN_CHUNK = 500  # ids per "IN (…)" clause


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


@dataclass
class Plan:
    """What an import will do, dossier by dossier (computed from digests, then answers)."""

    new: list[ParsedDossier] = field(default_factory=list)
    changed: list[tuple[int, ParsedDossier]] = field(default_factory=list)
    unchanged: list[tuple[int, ParsedDossier]] = field(default_factory=list)
    skipped: list[SkippedDossier] = field(default_factory=list)
    skipped_existing: list[tuple[int, SkippedDossier]] = field(default_factory=list)
    missing: list[tuple[int, str]] = field(default_factory=list)  # (id, number), not flagged yet
    still_missing: list[str] = field(default_factory=list)
    back: list[int] = field(default_factory=list)  # flagged missing, present again
    started: set[int] = field(default_factory=set)  # dossiers a juror has started scoring
    digests: dict[str, str] = field(default_factory=dict)
    side_digests: dict[str, str] = field(default_factory=dict)
    # The export has no side sheets (a csv): the stored block rows and notes are kept.
    keep_side: bool = False
    ids: dict[str, int] = field(default_factory=dict)  # every dossier of the file, by number


def make_plan(session: Session, parsed: ParsedExport) -> Plan:
    """Compare the parsed export with the file's dossiers (a handful of queries)."""
    plan = Plan(skipped=list(parsed.skipped), keep_side=not parsed.has_side_sheets)
    existing = {
        number: (id_, digest, missing, side)
        for id_, number, digest, missing, side in session.execute(
            select(
                m.Dossier.id,
                m.Dossier.ds_number,
                m.Dossier.import_digest,
                m.Dossier.missing_from_last_import,
                m.Dossier.import_side_digest,
            )
        )
    }
    plan.ids = {number: row[0] for number, row in existing.items()}
    plan.started = started_dossiers(session)
    seen: set[str] = set()
    for d in parsed.dossiers:
        seen.add(d.number)
        digest = plan.digests[d.number] = dossier_digest(d)
        side = plan.side_digests[d.number] = side_digest(d)
        found = existing.get(d.number)
        if found is None:
            plan.new.append(d)
            continue
        id_, old_digest, missing, old_side = found
        same = old_digest == digest and (plan.keep_side or old_side == side)
        (plan.unchanged if same else plan.changed).append((id_, d))
        if missing:
            plan.back.append(id_)
    for s in parsed.skipped:
        seen.add(s.number)
        found = existing.get(s.number)
        if found is not None:
            plan.skipped_existing.append((found[0], s))
            if found[2]:
                plan.back.append(found[0])
    for number, (id_, _, missing, _) in sorted(existing.items()):
        if number not in seen:
            if missing:
                plan.still_missing.append(number)
            else:
                plan.missing.append((id_, number))
    return plan


def started_dossiers(session: Session) -> set[int]:
    """Dossiers that at least one juror has started scoring (a score, a mark, a status)."""
    scored = select(m.Score.dossier_id).where(m.Score.value.is_not(None) | m.Score.no_opinion)
    progressed = select(m.MemberDossier.dossier_id).where(
        m.MemberDossier.status != ProgressStatus.NOT_STARTED.value
    )
    return set(session.scalars(scored.union(progressed)))


@dataclass
class AnswerChanges:
    """What changed in the answers of the changed dossiers."""

    differing: set[int] = field(default_factory=set)  # dossier ids whose answers differ
    old_answers: dict[int, dict[tuple[str, int], tuple[Any, ...]]] = field(default_factory=dict)
    old_blocks: dict[int, dict[tuple[str, int], tuple[Any, ...]]] = field(default_factory=dict)


def compare_answers(
    session: Session, changed: list[tuple[int, ParsedDossier]], keep_side: bool = False
) -> AnswerChanges:
    """Load the stored answers and block rows of ``changed`` and find which really differ
    (``keep_side``: the export carries no block rows, which are then not compared)."""
    result = AnswerChanges()
    ids = [id_ for id_, _ in changed]
    for chunk in _chunks(ids):
        rows = session.execute(
            select(
                m.Answer.dossier_id,
                m.Answer.label,
                m.Answer.occurrence,
                m.Answer.value_type,
                m.Answer.value,
                m.Answer.companions,
                m.Answer.changed_at,
            ).where(m.Answer.dossier_id.in_(chunk))
        )
        for dossier_id, label, occurrence, value_type, value, companions, changed_at in rows:
            result.old_answers.setdefault(dossier_id, {})[(label, occurrence)] = (
                value_type,
                value,
                companions or {},
                changed_at,
            )
        blocks = session.execute(
            select(
                m.AnswerBlockRow.dossier_id,
                m.AnswerBlockRow.block_key,
                m.AnswerBlockRow.row_number,
                m.AnswerBlockRow.cells,
                m.AnswerBlockRow.changed_at,
            ).where(m.AnswerBlockRow.dossier_id.in_(chunk))
        )
        for dossier_id, block_key, row_number, cells, changed_at in blocks:
            result.old_blocks.setdefault(dossier_id, {})[(block_key, row_number)] = (
                cells,
                changed_at,
            )
    for id_, d in changed:
        old = result.old_answers.get(id_, {})
        new = {(a.label, a.occurrence): (a.value_type, a.value, a.companions) for a in d.answers}
        old_blocks = result.old_blocks.get(id_, {})
        new_blocks = {(b.block_key, b.row_number): _cells(b.cells) for b in d.blocks}
        if (
            old.keys() != new.keys()
            or any(old[k][:3] != v for k, v in new.items())
            or (
                not keep_side
                and (
                    old_blocks.keys() != new_blocks.keys()
                    or any(old_blocks[k][0] != v for k, v in new_blocks.items())
                )
            )
        ):
            result.differing.add(id_)
    return result


def _cells(cells: Iterable[ParsedAnswer]) -> list[dict[str, Any]]:
    return [
        {
            "label": c.label,
            "occurrence": c.occurrence,
            "value_type": c.value_type,
            "value": c.value,
            "companions": c.companions,
        }
        for c in cells
    ]


def _dossier_values(d: ParsedDossier, digest: str, side: str | None) -> dict[str, Any]:
    """The dossier's columns; ``side`` None leaves its side digest as it is (a csv)."""
    return {
        **({} if side is None else {"import_side_digest": side}),
        "ds_number": d.number,
        "candidate_name": d.candidate_name[:300],
        "kind": d.kind,
        "departement_code": d.departement_code,
        "official_name": d.official_name[:300],
        "official_function": d.official_function[:300],
        "referent_name": d.referent_name[:300],
        "registry_name": d.registry_name[:300],
        "postal_address": d.postal_address[:700],
        "ds_state": d.state[:50],
        "deposited_at": d.deposited_at,
        "import_digest": digest,
        "missing_from_last_import": False,
    }


def write_dossiers(
    session: Session,
    plan: Plan,
    changes: AnswerChanges,
    now: dt.datetime,
    step: Callable[[int, str], None],
) -> list[str]:
    """Insert the new dossiers, rewrite the changed ones, set the flags; return the numbers
    of the dossiers flagged because their answers changed after scoring started."""
    if plan.new:
        session.execute(
            insert(m.Dossier),
            [
                {
                    **_dossier_values(d, plan.digests[d.number], plan.side_digests[d.number]),
                    "imported_at": now,
                }
                for d in plan.new
            ],
        )
        # A Result has .keys(): dict.update would read it as a mapping, so iterate explicitly.
        for number, id_ in session.execute(
            select(m.Dossier.ds_number, m.Dossier.id).where(
                m.Dossier.ds_number.in_([d.number for d in plan.new])
            )
        ):
            plan.ids[number] = id_
    step(len(plan.new), "new dossiers")
    changed_ids = [id_ for id_, _ in plan.changed]
    rewritten = (m.Answer,) if plan.keep_side else (m.Answer, m.AnswerBlockRow, m.DsNote)
    for chunk in _chunks(changed_ids):
        for model in rewritten:
            session.execute(delete(model).where(model.dossier_id.in_(chunk)))
    flagged: list[str] = []
    updates = []
    for id_, d in plan.changed:
        side = None if plan.keep_side else plan.side_digests[d.number]
        values = {"id": id_, **_dossier_values(d, plan.digests[d.number], side), "imported_at": now}
        if id_ in changes.differing and id_ in plan.started:
            values["answers_changed_at"] = now
            flagged.append(d.number)
        updates.append(values)
    if updates:
        session.execute(update(m.Dossier), updates)
    if plan.back:
        session.execute(
            update(m.Dossier), [{"id": i, "missing_from_last_import": False} for i in plan.back]
        )
    if plan.missing:
        session.execute(
            update(m.Dossier),
            [{"id": i, "missing_from_last_import": True} for i, _ in plan.missing],
        )
    states = [{"id": i, "ds_state": s.state[:50]} for i, s in plan.skipped_existing]
    if states:
        session.execute(update(m.Dossier), states)
    _insert_contents(session, plan, changes, now, flagged_ids=set(changes.differing) & plan.started)
    step(len(plan.changed), "changed dossiers")
    return flagged


def _insert_contents(
    session: Session, plan: Plan, changes: AnswerChanges, now: dt.datetime, flagged_ids: set[int]
) -> None:
    """The answers, block rows and notes of the new and changed dossiers, in bulk."""
    answers: list[tuple[Any, ...]] = []
    blocks: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    to_db = _datetime_to_db(session)
    marked = None if now is None else to_db(now)
    targets = [(plan.ids[d.number], d) for d in plan.new] + plan.changed
    for id_, d in targets:
        old = changes.old_answers.get(id_)
        mark = marked if id_ in flagged_ids else None
        for a in d.answers:
            changed_at = mark
            if old:
                before = old.get((a.label, a.occurrence))
                if before is not None and before[:3] == (a.value_type, a.value, a.companions):
                    # Keep an earlier mark on an unchanged answer; mark the changed ones only
                    # when a juror has started scoring (nobody needs to see them before that).
                    changed_at = None if before[3] is None else to_db(before[3])
            answers.append(
                (
                    id_,
                    a.position,
                    a.label,
                    a.occurrence,
                    a.value_type,
                    a.value,
                    json.dumps(a.companions) if a.companions else "{}",
                    changed_at,
                )
            )
        old_blocks = changes.old_blocks.get(id_, {})
        for position, b in enumerate(d.blocks):
            cells = _cells(b.cells)
            before_block = old_blocks.get((b.block_key, b.row_number))
            same = before_block is not None and before_block[0] == cells
            blocks.append(
                {
                    "dossier_id": id_,
                    "position": position,
                    "block_key": b.block_key[:100],
                    "block_label": b.block_label,
                    "row_number": b.row_number,
                    "cells": cells,
                    "changed_at": before_block[1]
                    if same and before_block
                    else (now if mark else None),
                }
            )
        for position, n in enumerate(d.notes):
            notes.append(
                {
                    "dossier_id": id_,
                    "position": position,
                    "question": n.question,
                    "answer": n.answer,
                    "author": n.author[:300],
                    "cells": [list(c) for c in n.cells],
                }
            )
    if answers:
        _insert_answers(session, answers)
    for model, rows in ((m.AnswerBlockRow, blocks), (m.DsNote, notes)):
        if rows:
            session.execute(insert(model), rows)


def _insert_answers(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert answer rows (tuples in ``_ANSWER_COLUMNS`` order) in bulk.

    Answers are the bulk of an import (dossiers × questions): they go straight to the driver,
    values prepared by the caller as the ORM would store them (companions as JSON text, times
    through the column type), ``_ROWS_PER_INSERT`` rows per statement. This is several times
    faster than the ORM's bulk insert, and a fifth faster than one row per statement.
    """
    one = "(" + ", ".join("?" for _ in _ANSWER_COLUMNS) + ")"
    head = f"INSERT INTO {m.Answer.__tablename__} ({', '.join(_ANSWER_COLUMNS)}) VALUES "
    connection = session.connection()
    whole = len(rows) - len(rows) % _ROWS_PER_INSERT
    if whole:
        flat = [value for row in rows[:whole] for value in row]
        width = _ROWS_PER_INSERT * len(_ANSWER_COLUMNS)
        connection.exec_driver_sql(
            head + ", ".join([one] * _ROWS_PER_INSERT),
            [tuple(flat[i : i + width]) for i in range(0, len(flat), width)],
        )
    if rows[whole:]:
        rest = rows[whole:]
        connection.exec_driver_sql(
            head + ", ".join([one] * len(rest)), tuple(v for row in rest for v in row)
        )


_ROWS_PER_INSERT = 100  # 800 parameters per statement: far below SQLite's limit of 32,766
_ANSWER_COLUMNS = (
    "dossier_id",
    "position",
    "label",
    "occurrence",
    "value_type",
    "value",
    "companions",
    "changed_at",
)


def _datetime_to_db(session: Session) -> Callable[[dt.datetime], Any]:
    """How the DateTime column type writes a time for this database."""
    processor = m.Answer.__table__.c.changed_at.type.bind_processor(session.get_bind().dialect)
    return processor if processor is not None else (lambda value: value)
