"""Reading the figures a recompute needs, counted by SQLite rather than in Python.

A large edition holds millions of scores (5,000 dossiers × 20 members × 30 criteria). Reading
each of them into Python cost more than the whole recompute may take, so two grouped queries do
the counting, each running along an index in the order it groups (no sort):

* **tallies** — for each dossier and criterion, how many scores give each value and how many say
  "no opinion" (index ``ix_score_tally``). Every criterion figure (mean, median, spread) follows
  from them through :func:`tnl_jury.domain.aggregation.criterion_from_tally`, the function the
  pure aggregation uses too;
* **member domain sums** — for each dossier and member, the weighted sum of their values and of
  the weights in each domain (index ``ix_score_by_member``), which give each member's own domain
  score and so the domain spread.

Scores of members who do not count (recused on the dossier, no longer active, or without a
deliberative vote) are read on their own (few rows, through the unique index) and taken back
out of the tallies, which is cheaper than testing every score against the recusals.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from tnl_jury.domain.aggregation import (
    CriterionResult,
    DossierResult,
    criterion_from_counts,
    dossier_from_criteria,
)
from tnl_jury.domain.grid import Domain, Grid

Where = Callable[..., str]
"""``where(column, joiner=" WHERE ")``: the SQL restricting ``column`` to the dossiers asked
for, or an empty string for every dossier."""


@dataclass
class Figures:
    """Counted figures of the dossiers read, turned into results one dossier at a time."""

    criteria: dict[int, dict[str, CriterionResult]]  # dossier → criterion code → figures
    # dossier → domain code → member → that member's own domain score
    member_domains: dict[int, dict[str, dict[int, float]]]

    def dossier_result(self, grid: Grid, dossier_id: int, members: int) -> DossierResult:
        """The aggregate of one dossier scored by ``members`` eligible members."""
        by_domain = self.member_domains.get(dossier_id, {})
        return dossier_from_criteria(
            grid,
            self.criteria.get(dossier_id, {}),
            {code: list(scores.values()) for code, scores in by_domain.items()},
            members,
        )


def read_figures(
    conn: Connection,
    grid: Grid,
    active: set[int],
    recused: set[tuple[int, int]],
    where: Where,
    *,
    parallel: bool = False,
) -> Figures:
    """Criterion figures and member domain scores of the dossiers ``where`` selects, counting
    only ``active`` members who are not ``recused`` (member, dossier) on the dossier.

    ``parallel`` (for a whole edition) sums the members' domain scores on a second pooled
    connection in a worker thread while this thread turns the tallies into figures: the driver
    lets go of the GIL while SQLite works, so the two overlap on two cores. Each query reads
    committed data; a score committed between the two queries' starts is counted in one and not
    in the other, which the recompute of that dossier after the change puts right.
    """
    ids: dict[str, int] = dict(iter(conn.exec_driver_sql("SELECT code, id FROM criterion")))
    domains, domain_sql = _member_domain_query(grid, ids, where)
    tally_sql = (
        "SELECT dossier_id, criterion_id, value, no_opinion, count(*) FROM score"
        + where("dossier_id")
        + " GROUP BY dossier_id, criterion_id, value, no_opinion"
    )
    excluded = _excluded_scores(conn, active, recused, where)
    if parallel:
        with ThreadPoolExecutor(max_workers=1) as pool:
            domain_rows = pool.submit(
                _fetch_on_own_connection, conn.engine, domain_sql, 2 + len(domains)
            )
            criteria = _criteria(_fetch_all(conn, tally_sql), ids, active, recused, excluded)
            rows = domain_rows.result()
    else:
        criteria = _criteria(_fetch_all(conn, tally_sql), ids, active, recused, excluded)
        rows = _fetch_all(conn, domain_sql)
    return Figures(criteria, _member_domain_scores(rows, domains, active, recused))


def _criteria(
    rows: list[tuple[Any, ...]],
    ids: dict[str, int],
    active: set[int],
    recused: set[tuple[int, int]],
    excluded: list[tuple[int, int, int | None, bool]],
) -> dict[int, dict[str, CriterionResult]]:
    """dossier → criterion code → figures, from the tally query's rows (see
    :func:`read_figures`), without the ``excluded`` scores."""
    codes = {criterion_id: code for code, criterion_id in ids.items()}
    recused_by_dossier: dict[int, int] = {}
    for member_id, dossier_id in recused:
        if member_id in active:
            recused_by_dossier[dossier_id] = recused_by_dossier.get(dossier_id, 0) + 1
    removals: dict[tuple[int, int], list[int | None]] = {}
    for dossier_id, criterion_id, value, no_opinion in excluded:
        if no_opinion or value is not None:  # a cleared score was never counted
            removals.setdefault((dossier_id, criterion_id), []).append(
                None if no_opinion else value
            )
    criteria: dict[int, dict[str, CriterionResult]] = {}
    # Rows come grouped by dossier and criterion, values in increasing order (the index order),
    # so each criterion's counts are complete when the next criterion starts. The loop runs
    # once per (dossier, criterion, value): kept flat on purpose.
    rows.append((None, None, None, False, 0))  # a sentinel that ends the last criterion
    last_dossier = last_criterion = None
    counts: list[tuple[int, int]] = []
    no_opinion_count = 0
    by_code: dict[str, CriterionResult] = {}
    members = len(active)
    for dossier_id, criterion_id, value, no_opinion, times in rows:
        if criterion_id != last_criterion or dossier_id != last_dossier:
            if last_dossier is not None and last_criterion in codes:
                code = codes[last_criterion]
                removed = removals.get((last_dossier, last_criterion))
                if removed:
                    counts, no_opinion_count = _take_out(counts, no_opinion_count, removed)
                by_code[code] = criterion_from_counts(code, counts, no_opinion_count, members)
            if dossier_id != last_dossier and dossier_id is not None:
                by_code = criteria[dossier_id] = {}
                members = len(active) - recused_by_dossier.get(dossier_id, 0)
            last_dossier, last_criterion, counts, no_opinion_count = dossier_id, criterion_id, [], 0
        if no_opinion:
            no_opinion_count += times
        elif value is not None:
            counts.append((value, times))
    return criteria


def _take_out(
    counts: list[tuple[int, int]], no_opinion: int, removed: list[int | None]
) -> tuple[list[tuple[int, int]], int]:
    """The counts without the ``removed`` marks (values, or None for "no opinion")."""
    left = dict(counts)
    for value in removed:
        if value is None:
            no_opinion -= 1
        else:
            left[value] -= 1
    return sorted((v, n) for v, n in left.items() if n), no_opinion


def _fetch_all(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` through the driver's own cursor: SQLAlchemy's per-row processing
    cost more than SQLite's counting on a large edition."""
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(sql)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows
    finally:
        cursor.close()


