"""The start-up benchmark's baseline: a bare PySide6 main window, frozen like the app.

With ``TNL_JURY_EXIT_AFTER_SHOW=1`` it prints ``painted`` and quits after the window's first
paint, as the app does (``tnl_jury/gui/startup_probe.py``); it imports nothing of tnl_jury.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report_and_quit)
        return False


def report_and_quit():
    print("painted", flush=True)  # noqa: T201 (the benchmark reads it)
    QApplication.quit()


def main():
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1100, 720)
    window.show()
    if os.environ.get("TNL_JURY_EXIT_AFTER_SHOW", "") not in ("", "0"):
        window.installEventFilter(FirstPaint(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
