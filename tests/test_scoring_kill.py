"""Never lose a score: the scoring process is really killed (SIGKILL, no clean-up of any kind)
in the middle of scoring, and every score it reported as saved is in the jury file.

Two children: ``scoring_kill_child.py`` calls the scoring service in a loop;
``scoring_kill_gui_child.py`` runs the real application offscreen and types the scores into the
scoring screen (background write queue included)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.services import scores
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import open_jury_file

TESTS = Path(__file__).resolve().parent
CHILD = TESTS / "scoring_kill_child.py"
GUI_CHILD = TESTS / "scoring_kill_gui_child.py"
SAFETY_TIMEOUT_S = 300  # only so that a broken child cannot hang the test run

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

Saved = dict[tuple[int, int, str], str]


def _parse(line: str) -> tuple[tuple[int, int, str], str] | None:
    """``saved M D C V`` -> ((M, D, C), V); anything else (a torn last line) -> None."""
    parts = line.split()
    if len(parts) != 5 or parts[0] != "saved" or not line.endswith("\n"):
        return None
    return (int(parts[1]), int(parts[2]), parts[3]), parts[4]


def _score_then_kill(argv: list[str], kill_after: int) -> Saved:
    """Run the child ``argv``, SIGKILL it once ``kill_after`` scores are reported saved, and
    return every score it reported (those still in the pipe included)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    saved: Saved = {}
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        while len(saved) < kill_after:
            line = child.stdout.readline()
            assert line, f"the child stopped early: {child.stderr.read() if child.stderr else ''}"
            parsed = _parse(line)
            assert parsed is not None, line
            saved[parsed[0]] = parsed[1]
        child.send_signal(signal.SIGKILL)  # mid-loop: it is busy scoring the next ones
        rest, _ = child.communicate(timeout=SAFETY_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, "the child must die by the kill, not finish"
    for line in rest.splitlines(keepends=True):  # printed before the kill, not read yet
        parsed = _parse(line)
        if parsed is not None:
            saved[parsed[0]] = parsed[1]
    return saved


@pytest.mark.parametrize(
    ("child", "kill_after"),
    [("services", 1), ("services", 40), ("services", 250), ("gui", 30)],
)
def test_every_score_saved_before_a_kill_is_in_the_file(
    tmp_path: Path, child: str, kill_after: int
) -> None:
    path = tmp_path / "kill.tnlj"
    create_demo(path, DemoSize(dossiers=12, members=6, scored_share=0.0)).close()
    if child == "gui":
        argv = [str(GUI_CHILD), str(path), str(tmp_path / "settings")]
    else:
        argv = [str(CHILD), str(path)]

    saved = _score_then_kill(argv, kill_after)

    assert len(saved) >= kill_after
    with open_jury_file(path) as jf:  # the writer's lock is free again: a crash releases it
        stored = {
            (row.member_id, row.dossier_id, row.criterion_code): (
                "no-opinion" if row.no_opinion else str(row.value)
            )
            for row in scores.list_scores(jf)
            if row.value is not None or row.no_opinion
        }
    missing = {key: value for key, value in saved.items() if stored.get(key) != value}
    assert missing == {}, f"{len(missing)} saved scores lost or changed: {missing}"
    # Nothing else either: at most the one score committed just before the kill hit, before
    # its line could be printed.
    assert len(saved) <= len(stored) <= len(saved) + 1
    assert "no-opinion" in saved.values() or kill_after < 6

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
