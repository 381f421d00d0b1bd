"""Aggregation, majority judgment and level rules: properties and worked examples."""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tnl_jury.domain.aggregation import (
    NO_OPINION,
    aggregate_criterion,
    aggregate_dossier,
    criterion_from_counts,
    weighted_mean,
)
from tnl_jury.domain.grid_file import load_grid
from tnl_jury.domain.levels import proposed_level
from tnl_jury.domain.majority import majority_gauge, majority_grade, rank_by_majority
from tnl_jury.domain.normalisation import normalise
from tnl_jury.paths import default_grid_path

GRID = load_grid(default_grid_path())
marks = st.one_of(st.integers(0, 4), st.just(NO_OPINION), st.none())
grades = st.lists(st.integers(0, 5), min_size=1, max_size=15)


@given(st.lists(marks, max_size=12))
def test_missing_and_no_opinion_never_count_as_zero(values: list[object]) -> None:
    """Adding missing or no-opinion marks changes counts, never the mean or the median."""
    base = aggregate_criterion("C", values)
    more = aggregate_criterion("C", [*values, None, NO_OPINION])
    assert (more.mean, more.median, more.given) == (base.mean, base.median, base.given)
    assert more.missing == base.missing + 1 and more.no_opinion == base.no_opinion + 1
    given_values = [v for v in values if isinstance(v, int)]
    if given_values:
        assert base.mean == pytest.approx(statistics.fmean(given_values))
        assert base.spread is not None and base.spread.range == max(given_values) - min(
            given_values
        )
    else:
        assert base.mean is None and base.spread is None


@given(st.lists(marks, max_size=25))
def test_criterion_figures_match_the_statistics_module(values: list[object]) -> None:
    """Figures computed from counts (the path SQL-counted results take) equal the textbook
    median and population standard deviation of the given values."""
    result = aggregate_criterion("C", values)
    given_values = [v for v in values if isinstance(v, int)]
    if not given_values:
        return
    assert result.median == statistics.median(given_values)
    assert result.spread is not None
    assert result.spread.stdev == pytest.approx(statistics.pstdev(given_values), abs=1e-12)
    counts = {v: given_values.count(v) for v in set(given_values)}
    padded = sorted([*counts.items(), (99, 0), (-1, 0)])  # values nobody gave change nothing
    assert criterion_from_counts("C", padded, result.no_opinion, len(values)) == result


@given(
    st.dictionaries(
        st.integers(1, 20),
        st.dictionaries(st.sampled_from([c.code for _, c in GRID.criteria()]), marks),
        max_size=10,
    ),
    st.randoms(),
)
def test_results_do_not_depend_on_member_order(by_member: dict, rnd) -> None:
    """Shuffling the members gives the same figures."""
    items = list(by_member.items())
    rnd.shuffle(items)
    a = aggregate_dossier(GRID, by_member)
    b = aggregate_dossier(GRID, dict(items))
    assert a.domain_scores.keys() == b.domain_scores.keys()
    for code, value in a.domain_scores.items():
        other = b.domain_scores[code]
        assert (value is None and other is None) or math.isclose(value, other)


def test_domain_and_overall_scores_are_weighted_means_by_hand() -> None:
    """A worked example on the default grid, computed by hand."""
    marks_a = {"STRAT-1": 4, "STRAT-2": 2, "STRAT-3": NO_OPINION, "DATA-1": 1}
    marks_b = {"STRAT-1": 2, "STRAT-2": 2, "STRAT-3": 3, "STRAT-4": 0}
    result = aggregate_dossier(GRID, {1: marks_a, 2: marks_b})
    strat = result.domain("STRAT")
    # criterion means: S1 = 3 (w 1.5), S2 = 2, S3 = 3 (one value; one no-opinion), S4 = 0
    assert [c.mean for c in strat.criteria] == [3.0, 2.0, 3.0, 0.0]
    assert strat.criteria[2].no_opinion == 1 and strat.criteria[2].given == 1
    assert strat.score == pytest.approx((3 * 1.5 + 2 + 3 + 0) / 4.5)
    assert result.domain("DATA").score == pytest.approx(1.0)  # DATA-1 only
    assert result.domain("INTEROP").score is None  # no figure: left out, not zero
    assert result.score == pytest.approx((strat.score + 1.0) / 2)


