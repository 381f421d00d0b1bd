"""Issue 13, case 1: no keystroke outside a criterion's own control writes a score.

Typing a dossier number in the list's filter, or moving in the list, only selects; opening a
dossier for scoring is explicit (Enter, double-click, next/previous). A submitted dossier is
read-only until its member reopens it, which is audited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.score_selector import ScoreSelector
from tnl_jury.services import audit, scores
from tnl_jury.services.scoring_view import member_statuses

from .scoring_helpers import answer_chooser, focused, open_demo, press, show_active, stored

MEMBER, MEMBER_NAME = 3, "Nadia Nguyen"
UNSCORED = 10  # the demo leaves dossiers 8 to 12 unscored
TARGET, TARGET_NUMBER = 12, "18000407"  # the demo numbers dossier n 18 000 000 + 37 × (n − 1)


def _score_writes(window: MainWindow) -> int:
    assert window.jury_file is not None
    return sum(1 for e in audit.list_events(window.jury_file) if e.action.startswith("score."))


def _start(qtbot: QtBot, window: MainWindow, demo_path: Path, dossier: int = UNSCORED) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, MEMBER_NAME)
    assert screen.start_scoring(dossier)
    assert isinstance(focused(), ScoreSelector)


def test_typing_a_number_in_the_filter_never_records_a_score(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    _start(qtbot, window, demo_path)
    screen = window.scoring_screen
    writes = _score_writes(window)
    press(qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    assert focused() is screen.ui.filter_bar.edit
    press(qtbot, *TARGET_NUMBER)  # one digit at a time, as a person types

    assert screen.ui.filter_bar.edit.text() == TARGET_NUMBER
    assert focused() is screen.ui.filter_bar.edit
    assert _score_writes(window) == writes
    assert window.jury_file is not None
    for dossier in range(1, 13):
        if dossier >= UNSCORED:
            assert stored(window.jury_file, MEMBER, dossier) == {}
    assert screen.sheet.dossier.id == UNSCORED  # the list selects; nothing was opened

    press(qtbot, Qt.Key.Key_Return)  # Enter opens the match, explicitly
    assert screen.sheet.dossier.id == TARGET
    assert isinstance(focused(), ScoreSelector)
    press(qtbot, "3")
    assert stored(window.jury_file, MEMBER, TARGET) == {"STRAT-1": (3, False, "")}


def test_arrows_in_the_list_select_and_enter_opens(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    _start(qtbot, window, demo_path)
    screen = window.scoring_screen
    writes = _score_writes(window)
    screen.ui.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Down, "2", Qt.Key.Key_Down, "4")
    assert screen.sheet.dossier.id == UNSCORED
    assert focused() is screen.ui.list_view
    assert _score_writes(window) == writes
    press(qtbot, Qt.Key.Key_Return)
    assert screen.sheet.dossier.id != UNSCORED
    assert isinstance(focused(), ScoreSelector)


def test_a_submitted_dossier_is_read_only_until_its_member_reopens_it(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    _start(qtbot, window, demo_path)
    screen = window.scoring_screen
    jf = window.jury_file
    assert jf is not None
    for code in screen.criteria.order:
        screen.criteria.focus_criterion(code)
        press(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert member_statuses(jf, MEMBER)[UNSCORED] == "submitted"
    assert not screen.actions_["submit"].isEnabled()
    assert screen.actions_["reopen"].isEnabled()
    assert "submitted" in screen.ui.notice_text.text()

    writes = _score_writes(window)
    first = screen.criteria.order[0]
    screen.criteria.focus_criterion(first)
    press(qtbot, "4", Qt.Key.Key_Delete, "n")
    screen.flush()
    assert _score_writes(window) == writes
    assert stored(jf, MEMBER, UNSCORED)[first] == (2, False, "")

    screen.actions_["reopen"].trigger()
    screen.flush()
    assert scores.get_progress(jf, MEMBER, UNSCORED)[0] == "in_progress"
    event = audit.list_events(jf, limit=1)[0]
    assert (event.action, event.details["dossier"]) == ("score.reopen", "18000333")
    assert not screen.actions_["reopen"].isEnabled()
    screen.criteria.focus_criterion(first)
    press(qtbot, "4")
    screen.flush()
    assert stored(jf, MEMBER, UNSCORED)[first] == (4, False, "")
