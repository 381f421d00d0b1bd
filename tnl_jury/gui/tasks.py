"""Run slow work off the GUI thread and hand its outcome back on the GUI thread.

Contract
--------
A *work function* is a plain Python callable ``work(ctx: TaskContext) -> T``. It must not touch
widgets (it runs on a worker thread); it may call services. Through ``ctx`` it can:

* report progress with ``ctx.progress(done, total, message)`` (``total == 0`` means "unknown":
  a busy indicator). Reports are throttled, and the last one always gets through;
* poll ``ctx.cancelled()`` between steps, or call ``ctx.raise_if_cancelled()``, which raises
  :class:`TaskCancelled`. Cancelling is cooperative: nothing interrupts the work by force.

:meth:`TaskRunner.submit` starts the work and returns a :class:`Task`. Its signals are always
emitted on the GUI thread, in this order:

* ``progressed(done, total, message)``, zero or more times;
* exactly one of ``succeeded(result)``, ``failed(exception)``, ``cancelled()``;
* ``finished()``, last, always.

The outcome is ``cancelled`` when the work raises :class:`TaskCancelled`, or when it returns
normally but :meth:`Task.cancel` was called before its result reached the GUI thread. In the
second case the result is handed to the ``discard`` callback given to
:meth:`TaskRunner.submit` (e.g. to close a file that was opened for nobody). Any other
exception is the ``failed`` outcome: the exception object itself is delivered (a
:class:`~tnl_jury.domain.errors.UserError` for the user to read, or a bug to log).

Callbacks passed to :meth:`TaskRunner.submit` are connected *before* the work starts, so they
also work in synchronous mode. In synchronous mode (``TaskRunner(synchronous=True)``, for
tests, after Picard's ``run_task``), the work runs inside :meth:`TaskRunner.submit` on the
calling thread, and every signal has been emitted when it returns.

Lifetime: a Task is deleted (``deleteLater``) after ``finished``; keep what you need from the
callbacks, not from the Task. :meth:`TaskRunner.shutdown` (when a window closes) cancels every
task and waits for the workers, so that none still uses a file being closed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Progress reports closer together than this are dropped (except the final one): a work loop
# over thousands of rows must not flood the GUI thread's event queue.
_PROGRESS_INTERVAL_S = 0.05


class TaskCancelled(Exception):  # noqa: N818 (a control-flow signal, not an error)
    """Raised by :meth:`TaskContext.raise_if_cancelled` to stop a cancelled work function."""


class TaskContext:
    """What a work function receives: a progress reporter and a cancel check (thread-safe)."""

    def __init__(self, report: Callable[[int, int, str], None], token: threading.Event) -> None:
        self._report = report
        self._token = token
        self._last_report = 0.0

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report that ``done`` of ``total`` steps are done (``total`` 0: unknown)."""
        now = time.monotonic()
        final = total > 0 and done >= total
        if final or now - self._last_report >= _PROGRESS_INTERVAL_S or self._last_report == 0:
            self._last_report = now
            self._report(done, total, message)

    def cancelled(self) -> bool:
        """True once the user (or the program) asked the task to stop."""
        return self._token.is_set()

    def raise_if_cancelled(self) -> None:
        if self._token.is_set():
            raise TaskCancelled


class _Bridge(QObject):
    """Signals emitted from the worker thread; queued to the Task on the GUI thread."""

    progressed = Signal(int, int, str)
    done = Signal(str, object)  # outcome ("succeeded", "failed", "cancelled"), value


def deliver_queued_calls() -> None:
    """Run the queued slot calls posted so far (GUI thread). Synchronous runners call it after
    a work and before its outcome: the change notices of the work's writes
    (``gui/change_hub.py``) then arrive first, in the order a worker thread gives them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)


class Task(QObject, Generic[T]):
    """One submitted piece of work. Lives on the GUI thread; see the module's contract."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        work: Callable[[TaskContext], T],
        name: str,
        discard: Callable[[T], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._discard = discard
        self._token = threading.Event()
        self._running = True
        self.outcome: str | None = None  # "succeeded", "failed" or "cancelled" once finished
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.done.connect(self._on_done)

    def cancel(self) -> None:
        """Ask the work to stop; harmless once it is finished."""
        self._token.set()

    def is_running(self) -> bool:
        return self._running

    def execute(self, *, deliver_posted: bool = False) -> None:
        """Run the work on the current thread and emit the outcome through the bridge.

        ``deliver_posted`` (a synchronous runner, on the GUI thread): the queued slot calls
        posted while the work ran (the change notices of its writes, ``gui/change_hub.py``)
        are delivered before the outcome, in the order a worker thread gives them.
        """
        ctx = TaskContext(self._bridge.progressed.emit, self._token)
        outcome: str
        value: Any = None
        try:
            value = self._work(ctx)
        except TaskCancelled:
            outcome = "cancelled"
        except BaseException as exc:  # delivered to the GUI thread, which logs or shows it
            outcome, value = "failed", exc
        else:
            outcome = "cancelled" if self._token.is_set() else "succeeded"
        if deliver_posted:
            deliver_queued_calls()
        self._bridge.done.emit(outcome, value)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._running:
            self.progressed.emit(done, total, message)

    @Slot(str, object)
    def _on_done(self, outcome: str, value: Any) -> None:
        if outcome == "succeeded" and self._token.is_set():
            outcome = "cancelled"  # cancelled while the result was on its way: nobody wants it
        self._running = False
        self.outcome = outcome
        try:
            if outcome == "succeeded":
                self.succeeded.emit(value)
            elif outcome == "failed":
                self.failed.emit(value)
            else:
                if value is not None and self._discard is not None:
                    try:
                        self._discard(value)
                    except Exception:
                        log.exception("task %s: discarding a cancelled result failed", self.name)
                self.cancelled.emit()
        finally:
            self.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on its own thread pool (or inline, in synchronous mode)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        # The running tasks. A Task has no Qt parent: this set keeps it alive until its outcome
        # is delivered, then deleteLater() frees it on the GUI thread (never on a worker).
        self._tasks: set[Task[Any]] = set()

    def submit(
        self,
        work: Callable[[TaskContext], T],
        *,
        name: str = "task",
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        discard: Callable[[T], None] | None = None,
    ) -> Task[T]:
        """Start ``work`` and return its Task; the callbacks run on the GUI thread.

        An error without an ``on_error`` callback is logged, never lost.
        """
        task: Task[T] = Task(work, name, discard)
        self._tasks.add(task)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.failed.connect(on_error if on_error is not None else self._log_unhandled(task))
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        if on_finished is not None:
            task.finished.connect(on_finished)
        task.finished.connect(lambda: self._forget(task))
        if self.synchronous:
            task.execute(deliver_posted=True)  # direct connections: every signal is emitted
        else:
            # A C++-owned runnable around the callable: the pool deletes it after the run.
            self.pool.start(task.execute)
        return task

    def active_tasks(self) -> list[Task[Any]]:
        return [task for task in self._tasks if task.is_running()]

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every task, wait for the workers, deliver what they left; True if all ended."""
        for task in list(self._tasks):
            task.cancel()
        ended = self.pool.waitForDone(timeout_ms)
        # Outcomes are queued events: deliver them so that ``discard`` callbacks run.
        QCoreApplication.processEvents()
        return bool(ended)

    def _forget(self, task: Task[Any]) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    @staticmethod
    def _log_unhandled(task: Task[Any]) -> Callable[[BaseException], None]:
        def log_it(exc: BaseException) -> None:
            log.error("task %s failed", task.name, exc_info=(type(exc), exc, exc.__traceback__))

        return log_it
