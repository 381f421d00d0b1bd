"""Pieces the output screens share: a path field with its Browse button, running an output
task whose cancel leaves no file, the "done" message with an "Open the folder" button.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.tasks import Task, TaskCancelled, TaskContext

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

T = TypeVar("T")


class PathKind(enum.Enum):
    SAVE = "save"  # a file to write
    OPEN = "open"  # an existing file
    FOLDER = "folder"  # an existing (or new) folder


class PathField(QWidget):
    """A line edit for a path and its Browse button; ``chosen`` is emitted when Browse
    picks a path. The caller gives the accessible names (see :meth:`describe`)."""

    chosen = Signal(object)  # Path

    def __init__(
        self,
        kind: PathKind,
        browse_text: str,
        parent: QWidget | None = None,
        *,
        caption: Callable[[], str] = str,
        file_filter: Callable[[], str] = str,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._caption = caption
        self._filter = file_filter
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.button = QPushButton(browse_text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.button.clicked.connect(self.browse)

    def describe(self, name: str, button_name: str, description: str = "") -> None:
        self.edit.setAccessibleName(name)
        if description:
            self.edit.setAccessibleDescription(description)
        self.button.setAccessibleName(button_name)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def browse(self) -> None:
        current = self.path()
        start = str(current) if current is not None else str(Path.home())
        if self.kind is PathKind.FOLDER:
            chosen = QFileDialog.getExistingDirectory(self, self._caption(), start)
        elif self.kind is PathKind.SAVE:
            chosen, _ = QFileDialog.getSaveFileName(self, self._caption(), start, self._filter())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self._caption(), start, self._filter())
        if chosen:
            self.edit.setText(chosen)
            self.chosen.emit(Path(chosen))


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label whose Alt+letter reaches ``buddy`` (the line edit of a PathField)."""
    label = PlainLabel(text, parent)
    label.setBuddy(buddy.focusProxy() or buddy)
    return label


def password_edit(parent: QWidget) -> QLineEdit:
    """A passphrase field: masked, no copy out of it, never remembered."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


def problem_label(parent: QWidget) -> QLabel:
    """Where a dialog writes what to fix before it can go on (hidden while empty)."""
    label = PlainLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(QCoreApplication.translate("Outputs", "Problem"))
    label.hide()
    return label


def start_dir(window: MainWindow) -> Path:
    """Where file choosers start: the open jury file's folder, else the home folder."""
    jury_file = window.jury_file
    return jury_file.path.parent if jury_file is not None else Path.home()


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the user typed a bare name)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def run_output(
    window: MainWindow,
    work: Callable[[TaskContext], T],
    *,
    label: str,
    on_result: Callable[[T], None],
    error_action: str = "",
    cancellable: bool = True,
    on_error: Callable[[BaseException], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> Task[T]:
    """:meth:`MainWindow.run_task` for a work function that writes files.

    The writers raise :class:`~tnl_jury.io.atomic.Cancelled` (having removed what they
    wrote) when ``ctx.cancelled()`` turns true: that is the user's wish, not an error, so the
    task ends as cancelled. ``on_done`` runs once the task is over, whatever the outcome.
    """

    from tnl_jury.io.atomic import Cancelled

    def guarded(ctx: TaskContext) -> T:
        try:
            return work(ctx)
        except Cancelled as exc:
            raise TaskCancelled from exc

    task = window.run_task(
        guarded,
        label=label,
        on_result=on_result,
        cancellable=cancellable,
        error_action=error_action,
        on_error=on_error,
    )
    if on_done is not None:
        if task.is_running():
            task.finished.connect(on_done)
        else:  # the synchronous runner (tests) has already finished it
            on_done()
    return task


def show_done(window: QWidget, title: str, text: str, folder: Path) -> QMessageBox:
    """Say what was written, with an "Open the folder" button; the box is window-modal but
    does not block the caller (``open()``), and deletes itself once closed."""
    box = QMessageBox(QMessageBox.Icon.Information, title, "", QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names files: never HTML
    box.setText(text)
    box.setParent(window, box.windowFlags())
    box.setObjectName("output_done")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    button = box.addButton(
        QCoreApplication.translate("Outputs", "Open the &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("open_folder")
    button.setAccessibleName(QCoreApplication.translate("Outputs", "Open the folder"))
    button.clicked.connect(lambda: open_folder(folder))  # then the box closes
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # else Escape and close do nothing
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.open()
    return box


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
