"""A full disk is a full disk: every command says so in one sentence (exit 2), naming the
file, never "damaged" and never an internal error; nothing is lost. On a real small tmpfs,
as root; skipped with a reason otherwise."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from helpers import hold_meeting, run_cli, sqlite_dump

from tnl_jury.domain.conditions import HardConditionError, hard_condition
from tnl_jury.services.demo import DemoSize, create_demo


def fill(folder: Path, leave_kb: int) -> None:
    """Fill the file system of ``folder`` until only about ``leave_kb`` KB are free."""
    filler = folder / "filler"
    free_kb = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize // 1024
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, (free_kb - leave_kb) * 1024))


@pytest.mark.parametrize("leave_kb", [0, 40])
def test_a_full_disk_is_said_in_one_sentence(
    tmp_path: Path,
    tmpfs: Path,
    leave_kb: int,
) -> None:
    path = tmpfs / "jury.tnlj"
    create_demo(path, DemoSize(dossiers=5, members=3)).close()
    hold_meeting(path)  # the minutes need one
    dump = sqlite_dump(path)
    fill(tmpfs, leave_kb)
    commands = [
        ["jurors", path, "add", "Zoé"],
        ["minutes", path, tmpfs / "minutes.pdf"],
        ["export", path, tmpfs / "results.xlsx"],
    ]
    if leave_kb == 0:
        commands += [["info", path], ["results", path], ["audit", path, "verify"]]
    for argv in commands:  # one after the other: the writers take the lock in turn
        done = run_cli(*argv, cwd=tmp_path)
        if done.code == 0 and argv[0] in {"info", "results", "audit"}:
            continue  # reading needed no space: fine
        assert done.code == 2, (argv, done.stderr)
        assert "the disk is full" in done.stderr, (argv, done.stderr)
        assert "damaged" not in done.stderr and "internal error" not in done.stderr
        assert len(done.stderr.splitlines()) == 1
    (tmpfs / "filler").unlink()
    assert sqlite_dump(path) == dump  # nothing lost, nothing half-written
    assert not (tmpfs / "minutes.pdf").exists() and not (tmpfs / "results.xlsx").exists()


def test_the_conditions_are_told_apart() -> None:
    full = hard_condition(sqlite3.OperationalError("database or disk is full"), "/x/j.tnlj")
    assert isinstance(full, HardConditionError) and "disk is full" in str(full)
    assert "/x/j.tnlj" in str(full)
    damaged = hard_condition(sqlite3.DatabaseError("database disk image is malformed"), "j")
    assert damaged is not None and "damaged" in str(damaged)
    denied = hard_condition(PermissionError(13, "Permission denied", "/x/out.pdf"))
    assert denied is not None and "/x/out.pdf: permission denied" in str(denied)
    assert hard_condition(ValueError("bug")) is None
    wrapped = RuntimeError("outer")
    wrapped.__cause__ = OSError(28, "No space left on device", "/x/f")
    assert "disk is full" in str(hard_condition(wrapped))


def test_an_import_on_a_nearly_full_disk_is_said_and_changes_nothing(
    tmp_path: Path, tmpfs: Path
) -> None:
    from test_import_support import D, make_export, write_zip

    path = tmpfs / "jury.tnlj"
    assert run_cli("new", path, cwd=tmp_path).code == 0
    dump = sqlite_dump(path)
    export = make_export(tmp_path / "export", [D(1001), D(1002)])
    piece = b"%PDF-1.4\n" + os.urandom(400_000)  # more than is left
    attachments = write_zip(
        tmp_path / "pieces.zip",
        [("export/dossier-1001/pieces_justificatives/rapport.pdf", piece)],
    )
    fill(tmpfs, 60)
    done = run_cli("import", path, export, "--attachments", attachments, cwd=tmp_path)
    line = done.check_clean_failure()
    assert "the disk is full" in line and str(path) in line
    (tmpfs / "filler").unlink()
    assert sqlite_dump(path) == dump
