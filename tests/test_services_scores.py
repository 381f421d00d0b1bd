"""Scoring rules of ``services.scores``: the scale, "no opinion", who may score, progress and
the audit event every write leaves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import custom_grid_path, new_jury_file_copy

from tnl_jury.domain.errors import NotFoundError, RuleError
from tnl_jury.services import audit, dossiers, edition, members, scores
from tnl_jury.services.dossiers import NewDossier
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@pytest.fixture
def jury_file(tmp_path: Path) -> Iterator[JuryFile]:
    """Like the shared fixture (a new jury file, default grid, 2026), copied from a template."""
    jf = new_jury_file_copy(tmp_path / "edition.tnlj")
    yield jf
    jf.close()


@dataclass(frozen=True)
class Setup:
    jf: JuryFile
    member: int
    other: int
    dossier: int
    second_dossier: int


@pytest.fixture
def setup(jury_file: JuryFile) -> Setup:
    """Two active members and two dossiers in a new jury file (default grid, scale 0–4)."""
    member = members.add_member(jury_file, "Claire")
    other = members.add_member(jury_file, "Karim")
    first, second = dossiers.add_dossiers(
        jury_file, [NewDossier("18000001", "Ville A"), NewDossier("18000002", "Ville B")]
    )
    return Setup(jury_file, member.id, other.id, first, second)


def _events(jf: JuryFile) -> int:
    return len(audit.list_events(jf))


@pytest.mark.parametrize("value", [0, 1, 2, 3, 4])
def test_value_on_the_scale_is_stored(setup: Setup, value: int) -> None:
    """Every step of the scale is accepted and read back."""
    row = scores.set_score(setup.jf, setup.member, setup.dossier, "INTEROP-2", value)
    assert (row.criterion_code, row.value, row.no_opinion, row.comment) == (
        "INTEROP-2",
        value,
        False,
        "",
    )
    assert scores.list_scores(setup.jf) == [row]
    assert edition.counts(setup.jf).scores == 1


@pytest.mark.parametrize("value", [-1, 5, 40])
def test_value_off_the_scale_is_refused_listing_allowed_values(setup: Setup, value: int) -> None:
    """A value off the scale is refused; the message lists the allowed values; nothing is
    written."""
    before = _events(setup.jf)
    with pytest.raises(RuleError) as caught:
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", value)
    assert f"the score {value} is not on the scale" in str(caught.value)
    assert "allowed: 0, 1, 2, 3, 4" in str(caught.value)
    assert scores.list_scores(setup.jf) == []
    assert _events(setup.jf) == before
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("not_started", None)


def test_another_scale_is_checked_against_its_own_steps(tmp_path: Path) -> None:
    """With a grid scaled 1–3, 0 and 4 are refused and 1–3 accepted."""
    with edition.new_jury_file(
        tmp_path / "custom.tnlj", year=2026, grid_path=custom_grid_path(tmp_path)
    ) as jf:
        member = members.add_member(jf, "Ann")
        (dossier,) = dossiers.add_dossiers(jf, [NewDossier("1", "Ville")])
        for bad in (0, 4):
            with pytest.raises(RuleError, match=r"allowed: 1, 2, 3\)"):
                scores.set_score(jf, member.id, dossier, "A-1", bad)
        assert scores.set_score(jf, member.id, dossier, "B-2", 3).value == 3
        with pytest.raises(NotFoundError, match="'STRAT-1'"):
            scores.set_score(jf, member.id, dossier, "STRAT-1", 2)


def test_no_opinion_is_stored_and_never_a_value(setup: Setup) -> None:
    """ "No opinion" is stored without value; with a value it is refused."""
    with pytest.raises(RuleError, match="no opinion"):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2, no_opinion=True)
    with pytest.raises(RuleError, match="no opinion"):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 0, no_opinion=True)
    assert scores.list_scores(setup.jf) == []
    row = scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", None, no_opinion=True)
    assert (row.value, row.no_opinion) == (None, True)
    assert edition.counts(setup.jf).scores == 1  # a "no opinion" counts as given
    row = scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 1)
    assert (row.value, row.no_opinion) == (1, False)


def test_unknown_criterion_member_or_dossier_is_not_found(setup: Setup) -> None:
    """Unknown references give NotFoundError naming what was not found; nothing is written."""
    before = _events(setup.jf)
    with pytest.raises(NotFoundError, match="no criterion 'STRAT-9'"):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-9", 2)
    with pytest.raises(NotFoundError, match="no jury member with id 999"):
        scores.set_score(setup.jf, 999, setup.dossier, "STRAT-1", 2)
    with pytest.raises(NotFoundError, match="no dossier with id 999"):
        scores.set_score(setup.jf, setup.member, 999, "STRAT-1", 2)
    with pytest.raises(NotFoundError, match="no dossier with id 999"):
        scores.set_proposed_level(setup.jf, setup.member, 999, 2)
    assert scores.list_scores(setup.jf) == []
    assert _events(setup.jf) == before


def test_recused_member_cannot_score_nor_propose(setup: Setup) -> None:
    """A member who stepped aside is refused, for this dossier only."""
    members.recuse(setup.jf, setup.member, setup.dossier, "Élue de la commune")
    with pytest.raises(RuleError) as caught:
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2)
    assert "Claire has stepped aside for dossier 18000001 (Ville A)" in str(caught.value)
    with pytest.raises(RuleError, match="stepped aside"):
        scores.set_proposed_level(setup.jf, setup.member, setup.dossier, 2)
    assert scores.set_score(setup.jf, setup.member, setup.second_dossier, "STRAT-1", 2).value == 2
    assert scores.set_score(setup.jf, setup.other, setup.dossier, "STRAT-1", 3).value == 3
    assert len(scores.list_scores(setup.jf)) == 2


def test_inactive_member_cannot_score(setup: Setup) -> None:
    """A member made inactive is refused; their earlier scores stay."""
    scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2)
    members.update_member(setup.jf, setup.member, active=False)
    with pytest.raises(RuleError, match="Claire is no longer an active member"):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-2", 2)
    assert [s.value for s in scores.list_scores(setup.jf)] == [2]


def test_locked_decision_freezes_scores(setup: Setup) -> None:
    """Once the dossier's decision is locked, its scores cannot change."""
    with setup.jf.transaction() as session:
        session.add(m.Decision(dossier_id=setup.dossier, level=3, locked=True))
    with pytest.raises(RuleError, match="decision on dossier 18000001 is locked"):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2)
    assert scores.set_score(setup.jf, setup.member, setup.second_dossier, "STRAT-1", 2).value == 2


