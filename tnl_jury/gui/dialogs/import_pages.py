"""The pages of the import dialog that only show or collect things: the message area, the
choice of files and options, the progress, the summary. The preview page is in
:mod:`tnl_jury.gui.dialogs.import_preview_page`; the flow between them in
:mod:`tnl_jury.gui.dialogs.import_dialog`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.dialogs.import_texts import (
    attachment_count_rows,
    dossier_count_rows,
    translate,
)
from tnl_jury.gui.errors import translate_error
from tnl_jury.gui.plain_text import PlainLabel, plain_tip

if TYPE_CHECKING:
    from tnl_jury.domain.errors import Phrase
    from tnl_jury.services.importing import ImportReport

EXPORT_SUFFIXES = (".xlsx", ".ods", ".csv")


class ImportMessageArea(QFrame):
    """A framed message inside the dialog: an icon and words (never a colour alone).

    ``show_problem`` for what stops the user (an error of the service, a field to fix),
    ``show_info`` for what they should know; the text can be selected and copied.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = PlainLabel(self)
        self.text = PlainLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, readers read it
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.kind = ""
        self.hide()

    def show_problem(self, text: str) -> None:
        self.kind = "problem"
        self._show(
            QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("Problem: {text}").format(text=text)
        )

    def show_info(self, text: str) -> None:
        self.kind = "info"
        self._show(QStyle.StandardPixmap.SP_MessageBoxInformation, text)

    def clear(self) -> None:
        self.text.clear()
        self.kind = ""
        self.hide()

    def message(self) -> str:
        """The text shown ("" when the area is empty)."""
        return self.text.text()

    def _show(self, pixmap: QStyle.StandardPixmap, shown: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size))
        self.text.setText(shown)
        self.text.setAccessibleName(shown)
        self.show()