def test_weighted_mean_ignores_none() -> None:
    assert weighted_mean([(None, 3.0), (2.0, 1.0), (4.0, 3.0)]) == pytest.approx(3.5)
    assert weighted_mean([(None, 1.0)]) is None


@given(grades)
def test_majority_grade_is_one_of_the_grades_and_a_lower_median(values: list[int]) -> None:
    grade = majority_grade(values)
    assert grade in values
    # at least half the grades are >= it and more than half are <= it
    assert sum(v >= grade for v in values) * 2 >= len(values)
    assert sum(v <= grade for v in values) * 2 > len(values) - 1


@given(grades, st.randoms())
def test_majority_gauge_does_not_depend_on_order(values: list[int], rnd) -> None:
    shuffled = values[:]
    rnd.shuffle(shuffled)
    assert majority_gauge(values) == majority_gauge(shuffled)


def test_majority_gauge_worked_examples() -> None:
    """Hand-computed gauges: p = share above the majority grade, q = share below."""
    assert majority_grade([0, 1, 2, 3, 4]) == 2
    assert majority_grade([2, 2, 3, 3]) == 2  # lower median of an even count
    g = majority_gauge([2, 2, 3, 3])
    assert (g.grade, g.sign, g.share) == (2, +1, 0.5)
    g = majority_gauge([1, 3, 3, 3, 5])
    assert (g.grade, g.sign, g.share) == (3, -1, 0.2)
    ranking = rank_by_majority({"A": [2, 2, 3], "B": [2, 3, 3], "C": [1, 2, 2], "D": []})
    # B has grade 3; A (2+, p=1/3) beats C (2-, q=1/3); D has no grade
    assert [key for key, _ in ranking] == ["B", "A", "C", "D"]


def test_normalisation_maps_each_member_onto_the_scale() -> None:
    raw = {1: {"A": 0, "B": 2, "C": 4}, 2: {"A": 3, "B": 3, "C": NO_OPINION}}
    norm = normalise(raw, target_mean=2.0, target_stdev=1.0, low=0, high=4)
    assert norm[1]["B"] == pytest.approx(2.0)
    assert norm[1]["A"] < norm[1]["B"] < norm[1]["C"]
    assert norm[2] == {"A": 3.0, "B": 3.0}  # no spread: left as is, no-opinion left out


def test_level_rules_give_the_reason_in_words() -> None:
    scores = {"STRAT": 3.0, "INTEROP": 2.5, "LOGICIELS": 3.0, "COMM": 2.2, "DATA": 1.6}
    outcome = proposed_level(GRID, 2.9, scores)
    assert outcome.level == 3 and outcome.next_level == 4
    assert outcome.reason_fr() == (
        "Niveau 3 atteint ; le niveau 4 demande chaque domaine ≥ 2 ; "
        "Ouverture des données publiques est à 1,6"
    )
    assert "level 4 needs every domain ≥ 2" in outcome.reason_en()


def test_levels_are_cumulative_and_missing_figures_fail() -> None:
    top = proposed_level(GRID, 3.9, {d.code: 3.9 for d in GRID.domains})
    assert top.level == 5 and top.next_level is None
    # overall high but one domain missing: level 3 needs every domain, so stop at 2
    scores: dict[str, float | None] = {d.code: 3.5 for d in GRID.domains}
    scores["COMM"] = None
    capped = proposed_level(GRID, 3.5, scores)
    assert capped.level == 2 and capped.shortfalls[0].domain == "COMM"
    assert proposed_level(GRID, None, {}).level == 0
