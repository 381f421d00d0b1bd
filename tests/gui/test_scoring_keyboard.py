"""The scoring screen driven from the keyboard only: a whole dossier, undo and redo, submit,
next/previous dossier, comments never lost, the secretariat typing a paper sheet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.scoring.criterion_row import CommentEdit
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.gui.scoring.score_selector import ScoreSelector
from tnl_jury.services import scores
from tnl_jury.services.scoring_view import member_statuses, scoring_grid
from tnl_jury.storage.jury_file import open_jury_file

from .scoring_helpers import (
    answer_chooser,
    current_code,
    focused,
    open_demo,
    press,
    select_dossier,
    show_active,
    stored,
)

MEMBER, MEMBER_NAME = 3, "Nadia Nguyen"  # a plain member of the demo jury
UNSCORED = 10  # the demo leaves dossiers 8 to 12 unscored
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def criteria_codes(window: MainWindow) -> list[str]:
    assert window.jury_file is not None
    return [c.code for _, c in scoring_grid(window.jury_file).criteria()]


def start(
    qtbot: QtBot, window: MainWindow, demo_path: Path, *, moves_on: bool = False, **kwargs: bool
) -> None:
    """Open the demo's unscored dossier for the member. ``moves_on``: leave "Move on after a
    score" on (these tests move between criteria themselves unless they ask for it)."""
    screen = open_demo(window, demo_path)
    screen.actions_["score_moves_on"].setChecked(moves_on)
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, MEMBER_NAME, **kwargs)
    select_dossier(window, UNSCORED)
    qtbot.keyClick(window.dossiers_panel.view, Qt.Key.Key_S, CTRL | SHIFT)  # Score
    assert window.current_panel() is screen
    assert screen.sheet is not None and screen.sheet.dossier.id == UNSCORED
    assert screen.scorer is not None and screen.scorer.member_id == MEMBER


def test_a_whole_dossier_is_scored_without_the_mouse(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    screen = window.scoring_screen
    codes = criteria_codes(window)
    assert screen.ui.member_label.text() == f"Scoring as: {MEMBER_NAME}"
    assert isinstance(focused(), ScoreSelector) and current_code(screen) == codes[0]

    expected: dict[str, tuple[object, ...]] = {}
    skipped = codes[5]
    for index, code in enumerate(codes):
        assert current_code(screen) == code
        if code == skipped:
            press(qtbot, Qt.Key.Key_Down)  # left empty for now
            continue
        if index == 2:
            press(qtbot, "n")  # "no opinion"
            expected[code] = (None, True, "")
        else:
            press(qtbot, str(index % 5))
            expected[code] = (index % 5, False, "")
        if index == 3:  # Tab: the comment, type it, Tab: the next criterion
            press(qtbot, Qt.Key.Key_Tab)
            assert isinstance(focused(), CommentEdit)
            qtbot.keyClicks(focused(), "Solide")
            press(qtbot, Qt.Key.Key_Tab)
            expected[code] = (index % 5, False, "Solide")
        elif index < len(codes) - 1:
            press(qtbot, Qt.Key.Key_Down if index % 2 else Qt.Key.Key_Return)

    assert window.jury_file is not None
    assert stored(window.jury_file, MEMBER, UNSCORED) == expected
    assert screen.criteria.domains.tabText(1).startswith("INTEROP")

    press(qtbot, Qt.Key.Key_F8)  # the next criterion still empty
    assert current_code(screen) == skipped
    press(qtbot, "4")
    expected[skipped] = (4, False, "")
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)  # submit
    assert window.messages == []  # type: ignore[attr-defined]
    assert stored(window.jury_file, MEMBER, UNSCORED) == expected
    assert scores.get_progress(window.jury_file, MEMBER, UNSCORED)[0] == "submitted"
    assert screen.ui.status_label.text() == "This dossier: ✓ Submitted"
    row = screen.ui.list_model.row_of(UNSCORED)
    assert screen.ui.list_model.index(row, 2).data() == "✓ Submitted"


def test_keys_off_the_scale_and_clearing(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    start(qtbot, window, demo_path)
    assert window.jury_file is not None
    press(qtbot, "7")  # the default scale goes from 0 to 4
    assert stored(window.jury_file, MEMBER, UNSCORED) == {}
    assert "7 is not on this scale" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)  # none → 0 → 1
    assert stored(window.jury_file, MEMBER, UNSCORED) == {"STRAT-1": (1, False, "")}
    press(qtbot, Qt.Key.Key_Delete)
    assert stored(window.jury_file, MEMBER, UNSCORED) == {"STRAT-1": (None, False, "")}


