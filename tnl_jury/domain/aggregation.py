"""Turning the members' scores of one dossier into figures the jury deliberates on.

Pure functions over plain values. The rules that matter for fairness:

* a missing score and a "no opinion" mark are left out of every mean, median and spread, and
  counted apart — never read as zero;
* recused members are excluded before anything is computed (the caller passes only eligible
  members' marks);
* domain scores are weighted means of criterion means (criterion weights), and the overall score
  a weighted mean of domain scores (domain weights); a domain with no figure at all is left out
  of the overall score and reported as missing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from tnl_jury.domain.grid import Domain, Grid


class _NoOpinion:
    """The mark a member gives when they explicitly have no opinion."""

    _instance: _NoOpinion | None = None

    def __new__(cls) -> _NoOpinion:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_OPINION"


NO_OPINION: Final = _NoOpinion()
Mark = int | _NoOpinion | None
"""One member's mark on one criterion: a value, NO_OPINION, or None (not scored yet)."""


@dataclass(frozen=True, slots=True)
class Spread:
    """How far apart the values are: max − min and the population standard deviation."""

    range: float
    stdev: float

    @staticmethod
    def of(values: Sequence[float]) -> Spread | None:
        if not values:
            return None
        return _spread(values, sum(values) / len(values))


@dataclass(frozen=True, slots=True)
class CriterionResult:
    code: str
    mean: float | None
    median: float | None
    given: int
    no_opinion: int
    missing: int
    spread_range: float | None = None  # max − min of the given values
    spread_stdev: float | None = None  # their population standard deviation

    @property
    def spread(self) -> Spread | None:
        """The spread of the given values (None when no value was given).

        Stored as two numbers rather than a :class:`Spread`: a large edition holds a few
        hundred thousand criterion results, and one object less each halves the work of
        Python's garbage collector after a recompute (a pause the GUI thread would feel).
        """
        if self.spread_range is None or self.spread_stdev is None:
            return None
        return Spread(self.spread_range, self.spread_stdev)


@dataclass(frozen=True, slots=True)
class DomainResult:
    code: str
    score: float | None  # weighted mean of its criteria's means
    criteria: tuple[CriterionResult, ...]
    spread: Spread | None  # spread of the members' own domain scores


@dataclass(frozen=True, slots=True)
class DossierResult:
    score: float | None  # weighted mean of the domain scores
    domains: tuple[DomainResult, ...]
    members: int  # eligible members counted

    def domain(self, code: str) -> DomainResult:
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise KeyError(code)

    @property
    def domain_scores(self) -> dict[str, float | None]:
        return {domain.code: domain.score for domain in self.domains}


def weighted_mean(pairs: Iterable[tuple[float | None, float]]) -> float | None:
    """The mean of values weighted by weights, leaving out None values; None if none is left."""
    total = weight_sum = 0.0
    for value, weight in pairs:
        if value is not None:
            total += value * weight
            weight_sum += weight
    return total / weight_sum if weight_sum else None


def member_domain_score(domain: Domain, marks: Mapping[str, Mark]) -> float | None:
    """A member's own score in ``domain``: the weighted mean of their values on its criteria
    (``marks`` by criterion code; no opinion and missing marks left out), None without any.

    The one formula: :func:`aggregate_dossier` and the deliberation view use it, and the SQL of
    ``services/result_figures._domain_score`` computes the same (``tests/test_results_counting``).
    """
    return weighted_mean(
        (v, c.weight)  # type: ignore[misc]
        for c in domain.criteria
        if (v := marks.get(c.code)) is not None and v is not NO_OPINION
    )


def tally(marks: Iterable[Mark]) -> tuple[dict[int, int], int, int]:
    """Count ``marks``: (members per value, no-opinion marks, missing marks)."""
    counts: dict[int, int] = {}
    no_opinion = missing = 0
    for mark in marks:
        if mark is None:
            missing += 1
        elif isinstance(mark, int):
            counts[mark] = counts.get(mark, 0) + 1
        else:
            no_opinion += 1
    return counts, no_opinion, missing


