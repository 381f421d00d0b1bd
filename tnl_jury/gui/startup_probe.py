"""Start-up helpers: run something right after the main window's first paint, and a probe for
``benchmarks/bench_startup.py``.

:func:`after_first_paint` lets the app show its window before it builds its screens and tabs
(``gui/app.py``): the window is on screen sooner, the screens follow a moment later.

With ``TNL_JURY_EXIT_AFTER_SHOW=1`` in the environment, the app prints ``painted`` on stdout
right after the window's first paint, ``ready`` once the screens are built, and quits (the
benchmark times the launch up to each line). Not a user feature: nothing in the interface
mentions it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "TNL_JURY_EXIT_AFTER_SHOW"
FALLBACK_MS = 500  # a window never painted (started minimised) still gets its screens


def requested() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)  # after this paint has completed
        return False

    def fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, right after ``widget``'s first paint (or after
    :data:`FALLBACK_MS` if it is not painted by then)."""
    probe = _FirstPaint(widget, callback)
    widget.installEventFilter(probe)
    QTimer.singleShot(FALLBACK_MS, probe.fire)


def report(line: str) -> None:
    """Print a probe line (``painted``, ``ready``) for the benchmark."""
    if sys.stdout is not None:
        print(line, flush=True)  # noqa: T201 (the benchmark reads it)


def report_ready_and_quit() -> None:
    report("ready")
    QApplication.quit()
