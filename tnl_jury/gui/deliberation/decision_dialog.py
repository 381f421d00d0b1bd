"""The jury's decision on one dossier: the level, the vote, the motivation and the
recommendations, pre-filled with a draft; recorded by
:func:`tnl_jury.services.deliberation.record_decision`, whose refusal is shown inline.

A decision is recorded only by the explicit "Record the decision" button, under a recap of
what it will record (level, votes, casting vote): Enter in a field moves to the next field
instead of pressing a default button, so a vote typed in a number box is never recorded by
the Enter that ends it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain import limits
from tnl_jury.domain.errors import UserError
from tnl_jury.domain.meeting import Ballot, count_vote
from tnl_jury.gui.announce import announce
from tnl_jury.gui.deliberation.results_model import (
    french,
    gauge_text,
    level_text,
    proposed_reason,
)
from tnl_jury.gui.errors import describe
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.text_limits import limit_plain_text

if TYPE_CHECKING:
    from tnl_jury.services.deliberation_view import DecisionContext

MAX_LEVEL = 5


@dataclass(frozen=True)
class DecisionRequest:
    """The arguments of ``record_decision`` for one dossier."""

    dossier_id: int
    level: int
    votes_for: int
    votes_against: int
    abstentions: int
    motivation: str
    recommendations: str
    president_ballot: Ballot | None


# record(request, on_success, on_refusal): runs the service (off the GUI thread) and calls back
Recorder = Callable[
    [DecisionRequest, Callable[[object], None], Callable[[BaseException], None]], None
]


class DecisionDialog(QDialog):
    """Accepted once the decision is recorded; a refusal stays in the form, explained."""

    def __init__(
        self,
        context: DecisionContext,
        record: Recorder,
        report_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._record = record
        self._report_error = report_error
        self.outcome: object | None = None
        self._pending_recap = ""
        self.recorded = ""  # the recap of what was recorded, once it is
        r = context.results
        eligible = len(context.voters.eligible)
        self.setWindowTitle(self.tr("Decision — {number}").format(number=r.ds_number))

        heading = PlainLabel(f"{r.ds_number} — {r.candidate_name}", self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.summary = PlainLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("Proposed by the rules: {reason}").format(reason=proposed_reason(r))
            + "\n"
            + self.tr("Majority judgment of the members: {gauge}").format(
                gauge=gauge_text(r.majority)
            )
        )
        q = context.meeting.quorum
        self.quorum_label = PlainLabel(
            ("✔ " if q.reached else "⚠ ") + (q.statement_fr() if french() else q.statement_en()),
            self,
        )
        self.quorum_label.setWordWrap(True)
        self.voters_label = PlainLabel(self)
        self.voters_label.setWordWrap(True)
        names = context.member_names
        voters_text = self.tr(
            "%n member(s) entitled to vote (present with a deliberative vote, not recused).",
            "",
            eligible,
        )
        if context.voters.recused:
            recused = ", ".join(names.get(mid, str(mid)) for mid in context.voters.recused)
            voters_text += "\n" + self.tr("Recused, cannot vote on this dossier: {names}").format(
                names=recused
            )
        self.voters_label.setText(voters_text)

        self.level_combo = QComboBox(self)
        for level in range(MAX_LEVEL + 1):
            name = context.level_names.get(level) or level_text(level)
            self.level_combo.addItem(f"{level} — {name}" if level else name, level)
        self.for_spin, self.against_spin, self.abstain_spin = (QSpinBox(self) for _ in range(3))
        for spin in (self.for_spin, self.against_spin, self.abstain_spin):
            spin.setRange(0, eligible)
        self.tally_label = PlainLabel(self)
        self.tally_label.setWordWrap(True)
        self.ballot_combo = QComboBox(self)
        self.ballot_combo.addItem(self.tr("— (no casting vote)"), None)
        self.ballot_combo.addItem(self.tr("For"), Ballot.FOR)
        self.ballot_combo.addItem(self.tr("Against"), Ballot.AGAINST)
        self.ballot_combo.addItem(self.tr("Abstains"), Ballot.ABSTAIN)
        self.motivation_edit = QPlainTextEdit(self)
        self.recommendations_edit = QPlainTextEdit(self)
        limit_plain_text(self.motivation_edit, limits.MOTIVATION)
        limit_plain_text(self.recommendations_edit, limits.MOTIVATION)
        for edit in (self.motivation_edit, self.recommendations_edit):
            edit.setTabChangesFocus(True)

        decision = r.decision
        level = decision.level if decision and not decision.locked else context.draft.level
        self.level_combo.setCurrentIndex(self.level_combo.findData(level))
        self.motivation_edit.setPlainText(
            decision.motivation if decision else context.draft.motivation
        )
        self.recommendations_edit.setPlainText(
            decision.recommendations if decision else context.draft.recommendations
        )

        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Level:"), self.level_combo, self.tr("Level decided")),
            (self.tr("Votes &for:"), self.for_spin, self.tr("Votes for")),
            (self.tr("Votes a&gainst:"), self.against_spin, self.tr("Votes against")),
            (self.tr("A&bstentions:"), self.abstain_spin, self.tr("Abstentions")),
            (
                self.tr("&President's ballot (decides a tie):"),
                self.ballot_combo,
                self.tr("The president's ballot, which decides a tie"),
            ),
            (self.tr("&Motivation (required):"), self.motivation_edit, self.tr("Motivation")),
            (
                self.tr("&Recommendations to the candidate:"),
                self.recommendations_edit,
                self.tr("Recommendations to the candidate"),
            ),
        ]
        for text, field, name in rows:
            label = PlainLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)
            if field is self.abstain_spin:
                form.addRow("", self.tally_label)
        self.motivation_edit.setAccessibleDescription(
            self.tr("A draft built from the domain scores and the members' notes; edit it.")
        )
        self.recommendations_edit.setAccessibleDescription(
            self.tr("The avenues for progress sent to the candidate; a draft to edit.")
        )

        self.error_frame = QFrame(self)
        self.error_frame.setFrameShape(QFrame.Shape.StyledPanel)
        icon = PlainLabel(self.error_frame)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.error_label = PlainLabel(self.error_frame)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        error_layout = QHBoxLayout(self.error_frame)
        error_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        error_layout.addWidget(self.error_label, 1)
        self.error_frame.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = QPushButton(self.tr("Record the &decision"), self)
        # No default button: Enter in a vote box must not record (see keyPressEvent).
        self.record_button.setAutoDefault(False)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.recap_label = PlainLabel(self)
        self.recap_label.setWordWrap(True)
        font = self.recap_label.font()
        font.setBold(True)
        self.recap_label.setFont(font)
        self.record_button.setAccessibleName(self.tr("Record the decision"))
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.voters_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_frame)
        # The recap on the buttons' line: what the button records, read beside it (and not
        # under the announcement strip, which shows just above that line).
        bottom = QHBoxLayout()
        bottom.addWidget(self.recap_label, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        for spin in (self.for_spin, self.against_spin, self.abstain_spin):
            spin.valueChanged.connect(self._update_tally)
        self.level_combo.currentIndexChanged.connect(self._update_recap)
        self.ballot_combo.currentIndexChanged.connect(self._update_recap)
        self._update_tally()
        self.resize(720, 760)
        self.level_combo.setFocus()

    # State -------------------------------------------------------------------------------

    def set_votes(self, votes_for: int, against: int, abstentions: int) -> None:
        self.for_spin.setValue(votes_for)
        self.against_spin.setValue(against)
        self.abstain_spin.setValue(abstentions)

    def set_level(self, level: int) -> None:
        self.level_combo.setCurrentIndex(self.level_combo.findData(level))

    def set_president_ballot(self, ballot: Ballot | None) -> None:
        self.ballot_combo.setCurrentIndex(self.ballot_combo.findData(ballot))

    def request(self) -> DecisionRequest:
        ballot = self.ballot_combo.currentData() if self.ballot_combo.isEnabled() else None
        return DecisionRequest(
            dossier_id=self.context.results.dossier_id,
            level=int(self.level_combo.currentData()),
            votes_for=self.for_spin.value(),
            votes_against=self.against_spin.value(),
            abstentions=self.abstain_spin.value(),
            motivation=self.motivation_edit.toPlainText(),
            recommendations=self.recommendations_edit.toPlainText(),
            president_ballot=Ballot(ballot) if ballot else None,
        )

    def recap(self) -> str:
        """What "Record the decision" will record: level, votes and casting vote."""
        return self.recap_of(self.request())

    def recap_of(self, request: DecisionRequest) -> str:
        level = level_text(request.level)
        name = self.context.level_names.get(request.level)
        if request.level and name:  # the grid's name, with the number when it lacks it
            level = name if str(request.level) in name else f"{level} ({name})"
        votes = self.tr("{votes_for} for, {against} against, {abstentions} abstentions").format(
            votes_for=request.votes_for,
            against=request.votes_against,
            abstentions=request.abstentions,
        )
        ballot = {
            None: self.tr("no casting vote"),
            Ballot.FOR: self.tr("the president's casting vote for"),
            Ballot.AGAINST: self.tr("the president's casting vote against"),
            Ballot.ABSTAIN: self.tr("the president abstains"),
        }[request.president_ballot]
        return self.tr("{level} — {votes}; {ballot}").format(
            level=level, votes=votes, ballot=ballot
        )

    def _update_recap(self) -> None:
        text = self.tr("Will be recorded: {recap}.").format(recap=self.recap())
        self.recap_label.setText(text)
        self.record_button.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter moves to the next field; only a button (Record, Cancel) acts on Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _tie_can_be_decided(self) -> bool:
        return (
            self.context.casting_vote
            and self.context.voters.president_present
            and self.for_spin.value() == self.against_spin.value()
            and self.for_spin.value() > 0
        )

    def _update_tally(self) -> None:
        votes_for, against = self.for_spin.value(), self.against_spin.value()
        abstentions = self.abstain_spin.value()
        eligible = len(self.context.voters.eligible)
        total = votes_for + against + abstentions
        tie = self._tie_can_be_decided()
        self.ballot_combo.setEnabled(tie)
        if total == 0:
            text = self.tr("No vote entered yet.")
        elif total > eligible:
            text = self.tr("⚠ {total} votes for {eligible} members entitled to vote.").format(
                total=total, eligible=eligible
            )
        else:
            ballot = self.ballot_combo.currentData() if tie else None
            result = count_vote(
                votes_for,
                against,
                abstentions,
                eligible,
                president_ballot=Ballot(ballot) if ballot else None,
                casting_vote=self.context.casting_vote,
            )
            if result.adopted and result.by_casting_vote:
                text = self.tr("Adopted by the president's casting vote.")
            elif result.adopted:
                text = self.tr("Adopted: a majority of the votes cast.")
            elif tie:
                text = self.tr("Tie: the president's ballot decides.")
            else:
                text = self.tr("Not adopted: it needs a majority of the votes cast.")
        changed = text != self.tally_label.text()
        self._update_recap()
        self.tally_label.setText(text)
        self.tally_label.setAccessibleName(text)
        if changed and self.isVisible():  # the vote's outcome, said as it changes
            announce(text, self)

    # Recording ---------------------------------------------------------------------------

    def submit(self) -> None:
        """Ask the service to record the decision; accept on success, explain a refusal."""
        self._update_tally()
        self.error_frame.hide()
        self.record_button.setEnabled(False)
        request = self.request()
        self._pending_recap = self.recap_of(request)
        self._record(request, self._recorded, self._refused)

    def _recorded(self, outcome: object) -> None:
        self.outcome = outcome
        self.recorded = self._pending_recap
        self.record_button.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        if not isinstance(exc, UserError):
            self._report_error(exc)
            return
        text = self.tr("Not recorded: {reason}").format(reason=describe(exc).text)
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_frame.show()
        self.error_label.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(text, self, assertive=True)

    def refusal(self) -> str:
        """The refusal shown, or an empty text."""
        return self.error_label.text() if self.error_frame.isVisibleTo(self) else ""