def _excluded_scores(
    conn: Connection, active: set[int], recused: set[tuple[int, int]], where: Where
) -> list[tuple[int, int, int | None, bool]]:
    """(dossier, criterion, value, no opinion) of every score that must not count: those of
    members no longer active or without a vote, and those of active members recused on the
    dossier. Both queries go through the unique (member, dossier, criterion) index: they read
    few rows."""
    # A member without a deliberative vote counts as one no longer active: their scores, if
    # any were typed before the flag was set, are not the jury's.
    sql = "SELECT id FROM jury_member WHERE NOT (active AND voting)"
    inactive = [int(r[0]) for r in conn.exec_driver_sql(sql)]
    rows: list[Any] = []
    if inactive:
        rows += conn.exec_driver_sql(
            "SELECT dossier_id, criterion_id, value, no_opinion FROM score"
            f" WHERE member_id IN ({','.join(map(str, inactive))})" + where("dossier_id", " AND ")
        )
    if any(member_id in active for member_id, _ in recused):
        # CROSS JOIN keeps the recusals as the outer loop (SQLite's planner would otherwise
        # walk every score); inactive members' scores were taken above.
        rows += conn.exec_driver_sql(
            "SELECT s.dossier_id, s.criterion_id, s.value, s.no_opinion"
            " FROM recusal r CROSS JOIN score s"
            " ON s.member_id = r.member_id AND s.dossier_id = r.dossier_id"
            f" WHERE r.member_id NOT IN ({','.join(map(str, inactive)) or '-1'})"
            + where("r.dossier_id", " AND ")
        )
    return [(r[0], r[1], r[2], bool(r[3])) for r in rows]


