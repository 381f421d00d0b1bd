"""Step 2 of the import dialog: what the import would do, and the choice of the identity
columns of a template-based export.

The page only shows an :class:`~tnl_jury.services.importing.ImportPreview` and collects the
columns; the dialog computes the preview (off the GUI thread) and decides what comes next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.dialogs.import_pages import add_count_row, fill_warnings
from tnl_jury.gui.dialogs.import_texts import (
    attachments_summary,
    column_source,
    dossier_count_rows,
    format_label,
    variant_label,
)
from tnl_jury.gui.models.common import TextFilterProxyModel
from tnl_jury.gui.models.import_preview import PreviewColumn, PreviewTableModel
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel, plain_tip

if TYPE_CHECKING:
    from tnl_jury.services.importing import ImportPreview


class ImportColumnChoice(QGroupBox):
    """Which columns hold the dossier number and the candidate's name (template exports).

    ``apply_requested`` asks for a new preview with :meth:`chosen`; ``changed`` tells that the
    choice differs from the one previewed.
    """

    apply_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns of a template export"), parent)
        self.explanation = PlainLabel(self)
        self.explanation.setWordWrap(True)
        self.id_combo = self._combo()
        self.name_combo = self._combo()
        self.remember_check = QCheckBox(self.tr("&Remember these columns for the next imports"))
        self.remember_check.setChecked(True)
        self.apply_button = QPushButton(self.tr("Preview with &these columns"), self)
        form = QFormLayout()
        for text, combo in (
            (self.tr("Dossier &number:"), self.id_combo),
            (self.tr("Candidate's na&me:"), self.name_combo),
        ):
            label = PlainLabel(text, self)
            label.setBuddy(combo)
            form.addRow(label, combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remember_check, 1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.id_combo.setAccessibleName(self.tr("Column of the dossier number"))
        self.name_combo.setAccessibleName(self.tr("Column of the candidate's name"))
        self.remember_check.setAccessibleName(self.tr("Remember these columns"))
        self.remember_check.setAccessibleDescription(
            self.tr("The jury file keeps the choice and uses it at the next import.")
        )
        self.apply_button.setAccessibleName(self.tr("Preview again with these columns"))
        self.apply_button.clicked.connect(self.apply_requested)
        for combo in (self.id_combo, self.name_combo):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        # Headers can be whole questions: keep the box reasonable, the list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
        return combo

    def show_preview(self, preview: ImportPreview) -> None:
        """Fill the combos with the export's headers, the columns in use selected."""
        headers = list(dict.fromkeys(h for h in preview.columns if h.strip()))
        for combo, current in (
            (self.id_combo, preview.identity.id_column),
            (self.name_combo, preview.identity.name_column),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(choose a column)"), None)
            for header in headers:
                combo.addItem(header, header)
                combo.setItemData(combo.count() - 1, plain_tip(header), Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if preview.needs:
            text = self.tr(
                "This export was made from a template, with headers chosen by the instructor. "
                "Say which column holds the dossier number and which the candidate's name, "
                "then press “Preview with these columns”."
            )
        else:
            text = self.tr(
                "This export was made from a template, with headers chosen by the instructor. "
                "The columns below are used; change them here if they are not the right ones."
            )
        self.explanation.setText(text)

    def chosen(self) -> tuple[str | None, str | None]:
        """(number column, name column) as chosen; None where nothing is chosen."""
        return self.id_combo.currentData(), self.name_combo.currentData()


class ImportPreviewPage(QWidget):
    """The preview: the export, the counts, the column choice, the dossiers, the warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        export_box = QGroupBox(self.tr("Export"), self)
        self._export_form = QFormLayout(export_box)
        counts_box = QGroupBox(self.tr("Dossiers"), self)
        self._counts_form = QFormLayout(counts_box)
        boxes = QHBoxLayout()
        boxes.addWidget(export_box, 3)
        boxes.addWidget(counts_box, 2)
        self.attachments = PlainLabel(self)
        self.attachments.setWordWrap(True)
        self.attachments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.columns = ImportColumnChoice(self)
        self.columns.hide()
        self.mapping_label = QLabel(self)
        self.mapping_label.setWordWrap(True)
        self.mapping_button = QPushButton(self.tr("&Map the questions to the criteria…"), self)
        self.mapping_button.setAccessibleDescription(
            self.tr("Choose the column of the export that answers each question of the grid.")
        )
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_label, 1)
        mapping_row.addWidget(self.mapping_button)

        self.model = PreviewTableModel(self)
        self.proxy = TextFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, self)
        self.view.horizontalHeader().setSectionResizeMode(
            PreviewColumn.CANDIDATE, QHeaderView.ResizeMode.Stretch
        )
        self.view_label = PlainLabel(self.tr("Dossiers of the e&xport:"), self)
        self.view_label.setBuddy(self.view)
        self.view.setAccessibleName(self.tr("Dossiers of the export"))
        self.view.setAccessibleDescription(
            self.tr("What the import will do with each dossier, in the last column.")
        )
        self.warnings_label = PlainLabel(self)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings_label.setBuddy(self.warnings)
        self.warnings.setAccessibleName(self.tr("Warnings"))

        table_part = QWidget(self)
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view_label)
        table_layout.addWidget(self.view, 1)
        warnings_part = QWidget(self)
        warnings_layout = QVBoxLayout(warnings_part)
        warnings_layout.setContentsMargins(0, 0, 0, 0)
        warnings_layout.addWidget(self.warnings_label)
        warnings_layout.addWidget(self.warnings, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(table_part)
        self.splitter.addWidget(warnings_part)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boxes)
        layout.addWidget(self.attachments)
        layout.addWidget(self.columns)
        layout.addLayout(mapping_row)
        layout.addWidget(self.splitter, 1)

    def show_preview(self, preview: ImportPreview) -> None:
        export_rows = [
            ("file", self.tr("File:"), preview.export_file),
            ("format", self.tr("Format:"), format_label(preview.format)),
            ("variant", self.tr("Kind of export:"), variant_label(preview.variant)),
            ("number", self.tr("Dossier number:"), column_source(preview.identity, "number")),
            ("name", self.tr("Candidate's name:"), column_source(preview.identity, "name")),
        ]
        _clear(self._export_form)
        for key, label, text in export_rows:
            value = PlainLabel(text, self)
            value.setWordWrap(True)
            value.setAccessibleName(f"{label} {text}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._export_form.addRow(PlainLabel(label, self), value)
            self.values[key] = value
        _clear(self._counts_form)
        for key, label, count in dossier_count_rows(preview.counts):
            self.values[key] = add_count_row(self._counts_form, label, count)
        summary = attachments_summary(preview.attachments, preview.skip_bad_attachments)
        self.attachments.setText(self.tr("Attachments: {summary}").format(summary=summary))
        self.attachments.setAccessibleName(self.attachments.text())
        self.columns.setVisible(bool(preview.needs) or preview.variant == "template")
        self.columns.show_preview(preview)
        self._show_mapping(preview)
        self.model.set_rows(preview.dossiers)
        self.view.sortByColumn(PreviewColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.resizeColumnsToContents()
        fill_warnings(self.warnings_label, self.warnings, preview.warnings)
        # Sizes are proportions: without warnings, their part shrinks to its label.
        self.splitter.setSizes([3000, 1000] if preview.warnings else [10000, 1])

    def _show_mapping(self, preview: ImportPreview) -> None:
        mapping = preview.mapping
        self.mapping_button.setVisible(mapping is not None)
        if mapping is None:
            self.mapping_label.clear()
            return
        questions = mapping.questions
        found = sum(1 for q in questions if q.column is not None or q.source == "excluded")
        empty = sum(1 for c in mapping.criteria if c.questions and not c.found)
        missing = sum(1 for i in mapping.identity if i.column is None)
        self.mapping_label.setText(
            self.tr(
                "Questions of the grid found in the export: {found} of {total}; criteria "
                "without any answer: {empty}; identity fields not found: {missing}."
            ).format(found=found, total=len(questions), empty=empty, missing=missing)
        )
        self.mapping_label.setAccessibleName(self.mapping_label.text())


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)
