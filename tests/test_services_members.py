"""Jury members and recusals: the rules of the members service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import new_jury_file_copy

from tnl_jury.domain.errors import NotFoundError, RuleError
from tnl_jury.services import audit, dossiers, members, scores
from tnl_jury.services.dossiers import NewDossier
from tnl_jury.storage.jury_file import JuryFile


@pytest.fixture
def jury_file(tmp_path: Path) -> Iterator[JuryFile]:
    """Like the shared fixture (a new jury file, default grid, 2026), copied from a template."""
    jf = new_jury_file_copy(tmp_path / "edition.tnlj")
    yield jf
    jf.close()


def _event_count(jf: JuryFile) -> int:
    return len(audit.list_events(jf))


def _one_dossier(jf: JuryFile, number: str = "18000001") -> int:
    (dossier_id,) = dossiers.add_dossiers(jf, [NewDossier(number, f"Ville {number}")])
    return dossier_id


def test_add_member_returns_and_stores_the_row(jury_file: JuryFile) -> None:
    """A member is stored with trimmed name and organisation, active, role "member" by default;
    the addition is audited."""
    before = _event_count(jury_file)
    row = members.add_member(jury_file, "  Amina Benali  ", "  CNLL ")
    assert (row.name, row.organisation, row.role, row.active) == (
        "Amina Benali",
        "CNLL",
        "member",
        True,
    )
    assert members.list_members(jury_file) == [row]
    assert _event_count(jury_file) == before + 1
    event = audit.list_events(jury_file, limit=1)[0]
    assert event.action == "member.add"
    assert event.details == {
        "member_id": row.id,
        "name": "Amina Benali",
        "role": "member",
        "voting": True,
    }


def test_only_one_active_president(jury_file: JuryFile) -> None:
    """A second president is refused; once the first is inactive, a new one is accepted."""
    first = members.add_member(jury_file, "Claire", role="president")
    with pytest.raises(RuleError, match="already has a president"):
        members.add_member(jury_file, "Pierre", role="president")
    assert [m.name for m in members.list_members(jury_file)] == ["Claire"]
    members.update_member(jury_file, first.id, active=False)
    second = members.add_member(jury_file, "Pierre", role="president")
    assert second.role == "president"
    assert [m.name for m in members.list_members(jury_file, include_inactive=False)] == ["Pierre"]


def test_update_member_cannot_make_a_second_president(jury_file: JuryFile) -> None:
    """Changing a member's role, or reactivating a former president, cannot give the jury two
    active presidents."""
    first = members.add_member(jury_file, "Claire", role="president")
    other = members.add_member(jury_file, "Karim")
    with pytest.raises(RuleError, match="already has a president"):
        members.update_member(jury_file, other.id, role="president")
    members.update_member(jury_file, first.id, active=False)
    members.update_member(jury_file, other.id, role="president")
    with pytest.raises(RuleError, match="already has a president"):
        members.update_member(jury_file, first.id, active=True)
    rows = members.list_members(jury_file)
    assert [(m.name, m.role, m.active) for m in rows] == [
        ("Claire", "president", False),
        ("Karim", "president", True),
    ]
    # The president may still change their own details.
    renamed = members.update_member(jury_file, other.id, name="Karim B.", role="president")
    assert (renamed.name, renamed.role) == ("Karim B.", "president")


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_refused(jury_file: JuryFile, name: str) -> None:
    """A member needs a name; nothing is written (no row, no audit event)."""
    before = _event_count(jury_file)
    with pytest.raises(RuleError, match="needs a name"):
        members.add_member(jury_file, name)
    assert members.list_members(jury_file) == []
    assert _event_count(jury_file) == before


def test_bad_role_is_refused_with_allowed_roles(jury_file: JuryFile) -> None:
    """An unknown role is refused, the message listing the allowed ones."""
    with pytest.raises(RuleError) as caught:
        members.add_member(jury_file, "Zoé", role="chairman")
    assert "'chairman'" in str(caught.value)
    assert "president, member, secretary" in str(caught.value)
    member = members.add_member(jury_file, "Zoé")
    with pytest.raises(RuleError, match="unknown role"):
        members.update_member(jury_file, member.id, role="President")
    with pytest.raises(RuleError, match="needs a name"):
        members.update_member(jury_file, member.id, name=" ")
    assert members.list_members(jury_file)[0].role == "member"


def test_update_unknown_member_is_not_found(jury_file: JuryFile) -> None:
    with pytest.raises(NotFoundError, match="no jury member with id 42"):
        members.update_member(jury_file, 42, name="X")


def test_update_without_change_records_nothing(jury_file: JuryFile) -> None:
    """Setting fields to their current values is not a change: no audit event."""
    member = members.add_member(jury_file, "Léa", "April")
    before = _event_count(jury_file)
    assert members.update_member(jury_file, member.id, name="Léa", organisation="April") == member
    assert _event_count(jury_file) == before


def test_recusal_needs_a_reason(jury_file: JuryFile) -> None:
    """A recusal without a reason (or only blanks) is refused."""
    member = members.add_member(jury_file, "Léa")
    dossier = _one_dossier(jury_file)
    for reason in ("", "  "):
        with pytest.raises(RuleError, match="needs a reason"):
            members.recuse(jury_file, member.id, dossier, reason)
    assert members.list_recusals(jury_file) == []


def test_recuse_then_duplicate_is_refused(jury_file: JuryFile) -> None:
    """A recusal is stored with its trimmed reason; recusing twice is refused."""
    member = members.add_member(jury_file, "Léa")
    dossier = _one_dossier(jury_file)
    row = members.recuse(jury_file, member.id, dossier, "  Élue de la commune ")
    assert (row.member_name, row.ds_number, row.candidate_name, row.reason) == (
        "Léa",
        "18000001",
        "Ville 18000001",
        "Élue de la commune",
    )
    with pytest.raises(RuleError, match="already stepped aside for dossier 18000001"):
        members.recuse(jury_file, member.id, dossier, "encore")
    assert members.list_recusals(jury_file) == [row]


def test_recuse_unknown_member_or_dossier(jury_file: JuryFile) -> None:
    member = members.add_member(jury_file, "Léa")
    dossier = _one_dossier(jury_file)
    with pytest.raises(NotFoundError, match="no jury member with id 99"):
        members.recuse(jury_file, 99, dossier, "raison")
    with pytest.raises(NotFoundError, match="no dossier with id 99"):
        members.recuse(jury_file, member.id, 99, "raison")


def test_lift_recusal_lets_the_member_score_again(jury_file: JuryFile) -> None:
    """Lifting a recusal removes it (audited); the member may then score the dossier."""
    member = members.add_member(jury_file, "Léa")
    dossier = _one_dossier(jury_file)
    members.recuse(jury_file, member.id, dossier, "Élue")
    with pytest.raises(RuleError, match="stepped aside"):
        scores.set_score(jury_file, member.id, dossier, "STRAT-1", 2)
    members.lift_recusal(jury_file, member.id, dossier)
    assert members.list_recusals(jury_file) == []
    assert audit.list_events(jury_file, limit=1)[0].action == "member.recusal_lifted"
    assert scores.set_score(jury_file, member.id, dossier, "STRAT-1", 2).value == 2
    with pytest.raises(NotFoundError, match="has not stepped aside"):
        members.lift_recusal(jury_file, member.id, dossier)


def test_recusals_are_listed_by_dossier_then_name(jury_file: JuryFile) -> None:
    ids = dossiers.add_dossiers(jury_file, [NewDossier("2", "B"), NewDossier("1", "A")])
    zoe = members.add_member(jury_file, "Zoé")
    ana = members.add_member(jury_file, "Anaïs")
    members.recuse(jury_file, zoe.id, ids[1], "r1")
    members.recuse(jury_file, ana.id, ids[0], "r2")
    members.recuse(jury_file, ana.id, ids[1], "r3")
    assert [(r.ds_number, r.member_name) for r in members.list_recusals(jury_file)] == [
        ("1", "Anaïs"),
        ("1", "Zoé"),
        ("2", "Anaïs"),
    ]
