"""Hidden screens leave the accessibility tree, and the focus never passes through them.

What a screen reader finds walking the window's accessible tree (as Orca's review does): no
page of a stacked widget but the current one (the welcome panel once a file is open, the
tabs not shown, the scoring screen's "choose the member" page once someone scores). And the
focus, after choosing the member, goes straight to the first criterion.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow

from .scoring_helpers import answer_chooser, open_demo, show_active


def reachable(root: QWidget, limit: int = 5000) -> set[int]:
    """The ids of the widgets reachable from ``root``'s accessible interface, child by
    child (a screen reader's walk); item views' cells are left out (they are no widgets)."""
    found: set[int] = set()
    interface = QAccessible.queryAccessibleInterface(root)
    pending: list[QAccessibleInterface] = [interface] if interface is not None else []
    while pending and len(found) < limit:
        current = pending.pop()
        widget = current.object()
        if isinstance(widget, QWidget):
            found.add(id(widget))
        if current.role() in (QAccessible.Role.Table, QAccessible.Role.List):
            continue
        for index in range(current.childCount()):
            child = current.child(index)
            if child is not None and child.isValid():
                pending.append(child)
    return found


def hidden_pages(window: QWidget) -> list[QWidget | None]:
    """Every page of every stacked widget in ``window`` that is not the current one."""
    pages = []
    for stack in window.findChildren(QStackedWidget):
        current = stack.currentWidget()
        pages += [stack.widget(i) for i in range(stack.count()) if stack.widget(i) is not current]
    return pages


def test_hidden_pages_are_not_in_the_tree(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    show_active(qtbot, window)
    assert window.stack.currentWidget() is window.welcome
    assert id(window.welcome.open_button) in reachable(window)
    screen = open_demo(window, demo_path)
    seen = reachable(window)
    assert id(window.welcome) not in seen  # the welcome panel's buttons are gone
    assert id(window.welcome.open_button) not in seen
    assert id(window.dossiers_panel.view) in seen  # the current tab is there
    assert id(screen) not in seen  # another tab's screen is not
    pages = hidden_pages(window)
    assert pages and not any(id(page) in seen for page in pages)
    stack = QAccessible.queryAccessibleInterface(window.stack)
    assert stack is not None and stack.childCount() == 1
    assert stack.indexOfChild(QAccessible.queryAccessibleInterface(window.welcome)) == -1

    answer_chooser(qtbot, screen, "Nadia Nguyen")
    assert screen.start_scoring(10)
    seen = reachable(window)
    assert id(screen.ui.choose_button) not in seen  # the "choose the member" page
    assert id(screen.criteria.rows[screen.criteria.order[0]].selector) in seen
    assert not any(id(page) in seen for page in hidden_pages(window))


def test_choosing_the_member_focuses_the_first_criterion_at_once(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    window.select_panel(screen.key)
    window.focus_main_control()
    assert QApplication.focusWidget() is screen.ui.choose_button
    answer_chooser(qtbot, screen, "Nadia Nguyen")
    seen: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new))
    assert screen.start_scoring(10)
    qtbot.wait(50)
    first = screen.criteria.rows[screen.criteria.order[0]].selector
    after_dialog = [w for w in seen if w is not None and w.window() is window]
    assert after_dialog == [first], [
        (type(w).__name__, w.accessibleName() or w.objectName()) for w in after_dialog
    ]


def test_another_tab_takes_the_focus_without_the_tab_bar(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    show_active(qtbot, window)
    window.focus_main_control()
    assert QApplication.focusWidget() is window.dossiers_panel.view
    seen: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new))
    feature = window.deliberation  # type: ignore[attr-defined]
    feature.show_tab()  # Ctrl+Shift+R
    qtbot.wait(50)
    assert [w for w in seen if w is not None] == [feature.panel.view], [
        (type(w).__name__, w.accessibleName() or w.objectName()) for w in seen if w is not None
    ]


def test_controls_hidden_in_a_shown_screen_are_not_focusable(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    """Qt exposes them "not showing" but "focusable": a tab bar's scroll arrows (always
    out of the tab chain: the arrow keys change tabs) and the label of a hidden notice (the
    read-only banner)."""
    open_demo(window, demo_path)
    show_active(qtbot, window)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            arrows = bar.findChildren(QToolButton)
            assert arrows and all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in arrows)
            for arrow in arrows:
                interface = QAccessible.queryAccessibleInterface(arrow)
                assert interface is not None and not interface.state().focusable
    label = window.banner_text
    assert window.banner.isHidden() and label.focusPolicy() == Qt.FocusPolicy.NoFocus
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None and not interface.state().focusable
    window.banner.show()  # a read-only file: the banner's words can be read, selected
    assert label.focusPolicy() != Qt.FocusPolicy.NoFocus and interface.state().focusable
    window.banner.hide()
    assert not interface.state().focusable