def test_undo_and_redo_restore_the_stored_values(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    jf = window.jury_file
    assert jf is not None
    screen = window.scoring_screen
    press(qtbot, "3")
    press(qtbot, "1")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "A revoir")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the comment saves it
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (1, False, "A revoir")}
    assert screen.actions_["undo"].text() == "&Undo comment on STRAT-1"

    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (1, False, "")}
    assert screen.criteria.rows["STRAT-1"].comment.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (3, False, "")}
    press(qtbot, Qt.Key.Key_Z, modifier=CTRL)
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (None, False, "")}
    assert screen.criteria.rows["STRAT-1"].selector.state_text() == "Not scored"

    press(qtbot, Qt.Key.Key_Z, modifier=CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (3, False, "")}
    screen.actions_["redo"].trigger()
    screen.actions_["redo"].trigger()
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (1, False, "A revoir")}
    assert not screen.actions_["redo"].isEnabled()


def test_submit_names_the_missing_criteria_then_succeeds(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    jf = window.jury_file
    assert jf is not None
    screen = window.scoring_screen
    press(qtbot, "2", Qt.Key.Key_Down, "3", Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)

    messages = window.messages  # type: ignore[attr-defined]
    assert len(messages) == 1
    assert messages[0].title == "Cannot submit yet"
    assert "15 criteria still need a score or “no opinion”" in messages[0].text
    assert "STRAT-3 (Freins identifiés et plan d'action)" in messages[0].text
    assert scores.get_progress(jf, MEMBER, UNSCORED)[0] == "in_progress"
    assert current_code(screen) == "STRAT-3"  # the first missing one

    for _ in range(15):
        press(qtbot, "n")
        press(qtbot, Qt.Key.Key_F8)
    assert "you can submit" in window.statusBar().currentMessage()
    screen.criteria.submit_button.click()
    assert len(messages) == 1
    assert scores.get_progress(jf, MEMBER, UNSCORED)[0] == "submitted"
    assert member_statuses(jf, MEMBER)[UNSCORED] == "submitted"


def test_next_and_previous_dossier_keep_what_was_typed(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    jf = window.jury_file
    assert jf is not None
    screen = window.scoring_screen
    press(qtbot, "4", Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "En cours")  # still typing: not saved yet
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (4, False, "")}
    press(qtbot, Qt.Key.Key_PageDown, modifier=Qt.KeyboardModifier.AltModifier)
    assert screen.sheet.dossier.id == UNSCORED + 1
    assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (4, False, "En cours")}
    assert not screen.actions_["undo"].isEnabled()  # the undo history is per dossier
    assert isinstance(focused(), ScoreSelector) and current_code(screen) == "STRAT-1"

    screen.ui.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Up)  # browsing the list selects, the list keeps the keys
    assert screen.sheet.dossier.id == UNSCORED + 1 and focused() is screen.ui.list_view
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the selected dossier
    assert screen.sheet.dossier.id == UNSCORED and isinstance(focused(), ScoreSelector)
    press(qtbot, Qt.Key.Key_PageDown, modifier=Qt.KeyboardModifier.AltModifier)
    assert screen.sheet.dossier.id == UNSCORED + 1
    press(qtbot, Qt.Key.Key_PageUp, modifier=Qt.KeyboardModifier.AltModifier)
    assert screen.sheet.dossier.id == UNSCORED
    assert screen.criteria.rows["STRAT-1"].comment.toPlainText() == "En cours"
    row = screen.ui.list_model.row_of(UNSCORED)
    assert screen.ui.list_model.index(row, 2).data() == "◐ In progress"


