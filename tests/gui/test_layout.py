"""Layout: the window's first run, the Deliberation table's names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tnl_jury.gui.deliberation.panel import CANDIDATE_CHARS
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE

from .conftest import make_window
from .deliberation_helpers import open_deliberation


def test_the_first_run_is_maximised_later_runs_keep_their_size(qtbot: QtBot) -> None:
    first = make_window(qtbot)
    assert first.first_run
    first.show_first_time()
    qtbot.waitUntil(lambda: bool(first.windowState() & Qt.WindowState.WindowMaximized))
    first.showNormal()
    first.resize(700, 500)
    qtbot.waitUntil(lambda: not first.windowState() & Qt.WindowState.WindowMaximized)
    size = (first.width(), first.height())
    first.close()  # the geometry is saved

    second = make_window(qtbot)
    assert not second.first_run
    second.show_first_time()
    assert second.isVisible()
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    assert (second.width(), second.height()) == size
    second.close()


def test_the_candidate_column_stays_readable_at_the_default_size(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    window.resize(1100, 720)
    window.show()
    panel = feature.panel
    view = panel.view
    char = view.fontMetrics().averageCharWidth()
    width = view.columnWidth(ResultsColumn.CANDIDATE)
    assert width >= CANDIDATE_CHARS * char
    index = panel.proxy.index(0, ResultsColumn.CANDIDATE)
    row = index.data(ROW_ROLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == row.candidate_name  # whole when cut
    window.resize(1600, 900)  # more room: the candidate takes it
    QApplication.processEvents()
    assert view.columnWidth(ResultsColumn.CANDIDATE) > width
