"""Submitting, progress and the comparison's blindness rule."""

from __future__ import annotations

import pytest

from tnl_jury.domain.errors import RuleError
from tnl_jury.services import audit, edition, members, scores, scoring
from tnl_jury.services.dossiers import NewDossier, add_dossiers
from tnl_jury.storage.jury_file import JuryFile


@pytest.fixture
def small(jury_file: JuryFile) -> tuple[JuryFile, list[int], int]:
    (did,) = add_dossiers(jury_file, [NewDossier("42", "Ville de Test")])
    president = members.add_member(jury_file, "Présidente", role="president").id
    alice = members.add_member(jury_file, "Alice").id
    bob = members.add_member(jury_file, "Bob").id
    return jury_file, [president, alice, bob], did


def _score_all(jf: JuryFile, member_id: int, dossier_id: int, value: int) -> None:
    for domain in edition.grid_summary(jf):
        for criterion in domain.criteria:
            scores.set_score(jf, member_id, dossier_id, criterion.code, value)


def test_submit_names_missing_criteria_then_succeeds(small) -> None:
    jf, (_, alice, _), did = small
    _score_all(jf, alice, did, 2)
    scores.set_score(jf, alice, did, "DATA-3", None)
    scores.set_score(jf, alice, did, "COMM-2", None, no_opinion=True)  # explicit: counts
    with pytest.raises(RuleError, match=r"1 criteria still need .*DATA-3"):
        scoring.submit(jf, alice, did)
    assert scores.get_progress(jf, alice, did)[0] == "in_progress"
    scores.set_score(jf, alice, did, "DATA-3", 3)
    scoring.submit(jf, alice, did)
    assert scores.get_progress(jf, alice, did)[0] == "submitted"
    assert scoring.progress_matrix(jf)[(alice, did)] == "submitted"


def test_comparison_is_blind_until_the_member_submits(small) -> None:
    jf, (president, alice, bob), did = small
    _score_all(jf, bob, did, 4)
    scores.set_score(jf, alice, did, "STRAT-1", 1, comment="Trop peu")
    view = scoring.comparison(jf, did, alice)
    assert view.blind
    bob_col = [mid for mid, _ in view.members].index(bob)
    alice_col = [mid for mid, _ in view.members].index(alice)
    first = view.rows[0]
    assert first.cells[bob_col].hidden and first.cells[bob_col].value is None
    assert first.cells[alice_col].value == 1 and first.cells[alice_col].comment == "Trop peu"
    # the president sees everything, and so does the secretariat (viewer None)
    assert not scoring.comparison(jf, did, president).blind
    assert scoring.comparison(jf, did, None).rows[0].cells[bob_col].value == 4
    _score_all(jf, alice, did, 1)
    scoring.submit(jf, alice, did)
    after = scoring.comparison(jf, did, alice)
    assert not after.blind and after.rows[0].cells[bob_col].value == 4
    assert after.rows[0].spread is not None and after.rows[0].spread.range == 3


def test_blindness_can_be_turned_off_and_recused_members_are_not_shown(small) -> None:
    jf, (_, alice, bob), did = small
    members.recuse(jf, bob, did, "Conflit")
    with pytest.raises(RuleError, match="stepped aside"):
        scoring.submit(jf, bob, did)
    view = scoring.comparison(jf, did, None)
    assert bob not in [mid for mid, _ in view.members]
    assert scoring.progress_matrix(jf)[(bob, did)] == "recused"
    edition.update_settings(jf, blind_scoring=False)
    assert not scoring.comparison(jf, did, alice).blind


def test_edition_settings_are_validated(jury_file: JuryFile) -> None:
    with pytest.raises(RuleError, match="unknown edition setting"):
        edition.update_settings(jury_file, colour="blue")
    with pytest.raises(RuleError, match="needs a bool"):
        edition.update_settings(jury_file, blind_scoring="no")
    settings = edition.update_settings(jury_file, disagreement_threshold=2)
    assert settings.disagreement_threshold == 2.0
    assert edition.get_settings(jury_file).disagreement_threshold == 2.0


def test_a_boolean_is_not_a_score(small) -> None:
    jf, (_, alice, _), did = small
    with pytest.raises(RuleError, match="whole number"):
        scores.set_score(jf, alice, did, "STRAT-1", True)


def test_reading_takes_no_write_lock(jury_file: JuryFile) -> None:
    """A read-only reader (info, results) does not stop a writer from opening the file."""
    from tnl_jury.storage.jury_file import open_for_reading, open_jury_file

    path = jury_file.path
    jury_file.close()
    with open_for_reading(path) as reader:
        assert reader.read_only
        with open_jury_file(path) as writer:
            assert not writer.read_only
            members.add_member(writer, "Écrit pendant la lecture")
        assert [m.name for m in members.list_members(reader)] == ["Écrit pendant la lecture"]


def test_a_submitted_dossier_changes_only_after_an_audited_reopening(small) -> None:
    jf, (_, alice, _), did = small
    _score_all(jf, alice, did, 2)
    scoring.submit(jf, alice, did)
    with pytest.raises(RuleError, match=r"Alice has submitted .* dossier 42: reopen it"):
        scores.set_score(jf, alice, did, "STRAT-1", 4)
    with pytest.raises(RuleError, match=r"Alice has submitted"):
        scores.set_proposed_level(jf, alice, did, 3)
    assert scores.list_scores(jf, member_id=alice)[0].value == 2

    scoring.reopen(jf, alice, did)
    event = audit.list_events(jf, limit=1)[0]
    assert (event.action, event.details) == (
        "score.reopen",
        {"member_id": alice, "dossier": "42"},
    )
    assert scores.get_progress(jf, alice, did)[0] == "in_progress"
    scores.set_score(jf, alice, did, "STRAT-1", 4)
    assert scores.list_scores(jf, member_id=alice)[0].value == 4
    with pytest.raises(RuleError, match=r"Alice has not submitted .* dossier 42"):
        scoring.reopen(jf, alice, did)


def test_a_vice_president_scores_blind_like_a_member(small) -> None:
    jf, (_, _, bob), did = small
    vice = members.add_member(jf, "Vice-présidente", role="vice_president")
    assert vice.role == "vice_president"
    _score_all(jf, bob, did, 4)
    assert scoring.comparison(jf, did, vice.id).blind  # not the president's view
