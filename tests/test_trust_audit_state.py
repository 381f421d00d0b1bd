"""Issue 13, case 4: the audit covers the state, not only the log.

Scores, decisions (and their votes), attendance, recusals and the jury changed with the
``sqlite3`` tool, without their audit event, make ``audit verify`` fail (exit 3) and name what
changed; every change made through the app keeps it passing. Real files, real subprocesses.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.services import audit, deliberation, members, scores, scoring
from tnl_jury.services.demo import DemoSize, create_demo


def verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo file worked on through the services: scores, a submission and a reopening, a
    recusal, attendance, a meeting and decisions."""
    path = tmp_path_factory.mktemp("state") / "jury.tnlj"
    with create_demo(path, DemoSize(dossiers=8, members=6)) as jf:
        scores.set_score(jf, 3, 8, "STRAT-1", 2, comment="Bien")
        members.recuse(jf, 2, 7, "Ancien agent de la commune")
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        for dossier_id, level in ((1, 5), (2, 3)):
            eligible = len(deliberation.voters(jf, dossier_id).eligible)
            deliberation.record_decision(
                jf, dossier_id, level, votes_for=eligible, votes_against=0, abstentions=0,
                motivation="Motivé.",
            )  # fmt: skip
        for criterion in scoring.missing_criteria(jf, 4, 8):
            scores.set_score(jf, 4, 8, criterion.code, 1)
        scoring.submit(jf, 4, 8)
        scoring.reopen(jf, 4, 8)
        assert audit.check_state(jf).ok
    return path


def test_changes_made_through_the_app_pass(decided: Path) -> None:
    r = verify(decided)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "audit trail intact" in r.stdout
    assert "scores, decisions, votes, attendance and recusals match the audit trail" in r.stdout


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE decision SET level = 1 WHERE level = 5", "decisions"),
        ("UPDATE decision SET votes_against = votes_against + 1", "decisions"),
        ("UPDATE score SET value = 0 WHERE id = (SELECT MIN(id) FROM score)", "scores"),
        ("DELETE FROM score WHERE id = (SELECT MAX(id) FROM score)", "scores"),
        ("UPDATE attendance SET present = 1", "attendance"),
        ("DELETE FROM recusal", "recusals"),
        ("UPDATE member_dossier SET status = 'submitted'", "scoring progress"),
        ("UPDATE jury_member SET name = 'Quelqu''un' WHERE id = 5", "jury members"),
    ],
)
def test_edits_behind_the_apps_back_are_caught(
    decided: Path, tmp_path: Path, sql: str, named: str
) -> None:
    path = tmp_path / "jury.tnlj"
    shutil.copy(decided, path)
    with sqlite3.connect(path) as db:
        assert db.execute(sql).rowcount >= 1
    r = verify(path)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "audit trail intact" in r.stdout  # the log alone cannot see it…
    assert f"CHANGED outside tnl-jury: {named}" in r.stdout  # …the state can


def test_help_says_what_cannot_be_detected() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", "--help"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    text = " ".join(r.stdout.split())
    assert "cannot detect" in text and "signed minutes and signed ballots" in text
