"""The demo generator: its default size, its answers, its determinism and a larger size."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tnl_jury.domain.grid import Grid, QuestionRef
from tnl_jury.services import audit, dossiers, edition, members, scores
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import JuryFile, JuryFileError

GRID_CRITERIA = 17


@pytest.fixture(scope="module")
def default_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JuryFile]:
    """The demo at its default size (what ``tnl-jury demo`` makes)."""
    jf = create_demo(tmp_path_factory.mktemp("demo") / "demo.tnlj")
    yield jf
    jf.close()


def _answered_questions(answers: list[tuple[str, str]]) -> dict[QuestionRef, str]:
    """The answers keyed the way the grid names questions: (label, occurrence of that label)."""
    seen: Counter[str] = Counter()
    keyed = {}
    for label, value in answers:
        seen[label] += 1
        keyed[QuestionRef(label, seen[label])] = value
    return keyed


def test_default_size(default_demo: JuryFile) -> None:
    """30 distinct candidates, 8 members (one president, one secretary), exactly one
    recusal."""
    counts = edition.counts(default_demo)
    assert (counts.dossiers, counts.members, counts.decisions) == (30, 8, 0)
    roles = Counter(m.role for m in members.list_members(default_demo))
    assert roles == {"president": 1, "secretary": 1, "member": 6}
    assert len(members.list_recusals(default_demo)) == 1
    listed = dossiers.list_dossiers(default_demo)
    assert len({d.ds_number for d in listed}) == 30
    assert len({d.candidate_name for d in listed}) == 30  # no candidate appears twice
    assert audit.first_broken_link(default_demo) is None


def test_some_scores_but_not_all(default_demo: JuryFile) -> None:
    """Members have started some dossiers, not all; every score is on the scale and the recused
    member never scored the dossier they stepped aside from."""
    rows = scores.list_scores(default_demo)
    assert 0 < edition.counts(default_demo).scores < 30 * 8 * GRID_CRITERIA
    assert {s.value for s in rows} - {None} <= {0, 1, 2, 3, 4}
    assert any(s.no_opinion for s in rows)
    assert any(s.comment for s in rows)
    scored = {s.dossier_id for s in rows}
    listed = dossiers.list_dossiers(default_demo)
    assert 0 < len(scored) < len(listed)
    assert any(d.submitted_members > 0 for d in listed)
    (recusal,) = members.list_recusals(default_demo)
    assert not [
        s for s in rows if (s.member_id, s.dossier_id) == (recusal.member_id, recusal.dossier_id)
    ]


def test_every_dossier_answers_every_domain(default_demo: JuryFile) -> None:
    """Each dossier has a non-empty answer to a question of every domain of the grid, and an
    answer for every question the grid names."""
    grid: Grid = edition.load_stored_grid(default_demo)
    for row in dossiers.list_dossiers(default_demo):
        detail = dossiers.get_dossier_detail(default_demo, row.id)
        answered = _answered_questions([(a.label, a.value) for a in detail.answers])
        for domain in grid.domains:
            refs = [q for c in domain.criteria for q in c.questions]
            assert refs, domain.code
            assert all(ref in answered for ref in refs), (row.ds_number, domain.code)
            assert any(answered[ref] for ref in refs), (row.ds_number, domain.code)
        assert answered[QuestionRef("Nom de la collectivité")] == row.candidate_name


def _comparable(jf: JuryFile) -> dict[str, Any]:
    """What the demo produced, without ids or times of creation."""
    member_ids = {m.id: m.name for m in members.list_members(jf)}
    dossier_ids = {d.id: d.ds_number for d in dossiers.list_dossiers(jf)}
    return {
        "dossiers": [dataclasses.replace(d, id=0) for d in dossiers.list_dossiers(jf)],
        "members": [(m.name, m.organisation, m.role) for m in members.list_members(jf)],
        "scores": [
            (
                member_ids[s.member_id],
                dossier_ids[s.dossier_id],
                s.criterion_code,
                s.value,
                s.no_opinion,
                s.comment,
            )
            for s in scores.list_scores(jf)
        ],
        "answers": [dossiers.get_dossier_detail(jf, i).answers for i in sorted(dossier_ids)],
    }


def test_same_seed_same_content_other_seed_other_content(tmp_path: Path) -> None:
    """Two demos with the same seed hold the same dossiers, answers and scores; another seed
    gives other content."""
    size = DemoSize(dossiers=10, members=4)
    with (
        create_demo(tmp_path / "a.tnlj", size, seed=11) as a,
        create_demo(tmp_path / "b.tnlj", size, seed=11) as b,
        create_demo(tmp_path / "c.tnlj", size, seed=12) as c,
    ):
        first, second, other = _comparable(a), _comparable(b), _comparable(c)
    assert first == second
    assert first["scores"]
    assert other["dossiers"] != first["dossiers"]
    assert other["scores"] != first["scores"]


def test_larger_demo(tmp_path: Path) -> None:
    """200 dossiers and 12 members work: distinct numbers and names, one recusal."""
    with create_demo(tmp_path / "big.tnlj", DemoSize(dossiers=200, members=12)) as jf:
        counts = edition.counts(jf)
        listed = dossiers.list_dossiers(jf)
        assert (counts.dossiers, counts.members) == (200, 12)
        assert len({d.ds_number for d in listed}) == 200
        assert len({d.candidate_name for d in listed}) == 200
        assert len(members.list_recusals(jf)) == 1
        assert 0 < counts.scores < 200 * 12 * GRID_CRITERIA
        assert Counter(m.role for m in members.list_members(jf))["president"] == 1


def test_demo_refuses_an_existing_path(tmp_path: Path) -> None:
    """The demo never overwrites a file."""
    path = tmp_path / "taken.tnlj"
    path.write_bytes(b"mine")
    with pytest.raises(JuryFileError, match="already exists"):
        create_demo(path)
    assert path.read_bytes() == b"mine"
