"""Draft texts for a decision: a motivation and recommendations ("pistes de progression"),
built from the domain scores and the members' comments, for the jury to edit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from tnl_jury.domain.grid import Grid
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.results import DossierResults, compute_results
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

STRONG, WEAK = 2.5, 1.5  # on the default 0–4 scale; scaled for other grids


@dataclass(frozen=True)
class DecisionDraft:
    level: int
    motivation: str
    recommendations: str


def _fr(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def draft_decision(jury_file: JuryFile, dossier_id: int) -> DecisionDraft:
    """A draft decision: the level the rules propose, a motivation, recommendations."""
    grid = load_stored_grid(jury_file)
    (result,) = compute_results(jury_file, [dossier_id])
    with jury_file.reader() as session:
        comments = [
            (code, text)
            for code, text in session.execute(
                select(m.Criterion.code, m.Score.comment)
                .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
                .where(m.Score.dossier_id == dossier_id, m.Score.comment != "")
                .order_by(m.Criterion.position, m.Score.member_id)
            )
        ]
        notes = list(
            session.scalars(
                select(m.MemberDossier.general_note).where(
                    m.MemberDossier.dossier_id == dossier_id, m.MemberDossier.general_note != ""
                )
            )
        )
    return DecisionDraft(
        result.proposed.level,
        _motivation(grid, result, notes),
        _recommendations(grid, result, comments),
    )


def _scale_max(grid: Grid) -> int:
    return max(scale.maximum for scale in grid.scales.values())


def _motivation(grid: Grid, r: DossierResults, notes: list[str]) -> str:
    factor = _scale_max(grid) / 4
    names = {d.code: d.name for d in grid.domains}
    scored = [(names[d.code], d.score) for d in r.aggregate.domains if d.score is not None]
    if r.aggregate.score is None:
        return "Le jury n'a pas encore noté ce dossier."
    parts = [f"Score global : {_fr(r.aggregate.score)} sur {_scale_max(grid)}."]
    strong = [f"{n} ({_fr(s)})" for n, s in scored if s >= STRONG * factor]
    weak = [f"{n} ({_fr(s)})" for n, s in scored if s < WEAK * factor]
    if strong:
        parts.append("Points forts : " + ", ".join(strong) + ".")
    if weak:
        parts.append("Points à renforcer : " + ", ".join(weak) + ".")
    parts.append(r.proposed.reason_fr() + ".")
    parts += [note.strip() for note in notes]
    return "\n".join(parts)


def _recommendations(grid: Grid, r: DossierResults, comments: list[tuple[str, str]]) -> str:
    """The weakest criteria's help texts, then the members' comments, grouped by criterion."""
    criteria = {c.code: c for _, c in grid.criteria()}
    means = [
        (c.mean, c.code) for d in r.aggregate.domains for c in d.criteria if c.mean is not None
    ]
    lines = [
        f"• {criteria[code].label} : {criteria[code].help_text}"
        for _mean, code in sorted(means)[:3]
        if criteria[code].help_text
    ]
    seen: set[str] = set()
    for code, text in comments:
        key = text.strip()
        if key and key not in seen:
            seen.add(key)
            lines.append(f"• {criteria[code].label} — {key}")
    return "\n".join(lines)
