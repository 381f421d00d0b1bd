"""Documents > Print scoring sheets…: a PDF of paper sheets (one per dossier and member, or
blank), written off the GUI thread with progress and Cancel. The dialog opens without blocking
(``open()``) and is returned, so that tests can drive it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tnl_jury.gui.scoring.compare_action import selected_dossier
from tnl_jury.gui.tasks import TaskCancelled, TaskContext

if TYPE_CHECKING:
    from pathlib import Path

    from tnl_jury.gui.dialogs.scoring_sheets import ScoringSheetsDialog, SheetsRequest
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot

_CONTEXT = "ComparisonFeature"
_SHEETS = str(QT_TRANSLATE_NOOP("ComparisonFeature", "&Print scoring sheets…"))
_SHEETS_TIP = str(
    QT_TRANSLATE_NOOP(
        "ComparisonFeature", "A PDF of paper scoring sheets, for jurors who prefer paper"
    )
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class ScoringSheetsAction:
    """The Documents menu's first entry of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        ui = window.ui
        self.action = ui.add(
            "documents", "scoring_sheets", lambda: _tr(_SHEETS), self.print_sheets,
            tip=lambda: _tr(_SHEETS_TIP), before="export_results",
        )  # fmt: skip
        ui.menus["documents"].insertSeparator(ui.actions["export_results"])
        self.sheets_dialog: ScoringSheetsDialog | None = None
        self._update(window.snapshot)
        window.file_changed.connect(self._update)

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
            snapshot.members, len(snapshot.dossiers), selected_dossier(window), start, window
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

    def _update(self, snapshot: FileSnapshot | None) -> None:
        self.action.setEnabled(snapshot is not None)
