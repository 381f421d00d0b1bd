"""``tnl-jury package`` and ``tnl-jury ballot`` in real subprocesses (#7)."""

from __future__ import annotations

import json
from pathlib import Path

from ballot_helpers import base_file, file_state
from helpers import run_cli, run_cli_many

from tnl_jury.services import dossiers, scores
from tnl_jury.services.packages import package_info
from tnl_jury.storage.jury_file import open_jury_file


def test_packages_ballots_import_and_conflicts_from_the_command_line(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    everyone, missing_choice = run_cli_many(
        [["package", base, usb, "--all"], ["package", base, tmp_path / "x.tnlj"]], cwd=tmp_path
    )
    assert everyone.code == 0, everyone
    assert len(everyone.stdout.splitlines()) == 3
    assert "--member" in missing_choice.check_clean_failure()
    packages = sorted(usb.glob("package-*.tnlj"))
    assert len(packages) == 3

    with open_jury_file(base) as jf:
        number = dossiers.list_dossiers(jf)[0].ds_number
    member_of = {}
    for package in packages:
        with open_jury_file(package) as pk:
            info = package_info(pk)
            assert info is not None
            member_of[package] = info.member_id
            did = dossiers.find_dossier_id(pk, number)
            scores.set_score(pk, info.member_id, did, "A-1", 3, comment="Très bien")
    first = packages[0]
    with open_jury_file(base) as jf:  # a paper sheet of the first member, typed in
        did = dossiers.find_dossier_id(jf, number)
        scores.set_score(jf, member_of[first], did, "A-1", 1, entered_by="papier")

    exported = run_cli_many([["ballot", "export", p, usb] for p in packages], cwd=tmp_path)
    assert all(r.code == 0 for r in exported), exported
    ballots = sorted(usb.glob("ballot-*.tnlb"))
    assert len(ballots) == 3
    assert all("ballot no. 1 of" in r.stdout for r in exported)

    tampered = tmp_path / "tampered.tnlb"
    tampered.write_bytes(ballots[0].read_bytes().replace(b"Tr\xc3\xa8s bien", b"Tr\xc3\xa8s mal"))
    before = file_state(base)
    refused = run_cli("ballot", "import", base, tampered, cwd=tmp_path)
    line = refused.check_clean_failure()
    assert "tampered.tnlb" in line and "signature does not match" in line
    assert file_state(base) == before

    merged = run_cli("ballot", "import", base, *ballots, "--json", cwd=tmp_path)
    assert merged.code == 0, merged
    report = json.loads(merged.stdout)
    assert [b["status"] for b in report["ballots"]] == ["imported"] * 3
    assert report["pending_conflicts"] == 1
    assert sum(b["summary"]["added"] for b in report["ballots"]) == 2

    again = run_cli("ballot", "import", base, ballots[0], cwd=tmp_path)
    assert again.code == 0 and "already imported" in again.stdout

    listed = run_cli("ballot", "conflicts", base, cwd=tmp_path)
    assert listed.code == 0, listed
    [conflict_line] = listed.stdout.splitlines()
    assert "file 1" in conflict_line and "ballot 3 — “Très bien”" in conflict_line
    conflict_id = conflict_line.split()[0]
    settled = run_cli("ballot", "conflicts", base, "--keep-ballot", conflict_id, cwd=tmp_path)
    assert settled.code == 0, settled
    twice = run_cli("ballot", "conflicts", base, "--keep-file", conflict_id, cwd=tmp_path)
    assert "already settled" in twice.check_clean_failure()
    with open_jury_file(base) as jf:
        values = {s.member_id: s.value for s in scores.list_scores(jf)}
    assert values == dict.fromkeys(member_of.values(), 3)
