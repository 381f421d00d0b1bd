"""A list or table gaining the focus reads its current row.

Qt tells screen readers which cell is current only when the current cell changes: tabbing
into a table whose current row was set before (the main view after a file opens, a list
left and entered again) says the table's name, not where the arrows will start from, and
the first Down seems to skip a row. Contract of :class:`CurrentRowOnFocus` (an application
event filter, :func:`install`): when an item view gets the keyboard focus and has a valid
current index, a focus event for that cell follows (screen readers then read its row). It
changes neither the current index nor the selection: focus never selects or opens anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow


def current_cell_child(view: QAbstractItemView) -> int | None:
    """The index, among the view's accessible children, of its current cell (None when
    there is none, or it is scrolled out of sight)."""
    current = view.currentIndex()
    interface = QAccessible.queryAccessibleInterface(view)
    if not current.isValid() or interface is None:
        return None
    rect = view.visualRect(current)
    if rect.isEmpty():
        return None
    point = view.viewport().mapToGlobal(rect.center())
    cell = interface.childAt(point.x(), point.y())
    if cell is None:
        return None
    index = interface.indexOfChild(cell)
    return index if index >= 0 else None


def tell_current_cell(view: QAbstractItemView) -> None:
    """Post a focus event for the view's current cell (when a screen reader listens)."""
    if not shiboken6.isValid(view) or not view.hasFocus() or not QAccessible.isActive():
        return
    child = current_cell_child(view)
    if child is not None:
        event = QAccessibleEvent(view, QAccessible.Event.Focus)
        event.setChild(child)
        QAccessible.updateAccessibility(event)


class CurrentRowOnFocus(QObject):
    """The application's event filter (see the module's contract)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            view = watched
            QTimer.singleShot(0, lambda: tell_current_cell(view))  # after Qt's own events
        return False


_filter: CurrentRowOnFocus | None = None


def install() -> None:
    """Install the filter on the application (once)."""
    global _filter
    app = QApplication.instance()
    if app is None or (_filter is not None and shiboken6.isValid(_filter)):
        return
    _filter = CurrentRowOnFocus(app)
    app.installEventFilter(_filter)


def focus_main_control(window: MainWindow) -> None:
    """Give the keyboard focus to what the window's page is for, so that the arrows and Enter
    act at once: the recent files (or "Open a jury file…") on the welcome page, the current
    tab's list once a file is open. A list gets a current row, not a selection: focusing
    never opens or changes anything."""
    if window.stack.currentWidget() is window.welcome:
        recent = window.welcome.recent_list
        target: QWidget = recent if recent.count() else window.welcome.open_button
    else:
        panel = window.tabs.currentWidget()  # None until the tabs are built
        view = getattr(panel, "view", None)
        target = view if isinstance(view, QWidget) else (panel or window.tabs)
        control = getattr(panel, "main_control", None)  # a panel's own choice
        if callable(control) and isinstance(control(), QWidget):
            target = control()
    if isinstance(target, QAbstractItemView):
        model, selection = target.model(), target.selectionModel()
        no_current = not target.currentIndex().isValid()
        if model is not None and selection is not None and no_current and model.rowCount():
            selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
