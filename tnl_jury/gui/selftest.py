"""The GUI step of ``tnl-jury --self-test`` (see :mod:`tnl_jury.selftest`).

:func:`show_main_window` starts Qt on the offscreen platform, installs the French translation,
shows the main window, opens a jury file in it the way a user would (off the GUI thread,
through the task helper), checks what the window shows, and closes it. It proves that a
frozen build carries Qt's plugins, the compiled translations and the icon.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMessageBox

from tnl_jury.gui.settings import SCOPE_ENV

OPEN_TIMEOUT_S = 60.0


class GuiSelfTestError(Exception):
    """The window did not show what it should."""


def show_main_window(jury_path: Path, settings_dir: Path) -> str:
    """Show the main window on ``jury_path`` offscreen, in French, then close it.

    The window's settings (recent files, geometry) and the translation cache go into
    ``settings_dir``, never into the user's. Returns a one-line summary; raises
    :class:`GuiSelfTestError` when the window shows something wrong.
    """
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window ever appears on a screen
    previous_scope = os.environ.get(SCOPE_ENV)
    os.environ[SCOPE_ENV] = str(settings_dir.resolve())
    try:
        return _show(jury_path)
    finally:
        if previous_scope is None:
            os.environ.pop(SCOPE_ENV, None)
        else:
            os.environ[SCOPE_ENV] = previous_scope


def _show(jury_path: Path) -> str:
    from tnl_jury.gui.app import application
    from tnl_jury.gui.i18n import Translations
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.settings import AppSettings

    app = application()
    translations = Translations(app)
    french = translations.install("fr")
    messages: list[str] = []

    class SelfTestWindow(MainWindow):
        def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
            messages.append(f"{title}: {text}")  # a message box would wait for a click forever

    window = SelfTestWindow(settings=AppSettings(), translations=translations)
    try:
        window.show()
        window.open_file(jury_path)
        deadline = time.monotonic() + OPEN_TIMEOUT_S
        while window.snapshot is None and not messages and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        rows = window.dossiers_panel.model.rowCount()
        menu = window.menuBar().actions()[0].text() if window.menuBar().actions() else ""
        problems = list(messages)
        if window.snapshot is None and not messages:
            problems.append(f"the file did not open within {OPEN_TIMEOUT_S:.0f} s")
        if not french or menu != "&Fichier":
            problems.append(f"the French translation is missing (File menu: {menu!r})")
        if app.windowIcon().isNull():
            problems.append("the application icon is missing")
        if window.snapshot is not None and rows == 0:
            problems.append("the dossier list is empty")
        if problems:
            raise GuiSelfTestError("; ".join(problems))
        title = window.windowTitle()
    finally:
        window.close()
        translations.remove()
        window.deleteLater()
        app.processEvents()
    return f"{title!r}, {rows} dossiers listed, French menus, icon loaded"
