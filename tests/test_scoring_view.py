"""The scoring screen's read services: grid with steps, one member's sheet, statuses, bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_import_support import D, make_export, standard_zip

from tnl_jury.domain.enums import RECUSED
from tnl_jury.domain.errors import NotFoundError
from tnl_jury.services import members, scores, scoring
from tnl_jury.services.importing import run_import
from tnl_jury.services.scoring_view import (
    ScoreState,
    attachment_content,
    load_scoring_sheet,
    member_statuses,
    paper_entry_actor,
    scoring_grid,
)
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


def test_the_grid_has_labelled_steps_help_texts_and_levels(jury_file: JuryFile) -> None:
    grid = scoring_grid(jury_file)
    assert [d.code for d in grid.domains] == ["STRAT", "INTEROP", "LOGICIELS", "COMM", "DATA"]
    first = grid.domains[0].criteria[0]
    assert first.code == "STRAT-1"
    assert first.help_text.startswith("Une délibération")
    assert [(s.value, s.label) for s in first.steps][:3] == [
        (0, "Absent"),
        (1, "Amorcé"),
        (2, "Ciblé"),
    ]
    assert first.step(2) is not None and first.step(2).description  # type: ignore[union-attr]
    assert first.step(7) is None
    assert [lv.level for lv in grid.levels] == [1, 2, 3, 4, 5]
    assert sum(1 for _ in grid.criteria()) == 17


def test_a_sheet_holds_the_members_own_scores_only(demo_file: JuryFile) -> None:
    dossier_id = 12  # the demo leaves the last dossiers unscored
    scores.set_score(demo_file, 2, dossier_id, "STRAT-1", 3, comment="Net")
    scores.set_score(demo_file, 2, dossier_id, "STRAT-2", None, no_opinion=True)
    scores.set_score(demo_file, 3, dossier_id, "STRAT-1", 1)
    scores.set_proposed_level(demo_file, 2, dossier_id, 3, "Bon dossier")

    sheet = load_scoring_sheet(demo_file, 2, dossier_id)

    assert sheet.dossier.id == dossier_id and sheet.member_id == 2
    assert dict(sheet.scores) == {
        "STRAT-1": ScoreState(3, False, "Net"),
        "STRAT-2": ScoreState(None, True, ""),
    }
    assert sheet.state("DATA-1") == ScoreState() and not sheet.state("DATA-1").filled
    assert sheet.state("STRAT-2").filled
    assert (sheet.status, sheet.proposed_level, sheet.general_note) == (
        "in_progress",
        3,
        "Bon dossier",
    )
    assert sheet.recusal_reason is None and not sheet.locked
    assert sheet.answers is not None and sheet.answers.domains[0].criteria[0].answers


def test_a_recused_member_gets_the_reason_and_no_answers(demo_file: JuryFile) -> None:
    members.recuse(demo_file, 2, 5, "Élue de la commune")
    sheet = load_scoring_sheet(demo_file, 2, 5)
    assert sheet.recusal_reason == "Élue de la commune"
    assert sheet.answers is None
    assert member_statuses(demo_file, 2)[5] == RECUSED


def test_a_locked_decision_is_reported(demo_file: JuryFile) -> None:
    with demo_file.transaction() as session:
        session.add(m.Decision(dossier_id=7, level=2, locked=True))
    assert load_scoring_sheet(demo_file, 2, 7).locked
    assert not load_scoring_sheet(demo_file, 2, 8).locked


def test_member_statuses_follow_scoring_and_submitting(demo_file: JuryFile) -> None:
    before = member_statuses(demo_file, 3)
    assert 12 not in before
    assert set(before.values()) <= {"in_progress", "submitted", RECUSED}
    scores.set_score(demo_file, 3, 12, "STRAT-1", 2)
    assert member_statuses(demo_file, 3)[12] == "in_progress"
    for _, criterion in scoring_grid(demo_file).criteria():
        scores.set_score(demo_file, 3, 12, criterion.code, 1)
    scoring.submit(demo_file, 3, 12)
    assert member_statuses(demo_file, 3)[12] == "submitted"
    assert paper_entry_actor("anne") == "secretariat: anne"


def test_attachment_content_gives_the_stored_bytes(jury_file: JuryFile, tmp_path: Path) -> None:
    export = make_export(tmp_path, [D(1001)])
    run_import(jury_file, export, standard_zip(tmp_path / "a.zip", [1001]))
    sheet_attachments = load_scoring_sheet(
        jury_file, members.add_member(jury_file, "Anne").id, 1
    ).attachments
    assert sheet_attachments
    first = attachment_content(jury_file, sheet_attachments[0].id)
    assert first.file_name == sheet_attachments[0].file_name
    assert first.data.startswith(b"%PDF")
    assert len(first.data) == sheet_attachments[0].size
    with pytest.raises(NotFoundError):
        attachment_content(jury_file, 9999)