def test_a_comment_being_typed_is_saved_when_the_file_closes(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    press(qtbot, "2", Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Dernier mot")
    window.close_file()
    with open_jury_file(demo_path) as jf:
        assert stored(jf, MEMBER, UNSCORED) == {"STRAT-1": (2, False, "Dernier mot")}


def test_the_secretariat_types_a_paper_sheet(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path, paper=True)
    screen = window.scoring_screen
    assert screen.scorer.paper
    assert screen.ui.member_label.text().startswith(f"Paper sheet of {MEMBER_NAME}")
    codes = criteria_codes(window)
    typed = [i % 5 for i in range(len(codes))]
    press(qtbot, *(str(v) for v in typed))  # the cursor moves on by itself
    assert window.jury_file is not None
    assert stored(window.jury_file, MEMBER, UNSCORED) == {
        code: (value, False, "") for code, value in zip(codes, typed, strict=True)
    }
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    window.close_file()
    with sqlite3.connect(demo_path) as db:
        entered = db.execute(
            "SELECT DISTINCT entered_by FROM score WHERE member_id = ? AND dossier_id = ?",
            (MEMBER, UNSCORED),
        ).fetchall()
    assert len(entered) == 1 and entered[0][0].startswith("secretariat: ")


def test_the_proposed_level_and_the_general_note_are_saved(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    screen = window.scoring_screen
    jf = window.jury_file
    assert jf is not None
    screen.criteria.focus_criterion(criteria_codes(window)[-1])
    press(qtbot, "3", Qt.Key.Key_Down)  # past the last criterion: the proposed level
    assert focused() is screen.criteria.level
    last_comment = screen.criteria.rows[criteria_codes(window)[-1]].comment
    press(qtbot, Qt.Key.Key_Backtab)  # Shift+Tab: back to the last criterion's comment
    assert focused() is last_comment
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.criteria.level
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert scores.get_progress(jf, MEMBER, UNSCORED) == ("in_progress", 3)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.criteria.note
    qtbot.keyClicks(focused(), "Dossier solide")
    press(qtbot, Qt.Key.Key_Tab)
    screen.flush()
    assert screen.recorder.note == "Dossier solide"
    window.close_file()
    with open_jury_file(demo_path) as reopened:
        from tnl_jury.services.scoring_view import load_scoring_sheet

        sheet = load_scoring_sheet(reopened, MEMBER, UNSCORED)
        assert (sheet.proposed_level, sheet.general_note) == (3, "Dossier solide")


def test_the_splitter_layout_is_remembered(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    from .conftest import make_window

    start(qtbot, window, demo_path)
    splitter = window.scoring_screen.ui.splitter
    splitter.setSizes([200, 700, 380])
    splitter.splitterMoved.emit(200, 1)
    sizes = splitter.sizes()
    window.close()
    again = make_window(qtbot, translations=window.translations)
    again.resize(1280, 800)
    again.show()
    again.open_file(demo_path)
    screen = again.scoring_screen
    screen.set_scorer(Scorer(MEMBER, MEMBER_NAME))
    screen.start_scoring(UNSCORED)
    assert screen.ui.splitter.sizes() == sizes
    again.close()


def test_the_dossiers_tab_follows_the_members_progress_without_f5(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    """Scoring a dossier then submitting it changes its "scoring" and "submitted" counts in the
    Dossiers tab, read again when the tab is shown; the selected dossier stays selected."""
    from tnl_jury.gui.models.dossier_table import DossierColumn

    def counts() -> tuple[str, str]:
        panel = window.dossiers_panel
        row = panel.model.rows().index(next(r for r in panel.model.rows() if r.id == UNSCORED))
        return (
            str(panel.model.index(row, DossierColumn.SCORED).data()),
            str(panel.model.index(row, DossierColumn.SUBMITTED).data()),
        )

    start(qtbot, window, demo_path)
    screen = window.scoring_screen
    before = counts()
    press(qtbot, "2")  # the first score: the member's status becomes "in progress"
    for _ in range(16):
        press(qtbot, Qt.Key.Key_Down, "n")
    screen.criteria.submit_button.click()
    assert window.messages == []  # type: ignore[attr-defined]

    assert window.select_panel(window.dossiers_panel.key)
    qtbot.waitUntil(lambda: counts() != before)
    assert counts() == (str(int(before[0]) + 1), str(int(before[1]) + 1))
    current = window.dossiers_panel.view.currentIndex().data(ROW_ROLE)
    assert current is not None and current.id == UNSCORED


def test_f8_from_outside_the_criteria_goes_to_the_current_empty_criterion(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path)
    screen = window.scoring_screen
    codes = criteria_codes(window)
    assert current_code(screen) == codes[0]  # empty, the focus on its scale
    press(qtbot, Qt.Key.Key_F8)  # from the criterion itself: the next empty one
    assert current_code(screen) == codes[1]
    screen.ui.list_view.setFocus()  # the focus elsewhere (the dossier list)
    press(qtbot, Qt.Key.Key_F8)  # the current criterion is empty: it is the one
    assert current_code(screen) == codes[1]
    assert isinstance(focused(), ScoreSelector)
    press(qtbot, "2")
    screen.ui.list_view.setFocus()
    press(qtbot, Qt.Key.Key_F8)  # scored now: the next empty one
    assert current_code(screen) == codes[2]
