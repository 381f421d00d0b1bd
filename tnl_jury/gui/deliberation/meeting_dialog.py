"""The meeting: date, place, quorum rule, president, secretary and who is present, with the
quorum it gives stated live (the domain's rule, :func:`tnl_jury.domain.meeting.quorum`)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain import limits
from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.meeting import quorum
from tnl_jury.gui import vocabulary
from tnl_jury.gui.announce import announce
from tnl_jury.gui.deliberation.results_model import french
from tnl_jury.gui.errors import describe
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.text_limits import limit_line

if TYPE_CHECKING:
    from tnl_jury.services.deliberation import MeetingInfo
    from tnl_jury.services.views import MemberRow

RULES = ("more_than_half", "two_thirds", "at_least")


@dataclass(frozen=True)
class MeetingRequest:
    """What the dialog asks the services to record."""

    held_on: dt.date
    place: str
    quorum_rule: str
    president_id: int | None
    secretary_id: int | None
    presence: dict[int, bool]


class MeetingDialog(QDialog):
    """Edit the meeting's record. Read-only once the meeting is closed."""

    def __init__(
        self, members: Sequence[MemberRow], meeting: MeetingInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.members = [m for m in members if m.active]
        # Only members with a deliberative vote make the quorum (services.deliberation).
        self.voting_ids = {m.id for m in self.members if m.voting}
        self.closed = meeting.closed_at is not None
        self._bulk = False  # ticking everybody at once: one announcement
        self.setWindowTitle(self.tr("The meeting"))

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        held = meeting.held_on or dt.date.today()
        self.date_edit.setDate(QDate(held.year, held.month, held.day))
        self.place_edit = QLineEdit(meeting.place, self)
        limit_line(self.place_edit, limits.NAME)
        self.rule_combo = QComboBox(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, max(1, len(self.voting_ids)))
        self.president_combo = QComboBox(self)
        self.secretary_combo = QComboBox(self)
        self.present_list = QListWidget(self)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.quorum_label = PlainLabel(self)
        self.quorum_label.setWordWrap(True)
        self.closed_label = PlainLabel(self)
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(self.closed)

        for combo in (self.president_combo, self.secretary_combo):
            combo.addItem("—", None)
            for member in self.members:
                combo.addItem(member.name, member.id)
        self._select(self.president_combo, meeting.president_id, "president")
        self._select(self.secretary_combo, meeting.secretary_id, "secretary")
        present = set(meeting.present)
        for member in self.members:
            text = f"{member.name} — {vocabulary.role_label(member.role)}"
            if not member.voting:
                text += " " + self.tr("(no deliberative vote)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if member.id in present else Qt.CheckState.Unchecked
            )
            self.present_list.addItem(item)

        self.form = QFormLayout()
        self.date_label = PlainLabel(self)
        self.place_label = PlainLabel(self)
        self.rule_label = PlainLabel(self)
        self.president_label = PlainLabel(self)
        self.secretary_label = PlainLabel(self)
        self.present_label = PlainLabel(self)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule_combo, 1)
        rule_row.addWidget(self.count_spin)
        for label, field in (
            (self.date_label, self.date_edit),
            (self.place_label, self.place_edit),
            (self.president_label, self.president_combo),
            (self.secretary_label, self.secretary_combo),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.rule_label.setBuddy(self.rule_combo)
        self.form.addRow(self.rule_label, rule_row)
        self.present_label.setBuddy(self.present_list)
        presence_buttons = QHBoxLayout()
        presence_buttons.addWidget(self.all_button)
        presence_buttons.addWidget(self.none_button)
        presence_buttons.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addLayout(self.form)
        layout.addWidget(self.present_label)
        layout.addWidget(self.present_list, 1)
        layout.addLayout(presence_buttons)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        rule = meeting.quorum_rule
        if rule.startswith("at_least:"):
            self.rule_combo.setCurrentIndex(RULES.index("at_least"))
            with contextlib.suppress(ValueError):
                self.count_spin.setValue(int(rule.split(":", 1)[1]))
        elif rule in RULES:
            self.rule_combo.setCurrentIndex(RULES.index(rule))
        self.rule_combo.currentIndexChanged.connect(self._update_quorum)
        self.count_spin.valueChanged.connect(self._update_quorum)
        self.present_list.itemChanged.connect(self._presence_changed)
        self.all_button.clicked.connect(lambda: self.set_all_present(True))
        self.none_button.clicked.connect(lambda: self.set_all_present(False))
        if self.closed:
            for widget in (
                self.date_edit, self.place_edit, self.rule_combo, self.count_spin,
                self.president_combo, self.secretary_combo, self.all_button, self.none_button,
            ):  # fmt: skip
                widget.setEnabled(False)
            for i in range(self.present_list.count()):
                item = self.present_list.item(i)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._update_quorum()
        self.resize(560, 620)
        self.place_edit.setFocus()

    def _select(self, combo: QComboBox, member_id: int | None, role: str) -> None:
        if member_id is None:
            member_id = next((m.id for m in self.members if m.role == role), None)
        index = combo.findData(member_id)
        combo.setCurrentIndex(max(0, index))

    # State -------------------------------------------------------------------------------

    def quorum_rule(self) -> str:
        rule = RULES[max(0, self.rule_combo.currentIndex())]
        return f"at_least:{self.count_spin.value()}" if rule == "at_least" else rule

    def presence(self) -> dict[int, bool]:
        items = (self.present_list.item(i) for i in range(self.present_list.count()))
        return {
            int(item.data(Qt.ItemDataRole.UserRole)): item.checkState() == Qt.CheckState.Checked
            for item in items
        }

    def set_present(self, member_id: int, present: bool) -> None:
        for i in range(self.present_list.count()):
            item = self.present_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def set_all_present(self, present: bool) -> None:
        """Tick or untick everybody; the quorum is announced once, not per member."""
        self._bulk = True
        try:
            for member in self.members:
                self.set_present(member.id, present)
        finally:
            self._bulk = False
        self._update_quorum(
            self.tr("Everybody present.") if present else self.tr("Nobody present.")
        )

    def request(self) -> MeetingRequest:
        date = self.date_edit.date()
        return MeetingRequest(
            held_on=dt.date(date.year(), date.month(), date.day()),
            place=self.place_edit.text().strip(),
            quorum_rule=self.quorum_rule(),
            president_id=self.president_combo.currentData(),
            secretary_id=self.secretary_combo.currentData(),
            presence=self.presence(),
        )

    def _presence_changed(self, item: QListWidgetItem) -> None:
        """A member ticked or unticked: say who, and the quorum it gives now."""
        if self._bulk:
            self._update_quorum()
            return
        present = item.checkState() == Qt.CheckState.Checked
        name = item.text()
        said = self.tr("{name}: present.") if present else self.tr("{name}: absent.")
        self._update_quorum(said.format(name=name))

    def _update_quorum(self, *args: object) -> None:
        """Show the quorum; once the dialog is shown, a change is also announced (after
        ``args[0]`` when it is a text: who was ticked or unticked)."""
        before = self.quorum_label.text()
        self.count_spin.setEnabled(not self.closed and self.rule_combo.currentIndex() == 2)
        present = sum(1 for mid, here in self.presence().items() if here and mid in self.voting_ids)
        try:
            q = quorum(self.quorum_rule(), present, len(self.voting_ids))
        except RuleError as exc:  # cannot happen with the rules offered; shown if it does
            text = describe(exc).text
        else:
            mark = "✔" if q.reached else "✖"
            text = f"{mark} " + (q.statement_fr() if french() else q.statement_en())
        self.quorum_label.setText(text)
        self.quorum_label.setAccessibleName(text)
        prefix = args[0] if args and isinstance(args[0], str) else ""
        if self.isVisible() and not self._bulk and (prefix or text != before):
            announce(f"{prefix} {text}".strip(), self)

    def retranslate_ui(self) -> None:
        current = self.rule_combo.currentIndex()
        self.rule_combo.clear()
        self.rule_combo.addItems(
            [
                self.tr("More than half of the members present"),
                self.tr("Two thirds of the members present"),
                self.tr("At least this number of members present:"),
            ]
        )
        self.rule_combo.setCurrentIndex(max(0, current))
        self.date_label.setText(self.tr("&Date:"))
        self.place_label.setText(self.tr("&Place:"))
        self.rule_label.setText(self.tr("&Quorum rule:"))
        self.president_label.setText(self.tr("P&resident:"))
        self.secretary_label.setText(self.tr("&Secretary:"))
        self.present_label.setText(self.tr("&Members present (Space ticks or unticks):"))
        self.all_button.setText(self.tr("&All present"))
        self.none_button.setText(self.tr("&Nobody present"))
        self.closed_label.setText(
            self.tr("The meeting is closed: its record can no longer change.")
        )
        for widget, name in (
            (self.date_edit, self.tr("Date of the meeting")),
            (self.place_edit, self.tr("Place of the meeting")),
            (self.rule_combo, self.tr("Quorum rule")),
            (self.count_spin, self.tr("Members required for the quorum")),
            (self.president_combo, self.tr("President of the meeting")),
            (self.secretary_combo, self.tr("Secretary of the meeting")),
            (self.present_list, self.tr("Members present")),
            (self.quorum_label, self.tr("Quorum")),
        ):
            widget.setAccessibleName(name)
        self.present_list.setAccessibleDescription(
            self.tr("A ticked member is present. Space ticks or unticks the selected member.")
        )
