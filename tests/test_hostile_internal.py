"""Internal errors where a sentence is due (issue 18, item 7): an empty schema-version table,
a damaged page, a file that cannot be written in a folder that can, a member with a very long
name in the minutes, a backup cut short before an upgrade. Each is one sentence, exit 2,
nothing changed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import (
    CLI_TIMEOUT_S,
    hold_meeting,
    migrate_file,
    older_targets,
    run_cli,
    sha256_of,
    sqlite_dump,
)

from tnl_jury.domain import limits
from tnl_jury.domain.conditions import HardConditionError
from tnl_jury.services import members
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import JuryFileError, open_jury_file


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "jury.tnlj"
    create_demo(path, DemoSize(dossiers=4, members=3)).close()
    return path


def test_an_empty_schema_version_table_is_a_sentence(demo: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(demo)
    with conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    before = sha256_of(demo)
    for argv in (["info", demo], ["jurors", demo, "add", "X"]):
        line = run_cli(*argv, cwd=tmp_path).check_clean_failure()
        assert "schema version" in line and str(demo) in line
    assert sha256_of(demo) == before
    assert [p.name for p in demo.parent.iterdir() if "backup" in p.name] == []


def _damage_a_page(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def test_a_damaged_page_is_noticed_by_info_and_audit_verify(demo: Path, tmp_path: Path) -> None:
    _damage_a_page(demo, "audit_event")
    before = sha256_of(demo)
    for argv in (["info", demo], ["audit", demo, "verify"], ["results", demo]):
        done = run_cli(*argv, cwd=tmp_path)
        if argv[0] == "results" and done.code == 0:
            continue  # results read no damaged page: nothing to say
        line = done.check_clean_failure()
        assert "damaged" in line and str(demo) in line, argv
    assert sha256_of(demo) == before


def test_a_file_that_cannot_be_written_in_a_folder_that_can(demo: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("acting as a user whom the file's permissions stop needs root and setpriv")
    os.chown(demo, 65534, 65534)
    demo.chmod(0o444)
    before = sha256_of(demo)
    drop = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
    done = subprocess.run(
        [*drop, sys.executable, "-m", "tnl_jury", "jurors", str(demo), "add", "X"],
        capture_output=True, text=True, timeout=CLI_TIMEOUT_S,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert str(demo) in done.stderr and "cannot be written" in done.stderr
    assert "internal error" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert sha256_of(demo) == before


def test_a_member_name_at_its_limit_fits_in_the_minutes(demo: Path, tmp_path: Path) -> None:
    with open_jury_file(demo) as jf:
        members.add_member(jf, "Ébène " * (limits.NAME // 6))
    hold_meeting(demo)
    done = run_cli("minutes", demo, tmp_path / "minutes.pdf", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert (tmp_path / "minutes.pdf").stat().st_size > 1000


def test_a_longer_name_left_by_an_older_version_still_gives_minutes(
    demo: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(demo)
    with conn:
        conn.execute("UPDATE jury_member SET name = ? WHERE id = 1", ("Nom" * 1000,))
    conn.close()
    hold_meeting(demo)
    done = run_cli("minutes", demo, tmp_path / "minutes.pdf", cwd=tmp_path)
    assert done.code == 0, done.stderr  # the name is cut to its limit with "…"


def test_a_backup_cut_short_leaves_no_backup_file(tmp_path: Path, tmpfs: Path) -> None:
    path = tmpfs / "jury.tnlj"
    create_demo(path, DemoSize(dossiers=20, members=6)).close()
    migrate_file(path, older_targets()[-1], downgrade=True)
    dump = sqlite_dump(path)
    free = shutil.disk_usage(tmpfs).free
    (tmpfs / "filler").write_bytes(b"\0" * (free - path.stat().st_size // 2))
    with pytest.raises((HardConditionError, JuryFileError), match="disk is full"):
        open_jury_file(path)
    assert [p.name for p in tmpfs.iterdir() if "backup" in p.name] == []
    (tmpfs / "filler").unlink()
    assert sqlite_dump(path) == dump
    with open_jury_file(path) as jf:  # with room again, the upgrade goes through
        assert jf.backup_path is not None and jf.backup_path.stat().st_size > 0
