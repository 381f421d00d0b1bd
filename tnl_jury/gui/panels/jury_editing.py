"""Setting the jury up in the Jury tab: add and edit members (a member who leaves is made
inactive, never deleted: their scores and the audit trail name them), declare a recusal and
lift one. Each change is one service call (one transaction, one audit event); the window then
reads the file again so that every screen shows the new jury.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain import limits
from tnl_jury.domain.enums import MemberRole
from tnl_jury.gui import vocabulary
from tnl_jury.gui.dialog_buttons import ok_cancel

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.views import DossierRow, MemberRow


@dataclass(frozen=True)
class MemberValues:
    """What the member form holds, as typed (name and organisation stripped)."""

    name: str
    organisation: str
    role: str
    active: bool
    voting: bool


class MemberDialog(QDialog):
    """A member's name, organisation, role, whether they have a deliberative vote and whether
    they still sit on the jury. For a new member, choosing the secretary's role unticks the
    vote (a secretary usually records without voting); the box stays the user's to tick."""

    def __init__(self, member: MemberRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(limits.NAME)
        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(limits.NAME)
        self.role = QComboBox(self)
        roles = (
            MemberRole.MEMBER,
            MemberRole.PRESIDENT,
            MemberRole.VICE_PRESIDENT,
            MemberRole.SECRETARY,
        )
        for role in roles:
            self.role.addItem(vocabulary.role_label(role), role.value)
        self.voting = QCheckBox(self)
        self.voting.setChecked(True)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self.buttons = ok_cancel(self)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._labels = [QLabel(self) for _ in range(3)]
        fields = (self.name, self.organisation, self.role)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.voting)
        self.form.addRow(self.active)
        if member is not None:
            self.name.setText(member.name)
            self.organisation.setText(member.organisation)
            self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
            self.active.setChecked(member.active)
            self.voting.setChecked(member.voting)
        self.active.setVisible(member is not None)  # a new member sits on the jury
        self._new = member is None
        self.name.textChanged.connect(lambda _text: self._update_ok())
        if self._new:
            self.role.currentIndexChanged.connect(lambda _i: self._default_vote())
        self.name.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def values(self) -> MemberValues:
        """The form's values as typed."""
        return MemberValues(
            self.name.text().strip(),
            self.organisation.text().strip(),
            str(self.role.currentData()),
            self.active.isChecked(),
            self.voting.isChecked(),
        )

    def _default_vote(self) -> None:
        self.voting.setChecked(self.role.currentData() != MemberRole.SECRETARY.value)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a jury member") if self._new else self.tr("Jury member"))
        self._labels[0].setText(self.tr("&Name:"))
        self._labels[1].setText(self.tr("&Organisation:"))
        self._labels[2].setText(self.tr("&Role:"))
        self.name.setAccessibleName(self.tr("Name"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.role.setAccessibleName(self.tr("Role in the meeting"))
        self.voting.setText(self.tr("&Deliberative vote"))
        self.voting.setAccessibleName(self.tr("Deliberative vote"))
        self.voting.setAccessibleDescription(
            self.tr(
                "Untick for a secretary or an observer: present at the meeting, but not "
                "counted for the quorum, not voting and not scoring."
            )
        )
        self.voting.setToolTip(self.voting.accessibleDescription())
        self.active.setText(self.tr("&Sits on the jury (untick when the member leaves)"))
        self.active.setAccessibleDescription(
            self.tr("An inactive member is kept with their scores but no longer scores or votes.")
        )


class RecusalDialog(QDialog):
    """A member steps aside for a dossier: which dossier, and why (the reason is required)."""

    def __init__(
        self, member: MemberRow, dossiers: Sequence[DossierRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._member = member
        self.dossier = QComboBox(self)
        for d in dossiers:
            self.dossier.addItem(f"{d.ds_number} — {d.candidate_name}", d.id)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(limits.REASON)
        self.buttons = ok_cancel(self)
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # a member's name is not markup
        self.intro.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.dossier, self.reason), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda _text: self._update_ok())
        self.dossier.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def values(self) -> tuple[int, str]:
        """(dossier id, reason)."""
        return int(self.dossier.currentData()), self.reason.text().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.dossier.count() > 0 and bool(self.reason.text().strip()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Step aside for a dossier"))
        self.intro.setText(
            self.tr("{name} will not score this dossier nor vote on it.").format(
                name=self._member.name
            )
        )
        self._labels[0].setText(self.tr("&Dossier:"))
        self._labels[1].setText(self.tr("&Reason:"))
        self.dossier.setAccessibleName(self.tr("Dossier"))
        self.reason.setAccessibleName(self.tr("Reason (required)"))


def apply_change(window: MainWindow, action: str, change: Callable[[], object]) -> bool:
    """Run ``change`` (one service call); the window's screens follow it through the change
    notice, delivered at once; a refusal is shown as the window shows errors, under
    ``action``. True when the change was recorded."""
    from tnl_jury.domain.errors import UserError
    from tnl_jury.gui.tasks import deliver_queued_calls

    try:
        change()
    except UserError as exc:
        window.report_error(exc, action)
        return False
    deliver_queued_calls()  # the write's notice: the snapshot is read again (members…)
    return True