def test_clearing_a_score(setup: Setup) -> None:
    """A value of None (without "no opinion") clears the score: kept as a row, counted as not
    given."""
    scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 3, comment="Bien")
    row = scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", None)
    assert (row.value, row.no_opinion, row.comment) == (None, False, "Bien")
    assert edition.counts(setup.jf).scores == 0
    assert [(s.value, s.no_opinion) for s in scores.list_scores(setup.jf)] == [(None, False)]
    assert dossiers.list_dossiers(setup.jf)[0].scored_members == 0


def test_comment_is_kept_when_none_and_replaced_otherwise(setup: Setup) -> None:
    """``comment=None`` keeps the comment; a text replaces it; "" empties it."""
    args = (setup.jf, setup.member, setup.dossier, "COMM-1")
    assert scores.set_score(*args, 2, comment="Ateliers réguliers").comment == "Ateliers réguliers"
    assert scores.set_score(*args, 3).comment == "Ateliers réguliers"
    assert scores.set_score(*args, None, no_opinion=True).comment == "Ateliers réguliers"
    assert scores.set_score(*args, 3, comment="Revu").comment == "Revu"
    assert scores.set_score(*args, 3, comment="").comment == ""
    assert [(s.value, s.comment) for s in scores.list_scores(setup.jf)] == [(3, "")]


def test_status_goes_from_not_started_to_in_progress(setup: Setup) -> None:
    """A member's first score on a dossier starts their work on it (and only on it)."""
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("not_started", None)
    scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2)
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("in_progress", None)
    assert scores.get_progress(setup.jf, setup.member, setup.second_dossier) == (
        "not_started",
        None,
    )
    assert scores.get_progress(setup.jf, setup.other, setup.dossier) == ("not_started", None)


@pytest.mark.parametrize("level", [0, 1, 2, 3, 4, 5])
def test_proposed_level_zero_to_five(setup: Setup, level: int) -> None:
    """Levels 0 to 5 are accepted and start the member's work on the dossier."""
    scores.set_proposed_level(setup.jf, setup.member, setup.dossier, level, "Note générale")
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("in_progress", level)


@pytest.mark.parametrize("level", [-1, 6, 100])
def test_proposed_level_outside_zero_to_five_is_refused(setup: Setup, level: int) -> None:
    before = _events(setup.jf)
    with pytest.raises(RuleError, match=rf"between 0 and 5, not {level}"):
        scores.set_proposed_level(setup.jf, setup.member, setup.dossier, level)
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("not_started", None)
    assert _events(setup.jf) == before


def test_proposed_level_can_be_cleared(setup: Setup) -> None:
    scores.set_proposed_level(setup.jf, setup.member, setup.dossier, 4)
    scores.set_proposed_level(setup.jf, setup.member, setup.dossier, None)
    assert scores.get_progress(setup.jf, setup.member, setup.dossier) == ("in_progress", None)


def test_every_write_records_one_audit_event_and_the_chain_holds(setup: Setup) -> None:
    """Each successful write adds exactly one event with what changed; refusals add none; the
    chain is intact."""
    start = _events(setup.jf)
    scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 2, comment="c")
    scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", None, no_opinion=True)
    scores.set_proposed_level(setup.jf, setup.member, setup.dossier, 3)
    with pytest.raises(RuleError):
        scores.set_score(setup.jf, setup.member, setup.dossier, "STRAT-1", 9)
    events = audit.list_events(setup.jf)
    assert len(events) == start + 3
    newest_three = [(e.action, e.details) for e in events[:3]]
    assert newest_three == [
        (
            "score.propose_level",
            {"member_id": setup.member, "dossier": "18000001", "level": 3},
        ),
        (
            "score.set",
            {
                "member_id": setup.member,
                "dossier": "18000001",
                "criterion": "STRAT-1",
                "value": None,
                "no_opinion": True,
                "comment_changed": False,
                "entered_by": setup.jf.actor,
            },
        ),
        (
            "score.set",
            {
                "member_id": setup.member,
                "dossier": "18000001",
                "criterion": "STRAT-1",
                "value": 2,
                "no_opinion": False,
                "comment_changed": True,
                "entered_by": setup.jf.actor,
            },
        ),
    ]
    assert audit.first_broken_link(setup.jf) is None


def test_writes_say_where_the_member_now_stands(setup: Setup) -> None:
    """'In progress' is decided by the service only: its writes return the status that follows
    (the scoring screen's recorder shows it instead of deciding again)."""
    assert scores.get_progress(setup.jf, setup.member, setup.dossier)[0] == "not_started"
    row = scores.set_score(setup.jf, setup.member, setup.dossier, "INTEROP-2", 2)
    assert row.progress_status == "in_progress"
    status = scores.set_proposed_level(setup.jf, setup.other, setup.second_dossier, 3)
    assert status == scores.get_progress(setup.jf, setup.other, setup.second_dossier)[0]
    assert status == "in_progress"
