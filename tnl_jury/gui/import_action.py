"""File > Import from Démarches Simplifiées… (Ctrl+I), and the same button on the Dossiers tab.

Both are enabled only while a jury file is open for writing and no other task runs. The dialog
(:class:`~tnl_jury.gui.dialogs.import_dialog.ImportDialog`) is window-modal and opened without
blocking (``open()``); the window's screens follow the import through the change notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from tnl_jury.gui.dialogs.import_dialog import ImportDialog
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot

ACTION_KEY = "import_ds"
SHORTCUT = "Ctrl+I"
_CONTEXT = "ImportFeature"
_TEXT = str(QT_TRANSLATE_NOOP("ImportFeature", "&Import from Démarches Simplifiées…"))
_TIP = str(
    QT_TRANSLATE_NOOP(
        "ImportFeature",
        "Add or update the candidates' dossiers from a Démarches Simplifiées export",
    )
)
_BUTTON = str(QT_TRANSLATE_NOOP("ImportFeature", "I&mport from Démarches Simplifiées…"))


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class ImportAction:
    """The action, the button and the open dialog of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ImportDialog | None = None
        ui = window.ui
        self.action = ui.add(
            "file",
            ACTION_KEY,
            lambda: _tr(_TEXT),
            self.open_dialog,
            shortcut=SHORTCUT,
            tip=lambda: _tr(_TIP),
            before="close",  # beside the file's other actions
        )
        ui.menus["file"].insertSeparator(ui.actions["close"])

        panel = window.dossiers_panel
        self.button = _ImportButton(panel)
        self.button.clicked.connect(self.open_dialog)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        panel_layout = panel.layout()
        if panel_layout is not None:
            panel_layout.addItem(row)  # under the table: Tab reaches it after the list
        self.action.changed.connect(self._sync_button)
        self.action.setEnabled(False)
        self._sync_button()
        window.file_changed.connect(self._update)
        self._update(window.snapshot)

    def open_dialog(self) -> ImportDialog | None:
        """Open the import dialog for the file shown (None when it cannot be imported into)."""
        from tnl_jury.gui.dialogs.import_dialog import ImportDialog

        window = self.window
        snapshot = window.snapshot
        jury_file = window.jury_file
        if jury_file is None or snapshot is None or snapshot.read_only or window.busy:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self._dispose()
        dialog = ImportDialog(jury_file, window.runner, window)
        self.dialog = dialog
        dialog.open()
        dialog.choose.export_edit.setFocus()
        return dialog

    def _dispose(self) -> None:
        """Delete the previous dialog, once no task of it still runs."""
        old, self.dialog = self.dialog, None
        if old is not None and not old.is_busy():
            old.deleteLater()

    def _update(self, snapshot: FileSnapshot | None) -> None:
        self.action.setEnabled(snapshot is not None and not snapshot.read_only)

    def _sync_button(self) -> None:
        self.button.setEnabled(self.action.isEnabled())
        self.button.setToolTip(self.action.toolTip())


class _ImportButton(QPushButton):
    """The Dossiers tab's import button; follows the interface language."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("import_ds_button")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(_tr(_BUTTON))
        self.setAccessibleName(_tr(_TIP))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
