"""The grid's level rules applied to a dossier's aggregated scores, with the reason in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tnl_jury.domain.figures import figure_text, meets
from tnl_jury.domain.grid import Grid, LevelRule


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Why a dossier misses a level: which requirement, the threshold and the figure reached.

    ``domain`` is None for the overall score.
    """

    domain: str | None
    domain_name: str
    required: float
    actual: float | None
    every_domain: bool = False


@dataclass(frozen=True, slots=True)
class LevelOutcome:
    """The level the rules give (0 = no label) and, when a higher level exists, why the dossier
    misses the next one."""

    level: int
    level_name: str
    next_level: int | None
    shortfalls: tuple[Shortfall, ...]

    def reason_fr(self) -> str:
        """The reason in French, e.g. « le niveau 4 demande chaque domaine ≥ 2 ; Ouverture
        des données publiques est à 1,6 »."""
        return _describe(self, _FR)

    def reason_en(self) -> str:
        return _describe(self, _EN)


NO_LABEL = "Aucun label"  # the documents' name of level 0 (the no-label outcome), in French

_FR = {
    "reached": "Niveau {level} atteint",
    "none": NO_LABEL,
    "top": "{head} : niveau le plus élevé de la grille.",
    "needs_score": "le niveau {level} demande un score global ≥ {required}",
    "needs_every": "le niveau {level} demande chaque domaine ≥ {required}",
    "needs_domain": "le niveau {level} demande {domain} ≥ {required}",
    "is_at": "{name} est à {actual}",
    "no_score": "{name} n'a pas de note",
    "overall": "le score global",
    "join": " ; ",
    "decimal": ",",
}
_EN = {
    "reached": "Level {level} reached",
    "none": "No label",
    "top": "{head}: the highest level of the grid.",
    "needs_score": "level {level} needs an overall score ≥ {required}",
    "needs_every": "level {level} needs every domain ≥ {required}",
    "needs_domain": "level {level} needs {domain} ≥ {required}",
    "is_at": "{name} is at {actual}",
    "no_score": "{name} has no score",
    "overall": "the overall score",
    "join": "; ",
    "decimal": ".",
}


def _number(value: float, words: Mapping[str, str]) -> str:
    text = figure_text(value).rstrip("0").rstrip(".")  # the figure the rule compared
    return text.replace(".", words["decimal"])


def _describe(outcome: LevelOutcome, words: Mapping[str, str]) -> str:
    head = words["reached"].format(level=outcome.level) if outcome.level else words["none"]
    if outcome.next_level is None:
        return words["top"].format(head=head)
    level = outcome.next_level

    def figure(s: Shortfall) -> str:
        name = s.domain_name if s.domain else words["overall"]
        if s.actual is None:
            return words["no_score"].format(name=name)
        return words["is_at"].format(name=name, actual=_number(s.actual, words))

    parts: list[str] = []
    every = [s for s in outcome.shortfalls if s.every_domain]
    listed = {s.domain for s in every}
    for s in outcome.shortfalls:
        required = _number(s.required, words)
        if s.domain is None:
            parts += [words["needs_score"].format(level=level, required=required), figure(s)]
        elif s.every_domain:
            if s is every[0]:  # one requirement, then every domain that misses it
                parts.append(words["needs_every"].format(level=level, required=required))
                parts.append(", ".join(figure(e) for e in every))
        elif s.domain not in listed or s.required > every[0].required:
            parts.append(
                words["needs_domain"].format(level=level, domain=s.domain_name, required=required)
            )
            parts.append(figure(s))
    return f"{head}{words['join']}{words['join'].join(parts)}"


def shortfalls(
    grid: Grid, rule: LevelRule, overall: float | None, domain_scores: Mapping[str, float | None]
) -> tuple[Shortfall, ...]:
    """Every requirement of ``rule`` the scores do not meet (empty when the level is reached).

    A missing figure (None) never meets a requirement; the others are compared at the
    precision they are shown (:func:`tnl_jury.domain.figures.meets`).
    """
    names = {d.code: d.name for d in grid.domains}
    missing: list[Shortfall] = []
    if overall is None or not meets(overall, rule.min_score):
        missing.append(Shortfall(None, "", rule.min_score, overall))
    if rule.min_every_domain is not None:
        for code, name in names.items():
            value = domain_scores.get(code)
            if value is None or not meets(value, rule.min_every_domain):
                missing.append(Shortfall(code, name, rule.min_every_domain, value, True))
    for code, required in rule.domain_minimums.items():
        value = domain_scores.get(code)
        if value is None or not meets(value, required):
            missing.append(Shortfall(code, names[code], required, value))
    return tuple(missing)


def proposed_level(
    grid: Grid, overall: float | None, domain_scores: Mapping[str, float | None]
) -> LevelOutcome:
    """The highest level whose rule — and every lower level's rule — the scores meet.

    Levels are cumulative: a dossier that misses level 3 does not get level 4 even if level 4's
    own thresholds happen to be met.
    """
    reached, reached_name = 0, ""
    for rule in grid.level_rules:
        missing = shortfalls(grid, rule, overall, domain_scores)
        if missing:
            return LevelOutcome(reached, reached_name, rule.level, missing)
        reached, reached_name = rule.level, rule.name
    return LevelOutcome(reached, reached_name, None, ())
