"""Juror packages and ballots end to end (#7): three members score offline in their own
packages, hand in ballots (one of them twice during the day), the secretariat merges them, and
the deliberation's results equal those of the same scoring done directly in the secretariat's
file."""

from __future__ import annotations

from pathlib import Path

from ballot_helpers import Step, apply_plan, base_file, copy_of, scoring_plan

from tnl_jury.services import audit, dossiers, members, results, scores, scoring
from tnl_jury.services.ballots import export_ballot, import_ballots, member_totals
from tnl_jury.services.packages import make_all_packages, package_info
from tnl_jury.storage.jury_file import JuryFile, open_jury_file


def _content(jf: JuryFile) -> dict[str, object]:
    """What the deliberation reads, without times: scores, progress, recusals."""
    return {
        "scores": sorted(
            (s.member_id, s.dossier_id, s.criterion_code, s.value, s.no_opinion, s.comment)
            for s in scores.list_scores(jf)
        ),
        "progress": scoring.progress_matrix(jf),
        "levels": sorted(
            (mid, did, scores.get_progress(jf, mid, did))
            for mid, did in scoring.progress_matrix(jf)
        ),
        "recusals": sorted((r.member_id, r.ds_number, r.reason) for r in members.list_recusals(jf)),
    }


def test_three_members_score_offline_and_the_results_equal_direct_scoring(
    tmp_path: Path,
) -> None:
    base = base_file(tmp_path, dossier_count=4, member_count=3)
    direct_path = copy_of(base, "direct.tnlj")
    out = tmp_path / "usb"
    out.mkdir()
    with open_jury_file(base) as secretariat:
        made = make_all_packages(secretariat, out)
        numbers = sorted(d.ds_number for d in dossiers.list_dossiers(secretariat))
    assert len(made) == 3
    assert len({p.path for p in made}) == 3

    plans: dict[int, list[Step]] = {}
    recusals: dict[int, tuple[str, str]] = {}
    handed_in: list[Path] = []
    for index, package in enumerate(made):
        with open_jury_file(package.path) as pk:
            info = package_info(pk)
            assert info is not None and info.member_id == package.member_id
            if index == 1:  # this member steps aside for a dossier, in their package
                dossier_id = dossiers.find_dossier_id(pk, numbers[0])
                members.recuse(pk, info.member_id, dossier_id, "Élu de la même commune")
                recusals[info.member_id] = (numbers[0], "Élu de la même commune")
            plan = scoring_plan(pk, info.member_id, numbers, seed=index)
            plans[info.member_id] = plan
            if index == 0:  # a first batch of dossiers before lunch, then the rest
                morning = [s for s in plan if s.ds_number in numbers[:2]]
                apply_plan(pk, info.member_id, morning)
                handed_in.append(export_ballot(pk, out).path)
                apply_plan(pk, info.member_id, [s for s in plan if s not in morning])
                # A change of mind on a morning score, seen by the second ballot.
                first = next(s for s in morning if s.kind == "score" and not s.no_opinion)
                changed = Step("score", first.ds_number, first.code, first.value, comment="Revu")
                apply_plan(pk, info.member_id, [changed])
                plan.append(changed)
            else:
                apply_plan(pk, info.member_id, plan)
            handed_in.append(export_ballot(pk, out).path)
    assert len(set(handed_in)) == 4
    assert all(p.suffix == ".tnlb" and p.name.startswith("ballot-") for p in handed_in)

    with open_jury_file(base) as secretariat:
        outcomes = import_ballots(secretariat, handed_in)
        assert [o.status for o in outcomes] == ["imported"] * 4, [o.message for o in outcomes]
        totals = member_totals(outcomes)
        assert len(totals) == 3
        assert all(t.conflicts == 0 and t.older == 0 and t.locked == 0 for t in totals)
        assert sum(t.ballots for t in totals) == 4
        # The second ballot of the first member repeats the morning's values, one changed.
        second = outcomes[1].summary
        assert second is not None and second.changed == 1 and second.unchanged > 0
        merged_results = results.compute_results(secretariat)
        merged = _content(secretariat)
        assert audit.check_state(secretariat).ok  # merges are sealed in the audit trail

    with open_jury_file(direct_path) as direct:
        for member_id, (number, reason) in recusals.items():
            members.recuse(direct, member_id, dossiers.find_dossier_id(direct, number), reason)
        for member_id, plan in plans.items():
            apply_plan(direct, member_id, plan)
        direct_results = results.compute_results(direct)
        expected = _content(direct)

    assert merged == expected
    assert merged_results == direct_results
    assert any(r.aggregate.score is not None for r in merged_results)
    assert any(r.proposed_levels for r in merged_results)
