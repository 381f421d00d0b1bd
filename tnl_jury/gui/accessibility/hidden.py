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

Controls hidden inside a shown screen: Qt exposes them "not showing" but still
"focusable" (from their focus policy), and an Orca review offered them. Two kinds are
taken out of the tab chain while hidden: the scroll arrows of every tab bar (always, by
:class:`ArrowsOutOfTabChain`: the arrow keys change tabs, the arrows are for the mouse) and
the label of a notice (:func:`follow_notice`: focusable only while its frame is shown). Not
done for every hidden widget: a filtering accessible interface on every plain container
broke ``QMenu`` objects (an earlier attempt), and a widget's focus policy is its own.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
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


class ArrowsOutOfTabChain(QObject):
    """The application's event filter: a tab bar being polished (before it is first shown)
    takes its scroll arrows out of the tab chain (see the module's contract)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Polish and isinstance(watched, QTabBar):
            for arrow in watched.findChildren(QToolButton):
                arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return False


class _NoticeFocus(QObject):
    def __init__(self, frame: QWidget, label: QWidget) -> None:
        super().__init__(frame)
        self.label = label
        self._policy = label.focusPolicy()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and shiboken6.isValid(self.label):
            shown = event.type() == QEvent.Type.Show
            self.label.setFocusPolicy(self._policy if shown else Qt.FocusPolicy.NoFocus)
        return False


def follow_notice(frame: QWidget, label: QWidget) -> None:
    """``label`` (selectable by keyboard, so focusable) takes the focus only while ``frame``
    is shown; ``frame`` starts hidden."""
    watcher = _NoticeFocus(frame, label)
    frame.installEventFilter(watcher)
    if frame.isHidden():
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)


_arrows: ArrowsOutOfTabChain | None = None


def install() -> None:
    """Give every ``QStackedWidget`` a :class:`ShownPageInterface` (once is enough; the
    ``QApplication`` must exist, see :mod:`tnl_jury.gui.accessibility`), and take every tab
    bar's scroll arrows out of the tab chain."""
    global _arrows
    register(QStackedWidget, _make)
    app = QApplication.instance()
    if app is not None and (_arrows is None or not shiboken6.isValid(_arrows)):
        _arrows = ArrowsOutOfTabChain(app)
        app.installEventFilter(_arrows)


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