def _member_domain_query(grid: Grid, ids: dict[str, int], where: Where) -> tuple[list[Domain], str]:
    """The domains with criteria in the file, and the query of each member's own score in
    each of them (see :func:`_domain_score`), grouped by dossier and member.
    Columns are named ``c0``, ``c1``… in order."""
    domains = [d for d in grid.domains if any(c.code in ids for c in d.criteria)]
    columns = ["dossier_id", "member_id", *(_domain_score(domain, ids) for domain in domains)]
    return domains, (
        "SELECT "
        + ", ".join(f"{expression} AS c{i}" for i, expression in enumerate(columns))
        + " FROM score"
        + where("dossier_id")
        + " GROUP BY dossier_id, member_id"
    )


def _member_domain_scores(
    rows: list[tuple[Any, ...]],
    domains: list[Domain],
    active: set[int],
    recused: set[tuple[int, int]],
) -> dict[int, dict[str, dict[int, float]]]:
    """dossier → domain code → member → the own domain score of each counted member with a
    value there (the weighted mean of their values in the domain), from the member domain
    query's rows."""
    result: dict[int, dict[str, dict[int, float]]] = {}
    for row in rows:
        dossier_id, member_id = row[0], row[1]
        if member_id not in active or (member_id, dossier_id) in recused:
            continue
        by_domain = result.get(dossier_id)
        if by_domain is None:
            by_domain = result[dossier_id] = {}
        for domain, score in zip(domains, row[2:], strict=True):
            if score is not None:
                scores = by_domain.get(domain.code)
                if scores is None:
                    scores = by_domain[domain.code] = {}
                scores[member_id] = score
    return result


def _fetch_on_own_connection(engine: Engine, sql: str, columns: int) -> list[Any]:
    """The rows of ``sql`` (as lists), whose ``columns`` are named ``c0`` (the dossier id),
    ``c1``…, read on another pooled connection, for a worker thread.

    SQLite packs the rows into a few JSON texts, one per block of dossiers, so the driver steps
    a few times only: stepping row by row takes the GIL back for each row and each time waits
    for the other thread to let go of it (CPython's convoy effect), which made the parallel
    recompute slower than a serial one. Blocks, rather than one text, keep each ``json.loads``
    short, so the GUI thread never waits long for the GIL either.
    """
    names = ", ".join(f"c{i}" for i in range(columns))
    with engine.connect() as conn:
        packed = _fetch_all(
            conn,
            f"SELECT json_group_array(json_array({names})) FROM ({sql}) GROUP BY c0 / 250",
        )
    return [row for (block,) in packed for row in json.loads(block)]


def _domain_score(domain: Domain, ids: dict[str, int]) -> str:
    """The SQL of a member's own domain score: Σ value × weight / Σ weight over the domain's
    criteria that have a value (NULL for a member without any).

    The criterion ids and weights are written into the SQL as literals (integers and floats
    that come from the jury file's own grid, never from text): a join with the criterion table
    for each of millions of scores cost more than the rest of the query.
    """
    pairs = [(ids[c.code], float(c.weight)) for c in domain.criteria if c.code in ids]
    criterion_ids = sorted(i for i, _ in pairs)
    if criterion_ids == list(range(criterion_ids[0], criterion_ids[-1] + 1)):
        within = f"criterion_id BETWEEN {criterion_ids[0]} AND {criterion_ids[-1]}"
    else:
        within = f"criterion_id IN ({','.join(str(i) for i in criterion_ids)})"
    weights = {w for _, w in pairs}
    if len(weights) == 1:
        weight = repr(weights.pop())
    else:
        weight = "CASE criterion_id " + " ".join(f"WHEN {i} THEN {w!r}" for i, w in pairs)
        weight += " END"
    return (
        f"sum(value * {weight}) FILTER (WHERE {within})"
        f" / sum({weight}) FILTER (WHERE {within} AND value IS NOT NULL)"
    )
