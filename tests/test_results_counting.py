"""Results counted by SQLite (services/result_figures.py) equal the pure aggregation of the same
marks, read plainly from the same real jury file: recused and inactive members left out,
"no opinion" and missing marks counted apart, on both the whole-edition path (two connections
in parallel) and the one-dossier path."""

from __future__ import annotations

import math
import random

import pytest
from sqlalchemy import select

from tnl_jury.domain.aggregation import NO_OPINION, DossierResult, Mark, Spread, aggregate_dossier
from tnl_jury.services import members, scores, scoring
from tnl_jury.services import results as results_service
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.results import compute_results
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


def _plain_marks(jf: JuryFile) -> dict[int, dict[int, dict[str, Mark]]]:
    """dossier → eligible member → code → mark, read one score at a time through the ORM."""
    with jf.reader() as session:
        active = set(session.scalars(select(m.JuryMember.id).where(m.JuryMember.active)))
        recused = {(r.member_id, r.dossier_id) for r in session.scalars(select(m.Recusal))}
        dossier_ids = list(session.scalars(select(m.Dossier.id)))
        marks: dict[int, dict[int, dict[str, Mark]]] = {
            d: {mid: {} for mid in active if (mid, d) not in recused} for d in dossier_ids
        }
        rows = session.execute(
            select(
                m.Score.dossier_id,
                m.Score.member_id,
                m.Criterion.code,
                m.Score.value,
                m.Score.no_opinion,
            ).join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
        )
        for dossier_id, member_id, code, value, no_opinion in rows:
            if member_id in marks[dossier_id]:
                marks[dossier_id][member_id][code] = NO_OPINION if no_opinion else value
    return marks


def _same_spread(a: Spread | None, b: Spread | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a.range, b.range, abs_tol=1e-9) and math.isclose(
        a.stdev, b.stdev, abs_tol=1e-9
    )


def _same_figure(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, abs_tol=1e-9)


def _assert_same(counted: DossierResult, plain: DossierResult, where: str) -> None:
    assert counted.members == plain.members, where
    assert _same_figure(counted.score, plain.score), where
    for cd, pd in zip(counted.domains, plain.domains, strict=True):
        assert cd.code == pd.code
        assert _same_figure(cd.score, pd.score), f"{where} {cd.code}"
        assert _same_spread(cd.spread, pd.spread), f"{where} {cd.code} spread"
        for cc, pc in zip(cd.criteria, pd.criteria, strict=True):
            here = f"{where} {cc.code}"
            assert (cc.code, cc.given, cc.no_opinion, cc.missing) == (
                pc.code,
                pc.given,
                pc.no_opinion,
                pc.missing,
            ), here
            assert _same_figure(cc.mean, pc.mean) and _same_figure(cc.median, pc.median), here
            assert _same_spread(cc.spread, pc.spread), here


@pytest.mark.parametrize("parallel", [True, False], ids=["two-threads", "one-thread"])
def test_counted_results_equal_the_pure_aggregation(
    demo_file: JuryFile, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    # The demo is small: lower the size from which a whole recompute uses two threads, or not.
    monkeypatch.setattr(results_service, "PARALLEL_FROM", 0 if parallel else 10**9)
    jf = demo_file
    grid = load_stored_grid(jf)
    codes = [c.code for _, c in grid.criteria()]
    team = [row.id for row in members.list_members(jf)]
    full = compute_results(jf)
    dossier_ids = [r.dossier_id for r in full]
    already = {(r.member_id, r.dossier_id) for r in members.list_recusals(jf)}
    rng = random.Random(5)
    # Awkward marks: no-opinion marks, cleared scores (a row without a value), dossiers every
    # member scored, and a criterion whose scores were all cleared on one dossier.
    for dossier_id in dossier_ids[:4]:
        for member_id in team:
            if (member_id, dossier_id) in already:
                continue
            if scores.get_progress(jf, member_id, dossier_id)[0] == "submitted":
                scoring.reopen(jf, member_id, dossier_id)  # read-only until reopened
            for code in codes:
                roll = rng.random()
                if code == codes[-1] and dossier_id == dossier_ids[0]:
                    scores.set_score(jf, member_id, dossier_id, code, None)
                elif roll < 0.1:
                    scores.set_score(jf, member_id, dossier_id, code, None, no_opinion=True)
                elif roll < 0.15:
                    scores.set_score(jf, member_id, dossier_id, code, None)
                else:
                    scores.set_score(jf, member_id, dossier_id, code, rng.randint(0, 4))
    # A member who scored steps aside on two dossiers; another leaves the jury after scoring.
    stepping_aside = next(mid for mid in team if (mid, dossier_ids[0]) not in already)
    leaving = next(mid for mid in team if mid != stepping_aside)
    members.recuse(jf, stepping_aside, dossier_ids[0], "conflit d'intérêts")
    if (stepping_aside, dossier_ids[2]) not in already:
        members.recuse(jf, stepping_aside, dossier_ids[2], "conflit d'intérêts")
    members.update_member(jf, leaving, active=False)
    counted_out = {stepping_aside, leaving} | {mid for mid, d in already if d == dossier_ids[0]}

    plain = _plain_marks(jf)
    counted_whole = {r.dossier_id: r for r in compute_results(jf)}
    assert set(counted_whole) == set(dossier_ids)
    for dossier_id in dossier_ids:
        expected = aggregate_dossier(grid, plain[dossier_id])
        (alone,) = compute_results(jf, [dossier_id])
        _assert_same(counted_whole[dossier_id].aggregate, expected, f"whole {dossier_id}")
        _assert_same(alone.aggregate, expected, f"alone {dossier_id}")
    first = counted_whole[dossier_ids[0]].aggregate
    # The recused and the inactive members are out.
    assert first.members == len(team) - len(counted_out) >= 2
    last = first.domains[-1].criteria[-1]
    assert (last.given, last.no_opinion, last.missing) == (0, 0, first.members)
    assert any(c.no_opinion for d in first.domains for c in d.criteria)
