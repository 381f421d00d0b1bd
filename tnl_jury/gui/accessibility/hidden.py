"""Hidden screens leave the accessibility tree.

Qt exposes every page of a ``QStackedWidget`` (so every tab of a ``QTabWidget``, the welcome
panel once a file is open, the scoring screen's "choose the member" page…) to screen
readers, shown or not. Qt marks a hidden widget invisible, but not the cells of its lists and
tables nor the tabs of its tab bars: those still say "showing", and the current cell or tab
"focused", so a screen reader's review of the window, or its "where am I", found controls of
screens nobody sees.

Contract of :class:`ShownPageInterface`, every ``QStackedWidget``'s accessible interface once
:func:`install` ran:

* role ``Client`` (AT-SPI's "filler"), not Qt's ``LayeredPane``: Orca names the containers
  a focus move enters, and a layered pane has no name to say, only "panneau superposé" —
  four times at each move to another domain of the scoring grid; it skips fillers;
* its one child is the current page, when there is one and it is not hidden; the other
  pages are no children at all (``childCount``, ``child``, ``indexOfChild`` and ``childAt``
  agree), so nothing inside them is reachable;
* when the current page changes, screen readers are told that the pane's children changed
  (an ``ObjectReorder`` event: AT-SPI's ``children-changed``).

A hidden screen also gives up the focus without passing it around: when the page that has
the focus is replaced, Qt moves the focus to the next control of the window's tab chain (the
tab bar), then to the new page's first control, and a screen reader reads both before the
control the screen meant. :func:`show_page` (a stacked widget's page) and :func:`show_tab`
(a tab widget's) replace the page with the focus taken away first; the caller then focuses
what the page is for, and if the window has no focus widget by the next turn of the event
loop (or once a dialog opened meanwhile is gone), the new page's first control gets it
(never a hidden or disabled widget).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from tnl_jury.gui.accessibility import register

WAIT_MS = 200  # how often the focus fallback looks again whether a dialog is gone


class ShownPageInterface(QAccessibleWidget):
    """See the module's contract."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack, QAccessible.Role.Client)
        self.stack = stack
        stack.currentChanged.connect(self._page_changed)

    def _shown(self) -> QWidget | None:
        if not shiboken6.isValid(self.stack):
            return None
        page = self.stack.currentWidget()
        return page if page is not None and not page.isHidden() else None

    def childCount(self) -> int:  # noqa: N802 (Qt API)
        return 1 if self._shown() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        page = self._shown()
        if index != 0 or page is None:
            return None
        return QAccessible.queryAccessibleInterface(page)

    def indexOfChild(self, child: QAccessibleInterface | None) -> int:  # noqa: N802 (Qt API)
        page = self._shown()
        if child is None or page is None or not child.isValid():
            return -1
        return 0 if child.object() is page else -1

    def childAt(  # type: ignore[override]  # noqa: N802 (Qt API)
        self, x: int, y: int
    ) -> QAccessibleInterface | None:
        page = self._shown()
        if page is None or not page.isVisible():
            return None
        if page.rect().contains(page.mapFromGlobal(QPoint(x, y))):
            return self.child(0)
        return None

    def _page_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.stack) and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.stack, QAccessible.Event.ObjectReorder)
            )


def _make(widget: QWidget) -> QAccessibleInterface:
    assert isinstance(widget, QStackedWidget)
    return ShownPageInterface(widget)


def install() -> None:
    """Give every ``QStackedWidget`` a :class:`ShownPageInterface` (once is enough; the
    ``QApplication`` must exist, see :mod:`tnl_jury.gui.accessibility`)."""
    register(QStackedWidget, _make)


def show_page(stack: QStackedWidget, index: int) -> None:
    """Make page ``index`` of ``stack`` current (see the module's contract for the focus)."""
    _switch(stack, stack.widget(index), lambda: stack.setCurrentIndex(index))


def show_tab(tabs: QTabWidget, page: QWidget) -> None:
    """Make ``page`` the current tab of ``tabs`` (the focus as :func:`show_page` moves it)."""
    _switch(tabs, page, lambda: tabs.setCurrentWidget(page))


def _switch(
    container: QStackedWidget | QTabWidget, new: QWidget | None, switch: Callable[[], None]
) -> None:
    old = container.currentWidget()
    if old is None or new is None or new is old:
        switch()
        return
    # The window's focus widget, also while a dialog is up: the one Qt gives the focus back.
    focus = container.window().focusWidget()
    had_focus = focus is not None and old.isAncestorOf(focus)
    if had_focus:
        assert focus is not None
        focus.clearFocus()  # nothing focused for a moment, rather than the tab bar
    switch()
    if had_focus:
        QTimer.singleShot(0, container, lambda: _focus_first(new))


def _focus_first(page: QWidget | None) -> None:
    """Focus ``page``'s first control that takes Tab, unless its window has a focus widget
    again (the caller chose one); while a dialog is up, once it is gone."""
    if page is None or not shiboken6.isValid(page) or page.window().focusWidget() is not None:
        return
    if QApplication.activeModalWidget() is not None:  # a dialog is up (who scores?): after it
        QTimer.singleShot(WAIT_MS, page, lambda: _focus_first(page))
        return
    if not page.isVisible():
        return
    candidate = page.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring through the window: bounded all the same
        if candidate is None or candidate is page:
            return
        if (
            page.isAncestorOf(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            candidate.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        candidate = candidate.nextInFocusChain()
