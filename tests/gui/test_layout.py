"""Layout: the window's first run, the Deliberation table's names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from .conftest import make_window


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
