"""Focus never selects or opens anything by itself (WCAG 3.2.1, RGAA 7.4): tabbing into the
deliberation's "to discuss" list leaves the dossier chosen in the table as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow

from .deliberation_helpers import open_deliberation
from .scoring_helpers import show_active


def test_tabbing_into_the_queue_selects_no_dossier(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    show_active(qtbot, window)
    panel = feature.panel
    assert panel.queue.count() >= 2
    panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    before = panel.current_dossier_id()
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.queue)
    assert panel.current_dossier_id() == before  # nothing chosen by the focus alone
    assert not panel.queue.selectedItems()
    # The arrows then choose, from the first row (the one read when the list got the focus).
    assert panel.queue.currentRow() == 0
    qtbot.keyClick(panel.queue, Qt.Key.Key_Down)
    chosen = int(panel.queue.item(1).data(Qt.ItemDataRole.UserRole))
    assert panel.current_dossier_id() == chosen
