"""The main window's chrome: its title, status bar, read-only banner, page (welcome or file)
and the file actions' enabled state, from the window's current snapshot and whether it is
busy. Texts are in the main window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tnl_jury import APP_NAME
from tnl_jury.gui import file_choice

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow


def update(window: MainWindow) -> None:
    """Title, status bar, banner, page and enabled actions, from the current state."""
    snapshot = window.snapshot
    read_only = bool(snapshot and snapshot.read_only)
    title = APP_NAME
    if snapshot is not None:
        title = f"{APP_NAME} — {snapshot.path.name}"
        if read_only:
            title += " " + QCoreApplication.translate("MainWindow", "(read-only)")
    window.setWindowTitle(title)
    window.stack.setCurrentIndex(0 if snapshot is None else 1)
    window.path_label.setText(
        str(snapshot.path)
        if snapshot
        else QCoreApplication.translate("MainWindow", "No jury file open")
    )
    window.read_only_label.setText(
        QCoreApplication.translate("MainWindow", "Read-only") if read_only else ""
    )
    window.read_only_label.setVisible(read_only)
    window.banner.setVisible(read_only)
    window.banner_text.setText(
        file_choice.banner_text(snapshot.read_only_reason if snapshot else "")
    )
    window.banner_text.setAccessibleName(window.banner_text.text())
    busy = window.busy
    for key in ("new", "open", "demo"):
        window.ui.actions[key].setEnabled(not busy)
    window.ui.menus["recent"].setEnabled(not busy)
    window.welcome.setEnabled(not busy)
    for key in ("close", "refresh", "filter"):
        window.ui.actions[key].setEnabled(snapshot is not None and not busy)
