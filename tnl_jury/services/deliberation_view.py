"""What the deliberation screen reads, gathered in one call each (Qt-free).

* :func:`dossier_view`: one dossier's domains × members side by side (each member's own domain
  score, the weighted mean of their values), their proposed levels, comments and general notes;
* :func:`decision_context`: everything the decision form needs at once (results, voters,
  meeting, draft texts, level names, the casting-vote setting);
* :func:`level_names`: the grid's level names by level (0 = no label).

Each returns frozen dataclasses; none writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from tnl_jury.domain.aggregation import NO_OPINION, Mark, Spread, member_domain_score
from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.domain.grid import Grid, LevelRule
from tnl_jury.services.deliberation import MeetingInfo, Voters, get_meeting, voters
from tnl_jury.services.drafts import DecisionDraft, draft_decision
from tnl_jury.services.edition import get_settings, load_stored_grid
from tnl_jury.services.reading import read_at_once
from tnl_jury.services.results import DossierResults, compute_results
from tnl_jury.services.scoring import Comparison, comparison
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True)
class MemberView:
    """One member's column: who, the level they propose, whether they submitted, their note."""

    member_id: int
    name: str
    proposed_level: int | None
    submitted: bool
    general_note: str


@dataclass(frozen=True)
class DomainLine:
    """One domain's line: the jury's score and each member's own score (None: no value)."""

    code: str
    name: str
    score: float | None
    by_member: tuple[float | None, ...]  # in the order of ``DeliberationView.members``
    spread: Spread | None


@dataclass(frozen=True)
class CriterionLine:
    """One criterion's values, one per member (None: no value, or "no opinion")."""

    domain_code: str
    code: str
    label: str
    by_member: tuple[int | None, ...]  # in the order of ``DeliberationView.members``


@dataclass(frozen=True)
class CommentView:
    member_name: str
    criterion_code: str
    criterion_label: str
    text: str


@dataclass(frozen=True)
class DeliberationView:
    """A dossier's detail for the deliberation (the secretariat's view: nothing hidden)."""

    results: DossierResults
    members: tuple[MemberView, ...]
    domains: tuple[DomainLine, ...]
    comments: tuple[CommentView, ...]  # grid order, then member order
    # What the charts need (``services.dossier_charts``): the values, the rules, the scale.
    criteria: tuple[CriterionLine, ...] = ()
    level_rules: tuple[LevelRule, ...] = ()
    level_names: dict[int, str] = field(default_factory=dict)
    scale: tuple[int, int] = (0, 4)  # the lowest and highest value of the grid's scales


def _member_domain_scores(grid: Grid, table: Comparison) -> dict[str, tuple[float | None, ...]]:
    """Each member's own domain scores (:func:`member_domain_score`) from the comparison."""
    marks: list[dict[str, Mark]] = [{} for _ in table.members]
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if cell.value is not None or cell.no_opinion:
                marks[i][row.criterion_code] = NO_OPINION if cell.no_opinion else cell.value
    return {
        d.code: tuple(member_domain_score(d, by_code) for by_code in marks) for d in grid.domains
    }


@read_at_once
def dossier_view(jury_file: JuryFile, dossier_id: int) -> DeliberationView:
    """The domains × members table, the members' proposals, comments and notes of a dossier
    (one transaction)."""
    grid = load_stored_grid(jury_file)
    (results,) = compute_results(jury_file, [dossier_id])
    table = comparison(jury_file, dossier_id, None)
    with jury_file.reader() as session:
        progress = {
            member_id: (level, status, note)
            for member_id, level, status, note in session.execute(
                select(
                    m.MemberDossier.member_id,
                    m.MemberDossier.proposed_level,
                    m.MemberDossier.status,
                    m.MemberDossier.general_note,
                ).where(m.MemberDossier.dossier_id == dossier_id)
            )
        }
    members = []
    for mid, name in table.members:
        level, status, note = progress.get(mid, (None, "", ""))
        members.append(
            MemberView(mid, name, level, status == ProgressStatus.SUBMITTED, (note or "").strip())
        )
    own = _member_domain_scores(grid, table)
    domains = tuple(
        DomainLine(
            d.code,
            d.name,
            results.aggregate.domain(d.code).score,
            own[d.code],
            results.aggregate.domain(d.code).spread,
        )
        for d in grid.domains
    )
    names = dict(table.members)
    comments = tuple(
        CommentView(names[mid], row.criterion_code, row.criterion_label, cell.comment.strip())
        for row in table.rows
        for (mid, _name), cell in zip(table.members, row.cells, strict=True)
        if cell.comment.strip()
    )
    criteria = tuple(
        CriterionLine(
            row.domain_code,
            row.criterion_code,
            row.criterion_label,
            tuple(
                None if c.value is None or c.no_opinion or c.hidden else c.value for c in row.cells
            ),
        )
        for row in table.rows
    )
    scales = list(grid.scales.values())
    scale = (min(s.minimum for s in scales), max(s.maximum for s in scales)) if scales else (0, 4)
    return DeliberationView(
        results,
        tuple(members),
        domains,
        comments,
        criteria=criteria,
        level_rules=grid.level_rules,
        level_names=level_names(grid),
        scale=scale,
    )


def level_names(grid: Grid) -> dict[int, str]:
    """The grid's level names by level; level 0 (no label) maps to an empty name."""
    names = {0: ""}
    names.update({rule.level: rule.name for rule in grid.level_rules})
    return names


@dataclass(frozen=True)
class DecisionContext:
    """What the decision form shows and checks before asking the service to record."""

    results: DossierResults
    voters: Voters
    member_names: dict[int, str]
    meeting: MeetingInfo
    draft: DecisionDraft
    level_names: dict[int, str]
    casting_vote: bool  # the president's vote decides a tie (the edition's setting)


@read_at_once
def decision_context(jury_file: JuryFile, dossier_id: int) -> DecisionContext:
    """Everything the decision form needs for ``dossier_id``, read at once (one transaction)."""
    (results,) = compute_results(jury_file, [dossier_id])
    with jury_file.reader() as session:
        names = dict(iter(session.execute(select(m.JuryMember.id, m.JuryMember.name))))
    settings = get_settings(jury_file)
    return DecisionContext(
        results=results,
        voters=voters(jury_file, dossier_id),
        member_names=names,
        meeting=get_meeting(jury_file),
        draft=draft_decision(jury_file, dossier_id),
        level_names=level_names(load_stored_grid(jury_file)),
        casting_vote=settings.president_casting_vote,
    )
