"""Focus that follows the work: the scoring tab's main control, and a list gaining the focus
telling which of its cells is current (without selecting anything)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tnl_jury.gui.accessibility.focus import current_cell_child
from tnl_jury.gui.main_window import MainWindow

from .scoring_helpers import answer_chooser, open_demo, show_active


def test_the_scoring_tab_focuses_what_it_is_for(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    window.select_panel(screen.key)
    window.focus_main_control()
    assert QApplication.focusWidget() is screen.ui.choose_button  # not the page itself

    answer_chooser(qtbot, screen, "Nadia Nguyen")
    assert screen.choose_member()
    window.focus_main_control()
    assert QApplication.focusWidget() is screen.ui.list_view
    assert screen.ui.list_view.currentIndex().isValid()
    assert not screen.ui.list_view.selectionModel().hasSelection()  # focus selects nothing
    assert screen.sheet is None  # nor opens anything


def test_a_list_names_its_current_cell_for_screen_readers(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    show_active(qtbot, window)
    view = window.dossiers_panel.view
    window.focus_main_control()
    assert QApplication.focusWidget() is view
    current = view.currentIndex()
    assert current.isValid() and current.row() == 0
    child = current_cell_child(view)
    assert child is not None
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    cell = interface.child(child)
    assert cell is not None
    assert cell.text(QAccessible.Text.Name) == current.data()
    view.setCurrentIndex(view.model().index(2, 1))
    cell = interface.child(current_cell_child(view))  # type: ignore[arg-type]
    assert cell is not None and cell.text(QAccessible.Text.Name) == view.currentIndex().data()


def test_moving_to_another_domain_focuses_nothing_on_the_way(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, "Nadia Nguyen")
    assert screen.start_scoring(10)
    criteria = screen.criteria
    last_of_first = next(
        c for i, c in enumerate(criteria.order[:-1])
        if criteria._page_of[criteria.order[i + 1]] != criteria._page_of[c]
    )  # fmt: skip
    criteria.focus_criterion(last_of_first)
    seen: list[object] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    following = criteria.order[criteria.order.index(last_of_first) + 1]
    assert seen == [criteria.rows[following].selector]  # straight there, one focus change
    seen.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert seen == [criteria.rows[last_of_first].selector]
