"""Documents > Letters to candidates…: the date the letters bear and the edition's letterhead
(sender block, place, reference prefix, signatory's title), before the folder is chosen.

The dialog only edits values: it is given the stored letterhead and the default date (today);
:meth:`LettersDialog.request` gives the date and the letterhead fields the user changed, for
:func:`tnl_jury.services.letterhead.set_letterhead` and
:func:`tnl_jury.services.outputs.write_letters` (called off the GUI thread by
``documents.py``). On a read-only jury file the letterhead is shown but cannot be changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.records import Letterhead
from tnl_jury.gui.dialog_buttons import ok_cancel


@dataclass(frozen=True)
class LettersRequest:
    """What the user asked for: the letters' date and the letterhead fields changed."""

    dated: dt.date
    letterhead_changes: dict[str, str] = field(default_factory=dict)


class LettersDialog(QDialog):
    """The letters' date (today by default) and the edition's letterhead."""

    def __init__(
        self,
        letterhead: Letterhead,
        today: dt.date,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letters_dialog")
        self._initial = letterhead
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_label.setBuddy(self.date_edit)
        self.sender_label = QLabel(self)
        self.sender_edit = QPlainTextEdit(letterhead.sender, self)
        self.sender_edit.setTabChangesFocus(True)
        self.sender_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.sender_label.setBuddy(self.sender_edit)
        self.place_label = QLabel(self)
        self.place_edit = QLineEdit(letterhead.place, self)
        self.place_label.setBuddy(self.place_edit)
        self.reference_label = QLabel(self)
        self.reference_edit = QLineEdit(letterhead.reference, self)
        self.reference_label.setBuddy(self.reference_edit)
        self.signatory_label = QLabel(self)
        self.signatory_edit = QLineEdit(letterhead.signatory_title, self)
        self.signatory_label.setBuddy(self.signatory_edit)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        for edit in (self.sender_edit, self.place_edit, self.reference_edit, self.signatory_edit):
            edit.setReadOnly(read_only)

        form = QFormLayout()
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.help)
        form.addRow(self.sender_label, self.sender_edit)
        form.addRow(self.place_label, self.place_edit)
        form.addRow(self.reference_label, self.reference_edit)
        form.addRow(self.signatory_label, self.signatory_edit)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().averageCharWidth() * 95, self.sizeHint().height())

    def letterhead(self) -> Letterhead:
        """The letterhead as the dialog shows it now."""
        return Letterhead(
            sender=self.sender_edit.toPlainText(),
            place=self.place_edit.text(),
            reference=self.reference_edit.text(),
            signatory_title=self.signatory_edit.text(),
        )

    def request(self) -> LettersRequest:
        """The date chosen and the letterhead fields that differ from the stored ones."""
        day = self.date_edit.date()
        now = asdict(self.letterhead())
        before = asdict(self._initial)
        changes = {k: v for k, v in now.items() if v.strip() != before[k].strip()}
        return LettersRequest(dt.date(day.year(), day.month(), day.day()), changes)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Letters to candidates"))
        self.date_label.setText(self.tr("&Date of the letters:"))
        self.help.setText(
            self.tr(
                "The letterhead below is kept with the edition and used for every letter. "
                "Leave a field empty to go without it."
            )
        )
        self.sender_label.setText(self.tr("&Sender:"))
        self.sender_edit.setPlaceholderText(
            self.tr("Organiser, postal address and contact, one per line")
        )
        self.place_label.setText(self.tr("Written &from (town):"))
        self.reference_label.setText(self.tr("&Reference prefix:"))
        self.reference_edit.setPlaceholderText(
            self.tr("e.g. TNL-2026/ (the dossier number follows)")
        )
        self.signatory_label.setText(self.tr("Signatory's &title:"))
        self.signatory_edit.setPlaceholderText(self.tr("e.g. Présidente du jury"))
        for edit, name in (
            (self.date_edit, self.tr("Date of the letters")),
            (self.sender_edit, self.tr("Sender")),
            (self.place_edit, self.tr("Written from (town)")),
            (self.reference_edit, self.tr("Reference prefix")),
            (self.signatory_edit, self.tr("Signatory's title")),
        ):
            edit.setAccessibleName(name)
        self.sender_edit.setAccessibleDescription(self.sender_edit.placeholderText())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Choose the folder…")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
