"""Computing every dossier's results from the jury file: aggregates, proposed level, majority
judgment, disagreement, decision and status.

Reading is done with a few set queries (no query per dossier), then the pure functions of
:mod:`tnl_jury.domain` do the arithmetic, so a whole edition recomputes in one pass and a single
dossier (after one score change) recomputes alone.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from tnl_jury.domain.aggregation import NO_OPINION, DossierResult, Mark, Spread, aggregate_dossier
from tnl_jury.domain.grid import Grid
from tnl_jury.domain.grid_file import parse_grid
from tnl_jury.domain.levels import LevelOutcome, proposed_level
from tnl_jury.domain.majority import Gauge, majority_gauge
from tnl_jury.services.edition import DEFAULT_SETTINGS, load_stored_grid
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True)
class DecisionInfo:
    level: int
    motivation: str
    recommendations: str
    votes_for: int
    votes_against: int
    abstentions: int
    decided_at: dt.datetime
    locked: bool


@dataclass(frozen=True)
class DossierResults:
    """Everything the deliberation view and ``tnl-jury results`` show for one dossier."""

    dossier_id: int
    ds_number: str
    candidate_name: str
    kind: str
    departement_code: str
    aggregate: DossierResult
    proposed: LevelOutcome
    proposed_levels: tuple[int, ...]  # the members' own proposals (eligible members only)
    majority: Gauge | None
    level_spread: Spread | None
    disagreement: float  # the largest standard deviation (criterion, domain or level)
    to_discuss: bool
    eligible_members: int
    submitted_members: int
    recused_members: tuple[str, ...]
    decision: DecisionInfo | None
    previous_level: int | None = None

    @property
    def status(self) -> str:
        """``locked``, ``decided``, ``to_discuss`` or ``pending``."""
        if self.decision is not None:
            return "locked" if self.decision.locked else "decided"
        return "to_discuss" if self.to_discuss else "pending"


@dataclass
class _Snapshot:
    """What the computation needs, read in a few queries."""

    grid: Grid
    threshold: float
    members: dict[int, str]
    recused: set[tuple[int, int]]
    marks: dict[int, dict[int, dict[str, Mark]]]  # dossier → member → code → mark
    proposals: dict[int, dict[int, int]]  # dossier → member → proposed level
    submitted: dict[int, set[int]]  # dossier → members who submitted
    decisions: dict[int, DecisionInfo]
    previous: dict[int, int]


def _read(
    session: Session, grid: Grid, threshold: float, dossier_ids: Iterable[int] | None
) -> tuple[_Snapshot, list[m.Dossier]]:
    only = list(dossier_ids) if dossier_ids is not None else None

    def where(column: object) -> str:
        if only is None:
            return ""
        return f" WHERE {column} IN ({','.join(str(int(i)) for i in only)})"

    conn = session.connection()
    members = dict(
        iter(session.execute(select(m.JuryMember.id, m.JuryMember.name).where(m.JuryMember.active)))
    )
    recused = {
        (r[0], r[1])
        for r in conn.exec_driver_sql(
            "SELECT member_id, dossier_id FROM recusal" + where("dossier_id")
        )
    }
    marks = _read_marks(conn, where("dossier_id"))
    proposals: dict[int, dict[int, int]] = defaultdict(dict)
    submitted: dict[int, set[int]] = defaultdict(set)
    for member_id, dossier_id, status, level in conn.exec_driver_sql(
        "SELECT member_id, dossier_id, status, proposed_level FROM member_dossier"
        + where("dossier_id")
    ):
        if level is not None:
            proposals[dossier_id][member_id] = level
        if status == "submitted":
            submitted[dossier_id].add(member_id)
    decisions = {
        d.dossier_id: DecisionInfo(
            d.level,
            d.motivation,
            d.recommendations,
            d.votes_for,
            d.votes_against,
            d.abstentions,
            d.decided_at,
            d.locked,
        )
        for d in session.scalars(
            select(m.Decision)
            if only is None
            else select(m.Decision).where(m.Decision.dossier_id.in_(only))
        )
    }
    query = select(m.Dossier).order_by(m.Dossier.ds_number)
    if only is not None:
        query = query.where(m.Dossier.id.in_(only))
    dossiers = list(session.scalars(query))
    return _Snapshot(
        grid, threshold, members, recused, marks, proposals, submitted, decisions, {}
    ), dossiers


def _read_marks(conn: Connection, where: str) -> dict[int, dict[int, dict[str, Mark]]]:
    """dossier → member → criterion code → mark, for the scores matching ``where``.

    The hottest loop of a recompute (one pass per score: millions for a large edition), so it
    reads through the driver's own cursor, without SQLAlchemy's per-row processing, and reuses
    the last (dossier, member) dictionary while rows keep to them (they mostly come grouped).
    """
    codes: dict[int, str] = dict(iter(conn.exec_driver_sql("SELECT id, code FROM criterion")))
    marks: dict[int, dict[int, dict[str, Mark]]] = {}
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(
            "SELECT dossier_id, member_id, criterion_id, value, no_opinion FROM score" + where
        )
        last_dossier = last_member = -1
        current: dict[str, Mark] = {}
        for dossier_id, member_id, criterion_id, value, no_opinion in cursor:
            if member_id != last_member or dossier_id != last_dossier:
                by_member = marks.get(dossier_id)
                if by_member is None:
                    by_member = marks[dossier_id] = {}
                found = by_member.get(member_id)
                if found is None:
                    found = by_member[member_id] = {}
                current, last_dossier, last_member = found, dossier_id, member_id
            current[codes[criterion_id]] = NO_OPINION if no_opinion else value
    finally:
        cursor.close()
    return marks


def _compute(snap: _Snapshot, dossier: m.Dossier) -> DossierResults:
    eligible = [mid for mid in snap.members if (mid, dossier.id) not in snap.recused]
    by_member = snap.marks.get(dossier.id, {})
    aggregate = aggregate_dossier(snap.grid, {mid: by_member.get(mid, {}) for mid in eligible})
    proposals = snap.proposals.get(dossier.id, {})
    levels = tuple(proposals[mid] for mid in eligible if mid in proposals)
    level_spread = Spread.of(levels)
    # Standard deviations, not ranges: one outlier among twelve members should not alone send
    # a dossier to discussion.
    spreads = [c.spread.stdev for d in aggregate.domains for c in d.criteria if c.spread]
    spreads += [d.spread.stdev for d in aggregate.domains if d.spread]
    if level_spread:
        spreads.append(level_spread.stdev)
    disagreement = max(spreads, default=0.0)
    return DossierResults(
        dossier_id=dossier.id,
        ds_number=dossier.ds_number,
        candidate_name=dossier.candidate_name,
        kind=dossier.kind,
        departement_code=dossier.departement_code,
        aggregate=aggregate,
        proposed=proposed_level(snap.grid, aggregate.score, aggregate.domain_scores),
        proposed_levels=levels,
        majority=majority_gauge(levels),
        level_spread=level_spread,
        disagreement=disagreement,
        to_discuss=disagreement >= snap.threshold,
        eligible_members=len(eligible),
        submitted_members=len(snap.submitted.get(dossier.id, set()) & set(eligible)),
        recused_members=tuple(
            sorted(snap.members[mid] for mid in snap.members if (mid, dossier.id) in snap.recused)
        ),
        decision=snap.decisions.get(dossier.id),
        previous_level=snap.previous.get(dossier.id),
    )


@functools.lru_cache(maxsize=8)
def _parsed_grid(source: str, origin: str) -> Grid:
    """The stored grid, parsed once per source text: parsing it (TOML and validation) cost as
    much as recomputing one dossier, which the deliberation view does after each change."""
    return parse_grid(source, origin)


def compute_results(
    jury_file: JuryFile, dossier_ids: Iterable[int] | None = None
) -> list[DossierResults]:
    """Results of every dossier (or only of ``dossier_ids``), ordered by dossier number."""
    with jury_file.reader() as session:
        source = session.scalar(select(m.Edition.grid_source))
        grid = (
            _parsed_grid(source, f"{jury_file.path} (stored grid)")
            if source is not None
            else load_stored_grid(jury_file)  # no edition: its error names the problem
        )
        settings = {**DEFAULT_SETTINGS, **(session.scalar(select(m.Edition.settings)) or {})}
        threshold = float(str(settings["disagreement_threshold"]))
        snap, dossiers = _read(session, grid, threshold, dossier_ids)
        snap.previous = _previous_levels(session, dossiers)
        return [_compute(snap, d) for d in dossiers]


def _previous_levels(session: Session, dossiers: list[m.Dossier]) -> dict[int, int]:
    """Last year's level of each candidate, when a previous edition's results were imported."""
    from tnl_jury.services.previous import match_previous

    # The dossiers are at hand: match only them, without reading every dossier again.
    return match_previous(session, ((d.id, d.candidate_name) for d in dossiers))


def discussion_queue(results: Iterable[DossierResults]) -> list[DossierResults]:
    """Dossiers still to decide that the jury should discuss, most disputed first."""
    waiting = [r for r in results if r.decision is None and r.to_discuss]
    return sorted(waiting, key=lambda r: (-r.disagreement, r.ds_number))
