"""The task helper: outcomes on the GUI thread, progress, cancel, discard, synchronous mode."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from tnl_jury.domain.errors import RuleError
from tnl_jury.gui.tasks import TaskCancelled, TaskContext, TaskRunner

TIMEOUT_MS = 10_000


class Recorder:
    """Records every signal of a task with the thread it arrived on."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[QThread] = set()

    def callbacks(self) -> dict[str, object]:
        def note(kind: str):  # type: ignore[no-untyped-def]
            def record(*args: object) -> None:
                self.threads.add(QThread.currentThread())
                self.events.append((kind, args[0] if len(args) == 1 else args))

            return record

        return {
            "on_result": note("result"),
            "on_error": note("error"),
            "on_progress": note("progress"),
            "on_cancelled": note("cancelled"),
            "on_finished": note("finished"),
        }

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def test_synchronous_mode_delivers_everything_before_submit_returns() -> None:
    runner = TaskRunner(synchronous=True)
    recorder = Recorder()

    def work(ctx: TaskContext) -> str:
        ctx.progress(0, 2, "first")
        ctx.progress(2, 2, "done")
        return "the result"

    task = runner.submit(work, **recorder.callbacks())  # type: ignore[arg-type]
    assert recorder.kinds()[-2:] == ["result", "finished"]
    assert ("result", "the result") in recorder.events
    assert ("progress", (2, 2, "done")) in recorder.events  # the final report always arrives
    assert task.outcome == "succeeded"


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    recorder = Recorder()
    worker_threads: list[threading.Thread] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.current_thread())
        ctx.progress(1, 1, "")
        return 42

    task = runner.submit(work, **recorder.callbacks())  # type: ignore[arg-type]
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert ("result", 42) in recorder.events
    assert recorder.kinds() == ["progress", "result", "finished"]
    assert recorder.threads == {QCoreApplication.instance().thread()}  # type: ignore[union-attr]


def test_an_error_is_delivered_as_the_exception_itself(qtbot: QtBot) -> None:
    runner = TaskRunner()
    recorder = Recorder()

    def work(ctx: TaskContext) -> None:
        raise RuleError("a jury member needs a name")

    task = runner.submit(work, **recorder.callbacks())  # type: ignore[arg-type]
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert recorder.kinds() == ["error", "finished"]
    error = recorder.events[0][1]
    assert isinstance(error, RuleError) and str(error) == "a jury member needs a name"
    assert recorder.threads == {QCoreApplication.instance().thread()}  # type: ignore[union-attr]


def test_cancel_stops_a_cooperative_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    recorder = Recorder()
    started = threading.Event()
    steps: list[int] = []

    def work(ctx: TaskContext) -> str:
        started.set()
        for step in range(10_000):
            ctx.raise_if_cancelled()
            steps.append(step)
            threading.Event().wait(0.001)
        return "never"

    task = runner.submit(work, **recorder.callbacks())  # type: ignore[arg-type]
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        task.cancel()
    assert "cancelled" in recorder.kinds()
    assert "result" not in recorder.kinds()
    assert len(steps) < 10_000
    assert task.outcome == "cancelled"


def test_a_result_arriving_after_cancel_is_discarded(qtbot: QtBot) -> None:
    runner = TaskRunner()
    recorder = Recorder()
    release = threading.Event()
    discarded: list[object] = []

    def work(ctx: TaskContext) -> str:  # does not look at cancel: finishes anyway
        release.wait(5)
        return "an open file"

    task = runner.submit(work, discard=discarded.append, **recorder.callbacks())  # type: ignore[arg-type]
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        release.set()
    assert discarded == ["an open file"]
    assert recorder.kinds() == ["cancelled", "finished"]


def test_cancel_from_a_progress_callback_in_synchronous_mode() -> None:
    runner = TaskRunner(synchronous=True)
    done: list[int] = []
    outcome: list[str] = []

    def work(ctx: TaskContext) -> int:
        for step in range(5):
            ctx.raise_if_cancelled()
            done.append(step)
            ctx.progress(step + 1, 5, "")
        return len(done)

    def on_progress(reached: int, total: int, message: str) -> None:
        if reached == 1:  # the first report always gets through; the runner lists the task
            [running] = runner.active_tasks()
            running.cancel()

    task = runner.submit(
        work,
        on_progress=on_progress,
        on_cancelled=lambda: outcome.append("cancelled"),
        on_result=lambda result: outcome.append("result"),
    )
    assert outcome == ["cancelled"]
    assert done == [0]
    assert task.outcome == "cancelled"


def test_an_error_without_a_handler_is_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = TaskRunner(synchronous=True)

    def work(ctx: TaskContext) -> None:
        raise ValueError("unexpected")

    with caplog.at_level(logging.ERROR):
        runner.submit(work, name="sample")
    assert "task sample failed" in caplog.text
    assert "unexpected" in caplog.text


def test_task_cancelled_raised_by_the_work_is_not_an_error() -> None:
    runner = TaskRunner(synchronous=True)
    outcome: list[str] = []

    def work(ctx: TaskContext) -> None:
        raise TaskCancelled

    runner.submit(
        work,
        on_error=lambda exc: outcome.append("error"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert outcome == ["cancelled"]


def test_shutdown_cancels_and_waits_for_the_workers(qtbot: QtBot) -> None:
    runner = TaskRunner()
    discarded: list[str] = []
    started = threading.Event()

    def work(ctx: TaskContext) -> str:
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        return "resource"

    runner.submit(work, discard=discarded.append)
    assert started.wait(5)
    assert runner.shutdown(5_000)
    assert discarded == ["resource"]
    assert runner.active_tasks() == []


def test_progress_reports_are_throttled_but_the_last_one_arrives() -> None:
    runner = TaskRunner(synchronous=True)
    reports: list[tuple[int, int]] = []

    def work(ctx: TaskContext) -> None:
        for step in range(1, 10_001):
            ctx.progress(step, 10_000, "")

    runner.submit(work, on_progress=lambda d, t, m: reports.append((d, t)))
    assert reports[-1] == (10_000, 10_000)
    assert len(reports) < 1_000
