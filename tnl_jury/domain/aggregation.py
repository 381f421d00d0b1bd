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
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from tnl_jury.domain.grid import Grid


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


@dataclass(frozen=True)
class Spread:
    """How far apart the values are: max − min and the population standard deviation."""

    range: float
    stdev: float

    @staticmethod
    def of(values: Sequence[float]) -> Spread | None:
        if not values:
            return None
        return _spread(values, sum(values) / len(values))


@dataclass(frozen=True)
class CriterionResult:
    code: str
    mean: float | None
    median: float | None
    given: int
    no_opinion: int
    missing: int
    spread: Spread | None


@dataclass(frozen=True)
class DomainResult:
    code: str
    score: float | None  # weighted mean of its criteria's means
    criteria: tuple[CriterionResult, ...]
    spread: Spread | None  # spread of the members' own domain scores


@dataclass(frozen=True)
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


def aggregate_criterion(code: str, marks: Iterable[Mark]) -> CriterionResult:
    """Mean, median and spread of the given values; no-opinion and missing marks counted."""
    column = marks if isinstance(marks, list) else list(marks)
    # List comprehensions and integer sums rather than a loop over the marks and the statistics
    # module (exact Fraction sums): this runs for every criterion of every dossier at each
    # recompute, and the figures are the same (means of a few dozen small integers).
    values: list[int] = [v for v in column if v is not None and v is not NO_OPINION]  # type: ignore[misc]
    missing = column.count(None)
    no_opinion = len(column) - len(values) - missing
    if not values:
        return CriterionResult(code, None, None, 0, no_opinion, missing, None)
    count = len(values)
    total = sum(values)
    values.sort()
    half = count // 2
    median = float(values[half]) if count % 2 else (values[half - 1] + values[half]) / 2
    # Population variance from integer sums, exactly: (n·Σv² − (Σv)²) / n².
    squares = sum([v * v for v in values])
    variance = (count * squares - total * total) / (count * count)
    return CriterionResult(
        code=code,
        mean=total / count,
        median=median,
        given=count,
        no_opinion=no_opinion,
        missing=missing,
        spread=Spread(values[-1] - values[0], math.sqrt(variance)),
    )


def _spread(values: Sequence[float], mean: float) -> Spread:
    """The range and population standard deviation of non-empty ``values`` of mean ``mean``."""
    variance = sum([(v - mean) * (v - mean) for v in values]) / len(values)
    return Spread(max(values) - min(values), math.sqrt(variance))


def aggregate_dossier(grid: Grid, marks: Mapping[int, Mapping[str, Mark]]) -> DossierResult:
    """Aggregate one dossier. ``marks`` maps each *eligible* member to their marks by criterion
    code (absent codes are missing marks)."""
    rows = list(marks.values())
    domains: list[DomainResult] = []
    for domain in grid.domains:
        columns = [[row.get(c.code) for row in rows] for c in domain.criteria]
        criteria = tuple(
            aggregate_criterion(c.code, column)
            for c, column in zip(domain.criteria, columns, strict=True)
        )
        weights = [c.weight for c in domain.criteria]
        score = weighted_mean(zip((r.mean for r in criteria), weights, strict=True))
        # Each member's own domain score: the weighted mean of their values in the domain.
        totals = [0.0] * len(rows)
        weight_sums = [0.0] * len(rows)
        for column, weight in zip(columns, weights, strict=True):
            for i, mark in enumerate(column):
                if mark is not None and mark is not NO_OPINION:
                    totals[i] += mark * weight  # type: ignore[operator]
                    weight_sums[i] += weight
        per_member = [t / w for t, w in zip(totals, weight_sums, strict=True) if w]
        domains.append(DomainResult(domain.code, score, criteria, Spread.of(per_member)))
    overall = weighted_mean(
        zip((d.score for d in domains), (d.weight for d in grid.domains), strict=True)
    )
    return DossierResult(overall, tuple(domains), len(rows))


def normalise(
    marks: Mapping[int, Mapping[str, Mark]],
    target_mean: float,
    target_stdev: float,
    low: int,
    high: int,
) -> dict[int, dict[str, float]]:
    """Each member's values as z-scores over all their values, mapped back onto the scale
    (``target_mean + z × target_stdev``, clipped to ``[low, high]``).

    A member with fewer than two values, or all values equal, keeps them as they are: there is no
    spread to normalise. Shown beside raw figures, never instead of them.
    """
    result: dict[int, dict[str, float]] = {}
    for member, by_code in marks.items():
        values = {code: float(v) for code, v in by_code.items() if isinstance(v, int)}
        if len(values) < 2 or len(set(values.values())) == 1:
            result[member] = values
            continue
        mean = statistics.fmean(values.values())
        stdev = statistics.pstdev(values.values())
        result[member] = {
            code: min(high, max(low, target_mean + (v - mean) / stdev * target_stdev))
            for code, v in values.items()
        }
    return result


def is_close(a: float | None, b: float | None) -> bool:
    """Equality of optional figures up to rounding noise."""
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
