"""Composite reads (the minutes' record, the decision form) read one moment of the file: one
read transaction, whatever another connection commits meanwhile."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from tnl_jury.services import deliberation, members
from tnl_jury.services.deliberation_view import decision_context
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.records import build_results_record
from tnl_jury.storage.jury_file import JuryFile


@contextmanager
def counted_transactions(jf: JuryFile) -> Iterator[list[int]]:
    """How many transactions (SQLAlchemy's ``begin`` events) start inside the block."""
    begun = [0]

    def begin(_conn: Any) -> None:
        begun[0] += 1

    event.listen(jf.engine, "begin", begin)
    try:
        yield begun
    finally:
        event.remove(jf.engine, "begin", begin)


def _held(path: Path) -> JuryFile:
    jf = create_demo(path, DemoSize(dossiers=3, members=4))
    deliberation.set_attendance(jf, {m.id: True for m in members.list_members(jf)})
    deliberation.set_meeting(jf, place="Montpellier")
    return jf


def test_the_minutes_record_is_read_in_one_transaction(tmp_path: Path) -> None:
    """It used to open one per service it called (audit head, edition, grid, meeting, details,
    counts, members, recusals, results, scores, letterhead…)."""
    with _held(tmp_path / "j.tnlj") as jf:
        build_results_record(jf)  # warm the caches: count only the record's own reads
        with counted_transactions(jf) as begun:
            record = build_results_record(jf)
        assert begun[0] == 1
        assert record.meeting is not None and record.meeting.place == "Montpellier"


def test_the_decision_form_is_read_in_one_transaction(tmp_path: Path) -> None:
    with _held(tmp_path / "j.tnlj") as jf:
        with counted_transactions(jf) as begun:
            context = decision_context(jf, 1)
        assert begun[0] == 1
        assert context.results.dossier_id == 1


def test_a_snapshot_does_not_see_a_commit_made_meanwhile(tmp_path: Path) -> None:
    with _held(tmp_path / "j.tnlj") as jf:
        with jf.snapshot():
            before = deliberation.get_meeting(jf).place
            other = sqlite3.connect(jf.path)  # another writer, as another process would be
            other.execute("UPDATE meeting SET place = 'Nîmes'")
            other.commit()
            other.close()
            assert deliberation.get_meeting(jf).place == before == "Montpellier"
        assert deliberation.get_meeting(jf).place == "Nîmes"


def test_the_dossier_view_is_read_in_one_transaction(tmp_path: Path) -> None:
    from tnl_jury.services.deliberation_view import dossier_view

    with _held(tmp_path / "j.tnlj") as jf:
        with counted_transactions(jf) as begun:
            dossier_view(jf, 1)
        assert begun[0] == 1
