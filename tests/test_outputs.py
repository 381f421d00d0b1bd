"""Documents made from a real jury file, end to end: services and CLI."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tnl_jury.services import audit, deliberation, members, outputs, results
from tnl_jury.storage.jury_file import JuryFile


def _decide(jf: JuryFile) -> None:
    ids = [m.id for m in members.list_members(jf)]
    deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})
    deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
    for did, level in ((1, 3), (2, 0), (3, 5)):
        deliberation.record_decision(
            jf,
            did,
            level,
            votes_for=4,
            votes_against=1,
            abstentions=0,
            motivation=f"Motivation « {level} » œuvrée.",
        )


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_spreadsheet_from_a_jury_file(demo_file: JuryFile, tmp_path: Path) -> None:
    _decide(demo_file)
    (xlsx,) = outputs.export_results(demo_file, tmp_path / "résultats.xlsx")
    book = CalamineWorkbook.from_path(str(xlsx))
    assert book.sheet_names == ["Décisions", "Palmarès", "Notes détaillées", "Jury"]
    decisions = book.get_sheet_by_name("Décisions").to_python()
    assert len(decisions) == 1 + 12  # header + every dossier
    names = {row[1] for row in decisions[1:]}
    assert {r.candidate_name for r in results.compute_results(demo_file)} == names
    assert audit.list_events(demo_file, 1)[0].action == "export.results"


def test_minutes_letters_and_list_via_cli_then_signing_locks(
    demo_file: JuryFile, tmp_path: Path
) -> None:
    _decide(demo_file)
    jury = str(demo_file.path)
    demo_file.close()
    pdf = tmp_path / "pv.pdf"
    assert _cli("minutes", jury, str(pdf)).returncode == 0
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Montpellier" in text and "œuvrée" in text
    assert _cli("letters", jury, str(tmp_path / "lettres")).returncode == 0
    assert len(list((tmp_path / "lettres").glob("*.pdf"))) == 3
    assert _cli("published", jury, str(tmp_path / "liste.pdf")).returncode == 0
    bad = _cli("minutes", jury, str(tmp_path / "pv.txt"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1

    env = {"TNL_JURY_PASSPHRASE": "member-passphrase", "TNL_JURY_CA_PASSPHRASE": "ca-secret-1"}
    assert (
        _cli(
            "keys", "new-ca", "--name", "Jury 2026", "--out-dir", str(tmp_path / "ca"), env=env
        ).returncode
        == 0
    )
    key = tmp_path / "pres.p12"
    assert (
        _cli(
            "keys",
            "new-member",
            "--name",
            "Claire Duval",  # the demo's president: the first box
            "--out",
            str(key),
            "--ca-dir",
            str(tmp_path / "ca"),
            env=env,
        ).returncode
        == 0
    )
    signed = _cli("sign", str(pdf), "--key", str(key), "--jury-file", jury, env=env)
    assert signed.returncode == 0, signed.stderr
    assert "3 decisions locked" in signed.stdout
    verified = _cli(
        "verify", str(pdf), "--trust", str(tmp_path / "ca" / "ca-cert.pem"), "--partial"
    )
    assert verified.returncode == 0, verified.stdout
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(jury) as jf:
        locked = [r for r in results.compute_results(jf) if r.status == "locked"]
        assert len(locked) == 3
        assert audit.list_events(jf, 1)[0].action == "decision.lock_all"


@pytest.mark.parametrize("suffix", [".ods", ".csv"])
def test_export_cli_other_formats(demo_file: JuryFile, tmp_path: Path, suffix: str) -> None:
    _decide(demo_file)
    jury = str(demo_file.path)
    demo_file.close()
    out = tmp_path / f"r{suffix}"
    done = _cli("export", jury, str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    assert _cli("export", jury, str(tmp_path / "r.pdf")).returncode == 2
