"""A member without a deliberative vote (issue #16): present, but not counted toward the quorum
nor among the voters, and not scoring; the minutes list them among those present without a
vote. The migration 0012 adds the flag, true for existing members."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tnl_jury.domain.errors import RuleError
from tnl_jury.services import deliberation, members, scores
from tnl_jury.services.dossiers import NewDossier, add_dossiers
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import JuryFile
from helpers import migrate_file, stored_revision


def test_migration_0012_adds_voting_true_and_takes_it_back(tmp_path: Path) -> None:
    path = tmp_path / "older.tnlj"
    with new_jury_file(path, year=2026):
        pass
    migrate_file(path, "0011_postal_address", downgrade=True)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO jury_member (name, organisation, role, active) "
                   "VALUES ('Claire Duval', 'April', 'president', 1)")  # fmt: skip
    db.close()
    migrate_file(path, "0012_member_voting", downgrade=False)
    assert stored_revision(path) == "0012_member_voting"
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name, voting FROM jury_member").fetchall()
    db.close()
    assert rows == [("Claire Duval", 1)]
    migrate_file(path, "0011_postal_address", downgrade=True)
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(jury_member)")]
    db.close()
    assert "voting" not in columns and "active" in columns
