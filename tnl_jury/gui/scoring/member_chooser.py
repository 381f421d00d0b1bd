"""Who is at the keyboard: a jury member scoring, or the secretariat typing a member's paper
sheet (then the scores are recorded as typed by the secretariat)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui import vocabulary
from tnl_jury.gui.plain_text import PlainLabel

if TYPE_CHECKING:
    from tnl_jury.services.views import MemberRow


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@dataclass(frozen=True)
class Scorer:
    """The member whose scores are typed; ``paper`` when the secretariat types their sheet."""

    member_id: int
    name: str
    role: str = "member"
    paper: bool = False
    typist: str = ""

    @property
    def entered_by(self) -> str | None:
        """What :func:`~tnl_jury.services.scores.set_score` records as ``entered_by``."""
        from tnl_jury.services.scoring_view import paper_entry_actor

        return paper_entry_actor(self.typist or os_user()) if self.paper else None


class MemberChooser(QDialog):
    """Pick the member at the keyboard (arrows and Enter); :meth:`scorer` gives the choice."""

    def __init__(
        self,
        members: list[MemberRow],
        progress: dict[int, dict[str, int]],
        current: Scorer | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = [m for m in members if m.active and m.voting]  # who scores
        self.label = PlainLabel(self)
        self.list = QListWidget(self)
        self.label.setBuddy(self.list)
        self.paper = QCheckBox(self)
        # An empty jury: say why OK is disabled and where members are added.
        self.empty = PlainLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._members)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.paper)
        layout.addWidget(self.buttons)
        for member in self._members:
            counts = progress.get(member.id, {})
            text = self.tr("{name} — {role} — {submitted} submitted, {started} in progress").format(
                name=member.name,
                role=vocabulary.role_label(member.role),
                submitted=counts.get("submitted", 0),
                started=counts.get("in_progress", 0),
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            if current is not None and member.id == current.member_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self._members:
            self.list.setCurrentRow(0)
        # Whole lines: the list as wide as its widest line (the progress ends it), plus the
        # frame and a scroll bar.
        frame = 2 * self.list.frameWidth()
        bar = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + frame + bar + 4)
        if current is not None:
            self.paper.setChecked(current.paper)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def scorer(self) -> Scorer | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._members):
            return None
        member = self._members[row]
        paper = self.paper.isChecked()
        return Scorer(member.id, member.name, member.role, paper, os_user() if paper else "")

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentRow() >= 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Who is scoring?"))
        self.label.setText(self.tr("&Jury member at the keyboard:"))
        self.list.setAccessibleName(self.tr("Jury members"))
        self.list.setAccessibleDescription(
            self.tr("Choose with the arrows, then press Enter. Every score you type is theirs.")
        )
        self.paper.setText(self.tr("&Secretariat typing this member’s paper sheet"))
        self.empty.setText(
            self.tr(
                "This jury has no member yet. The secretariat adds them in the Jury tab "
                "(“Add a member…”)."
            )
        )
        if not self._members:  # a screen reader hears why the list is empty
            self.list.setAccessibleDescription(self.empty.text())
        self.paper.setAccessibleDescription(
            self.tr(
                "The scores are recorded as typed by the secretariat ({user}) for this member, "
                "and the cursor moves on after each score."
            ).format(user=os_user())
        )
