"""Documents > Minutes (PDF)…: before the file is chosen, what the minutes say of the session
(#19): the opening and closing times, which absent members are excused, the people present
without a vote (secretariat, observers).

The dialog only edits values: it is given the recorded details and the absent members
(id, name); :meth:`SessionDialog.changes` gives the keyword arguments of
:func:`tnl_jury.services.minutes_details.set_minutes_details` that differ, called off the GUI
thread by ``documents.py``. When the file is read-only or the meeting closed, the details are
shown but cannot be changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tnl_jury.services.minutes_details import MinutesDetails

_TIME = r"^(?:([01]?\d|2[0-3]):[0-5]\d)?$"


class SessionDialog(QDialog):
    """Opening and closing times, excused members, people present without a vote."""

    def __init__(
        self,
        details: MinutesDetails,
        absent: Sequence[tuple[int, str]],
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self._initial = details
        validator = QRegularExpressionValidator(QRegularExpression(_TIME), self)
        self.opened_label = QLabel(self)
        self.opened_edit = QLineEdit(details.opened_time, self)
        self.closed_label = QLabel(self)
        self.closed_edit = QLineEdit(details.closed_time, self)
        for label, edit in (
            (self.opened_label, self.opened_edit),
            (self.closed_label, self.closed_edit),
        ):
            edit.setValidator(validator)
            edit.setMaxLength(5)
            edit.setReadOnly(read_only)
            label.setBuddy(edit)
        self.excused_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.excused_box)
        self.excused_checks: dict[int, QCheckBox] = {}
        for member_id, name in absent:
            check = QCheckBox(name, self.excused_box)
            check.setChecked(member_id in details.excused)
            check.setEnabled(not read_only)
            self.excused_checks[member_id] = check
            box_layout.addWidget(check)
        self.no_absent = QLabel(self.excused_box)
        self.no_absent.setVisible(not absent)
        box_layout.addWidget(self.no_absent)
        self.others_label = QLabel(self)
        self.others_edit = QPlainTextEdit("\n".join(details.others_present), self)
        self.others_edit.setTabChangesFocus(True)
        self.others_edit.setReadOnly(read_only)
        self.others_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.others_label.setBuddy(self.others_edit)

        form = QFormLayout()
        form.addRow(self.opened_label, self.opened_edit)
        form.addRow(self.closed_label, self.closed_edit)
        form.addRow(self.excused_box)
        form.addRow(self.others_label, self.others_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def changes(self) -> dict[str, object]:
        """The keyword arguments of ``set_minutes_details`` for what the user changed."""
        out: dict[str, object] = {}
        for key, edit in (("opened_time", self.opened_edit), ("closed_time", self.closed_edit)):
            value = _padded(edit.text().strip())
            if value != getattr(self._initial, key):
                out[key] = value
        others = [line.strip() for line in self.others_edit.toPlainText().splitlines()]
        others = [line for line in others if line]
        if tuple(others) != self._initial.others_present:
            out["others_present"] = others
        excused = {
            member_id: check.isChecked()
            for member_id, check in self.excused_checks.items()
            if check.isChecked() != (member_id in self._initial.excused)
        }
        if excused:
            out["excused"] = excused
        return out

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The session, for the minutes"))
        self.opened_label.setText(self.tr("Session &opened at:"))
        self.closed_label.setText(self.tr("Session &closed at:"))
        for edit in (self.opened_edit, self.closed_edit):
            edit.setPlaceholderText(self.tr("HH:MM"))
        self.opened_edit.setAccessibleName(self.tr("Session opened at"))
        self.closed_edit.setAccessibleName(self.tr("Session closed at"))
        self.excused_box.setTitle(self.tr("Absent members who sent apologies (excused)"))
        self.no_absent.setText(self.tr("No member is marked absent."))
        self.others_label.setText(self.tr("Present &without a vote:"))
        self.others_edit.setPlaceholderText(
            self.tr("Secretariat, observers: one per line, name then capacity")
        )
        self.others_edit.setAccessibleName(self.tr("Present without a vote"))
        self.others_edit.setAccessibleDescription(self.others_edit.placeholderText())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Choose the file…")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _padded(text: str) -> str:
    """``9:30`` → ``09:30`` (the service's form); anything else as it is."""
    return "0" + text if re.fullmatch(r"\d:\d\d", text) else text