def aggregate_criterion(code: str, marks: Iterable[Mark]) -> CriterionResult:
    """Mean, median and spread of the given values; no-opinion and missing marks counted."""
    counts, no_opinion, missing = tally(marks)
    return criterion_from_tally(
        code, counts, no_opinion, sum(counts.values()) + no_opinion + missing
    )


def criterion_from_tally(
    code: str, counts: Mapping[int, int], no_opinion: int, members: int
) -> CriterionResult:
    """The figures of one criterion from how many of ``members`` gave each value."""
    return criterion_from_counts(code, sorted(counts.items()), no_opinion, members)


def criterion_from_counts(
    code: str, counts: Sequence[tuple[int, int]], no_opinion: int, members: int
) -> CriterionResult:
    """The figures of one criterion from ``(value, members who gave it)`` pairs in increasing
    order of value (values nobody gave may be left out or given with 0), ``no_opinion`` marks,
    and the number of ``members`` who could have scored it (the others' marks are missing).

    Every figure of a criterion (mean, median, range, standard deviation) depends only on how
    many times each value was given, so a large edition counts in SQL and hands the counts
    here; :func:`aggregate_criterion` counts marks and comes here too, so both give the same
    figures.
    """
    count = total = squares = 0
    low = high = None
    for value, times in counts:
        if times:
            if low is None:
                low = value
            high = value
            count += times
            total += value * times
            squares += value * value * times
    missing = members - count - no_opinion
    if low is None or high is None:
        return CriterionResult(code, None, None, 0, no_opinion, missing)
    # The median: the middle value, or the mean of the two middle values (0-based positions
    # half - 1 and half of the sorted values).
    half = count // 2
    lower = upper = low
    seen = 0
    for value, times in counts:
        if seen + times > half - 1 and seen <= half - 1:
            lower = value
        if seen + times > half:
            upper = value
            break
        seen += times
    median = float(upper) if count % 2 else (lower + upper) / 2
    # Population variance from integer sums, exactly: (n·Σv² − (Σv)²) / n².
    variance = (count * squares - total * total) / (count * count)
    return CriterionResult(
        code, total / count, median, count, no_opinion, missing, high - low, math.sqrt(variance)
    )


def _spread(values: Sequence[float], mean: float) -> Spread:
    """The range and population standard deviation of non-empty ``values`` of mean ``mean``."""
    variance = sum([(v - mean) * (v - mean) for v in values]) / len(values)
    return Spread(max(values) - min(values), math.sqrt(variance))


def aggregate_dossier(grid: Grid, marks: Mapping[int, Mapping[str, Mark]]) -> DossierResult:
    """Aggregate one dossier. ``marks`` maps each *eligible* member to their marks by criterion
    code (absent codes are missing marks)."""
    rows = list(marks.values())
    criteria: dict[str, CriterionResult] = {}
    member_scores: dict[str, list[float]] = {}
    for domain in grid.domains:
        for criterion in domain.criteria:
            criteria[criterion.code] = aggregate_criterion(
                criterion.code, [row.get(criterion.code) for row in rows]
            )
        scores = member_scores[domain.code] = []
        for row in rows:
            score = member_domain_score(domain, row)
            if score is not None:
                scores.append(score)
    return dossier_from_criteria(grid, criteria, member_scores, len(rows))


def dossier_from_criteria(
    grid: Grid,
    criteria: Mapping[str, CriterionResult],
    member_domain_scores: Mapping[str, Sequence[float]],
    members: int,
) -> DossierResult:
    """Assemble a dossier's result from its criteria's figures (by code; a criterion absent
    from ``criteria`` was scored by nobody) and each member's own domain scores (by domain code;
    members without any value in a domain are not listed)."""
    domains: list[DomainResult] = []
    for domain in grid.domains:
        results = tuple(
            criteria.get(c.code) or CriterionResult(c.code, None, None, 0, 0, members)
            for c in domain.criteria
        )
        score = weighted_mean(
            (r.mean, c.weight) for r, c in zip(results, domain.criteria, strict=True)
        )
        spread = Spread.of(member_domain_scores.get(domain.code, ()))
        domains.append(DomainResult(domain.code, score, results, spread))
    overall = weighted_mean(
        zip((d.score for d in domains), (d.weight for d in grid.domains), strict=True)
    )
    return DossierResult(overall, tuple(domains), members)
