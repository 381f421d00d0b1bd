"""The scoring screen's questions to the person at the keyboard: a modal dialog, a text, a
yes/no, where to save, a file for the system's viewer. Each is one method, which tests replace
to answer it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from tnl_jury.gui.plain_text import message_box


class ScreenQuestions(QWidget):
    """The questions of :class:`~tnl_jury.gui.scoring.screen.ScoringScreen` (its base)."""

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests replace this to answer it)."""
        return bool(dialog.exec())

    def ask_text(self, title: str, label: str) -> str | None:
        """Ask for a text (tests replace this); None when cancelled."""
        text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok else None

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = message_box(QMessageBox.Icon.Question, title, text, self, buttons)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        """Ask where to save a file (tests replace this); None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested))
        return Path(chosen) if chosen else None

    def open_url(self, url: QUrl) -> bool:
        """Hand a file to the system's viewer (tests replace this)."""
        from tnl_jury.gui.scoring.attachments import system_open

        return system_open(url)
