"""Helpers of the scoring screen's tests: open a file, choose the member with the keyboard,
type keys into whatever has the focus, read the file back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.scoring.member_chooser import MemberChooser
from tnl_jury.gui.scoring.screen import ScoringScreen
from tnl_jury.services import scores
from tnl_jury.storage.jury_file import JuryFile

KEYS = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}


def screen_of(window: MainWindow) -> ScoringScreen:
    screen = window.scoring_screen
    assert isinstance(screen, ScoringScreen)
    return screen


def show_active(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts of the screen only work in the active window."""
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def answer_chooser(qtbot: QtBot, screen: ScoringScreen, name: str, *, paper: bool = False) -> None:
    """Make the member chooser answered from the keyboard: arrows to ``name``, then Enter."""

    def run(dialog: QWidget) -> bool:
        assert isinstance(dialog, MemberChooser)
        dialog.show()
        qtbot.waitExposed(dialog)
        chooser_list = dialog.list
        qtbot.keyClick(chooser_list, Qt.Key.Key_Home)
        for _ in range(chooser_list.count()):
            if chooser_list.currentItem().text().startswith(name):
                break
            qtbot.keyClick(chooser_list, Qt.Key.Key_Down)
        assert chooser_list.currentItem().text().startswith(name)
        if paper:
            qtbot.keyClick(dialog.paper, Qt.Key.Key_Space)
        qtbot.keyClick(chooser_list, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    screen.exec_dialog = run  # type: ignore[method-assign]


def select_dossier(window: MainWindow, dossier_id: int) -> None:
    """Select ``dossier_id`` in the Dossiers tab (the Score action opens it)."""
    view = window.dossiers_panel.view
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ROW_ROLE).id == dossier_id:
            view.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(f"dossier {dossier_id} is not listed")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def press(qtbot: QtBot, *keys: str | Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Type ``keys`` into the widget that has the focus, one at a time."""
    for key in keys:
        code = KEYS[key] if isinstance(key, str) and key in KEYS else key
        if isinstance(code, str):
            code = getattr(Qt.Key, f"Key_{code.upper()}")
        if modifier is None:
            qtbot.keyClick(focused(), code)
        else:
            qtbot.keyClick(focused(), code, modifier)


def stored(jury_file: JuryFile, member_id: int, dossier_id: int) -> dict[str, tuple[object, ...]]:
    """{criterion: (value, no_opinion, comment)} as the file holds them."""
    return {
        s.criterion_code: (s.value, s.no_opinion, s.comment)
        for s in scores.list_scores(jury_file, member_id=member_id, dossier_id=dossier_id)
    }


def current_code(screen: ScoringScreen) -> str:
    return screen.criteria.current_code()


def open_demo(window: MainWindow, path: Path) -> ScoringScreen:
    window.open_file(path)
    assert window.messages == []  # type: ignore[attr-defined]
    return screen_of(window)
