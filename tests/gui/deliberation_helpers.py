"""Shared steps of the deliberation GUI tests: open the tab, drive the dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.deliberation.screen import DeliberationScreen
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.services.results import DossierResults


def open_deliberation(window: MainWindow, path: Path) -> DeliberationScreen:
    window.open_file(path)
    feature: DeliberationScreen = window.deliberation
    assert window.select_panel(feature.panel.key)
    return feature


def shown_rows(feature: DeliberationScreen) -> list[DossierResults]:
    proxy = feature.panel.proxy
    return [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]


def cell(feature: DeliberationScreen, dossier_id: int, column: ResultsColumn) -> str:
    model = feature.panel.model
    row = model.row_of(dossier_id)
    assert row is not None
    return str(model.index(row, column).data())


class Dialogs:
    """Replaces ``feature.exec_dialog``: each dialog shown is handed to the step given for
    its class, then its result is returned as ``exec()`` would. Keeps the dialogs seen."""

    def __init__(self, feature: DeliberationScreen) -> None:
        self.seen: list[QDialog] = []
        self.steps: dict[type, Callable[[QDialog], None]] = {}
        feature.exec_dialog = self.run  # type: ignore[method-assign]

    def run(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        step = self.steps.get(type(dialog))
        if step is None:
            dialog.reject()
        else:
            step(dialog)
        return dialog.result()

    def last(self, kind: type) -> QDialog:
        return next(d for d in reversed(self.seen) if isinstance(d, kind))


def attend(
    feature: DeliberationScreen, dialogs: Dialogs, present: set[int] | None = None
) -> MeetingDialog:
    """Record the meeting through its dialog, with ``present`` (None: everybody) present."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.place_edit.setText("Montpellier")
        if present is None:
            dialog.set_all_present(True)
        else:
            for member in dialog.members:
                dialog.set_present(member.id, member.id in present)
        dialog.accept()

    dialogs.steps[MeetingDialog] = fill
    feature.edit_meeting()
    meeting = dialogs.last(MeetingDialog)
    assert isinstance(meeting, MeetingDialog)
    return meeting


def vote(
    votes_for: int, against: int, abstentions: int, **extra: object
) -> Callable[[QDialog], None]:
    """A step for the decision dialog: enter the votes (and level, ballot), click Record."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        if "level" in extra:
            dialog.set_level(int(extra["level"]))  # type: ignore[call-overload]
        dialog.set_votes(votes_for, against, abstentions)
        if "ballot" in extra:
            dialog.set_president_ballot(extra["ballot"])  # type: ignore[arg-type]
        dialog.record_button.click()

    return fill
