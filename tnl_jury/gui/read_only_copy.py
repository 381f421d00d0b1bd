"""A jury file whose latest changes cannot be read where it is (a read-only folder with a
``-wal`` side file, see :mod:`tnl_jury.storage.file_guard`): the window says so and offers to
open a copy of both files from a temporary folder of the user's, never a stale view."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tnl_jury.gui import errors

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.storage.file_guard import UnreadSideFileError


def offer_copy(window: MainWindow, path: Path, exc: UnreadSideFileError) -> None:
    """Ask whether to open a copy of ``path`` (and its side file); open it when accepted."""
    from tnl_jury.storage.file_guard import copy_with_side_file
    from tnl_jury.storage.jury_file import JuryFileError

    question = QCoreApplication.translate(
        "ReadOnlyCopy",
        "{problem}\n\nOpen a copy of the file and its side file from a temporary folder? "
        "Changes made to the copy stay in the copy.",
    ).format(problem=errors.describe(exc, "").text)
    title = QCoreApplication.translate("ReadOnlyCopy", "Open a copy")
    if not window.ask_question(title, question):
        return
    try:
        copy = copy_with_side_file(path, Path(tempfile.mkdtemp(prefix="tnl-jury-copy-")))
    except (OSError, JuryFileError) as problem:
        window.report_error(problem, title)
        return
    window.open_file(copy)
