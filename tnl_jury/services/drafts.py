"""Draft texts for a decision: a motivation and recommendations ("pistes de progression"),
built from the scores alone (never the members' comments nor the grid's guidance to jurors),
for the jury to edit."""

from __future__ import annotations

from dataclasses import dataclass

from tnl_jury.domain.grid import Grid
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.results import DossierResults, compute_results
from tnl_jury.storage.jury_file import JuryFile

STRONG, WEAK = 2.5, 1.5  # on the default 0–4 scale; scaled for other grids


@dataclass(frozen=True)
class DecisionDraft:
    level: int
    motivation: str
    recommendations: str


def draft_decision(jury_file: JuryFile, dossier_id: int) -> DecisionDraft:
    """A draft decision: the level the rules propose, a motivation, recommendations.

    Both texts are meant for the candidate's letter and are drafted from the scores alone:
    never from the members' comments or general notes (internal to the jury) nor from the
    grid's help texts (guidance to jurors). The jury edits them before recording."""
    grid = load_stored_grid(jury_file)
    (result,) = compute_results(jury_file, [dossier_id])
    return DecisionDraft(
        result.proposed.level,
        _motivation(grid, result),
        _recommendations(grid, result),
    )


def _scale_max(grid: Grid) -> int:
    return max(scale.maximum for scale in grid.scales.values())


def _quoted(names: list[str]) -> str:
    quoted = [f"« {name} »" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " et " + quoted[-1]


def _motivation(grid: Grid, r: DossierResults) -> str:
    """Sentences naming the strong and the weak domains, without figures or rules."""
    factor = _scale_max(grid) / 4
    names = {d.code: d.name for d in grid.domains}
    scored = [(names[d.code], d.score) for d in r.aggregate.domains if d.score is not None]
    if r.aggregate.score is None:
        return "Le jury n'a pas encore noté ce dossier."
    strong = [n for n, s in scored if s >= STRONG * factor]
    weak = [n for n, s in scored if s < WEAK * factor]
    parts = []
    if strong:
        word = "le domaine" if len(strong) == 1 else "les domaines"
        parts.append(
            f"Le jury salue en particulier la démarche engagée dans {word} {_quoted(strong)}."
        )
    if weak:
        word = "Le domaine" if len(weak) == 1 else "Les domaines"
        verb = "reste" if len(weak) == 1 else "restent"
        parts.append(f"{word} {_quoted(weak)} {verb} à développer.")
    if not parts:
        parts.append("Le dossier présente une démarche d'ensemble, sans domaine délaissé.")
    return "\n".join(parts)


def _recommendations(grid: Grid, r: DossierResults) -> str:
    """The weakest criteria (up to three, below the strong mark), by their labels and domains."""
    factor = _scale_max(grid) / 4
    domain_of = {c.code: d.name for d, c in grid.criteria()}
    labels = {c.code: c.label for _, c in grid.criteria()}
    means = sorted(
        (c.mean, c.code)
        for d in r.aggregate.domains
        for c in d.criteria
        if c.mean is not None and c.mean < STRONG * factor
    )
    if not means:
        return "Le jury vous encourage à poursuivre votre démarche et à la faire connaître."
    lines = ["Le jury vous invite à progresser en priorité sur les points suivants :"]
    lines += [f"• {labels[code]} ({domain_of[code]})" for _mean, code in means[:3]]
    return "\n".join(lines)
