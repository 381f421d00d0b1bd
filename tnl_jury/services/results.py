"""Computing every dossier's results from the jury file: aggregates, proposed level, majority
judgment, disagreement, decision and status.

Reading is done with a few set queries (no query per dossier; the scores are counted by SQLite,
see :mod:`tnl_jury.services.result_figures`), then the pure functions of :mod:`tnl_jury.domain`
do the arithmetic, so a whole edition recomputes in one pass and a single dossier (after one
score change) recomputes alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain.aggregation import DossierResult, Spread
from tnl_jury.domain.enums import DecisionStatus, ProgressStatus
from tnl_jury.domain.grid import Grid
from tnl_jury.domain.levels import LevelOutcome, proposed_level
from tnl_jury.domain.majority import Gauge, majority_gauge
from tnl_jury.domain.normalisation import NormalisedScores, ValueScale, normalised_dossier
from tnl_jury.services.edition import load_stored_grid, parsed_grid, read_settings
from tnl_jury.services.result_figures import Figures, read_figures
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    level: int
    motivation: str
    recommendations: str
    votes_for: int
    votes_against: int
    abstentions: int
    decided_at: dt.datetime
    locked: bool
    by_casting_vote: bool = False  # a tie the president's casting vote decided


@dataclass(frozen=True, slots=True)
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
    # Per-member normalised figures, beside the raw ones, when the edition turns them on.
    normalised: NormalisedScores | None = None

    @property
    def status(self) -> DecisionStatus:
        """Where the dossier stands: locked, decided, to discuss or pending."""
        if self.decision is not None:
            return DecisionStatus.LOCKED if self.decision.locked else DecisionStatus.DECIDED
        return DecisionStatus.TO_DISCUSS if self.to_discuss else DecisionStatus.PENDING


PARALLEL_FROM = 100_000  # scores in the file from which a whole recompute uses two threads


class _DossierRow(NamedTuple):
    id: int
    ds_number: str
    candidate_name: str
    kind: str
    departement_code: str


@dataclass
class _Snapshot:
    """What the computation needs, read in a few queries."""

    grid: Grid
    threshold: float
    members: dict[int, str]
    recused: set[tuple[int, int]]  # (member, dossier)
    figures: Figures
    proposals: dict[int, dict[int, int]]  # dossier → member → proposed level
    submitted: dict[int, set[int]]  # dossier → members who submitted
    decisions: dict[int, DecisionInfo]
    previous: dict[int, int]
    normalisation: _Normalisation | None = None


@dataclass(frozen=True)
class _Normalisation:
    """What normalising needs: each member's scale over the edition, the jury's, the bounds."""

    members: dict[int, ValueScale]
    jury: ValueScale
    low: float
    high: float


def _read(
    session: Session,
    grid: Grid,
    threshold: float,
    dossier_ids: Iterable[int] | None,
    *,
    may_parallel: bool = True,
) -> tuple[_Snapshot, list[_DossierRow]]:
    only = list(dossier_ids) if dossier_ids is not None else None

    def where(column: str, joiner: str = " WHERE ") -> str:
        if only is None:
            return ""
        return f"{joiner}{column} IN ({','.join(str(int(i)) for i in only)})"

    conn = session.connection()
    members = dict(
        iter(
            session.execute(
                select(m.JuryMember.id, m.JuryMember.name).where(
                    m.JuryMember.active, m.JuryMember.voting
                )
            )
        )
    )
    recused = {
        (r[0], r[1])
        for r in conn.exec_driver_sql(
            "SELECT member_id, dossier_id FROM recusal" + where("dossier_id")
        )
    }
    # A second thread pays off on a large edition only: below, starting it costs more than the
    # overlap saves. The largest score id tells the size without counting.
    large = (conn.exec_driver_sql("SELECT max(id) FROM score").scalar() or 0) > PARALLEL_FROM
    figures = read_figures(
        conn, grid, set(members), recused, where, parallel=only is None and large and may_parallel
    )
    proposals: dict[int, dict[int, int]] = defaultdict(dict)
    submitted: dict[int, set[int]] = defaultdict(set)
    for member_id, dossier_id, status, level in conn.exec_driver_sql(
        "SELECT member_id, dossier_id, status, proposed_level FROM member_dossier"
        + where("dossier_id")
    ):
        if level is not None:
            proposals[dossier_id][member_id] = level
        if status == ProgressStatus.SUBMITTED:
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
            d.by_casting_vote,
        )
        for d in session.scalars(
            select(m.Decision)
            if only is None
            else select(m.Decision).where(m.Decision.dossier_id.in_(only))
        )
    }
    # Plain rows, not ORM objects: a large edition's thousands of tracked objects cost time to
    # build and, when the session closed, a pause the GUI thread could feel.
    query = select(
        m.Dossier.id,
        m.Dossier.ds_number,
        m.Dossier.candidate_name,
        m.Dossier.kind,
        m.Dossier.departement_code,
    ).order_by(m.Dossier.ds_number)
    if only is not None:
        query = query.where(m.Dossier.id.in_(only))
    dossiers = [_DossierRow(*row) for row in session.execute(query)]
    return _Snapshot(
        grid, threshold, members, recused, figures, proposals, submitted, decisions, {}
    ), dossiers


def _compute(snap: _Snapshot, dossier: _DossierRow) -> DossierResults:
    eligible = [mid for mid in snap.members if (mid, dossier.id) not in snap.recused]
    aggregate = snap.figures.dossier_result(snap.grid, dossier.id, len(eligible))
    proposals = snap.proposals.get(dossier.id, {})
    levels = tuple(proposals[mid] for mid in eligible if mid in proposals)
    level_spread = Spread.of(levels)
    # Standard deviations, not ranges: one outlier among twelve members should not alone send
    # a dossier to discussion.
    spreads = [
        c.spread_stdev for d in aggregate.domains for c in d.criteria if c.spread_stdev is not None
    ]
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
        normalised=(
            None
            if snap.normalisation is None
            else normalised_dossier(
                snap.grid,
                snap.figures.member_domains.get(dossier.id, {}),
                snap.normalisation.members,
                snap.normalisation.jury,
                snap.normalisation.low,
                snap.normalisation.high,
            )
        ),
    )


def compute_results(
    jury_file: JuryFile, dossier_ids: Iterable[int] | None = None
) -> list[DossierResults]:
    """Results of every dossier (or only of ``dossier_ids``), ordered by dossier number."""
    with jury_file.reader() as session, _cyclic_gc_paused(dossier_ids is None):
        source = session.scalar(select(m.Edition.grid_source))
        grid = (
            parsed_grid(source, f"{jury_file.path} (stored grid)")
            if source is not None
            else load_stored_grid(jury_file)  # no edition: its error names the problem
        )
        settings = read_settings(session)
        threshold = settings.disagreement_threshold
        # Inside a snapshot, every query stays on its transaction: no second connection.
        snap, dossiers = _read(
            session, grid, threshold, dossier_ids, may_parallel=not jury_file.in_snapshot
        )
        snap.previous = _previous_levels(session, dossiers)
        if settings.normalisation:
            snap.normalisation = _read_normalisation(session, grid, set(snap.members))
        return [_compute(snap, d) for d in dossiers]


def _read_normalisation(session: Session, grid: Grid, active: set[int]) -> _Normalisation | None:
    """Each active member's scale over all their values in the edition (every dossier, even
    when one dossier is recomputed, so a figure does not change with what is recomputed), and
    the jury's (all those values together); None before anyone has scored."""
    sums = {
        member_id: (count, total, squares)
        for member_id, count, total, squares in session.connection().exec_driver_sql(
            "SELECT member_id, count(value), sum(value), sum(value * value) FROM score"
            " WHERE value IS NOT NULL GROUP BY member_id"
        )
        if member_id in active
    }
    jury = ValueScale.of_sums(
        sum(c for c, _, _ in sums.values()),
        sum(t for _, t, _ in sums.values()),
        sum(q for _, _, q in sums.values()),
    )
    if jury is None:
        return None
    scales = {member_id: ValueScale.of_sums(*row) for member_id, row in sums.items()}
    bounds = [v for scale in grid.scales.values() for v in (scale.minimum, scale.maximum)]
    return _Normalisation(
        {m: scale for m, scale in scales.items() if scale is not None},
        jury,
        min(bounds),
        max(bounds),
    )


@contextlib.contextmanager
def _cyclic_gc_paused(pause: bool) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a whole edition is recomputed.

    A large edition creates a few hundred thousand small result objects, none in a reference
    cycle; each allocation burst set the collector off over all of them again and again, which
    took a third of the recompute. Reference counting still frees everything as usual.
    """
    was_enabled = pause and gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _previous_levels(session: Session, dossiers: list[_DossierRow]) -> dict[int, int]:
    """Last year's level of each candidate, when a previous edition's results were imported."""
    from tnl_jury.services.previous import match_previous

    # The dossiers are at hand: match only them, without reading every dossier again.
    return match_previous(session, ((d.id, d.candidate_name) for d in dossiers))


def discussion_queue(results: Iterable[DossierResults]) -> list[DossierResults]:
    """Dossiers still to decide that the jury should discuss, most disputed first."""
    waiting = [r for r in results if r.decision is None and r.to_discuss]
    return sorted(waiting, key=lambda r: (-r.disagreement, r.ds_number))
