"""How many keys a dossier takes: a digit scores and moves on to the next criterion (a
setting, on by default), and one key submits and opens the next dossier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.settings import AppSettings
from tnl_jury.services import scores

from .scoring_helpers import current_code, focused, press, stored
from .test_scoring_keyboard import CTRL, MEMBER, SHIFT, UNSCORED, criteria_codes, start


class Counter:
    """Presses keys into the focused widget and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def __call__(self, *keys: str | Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
        press(self.qtbot, *keys, modifier=modifier)
        self.count += len(keys)


def test_a_whole_dossier_takes_at_most_20_keys(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    assert AppSettings().score_moves_on()  # on by default
    assert window.scoring_screen.actions_["score_moves_on"].isChecked()
    start(qtbot, window, demo_path, moves_on=True)
    screen = window.scoring_screen
    codes = criteria_codes(window)
    assert len(codes) == 17
    keys = Counter(qtbot)
    for index, code in enumerate(codes):
        assert current_code(screen) == code, index
        keys(str(index % 5))
    assert window.jury_file is not None
    assert stored(window.jury_file, MEMBER, UNSCORED) == {
        code: (index % 5, False, "") for index, code in enumerate(codes)
    }
    menu = window.ui.menus["scoring"]
    action = screen.actions_["submit_next"]
    assert action in menu.actions()  # listed in the Scoring menu with its key
    assert action.shortcut().toString() == "Ctrl+Shift+Return"
    keys(Qt.Key.Key_Return, modifier=CTRL | SHIFT)  # submit, then the next dossier
    assert keys.count <= 20, keys.count
    assert keys.count == 18
    assert scores.get_progress(window.jury_file, MEMBER, UNSCORED)[0] == "submitted"
    assert screen.sheet is not None and screen.sheet.dossier.id != UNSCORED
    said = window.statusBar().currentMessage()
    assert said.startswith("Dossier ") and "submitted" in said, said


def test_the_setting_off_leaves_the_focus_on_the_criterion(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    start(qtbot, window, demo_path, moves_on=True)
    screen = window.scoring_screen
    action = screen.actions_["score_moves_on"]
    assert action in window.ui.menus["scoring"].actions()
    assert action.isCheckable() and action.isChecked()
    action.trigger()  # the Scoring menu's toggle, remembered
    assert not AppSettings().score_moves_on()
    first = current_code(screen)
    press(qtbot, "2")
    assert current_code(screen) == first
    assert focused() is screen.criteria.rows[first].selector
    action.trigger()
    assert AppSettings().score_moves_on()
    press(qtbot, "3")
    assert current_code(screen) != first
