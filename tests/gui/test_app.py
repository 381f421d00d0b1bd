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
            seen["menus"] = [a.text() for a in window.menuBar().actions()]
            seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
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
    # The feature screens, built right after the first paint, are there before the file opens.
    assert "Dé&libération" in seen["menus"]  # type: ignore[operator]
    assert "Délibération" in seen["tabs"]  # type: ignore[operator]
    assert QApplication.applicationName() == "tnl-jury"


def test_the_window_is_painted_before_the_feature_screens_are_built(tmp_path: Path) -> None:
    """The real start-up, in a subprocess, with the benchmark's probe: "painted" comes first
    (the window without the feature screens), "ready" once they are built, then it quits."""
    import os
    import subprocess

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TNL_JURY_EXIT_AFTER_SHOW": "1",
        "TNL_JURY_SETTINGS_SCOPE": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "gui"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["painted", "ready"]


def test_deferred_screens_are_built_once_and_catch_up_with_the_file(
    qtbot: object, demo_path: Path
) -> None:
    from tnl_jury.gui.tasks import TaskRunner

    window = MainWindow(runner=TaskRunner(synchronous=True), defer_screens=True)
    before = [a.text() for a in window.menuBar().actions()]
    # Every menu is there from the start, in its order; the screens' ones are still empty.
    assert window.ui.menus["deliberation"].isEmpty() and not hasattr(window, "deliberation")
    assert window.tabs.count() == 0  # the Dossiers, Jury and Edition tabs too
    window.open_file(demo_path)  # before the screens: they get the file when built
    window.build_screens()
    window.build_screens()  # once only
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == before and menus.count("De&liberation") == 1
    assert menus[-1] == "&Help"
    assert not window.ui.menus["deliberation"].isEmpty()
    assert window.deliberation.panel.model.rowCount() == 12
    assert window.dossiers_panel.model.rowCount() == 12
    window.close_file()
    window.close()
