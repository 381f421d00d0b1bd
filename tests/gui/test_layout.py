"""Layout: the window's first run, the Deliberation table's names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tnl_jury.gui.deliberation.panel import CANDIDATE_CHARS
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.i18n import Translations
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


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def alt_key_clashes(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """For each tab: the Alt letters used twice by the menu bar and the tab's visible buttons,
    group boxes, inner tabs and labels with a buddy."""
    menus = [(_mnemonic(a.text()), f"menu {a.text()}") for a in window.menuBar().actions()]
    found: dict[str, dict[str, list[str]]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        panel = window.tabs.widget(index)
        items = list(menus)
        widgets: list[QWidget] = [
            *panel.findChildren(QAbstractButton),
            *panel.findChildren(QGroupBox),
            *(label for label in panel.findChildren(QLabel) if label.buddy() is not None),
        ]
        for widget in widgets:
            if widget.isVisibleTo(panel):
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                items.append((_mnemonic(text), text))
        for bar in panel.findChildren(QTabBar):
            if bar.isVisibleTo(panel):
                items += [(_mnemonic(bar.tabText(i)), bar.tabText(i)) for i in range(bar.count())]
        letters: dict[str, list[str]] = {}
        for letter, text in items:
            if letter:
                letters.setdefault(letter, []).append(text)
        clashes = {k: v for k, v in letters.items() if len(v) > 1}
        if clashes:
            found[str(getattr(panel, "key", index))] = clashes
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_alt_key_is_used_twice_on_a_screen(
    qtbot: QtBot, translations: Translations, demo_path: Path, language: str
) -> None:
    assert translations.install(language)
    window = make_window(qtbot, translations=translations)
    window.resize(1280, 800)
    window.show()
    window.open_file(demo_path)
    assert alt_key_clashes(window) == {}
    window.close()
