"""The criteria grid of an edition: domains, criteria, scales and level rules.

These are immutable value objects. They are built from a grid file (:mod:`grid_file`) or from
the jury file (storage), and carry the rules that do not need a database: whether a score fits a
scale, which level thresholds apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError


@dataclass(frozen=True)
class ScaleStep:
    """One labelled step of a scale, for example ``2 — "Engagé"``."""

    value: int
    label: str
    description: str = ""


@dataclass(frozen=True)
class Scale:
    """An ordered list of integer steps (at least two)."""

    code: str
    name: str
    steps: tuple[ScaleStep, ...]

    @property
    def minimum(self) -> int:
        return self.steps[0].value

    @property
    def maximum(self) -> int:
        return self.steps[-1].value

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(step.value for step in self.steps)

    def step_for(self, value: int) -> ScaleStep | None:
        """Return the step with this value, or ``None`` when the value is not on the scale."""
        for step in self.steps:
            if step.value == value:
                return step
        return None

    def check(self, value: int) -> None:
        """Raise :class:`RuleError` unless ``value`` is one of the scale's steps."""
        if self.step_for(value) is None:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the score {value} is not on the scale “{scale}” (allowed: {allowed})"
                ),
                value=value,
                scale=self.name,
                allowed=", ".join(str(v) for v in self.values),
            )


@dataclass(frozen=True)
class QuestionRef:
    """A question of the candidates' form, by its label; ``occurrence`` tells apart repeated
    labels (1 = the first column carrying that label)."""

    label: str
    occurrence: int = 1


@dataclass(frozen=True)
class Criterion:
    """One criterion the jury scores, on the scale named by ``scale_code``."""

    code: str
    label: str
    help_text: str
    weight: float
    scale_code: str
    questions: tuple[QuestionRef, ...] = ()


@dataclass(frozen=True)
class Domain:
    """A group of criteria (the TNL label has five)."""

    code: str
    name: str
    description: str
    weight: float
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class LevelRule:
    """What a dossier needs for ``level``.

    ``min_score`` applies to the aggregated score (the weighted mean of the criteria, on the
    scale); ``min_every_domain`` to every domain's score; ``domain_minimums`` to named domains.
    """

    level: int
    name: str
    min_score: float
    min_every_domain: float | None = None
    domain_minimums: dict[str, float] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class ImportHints:
    """Where the importer finds a candidate's identity when the export has no fixed column for
    it: for each attribute, the form labels to try, in order."""

    candidate_name: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    departement: tuple[str, ...] = ()
    official_name: tuple[str, ...] = ()
    official_function: tuple[str, ...] = ()
    referent_name: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionColumn:
    """A known procedure's column for a question of the grid (``[[import.questions]]``): the
    export's header and occurrence; an empty ``column`` says the form has no such question."""

    question: QuestionRef
    column: str
    column_occurrence: int = 1


@dataclass(frozen=True)
class Grid:
    """A complete, validated grid."""

    label: str
    name: str
    scales: dict[str, Scale]
    domains: tuple[Domain, ...]
    level_rules: tuple[LevelRule, ...]
    import_hints: ImportHints = field(default_factory=ImportHints)
    question_columns: tuple[QuestionColumn, ...] = ()

    def criteria(self) -> Iterator[tuple[Domain, Criterion]]:
        """Every criterion with its domain, in grid order."""
        for domain in self.domains:
            for criterion in domain.criteria:
                yield domain, criterion

    @property
    def criterion_count(self) -> int:
        return sum(len(domain.criteria) for domain in self.domains)

    def scale_of(self, criterion: Criterion) -> Scale:
        return self.scales[criterion.scale_code]
