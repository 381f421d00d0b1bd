"""A main window that runs tasks behind a progress dialog and reports errors.

:class:`TaskWindow` is the base of :class:`~tnl_jury.gui.main_window.MainWindow`; other
top-level windows to come can derive from it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from tnl_jury import APP_NAME
from tnl_jury.gui import errors
from tnl_jury.gui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    # Qt initialises a class on first use (~10 ms each here): the dialogs' classes are touched
    # when a task or a message first needs them, not before the window's first paint.
    from PySide6.QtWidgets import QMessageBox

T = TypeVar("T")

PROGRESS_DELAY_MS = 500  # quicker work never flashes a dialog


class TaskWindow(QMainWindow):
    """Owns a :class:`TaskRunner`; counts the running tasks (see :meth:`busy_changed`)."""

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self._busy = 0

    @property
    def busy(self) -> bool:
        """True while a task started by :meth:`run_task` is running."""
        return self._busy > 0

    def busy_changed(self) -> None:
        """Called when :attr:`busy` may have changed; subclasses enable or disable actions."""

    def run_task(
        self,
        work: Callable[[TaskContext], T],
        *,
        label: str,
        on_result: Callable[[T], None],
        discard: Callable[[T], None] | None = None,
        cancellable: bool = True,
        error_action: str = "",
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        """Run ``work`` off the GUI thread behind a progress dialog (shown after half a second;
        Cancel asks the work to stop). Errors go to :meth:`report_error` unless ``on_error``.
        File actions are disabled meanwhile, so that two file operations never overlap."""
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(APP_NAME)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        if not cancellable:
            dialog.setCancelButton(None)

        def progressed(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            if total > 0:
                dialog.setValue(min(done, total))
            if message:
                dialog.setLabelText(message)

        def close_progress() -> None:
            # Before the outcome's callbacks: a message they show must not end up under the
            # progress dialog (QProgressDialog starts its own 4 s show timer when it is built,
            # whatever the minimum duration; it would come up above the message and take the
            # keyboard: "OK does not respond").
            dialog.reset()  # stops that timer too
            dialog.hide()

        def result(value: T) -> None:
            close_progress()
            on_result(value)

        def error(exc: BaseException) -> None:
            close_progress()
            (on_error or (lambda e: self.report_error(e, error_action)))(exc)

        def finished() -> None:
            close_progress()
            dialog.deleteLater()
            self._set_busy(-1)

        self._set_busy(+1)
        task = self.runner.submit(
            work,
            name=label,
            on_result=result,
            on_error=error,
            on_progress=progressed,
            on_cancelled=lambda: self.statusBar().showMessage(self.tr("Cancelled."), 5000),
            on_finished=finished,
            discard=discard,
        )
        if cancellable:
            dialog.canceled.connect(task.cancel)
        return task

    def report_error(self, exc: BaseException, action: str = "") -> None:
        """Show ``exc`` to the user (see :mod:`tnl_jury.gui.errors`); a hard condition of the
        machine (a full disk, a permission) is said in one sentence naming the jury file."""
        from tnl_jury.domain.conditions import hard_condition

        jury_file = getattr(self, "jury_file", None)
        exc = hard_condition(exc, getattr(jury_file, "path", None)) or exc
        message = errors.describe(exc, action)
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Critical if message.internal else QMessageBox.Icon.Warning
        self.show_message(icon, message.title, message.text)

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Every message box of the window goes through here (tests replace this method)."""
        from tnl_jury.gui.plain_text import message_box

        message_box(icon, title, text, self).exec()

    def ask_question(self, title: str, text: str) -> bool:
        """Ask a yes/no question, No by default (tests replace this method)."""
        from PySide6.QtWidgets import QMessageBox

        from tnl_jury.gui.plain_text import message_box

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = message_box(QMessageBox.Icon.Question, title, text, self, buttons)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _set_busy(self, delta: int) -> None:
        self._busy = max(0, self._busy + delta)
        self.busy_changed()
