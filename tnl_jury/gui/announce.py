"""One way to tell a screen reader that something happened: :func:`announce`.

A status message (a confirmation, a refusal, a failed save, which dossier is open, how many
rows a filter left…) must reach a juror who cannot see the screen. Screen readers do not read
the status bar nor a label whose text changes; what they do read differs by version:

* Orca 43 (Debian 12) speaks a widget whose accessible role is ``Notification`` when it
  appears ("notification, <text>");
* newer screen readers (NVDA, recent Orca) speak Qt's ``QAccessibleAnnouncementEvent``
  (Qt ≥ 6.8).

:func:`announce` does both. Contract:

* ``announce(text, source)`` shows ``text`` in a small strip (:class:`NotificationStrip`) in
  ``source``'s window (the active window, or the first top-level window, when ``source`` is
  None); every message gets a new strip (the previous one is removed), so each is a new
  object appearing, read with its own text (screen readers cache names). Sighted users see
  the same words.
* The strip covers no content: in a window with a status bar it lies over the status bar, on
  one line (elided; the whole text is its accessible name and tooltip), for
  :data:`DISPLAY_MS`. A window without one (a dialog) has no free place: there the strip
  shows at the top edge, over the heading and never over the buttons, for :data:`BRIEF_MS`
  only.
* It never shows a stale text: a message tells the state of one moment ("…, not started"),
  so the strip hides at the user's next key press or click in the application (the next
  moment may change that state); a message that this very input causes shows after it.
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
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QFrame,
    QLabel,
    QStatusBar,
    QWidget,
)

from tnl_jury.gui.accessibility import ensure_installed, register
from tnl_jury.gui.plain_text import plain_tip

log = logging.getLogger(__name__)

DISPLAY_MS = 7000
BRIEF_MS = 3000  # over a dialog's content (no status bar to lie over)
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
        ensure_installed()  # before Qt first asks for the strip's interface
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
        """Show ``text`` over the status bar for :data:`DISPLAY_MS`, or at the top edge of
        a window without one (a dialog) for :data:`BRIEF_MS`."""
        self.setAccessibleName(text)
        self.setToolTip(plain_tip(text))  # the text may carry a name from a file
        over_bar = self._place(text)
        self.show()
        self.raise_()
        _guard().track(self)
        self._timer.start(DISPLAY_MS if over_bar else BRIEF_MS)

    def _place(self, text: str) -> bool:
        """Size and place the strip; True when it lies over the window's status bar."""
        parent = self.parentWidget()
        if parent is None:
            self.setText(text)
            return False
        bar = parent.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if bar is not None and bar.isVisible() and bar.height() > 0:
            # One line over the bar: the status bar is the window's place for such messages.
            self.setWordWrap(False)
            self.setMargin(2)
            room = bar.width() - 2 * self.margin() - 2 * self.frameWidth() - 8
            self.setText(
                self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40))
            )
            self.setFixedSize(bar.width(), max(bar.height(), self.sizeHint().height()))
            self.move(bar.x(), parent.height() - self.height())
            return True
        self.setText(text)
        width = max(200, min(parent.width() - 24, 720))
        self.setFixedWidth(width)
        self.adjustSize()
        # At the top edge, over the heading: at the bottom it hid the buttons that act (the
        # decision form's "Record") while the votes were typed.
        self.move((parent.width() - width) // 2, 4)
        return False


class _InputGuard(QObject):
    """Hides the strips shown before the user's next key press or click (see the module's
    contract). The application's filter sees one input once per widget it travels through
    (a key a widget ignores goes on to its parent): the strips to hide are taken at the
    first sight and hidden once the input is handled, so a strip the input itself caused
    stays. The filter is installed only while a strip is shown: a Python call for every event
    of the application would slow it down the rest of the time."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._shown: list[NotificationStrip] = []
        self._pending = False
        self._installed = False

    def track(self, strip: NotificationStrip) -> None:
        self._shown = [s for s in self._shown if shiboken6.isValid(s) and s.isVisible()]
        self._shown.append(strip)
        strip._timer.timeout.connect(self.release_when_idle)
        if not self._installed:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._installed = True

    def release_when_idle(self) -> None:
        """Remove the filter once no strip is shown."""
        self._shown = [s for s in self._shown if shiboken6.isValid(s) and s.isVisible()]
        app = QApplication.instance()
        if not self._shown and self._installed and not self._pending and app is not None:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUTS and self._shown and not self._pending:
            self._pending = True
            stale = list(self._shown)
            QTimer.singleShot(0, lambda: self._hide(stale))
        return False

    def _hide(self, stale: list[NotificationStrip]) -> None:
        self._pending = False
        for strip in stale:
            if shiboken6.isValid(strip):
                strip.hide()
        self._shown = [s for s in self._shown if s not in stale and shiboken6.isValid(s)]
        self.release_when_idle()


_INPUTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)
_input_guard: _InputGuard | None = None


def _guard() -> _InputGuard:
    """The application's input guard (installed on first use)."""
    global _input_guard
    if _input_guard is None or not shiboken6.isValid(_input_guard):
        app = QApplication.instance()
        assert app is not None
        _input_guard = _InputGuard(app)
    return _input_guard


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
