"""Map the procedure's questions to the grid's criteria (from the import preview).

:class:`MappingDialog` shows, for each question of the grid (the criteria it informs beside it),
the export's column it resolves to, in an editable drop-down list that filters the export's
columns as one types (a repeated header is told apart by its neighbours: "Précisez (#2) — after
“…”"); then the identity fields. A question may also be said "not in this procedure's form".
Save writes every choice through :func:`~tnl_jury.services.ds_mapping.save_mapping` (one
transaction): the proposals the secretariat kept become its choices, reused at the next import.
:attr:`saved` is True once that went through; errors are shown in the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.errors import UserError
from tnl_jury.gui import errors

if TYPE_CHECKING:
    from tnl_jury.services.ds_mapping import ColumnRef, MappingCoverage
    from tnl_jury.storage.jury_file import JuryFile

_NONE = "none"  # nothing chosen (back to matching by label)
_NOT_IN_FORM = "not-in-form"


class MappingDialog(QDialog):
    """The mapping of one export's columns to the grid of ``jury_file`` (see the module)."""

    def __init__(
        self, jury_file: JuryFile, coverage: MappingCoverage, parent: QWidget | None = None
    ) -> None:
        from tnl_jury.services.ds_mapping import FIELD_NAMES

        super().__init__(parent)
        self.jury_file = jury_file
        self.coverage = coverage
        self.saved = False
        self.setWindowTitle(self.tr("Map the questions of the procedure"))
        intro = QLabel(
            self.tr(
                "For each question of the grid, choose the column of the export that answers "
                "it (type to search). Proposals come from identical labels; check them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter the questions…"))
        self.search.setAccessibleName(self.tr("Filter the questions"))
        self.search.textChanged.connect(self._filter)

        criteria_of: dict[tuple[str, int], list[str]] = {}
        for c in coverage.criteria:
            for q in c.questions:
                criteria_of.setdefault(q.question.key(), []).append(c.code)
        questions = coverage.questions
        self.table = QTableWidget(len(questions), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Criteria"), self.tr("Question of the grid"), self.tr("Column of the export")]
        )
        self.table.setAccessibleName(self.tr("Questions of the grid and their columns"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.question_combos: dict[ColumnRef, QComboBox] = {}
        for row, q in enumerate(questions):
            self.table.setItem(row, 0, _item(", ".join(criteria_of[q.question.key()])))
            self.table.setItem(row, 1, _item(q.question.shown()))
            combo = self._column_combo(with_not_in_form=True)
            if q.source == "excluded":
                combo.setCurrentIndex(combo.findData(_NOT_IN_FORM))
            elif q.column is not None:
                combo.setCurrentIndex(max(0, combo.findData(_data(q.column))))
            combo.setAccessibleName(
                self.tr("Column for “{question}”").format(question=q.question.shown())
            )
            self.table.setCellWidget(row, 2, combo)
            self.question_combos[q.question] = combo
        self.table.resizeColumnToContents(0)

        identity_box = QGroupBox(self.tr("The candidate's identity"), self)
        form = QFormLayout(identity_box)
        self.identity_combos: dict[str, QComboBox] = {}
        for i in coverage.identity:
            combo = self._column_combo(with_not_in_form=False)
            if i.column is not None:
                if combo.findData(_data(i.column)) < 0:  # a fixed column: the registry name
                    combo.addItem(i.column.shown(), _data(i.column))
                combo.setCurrentIndex(combo.findData(_data(i.column)))
            name = errors.translate_error(FIELD_NAMES[i.field])
            label = QLabel(name[:1].upper() + name[1:] + ":", self)
            label.setBuddy(combo)
            combo.setAccessibleName(label.text())
            form.addRow(label, combo)
            self.identity_combos[i.field] = combo

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save the mapping"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(identity_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 45)

    def _column_combo(self, *, with_not_in_form: bool) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("(no column)"), _NONE)
        if with_not_in_form:
            combo.addItem(self.tr("(not in this procedure's form)"), _NOT_IN_FORM)
        for e in self.coverage.columns:
            text = e.column.shown()
            if e.column.occurrence > 1 or any(
                o.column.label == e.column.label and o is not e for o in self.coverage.columns
            ):
                text = self.tr("{column} — after “{before}”").format(column=text, before=e.before)
            combo.addItem(text, _data(e.column))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        assert completer is not None  # an editable combo box makes its own completer
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    @staticmethod
    def column_index(combo: QComboBox, column: ColumnRef) -> int:
        """The index of ``column`` in one of the dialog's drop-down lists (-1: absent)."""
        return combo.findData(_data(column))

    def save(self) -> None:
        from tnl_jury.services.ds_mapping import NOT_IN_FORM, save_mapping

        def column(combo: QComboBox) -> ColumnRef | None:
            data = combo.currentData()
            if data == _NOT_IN_FORM:
                return NOT_IN_FORM
            return _ref(data) if isinstance(data, str) and data != _NONE else None

        questions = {q: column(c) for q, c in self.question_combos.items()}
        identity = {f: column(c) for f, c in self.identity_combos.items()}
        try:
            save_mapping(self.jury_file, questions, identity)
        except UserError as exc:
            self.message.setText(errors.user_message(exc))
            return
        self.saved = True
        self.accept()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            cells = (self.table.item(row, 0), self.table.item(row, 1))
            haystack = " ".join(
                [cell.text() for cell in cells if cell is not None]
                + ([combo.currentText()] if isinstance(combo, QComboBox) else [])
            ).casefold()
            self.table.setRowHidden(row, not all(w in haystack for w in words))


def _data(column: ColumnRef) -> str:
    """A column as the data of a drop-down item (Qt compares strings, not Python objects)."""
    return f"{column.occurrence}:{column.label}"


def _ref(data: str) -> ColumnRef:
    from tnl_jury.services.ds_mapping import ColumnRef

    occurrence, _, label = data.partition(":")
    return ColumnRef(label, int(occurrence))


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    return item
