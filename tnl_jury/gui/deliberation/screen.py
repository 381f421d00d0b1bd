"""The Deliberation screen: the tab's results recomputed off the GUI thread, the menu, the
meeting, the decisions, closing and reopening, the candidate's answers; the presentation mode
and the projector view come from :class:`~tnl_jury.gui.deliberation.room.RoomWindows`.

Every service call runs through the window's task helper. A full recompute
(:func:`~tnl_jury.services.results.compute_results`) follows each new snapshot of the file
(opening, F5) without blocking the window. Every later write, typed here, on the scoring
screen or brought by a ballot, reaches :meth:`DeliberationScreen.on_changes`: only the dossiers
it names are recomputed (``compute_results(jf, ids)``), the detail (and the room's windows)
follow when the selected dossier is one of them; the selection and the scroll stay. Dialogs
are shown through :meth:`DeliberationScreen.exec_dialog` and questions through
:meth:`ask_confirmation` and :meth:`ask_reason`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from tnl_jury.domain.changes import Kind
from tnl_jury.domain.errors import (
    QT_TRANSLATE_NOOP,  # returns str (PySide6's says object)
    RuleError,
    UserError,
)
from tnl_jury.gui.announce import announce
from tnl_jury.gui.deliberation.panel import DeliberationPanel
from tnl_jury.gui.deliberation.room import RoomWindows
from tnl_jury.gui.plain_text import message_box
from tnl_jury.gui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.deliberation.decision_dialog import DecisionRequest
    from tnl_jury.gui.deliberation.meeting_dialog import MeetingRequest
    from tnl_jury.gui.deliberation.presentation import PresentationWindow
    from tnl_jury.gui.deliberation.projector import ProjectorWindow
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot
    from tnl_jury.services import deliberation
    from tnl_jury.storage.jury_file import JuryFile

T = TypeVar("T")
_CONTEXT = "DeliberationFeature"


def _t(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(_CONTEXT, source)


class DeliberationScreen(RoomWindows, QObject):
    """The deliberation screen of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("deliberation_feature")
        self.window = window
        self.panel = DeliberationPanel(window)
        self.presentation: PresentationWindow | None = None
        self.projector: ProjectorWindow | None = None
        self._generation = 0  # results of an older recompute are dropped
        self._recompute: Task[Any] | None = None
        self._detail_for = 0
        self._partial = 0  # partial recomputes asked for so far
        self._latest: dict[int, int] = {}  # dossier → newest partial recompute asked for it
        window.add_panel(self.panel)

        ui = window.ui
        entries: list[tuple[str, str, Callable[[], object], str | None]] = [
            ("show", QT_TRANSLATE_NOOP("DeliberationFeature", "&Show the results"), self.show_tab,
             "Ctrl+Shift+R"),
            ("meeting", QT_TRANSLATE_NOOP("DeliberationFeature", "&Meeting…"), self.edit_meeting,
             "Ctrl+Shift+M"),
            ("decide", QT_TRANSLATE_NOOP("DeliberationFeature", "&Decide on the dossier…"),
             self.decide_current, "Ctrl+Shift+D"),
            ("close", QT_TRANSLATE_NOOP("DeliberationFeature", "&Close the meeting…"),
             self.close_meeting, None),
            ("reopen", QT_TRANSLATE_NOOP("DeliberationFeature", "&Reopen the decision…"),
             self.reopen_current, None),
            ("presentation", QT_TRANSLATE_NOOP("DeliberationFeature", "&Presentation mode"),
             self.show_presentation, "Ctrl+Shift+P"),
            ("projector", QT_TRANSLATE_NOOP("DeliberationFeature", "Pro&jector view"),
             self.show_projector, "Ctrl+Shift+J"),
        ]  # fmt: skip
        for name, text, slot, shortcut in entries:
            key = f"deliberation_{name}"
            ui.add("deliberation", key, _t(text), slot, shortcut=shortcut)
        self.actions = {k: a for k, a in ui.actions.items() if k.startswith("deliberation_")}

        self.panel.selected.connect(self._load_detail)
        self.panel.meeting_requested.connect(self.edit_meeting)
        self.panel.decide_requested.connect(self.decide)
        self.panel.close_requested.connect(self.close_meeting)
        self.panel.reopen_requested.connect(self.reopen)
        self.panel.presentation_requested.connect(self.show_presentation)
        self.panel.projector_requested.connect(self.show_projector)
        self.panel.detail.answers_requested.connect(self.show_answers)
        window.file_changed.connect(self._file_changed)
        self._update_actions(window.snapshot)

    # Hooks that tests replace --------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def ask_confirmation(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = message_box(QMessageBox.Icon.Question, title, text, self.window, buttons)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal)
        return text if ok else None

    # Results -------------------------------------------------------------------------------

    def _submit(
        self,
        work: Callable[[JuryFile], T],
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task[T] | None:
        """Run ``work(jury_file)`` on a worker; results for a file since closed are dropped."""
        jury_file = self.window.jury_file
        if jury_file is None:
            return None

        def delivered(value: T) -> None:
            if jury_file is self.window.jury_file:
                on_result(value)

        def failed(exc: BaseException) -> None:
            if jury_file is self.window.jury_file:
                (on_error or self._report)(exc)

        return self.window.runner.submit(
            lambda _ctx: work(jury_file), name="deliberation", on_result=delivered, on_error=failed
        )

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # a refusal, in the interface's language
            self.window.report_error(
                exc, QCoreApplication.translate("DeliberationFeature", "Cannot do this")
            )
        else:
            self.window.report_error(exc)

    def recompute(self) -> None:
        """Recompute every dossier's results and the meeting, without blocking the window."""
        from tnl_jury.services import deliberation
        from tnl_jury.services.results import compute_results

        jury_file = self.window.jury_file
        if jury_file is None:
            return
        if self._recompute is not None and self._recompute.is_running():
            self._recompute.cancel()
        self._generation += 1
        generation = self._generation

        def work(ctx: TaskContext) -> tuple[Any, Any]:
            meeting = deliberation.get_meeting(jury_file)
            ctx.raise_if_cancelled()
            return compute_results(jury_file), meeting

        def done(value: tuple[Any, Any]) -> None:
            if generation == self._generation and jury_file is self.window.jury_file:
                results, meeting = value
                self.panel.set_results(results)
                self.panel.set_meeting(meeting)
                self._load_detail(self.panel.current_dossier_id() or 0)

        def finished() -> None:
            if generation == self._generation:
                self.panel.set_busy(False)

        self.panel.set_busy(True)
        self._recompute = self.window.runner.submit(
            work,
            name="deliberation results",
            on_result=done,
            on_error=lambda exc: self._report(exc) if jury_file is self.window.jury_file else None,
            on_finished=finished,
        )

    def recompute_dossiers(self, dossier_ids: list[int], *, meeting: bool = False) -> None:
        """Recompute only these dossiers (and the meeting's state when asked); the selection,
        the sorting and the scroll stay. A dossier's result older than one asked for since is
        dropped (recomputes may finish out of order)."""

        from tnl_jury.services import deliberation
        from tnl_jury.services.results import compute_results

        self._partial += 1
        generation = self._partial
        for dossier_id in dossier_ids:
            self._latest[dossier_id] = generation

        def work(jf: JuryFile) -> tuple[Any, Any]:
            results = compute_results(jf, dossier_ids) if dossier_ids else []
            return results, (deliberation.get_meeting(jf) if meeting else None)

        def done(value: tuple[Any, Any]) -> None:
            results, info = value
            fresh = [r for r in results if self._latest.get(r.dossier_id) == generation]
            self.panel.update_results(fresh)
            if info is not None:
                self.panel.set_meeting(info)
            current = self.panel.current_dossier_id()
            if current is not None and current in {r.dossier_id for r in fresh}:
                self._load_detail(current)

        self._submit(work, done)

    def on_changes(self, changes: Changes) -> None:
        """Follow a write to the file (see the module's docstring): every dossier's results
        when the grid, the settings or the jury changed or when the write does not say which
        dossiers; otherwise only the dossiers named; the meeting when it or a decision
        changed. A full recompute still running started before this write: it starts again."""
        if self.window.jury_file is None or not changes.results:
            return
        running = self._recompute is not None and self._recompute.is_running()
        if changes.results_of_all or running:
            self.recompute()
            return
        self.recompute_dossiers(
            sorted(changes.dossier_ids or ()), meeting=changes.touches(Kind.MEETING, Kind.DECISIONS)
        )

    def _file_changed(self, snapshot: FileSnapshot | None) -> None:
        self._update_actions(snapshot)
        if snapshot is None:
            self._generation += 1
            if self._recompute is not None:
                self._recompute.cancel()
            if self.presentation is not None:
                self.presentation.close()
            if self.projector is not None:
                self.projector.close()
            return
        self.recompute()

    def _update_actions(self, snapshot: FileSnapshot | None) -> None:
        writable = snapshot is not None and not snapshot.read_only
        for key, action in self.actions.items():
            action.setEnabled(snapshot is not None and (writable or key in {
                "deliberation_show", "deliberation_presentation",
                "deliberation_projector"}))  # fmt: skip

    def _load_detail(self, dossier_id: int) -> None:
        from tnl_jury.services.deliberation_view import dossier_view

        self._detail_for = dossier_id
        if not dossier_id:
            self._show_detail(None)
            return
        self._submit(
            lambda jf: dossier_view(jf, dossier_id),
            lambda view: self._show_detail(view) if self._detail_for == dossier_id else None,
        )

    def _show_detail(self, view: Any) -> None:
        self.panel.detail.show_view(view)
        if self.presentation is not None:
            self.presentation.detail.show_view(view)
        if self.projector is not None:
            self.projector.show_view(view)

    # Actions -------------------------------------------------------------------------------

    def show_tab(self) -> None:
        self.window.select_panel(self.panel.key)
        self.panel.view.setFocus()

    def edit_meeting(self) -> None:
        from tnl_jury.services import deliberation

        snapshot = self.window.snapshot
        if snapshot is None or snapshot.read_only:
            return
        self._submit(deliberation.get_meeting, lambda info: self._meeting_dialog(snapshot, info))

    def _meeting_dialog(self, snapshot: FileSnapshot, info: Any) -> None:
        from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(snapshot.members, info, self.window)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.closed:
                return
            request = dialog.request()
        finally:
            dialog.deleteLater()
        self._submit(
            lambda jf: _record_meeting(jf, request),
            lambda meeting: self._meeting_recorded(meeting),
        )

    def _meeting_recorded(self, meeting: Any) -> None:
        self.panel.set_meeting(meeting)
        text = QCoreApplication.translate("DeliberationFeature", "The meeting is recorded.")
        quorum = self.panel.meeting_label.text()
        self.window.statusBar().showMessage(text, 5000)
        announce(f"{text} {quorum}".strip(), self.window, settle=True)

    def decide_current(self) -> None:
        dossier_id = self.panel.current_dossier_id()
        if dossier_id is not None and self.panel.decide_button.isEnabled():
            self.decide(dossier_id)
        elif dossier_id is None:  # said, not silently ignored
            announce(
                QCoreApplication.translate(
                    "DeliberationFeature",
                    "Choose a dossier in the list first (arrows), then decide on it.",
                ),
                self.window,
            )

    def decide(self, dossier_id: int) -> None:
        """Open the decision form of ``dossier_id`` (its context read off the GUI thread)."""
        from tnl_jury.services.deliberation_view import decision_context

        self._submit(lambda jf: decision_context(jf, dossier_id), self._decision_dialog)

    def _decision_dialog(self, context: Any) -> None:
        from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog

        def record(
            request: DecisionRequest,
            on_success: Callable[[object], None],
            on_refusal: Callable[[BaseException], None],
        ) -> None:
            self._submit(lambda jf: _record_decision(jf, request), on_success, on_refusal)

        dialog = DecisionDialog(context, record, self.window.report_error, self.window)
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            recorded = accepted and dialog.outcome is not None
        finally:
            dialog.deleteLater()
        if recorded:
            text = QCoreApplication.translate(
                "DeliberationFeature", "Decision recorded for dossier {number}: {recap}."
            ).format(number=context.results.ds_number, recap=dialog.recorded)
            self.window.statusBar().showMessage(text, 15000)
            announce(text, self.window, settle=True)  # after the table's updates

    def close_meeting(self) -> None:
        from tnl_jury.services import deliberation

        if self.window.jury_file is None or not self.panel.close_button.isEnabled():
            return
        decided = [r.dossier_id for r in self.panel.model.rows() if r.status == "decided"]
        pending = sum(1 for r in self.panel.model.rows() if r.decision is None)
        text = QCoreApplication.translate(
            "DeliberationFeature",
            "Close the meeting? Its {decided} decision(s) will be locked: changing one will "
            "need a reason, recorded in the audit log. {pending} dossier(s) have no decision.",
        ).format(decided=len(decided), pending=pending)
        if not self.ask_confirmation(
            QCoreApplication.translate("DeliberationFeature", "Close the meeting"), text
        ):
            return
        self._submit(
            deliberation.close_meeting,
            self._closed,
        )

    def _closed(self, locked: int) -> None:
        text = QCoreApplication.translate(
            "DeliberationFeature", "The meeting is closed; {count} decision(s) locked."
        ).format(count=locked)
        self.window.statusBar().showMessage(text, 5000)
        announce(text, self.window)

    def reopen_current(self) -> None:
        dossier_id = self.panel.current_dossier_id()
        if dossier_id is not None and self.panel.reopen_button.isEnabled():
            self.reopen(dossier_id)

    def reopen(self, dossier_id: int) -> None:
        """Unlock a decision after asking why (the reason goes to the audit log)."""
        from tnl_jury.services import deliberation

        result = self.panel.model.result(dossier_id)
        number = result.ds_number if result else str(dossier_id)
        reason = self.ask_reason(
            QCoreApplication.translate("DeliberationFeature", "Reopen the decision"),
            QCoreApplication.translate(
                "DeliberationFeature",
                "Why reopen the decision on dossier {number}? (recorded in the audit log)",
            ).format(number=number),
        )
        if reason is None:
            return
        if not reason.strip():  # the service's own refusal, said without a round trip
            self.window.report_error(
                RuleError(QT_TRANSLATE_NOOP("Errors", "reopening a decision needs a reason")),
                QCoreApplication.translate("DeliberationFeature", "Reopen the decision"),
            )
            return
        self._submit(
            lambda jf: deliberation.reopen_decision(jf, dossier_id, reason),
            lambda _none: None,  # the change notice brings the dossier's new state
        )

    def show_answers(self, dossier_id: int) -> None:
        from tnl_jury.services.dossier_answers import answers_by_criterion

        result = self.panel.model.result(dossier_id)
        title = f"{result.ds_number} — {result.candidate_name}" if result else str(dossier_id)
        self._submit(
            lambda jf: answers_by_criterion(jf, dossier_id),
            lambda answers: self._answers_dialog(answers, title),
        )

    def _answers_dialog(self, answers: Any, title: str) -> None:
        from tnl_jury.gui.deliberation.answers import AnswersDialog

        dialog = AnswersDialog(answers, title, self.window)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()


def _record_meeting(jury_file: JuryFile, request: MeetingRequest) -> deliberation.MeetingInfo:
    from tnl_jury.services import deliberation

    return deliberation.record_meeting(
        jury_file,
        held_on=request.held_on,
        place=request.place,
        quorum_rule=request.quorum_rule,
        president_id=request.president_id,
        secretary_id=request.secretary_id,
        presence=request.presence,
    )


def _record_decision(jury_file: JuryFile, request: DecisionRequest) -> object:
    from tnl_jury.services import deliberation

    return deliberation.record_decision(
        jury_file,
        request.dossier_id,
        request.level,
        votes_for=request.votes_for,
        votes_against=request.votes_against,
        abstentions=request.abstentions,
        motivation=request.motivation,
        recommendations=request.recommendations,
        president_ballot=request.president_ballot,
    )
