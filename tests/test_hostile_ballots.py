"""A recused member's ballot entries for that dossier are refused and reported, never stored
(even uncounted): the member scored in their package, then stepped aside at the meeting."""

from __future__ import annotations

from pathlib import Path

from ballot_helpers import base_file
from helpers import run_cli

from tnl_jury.services import dossiers, members, scores
from tnl_jury.services.ballots import export_ballot, import_ballots
from tnl_jury.services.packages import make_package
from tnl_jury.storage.jury_file import open_jury_file

MEMBER = 1


def test_a_recused_members_scores_on_that_dossier_are_refused_and_reported(
    tmp_path: Path,
) -> None:
    base = base_file(tmp_path, dossier_count=3, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        package = make_package(jf, MEMBER, usb / "package.tnlj").path
        numbers = sorted(d.ds_number for d in dossiers.list_dossiers(jf))
    with open_jury_file(package) as pk:
        for number in numbers[:2]:
            dossier_id = dossiers.find_dossier_id(pk, number)
            scores.set_score(pk, MEMBER, dossier_id, "A-1", 2, comment="Bien")
            scores.set_proposed_level(pk, MEMBER, dossier_id, 3, "Note")
        ballot = export_ballot(pk, usb).path
    with open_jury_file(base) as jf:  # at the meeting, the member steps aside for the first
        members.recuse(jf, MEMBER, dossiers.find_dossier_id(jf, numbers[0]), "Élu de la commune")

    with open_jury_file(base) as jf:
        (outcome,) = import_ballots(jf, [ballot])
        assert outcome.status == "imported", outcome.message
        summary = outcome.summary
        assert summary is not None
        assert summary.recused_dossiers == (numbers[0],)
        assert summary.recused == 2  # the score and the proposed level
        assert summary.added == 2  # those of the other dossier
        first = dossiers.find_dossier_id(jf, numbers[0])
        assert scores.list_scores(jf, member_id=MEMBER, dossier_id=first) == []
        second = dossiers.find_dossier_id(jf, numbers[1])
        assert len(scores.list_scores(jf, member_id=MEMBER, dossier_id=second)) == 1


def test_the_command_line_reports_the_refused_entries(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=2)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        package = make_package(jf, MEMBER, usb / "package.tnlj").path
        number = sorted(d.ds_number for d in dossiers.list_dossiers(jf))[0]
    with open_jury_file(package) as pk:
        scores.set_score(pk, MEMBER, dossiers.find_dossier_id(pk, number), "A-1", 2)
        ballot = export_ballot(pk, usb).path
    with open_jury_file(base) as jf:
        members.recuse(jf, MEMBER, dossiers.find_dossier_id(jf, number), "Élu de la commune")
    done = run_cli("ballot", "import", base, ballot, cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert f"1 refused: the member stepped aside for dossier {number}" in done.stdout
