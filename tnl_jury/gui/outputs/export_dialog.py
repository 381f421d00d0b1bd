"""Documents > Export the results…: the format (xlsx, ods, csv, one csv per sheet) and the
file, then the export off the GUI thread, with progress and cancel, and a "done" message
with an "Open the folder" button.

The dialog only collects an :class:`ExportRequest`; :func:`start_export` runs it through
:func:`~tnl_jury.gui.outputs.common.run_output` (:func:`tnl_jury.services.outputs.
export_results`, which writes atomically: a cancelled export leaves no file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.outputs.common import (
    PathField,
    PathKind,
    buddy_label,
    problem_label,
    run_output,
    show_done,
    start_dir,
    with_suffix,
)
from tnl_jury.gui.tasks import Task, TaskContext
from tnl_jury.io.export.formats import CODES

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

FORMATS = CODES  # the one list (io/export/formats.py); each needs its label below


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    fmt: str  # one of FORMATS; ``path`` ends with it
    csv_per_sheet: bool
    csv_french: bool = False  # ";" and decimal comma, for a French office suite


class ExportDialog(QDialog):
    """Asks for the format and the file. ``request()`` is the answer once accepted; the
    answer is checked first (folder exists; an existing file is replaced only after a second
    click on Export, the problem label saying so)."""

    def __init__(self, parent: QWidget, folder: Path, stem: str) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export the results"))
        self._request: ExportRequest | None = None
        self._confirmed_replace: Path | None = None

        self.format_box = QGroupBox(self.tr("Format"), self)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        texts = {
            "xlsx": (
                self.tr("E&xcel workbook (.xlsx)"),
                self.tr("Four sheets: decisions, ranking, detailed scores, jury."),
            ),
            "ods": (
                self.tr("&OpenDocument spreadsheet (.ods)"),
                self.tr("The same four sheets, for LibreOffice."),
            ),
            "csv": (
                self.tr("&CSV text (.csv)"),
                self.tr(
                    "The decisions sheet as plain text, or one file per sheet: for programs and "
                    "data portals. To read or print the results, prefer xlsx or ods."
                ),
            ),
        }
        box_layout = QVBoxLayout(self.format_box)
        for fmt in FORMATS:
            text, description = texts[fmt]
            button = QRadioButton(text, self.format_box)
            button.setObjectName(f"format_{fmt}")
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            box_layout.addWidget(button)
        self.per_sheet = QCheckBox(self.tr("One CSV file &per sheet"), self.format_box)
        self.per_sheet.setAccessibleName(self.tr("One CSV file per sheet"))
        self.per_sheet.setAccessibleDescription(
            self.tr("Writes NAME-decisions.csv, NAME-palmares.csv… beside the chosen name.")
        )
        box_layout.addWidget(self.per_sheet)
        self.french_csv = QCheckBox(
            self.tr("For a &French spreadsheet (; and 12,50)"), self.format_box
        )
        self.french_csv.setObjectName("french_csv")
        self.french_csv.setAccessibleName(self.tr("For a French spreadsheet"))
        self.french_csv.setAccessibleDescription(
            self.tr(
                "Semicolons between the values and decimal commas, for Excel or LibreOffice in "
                "French. Leave it off for programs and data portals."
            )
        )
        box_layout.addWidget(self.french_csv)

        self.path_field = PathField(
            PathKind.SAVE,
            self.tr("&Browse…"),
            self,
            caption=lambda: self.tr("Export the results"),
            file_filter=self._file_filter,
        )
        self.path_field.describe(
            self.tr("File to write"), self.tr("Choose where to save the results")
        )
        self.problem = problem_label(self)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&File:"), self.path_field, self), self.path_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.format_box)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.format_buttons["xlsx"].setChecked(True)
        self.path_field.set_path(folder / f"{stem}.xlsx")
        self.format_group.buttonToggled.connect(self._format_changed)
        self._format_changed()
        self.format_buttons["xlsx"].setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def fmt(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def request(self) -> ExportRequest | None:
        return self._request

    def _file_filter(self) -> str:
        names = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "ods": self.tr("OpenDocument spreadsheets (*.ods)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        return names[self.fmt()]

    def _format_changed(self, *_args: object) -> None:
        fmt = self.fmt()
        self.per_sheet.setEnabled(fmt == "csv")
        self.french_csv.setEnabled(fmt == "csv")
        path = self.path_field.path()
        if path is not None and path.suffix.lower().lstrip(".") in FORMATS:
            self.path_field.set_path(path.with_suffix(f".{fmt}"))

    def accept(self) -> None:
        problem = self._check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.path_field.edit.setAccessibleDescription(problem)
            self.path_field.setFocus()
            return
        super().accept()

    def _check(self) -> str:
        """ "" when the answer is right (``_request`` set), else the problem to show."""
        path = self.path_field.path()
        if path is None:
            return self.tr("Choose where to save the results.")
        fmt = self.fmt()
        path = with_suffix(path, f".{fmt}")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        per_sheet = fmt == "csv" and self.per_sheet.isChecked()
        if path.exists() and not per_sheet and path != self._confirmed_replace:
            self._confirmed_replace = path
            return self.tr(
                "A file named {name} already exists: click Export again to replace it."
            ).format(name=path.name)
        french = fmt == "csv" and self.french_csv.isChecked()
        self._request = ExportRequest(path, fmt, per_sheet, french)
        return ""


def open_export_dialog(window: MainWindow) -> ExportDialog | None:
    """Show the export dialog (window-modal, not blocking); Export starts the export."""
    if window.jury_file is None or window.busy:
        return None
    snapshot = window.snapshot
    year = snapshot.edition.year if snapshot is not None else ""
    stem = QCoreApplication.translate("ExportDialog", "results-{year}").format(year=year)
    dialog = ExportDialog(window, start_dir(window), stem)

    def accepted() -> None:
        request = dialog.request()
        dialog.deleteLater()
        if request is not None:
            start_export(window, request)

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def start_export(window: MainWindow, request: ExportRequest) -> Task[list[Path]] | None:
    """Export the results as asked, off the GUI thread; say where they went."""
    jury_file = window.jury_file
    if jury_file is None:
        return None

    def work(ctx: TaskContext) -> list[Path]:
        from tnl_jury.services.outputs import export_results

        ctx.progress(0, 0, "")
        return export_results(
            jury_file,
            request.path,
            csv_per_sheet=request.csv_per_sheet,
            csv_french=request.csv_french,
            progress=ctx.progress,
            cancelled=ctx.cancelled,
        )

    def done(paths: list[Path]) -> None:
        names = "\n".join(str(p) for p in paths)
        title = QCoreApplication.translate("ExportDialog", "Results exported")
        text = QCoreApplication.translate(
            "ExportDialog", "The results were written to:\n{files}"
        ).format(files=names)
        window.statusBar().showMessage(title, 5000)
        show_done(window, title, text, request.path.parent)

    return run_output(
        window,
        work,
        label=QCoreApplication.translate("ExportDialog", "Exporting the results to {name}…").format(
            name=request.path.name
        ),
        on_result=done,
        error_action=QCoreApplication.translate("ExportDialog", "Cannot export the results"),
    )
