"""File > Edition settings…: blind scoring, normalisation, disagreement threshold, the
president's casting vote (:func:`tnl_jury.services.edition.update_settings`). The dialog opens
without blocking (``open()``) and is kept, so that tests can drive it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

if TYPE_CHECKING:
    from tnl_jury.domain.settings import EditionSettings
    from tnl_jury.gui.dialogs.edition_settings import EditionSettingsDialog
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot

_CONTEXT = "ComparisonFeature"
_SETTINGS = str(QT_TRANSLATE_NOOP("ComparisonFeature", "Edition &settings…"))
_SETTINGS_TIP = str(
    QT_TRANSLATE_NOOP(
        "ComparisonFeature",
        "Blind scoring, disagreement threshold, the president's casting vote",
    )
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class EditionSettingsAction:
    """The File menu's edition settings of one main window (before Close)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        ui = window.ui
        self.action = ui.add(
            "file",
            "edition_settings",
            lambda: _tr(_SETTINGS),
            self.edit_settings,
            tip=lambda: _tr(_SETTINGS_TIP),
            before="close",
        )
        ui.menus["file"].insertSeparator(ui.actions["close"])
        self.settings_dialog: EditionSettingsDialog | None = None
        self._update(window.snapshot)
        window.file_changed.connect(self._update)

    def edit_settings(self) -> None:
        """Read the settings (off the GUI thread), then open the dialog."""
        from tnl_jury.services import edition

        window = self.window
        jury_file = window.jury_file
        if jury_file is None or jury_file.read_only:
            return
        window.run_task(
            lambda ctx: edition.get_settings(jury_file),
            label=QCoreApplication.translate("ComparisonFeature", "Reading the edition settings…"),
            on_result=self._open_settings,
            error_action=QCoreApplication.translate(
                "ComparisonFeature", "Cannot read the edition settings"
            ),
        )

    def _open_settings(self, settings: EditionSettings) -> None:
        from tnl_jury.gui.dialogs.edition_settings import EditionSettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        dialog = EditionSettingsDialog(settings, self.window)
        dialog.accepted.connect(lambda: self._save_settings(dialog.changes()))
        self.settings_dialog = dialog
        dialog.open()
        dialog.blind_check.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_settings(self, changes: dict[str, object]) -> None:
        from tnl_jury.services import edition

        window = self.window
        jury_file = window.jury_file
        if not changes or jury_file is None:
            return

        def saved(_settings: EditionSettings) -> None:
            window.statusBar().showMessage(
                QCoreApplication.translate("ComparisonFeature", "The edition settings were saved."),
                5000,
            )

        window.run_task(
            lambda ctx: edition.update_settings(jury_file, **changes),
            label=QCoreApplication.translate("ComparisonFeature", "Saving the edition settings…"),
            on_result=saved,
            cancellable=False,
            error_action=QCoreApplication.translate(
                "ComparisonFeature", "Cannot save the edition settings"
            ),
        )

    def _update(self, snapshot: FileSnapshot | None) -> None:
        self.action.setEnabled(snapshot is not None and not snapshot.read_only)
