"""The deliberation screen's read services on a demo file: a dossier's domains × members, its
comments, and the decision form's context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tnl_jury.domain.aggregation import Spread
from tnl_jury.services import deliberation, drafts, members, scores, scoring
from tnl_jury.services.deliberation_view import decision_context, dossier_view, level_names
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.scoring import comparison
from tnl_jury.storage.jury_file import JuryFile


def test_domains_by_members_are_each_members_weighted_means(demo_file: JuryFile) -> None:
    grid = load_stored_grid(demo_file)
    view = dossier_view(demo_file, 4)  # the demo's recusal: the last member on dossier 4
    table = comparison(demo_file, 4, None)
    assert [m.member_id for m in view.members] == [mid for mid, _ in table.members]
    assert "François Mercier" not in [m.name for m in view.members]
    assert view.results.recused_members == ("François Mercier",)
    weights = {c.code: c.weight for _, c in grid.criteria()}
    for line in view.domains:
        assert line.score == view.results.aggregate.domain(line.code).score
        for i, own in enumerate(line.by_member):
            pairs = [
                (row.cells[i].value, weights[row.criterion_code])
                for row in table.rows
                if row.domain_code == line.code and row.cells[i].value is not None
            ]
            if not pairs:
                assert own is None
            else:
                expected = sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
                assert own == pytest.approx(expected)
    assert any(value is not None for line in view.domains for value in line.by_member)


def test_comments_and_notes_are_listed_by_member(demo_file: JuryFile) -> None:
    if scores.get_progress(demo_file, 2, 5)[0] == "submitted":  # read-only until reopened
        scoring.reopen(demo_file, 2, 5)
    scores.set_score(demo_file, 2, 5, "DATA-1", 1, comment="  Aucun jeu publié.  ")
    scores.set_proposed_level(demo_file, 2, 5, 2)
    view = dossier_view(demo_file, 5)
    comment = next(c for c in view.comments if c.text == "Aucun jeu publié.")
    assert comment.member_name == "Thomas Lefèvre" and comment.criterion_code == "DATA-1"
    thomas = next(m for m in view.members if m.member_id == 2)
    assert thomas.proposed_level == 2


def test_decision_context_gathers_voters_meeting_draft_and_levels(demo_file: JuryFile) -> None:
    ids = [m.id for m in members.list_members(demo_file)]
    deliberation.set_attendance(demo_file, {mid: mid != 2 for mid in ids})
    deliberation.set_meeting(demo_file, held_on=dt.date(2026, 11, 26), place="Montpellier")
    context = decision_context(demo_file, 4)
    assert context.voters.eligible == (1, 3, 4, 5)  # 2 absent, 6 recused
    assert context.voters.recused == (6,)
    assert context.member_names[6] == "François Mercier"
    assert context.meeting.quorum.reached and context.meeting.place == "Montpellier"
    assert context.draft == drafts.draft_decision(demo_file, 4)
    assert context.draft.level == context.results.proposed.level
    assert context.casting_vote is True
    assert context.level_names[0] == "" and context.level_names[5].startswith("Niveau 5")
    assert level_names(load_stored_grid(demo_file)) == context.level_names


def test_a_members_domain_score_has_one_formula(tmp_path: Path) -> None:
    """The view's own domain scores (from the comparison) and the results' spreads (from SQLite's
    sums) are the same figures: one formula, ``aggregation.member_domain_score``."""
    with create_demo(tmp_path / "d.tnlj", DemoSize(dossiers=4, members=5)) as jf:
        for dossier_id in range(1, 5):
            for line in dossier_view(jf, dossier_id).domains:
                own = Spread.of([v for v in line.by_member if v is not None])
                assert (own is None) == (line.spread is None)
                if own is not None and line.spread is not None:
                    assert own.stdev == pytest.approx(line.spread.stdev)
                    assert own.range == pytest.approx(line.spread.range)
