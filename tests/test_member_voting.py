"""A member without a deliberative vote (issue #16): present, but not counted toward the quorum
nor among the voters, and not scoring; the minutes list them among those present without a
vote. The migration 0012 adds the flag, true for existing members."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import migrate_file, stored_revision

from tnl_jury.domain.errors import RuleError
from tnl_jury.services import deliberation, members, scores
from tnl_jury.services.dossiers import NewDossier, add_dossiers
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import JuryFile


def test_migration_0012_adds_voting_true_and_takes_it_back(tmp_path: Path) -> None:
    path = tmp_path / "older.tnlj"
    with new_jury_file(path, year=2026):
        pass
    migrate_file(path, "0011_postal_address", downgrade=True)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO jury_member (name, organisation, role, active) "
                   "VALUES ('Claire Duval', 'April', 'president', 1)")  # fmt: skip
    db.close()
    migrate_file(path, "0012_member_voting", downgrade=False)
    assert stored_revision(path) == "0012_member_voting"
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name, voting FROM jury_member").fetchall()
    db.close()
    assert rows == [("Claire Duval", 1)]
    migrate_file(path, "0011_postal_address", downgrade=True)
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(jury_member)")]
    db.close()
    assert "voting" not in columns and "active" in columns


@pytest.fixture
def room(tmp_path: Path) -> JuryFile:
    """Three voting members and a secretary without a vote, all present; two dossiers."""
    jf = new_jury_file(tmp_path / "room.tnlj", year=2026)
    members.add_member(jf, "Claire Duval", "April", "president")
    members.add_member(jf, "Karim Benali")
    members.add_member(jf, "Inès Morel")
    members.add_member(jf, "Paul Martin", "Secrétariat", "secretary", voting=False)
    add_dossiers(jf, [NewDossier("18000001", "Ville de Lanvéoc"), NewDossier("18000002", "B")])
    return jf


def _ids(jf: JuryFile) -> dict[str, int]:
    return {mem.name: mem.id for mem in members.list_members(jf)}


def test_the_flag_is_stored_listed_and_audited(room: JuryFile) -> None:
    from tnl_jury.services.audit import list_events

    listed = {mem.name: mem.voting for mem in members.list_members(room)}
    assert listed == {"Claire Duval": True, "Karim Benali": True, "Inès Morel": True,
                      "Paul Martin": False}  # fmt: skip
    ids = _ids(room)
    assert members.update_member(room, ids["Inès Morel"], voting=False).voting is False
    events = [e for e in list_events(room) if e.action.startswith("member.")]  # newest first
    assert events[0].action == "member.update" and events[0].details.get("voting") is False
    assert events[1].action == "member.add" and events[1].details.get("voting") is False


def test_a_member_without_a_vote_does_not_count_toward_the_quorum(room: JuryFile) -> None:
    ids = _ids(room)
    # The secretary and one voter present: 1 voting member of 3, the quorum (half) is not met.
    q = deliberation.set_attendance(room, {ids["Paul Martin"]: True, ids["Karim Benali"]: True})
    assert (q.present, q.members, q.reached) == (1, 3, False)
    q = deliberation.set_attendance(room, {ids["Inès Morel"]: True})
    assert (q.present, q.members, q.reached) == (2, 3, True)
    # Present all the same: the meeting lists them among those present.
    assert ids["Paul Martin"] in deliberation.get_meeting(room).present


def test_votes_are_bound_by_the_voting_members_present(room: JuryFile) -> None:
    deliberation.set_attendance(room, {mid: True for mid in _ids(room).values()})
    deliberation.set_meeting(room, place="Rennes")
    dossier = add_dossiers(room, [NewDossier("18000003", "C")])[0]
    with pytest.raises(RuleError, match="4 votes for 3 members"):
        deliberation.record_decision(room, dossier, 2, votes_for=4, votes_against=0,
                                     abstentions=0, motivation="Bien")  # fmt: skip
    result = deliberation.record_decision(room, dossier, 2, votes_for=3, votes_against=0,
                                          abstentions=0, motivation="Bien")  # fmt: skip
    assert result.adopted


def test_a_member_without_a_vote_does_not_score(room: JuryFile) -> None:
    from tnl_jury.services.results import compute_results

    ids = _ids(room)
    dossier = add_dossiers(room, [NewDossier("18000004", "D")])[0]
    with pytest.raises(RuleError, match="without a deliberative vote"):
        scores.set_score(room, ids["Paul Martin"], dossier, "STRAT-1", 3)
    # Scores typed before the member lost their vote do not count any more.
    scores.set_score(room, ids["Inès Morel"], dossier, "STRAT-1", 1)
    scores.set_score(room, ids["Karim Benali"], dossier, "STRAT-1", 3)
    members.update_member(room, ids["Inès Morel"], voting=False)
    res = next(r for r in compute_results(room) if r.dossier_id == dossier)
    assert res.eligible_members == 2
    crit = next(c for d in res.aggregate.domains for c in d.criteria if c.code == "STRAT-1")
    assert crit.mean == 3


def test_cli_adds_a_member_without_a_vote_and_gives_it_back(tmp_path: Path) -> None:
    from helpers import run_cli

    with new_jury_file(tmp_path / "c.tnlj", year=2026):
        pass
    added = run_cli("jurors", "c.tnlj", "add", "Paul Martin", "--role", "secretary",
                    "--no-voting", cwd=tmp_path)  # fmt: skip
    assert added.code == 0, added
    assert added.stdout.strip() == "added member 1: Paul Martin (secretary, without a vote)"
    listed = run_cli("jurors", "c.tnlj", "list", cwd=tmp_path)
    assert "(no vote)" in listed.stdout
    again = run_cli("jurors", "c.tnlj", "update", "--member", "1", "--voting", cwd=tmp_path)
    assert again.stdout.strip() == "member 1: Paul Martin, with a deliberative vote"
    listed = run_cli("jurors", "c.tnlj", "list", "--json", cwd=tmp_path)
    assert '"voting": true' in listed.stdout
    missing = run_cli("jurors", "c.tnlj", "update", "--member", "1", cwd=tmp_path)
    assert missing.code == 2


def test_the_minutes_list_a_member_without_a_vote_among_the_others_present(
    room: JuryFile, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    from tnl_jury.domain.records import state_digest
    from tnl_jury.io.pdf.minutes import render_minutes
    from tnl_jury.services.minutes_details import set_minutes_details
    from tnl_jury.services.records import build_results_record

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    deliberation.set_attendance(room, {mid: True for mid in _ids(room).values()})
    deliberation.set_meeting(room, place="Rennes")
    set_minutes_details(room, others_present=["Léa Roux, chargée de mission"])
    record = build_results_record(room)
    render_minutes(record, tmp_path / "pv.pdf")
    out = subprocess.run(["pdftotext", str(tmp_path / "pv.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    text = " ".join(out.split())
    assert "Membres présents, avec voix délibérative (3)" in text
    assert ("Assistent également à la séance, sans voix délibérative : Paul Martin, secrétaire "
            "de séance (Secrétariat) et Léa Roux, chargée de mission.") in text  # fmt: skip
    assert "3 membres présents sur 3" in text  # the quorum counts the voting members
    # The flag is in the state the minutes vouch for: taking the vote away changes it.
    before = state_digest(record)
    members.update_member(room, _ids(room)["Paul Martin"], voting=True)
    assert state_digest(build_results_record(room)) != before


def test_the_comparison_and_the_progress_leave_out_who_does_not_score(room: JuryFile) -> None:
    from tnl_jury.services.scoring import comparison, member_progress_counts

    dossier = add_dossiers(room, [NewDossier("18000005", "E")])[0]
    shown = [name for _id, name in comparison(room, dossier, None).members]
    assert shown == ["Claire Duval", "Karim Benali", "Inès Morel"]
    assert _ids(room)["Paul Martin"] not in member_progress_counts(room)


def test_the_checklist_expects_submissions_from_the_voting_members_only(room: JuryFile) -> None:
    from tnl_jury.services.checklist import checklist

    step = next(s for s in checklist(room).steps if s.key == "scoring")
    assert step.total == 3 * 2  # three voting members, two dossiers; not the secretary's


def test_an_observer_without_a_vote_has_no_signature_box_the_secretary_has_one(
    room: JuryFile, tmp_path: Path
) -> None:
    from tnl_jury.io.pdf.minutes import render_minutes
    from tnl_jury.services.records import build_results_record

    members.add_member(room, "Léa Roux", "Préfecture", voting=False)
    deliberation.set_attendance(room, {mid: True for mid in _ids(room).values()})
    deliberation.set_meeting(room, place="Rennes")
    info = render_minutes(build_results_record(room), tmp_path / "pv.pdf")
    owners = {field.member_name for field in info.fields}
    assert owners == {"Claire Duval", "Karim Benali", "Inès Morel", "Paul Martin"}
