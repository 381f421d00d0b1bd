"""A start-up probe for ``benchmarks/bench_startup.py``: with ``TNL_JURY_EXIT_AFTER_SHOW=1`` in
the environment, the app quits as soon as its main window has been painted once, after
printing ``painted`` on stdout (the benchmark times the launch up to that line).

Not a user feature: nothing in the interface mentions it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "TNL_JURY_EXIT_AFTER_SHOW"


def requested() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report_and_quit)  # after this paint has completed
        return False


def _report_and_quit() -> None:
    if sys.stdout is not None:
        print("painted", flush=True)  # noqa: T201 (the benchmark reads it)
    QApplication.quit()


def quit_when_painted(window: QWidget) -> None:
    """Quit the event loop right after ``window``'s first paint."""
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
