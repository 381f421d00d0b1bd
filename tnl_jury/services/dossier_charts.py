"""A dossier's three charts (:mod:`tnl_jury.domain.charts`) from its deliberation view.

Pure: :func:`dossier_charts` reads nothing from the jury file, it turns a
:class:`~tnl_jury.services.deliberation_view.DeliberationView` (already read) into chart
descriptions that the screen (the projector window, the deliberation detail) and a PDF draw the
same way. The members' names stay off the spread chart unless ``member_names`` is True (no
edition setting turns them on yet: the projector shows the jury's opinion, not who holds it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tnl_jury.domain.charts import (
    DEFAULT_WORDS,
    Chart,
    ChartWords,
    SpreadRow,
    ThresholdRow,
    criterion_spread,
    domain_levels,
    merit_profile,
)

if TYPE_CHECKING:
    from tnl_jury.services.deliberation_view import DeliberationView


@dataclass(frozen=True)
class DossierCharts:
    merit: Chart
    levels: Chart
    spread: Chart

    def all(self) -> tuple[Chart, Chart, Chart]:
        return (self.merit, self.levels, self.spread)


def threshold_rows(view: DeliberationView, overall_label: str) -> tuple[ThresholdRow, ...]:
    """The overall score against each level's ``min_score``, then each domain against what
    each level requires of it (the larger of "every domain ≥" and its own minimum)."""
    rules = sorted(view.level_rules, key=lambda rule: rule.level)
    rows = [
        ThresholdRow(
            overall_label,
            view.results.aggregate.score,
            tuple((rule.level, rule.min_score) for rule in rules if rule.min_score > 0),
        )
    ]
    for line in view.domains:
        thresholds = []
        for rule in rules:
            needs = [
                v
                for v in (rule.min_every_domain, rule.domain_minimums.get(line.code))
                if v is not None
            ]
            if needs and max(needs) > 0:
                thresholds.append((rule.level, max(needs)))
        rows.append(ThresholdRow(line.name, line.score, tuple(thresholds)))
    return tuple(rows)


def dossier_charts(
    view: DeliberationView,
    words: ChartWords = DEFAULT_WORDS,
    *,
    comma: bool = True,
    member_names: bool = False,
) -> DossierCharts:
    """The merit profile of the members' proposed levels, the scores against the level
    thresholds, and the spread of the members' values per criterion, for ``view``."""
    levels = sorted(set(view.level_names) | {0} | set(view.results.proposed_levels))
    names = {**view.level_names, 0: view.level_names.get(0) or words.no_label}
    merit = merit_profile(view.results.proposed_levels, levels, names, words)
    level_chart = domain_levels(threshold_rows(view, words.overall), view.scale, words, comma=comma)
    spread = criterion_spread(
        [SpreadRow(f"{c.code} {c.label}", c.by_member) for c in view.criteria],
        view.scale,
        [m.name for m in view.members] if member_names else (),
        words,
        comma=comma,
    )
    return DossierCharts(merit, level_chart, spread)
