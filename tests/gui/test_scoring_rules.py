"""The scoring screen's refusals and marks: recusals, "je me déporte", locked decisions, a
read-only file, answers changed by a re-import after scoring started."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_import_support import D, make_export

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.services import audit, members, scores
from tnl_jury.services.edition import new_jury_file
from tnl_jury.services.importing import run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import open_jury_file

from .scoring_helpers import open_demo, press, show_active, stored

RECUSED_MEMBER, RECUSED_DOSSIER = 6, 4  # the demo's recusal
MEMBER = 3


def test_a_recused_member_cannot_open_the_dossiers_scoring(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    screen.set_scorer(Scorer(RECUSED_MEMBER, "François Mercier"))
    assert screen.start_scoring(RECUSED_DOSSIER)

    assert screen.ui.notice.isVisibleTo(screen)
    text = screen.ui.notice_text.text()
    assert text.startswith("François Mercier stepped aside for this dossier")
    assert "Siège au conseil municipal" in text
    assert not screen.criteria.isVisibleTo(screen)
    assert not screen.dossier_view.isVisibleTo(screen)
    assert screen.ui.status_label.text() == "This dossier: ⊘ Stepped aside"
    assert not screen.actions_["submit"].isEnabled()
    assert window.jury_file is not None
    assert stored(window.jury_file, RECUSED_MEMBER, RECUSED_DOSSIER) == {}

    screen.move_dossier(+1)  # the next dossier can be scored
    assert screen.sheet.dossier.id == RECUSED_DOSSIER + 1
    assert screen.criteria.isVisibleTo(screen) and not screen.ui.notice.isVisibleTo(screen)


def test_je_me_deporte_records_an_audited_recusal(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    screen.start_scoring(9)
    press(qtbot, "2")
    asked: list[str] = []
    screen.ask_text = lambda title, label: asked.append(label) or "  "  # type: ignore[method-assign]
    screen.actions_["recuse"].trigger()
    assert asked and "dossier 18000296" in asked[0]
    messages = window.messages  # type: ignore[attr-defined]
    assert messages[-1].text == "A reason is needed: it appears in the minutes."

    screen.ask_text = lambda title, label: "Ancienne employée de la commune"  # type: ignore[method-assign]
    screen.actions_["recuse"].trigger()

    jf = window.jury_file
    assert jf is not None
    assert [(r.member_id, r.dossier_id, r.reason) for r in members.list_recusals(jf)][-1:] == [
        (MEMBER, 9, "Ancienne employée de la commune")
    ]
    event = audit.list_events(jf, limit=1)[0]  # the newest
    assert (event.action, event.details["dossier_id"]) == ("member.recuse", 9)
    assert screen.ui.notice_text.text().startswith("Nadia Nguyen stepped aside")
    assert not screen.criteria.isVisibleTo(screen)
    row = screen.ui.list_model.row_of(9)
    assert screen.ui.list_model.index(row, 2).data() == "⊘ Stepped aside"


def test_a_locked_decision_makes_the_scores_read_only(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    with open_jury_file(demo_path) as jf, jf.transaction() as session:
        session.add(m.Decision(dossier_id=9, level=2, locked=True))
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    screen.start_scoring(9)

    assert screen.ui.notice_text.text() == (
        "The jury’s decision on this dossier is locked: its scores can no longer change."
    )
    assert screen.criteria.isVisibleTo(screen)  # readable, not editable
    press(qtbot, "3")
    assert window.jury_file is not None
    assert stored(window.jury_file, MEMBER, 9) == {}
    assert "can no longer be changed" in window.statusBar().currentMessage()
    assert screen.criteria.rows["STRAT-1"].comment.isReadOnly()
    assert not screen.actions_["submit"].isEnabled()
    assert not screen.actions_["recuse"].isEnabled()


def test_a_decision_locked_meanwhile_refuses_the_write_and_says_so(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    screen.start_scoring(9)
    press(qtbot, "1")
    jf = window.jury_file
    assert jf is not None
    with jf.transaction() as session:  # the secretariat locks it from elsewhere
        session.add(m.Decision(dossier_id=9, level=2, locked=True))

    press(qtbot, Qt.Key.Key_Down, "3")

    messages = window.messages  # type: ignore[attr-defined]
    assert len(messages) == 1
    assert messages[0].title == "This change was not saved"
    assert "is locked" in messages[0].text
    qtbot.waitUntil(lambda: screen.sheet is not None and screen.sheet.locked)
    assert stored(jf, MEMBER, 9) == {"STRAT-1": (1, False, "")}
    assert screen.criteria.rows["STRAT-2"].selector.state_text() == "Not scored"


def test_a_read_only_file_disables_scoring_with_a_message(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    with open_jury_file(demo_path):  # another window holds the file
        window.open_file(demo_path)
        screen = window.scoring_screen
        assert window.snapshot is not None and window.snapshot.read_only
        assert not screen.start_scoring(1)
        assert window.current_panel() is screen
        assert screen.stack.currentIndex() == 0
        assert screen.ui.message.text().startswith("Scoring is disabled: this jury file is open")
        assert not screen.ui.choose_button.isVisibleTo(screen)
        assert not screen.actions_["change_member"].isEnabled()
        window.close_file()


def test_answers_changed_after_scoring_started_are_marked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "edition.tnlj"
    first = [D(1001), D(1002, name="Ville de Lodève")]
    with new_jury_file(path, year=2026) as jf:
        run_import(jf, make_export(tmp_path / "v1", first))
        member = members.add_member(jf, "Anne Jury")
        scores.set_score(jf, member.id, 1, "STRAT-1", 3)
        newer = [replace(first[0], stakes="Nouvelle délibération en 2025"), first[1]]
        run_import(jf, make_export(tmp_path / "v2", newer))

    screen = open_demo(window, path)
    screen.set_scorer(Scorer(member.id, member.name))
    screen.start_scoring(1)

    assert screen.dossier_view.changed_notice.isVisibleTo(screen)
    text = screen.dossier_view.answers_text()
    assert "⚠ Changed at the last import\nDécrivez les enjeux de cette stratégie" in text
    assert "Nouvelle délibération en 2025" in text
    assert text.count("⚠ Changed at the last import") == 1
    strat1 = screen.criteria.rows["STRAT-1"]
    assert strat1.changed_label.isVisibleTo(screen)
    assert strat1.changed_label.text().strip() == "⚠ Answers changed"
    assert not screen.criteria.rows["STRAT-2"].changed_label.isVisibleTo(screen)

    screen.open_dossier(2)  # updated before anyone scored it: nothing to mark
    assert not screen.dossier_view.changed_notice.isVisibleTo(screen)
    assert "⚠ Changed" not in screen.dossier_view.answers_text()


def test_rows_of_a_replaced_grid_taking_the_focus_on_their_way_out_are_ignored(
    qtbot: QtBot,
) -> None:
    """Opening another jury file replaces the grid; a row of the old grid may still report the
    focus before it is deleted (seen while switching files): nothing happens, no error."""
    from tnl_jury.gui.scoring.criteria_panel import CriteriaPanel
    from tnl_jury.services.scoring_view import (
        CriterionView,
        DomainView,
        LevelView,
        ScoringGrid,
        StepView,
    )

    def grid(prefix: str) -> ScoringGrid:
        steps = tuple(StepView(v, str(v), "") for v in range(5))
        criteria = tuple(CriterionView(f"{prefix}-{i}", "C", "", 1.0, steps) for i in (1, 2))
        return ScoringGrid((DomainView(prefix, prefix, "", criteria),), (LevelView(1, "1"),))

    panel = CriteriaPanel()
    qtbot.addWidget(panel)
    panel.set_grid(grid("OLD"))
    old_row = panel.rows["OLD-2"]
    panel.set_grid(grid("NEW"))
    changes: list[str] = []
    panel.current_changed.connect(changes.append)
    old_row.entered.emit("OLD-2")  # before deleteLater() has run
    assert changes == []
    panel.rows["NEW-1"].entered.emit("NEW-1")
    assert changes == ["NEW-1"]
