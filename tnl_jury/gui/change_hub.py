"""The GUI side of the change notice: one hub per window, ``changed(Changes)`` on the GUI thread.

The jury file publishes a :class:`~tnl_jury.storage.changes.Changes` after each committed
write, on the thread that ran the service (usually a worker of :mod:`tnl_jury.gui.tasks`).
:class:`ChangeHub` follows the open file, gathers the notices that arrive before the GUI thread
is free (a ballot import commits one transaction per ballot: the screens hear of them once) and
emits :attr:`ChangeHub.changed` on the GUI thread, through a queued connection. Notices of a
file the window no longer shows are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot
    from tnl_jury.storage.jury_file import JuryFile


class ChangeFollower(Protocol):
    """A screen that follows the file's changes (the main window lists them)."""

    def on_changes(self, changes: Changes, /) -> None: ...


class ChangeHub(QObject):
    """``changed(Changes)``: what the writes to the followed file changed, on the GUI thread."""

    changed = Signal(object)
    _posted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_hub")
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._generation = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def follow(self, jury_file: JuryFile | None) -> None:
        """Hear the writes to ``jury_file`` from now on (none when None); forget the rest."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._lock:
            self._generation += 1
            self._pending = None
            generation = self._generation
        if jury_file is not None:
            self._unsubscribe = jury_file.subscribe(lambda c: self._post(c, generation))

    def _post(self, changes: Changes, generation: int) -> None:
        """Any thread: keep ``changes`` for the GUI thread's next turn."""
        with self._lock:
            if generation != self._generation:
                return
            first = self._pending is None
            self._pending = changes if self._pending is None else self._pending.merged(changes)
        if first:
            self._posted.emit()

    def _deliver(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, None
        if changes:
            self.changed.emit(changes)


def relay(window: MainWindow, changes: Changes) -> None:
    """Bring ``changes`` to the window's screens. Dossiers, members and settings are in the
    window's snapshot: it is read again first (quietly, off the GUI thread; only the newest
    read is shown), then every follower (``window.followers()``) hears of the change, in
    order, with the new snapshot already shown."""
    from tnl_jury.domain.changes import Kind
    from tnl_jury.gui.snapshot import load_snapshot

    jury_file = window.jury_file
    if jury_file is None:
        return
    if not changes.touches(Kind.DOSSIERS, Kind.MEMBERS, Kind.SETTINGS):
        _tell(window, changes)
        return
    window.snapshot_reading += 1
    reading = window.snapshot_reading

    def read(snapshot: FileSnapshot) -> None:
        if jury_file is not window.jury_file:
            return
        if reading == window.snapshot_reading:
            window.adopt_snapshot(snapshot)
        _tell(window, changes)

    window.runner.submit(
        lambda ctx: load_snapshot(jury_file, ctx),
        name="snapshot",
        on_result=read,
        on_error=lambda exc: window.report_error(
            exc, QCoreApplication.translate("MainWindow", "Cannot read the dossiers")
        ),
    )


def _tell(window: MainWindow, changes: Changes) -> None:
    for follower in window.followers():
        follower.on_changes(changes)
