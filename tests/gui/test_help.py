"""Help inside the app: F1 shows the keys of the current screen, the menu the French guides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.deliberation.answers import AnswersDialog
from tnl_jury.gui.help import GUIDES, guide_markdown, guide_path
from tnl_jury.gui.main_window import MainWindow

from .deliberation_helpers import Dialogs

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_guides_are_the_documentation_s() -> None:
    for name in GUIDES:
        assert guide_path(name).read_bytes() == (ROOT / "docs" / name).read_bytes(), (
            f"resources/guides/{name} differs from docs/{name}: copy it again"
        )


def test_pictures_not_shipped_become_their_caption() -> None:
    text = guide_markdown("guide-reunion-multi-postes.md")
    assert "![" not in text
    assert "*Le mode juré : l’écran de notation du membre, et rien d’autre*" in text


def test_f1_shows_the_keys_of_the_current_screen(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.select_panel("deliberation")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.tabs.currentIndex() == 0
    card = help_window.keys.toPlainText()
    assert "Keys of the screen “Deliberation”" in card
    assert "open the decision form of the selected dossier" in card
    assert "Ctrl+Shift+D" in card and "Decide on the dossier…" in card
    assert "Ctrl+Shift+A" in card  # the answers button of the detail
    assert "F8" not in card  # the scoring screen's keys belong to that screen

    assert window.select_panel("scoring")
    window.ui.actions["help_keys"].trigger()
    card = help_window.keys.toPlainText()
    assert "Keys of the screen “Scoring”" in card
    assert "F8" in card and "give this score to the criterion" in card
    assert "open the decision form of the selected dossier" not in card


def test_the_guides_are_in_the_help_menu(window: MainWindow) -> None:
    menu = window.ui.menus["help"]
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["action_help_keys", "action_help_scoring", "action_help_meeting",
                     "action_about"]  # fmt: skip
    window.ui.actions["help_scoring"].trigger()  # no file open: the guides still show
    help_window = window.help.help_window
    assert help_window.tabs.currentIndex() == 1
    assert help_window.guides[0].toPlainText().startswith("Noter les dossiers — guide du juré")
    window.ui.actions["help_meeting"].trigger()
    assert help_window.tabs.currentIndex() == 2
    assert "plusieurs" in help_window.guides[1].toPlainText()[:200]


def test_ctrl_shift_a_opens_the_candidate_s_answers(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    feature = window.deliberation
    assert window.select_panel("deliberation")
    feature.panel.select_dossier(3)
    feature.panel.view.setFocus()
    dialogs = Dialogs(feature)  # the answers dialog is recorded, not run
    asked: list[int] = []
    feature.panel.detail.answers_requested.connect(asked.append)
    qtbot.keyClick(feature.panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert asked == [3]
    assert isinstance(dialogs.seen[-1], AnswersDialog)
