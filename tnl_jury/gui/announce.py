"""One way to tell a screen reader that something happened: :func:`announce`.

A status message (a confirmation, a refusal, a failed save, which dossier is open, how many
rows a filter left…) must reach a juror who cannot see the screen. Screen readers do not read
the status bar nor a label whose text changes; what they do read differs by version:

* Orca 43 (Debian 12) speaks a widget whose accessible role is ``Notification`` when it
  appears ("notification, <text>");
* newer screen readers (NVDA, recent Orca) speak Qt's ``QAccessibleAnnouncementEvent``
  (Qt ≥ 6.8).

:func:`announce` does both. Contract:

* ``announce(text, source)`` shows ``text`` in a small strip (:class:`NotificationStrip`) at
  the bottom of ``source``'s window (the active window, or the first top-level window, when
  ``source`` is None) for :data:`DISPLAY_MS`; every message gets a new strip (the previous
  one is removed), so each is a new object appearing, read with its own text (screen
  readers cache names). Sighted users see the same words.
* It posts a ``QAccessibleAnnouncementEvent`` on the strip, polite, or assertive with
  ``assertive=True`` (for what went wrong: a failed save, a refusal).
* Every message announced is emitted by ``announcer().announced(text, assertive)`` at once
  (tests and logs listen there), also when ``settle`` delays the strip. An empty text
  announces nothing.
* The strip never takes the focus.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QFrame, QLabel, QWidget

from tnl_jury.gui.accessibility import register

log = logging.getLogger(__name__)

DISPLAY_MS = 7000
SETTLE_MS = 600  # see announce(settle=True)
KEEP_MS = 5000  # a replaced strip stays (hidden) this long before it is deleted
STRIP_NAME = "tnl-announcement"

try:  # Qt >= 6.8
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the Notification widget alone
    # The stubs (Qt >= 6.8) know the class only: None stands for "absent" here.
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class NotificationStrip(QLabel):
    """The strip that shows an announcement; its accessible role is ``Notification``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(STRIP_NAME)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names come from candidates' files
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(6)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str) -> None:
        """Show ``text`` for :data:`DISPLAY_MS`."""
        self.setText(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(DISPLAY_MS)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(200, min(parent.width() - 24, 720))
        self.setFixedWidth(width)
        self.adjustSize()
        x = (parent.width() - width) // 2
        y = max(0, parent.height() - self.height() - 40)
        self.move(x, y)


def _notification_interface(strip: QWidget) -> QAccessibleWidget:
    return QAccessibleWidget(strip, QAccessible.Role.Notification)


register(NotificationStrip, _notification_interface)


class Announcer(QObject):
    """Emits ``announced(text, assertive)`` for every message :func:`announce` gives."""

    announced = Signal(str, bool)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The application's announcer (made on first use)."""
    global _announcer
    if _announcer is None or not shiboken6.isValid(_announcer):
        _announcer = Announcer(QApplication.instance())
    return _announcer


def strip_of(window: QWidget) -> NotificationStrip | None:
    """The notification strip shown last in ``window``'s top-level window, or None."""
    top = window.window()
    return top.findChild(NotificationStrip, STRIP_NAME, Qt.FindChildOption.FindDirectChildrenOnly)


def _new_strip(window: QWidget) -> NotificationStrip:
    """A new strip for each message: screen readers cache an object's name, so a strip
    shown again with another text would be read with its old one."""
    top = window.window()
    old = strip_of(top)
    if old is not None:
        old.hide()
        old.setObjectName("")
        # Deleted a little later: a screen reader still busy with it reads its name then.
        QTimer.singleShot(KEEP_MS, old.deleteLater)
    return NotificationStrip(top)


def _window_for(source: QWidget | None) -> QWidget | None:
    if source is not None and shiboken6.isValid(source):
        return source.window()
    active = QApplication.activeWindow()
    if active is not None:
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return shown[0] if shown else None


def announce(
    text: str,
    source: QWidget | None = None,
    *,
    assertive: bool = False,
    settle: bool = False,
) -> None:
    """Tell the user ``text`` (see the module's contract). With ``settle``, the strip shows
    :data:`SETTLE_MS` later: after a change that sends screen readers a burst of events
    (a whole sheet turning read-only), Orca drops what comes while its queue is full."""
    text = text.strip()
    if not text:
        return
    log.debug("announce: %s", text)
    window = _window_for(source)
    if window is not None:
        if settle:
            QTimer.singleShot(SETTLE_MS, window, lambda: _show(window, text, assertive))
        else:
            _show(window, text, assertive)
    announcer().announced.emit(text, assertive)


def _show(window: QWidget, text: str, assertive: bool) -> None:
    strip = _new_strip(window)
    strip.show_text(text)
    _post_event(strip, text, assertive)


def _post_event(strip: QWidget, text: str, assertive: bool) -> None:
    if QAccessibleAnnouncementEvent is None or not QAccessible.isActive():
        return
    event: Any = QAccessibleAnnouncementEvent(strip, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
