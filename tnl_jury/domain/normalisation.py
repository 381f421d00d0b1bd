"""Per-member normalisation: correcting for lenient and severe members, shown beside the raw
figures (never instead of them) when the edition turns it on.

Each member's figures are read as z-scores against *that member's own* values over the whole
edition (``z = (x − member mean) / member standard deviation``), then mapped back onto the
jury's scale (``jury mean + z × jury standard deviation``, clipped to the scale's bounds). A
member who gives 3 everywhere and one who gives 1 everywhere then weigh the same on a dossier
they both find average.

A member's own domain score is a weighted mean of their values, so the same affine map applies
to it; a dossier's normalised domain score is the mean of its members' normalised domain scores,
and its normalised score the weighted mean of those (the domains' weights), like the raw score.
A member with no spread (fewer than two distinct values) keeps their figures as they are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from tnl_jury.domain.aggregation import Mark, weighted_mean
from tnl_jury.domain.grid import Grid


@dataclass(frozen=True, slots=True)
class ValueScale:
    """The mean and population standard deviation of a set of values."""

    mean: float
    stdev: float

    @staticmethod
    def of_sums(count: int, total: float, squares: float) -> ValueScale | None:
        """From the count, sum and sum of squares of the values; None without values."""
        if count <= 0:
            return None
        mean = total / count
        return ValueScale(mean, math.sqrt(max(0.0, squares / count - mean * mean)))


def normalised(
    value: float, member: ValueScale | None, jury: ValueScale, low: float, high: float
) -> float:
    """``value``, one of a member's figures, as a z-score against the member's own values,
    mapped back onto the jury's scale and clipped to ``[low, high]``."""
    if member is None or member.stdev < 1e-9:
        return value
    return min(high, max(low, jury.mean + (value - member.mean) / member.stdev * jury.stdev))


@dataclass(frozen=True, slots=True)
class NormalisedScores:
    """A dossier's normalised figures: overall and by domain code (None: no figure)."""

    score: float | None
    domains: tuple[tuple[str, float | None], ...]

    def domain(self, code: str) -> float | None:
        return dict(self.domains).get(code)


def normalised_dossier(
    grid: Grid,
    member_domain_scores: Mapping[str, Mapping[int, float]],
    scales: Mapping[int, ValueScale],
    jury: ValueScale,
    low: float,
    high: float,
) -> NormalisedScores:
    """A dossier's normalised figures from each counted member's own domain scores (domain
    code → member → score) and each member's scale over the edition."""
    domains: list[tuple[str, float | None]] = []
    for domain in grid.domains:
        by_member = member_domain_scores.get(domain.code, {})
        values = [normalised(s, scales.get(m), jury, low, high) for m, s in by_member.items()]
        domains.append((domain.code, sum(values) / len(values) if values else None))
    score = weighted_mean(
        (value, domain.weight) for (_, value), domain in zip(domains, grid.domains, strict=True)
    )
    return NormalisedScores(score, tuple(domains))


def normalise(
    marks: Mapping[int, Mapping[str, Mark]],
    target_mean: float,
    target_stdev: float,
    low: int,
    high: int,
) -> dict[int, dict[str, float]]:
    """Each member's values as z-scores over all their values in ``marks``, mapped back onto
    the scale (``target_mean + z × target_stdev``, clipped to ``[low, high]``); no-opinion and
    missing marks are left out. A member without spread keeps their values as they are."""
    target = ValueScale(target_mean, target_stdev)
    result: dict[int, dict[str, float]] = {}
    for member, by_code in marks.items():
        values = {code: float(v) for code, v in by_code.items() if isinstance(v, int)}
        scale = ValueScale.of_sums(
            len(values), sum(values.values()), sum(v * v for v in values.values())
        )
        result[member] = {
            code: normalised(v, scale, target, low, high) for code, v in values.items()
        }
    return result
