"""``run()``: the entry point of ``tnl-jury gui [FILE]``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tnl_jury.gui import app as gui_app
from tnl_jury.gui.main_window import MainWindow


def test_run_opens_the_given_file_in_the_chosen_language(
    qapp: QApplication, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setenv("TNL_JURY_LANG", "fr")
    # One way out of app.exec() only: a second, queued Quit event would end every later
    # event loop of the test session at once.
    qapp.setQuitOnLastWindowClosed(False)
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    seen: dict[str, object] = {}

    def check(attempts: int = 200) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[-1] if windows else None
        if (window is None or window.snapshot is None) and attempts:
            QTimer.singleShot(50, lambda: check(attempts - 1))  # the file opens off-thread
            return
        if window is not None:
            seen["window"] = window
            seen["title"] = window.windowTitle()
            seen["menu"] = window.menuBar().actions()[0].text()
            seen["rows"] = window.dossiers_panel.model.rowCount()
            window.close()
        QApplication.quit()

    QTimer.singleShot(0, check)
    try:
        exit_code = gui_app.run(str(demo_path))
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        window = seen.get("window")
        if isinstance(window, MainWindow):
            window.translations.remove()
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
                handler.close()

    assert exit_code == 0
    assert seen["title"] == "tnl-jury — demo.tnlj"
    assert seen["menu"] == "&Fichier"
    assert seen["rows"] == 12
    assert QApplication.applicationName() == "tnl-jury"
