"""Documents > Minutes (PDF)…: before the file is chosen, what the minutes say of the session
(#19): the convocation's date and the agenda, the opening and closing times, how the votes were
taken, which absent members are excused, the people present without a vote (secretariat,
observers), why the dossiers without a decision were left.

The dialog only edits values: it is given the recorded details and the absent members
(id, name); :meth:`SessionDialog.changes` gives the keyword arguments of
:func:`tnl_jury.services.minutes_details.set_minutes_details` that differ, called off the GUI
thread by ``documents.py``. When the file is read-only or the meeting closed, the details are
shown but cannot be changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QDate, QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from tnl_jury.gui.dialog_buttons import ok_cancel

if TYPE_CHECKING:
    from tnl_jury.services.minutes_details import MinutesDetails


class SessionChanges(TypedDict, total=False):
    """The keyword arguments of ``set_minutes_details`` (mypy checks the call's keywords)."""

    opened_time: str
    closed_time: str
    others_present: Sequence[str]
    agenda: Sequence[str]
    undecided_reason: str
    vote_method: str
    convened_on: dt.date
    clear_convened_on: bool
    excused: dict[int, bool]


_TIME = r"^(?:([01]?\d|2[0-3]):[0-5]\d)?$"
_NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown blank: no convocation date
VOTE_METHODS = ("", "show_of_hands", "secret_ballot")


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
        self.convened_label = QLabel(self)
        self.convened_edit = QDateEdit(self)
        self.convened_edit.setCalendarPopup(True)
        self.convened_edit.setDisplayFormat("dd/MM/yyyy")
        self.convened_edit.setMinimumDate(_NO_DATE)
        self.convened_edit.setSpecialValueText(" ")
        day = details.convened_on
        self.convened_edit.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)
        self.convened_edit.setReadOnly(read_only)
        self.convened_label.setBuddy(self.convened_edit)
        self.agenda_label = QLabel(self)
        self.agenda_edit = QPlainTextEdit("\n".join(details.agenda), self)
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setReadOnly(read_only)
        self.agenda_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.agenda_label.setBuddy(self.agenda_edit)
        self.vote_label = QLabel(self)
        self.vote_combo = QComboBox(self)
        self.vote_combo.addItems(["", "", ""])
        self.vote_combo.setCurrentIndex(max(0, VOTE_METHODS.index(details.vote_method)))
        self.vote_combo.setEnabled(not read_only)
        self.vote_label.setBuddy(self.vote_combo)
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
        self.undecided_label = QLabel(self)
        self.undecided_edit = QLineEdit(details.undecided_reason, self)
        self.undecided_edit.setReadOnly(read_only)
        self.undecided_label.setBuddy(self.undecided_edit)

        form = QFormLayout()
        form.addRow(self.convened_label, self.convened_edit)
        form.addRow(self.agenda_label, self.agenda_edit)
        form.addRow(self.opened_label, self.opened_edit)
        form.addRow(self.closed_label, self.closed_edit)
        form.addRow(self.vote_label, self.vote_combo)
        form.addRow(self.excused_box)
        form.addRow(self.others_label, self.others_edit)
        form.addRow(self.undecided_label, self.undecided_edit)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def changes(self) -> SessionChanges:
        """The keyword arguments of ``set_minutes_details`` for what the user changed."""
        out: SessionChanges = {}
        opened = _padded(self.opened_edit.text().strip())
        if opened != self._initial.opened_time:
            out["opened_time"] = opened
        closed = _padded(self.closed_edit.text().strip())
        if closed != self._initial.closed_time:
            out["closed_time"] = closed
        others = [line.strip() for line in self.others_edit.toPlainText().splitlines()]
        others = [line for line in others if line]
        if tuple(others) != self._initial.others_present:
            out["others_present"] = others
        agenda = [line.strip() for line in self.agenda_edit.toPlainText().splitlines()]
        agenda = [line for line in agenda if line]
        if tuple(agenda) != self._initial.agenda:
            out["agenda"] = agenda
        reason = " ".join(self.undecided_edit.text().split())
        if reason != self._initial.undecided_reason:
            out["undecided_reason"] = reason
        method = VOTE_METHODS[self.vote_combo.currentIndex()]
        if method != self._initial.vote_method:
            out["vote_method"] = method
        chosen = self.convened_edit.date()
        convened = (
            None if chosen == _NO_DATE else dt.date(chosen.year(), chosen.month(), chosen.day())
        )
        if convened != self._initial.convened_on:
            if convened is None:
                out["clear_convened_on"] = True
            else:
                out["convened_on"] = convened
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
        self.convened_label.setText(self.tr("Members con&vened on:"))
        self.convened_edit.setAccessibleName(self.tr("Members convened on (blank: not said)"))
        self.agenda_label.setText(self.tr("&Agenda:"))
        self.agenda_edit.setPlaceholderText(self.tr("One item per line"))
        self.agenda_edit.setAccessibleName(self.tr("Agenda, one item per line"))
        self.vote_label.setText(self.tr("Votes &taken:"))
        for index, text in enumerate(
            (self.tr("(not said)"), self.tr("by show of hands"), self.tr("by secret ballot"))
        ):
            self.vote_combo.setItemText(index, text)
        self.vote_combo.setAccessibleName(self.tr("How the votes were taken"))
        self.opened_label.setText(self.tr("Session &opened at:"))
        self.closed_label.setText(self.tr("Session c&losed at:"))
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
        self.undecided_label.setText(self.tr("Dossiers left &undecided because:"))
        self.undecided_edit.setPlaceholderText(
            self.tr("e.g. incomplete dossiers, examination postponed to the next session")
        )
        self.undecided_edit.setAccessibleName(
            self.tr("Why the dossiers without a decision were left")
        )
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
