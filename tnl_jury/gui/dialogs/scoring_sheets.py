"""File > Print scoring sheets…: which sheets, and where to save the PDF.

The dialog asks; :meth:`ScoringSheetsDialog.request` gives the answer once accepted, for
:func:`tnl_jury.services.sheets.write_scoring_sheets` (run by the feature module through the
window's task helper, with progress and Cancel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel

if TYPE_CHECKING:
    from tnl_jury.services.views import DossierRow, MemberRow

EVERY_MEMBER = -1  # combo data: one sheet per active member
BLANK = -2  # combo data: sheets with an empty name line


@dataclass(frozen=True)
class SheetsRequest:
    """What to print: ``member_ids`` None = every active member; ``dossier_ids`` None = every
    dossier; ``blank`` = one sheet per dossier with an empty name line."""

    path: Path
    member_ids: tuple[int, ...] | None
    dossier_ids: tuple[int, ...] | None
    blank: bool


class ScoringSheetsDialog(QDialog):
    """Asks for the dossiers (all, or the one selected in the Dossiers tab), the members
    (every one, one of them, or blank sheets) and the PDF file to write."""

    def __init__(
        self,
        members: Sequence[MemberRow],
        dossier_count: int,
        selected: DossierRow | None,
        start_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scoring_sheets_dialog")
        self._members = [m for m in members if m.active]
        self._dossier_count = dossier_count
        self._selected = selected
        self._request: SheetsRequest | None = None

        self.all_radio = QRadioButton(self)
        self.selected_radio = QRadioButton(self)
        self.dossier_group = QButtonGroup(self)
        self.dossier_group.addButton(self.all_radio)
        self.dossier_group.addButton(self.selected_radio)
        self.all_radio.setChecked(True)
        self.selected_radio.setEnabled(selected is not None)
        self.dossiers_label = PlainLabel(self)
        self.dossiers_label.setBuddy(self.all_radio)
        self.member_combo = QComboBox(self)
        self.members_label = PlainLabel(self)
        self.members_label.setBuddy(self.member_combo)
        self.path_edit = QLineEdit(str(start_path), self)
        self.path_label = PlainLabel(self)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.error_label = PlainLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        dossier_box = QWidget(self)
        dossier_layout = QVBoxLayout(dossier_box)
        dossier_layout.setContentsMargins(0, 0, 0, 0)
        dossier_layout.addWidget(self.all_radio)
        dossier_layout.addWidget(self.selected_radio)
        path_row = QWidget(self)
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.dossiers_label, dossier_box)
        form.addRow(self.members_label, self.member_combo)
        form.addRow(self.path_label, path_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def request(self) -> SheetsRequest | None:
        return self._request

    def accept(self) -> None:
        text = self.path_edit.text().strip()
        problem = ""
        if not text:
            problem = self.tr("Choose where to save the PDF file.")
        else:
            path = Path(text).expanduser()
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if not path.parent.is_dir():
                problem = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.path_edit.setAccessibleDescription(problem)
            self.path_edit.setFocus()
            return
        choice = self.member_combo.currentData()
        dossiers = (
            (self._selected.id,)
            if self.selected_radio.isChecked() and self._selected is not None
            else None
        )
        self._request = SheetsRequest(
            path=path,
            member_ids=None if choice in (EVERY_MEMBER, BLANK) else (int(choice),),
            dossier_ids=dossiers,
            blank=choice == BLANK,
        )
        super().accept()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the scoring sheets"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print scoring sheets"))
        self.dossiers_label.setText(self.tr("&Dossiers:"))
        self.all_radio.setText(self.tr("All %n dossier(s)", "", self._dossier_count))
        if self._selected is not None:
            self.selected_radio.setText(
                self.tr("Only dossier {number} — {candidate}").format(
                    number=self._selected.ds_number, candidate=self._selected.candidate_name
                )
            )
        else:
            self.selected_radio.setText(self.tr("Only the dossier selected in the list"))
        self.all_radio.setAccessibleName(self.all_radio.text())
        self.selected_radio.setAccessibleName(self.selected_radio.text())
        self.members_label.setText(self.tr("&Sheets for:"))
        current = self.member_combo.currentData()
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Every jury member (one sheet each)"), EVERY_MEMBER)
        self.member_combo.addItem(self.tr("Nobody in particular (name left blank)"), BLANK)
        for member in self._members:
            self.member_combo.addItem(member.name, member.id)
        if current is not None:
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(current)))
        self.member_combo.setAccessibleName(self.tr("Whose sheets"))
        self.member_combo.setAccessibleDescription(
            self.tr("A member who stepped aside for a dossier gets no sheet for it.")
        )
        self.path_label.setText(self.tr("&PDF file:"))
        self.path_edit.setAccessibleName(self.tr("PDF file to write"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the PDF file"))
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write the PDF"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
