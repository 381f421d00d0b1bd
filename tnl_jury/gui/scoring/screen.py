"""The scoring screen (a tab of the main window): who is scoring, the dossier list, and side
by side the dossier as filed and the criteria to score.

Entering scoring mode (:meth:`ScoringScreen.start_scoring`) asks who is at the keyboard
(:class:`~tnl_jury.gui.scoring.member_chooser.MemberChooser`); the member's name stays at the
top, and "Change member" (Ctrl+M) is one action. Every change is recorded at once by
:class:`~tnl_jury.gui.scoring.recorder.ScoreRecorder`. The screen's actions (next/previous
dossier, next empty criterion, undo, redo, submit, compare, step aside) work from anywhere in
the screen and are also listed in the window's Scoring menu (see
:mod:`tnl_jury.gui.scoring.menu`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QWidget

from tnl_jury.gui.announce import announce
from tnl_jury.gui.scoring.criteria_panel import CriteriaPanel
from tnl_jury.gui.scoring.dossier_view import DossierView
from tnl_jury.gui.scoring.member_chooser import MemberChooser, Scorer
from tnl_jury.gui.scoring.recorder import ScoreRecorder
from tnl_jury.gui.scoring.screen_layout import ScreenLayout
from tnl_jury.gui.scoring.screen_navigation import ScreenNavigation
from tnl_jury.gui.scoring.screen_texts import ScreenTexts
from tnl_jury.gui.scoring.sheet_follower import SheetFollower
from tnl_jury.gui.scoring.status import SUBMITTED
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.scoring_view import (
        ScoringGrid,
        ScoringSheet,
    )
    from tnl_jury.services.views import AttachmentRow

log = logging.getLogger(__name__)

SPLITTER_KEY = "scoring/splitter"


class ScoringScreen(ScreenNavigation):
    """See the module's contract. The other screens learn of its writes from the window's
    change notice (``MainWindow.change_hub``); it follows the others' writes to the sheet it
    shows through :meth:`on_changes` (:mod:`~tnl_jury.gui.scoring.sheet_follower`)."""

    key = "scoring"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.recorder = ScoreRecorder(self, synchronous=window.runner.synchronous)
        self.scorer: Scorer | None = None
        self.grid: ScoringGrid | None = None
        self.sheet: ScoringSheet | None = None
        self.snapshot: FileSnapshot | None = None
        self._path: Path | None = None
        self._reload_pending = False
        self._then_next = False  # "submit and next dossier": move on once submitted
        self.viewer: QWidget | None = None

        self.ui = ScreenLayout(self)
        self.dossier_view: DossierView = self.ui.dossier_view
        self.criteria: CriteriaPanel = self.ui.criteria
        self.actions_: dict[str, QAction] = self.ui.actions
        self.texts = ScreenTexts(self)
        self.stack: QStackedWidget = self.ui.stack
        self.main_control = self.ui.main_control  # where the window puts the focus
        self.follower = SheetFollower(self)
        self._connect()
        self.texts.retranslate()
        self._update_state()

    def _connect(self) -> None:
        ui, recorder, criteria = self.ui, self.recorder, self.criteria
        ui.choose_button.clicked.connect(lambda _checked=False: self.choose_member())
        handlers = {
            "change_member": self.choose_member,
            "previous_dossier": lambda: self.move_dossier(-1),
            "next_dossier": lambda: self.move_dossier(+1),
            "next_empty": self.next_empty,
            "submit": self.submit,
            "submit_next": self.submit_and_next,
            "compare": self.compare,
            "recuse": self.step_aside,
            "reopen": self.reopen,
        }
        for key, handler in handlers.items():
            self.actions_[key].triggered.connect(lambda _c=False, h=handler: self._run(h))
        moves_on = self.actions_["score_moves_on"]
        moves_on.setCheckable(True)
        moves_on.setChecked(self.window_.settings.score_moves_on())
        moves_on.toggled.connect(self.window_.settings.set_score_moves_on)
        docked = self.actions_["attachments_docked"]
        docked.setCheckable(True)
        docked.setChecked(self.window_.settings.attachments_docked())
        docked.toggled.connect(self._dock_attachments)
        stack = recorder.undo_stack
        self.actions_["undo"].triggered.connect(lambda _c=False: self._run(stack.undo))
        self.actions_["redo"].triggered.connect(lambda _c=False: self._run(stack.redo))
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self.texts.show_undo)
        criteria.submit_button.clicked.connect(self.submit)
        criteria.score_requested.connect(self._score_requested)
        criteria.score_typed.connect(self._score_typed)
        criteria.comment_edited.connect(self._comment_edited)
        criteria.level_changed.connect(recorder.set_level)
        criteria.note_edited.connect(recorder.set_note)
        criteria.current_changed.connect(self.dossier_view.show_criterion)
        criteria.refused.connect(self.texts.say_refused)
        criteria.level_changed.connect(self.texts.say_level)
        recorder.state_changed.connect(criteria.show_state)
        recorder.state_changed.connect(self.texts.say_score)
        recorder.status_changed.connect(self._status_changed)
        recorder.write_failed.connect(self._write_failed)
        recorder.submitted.connect(self._submitted)
        recorder.submit_refused.connect(self._submit_refused)
        recorder.recused.connect(lambda _id: self.reload())
        recorder.reopened.connect(self._reopened)
        recorder.saver.idle_changed.connect(self.texts.show_saving)
        self.dossier_view.view_requested.connect(self.view_attachment)
        self.dossier_view.open_requested.connect(self.open_attachment)
        # Moving in the list (arrows, the filter) only selects: opening is explicit.
        ui.list_view.activated.connect(self._list_activated)
        ui.filter_bar.edit.returnPressed.connect(self._filter_entered)
        ui.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        state = self.window_.settings.qsettings.value(SPLITTER_KEY)
        if state is not None:
            ui.splitter.restoreState(state)
            ui.attachment_pane.hide()  # shown again with the next attachment viewed

    # FilePanel -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Scoring")

    def focus_filter(self) -> bool:
        if self.stack.currentIndex() != 1:
            return False
        self.ui.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_bar.edit.selectAll()
        return True

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        """A new file resets the screen; the same file read again refreshes the list."""
        self.snapshot = snapshot
        path = snapshot.path if snapshot is not None else None
        if path != self._path:
            self.flush()
            self.recorder.end()
            self._path, self.scorer, self.grid, self.sheet = path, None, None, None
            self.dossier_view.show_sheet(None)
            self.criteria.clear()
        self._fill_list()
        self._update_state()

    def on_changes(self, changes: Changes) -> None:
        """Another write may have changed the sheet shown: see :class:`SheetFollower`."""
        self.follower.on_changes(changes)

    # Entering and leaving ----------------------------------------------------------------

    def start_scoring(self, dossier_id: int | None = None) -> bool:
        """Show the screen; ask who scores if nobody chose yet; open ``dossier_id`` (or the
        dossier shown, or the first). False when scoring is not possible now."""
        window = self.window_
        if window.jury_file is None or self.snapshot is None:
            return False
        window.select_panel(self.key)
        if self.snapshot.read_only:
            self._update_state()
            return False
        if self.scorer is None:
            return self.choose_member(then=lambda: self._open_target(dossier_id))
        self._open_target(dossier_id)
        return True

    def _open_target(self, dossier_id: int | None) -> None:
        """Open ``dossier_id``, or the dossier shown, or the list's first."""
        target = dossier_id or (self.sheet.dossier.id if self.sheet else None)
        if target is None and self.snapshot is not None and self.snapshot.dossiers:
            target = self.ui.first_dossier_id()
        if target is not None:
            self.open_dossier(target)

    def choose_member(self, *, then: Callable[[], None] | None = None) -> bool:
        """Ask who is at the keyboard (a dialog); True when someone was chosen. The choice
        (and ``then``) takes effect as the dialog closes, before the window gets the focus
        back: the focus then goes straight to the screen's first criterion, not to the
        "Choose the member" button the dialog was opened from (hidden by then)."""
        from tnl_jury.services import members, scoring

        jury_file = self.window_.jury_file
        if jury_file is None or self.snapshot is None or self.snapshot.read_only:
            return False
        self.flush()
        dialog = MemberChooser(
            members.list_members(jury_file, include_inactive=False),
            scoring.member_progress_counts(jury_file),
            self.scorer,
            self,
        )
        chosen: list[Scorer] = []

        def closing(result: int) -> None:
            scorer = dialog.scorer() if result == QDialog.DialogCode.Accepted else None
            if scorer is not None and not chosen:
                chosen.append(scorer)
                self.set_scorer(scorer)
                if then is not None:
                    then()

        dialog.finished.connect(closing)
        self.exec_dialog(dialog)
        dialog.deleteLater()
        return bool(chosen)

    def set_scorer(self, scorer: Scorer) -> None:
        """From now on, every score typed is ``scorer``'s (the dossier shown is read again)."""
        self.flush()
        self.recorder.end()
        self.scorer = scorer
        self._fill_list()
        self.texts.show_scorer()
        if self.sheet is not None:
            self.open_dossier(self.sheet.dossier.id)
        self._update_state()

    def flush(self) -> None:
        """Save every comment typed and wait for the queued writes (before the file closes,
        the dossier changes or the file is read again)."""
        self.criteria.flush()
        self.recorder.flush()

    # Dossiers ------------------------------------------------------------------------------

    def open_dossier(self, dossier_id: int) -> None:
        """Show ``dossier_id`` for the scoring member, focus on its first empty criterion."""
        from tnl_jury.services.scoring_view import load_scoring_sheet, scoring_grid

        jury_file = self.window_.jury_file
        if jury_file is None or self.scorer is None:
            return
        self.flush()
        if self.grid is None:
            self.grid = scoring_grid(jury_file)
            self.criteria.set_grid(self.grid)
        try:
            sheet = load_scoring_sheet(jury_file, self.scorer.member_id, dossier_id)
        except Exception as exc:
            self.window_.report_error(exc, self.tr("Cannot open this dossier"))
            return
        self._show_sheet(sheet)
        self.ui.select_in_list(dossier_id)
        focus_on_scale = self.recorder.sheet is not None
        if focus_on_scale and not self.criteria.focus_next_empty(from_start=True):
            self.criteria.focus_criterion(self.criteria.order[0])
        announce(self.texts.dossier_opened(), self)  # after the focus moved: said last

    def reload(self) -> None:
        """Read the dossier shown again (after an error, or a recusal)."""
        self._reload_pending = False
        if self.sheet is not None:
            code = self.criteria.current_code()
            self.open_dossier(self.sheet.dossier.id)
            if code in self.criteria.rows and self.recorder.sheet is not None:
                self.criteria.focus_criterion(code)

    def show_sheet_again(self, sheet: ScoringSheet, *, dossier_too: bool) -> None:
        """Show ``sheet``, read again after another write; the dossier's text too only when
        ``dossier_too`` (its scroll stays otherwise). The focus is not moved."""
        self._show_sheet(sheet, dossier_too=dossier_too)

    def _show_sheet(self, sheet: ScoringSheet, *, dossier_too: bool = True) -> None:
        jury_file = self.window_.jury_file
        assert jury_file is not None and self.scorer is not None
        self.sheet = sheet
        editable = self.can_edit(sheet)
        if sheet.recusal_reason is None:
            self.recorder.begin(jury_file, self.scorer, sheet)
        else:
            self.recorder.end()
        self.criteria.show_states(sheet.scores)
        self.criteria.show_level(sheet.proposed_level, sheet.general_note)
        self.criteria.set_editable(editable)
        changed = set()
        if sheet.answers is not None:
            for domain in sheet.answers.domains:
                changed |= {c.code for c in domain.criteria if any(a.changed for a in c.answers)}
        self.criteria.set_changed_criteria(changed)
        if dossier_too:
            self.dossier_view.show_sheet(sheet)
        self.ui.list_model.set_status(sheet.dossier.id, self._sheet_status(sheet))
        self.texts.show_sheet()
        self._update_state()

    # Scoring ---------------------------------------------------------------------------------

    def _score_requested(self, code: str, value: int | None, no_opinion: bool) -> None:
        if not self.can_edit():
            return
        self.criteria.rows[code].flush_comment()
        self.recorder.set_score(code, value, no_opinion, self.texts.undo_text(code))
        if self.scorer is not None and self.scorer.paper:  # paper sheets: straight on
            self.criteria.focus_relative(code, +1)

    def _score_typed(self, code: str) -> None:
        """A digit (or "n") typed on a scale: on to the next criterion, unless the member
        turned "Move on after a score" off (paper sheets already moved on)."""
        paper = self.scorer is not None and self.scorer.paper
        if not paper and self.can_edit() and self.actions_["score_moves_on"].isChecked():
            self.criteria.focus_relative(code, +1)

    def _comment_edited(self, code: str, text: str) -> None:
        if self.can_edit():
            self.recorder.set_comment(code, text, self.texts.undo_comment_text(code))

    def next_empty(self) -> None:
        if self.recorder.sheet is None:
            return
        if not self.criteria.focus_next_empty():
            self.window_.statusBar().showMessage(self.texts.all_done(), 8000)
            announce(self.texts.all_done(), self)

    def submit(self) -> None:
        if not self.can_edit():
            return
        self._then_next = False
        self.criteria.flush()
        self.recorder.submit()

    def submit_and_next(self) -> None:
        """Submit, then open the next dossier of the list once the submission is recorded
        (a refusal stays on this dossier and says what is missing)."""
        if not self.can_edit():
            return
        self.criteria.flush()
        self._then_next = True
        self.recorder.submit()

    def reopen(self) -> None:
        """The member reopens the dossier they submitted, to change their scores (audited)."""
        if self.sheet is None or not self._can_change(self.sheet):
            return
        if self._status(self.sheet) == SUBMITTED:
            self.recorder.reopen()

    def _reopened(self, _dossier_id: int) -> None:
        self.criteria.set_editable(self.can_edit())
        self.texts.show_sheet()
        self._update_state()
        if not self.criteria.focus_next_empty(from_start=True):
            self.criteria.focus_criterion(self.criteria.order[0])

    def _submitted(self, _dossier_id: int) -> None:
        self.criteria.set_editable(False)  # read-only until reopened
        self._update_state()
        self.texts.show_sheet()
        said = self.texts.submitted()
        if self._then_next:
            self._then_next = False
            self.move_dossier(+1)
            said = f"{said} {self.texts.dossier_opened()}"
        self.window_.statusBar().showMessage(said, 8000)
        announce(said, self, settle=True)  # after the sheet's events

    def _submit_refused(self, exc: BaseException) -> None:
        self._then_next = False
        self.window_.report_error(exc, self.tr("Cannot submit yet"))
        self.criteria.focus_next_empty(from_start=True)

    def _status_changed(self, dossier_id: int, status: str) -> None:
        self.ui.list_model.set_status(dossier_id, status)
        if self.sheet is not None and self.sheet.dossier.id == dossier_id:
            self.texts.show_sheet()

    def _write_failed(self, exc: BaseException) -> None:
        self.texts.show_not_saved()
        if self._reload_pending:
            return  # one message for a burst of refused writes
        self._reload_pending = True
        announce(self.texts.not_saved(), self, assertive=True)
        self.window_.report_error(exc, self.tr("This change was not saved"))
        QTimer.singleShot(0, self.reload)  # not from inside the undo stack's push

    def step_aside(self) -> None:
        """ "Je me déporte": the member steps aside for this dossier, with a reason."""
        if self.sheet is None or self.scorer is None or not self.can_edit():
            return
        reason = self.ask_text(self.texts.recuse_title(), self.texts.recuse_question())
        if reason is None:
            return
        if not reason.strip():
            self.window_.show_message(
                QMessageBox.Icon.Warning,
                self.texts.recuse_title(),
                self.texts.recuse_needs_reason(),
            )
            return
        self.criteria.flush()
        self.recorder.recuse(reason.strip())

    def compare(self) -> None:
        """The comparison view of the dossier shown (imported on first use)."""
        from tnl_jury.gui.scoring.comparison import open_comparison

        if self.sheet is None:
            return
        self.flush()
        # The secretariat typing a paper sheet sees everything; a member, what blindness lets.
        viewer = None if self.scorer is None or self.scorer.paper else self.scorer.member_id
        open_comparison(self.window_, self.sheet.dossier.id, viewer)

    # Attachments ---------------------------------------------------------------------------

    def view_attachment(self, row: AttachmentRow) -> None:
        from tnl_jury.gui.scoring.attachments import view_attachment

        view_attachment(self, row)

    def open_attachment(self, row: AttachmentRow) -> None:
        from tnl_jury.gui.scoring.attachments import open_attachment

        open_attachment(self, row)

    # State -------------------------------------------------------------------------------

    def _run(self, handler: object) -> None:
        self.window_.select_panel(self.key)
        if callable(handler):
            handler()

    def _dock_attachments(self, docked: bool) -> None:
        """Remember where attachments open; the one shown closes (it opens again where
        asked with the next "View")."""
        self.window_.settings.set_attachments_docked(docked)
        viewer, self.viewer = self.viewer, None
        if viewer is not None:
            viewer.close()
        self.ui.attachment_pane.hide()

    def _save_splitter(self) -> None:
        self.window_.settings.qsettings.setValue(SPLITTER_KEY, self.ui.splitter.saveState())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.retranslate()
        super().changeEvent(event)
