"""The chart descriptions (domain/charts.py) and a real dossier's charts (services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tnl_jury.domain.charts import (
    LEVEL_COLOURS,
    SHORT,
    Box,
    Dot,
    Label,
    Segment,
    SpreadRow,
    ThresholdRow,
    criterion_spread,
    domain_levels,
    merit_profile,
)
from tnl_jury.services.deliberation_view import dossier_view
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.dossier_charts import dossier_charts, threshold_rows

NAMES = {0: "Aucun label", 1: "Niveau 1", 2: "Niveau 2", 3: "Niveau 3"}


def test_the_merit_profile_stacks_the_levels_and_names_the_lower_median() -> None:
    chart = merit_profile([3, 1, 2, 2, 3, 3], [0, 1, 2, 3], NAMES)
    bars = [s for s in chart.shapes if isinstance(s, Box) and s.fill in LEVEL_COLOURS]
    legend = [b for b in bars if b.w == 12]
    segments = [b for b in bars if b.w != 12]
    # one segment per level given, from the lowest, widths in proportion (1, 2, 3 of 6)
    assert [b.fill for b in segments] == [LEVEL_COLOURS[1], LEVEL_COLOURS[2], LEVEL_COLOURS[3]]
    total = sum(b.w for b in segments)
    assert [round(b.w / total, 3) for b in segments] == [round(1 / 6, 3), 0.333, 0.5]
    assert len(legend) == 3
    texts = [s.text for s in chart.shapes if isinstance(s, Label)]
    assert "Majority grade: Niveau 2" in texts  # lower median of 1,2,2,3,3,3
    (median,) = [s for s in chart.shapes if isinstance(s, Segment) and s.dashed]
    left = segments[0].x
    assert median.x1 == pytest.approx(left + total / 2)
    assert "Niveau 3: 3" in chart.summary


def test_a_merit_profile_without_grades_says_so() -> None:
    chart = merit_profile([], [0, 1, 2], NAMES)
    assert chart.summary == "No member has proposed a level yet."
    assert not any(isinstance(s, Segment) for s in chart.shapes)


def test_thresholds_not_reached_are_red() -> None:
    rows = [ThresholdRow("Score global", 1.4, ((1, 0.5), (2, 1.2), (3, 2.0)))]
    chart = domain_levels(rows, (0, 4))
    ticks = [s for s in chart.shapes if isinstance(s, Segment) and s.width == 2.0]
    assert [t.colour == SHORT for t in ticks] == [False, False, True]
    assert "Score global 1,4 (L3 ≥ 2)" in chart.summary
    assert "2,0" not in chart.summary


def test_the_spread_is_anonymous_unless_names_are_given() -> None:
    rows = [SpreadRow("C-1 Formats", (2, 2, None, 4)), SpreadRow("C-2 Données", (None,) * 4)]
    anonymous = criterion_spread(rows, (0, 4))
    dots = [s for s in anonymous.shapes if isinstance(s, Dot)]
    assert len(dots) == 3
    assert dots[0].y == dots[1].y and dots[0].x != dots[1].x  # equal values side by side
    texts = [s.text for s in anonymous.shapes if isinstance(s, Label)]
    assert not any("AM" in t or "Alice" in t for t in texts)
    assert "C-1 Formats: 2, 2, 4 (2,67)" in anonymous.summary
    assert "C-2 Données: no value" in anonymous.summary
    named = criterion_spread(
        rows, (0, 4), ["Alice Martin", "Bob Roy", "Chloé Dury", "Denis Le Gall"]
    )
    texts = [s.text for s in named.shapes if isinstance(s, Label)]
    assert texts.count("AM") == 1 and "DLG" in texts
    assert any("Alice Martin" in t for t in texts)


def test_a_real_dossier_gives_three_charts(tmp_path: Path) -> None:
    with create_demo(tmp_path / "demo.tnlj", DemoSize(dossiers=4, members=5)) as jf:
        view = dossier_view(jf, 1)
    charts = dossier_charts(view)
    assert len(view.criteria) == 17 and view.scale == (0, 4)
    rows = threshold_rows(view, "Overall")
    assert rows[0].score == view.results.aggregate.score
    assert [r.label for r in rows[1:]] == [d.name for d in view.domains]
    # every domain must reach 3 for level 5 in the default grid, DATA too (its own minimum)
    assert all((5, 3.0) in r.thresholds for r in rows[1:])
    values = sum(1 for c in view.criteria for v in c.by_member if v is not None)
    assert sum(isinstance(s, Dot) for s in charts.spread.shapes) == values
    assert charts.merit.summary.count(":") >= 1
    assert all(chart.shapes for chart in charts.all())


def test_a_threshold_digit_on_a_whole_number_is_not_struck_through_by_the_rule() -> None:
    """The level's digit above a tick at 3 (on the scale's rule at 3) has the paper behind it:
    the screenshots showed the grey rule running through "3" and "4"."""
    from tnl_jury.domain.charts import BACKGROUND

    rows = [ThresholdRow("Stratégie", 1.9, ((3, 1.0), (4, 2.0), (5, 3.0)))]
    chart = domain_levels(rows, (0, 4))
    digits = [s for s in chart.shapes if isinstance(s, Label) and s.text in {"3", "4", "5"}
              and s.size < 9]  # fmt: skip
    assert len(digits) == 3
    patches = [s for s in chart.shapes if isinstance(s, Box) and s.fill == BACKGROUND]
    for digit in digits:
        behind = [b for b in patches if b.x <= digit.x <= b.x + b.w and b.y <= digit.y <= b.y + b.h]
        assert behind, digit
        assert chart.shapes.index(behind[0]) < chart.shapes.index(digit)  # drawn before it
