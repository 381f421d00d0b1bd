"""Keys a screen reader's user expects: Enter presses the push button that has the focus.

Qt presses a focused push button with Space only, except the default buttons of dialogs,
which Enter presses from anywhere in the dialog. A blind user who tabs to "Choose the
member…" and presses Enter hears nothing happen. Contract of :func:`install`: once installed
(on the application, once), Enter or Return without modifiers on an enabled, visible
``QPushButton`` or ``QToolButton`` that has the focus clicks it, outside dialogs; inside a
dialog, Qt's own rules stay (Enter there accepts the dialog through its default button, as
users of dialogs expect). Every other key goes on unchanged.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QToolButton

from tnl_jury.gui.accessibility import focus, focus_ring, hidden

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """The application's event filter (see the module's contract)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ENTER_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, (QPushButton, QToolButton)):
            return False
        if not (watched.isEnabled() and watched.isVisible() and watched.hasFocus()):
            return False
        if isinstance(watched.window(), QDialog):
            return False  # the dialog's default button
        watched.animateClick()
        return True


_filter: EnterPressesButtons | None = None


def install() -> None:
    """Install the filter on the application (once; later calls do nothing), and the one
    that reads a list's current row when it gets the focus (:mod:`.focus`); hidden pages
    leave the accessibility tree (:mod:`.hidden`)."""
    global _filter
    focus.install()
    hidden.install()
    focus_ring.install()  # a 2 px focus ring, 3:1, on every control
    app = QApplication.instance()
    if app is None or (_filter is not None and shiboken6.isValid(_filter)):
        return
    _filter = EnterPressesButtons(app)
    app.installEventFilter(_filter)
