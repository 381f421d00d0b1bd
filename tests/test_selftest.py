"""``tnl-jury --self-test`` (not frozen): every step passes and the user's files stay untouched.

The build scripts run the same command on the frozen app (packaging/build-linux.sh, the
Windows workflow); here it proves the steps themselves are right.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import run_cli

from tnl_jury.selftest import STEPS


def test_self_test_passes_every_step_and_leaves_no_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = run_cli(
        "--self-test",
        cwd=home,
        env={"TMPDIR": str(scratch), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")},
    )
    assert done.code == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"tnl-jury \S+ self-test \(linux, not frozen\)", lines[0])
    ok_lines = [line for line in lines if re.match(r"\[\d/\d\] .*: ok \(", line)]
    assert len(ok_lines) == len(STEPS) == 9
    assert "FAILED" not in done.stdout
    assert lines[-1].startswith("self-test passed")
    gui_line = ok_lines[-1]
    assert "6 dossiers listed, French menus, icon loaded" in gui_line
    # Everything happened in a temporary folder, removed afterwards; nothing in the user's.
    assert list(scratch.iterdir()) == []
    assert list(home.iterdir()) == []


def test_self_test_is_listed_in_the_help(tmp_path: Path) -> None:
    shown = run_cli("--help", cwd=tmp_path)
    assert shown.code == 0
    assert "--self-test" in shown.stdout
