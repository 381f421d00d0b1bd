"""Issue 13, case 9: the minutes name who really chaired, and need a meeting that took place.

The chair is the jury's president when present, otherwise whoever the meeting names among the
members present; with neither, or with no meeting recorded, no minutes and no published list
are written (exit 2, one line).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tnl_jury.services import deliberation, members
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import open_jury_file

PRESIDENT, STAND_IN = 1, 3  # Claire Duval (president), Nadia Nguyen


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests"},
    )  # fmt: skip


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _refused(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    return r.stderr


def test_no_minutes_or_published_list_without_a_meeting(tmp_path: Path) -> None:
    jury = tmp_path / "jury.tnlj"
    create_demo(jury, DemoSize(dossiers=3, members=4)).close()
    assert "no meeting" in _refused(run("minutes", jury, tmp_path / "pv.pdf"))
    assert "no meeting" in _refused(run("published", jury, tmp_path / "liste.pdf"))
    assert not (tmp_path / "pv.pdf").exists() and not (tmp_path / "liste.pdf").exists()


def test_an_absent_president_does_not_chair(tmp_path: Path) -> None:
    jury = tmp_path / "jury.tnlj"
    with create_demo(jury, DemoSize(dossiers=3, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != PRESIDENT for mid in ids})
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
    err = _refused(run("minutes", jury, tmp_path / "pv.pdf"))
    assert "Claire Duval" in err and "absent" in err

    with open_jury_file(jury) as jf:
        deliberation.set_meeting(jf, president_id=STAND_IN)
    pv = tmp_path / "pv.pdf"
    r = run("minutes", jury, pv)
    assert r.returncode == 0, r.stderr
    text = text_of(pv)
    assert "Présidence de séance : Nadia Nguyen" in text
    assert "Présidence de séance : Claire Duval" not in text


def test_a_present_president_chairs(tmp_path: Path) -> None:
    jury = tmp_path / "jury.tnlj"
    with create_demo(jury, DemoSize(dossiers=3, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, dict.fromkeys(ids, True))
        deliberation.set_meeting(jf, held_on=None, place="Montpellier", president_id=STAND_IN)
    pv = tmp_path / "pv.pdf"
    assert run("minutes", jury, pv).returncode == 0
    assert "Présidence de séance : Claire Duval" in text_of(pv)