class ImportChoosePage(QWidget):
    """Step 1: the export file, the optional zip of attachments and the options.

    ``export_chosen`` is emitted when the export path changes (the columns chosen for the
    previous file no longer apply).
    """

    export_chosen = Signal()

    def __init__(self, start_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_dir = start_dir
        self.intro = PlainLabel(
            self.tr(
                "Choose the dossiers export downloaded from Démarches Simplifiées (xlsx, ods or "
                "csv) and, if you downloaded it too, the zip of the attachments. Nothing is "
                "written before you have seen the preview and pressed Import."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.export_edit = QLineEdit(self)
        self.export_edit.setPlaceholderText(self.tr("dossiers_….xlsx, .ods or .csv"))
        self.export_button = QPushButton(self.tr("&Browse…"), self)
        self.zip_edit = QLineEdit(self)
        self.zip_edit.setPlaceholderText(self.tr("Optional: dossiers_….zip"))
        self.zip_edit.setClearButtonEnabled(True)
        self.zip_button = QPushButton(self.tr("B&rowse…"), self)
        self.zip_note = PlainLabel(self)
        self.zip_note.setWordWrap(True)
        self.zip_note.hide()

        form = QFormLayout()
        for text, edit, button in (
            (self.tr("&Export file:"), self.export_edit, self.export_button),
            (self.tr("&Attachments (zip):"), self.zip_edit, self.zip_button),
        ):
            label = PlainLabel(text, self)
            label.setBuddy(edit)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow("", self.zip_note)

        self.drafts_check = QCheckBox(self.tr("Include &draft dossiers (“Brouillon”)"), self)
        self.closed_check = QCheckBox(
            self.tr("Include dossiers &closed without follow-up (“Classé sans suite”)"), self
        )
        self.skip_check = QCheckBox(
            self.tr("&Skip bad attachments (import the rest of the zip, with a warning)"), self
        )
        options = QGroupBox(self.tr("Options"), self)
        options_layout = QVBoxLayout(options)
        for check in (self.drafts_check, self.closed_check, self.skip_check):
            options_layout.addWidget(check)

        self.busy_label = PlainLabel(self.tr("Reading the export…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # a busy indicator: reading has no known length
        self.busy_bar.setTextVisible(False)
        self.set_busy(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(options)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)

        self.export_edit.setAccessibleName(self.tr("Export file"))
        self.export_edit.setAccessibleDescription(
            self.tr("The dossiers export downloaded from Démarches Simplifiées.")
        )
        self.export_button.setAccessibleName(self.tr("Choose the export file"))
        self.zip_edit.setAccessibleName(self.tr("Attachments zip"))
        self.zip_edit.setAccessibleDescription(
            self.tr("Optional. Leave empty to import the answers without the attachments.")
        )
        self.zip_button.setAccessibleName(self.tr("Choose the attachments zip"))
        self.zip_note.setAccessibleName(self.tr("Attachments zip found"))
        self.drafts_check.setAccessibleName(self.tr("Include draft dossiers"))
        self.closed_check.setAccessibleName(self.tr("Include dossiers closed without follow-up"))
        self.skip_check.setAccessibleName(self.tr("Skip bad attachments"))
        self.skip_check.setAccessibleDescription(
            self.tr(
                "Unticked, a zip with a bad entry is refused and nothing is imported. Ticked, "
                "the bad entries are left out and named in the warnings."
            )
        )
        self.busy_bar.setAccessibleName(self.tr("Reading the export"))

        self.export_button.clicked.connect(self._browse_export)
        self.zip_button.clicked.connect(self._browse_zip)
        self.export_edit.textChanged.connect(lambda _text: self.export_chosen.emit())
        self.zip_edit.textEdited.connect(lambda _text: self.zip_note.hide())

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        for widget in (self.export_edit, self.export_button, self.zip_edit, self.zip_button):
            widget.setEnabled(not busy)
        for check in (self.drafts_check, self.closed_check, self.skip_check):
            check.setEnabled(not busy)

    def check(self) -> tuple[str, QWidget | None]:
        """("", None) when the fields can be read, else (the problem, the field to fix)."""
        text = self.export_edit.text().strip()
        if not text:
            return self.tr("Choose the export file."), self.export_edit
        if not Path(text).expanduser().is_file():
            return self.tr("The file {path} does not exist.").format(path=text), self.export_edit
        zip_text = self.zip_edit.text().strip()
        if zip_text and not Path(zip_text).expanduser().is_file():
            return self.tr("The file {path} does not exist.").format(path=zip_text), self.zip_edit
        return "", None

    def export_path(self) -> Path:
        return Path(self.export_edit.text().strip()).expanduser()

    def zip_path(self) -> Path | None:
        text = self.zip_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _browse_export(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Démarches Simplifiées export"),
            str(self._folder(self.export_edit)),
            self.tr("Spreadsheets (*.xlsx *.ods *.csv)") + ";;" + self.tr("All files (*)"),
        )
        if chosen:
            self.export_edit.setText(chosen)
            self._find_zip_beside(Path(chosen))

    def _browse_zip(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attachments zip"),
            str(self._folder(self.zip_edit, self.export_edit)),
            self.tr("Zip archives (*.zip)") + ";;" + self.tr("All files (*)"),
        )
        if chosen:
            self.zip_edit.setText(chosen)
            self.zip_note.hide()

    def _find_zip_beside(self, export: Path) -> None:
        """Démarches Simplifiées names the zip like the export: offer it when it is there."""
        candidate = export.with_suffix(".zip")
        if self.zip_edit.text().strip() or not candidate.is_file():
            return
        self.zip_edit.setText(str(candidate))
        self.zip_note.setText(
            self.tr(
                "The zip of the same name was found beside the export; clear it to leave "
                "the attachments out."
            )
        )
        self.zip_note.show()

    def _folder(self, *edits: QLineEdit) -> Path:
        for edit in edits:
            text = edit.text().strip()
            if text and Path(text).expanduser().parent.is_dir():
                return Path(text).expanduser().parent
        return self.start_dir


class ImportProgressPage(QWidget):
    """Step 3: the import running, with its progress (Cancel is the dialog's button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.note = PlainLabel(
            self.tr(
                "The import is written all at once at the end: if you cancel, the jury file "
                "stays exactly as it was."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addStretch(2)

    def start(self, file_name: str) -> None:
        self.label.setText(self.tr("Importing {name}…").format(name=file_name))
        self.bar.setRange(0, 0)
        self.bar.reset()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)


class ImportSummaryPage(QWidget):
    """Step 4: what the import did (the report's counts, flagged dossiers, warnings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(self)
        self.heading.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        dossiers_box = QGroupBox(self.tr("Dossiers"), self)
        files_box = QGroupBox(self.tr("Attachments"), self)
        self._dossier_form = QFormLayout(dossiers_box)
        self._files_form = QFormLayout(files_box)
        boxes = QHBoxLayout()
        boxes.addWidget(dossiers_box, 1)
        boxes.addWidget(files_box, 1)
        self.flagged = PlainLabel(self)
        self.flagged.setWordWrap(True)
        self.warnings_label = PlainLabel(self)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings_label.setBuddy(self.warnings)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(boxes)
        layout.addWidget(self.flagged)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 3)
        layout.addStretch(1)  # everything at the top when there is no warning to list

    def show_report(self, report: ImportReport, late: bool = False) -> None:
        heading = self.tr("{name} was imported into the jury file.").format(name=report.export_file)
        if late:
            heading += " " + self.tr("It had finished before it could be cancelled.")
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        for form, rows in (
            (self._dossier_form, dossier_count_rows(report.counts)),
            (self._files_form, attachment_count_rows(report.attachments)),
        ):
            while form.rowCount():
                form.removeRow(0)
            for key, label, value in rows:
                self.values[key] = add_count_row(form, label, value)
        flagged = ", ".join(report.flagged)
        self.flagged.setText(
            self.tr(
                "Answers changed after scoring had started (the jurors should look again): "
                "{numbers}."
            ).format(numbers=flagged)
            if flagged
            else ""
        )
        self.flagged.setVisible(bool(flagged))
        fill_warnings(self.warnings_label, self.warnings, report.warnings)


def add_count_row(form: QFormLayout, label: str, value: int) -> QLabel:
    """A "label: value" row whose value a screen reader reads with its label."""
    parent = form.parentWidget()
    shown = PlainLabel(str(value), parent)
    shown.setAccessibleName(f"{label} {value}")
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(PlainLabel(label, parent), shown)
    return shown


def fill_warnings(label: QLabel, view: QListWidget, warnings: tuple[Phrase, ...]) -> None:
    """The warnings in the interface's language, one item each (wrapped, with a tooltip);
    "None" when there are none."""
    view.clear()
    label.setText(
        translate("ImportTexts", "&Warnings ({count}):").format(count=len(warnings))
        if warnings
        else translate("ImportTexts", "Warnings: none.")
    )
    icon = view.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    for warning in warnings:
        text = warning.localized(translate_error)
        item = QListWidgetItem(icon, text, view)
        item.setToolTip(plain_tip(text))
    view.setVisible(bool(warnings))
    view.setAccessibleDescription(label.text().replace("&", ""))
