"""Setting the jury up in the Jury tab: add and edit members (a member who leaves is made
inactive, never deleted: their scores and the audit trail name them), declare a recusal and
lift one. Each change is one service call (one transaction, one audit event); the window then
reads the file again so that every screen shows the new jury.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class MemberDialog(QDialog):
    """A member's name, organisation, role and whether they still sit on the jury."""

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
        self.form.addRow(self.active)
        if member is not None:
            self.name.setText(member.name)
            self.organisation.setText(member.organisation)
            self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
            self.active.setChecked(member.active)
        self.active.setVisible(member is not None)  # a new member sits on the jury
        self._new = member is None
        self.name.textChanged.connect(lambda _text: self._update_ok())
        self.name.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def values(self) -> tuple[str, str, str, bool]:
        """(name, organisation, role, active) as typed."""
        return (
            self.name.text().strip(),
            self.organisation.text().strip(),
            str(self.role.currentData()),
            self.active.isChecked(),
        )

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
