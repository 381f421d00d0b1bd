"""Merging ballots (#7): idempotent re-import, several ballots a day, a newer ballot
supersedes, an older value never overwrites, paper-typed values give conflicts the
secretariat settles, locked decisions, proposed levels and recusals."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from ballot_helpers import base_file, file_state

from tnl_jury.domain.errors import UserError
from tnl_jury.services import audit, deliberation, dossiers, members, scores
from tnl_jury.services.ballots import (
    BallotSummary,
    export_ballot,
    import_ballots,
    list_conflicts,
    resolve_conflict,
)
from tnl_jury.services.packages import make_package
from tnl_jury.storage.jury_file import JuryFile, open_jury_file

MEMBER = 1


@dataclass(frozen=True)
class Setup:
    secretariat: Path
    package: Path
    usb: Path
    numbers: list[str]


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    base = base_file(tmp_path, dossier_count=3, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        package = make_package(jf, MEMBER, usb / "package.tnlj").path
        numbers = sorted(d.ds_number for d in dossiers.list_dossiers(jf))
    return Setup(base, package, usb, numbers)


def _id(jf: JuryFile, number: str) -> int:
    return dossiers.find_dossier_id(jf, number)


def score_in(path: Path, number: str, code: str, value: int | None, **kwargs: object) -> None:
    with open_jury_file(path) as jf:
        scores.set_score(jf, MEMBER, _id(jf, number), code, value, **kwargs)  # type: ignore[arg-type]


def ballot(setup: Setup) -> Path:
    with open_jury_file(setup.package) as pk:
        return export_ballot(pk, setup.usb).path


def merge(setup: Setup, *paths: Path) -> list[BallotSummary]:
    with open_jury_file(setup.secretariat) as jf:
        outcomes = import_ballots(jf, list(paths))
    assert all(o.status != "refused" for o in outcomes), [o.message for o in outcomes]
    return [o.summary for o in outcomes if o.summary is not None]


def value_in(setup: Setup, number: str, code: str) -> tuple[int | None, bool, str]:
    with open_jury_file(setup.secretariat) as jf:
        for s in scores.list_scores(jf, member_id=MEMBER, dossier_id=_id(jf, number)):
            if s.criterion_code == code:
                return s.value, s.no_opinion, s.comment
    return None, False, ""


def test_importing_the_same_ballot_twice_changes_nothing(setup: Setup) -> None:
    score_in(setup.package, setup.numbers[0], "A-1", 2, comment="Bien")
    first = ballot(setup)
    [summary] = merge(setup, first)
    assert (summary.added, summary.conflicts) == (1, 0)
    before = file_state(setup.secretariat)
    with open_jury_file(setup.secretariat) as jf:
        outcomes = import_ballots(jf, [first, first])
    assert [o.status for o in outcomes] == ["already_imported", "already_imported"]
    assert file_state(setup.secretariat) == before
    # A copy under another name is the same ballot.
    copy = first.with_name("renamed.tnlb")
    copy.write_bytes(first.read_bytes())
    with open_jury_file(setup.secretariat) as jf:
        assert import_ballots(jf, [copy])[0].status == "already_imported"
    assert file_state(setup.secretariat) == before


def test_several_ballots_during_the_day(setup: Setup) -> None:
    morning, afternoon = setup.numbers[0], setup.numbers[1]
    for code, value in (("A-1", 1), ("B-1", 2), ("B-2", 3)):
        score_in(setup.package, morning, code, value)
    first = ballot(setup)
    [s1] = merge(setup, first)
    assert (s1.dossiers, s1.added, s1.changed, s1.unchanged) == (1, 3, 0, 0)
    for code, value in (("A-1", 3), ("B-1", None)):
        score_in(setup.package, afternoon, code, value, no_opinion=value is None)
    second = ballot(setup)
    [s2] = merge(setup, second)
    assert (s2.sequence, s2.dossiers, s2.added, s2.changed, s2.unchanged) == (2, 2, 2, 0, 3)
    assert value_in(setup, afternoon, "B-1") == (None, True, "")
    assert value_in(setup, morning, "B-2") == (3, False, "")


def test_a_newer_ballot_supersedes_and_given_together_the_newest_wins(setup: Setup) -> None:
    number = setup.numbers[0]
    score_in(setup.package, number, "A-1", 1)
    old = ballot(setup)
    score_in(setup.package, number, "A-1", 3, comment="Relu")
    score_in(setup.package, number, "B-1", 2)
    new = ballot(setup)
    s_new, s_old = merge(setup, new, old)  # given newest first: merged oldest first
    assert (s_old.sequence, s_old.added) == (1, 1)
    assert (s_new.sequence, s_new.added, s_new.changed) == (2, 1, 1)
    assert value_in(setup, number, "A-1") == (3, False, "Relu")


def test_an_older_value_never_overwrites_a_newer_one(setup: Setup) -> None:
    """The member scores in an old package, then in a new one; the old package's ballot,
    handed in last, brings an older value: it is counted, and the file keeps the newer."""
    number = setup.numbers[0]
    score_in(setup.package, number, "A-1", 1)  # in the first package, first
    with open_jury_file(setup.secretariat) as jf:
        second_package = make_package(jf, MEMBER, setup.usb / "second.tnlj").path
    with open_jury_file(second_package) as pk:
        scores.set_score(pk, MEMBER, _id(pk, number), "A-1", 3)  # later, in the second
        newer = export_ballot(pk, setup.usb).path
    older = ballot(setup)  # made last, but holding the older value
    [s_newer] = merge(setup, newer)
    assert s_newer.added == 1
    before = value_in(setup, number, "A-1")
    [s_older] = merge(setup, older)
    assert (s_older.older, s_older.added, s_older.changed, s_older.conflicts) == (1, 0, 0, 0)
    assert value_in(setup, number, "A-1") == before == (3, False, "")


def test_paper_typed_values_give_conflicts_that_the_secretariat_settles(setup: Setup) -> None:
    number = setup.numbers[0]
    for code, value in (("A-1", 3), ("B-1", 3), ("B-2", 2)):
        score_in(setup.package, number, code, value)
    with open_jury_file(setup.secretariat) as jf:  # the paper sheet, typed in meanwhile
        did = _id(jf, number)
        scores.set_score(jf, MEMBER, did, "A-1", 1, entered_by="secrétariat (papier)")
        scores.set_score(jf, MEMBER, did, "B-1", 2, entered_by="secrétariat (papier)")
        scores.set_score(jf, MEMBER, did, "B-2", 2, entered_by="secrétariat (papier)")
    first = ballot(setup)
    [summary] = merge(setup, first)
    assert (summary.conflicts, summary.unchanged, summary.added) == (2, 1, 0)
    assert value_in(setup, number, "A-1") == (1, False, "")  # nothing silently replaced
    with open_jury_file(setup.secretariat) as jf:
        conflicts = {c.criterion_code: c for c in list_conflicts(jf)}
        assert set(conflicts) == {"A-1", "B-1"}
        a1 = conflicts["A-1"]
        assert (a1.member_id, a1.ds_number, a1.kind) == (MEMBER, number, "score")
        assert a1.file_value == {"value": 1, "no_opinion": False, "comment": ""}
        assert a1.ballot_value == {"value": 3, "no_opinion": False, "comment": ""}
        assert set(summary.conflict_ids) == {c.id for c in conflicts.values()}
        resolve_conflict(jf, a1.id, "ballot")
        resolve_conflict(jf, conflicts["B-1"].id, "file")
        with pytest.raises(UserError, match="already settled"):
            resolve_conflict(jf, a1.id, "file")
        assert list_conflicts(jf) == []
        settled = {
            c.criterion_code: c.resolution for c in list_conflicts(jf, include_resolved=True)
        }
        assert settled == {"A-1": "ballot", "B-1": "file"}
    assert value_in(setup, number, "A-1")[0] == 3
    assert value_in(setup, number, "B-1")[0] == 2
    # The next ballot repeats both values: settled, they do not come back.
    score_in(setup.package, setup.numbers[1], "A-1", 2)
    [again] = merge(setup, ballot(setup))
    assert (again.conflicts, again.added) == (0, 1)
    # The member changes their mind on B-1 afterwards: a new value, a new conflict.
    score_in(setup.package, number, "B-1", 1)
    [changed] = merge(setup, ballot(setup))
    assert changed.conflicts == 1
    assert value_in(setup, number, "B-1")[0] == 2
    with open_jury_file(setup.secretariat) as jf:
        assert audit.check_state(jf).ok  # merges and settlements are sealed


def test_a_pending_conflict_closes_when_the_member_agrees_with_the_paper(setup: Setup) -> None:
    number = setup.numbers[0]
    score_in(setup.package, number, "A-1", 3)
    with open_jury_file(setup.secretariat) as jf:
        scores.set_score(jf, MEMBER, _id(jf, number), "A-1", 1, entered_by="papier")
    assert merge(setup, ballot(setup))[0].conflicts == 1
    score_in(setup.package, number, "A-1", 1)
    [summary] = merge(setup, ballot(setup))
    assert (summary.conflicts, summary.unchanged) == (0, 1)
    with open_jury_file(setup.secretariat) as jf:
        assert list_conflicts(jf) == []
        [closed] = list_conflicts(jf, include_resolved=True)
        assert closed.resolution == "agreed"


def test_values_in_the_file_when_the_package_was_made_are_the_members_to_change(
    tmp_path: Path,
) -> None:
    """A paper value typed before the package was made travels in it; the member's change in
    the package supersedes it without a conflict."""
    base = base_file(tmp_path, dossier_count=2, member_count=2)
    with open_jury_file(base) as jf:
        number = dossiers.list_dossiers(jf)[0].ds_number
        scores.set_score(jf, MEMBER, _id(jf, number), "A-1", 1, entered_by="papier")
        package = make_package(jf, MEMBER, tmp_path / "p.tnlj").path
    with open_jury_file(package) as pk:
        assert scores.list_scores(pk)[0].value == 1
        scores.set_score(pk, MEMBER, _id(pk, number), "A-1", 2)
        path = export_ballot(pk, tmp_path).path
    with open_jury_file(base) as jf:
        [outcome] = import_ballots(jf, [path])
        assert outcome.summary is not None
        assert (outcome.summary.changed, outcome.summary.conflicts) == (1, 0)
        assert scores.list_scores(jf)[0].value == 2


def test_values_on_a_locked_decision_are_counted_not_merged(setup: Setup) -> None:
    locked_number, open_number = setup.numbers[0], setup.numbers[1]
    score_in(setup.package, locked_number, "A-1", 3)
    score_in(setup.package, open_number, "A-1", 2)
    with open_jury_file(setup.secretariat) as jf:
        ids = [r.id for r in members.list_members(jf)]
        deliberation.set_attendance(jf, dict.fromkeys(ids, True))
        deliberation.record_decision(
            jf, _id(jf, locked_number), 2, votes_for=3, votes_against=0, abstentions=0,
            motivation="Dossier solide.",
        )  # fmt: skip
        deliberation.lock_decisions(jf, "procès-verbal signé")
    [summary] = merge(setup, ballot(setup))
    assert (summary.locked, summary.added) == (1, 1)
    assert summary.locked_dossiers == (locked_number,)
    assert value_in(setup, locked_number, "A-1") == (None, False, "")


def test_proposed_levels_notes_submissions_and_recusals_travel(setup: Setup) -> None:
    number, other = setup.numbers[0], setup.numbers[1]
    with open_jury_file(setup.package) as pk:
        did = _id(pk, number)
        for code in ("A-1", "B-1", "B-2"):
            scores.set_score(pk, MEMBER, did, code, 2)
        scores.set_proposed_level(pk, MEMBER, did, 3, "Bonne dynamique")
        from tnl_jury.services import scoring

        scoring.submit(pk, MEMBER, did)
        members.recuse(pk, MEMBER, _id(pk, other), "Conseiller municipal de la commune")
    [summary] = merge(setup, ballot(setup))
    assert (summary.added, summary.conflicts) == (5, 0)  # 3 scores, a level, a recusal
    with open_jury_file(setup.secretariat) as jf:
        assert scores.get_progress(jf, MEMBER, _id(jf, number)) == ("submitted", 3)
        recusals = [(r.member_id, r.ds_number, r.reason) for r in members.list_recusals(jf)]
        assert (MEMBER, other, "Conseiller municipal de la commune") in recusals
