"""Issue 13, case 5: the president's casting vote is recorded with the vote and shown.

A tie (2 for, 2 against, 1 abstention) decided by the president's casting vote reads so in the
minutes ("adoptée avec la voix prépondérante du président"), in ``results --json`` and in the
spreadsheet; a vote won outright does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tnl_jury.domain.meeting import Ballot
from tnl_jury.services import deliberation, members, outputs
from tnl_jury.services.demo import DemoSize, create_demo

TIED, CLEAR = 1, 2  # dossier ids


@pytest.fixture(scope="module")
def jury(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("casting") / "jury.tnlj"
    with create_demo(path, DemoSize(dossiers=3, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})  # 5 present
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        result = deliberation.record_decision(
            jf, TIED, 3, votes_for=2, votes_against=2, abstentions=1, motivation="Partagé.",
            president_ballot=Ballot.FOR,
        )  # fmt: skip
        assert result.adopted and result.by_casting_vote
        deliberation.record_decision(
            jf, CLEAR, 2, votes_for=4, votes_against=1, abstentions=0, motivation="Net.",
            president_ballot=Ballot.FOR,
        )  # fmt: skip
    return path


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests"},
    )  # fmt: skip


def test_results_json_says_which_decision_the_casting_vote_carried(jury: Path) -> None:
    r = _cli("results", jury, "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    votes = {row["dossier"]: row["decision"]["vote"] for row in rows if row["decision"]}
    assert sorted(v["casting_vote"] for v in votes.values()) == [False, True]
    tied = next(v for v in votes.values() if v["for"] == v["against"])
    assert tied == {"for": 2, "against": 2, "abstentions": 1, "casting_vote": True}


def test_the_minutes_print_it(jury: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "pv.pdf"
    assert _cli("minutes", jury, pdf).returncode == 0
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "2 pour, 2 contre, 1 abstention ; adoptée avec la voix prépondérante du président" in (
        text
    )
    assert text.count("voix prépondérante du président") == 1  # not the clear vote


def test_the_spreadsheet_has_it(jury: Path, tmp_path: Path) -> None:
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(jury) as jf:
        (xlsx,) = outputs.export_results(jf, tmp_path / "r.xlsx")
    sheet = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_name("Décisions").to_python()
    header = sheet[0]
    column = header.index("Voix prépondérante")
    marks = sorted(str(row[column]) for row in sheet[1:] if row[header.index("Pour")] != "")
    assert marks == ["", "oui"]


def test_a_file_from_before_gets_its_casting_votes_from_the_audit_trail(
    jury: Path, tmp_path: Path
) -> None:
    """Upgrading a 0006 file: decisions carried by the casting vote are found in their
    decision.record events (the only place they were recorded)."""
    import shutil

    from helpers import migrate_file

    from tnl_jury.services import results
    from tnl_jury.storage.jury_file import open_jury_file

    old = tmp_path / "old.tnlj"
    shutil.copy(jury, old)
    migrate_file(old, "0007_member_certificates", downgrade=True)
    with open_jury_file(old) as jf:  # opening upgrades it (a backup is kept beside it)
        decided = {r.dossier_id: r.decision for r in results.compute_results(jf) if r.decision}
    assert decided[TIED] is not None and decided[TIED].by_casting_vote
    assert decided[CLEAR] is not None and not decided[CLEAR].by_casting_vote
