"""The comparison view, paper scoring sheets and the edition settings, in the main window.

* View > Compare scores… : the comparison of the dossier selected in the Dossiers tab, as the
  secretariat sees it (every score; see :mod:`tnl_jury.gui.scoring.comparison`);
* File > Print scoring sheets… : a PDF of paper sheets (one per dossier and member, or blank),
  written off the GUI thread with progress and Cancel;
* File > Edition settings… : blind scoring, normalisation, disagreement threshold, the
  president's casting vote (:func:`tnl_jury.services.edition.update_settings`).

Dialogs open without blocking (``open()``) and are returned, so that tests can drive them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.tasks import TaskCancelled, TaskContext

if TYPE_CHECKING:
    from pathlib import Path

    from tnl_jury.domain.settings import EditionSettings
    from tnl_jury.gui.dialogs.edition_settings import EditionSettingsDialog
    from tnl_jury.gui.dialogs.scoring_sheets import ScoringSheetsDialog, SheetsRequest
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot
    from tnl_jury.services.views import DossierRow

_CONTEXT = "ComparisonFeature"
DOCUMENTS_MENU = "documents"  # the outputs feature's menu, when it is installed
_COMPARE = QT_TRANSLATE_NOOP("ComparisonFeature", "&Compare scores…")
_COMPARE_TIP = QT_TRANSLATE_NOOP(
    "ComparisonFeature",
    "The scores of the dossier selected in the Dossiers tab, side by side for every member",
)
_SHEETS = QT_TRANSLATE_NOOP("ComparisonFeature", "&Print scoring sheets…")
_SHEETS_TIP = QT_TRANSLATE_NOOP(
    "ComparisonFeature", "A PDF of paper scoring sheets, for jurors who prefer paper"
)
_SETTINGS = QT_TRANSLATE_NOOP("ComparisonFeature", "Edition &settings…")
_SETTINGS_TIP = QT_TRANSLATE_NOOP(
    "ComparisonFeature",
    "Blind scoring, disagreement threshold, the president's casting vote",
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class ComparisonFeature:
    """The three actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        ui = window.ui
        self.compare_action = ui.add(
            "view",
            "compare_scores",
            lambda: _tr(_COMPARE),
            self.compare_selected,
            tip=lambda: _tr(_COMPARE_TIP),
        )
        # The sheets go first in the Documents menu when there is one (the outputs feature),
        # else in the File menu; the settings in the File menu, before Close (ui.add puts an
        # action last, after Quit).
        sheets_menu = DOCUMENTS_MENU if DOCUMENTS_MENU in ui.menus else "file"
        self.sheets_action = ui.add(
            sheets_menu,
            "scoring_sheets",
            lambda: _tr(_SHEETS),
            self.print_sheets,
            tip=lambda: _tr(_SHEETS_TIP),
        )
        self.settings_action = ui.add(
            "file",
            "edition_settings",
            lambda: _tr(_SETTINGS),
            self.edit_settings,
            tip=lambda: _tr(_SETTINGS_TIP),
        )
        # Beside Reload in the View menu, not after the Language submenu.
        view_menu = ui.menus["view"]
        view_actions = view_menu.actions()
        refresh = ui.actions.get("refresh")
        if refresh in view_actions and view_actions.index(refresh) + 1 < len(view_actions):
            view_menu.removeAction(self.compare_action)
            view_menu.insertAction(
                view_actions[view_actions.index(refresh) + 1], self.compare_action
            )
        file_menu = ui.menus["file"]
        close = ui.actions["close"]
        moved = [self.settings_action]
        if sheets_menu == "file":
            moved.insert(0, self.sheets_action)
        else:
            documents = ui.menus[DOCUMENTS_MENU]
            first = documents.actions()[0]
            if first is not self.sheets_action:
                documents.removeAction(self.sheets_action)
                documents.insertAction(first, self.sheets_action)
                documents.insertSeparator(first)
        for action in moved:
            file_menu.removeAction(action)
            file_menu.insertAction(close, action)
        file_menu.insertSeparator(close)
        self.settings_dialog: EditionSettingsDialog | None = None
        self.sheets_dialog: ScoringSheetsDialog | None = None
        self._update(window.snapshot)
        window.file_changed.connect(self._update)

    # Compare ------------------------------------------------------------------------------

    def selected_dossier(self) -> DossierRow | None:
        """The dossier selected in the Dossiers tab, if any."""
        index = self.window.dossiers_panel.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def compare_selected(self) -> None:
        from tnl_jury.gui.scoring.comparison import open_comparison

        window = self.window
        if window.jury_file is None:
            return
        row = self.selected_dossier()
        if row is None:
            window.select_panel("dossiers")
            window.show_message(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("ComparisonFeature", "Compare scores"),
                QCoreApplication.translate(
                    "ComparisonFeature", "First select a dossier in the Dossiers tab."
                ),
            )
            return
        open_comparison(window, row.id, None)

    # Edition settings ---------------------------------------------------------------------

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
            window.refresh()  # open comparisons follow (blindness, threshold)

        window.run_task(
            lambda ctx: edition.update_settings(jury_file, **changes),
            label=QCoreApplication.translate("ComparisonFeature", "Saving the edition settings…"),
            on_result=saved,
            cancellable=False,
            error_action=QCoreApplication.translate(
                "ComparisonFeature", "Cannot save the edition settings"
            ),
        )

    # Scoring sheets -----------------------------------------------------------------------

    def print_sheets(self) -> ScoringSheetsDialog | None:
        """Ask what to print and where; the PDF is written once the dialog is accepted."""
        from tnl_jury.gui.dialogs.scoring_sheets import ScoringSheetsDialog

        window = self.window
        snapshot = window.snapshot
        if window.jury_file is None or snapshot is None:
            return None
        start = snapshot.path.parent / (
            QCoreApplication.translate("ComparisonFeature", "scoring-sheets") + ".pdf"
        )
        if self.sheets_dialog is not None:
            self.sheets_dialog.deleteLater()
        dialog = ScoringSheetsDialog(
            snapshot.members, len(snapshot.dossiers), self.selected_dossier(), start, window
        )
        dialog.accepted.connect(lambda: self._write_sheets(dialog.request()))
        self.sheets_dialog = dialog
        dialog.open()
        return dialog

    def _write_sheets(self, request: SheetsRequest | None) -> None:
        from tnl_jury.io.atomic import Cancelled
        from tnl_jury.services.sheets import write_scoring_sheets

        window = self.window
        jury_file = window.jury_file
        if request is None or jury_file is None:
            return

        def work(ctx: TaskContext) -> Path:
            try:
                return write_scoring_sheets(
                    jury_file,
                    request.path,
                    member_ids=request.member_ids,
                    dossier_ids=request.dossier_ids,
                    blank=request.blank,
                    progress=ctx.progress,
                    cancelled=ctx.cancelled,
                )
            except Cancelled:
                raise TaskCancelled from None  # the user asked for it: no error to report

        def written(path: Path) -> None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ComparisonFeature", "Scoring sheets written: {path}"
                ).format(path=path),
                10000,
            )
            window.show_message(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("ComparisonFeature", "Print scoring sheets"),
                QCoreApplication.translate(
                    "ComparisonFeature",
                    "The scoring sheets were written to {path}. Open it to print it.",
                ).format(path=path),
            )

        window.run_task(
            work,
            label=QCoreApplication.translate("ComparisonFeature", "Writing the scoring sheets…"),
            on_result=written,
            error_action=QCoreApplication.translate(
                "ComparisonFeature", "Cannot write the scoring sheets"
            ),
        )

    # State --------------------------------------------------------------------------------

    def _update(self, snapshot: FileSnapshot | None) -> None:
        is_open = snapshot is not None
        self.compare_action.setEnabled(is_open)
        self.sheets_action.setEnabled(is_open)
        self.settings_action.setEnabled(snapshot is not None and not snapshot.read_only)


def install(window: MainWindow) -> None:
    """Add the comparison, scoring sheets and edition settings actions to ``window``."""
    window.comparison_feature = ComparisonFeature(window)  # type: ignore[attr-defined]
