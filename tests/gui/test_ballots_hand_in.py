"""Juror mode's dialogs and start-up: handing in a ballot ends on one message that one OK
closes (no progress dialog above it); the next start after juror mode shows a usable window."""

from __future__ import annotations

import types
from pathlib import Path

from ballot_helpers import base_file
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from tnl_jury.gui.ballots import actions
from tnl_jury.gui.ballots.juror_mode import JurorPanel
from tnl_jury.gui.base_window import PROGRESS_DELAY_MS, TaskWindow
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.services.packages import PackageMade, make_all_packages
from tnl_jury.storage.jury_file import open_jury_file

from .conftest import make_window
from .scoring_helpers import show_active

GUI_MEMBER = 1
QT_FORCE_SHOW_MS = 4000  # QProgressDialogPrivate::init starts its force-show timer with this


def _package(tmp_path: Path) -> PackageMade:
    base = base_file(tmp_path, dossier_count=3, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        made = make_all_packages(jf, usb)
    return next(p for p in made if p.member_id == GUI_MEMBER)


def test_handing_in_a_ballot_ends_on_one_message_that_one_ok_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    package = _package(tmp_path)
    window.open_file(package.path)
    show_active(qtbot, window)
    # The real message box, not the tests' recorder: what the juror sees.
    window.show_message = types.MethodType(TaskWindow.show_message, window)
    seen: list[str] = []

    def press_ok_once() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(type(modal).__name__)
        progress = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend("visible progress" for w in progress if w.isVisible())
        if isinstance(modal, QMessageBox):
            seen.append(modal.windowTitle())
            ok = modal.button(QMessageBox.StandardButton.Ok)
            ok.click()
        QTimer.singleShot(200, unstick)

    def unstick() -> None:  # a failing test ends instead of hanging on a modal dialog
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen.append(f"still open: {type(modal).__name__}")
            modal.close()
            QTimer.singleShot(200, unstick)

    # Pressed after QProgressDialog's own 4 s timer (started by its constructor, whatever the
    # minimum duration): the progress dialog must not have come up above the message.
    QTimer.singleShot(QT_FORCE_SHOW_MS + PROGRESS_DELAY_MS, press_ok_once)
    actions.hand_in_to(window, tmp_path / "ballot.tnlb")
    assert seen[:1] == ["QMessageBox"], seen
    assert "visible progress" not in seen
    assert seen[-1] == "Ballot handed in"
    assert QApplication.activeModalWidget() is None  # one OK closed it
    assert (tmp_path / "ballot.tnlb").is_file()


def test_after_closing_in_juror_mode_the_next_start_shows_a_tab_of_its_own(
    qtbot: QtBot, window: MainWindow, english: Translations, tmp_path: Path
) -> None:
    package = _package(tmp_path)
    window.open_file(package.path)
    assert window.select_panel(JurorPanel.key)  # the juror's last tab: "Hand in my ballot"
    window.close()

    again = make_window(qtbot, translations=english)
    show_active(qtbot, again)
    again.open_file(tmp_path / "secretariat.tnlj")
    assert not again.juror_mode.active
    index = again.tabs.currentIndex()
    assert index >= 0 and again.tabs.isTabVisible(index)
    panel = again.current_panel()
    assert panel is not None and panel.key != JurorPanel.key
    assert panel.isVisible() and panel.isEnabled()
    again.close()
