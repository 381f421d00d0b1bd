"""The secretariat's checklist follows the jury file from creation to publication."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tnl_jury.services import deliberation, dossiers, members, outputs, scores, scoring
from tnl_jury.services.checklist import DONE, STARTED, STEPS, TODO, checklist
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import JuryFile


def states(jf: JuryFile) -> dict[str, str]:
    return {step.key: step.state for step in checklist(jf).steps}


def test_a_new_jury_file_has_only_its_edition(tmp_path: Path) -> None:
    with new_jury_file(tmp_path / "new.tnlj", year=2026) as jf:
        listed = checklist(jf)
        assert [s.key for s in listed.steps] == list(STEPS)
        assert states(jf) == {key: DONE if key == "edition" else TODO for key in STEPS}
        assert listed.next_step == "import"
        assert listed.step("edition").total == 17  # the default grid's criteria
        members.add_member(jf, "Alice Martin", role="president")
        assert states(jf)["jury"] == DONE


def submit_everything(jf: JuryFile) -> None:
    matrix = scoring.progress_matrix(jf)
    for member in members.list_members(jf):
        for row in dossiers.list_dossiers(jf):
            mid, did = member.id, row.id
            if matrix.get((mid, did)) in ("submitted", "recused"):
                continue
            for missing in scoring.missing_criteria(jf, mid, did):
                scores.set_score(jf, mid, did, missing.code, 2)
            scoring.submit(jf, mid, did)


def test_the_steps_follow_the_edition_to_publication(tmp_path: Path) -> None:
    with create_demo(tmp_path / "demo.tnlj", DemoSize(dossiers=3, members=3)) as jf:
        first = checklist(jf)
        assert first.step("scoring").state == STARTED
        assert 0 < first.step("scoring").done < first.step("scoring").total
        assert first.next_step == "scoring"
        submit_everything(jf)
        step = checklist(jf).step("scoring")
        assert (step.state, step.done) == (DONE, step.total)
        assert checklist(jf).next_step == "meeting"

        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_meeting(jf, place="Montpellier")
        assert states(jf)["meeting"] == STARTED  # no date, nobody present yet
        deliberation.set_attendance(jf, dict.fromkeys(ids, True))
        deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
        assert states(jf)["meeting"] == DONE

        ids = [r.dossier_id for r in deliberation_rows(jf)]
        for dossier_id in ids[:-1]:
            record(jf, dossier_id)
        step = checklist(jf).step("decisions")
        assert (step.state, step.done, step.total) == (STARTED, 2, 3)
        record(jf, ids[-1])
        assert states(jf)["decisions"] == DONE
        assert states(jf)["minutes"] == TODO

        minutes = outputs.write_minutes(jf, tmp_path / "pv.pdf")
        assert states(jf)["minutes"] == DONE
        record(jf, ids[0], motivation="Motivation revue en séance.")
        assert states(jf)["minutes"] == STARTED  # a decision changed since: write them again
        minutes = outputs.write_minutes(jf, tmp_path / "pv.pdf")
        assert states(jf)["minutes"] == DONE
        assert states(jf)["signatures"] == TODO
        deliberation.lock_decisions(jf, "a locking that is not a signature")
        assert states(jf)["signatures"] == TODO
        deliberation.reopen_decision(jf, ids[0], "to lock again")
        outputs.write_minutes(jf, tmp_path / "pv.pdf")
        outputs.minutes_signed(jf, minutes)
        assert states(jf)["signatures"] == DONE

        outputs.write_letters(jf, tmp_path / "letters")
        step = checklist(jf).step("publication")
        assert (step.state, step.done, step.total) == (STARTED, 1, 2)
        outputs.write_published_list(jf, tmp_path / "list.pdf")
        assert states(jf) == dict.fromkeys(STEPS, DONE)
        assert checklist(jf).next_step is None


def deliberation_rows(jf: JuryFile) -> list:  # type: ignore[type-arg]
    from tnl_jury.services.results import compute_results

    return compute_results(jf)


def record(jf: JuryFile, dossier_id: int, motivation: str = "Une démarche suivie.") -> None:
    deliberation.record_decision(
        jf, dossier_id, 2, votes_for=2, votes_against=0, abstentions=0, motivation=motivation
    )
