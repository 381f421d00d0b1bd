"""Meeting, quorum, votes, decisions, locking and results on real jury files."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.meeting import Ballot, count_vote, quorum
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.services import audit, deliberation, drafts, edition, members, results, scores
from tnl_jury.services.minutes_signing import sign_minutes
from tnl_jury.storage.jury_file import JuryFile


def _attend(jf: JuryFile, absent: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    ids = [m.id for m in members.list_members(jf)]
    deliberation.set_attendance(jf, {mid: mid not in absent for mid in ids})
    deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")


def test_quorum_rules() -> None:
    assert quorum("more_than_half", 4, 8).reached is False
    assert quorum("more_than_half", 5, 8).reached is True
    assert quorum("two_thirds", 5, 8).reached is False  # needs 6
    assert quorum("at_least:3", 3, 12).reached is True
    assert "le quorum est atteint" in quorum("more_than_half", 7, 8).statement_fr()
    with pytest.raises(RuleError, match="not understood"):
        quorum("half-ish", 1, 2)


def test_vote_counting_majority_of_votes_cast_and_casting_vote() -> None:
    assert count_vote(3, 2, 2, 7).adopted  # abstentions are not votes cast
    assert not count_vote(2, 3, 0, 6).adopted
    assert not count_vote(3, 3, 0, 6).adopted  # tie without the president's casting vote
    tie = count_vote(3, 3, 0, 6, president_ballot=Ballot.FOR)
    assert tie.adopted and tie.by_casting_vote
    assert not count_vote(3, 3, 0, 6, president_ballot=Ballot.FOR, casting_vote=False).adopted
    assert not count_vote(3, 3, 0, 6, president_ballot=Ballot.AGAINST).adopted
    with pytest.raises(RuleError, match="7 votes for 6 members"):
        count_vote(4, 3, 0, 6)
    with pytest.raises(RuleError, match="nobody voted"):
        count_vote(0, 0, 0, 6)


def test_no_decision_without_quorum(demo_file: JuryFile) -> None:
    ids = [m.id for m in members.list_members(demo_file)]
    deliberation.set_attendance(demo_file, {mid: mid <= 3 for mid in ids})  # 3 of 6
    with pytest.raises(RuleError, match="without quorum"):
        deliberation.record_decision(
            demo_file, 1, 2, votes_for=3, votes_against=0, abstentions=0, motivation="Bien."
        )
    assert results.compute_results(demo_file, [1])[0].decision is None


def test_recused_and_absent_members_cannot_vote(demo_file: JuryFile) -> None:
    _attend(demo_file, absent={6})
    members.recuse(demo_file, 5, 2, "Élu de la commune")
    who = deliberation.voters(demo_file, 2)
    assert who.eligible == (1, 2, 3, 4) and 5 in who.recused
    with pytest.raises(RuleError, match="5 votes for 4 members"):
        deliberation.record_decision(
            demo_file, 2, 3, votes_for=5, votes_against=0, abstentions=0, motivation="Bien."
        )
    deliberation.record_decision(
        demo_file, 2, 3, votes_for=3, votes_against=1, abstentions=0, motivation="Bien."
    )
    (r,) = results.compute_results(demo_file, [2])
    assert r.decision is not None and r.decision.level == 3 and r.status == "decided"
    assert "Membre" not in r.recused_members  # names, not roles
    assert len(r.recused_members) == 1


def test_motivation_required_and_level_range(demo_file: JuryFile) -> None:
    _attend(demo_file)
    with pytest.raises(RuleError, match="motivation"):
        deliberation.record_decision(
            demo_file, 1, 2, votes_for=4, votes_against=0, abstentions=0, motivation="  "
        )
    with pytest.raises(RuleError, match="between 0"):
        deliberation.record_decision(
            demo_file, 1, 6, votes_for=4, votes_against=0, abstentions=0, motivation="x"
        )


def test_tie_decided_by_president_only_when_present(demo_file: JuryFile) -> None:
    _attend(demo_file)
    result = deliberation.record_decision(
        demo_file,
        1,
        0,
        votes_for=3,
        votes_against=3,
        abstentions=0,
        motivation="Pas encore.",
        president_ballot=Ballot.FOR,
    )
    assert result.by_casting_vote
    deliberation.set_attendance(demo_file, {1: False})  # the president leaves the room
    with pytest.raises(RuleError, match="not adopted"):
        deliberation.record_decision(
            demo_file,
            3,
            2,
            votes_for=2,
            votes_against=2,
            abstentions=1,
            motivation="x",
            president_ballot=Ballot.FOR,
        )


def test_closing_locks_decisions_and_scores_reopen_is_audited(demo_file: JuryFile) -> None:
    _attend(demo_file)
    deliberation.record_decision(
        demo_file, 1, 4, votes_for=5, votes_against=1, abstentions=0, motivation="Exemplaire."
    )
    assert deliberation.close_meeting(demo_file) == 1
    with pytest.raises(RuleError, match="locked"):
        scores.set_score(demo_file, 2, 1, "STRAT-1", 3)
    with pytest.raises(RuleError, match="closed"):
        deliberation.record_decision(
            demo_file, 2, 1, votes_for=5, votes_against=0, abstentions=0, motivation="x"
        )
    with pytest.raises(RuleError, match="reason"):
        deliberation.reopen_decision(demo_file, 1, " ")
    deliberation.reopen_decision(demo_file, 1, "Erreur de saisie d'une note")
    scores.set_score(demo_file, 2, 1, "STRAT-1", 3)
    events = audit.list_events(demo_file, 5)
    reopen = next(e for e in events if e.action == "decision.reopen")
    assert reopen.details["reason"] == "Erreur de saisie d'une note"


def test_results_exclude_recused_members_and_compute_majority(jury_file: JuryFile) -> None:
    from tnl_jury.services.dossiers import NewDossier, add_dossiers

    (did,) = add_dossiers(jury_file, [NewDossier("1", "Ville de Test")])
    ids = [members.add_member(jury_file, f"M{i}").id for i in range(4)]
    for mid, value, level in zip(ids, [4, 2, 2, 0], [4, 2, 3, 0], strict=True):
        scores.set_score(jury_file, mid, did, "STRAT-1", value)
        scores.set_proposed_level(jury_file, mid, did, level)
    members.recuse(jury_file, ids[3], did, "Conflit d'intérêts")
    (r,) = results.compute_results(jury_file)
    strat1 = r.aggregate.domain("STRAT").criteria[0]
    assert strat1.mean == pytest.approx(8 / 3)  # the recused member's 0 is left out
    assert r.proposed_levels == (4, 2, 3)
    assert r.majority is not None and r.majority.grade == 3
    assert r.eligible_members == 3 and r.recused_members == ("M3",)


def test_draft_decision_uses_scores_never_comments_nor_guidance(demo_file: JuryFile) -> None:
    """The draft goes to the candidate's letter: the weakest criteria by label, never a
    juror's comment nor the grid's help text (guidance to jurors)."""
    scores.set_score(demo_file, 1, 1, "DATA-1", 0, comment="Aucun jeu de données publié.")
    grid = edition.load_stored_grid(demo_file)
    draft = drafts.draft_decision(demo_file, 1)
    assert "Aucun jeu de données publié." not in draft.recommendations + draft.motivation
    for _domain, criterion in grid.criteria():
        assert criterion.help_text not in draft.recommendations + draft.motivation
    assert "Score global" not in draft.motivation and "≥" not in draft.motivation
    assert draft.recommendations.startswith("Le jury vous invite à progresser")
    labels = {c.label for _d, c in grid.criteria()}
    bullets = [line[2:].rsplit(" (", 1)[0] for line in draft.recommendations.splitlines()[1:]]
    assert bullets and set(bullets) <= labels
    assert 0 <= draft.level <= 5


def test_audit_chain_detects_an_edit_made_with_the_sqlite3_tool(demo_file: JuryFile) -> None:
    _attend(demo_file)
    deliberation.record_decision(
        demo_file, 1, 3, votes_for=5, votes_against=0, abstentions=0, motivation="Bien."
    )
    path = demo_file.path
    demo_file.close()
    ok = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and "intact" in ok.stdout
    subprocess.run(
        [
            "sqlite3",
            str(path),
            "UPDATE decision SET level = 5; "
            "UPDATE audit_event SET details = json_set(details, '$.level', 5) "
            "WHERE action = 'decision.record'",
        ],
        check=True,
    )
    broken = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert broken.returncode == 3, broken.stdout + broken.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    events = json.loads(listed.stdout)
    decision_event = next(e for e in events if e["action"] == "decision.record")
    assert f"at event {decision_event['id']}" in broken.stdout


def test_results_cli_json(demo_file: JuryFile) -> None:
    path = demo_file.path
    demo_file.close()
    out = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "results", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert len(data) == 12
    first = data[0]
    assert {
        "dossier",
        "score",
        "domains",
        "proposed_level",
        "proposed_reason",
        "majority_judgment",
        "disagreement",
        "decision",
        "status",
    } <= first.keys()
    assert set(first["domains"]) == {"STRAT", "INTEROP", "LOGICIELS", "COMM", "DATA"}


def test_signed_minutes_vouch_for_the_audit_trail(demo_file: JuryFile, tmp_path: Path) -> None:
    """The chain alone cannot tell that its newest events were deleted. The minutes print the
    trail's head (events, newest hash): `audit verify --minutes` then catches a deletion made
    with the sqlite3 tool after they were made, and accepts events added since."""
    from tnl_jury.services import outputs

    _attend(demo_file)
    deliberation.record_decision(
        demo_file, 1, 3, votes_for=5, votes_against=0, abstentions=0, motivation="Bien."
    )
    head = audit.head(demo_file)  # what the minutes will print (writing them adds an event)
    minutes = outputs.write_minutes(demo_file, tmp_path / "pv.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(minutes), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"comptait {head.events} événements" in " ".join(text.split())
    assert head.hash in text.replace("\n", "").replace(" ", "")
    scores.set_score(demo_file, 2, 3, "STRAT-1", 1)  # after the minutes: more events, fine
    # Only signed minutes vouch for anything (issue 13): the president signs them.
    ca = create_jury_ca("Jury 2026", tmp_path / "ca", "phrase du jury", key_size=2048)
    president = members.list_members(demo_file)[0]
    key = create_member_identity(
        president.name, "Présidente", tmp_path / "p.p12", "phrase de la présidente", ca,
        key_size=2048,
    )  # fmt: skip
    sign_minutes(
        demo_file, minutes, minutes, key.p12_path, "phrase de la présidente", role="Présidente"
    )
    path = demo_file.path
    demo_file.close()

    def verify() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify", "--minutes",
             str(minutes), "--trust", str(ca.cert_path)],
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip

    ok = verify()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"the minutes vouch for the first {head.events} events" in ok.stdout
    # Remove the decision's event and everything after it: the chain stays intact…
    subprocess.run(
        ["sqlite3", str(path),
         "DELETE FROM audit_event WHERE id >= (SELECT id FROM audit_event "
         "WHERE action = 'decision.record')"],
        check=True,
    )  # fmt: skip
    plain = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    # … the chain alone cannot see it; the state sealed in the newest event left can.
    assert plain.returncode == 3 and "audit trail intact" in plain.stdout
    assert "CHANGED outside tnl-jury: " in plain.stdout and "decisions" in plain.stdout
    caught = verify()
    assert caught.returncode == 3, caught.stdout + caught.stderr
    assert "SHORTER than the minutes say" in caught.stdout
    not_minutes = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "audit", str(path), "verify", "--minutes",
         str(path)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert not_minutes.returncode == 2 and "Traceback" not in not_minutes.stderr
