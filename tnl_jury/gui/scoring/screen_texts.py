"""Every text of the scoring screen, set again on a language change (``ScreenTexts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from tnl_jury.gui.announce import announce
from tnl_jury.gui.scoring.status import SUBMITTED, status_text, status_words

if TYPE_CHECKING:
    from tnl_jury.gui.scoring.screen import ScoringScreen


class ScreenTexts(QObject):
    """Sets the screen's texts, accessible names and descriptions; gives its messages."""

    def __init__(self, screen: ScoringScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ui = screen.ui
        self.keys_said = False  # the scale's keys were said (dossier_opened)

    def retranslate(self) -> None:
        ui = self.ui
        texts = {
            "change_member": (
                self.tr("&Change member…"),
                self.tr("Choose who is at the keyboard (Ctrl+M)"),
            ),
            "previous_dossier": (
                self.tr("&Previous dossier"),
                self.tr("Score the previous dossier of the list (Alt+Page Up)"),
            ),
            "next_dossier": (
                self.tr("&Next dossier"),
                self.tr("Score the next dossier of the list (Alt+Page Down)"),
            ),
            "next_empty": (
                self.tr("Next &empty criterion"),
                self.tr("Go to the next criterion without a score or “no opinion” (F8)"),
            ),
            "undo": (None, self.tr("Undo your last change on this dossier (Ctrl+Z)")),
            "redo": (None, self.tr("Redo the change you undid (Ctrl+Shift+Z)")),
            "submit": (
                self.tr("&Submit my scores"),
                self.tr(
                    "Check that every criterion has a score or “no opinion”, then submit "
                    "(Ctrl+Enter)"
                ),
            ),
            "submit_next": (
                self.tr("Submit and go to the ne&xt dossier"),
                self.tr("Submit my scores, then open the next dossier (Ctrl+Shift+Enter)"),
            ),
            "score_moves_on": (
                self.tr("&Move on after a score"),
                self.tr(
                    "A digit typed on a criterion's scale gives the score and moves to the "
                    "next criterion"
                ),
            ),
            "attachments_docked": (
                self.tr("Attachments &beside the criteria"),
                self.tr(
                    "Show an attachment in a pane beside the criteria (its width is "
                    "remembered) rather than in a window of its own"
                ),
            ),
            "reopen": (
                self.tr("&Reopen to change my scores"),
                self.tr(
                    "Your submitted scores are read-only: reopen the dossier to change them "
                    "(recorded in the audit trail), then submit again"
                ),
            ),
            "compare": (
                self.tr("C&ompare"),
                self.tr("Every member’s scores for this dossier, side by side (F9)"),
            ),
            "recuse": (
                self.tr("Step &aside…"),
                self.tr(
                    "Declare a conflict of interest: you will not score this dossier (the "
                    "reason appears in the minutes)"
                ),
            ),
        }
        for key, (text, tip) in texts.items():
            action = self.ui.actions[key]
            if text is not None:
                action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            button = ui.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
                button.setAccessibleDescription(tip)
        self.show_undo()
        submit = self.screen.criteria.submit_button
        submit.setText(self.tr("Submit my scores (Ctrl+Enter)"))
        submit.setAccessibleName(self.tr("Submit my scores"))
        submit.setAccessibleDescription(texts["submit"][1])
        ui.toolbar.setAccessibleName(self.tr("Scoring actions"))
        ui.choose_button.setText(self.tr("&Choose the member…"))
        ui.choose_button.setAccessibleDescription(self.tr("Who is at the keyboard (Ctrl+M)"))
        ui.change_button.setText(self.tr("C&hange member…"))
        ui.change_button.setAccessibleName(self.tr("Change member"))
        ui.change_button.setAccessibleDescription(self.tr("Choose who is at the keyboard (Ctrl+M)"))
        ui.list_view.setAccessibleName(self.tr("Dossiers to score"))
        ui.list_view.setAccessibleDescription(
            self.tr(
                "Every dossier with your status on it. Enter or a double-click opens the "
                "selected one for scoring."
            )
        )
        ui.splitter.setAccessibleName(self.tr("Dossier list, dossier and criteria"))
        ui.save_label.setAccessibleName(self.tr("Save status"))
        ui.status_label.setAccessibleName(self.tr("Your status on this dossier"))
        self.ui.list_model.retranslate()
        self.show_scorer()
        self.show_sheet()
        self.show_state()
        self.show_saving(self.screen.recorder.saver.pending == 0)

    # What the screen shows ------------------------------------------------------------------

    def show_state(self) -> None:
        """The message page: why scoring cannot start (no file, read-only, nobody chosen)."""
        screen, ui = self.screen, self.ui
        snapshot = screen.snapshot
        if snapshot is None:
            text = self.tr("Open a jury file to score its dossiers.")
        elif snapshot.read_only:
            text = self.tr(
                "Scoring is disabled: this jury file is open read-only, because another "
                "tnl-jury window already has it. Score in that window, or close the file there "
                "and open it again here."
            )
        else:
            text = self.tr(
                "Who is at the keyboard? Choose the jury member who is scoring: every score "
                "typed here is recorded as theirs."
            )
        ui.message.setText(text)
        ui.message.setAccessibleName(text)
        ui.choose_button.setVisible(snapshot is not None and not snapshot.read_only)

    def show_scorer(self) -> None:
        scorer = self.screen.scorer
        if scorer is None:
            text = ""
        elif scorer.paper:
            text = self.tr("Paper sheet of {name} — typed by the secretariat ({user})").format(
                name=scorer.name, user=scorer.typist
            )
        else:
            text = self.tr("Scoring as: {name}").format(name=scorer.name)
        self.ui.member_label.setText(text)
        self.ui.member_label.setAccessibleName(text)

    def show_sheet(self) -> None:
        """The member's status on the dossier, and the notice saying why it cannot change."""
        screen, ui = self.screen, self.ui
        sheet, scorer = screen.sheet, screen.scorer
        if sheet is None or scorer is None:
            ui.status_label.clear()
            ui.notice.hide()
            return
        status = "recused" if sheet.recusal_reason is not None else screen.recorder.status
        ui.status_label.setText(
            self.tr("This dossier: {status}").format(status=status_text(status))
        )
        notice = ""
        if sheet.recusal_reason is not None:
            notice = self.tr(
                "{name} stepped aside for this dossier (reason: “{reason}”): they cannot score it."
            ).format(name=sheet.member_name, reason=sheet.recusal_reason)
        elif sheet.locked:
            notice = self.tr(
                "The jury’s decision on this dossier is locked: its scores can no longer change."
            )
        elif not sheet.member_active:
            notice = self.tr(
                "{name} is no longer an active member of the jury: their scores cannot change."
            ).format(name=sheet.member_name)
        elif status == SUBMITTED:
            notice = self.tr(
                "Your scores on this dossier are submitted: they are read-only. To change "
                "them, reopen the dossier (Scoring menu, “Reopen to change my scores”)."
            )
        ui.notice_text.setText(notice)
        ui.notice_text.setAccessibleName(notice)
        ui.notice.setVisible(bool(notice))

    def show_undo(self, *_args: object) -> None:
        """ "Undo score of STRAT-1", "Redo comment on DATA-2"…"""
        stack = self.screen.recorder.undo_stack
        if not shiboken6.isValid(stack):  # the screen is being destroyed
            return
        undo, redo = self.ui.actions["undo"], self.ui.actions["redo"]
        what = stack.undoText()
        undo.setText(self.tr("&Undo {what}").format(what=what) if what else self.tr("&Undo"))
        what = stack.redoText()
        redo.setText(self.tr("&Redo {what}").format(what=what) if what else self.tr("&Redo"))
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        for action in (undo, redo):
            button = self.ui.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))

    def show_saving(self, idle: bool) -> None:
        label = self.ui.save_label
        if idle:
            label.setText("✓ " + self.tr("Saved"))
        else:
            label.setText("… " + self.tr("Saving"))
        label.setAccessibleDescription(label.text())

    def show_not_saved(self) -> None:
        self.ui.save_label.setText("⚠ " + self.tr("Not saved"))

    # Messages -----------------------------------------------------------------------------

    def undo_text(self, code: str) -> str:
        return self.tr("score of {code}").format(code=code)

    def undo_comment_text(self, code: str) -> str:
        return self.tr("comment on {code}").format(code=code)

    def all_done(self) -> str:
        return self.tr("Every criterion has a score or “no opinion”: you can submit (Ctrl+Enter).")

    def dossier_opened(self) -> str:
        """What a screen reader says once a dossier opens: which one, and where the member
        stands on it ("Dossier 18000777 — Ville de …, not started"); the first one said in
        this window goes on with the scale's keys (no longer read at every criterion)."""
        sheet = self.screen.sheet
        if sheet is None:
            return ""
        recorder = self.screen.recorder
        status = recorder.status if recorder.sheet is sheet else sheet.status
        if sheet.recusal_reason is not None:
            status = "recused"
        words = status_words(status)
        words = words[:1].lower() + words[1:]
        said = self.tr("Dossier {number} — {candidate}, {status}").format(
            number=sheet.dossier.ds_number, candidate=sheet.dossier.candidate_name, status=words
        )
        rows = self.screen.criteria.rows
        if not self.keys_said and rows:  # the scale's keys, once a session (F1 lists them)
            self.keys_said = True
            said = f"{said}. {next(iter(rows.values())).selector.keys_text()}"
        return said

    def not_saved(self) -> str:
        return self.tr(
            "Your last change was NOT saved. The dossier is read again from the file: check "
            "your score."
        )

    def say_refused(self, text: str) -> None:
        """A key the scale refuses (a digit off the scale, a read-only scale): shown in the
        status bar and announced."""
        self.screen.window_.statusBar().showMessage(text, 5000)
        announce(text, self.screen, assertive=True)

    def say_score(self, code: str, _state: object) -> None:
        """A score recorded on the scale that has the focus: its words announced ("2 —
        Ciblé"; Orca 43 says only the number of a slider's value)."""
        row = self.screen.criteria.rows.get(code)
        if row is not None and row.selector.hasFocus():
            announce(row.selector.state_text(), self.screen)

    def say_level(self, _level: object) -> None:
        """The member chose a proposed level: announced ("Proposed level: 3 — …")."""
        level = self.screen.criteria.level.currentText()
        announce(self.tr("Proposed level: {level}").format(level=level), self.screen)

    def submitted(self) -> str:
        """What a submission did: which dossier, how many scores, which proposed level."""
        sheet = self.screen.sheet
        number = sheet.dossier.ds_number if sheet else ""
        criteria = self.screen.criteria
        if criteria.level.currentData() is None:  # no level proposed: say so plainly
            return self.tr(
                "Dossier {number} submitted: your scores on %n criteria are transmitted to "
                "the jury, without a proposed level.",
                "",
                len(criteria.order),
            ).format(number=number)
        return self.tr(
            "Dossier {number} submitted: your scores on %n criteria and your proposed level "
            "({level}) are transmitted to the jury.",
            "",
            len(criteria.order),
        ).format(number=number, level=criteria.level.currentText())

    def recuse_title(self) -> str:
        return self.tr("Step aside for this dossier")

    def recuse_question(self) -> str:
        sheet = self.screen.sheet
        number = sheet.dossier.ds_number if sheet else ""
        candidate = sheet.dossier.candidate_name if sheet else ""
        return self.tr(
            "Why do you step aside for dossier {number} ({candidate})? You will not score it; "
            "the reason appears in the minutes."
        ).format(number=number, candidate=candidate)

    def recuse_needs_reason(self) -> str:
        return self.tr("A reason is needed: it appears in the minutes.")
