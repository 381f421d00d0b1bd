"""Majority judgment (Balinski & Laraki) on the levels the members propose.

Each member gives a grade (a proposed level 0–5). A dossier's *majority grade* is the lower
median of its grades: with the grades sorted in increasing order, the one at index
``(n - 1) // 2`` — the highest grade that a majority of the members give or exceed.

Dossiers with the same majority grade are told apart by the *majority gauge*:
``p`` is the share of grades strictly above the majority grade, ``q`` the share strictly below.
If ``p > q`` the gauge is ``(grade, +, p)``, else ``(grade, −, q)``. A ``+`` ranks above a ``−``;
between two ``+`` the larger ``p`` ranks higher; between two ``−`` the smaller ``q`` ranks higher.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def majority_grade(grades: Sequence[int]) -> int | None:
    """The lower median of ``grades``, or None when there are none."""
    if not grades:
        return None
    ordered = sorted(grades)
    return ordered[(len(ordered) - 1) // 2]


@dataclass(frozen=True, slots=True, order=False)
class Gauge:
    """The majority gauge of a set of grades (see the module docstring)."""

    grade: int
    sign: int  # +1 when more grades lie above the majority grade than below, else −1
    share: float  # p when sign is +1, q when sign is −1

    def sort_key(self) -> tuple[int, int, float]:
        """Larger is better: sort with ``reverse=True`` to rank."""
        return (self.grade, self.sign, self.share if self.sign > 0 else -self.share)

    def __str__(self) -> str:
        return f"{self.grade}{'+' if self.sign > 0 else '−'} ({self.share:.0%})"


def majority_gauge(grades: Sequence[int]) -> Gauge | None:
    """The majority gauge of ``grades``, or None when there are none."""
    grade = majority_grade(grades)
    if grade is None:
        return None
    n = len(grades)
    above = sum(1 for g in grades if g > grade) / n
    below = sum(1 for g in grades if g < grade) / n
    if above > below:
        return Gauge(grade, +1, above)
    return Gauge(grade, -1, below)


def rank_by_majority(grades_by_item: dict[str, Sequence[int]]) -> list[tuple[str, Gauge | None]]:
    """Items ranked best first by majority grade then gauge; items without grades come last,
    ties keep the input order."""
    items = list(grades_by_item.items())
    gauges = [(key, majority_gauge(grades)) for key, grades in items]
    return sorted(
        gauges,
        key=lambda pair: (pair[1] is not None, pair[1].sort_key() if pair[1] else (0, 0, 0.0)),
        reverse=True,
    )
