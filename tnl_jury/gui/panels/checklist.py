"""The secretariat's checklist on the Edition tab: nine steps from the edition to publication.

:class:`ChecklistBox` shows a :class:`~tnl_jury.services.checklist.Checklist` (computed by the
service off the GUI thread, see :mod:`tnl_jury.gui.checklist_steps`) as one button per step:
a mark (✔ done, ◐ started, ○ to do), the step's name and where it stands; the next step to do
is in bold. Clicking a step emits ``step_chosen(key)``; the feature opens the right screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from tnl_jury.services.checklist import Checklist, ChecklistStep

MARKS = {"done": "✔", "started": "◐", "todo": "○"}
KEYS = (
    "edition",
    "import",
    "jury",
    "scoring",
    "meeting",
    "decisions",
    "minutes",
    "signatures",
    "publication",
)


def step_name(key: str) -> str:
    names = {
        "edition": QCoreApplication.translate("Checklist", "Edition and grid"),
        "import": QCoreApplication.translate("Checklist", "Import the dossiers, map the questions"),
        "jury": QCoreApplication.translate("Checklist", "Jury: members and recusals"),
        "scoring": QCoreApplication.translate(
            "Checklist", "Scoring (on this laptop or by ballots)"
        ),
        "meeting": QCoreApplication.translate("Checklist", "Meeting: date, place, attendance"),
        "decisions": QCoreApplication.translate("Checklist", "Decisions"),
        "minutes": QCoreApplication.translate("Checklist", "Minutes"),
        "signatures": QCoreApplication.translate("Checklist", "Signatures of the minutes"),
        "publication": QCoreApplication.translate("Checklist", "Letters and published list"),
    }
    return names[key]


def step_status(step: ChecklistStep) -> str:
    """Where the step stands, in words."""
    key, done, total = step.key, step.done, step.total
    if key == "edition":
        return QCoreApplication.translate("Checklist", "{count} criteria").format(count=total)
    if key == "import":
        return (
            QCoreApplication.translate("Checklist", "{count} dossiers").format(count=done)
            if done
            else QCoreApplication.translate("Checklist", "no dossier yet")
        )
    if key == "jury":
        return (
            QCoreApplication.translate("Checklist", "{count} members").format(count=done)
            if done
            else QCoreApplication.translate("Checklist", "no member yet")
        )
    if key == "scoring":
        return QCoreApplication.translate(
            "Checklist", "{done} of {total} scoring sheets submitted (a member, a dossier)"
        ).format(done=done, total=total)
    if key == "meeting":
        if step.state == "todo":
            return QCoreApplication.translate("Checklist", "not recorded")
        return (
            QCoreApplication.translate("Checklist", "{count} present").format(count=done)
            if done
            else QCoreApplication.translate("Checklist", "date or attendance missing")
        )
    if key == "decisions":
        return QCoreApplication.translate("Checklist", "{done} of {total} dossiers decided").format(
            done=done, total=total
        )
    if key == "minutes":
        return {
            "done": QCoreApplication.translate("Checklist", "written"),
            "started": QCoreApplication.translate(
                "Checklist", "to write again: a decision or the attendance changed since"
            ),
            "todo": QCoreApplication.translate("Checklist", "not written"),
        }[step.state]
    if key == "signatures":
        return (
            QCoreApplication.translate("Checklist", "signed, decisions locked")
            if step.state == "done"
            else QCoreApplication.translate("Checklist", "not signed")
        )
    return QCoreApplication.translate("Checklist", "{done} of {total} written").format(
        done=done, total=total
    )


def state_name(state: str) -> str:
    return {
        "done": QCoreApplication.translate("Checklist", "done"),
        "started": QCoreApplication.translate("Checklist", "in progress"),
        "todo": QCoreApplication.translate("Checklist", "to do"),
    }[state]


class ChecklistBox(QGroupBox):
    """One button per step of the checklist; ``step_chosen(key)`` when one is clicked."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QPushButton] = {}
        for key in KEYS:
            button = QPushButton(self)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, k=key: self.step_chosen.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.retranslate_ui()

    @property
    def checklist(self) -> Checklist | None:
        return self._checklist

    def set_checklist(self, checklist: Checklist | None) -> None:
        """Show ``checklist`` (None: no file open, the steps without their state)."""
        self._checklist = checklist
        following = checklist.next_step if checklist else None
        for number, key in enumerate(KEYS, 1):
            button = self.buttons[key]
            name = step_name(key)
            step = checklist.step(key) if checklist else None
            if step is None:
                button.setText(f"{number}. {name}")
                button.setAccessibleName(name)
            else:
                status = step_status(step)
                button.setText(f"{MARKS[step.state]}  {number}. {name} — {status}")
                button.setAccessibleName(f"{number}. {name}, {state_name(step.state)}: {status}")
            font = button.font()
            font.setBold(key == following)
            button.setFont(font)
            button.setEnabled(checklist is not None)
        if checklist is not None and following is None:
            self.intro.setText(
                QCoreApplication.translate(
                    "Checklist", "Every step is done: the edition is published."
                )
            )
        else:
            self.intro.setText(
                QCoreApplication.translate(
                    "Checklist", "From the edition to publication. Click a step to open its screen."
                )
            )

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("Checklist", "Where the edition stands"))
        self.set_checklist(self._checklist)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
