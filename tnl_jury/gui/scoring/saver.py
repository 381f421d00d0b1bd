"""Writes of the scoring screen, one after the other, off the GUI thread.

One score takes one SQLite transaction with a full sync (tens of milliseconds on a busy
laptop): too slow to keep typing fluid on the GUI thread, and the order of the writes matters
(a score, then its correction, then "submit"). :class:`SaveQueue` runs the writes on a single
worker thread in the order they were submitted; each write's callback runs on the GUI thread,
in the same order. :meth:`SaveQueue.flush` waits for every write to be done and delivers the
callbacks: call it before reading the file again, switching dossier or closing the file.

In synchronous mode (tests, or when the window's task runner is synchronous) every write runs
inside :meth:`SaveQueue.submit`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Job:
    work: Callable[[], Any]
    on_result: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None]
    outcome: str = ""
    value: Any = None


class SaveQueue(QObject):
    """An ordered queue of writes (see the module's contract). ``idle_changed(bool)`` tells
    whether writes are pending, for a "Saving…" / "Saved" indicator."""

    idle_changed = Signal(bool)
    _ready = Signal()

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._done: deque[_Job] = deque()
        self._done_lock = threading.Lock()
        self._pending = 0
        self._thread: threading.Thread | None = None
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Writes submitted whose callbacks have not run yet."""
        return self._pending

    def submit(
        self,
        work: Callable[[], T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Queue ``work`` (a Qt-free service call) after every write submitted before it."""
        job = _Job(work, on_result, on_error)
        self._pending += 1
        if self._pending == 1:
            self.idle_changed.emit(False)
        if self.synchronous:
            self._run(job)
            self._finish(job)
            return
        self._start()
        self._jobs.put(job)

    def flush(self) -> None:
        """Wait until every queued write is done, then run their callbacks (GUI thread)."""
        if not self.synchronous and self._thread is not None:
            self._jobs.join()
        self._deliver()

    def shutdown(self) -> None:
        """Finish the queued writes and stop the worker thread."""
        self.flush()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    # Internals -------------------------------------------------------------------------

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="scoring-writes", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                self._run(job)
                with self._done_lock:
                    self._done.append(job)
                self._ready.emit()
            finally:
                self._jobs.task_done()

    @staticmethod
    def _run(job: _Job) -> None:
        try:
            job.value = job.work()
            job.outcome = "ok"
        except BaseException as exc:  # handed to the GUI thread, which shows or logs it
            job.value = exc
            job.outcome = "error"

    @Slot()
    def _deliver(self) -> None:
        while True:
            with self._done_lock:
                if not self._done:
                    return
                job = self._done.popleft()
            self._finish(job)

    def _finish(self, job: _Job) -> None:
        try:
            if job.outcome == "ok":
                if job.on_result is not None:
                    job.on_result(job.value)
            else:
                job.on_error(job.value)
        except Exception:
            log.exception("a scoring write's callback failed")
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.idle_changed.emit(True)
