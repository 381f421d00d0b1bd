"""Recording what the member does on the scoring screen: every change is written at once.

:class:`ScoreRecorder` holds the state of the sheet being scored (one member, one dossier),
the undo stack of the member's changes and the ordered write queue. A score or a comment
becomes a :class:`~tnl_jury.gui.scoring.undo.ScoreCommand`; doing or undoing it shows the
new state at once (``state_changed``) and queues one
:func:`~tnl_jury.services.scores.set_score` call, its own transaction. The level, the general
note, submitting and stepping aside are queued the same way, after the scores typed before
them. A write that fails (a locked decision, a member who stepped aside elsewhere…) is
reported with ``write_failed``: the screen shows the error and reads the sheet again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.gui.scoring.saver import SaveQueue
from tnl_jury.gui.scoring.status import IN_PROGRESS, NOT_STARTED, RECUSED, SUBMITTED
from tnl_jury.gui.scoring.undo import ScoreCommand

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import ScoreState, ScoringSheet
    from tnl_jury.storage.jury_file import JuryFile

T = TypeVar("T")  # what a queued write returns, handed to its callback


class ScoreRecorder(QObject):
    """See the module's contract."""

    state_changed = Signal(str, object)  # criterion code, ScoreState
    status_changed = Signal(int, str)  # dossier id, new status
    write_failed = Signal(object)  # the exception
    submitted = Signal(int)  # dossier id
    submit_refused = Signal(object)  # the RuleError naming the missing criteria
    recused = Signal(int)  # dossier id
    reopened = Signal(int)  # dossier id

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.saver = SaveQueue(self, synchronous=synchronous)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.jury_file: JuryFile | None = None
        self.scorer: Scorer | None = None
        self.sheet: ScoringSheet | None = None
        self.states: dict[str, ScoreState] = {}
        self.level: int | None = None
        self.note = ""
        self.status: str = NOT_STARTED  # a ProgressStatus value, as the services return it

    # Context ----------------------------------------------------------------------------

    def begin(self, jury_file: JuryFile, scorer: Scorer, sheet: ScoringSheet) -> None:
        """Record changes for ``scorer`` on ``sheet`` from now on (the undo stack restarts)."""
        self.flush()
        self.undo_stack.clear()
        self.jury_file, self.scorer, self.sheet = jury_file, scorer, sheet
        self.states = dict(sheet.scores)
        self.level, self.note, self.status = sheet.proposed_level, sheet.general_note, sheet.status

    def end(self) -> None:
        """Finish the pending writes and forget the sheet."""
        self.flush()
        self.undo_stack.clear()
        self.jury_file = self.scorer = self.sheet = None
        self.states = {}

    def flush(self) -> None:
        """Wait for every queued write (before reading the file again or closing it)."""
        self.saver.flush()

    def state(self, code: str) -> ScoreState:
        from tnl_jury.services.scoring_view import ScoreState

        return self.states.get(code, ScoreState())

    # Changes ----------------------------------------------------------------------------

    def set_score(self, code: str, value: int | None, no_opinion: bool, text: str) -> None:
        before = self.state(code)
        after = replace(before, value=value, no_opinion=no_opinion)
        if after != before:
            self.undo_stack.push(ScoreCommand(self._write, code, before, after, text))

    def set_comment(self, code: str, comment: str, text: str) -> None:
        before = self.state(code)
        after = replace(before, comment=comment)
        if after != before:
            self.undo_stack.push(ScoreCommand(self._write, code, before, after, text))

    def _write(self, code: str, state: ScoreState, replaced: ScoreState) -> None:
        """Show ``state`` and queue its write (``ScoreCommand`` calls this)."""
        from tnl_jury.services import scores

        self.states[code] = state
        self.state_changed.emit(code, state)
        comment = state.comment if state.comment != replaced.comment else None
        self._queue(
            lambda jf, mid, did, entered_by: scores.set_score(
                jf,
                mid,
                did,
                code,
                state.value,
                no_opinion=state.no_opinion,
                comment=comment,
                entered_by=entered_by,
            ),
            started=True,
        )

    def set_level(self, level: int | None) -> None:
        from tnl_jury.services import scores

        self.level = level
        note = self.note
        self._queue(
            lambda jf, mid, did, _by: scores.set_proposed_level(jf, mid, did, level, note),
            started=True,
        )

    def set_note(self, note: str) -> None:
        from tnl_jury.services import scores

        self.note = note
        level = self.level
        self._queue(
            lambda jf, mid, did, _by: scores.set_proposed_level(jf, mid, did, level, note),
            started=True,
        )

    def submit(self) -> None:
        """Queue "submit"; ``submitted`` or ``submit_refused`` tells the outcome."""
        from tnl_jury.services import scoring

        if self.sheet is None:
            return
        dossier_id = self.sheet.dossier.id

        def done(_result: object) -> None:
            self.undo_stack.clear()  # a submitted dossier is read-only until reopened
            self.status = SUBMITTED
            self.status_changed.emit(dossier_id, SUBMITTED)
            self.submitted.emit(dossier_id)

        self._queue(
            lambda jf, mid, did, _by: scoring.submit(jf, mid, did),
            on_result=done,
            on_error=self.submit_refused.emit,
        )

    def reopen(self) -> None:
        """Queue the member's reopening of the dossier they submitted (audited)."""
        from tnl_jury.services import scoring

        if self.sheet is None:
            return
        dossier_id = self.sheet.dossier.id

        def done(_result: object) -> None:
            self.status = IN_PROGRESS
            self.status_changed.emit(dossier_id, IN_PROGRESS)
            self.reopened.emit(dossier_id)

        self._queue(lambda jf, mid, did, _by: scoring.reopen(jf, mid, did), on_result=done)

    def recuse(self, reason: str) -> None:
        """Queue the member's recusal from this dossier (audited by the service)."""
        from tnl_jury.services import members

        if self.sheet is None:
            return
        dossier_id = self.sheet.dossier.id

        def done(_result: object) -> None:
            self.undo_stack.clear()
            self.status_changed.emit(dossier_id, RECUSED)
            self.recused.emit(dossier_id)

        self._queue(lambda jf, mid, did, _by: members.recuse(jf, mid, did, reason), on_result=done)

    # Internals --------------------------------------------------------------------------

    def _queue(
        self,
        call: Callable[[JuryFile, int, int, str | None], T],
        *,
        started: bool = False,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self.jury_file is None or self.scorer is None or self.sheet is None:
            return
        # Bound now: the write must go to this member and dossier, whatever comes next.
        jury_file, scorer, dossier_id = self.jury_file, self.scorer, self.sheet.dossier.id

        def result(value: T) -> None:
            # The service says where the member now stands (a ScoreRow's progress_status, or
            # the status set_proposed_level returns): the rule lives there only.
            status = getattr(value, "progress_status", value) if started else None
            if isinstance(status, str) and status and status != self.status:
                self.status = status
                self.status_changed.emit(dossier_id, status)
            if on_result is not None:
                on_result(value)

        self.saver.submit(
            lambda: call(jury_file, scorer.member_id, dossier_id, scorer.entered_by),
            on_result=result,
            on_error=on_error or self.write_failed.emit,
        )
