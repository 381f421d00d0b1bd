"""A demo jury file for the output screens' tests: a meeting (one member absent) and three
decisions recorded through the deliberation service."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tnl_jury.services import deliberation, members
from tnl_jury.services.demo import DemoSize, create_demo

DECISIONS = ((1, 3), (2, 0), (3, 5))  # (dossier id, level)


def decided_demo(folder: Path) -> Path:
    """Create ``folder/demo.tnlj`` (12 dossiers, 6 members, the last one absent) with three
    decisions; return its path, closed."""
    path = folder / "demo.tnlj"
    with create_demo(path, DemoSize(dossiers=12, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})
        deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
        for dossier_id, level in DECISIONS:
            deliberation.record_decision(
                jf,
                dossier_id,
                level,
                votes_for=4,
                votes_against=1,
                abstentions=0,
                motivation=f"Motivation du niveau {level}.",
            )
    return path
