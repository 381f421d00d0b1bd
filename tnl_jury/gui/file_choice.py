"""The main window's questions about files: which jury file to open, the new file, where to
put a demo file; where to start looking; what to do when opening failed; and why a file
shown is read-only (the banner).

Texts are in the main window's translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from tnl_jury.gui.dialogs.new_file import NewFileRequest
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.settings import AppSettings


def start_dir(settings: AppSettings) -> Path:
    """The folder of the last file opened, else the documents folder, else the home folder."""
    recent = settings.recent_files()
    if recent:
        return recent[0].parent
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def file_filter() -> str:
    return (
        QCoreApplication.translate("MainWindow", "Jury files (*.tnlj)")
        + ";;"
        + QCoreApplication.translate("MainWindow", "All files (*)")
    )


def ask_file_to_open(parent: QWidget, settings: AppSettings) -> str | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Open a jury file"),
        str(start_dir(settings)),
        file_filter(),
    )
    return chosen or None


def ask_new_file(parent: QWidget, settings: AppSettings) -> NewFileRequest | None:
    from tnl_jury.gui.dialogs.new_file import NewFileDialog

    dialog = NewFileDialog(parent, start_dir(settings))
    request = dialog.request() if dialog.exec() else None
    dialog.deleteLater()
    return request


def ask_demo_path(parent: QWidget, settings: AppSettings) -> Path | None:
    from tnl_jury.gui.dialogs.new_file import with_suffix

    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Create a demo file"),
        str(start_dir(settings) / "demo.tnlj"),
        file_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
    )
    return with_suffix(Path(chosen)) if chosen else None


def banner_text(reason: str) -> str:
    """Why the file shown is read-only, and what to do about it."""
    if reason == "location":
        return QCoreApplication.translate(
            "MainWindow",
            "Read-only: this jury file is in a folder that cannot be written (a read-only "
            "medium or a protected folder), so nothing can be changed here. Copy it to a "
            "folder of yours and open the copy to make changes.",
        )
    if reason == "lockfile":
        return QCoreApplication.translate(
            "MainWindow",
            "Read-only: the lock file beside this jury file cannot be taken (another "
            "user's, or a permission problem), so nothing can be changed here. Copy the "
            "file to a folder of yours and open the copy to make changes.",
        )
    return QCoreApplication.translate(
        "MainWindow",
        "Read-only: this jury file is already open in another tnl-jury window, so "
        "nothing can be changed here. Close it there, then open it again here to "
        "make changes.",
    )


def opening_failed(window: MainWindow, path: Path, exc: BaseException) -> None:
    """Opening ``path`` failed: offer a copy when its side files cannot be read, forget it
    when it is gone, and say why."""
    from tnl_jury.storage.file_guard import UnreadSideFileError

    if isinstance(exc, UnreadSideFileError):
        from tnl_jury.gui.read_only_copy import offer_copy

        offer_copy(window, path, exc)
        return
    if not path.exists():
        window.settings.forget_file(path)
        window.refresh_recent()
    window.report_error(
        exc, QCoreApplication.translate("MainWindow", "Cannot open {name}").format(name=path.name)
    )
