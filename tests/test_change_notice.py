"""The change notice: every committed write says what it changed, once, after COMMIT."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tnl_jury.domain.changes import EVERYTHING, Changes, Kind
from tnl_jury.domain.errors import RuleError, UserError
from tnl_jury.services import deliberation, members, scores
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[JuryFile]:
    jf = create_demo(tmp_path / "demo.tnlj", DemoSize(dossiers=4, members=3, scored_share=0.5))
    yield jf
    jf.close()


def _listen(jf: JuryFile) -> list[Changes]:
    heard: list[Changes] = []
    jf.subscribe(heard.append)
    return heard


def test_a_score_names_its_kind_and_its_dossier_only(demo: JuryFile) -> None:
    member = members.add_member(demo, "Nouvelle Personne").id
    dossier = list_dossiers(demo)[1].id
    heard = _listen(demo)
    scores.set_score(demo, member, dossier, "STRAT-1", 2)
    assert len(heard) == 1
    assert heard[0].touches(Kind.SCORES)
    assert heard[0].dossier_ids == frozenset({dossier})
    assert not heard[0].results_of_all
    assert not heard[0].touches(Kind.DECISIONS, Kind.MEMBERS, Kind.SETTINGS)


def test_a_refused_write_notifies_nothing(demo: JuryFile) -> None:
    member = members.add_member(demo, "Nouvelle Personne").id
    dossier = list_dossiers(demo)[0].id
    heard = _listen(demo)
    with pytest.raises(RuleError):
        scores.set_score(demo, member, dossier, "STRAT-1", 99)
    assert heard == []


def test_a_rolled_back_transaction_notifies_nothing(demo: JuryFile) -> None:
    heard = _listen(demo)
    with pytest.raises(RuntimeError), demo.transaction() as session:
        session.add(m.JuryMember(name="Rolled Back", role="member"))
        session.flush()  # written, then rolled back
        raise RuntimeError("abandon")
    assert heard == []
    assert "Rolled Back" not in {row.name for row in members.list_members(demo)}


def test_a_bulk_write_says_any_dossier(demo: JuryFile) -> None:
    from sqlalchemy import update

    heard = _listen(demo)
    with demo.transaction() as session:
        session.execute(update(m.Score).values(comment="bulk"))
    assert heard[0].touches(Kind.SCORES) and heard[0].dossier_ids is None
    assert heard[0].results_of_all


def test_the_meeting_and_a_member(demo: JuryFile, tmp_path: Path) -> None:
    heard = _listen(demo)
    deliberation.set_meeting(demo, place="Montpellier")
    members.add_member(demo, "Nouvelle Personne")
    assert heard[0].touches(Kind.MEETING) and not heard[0].touches(Kind.SCORES)
    assert heard[1].touches(Kind.MEMBERS) and heard[1].results_of_all


def test_unsubscribed_hears_nothing_and_notices_merge(demo: JuryFile) -> None:
    heard: list[Changes] = []
    stop = demo.subscribe(heard.append)
    stop()
    deliberation.set_meeting(demo, place="Lyon")
    assert heard == []
    one = Changes(frozenset({Kind.SCORES}), frozenset({1}))
    two = Changes(frozenset({Kind.DECISIONS}), frozenset({2}))
    assert one.merged(two) == Changes(frozenset({Kind.SCORES, Kind.DECISIONS}), frozenset({1, 2}))
    assert one.merged(EVERYTHING).dossier_ids is None


def test_the_meeting_form_is_recorded_in_one_transaction(demo: JuryFile) -> None:
    from tnl_jury.services import audit

    heard = _listen(demo)
    before = len(audit.list_events(demo))
    ids = [row.id for row in members.list_members(demo)]
    info = deliberation.record_meeting(
        demo,
        held_on=None,
        place="Montpellier",
        quorum_rule=None,
        president_id=None,
        secretary_id=None,
        presence={member: member != ids[0] for member in ids},
    )
    assert info.place == "Montpellier" and ids[0] in info.absent and ids[1] in info.present
    assert info == deliberation.get_meeting(demo)
    assert len(heard) == 1 and heard[0].touches(Kind.MEETING)
    actions = [e.action for e in audit.list_events(demo)[: len(audit.list_events(demo)) - before]]
    assert sorted(actions) == ["meeting.attendance", "meeting.update"]
    # Refused (an unknown member): neither the place nor the attendance changes.
    with pytest.raises(UserError):
        deliberation.record_meeting(
            demo, held_on=None, place="Lyon", quorum_rule=None, president_id=None,
            secretary_id=None, presence={999_999: True},
        )  # fmt: skip
    assert deliberation.get_meeting(demo) == info
    assert len(heard) == 1


def test_the_window_state_is_read_at_one_moment(demo: JuryFile) -> None:
    from tnl_jury.services.file_state import file_state

    seen: list[int] = []

    def meanwhile(done: int, _total: int) -> None:
        seen.append(done)
        if done == 4:  # between the dossiers and the members: a write commits
            members.add_member(demo, "Arrivée Tardive")

    state = file_state(demo, meanwhile)
    assert seen == list(range(7))
    assert "Arrivée Tardive" not in {row.name for row in state.members}
    assert state.counts.members == len(state.members)  # the same moment
    assert "Arrivée Tardive" in {row.name for row in file_state(demo).members}
