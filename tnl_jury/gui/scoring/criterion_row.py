"""One criterion on the scoring screen: its title and help, the scale, the chosen step's
meaning and a comment box.

The comment is saved (``comment_edited``) when the box loses the focus, and after a short
pause in the typing, so that a crash loses at most the last second of typing; the screen also
calls :meth:`CriterionRow.flush_comment` before it changes dossier or the file closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain import limits
from tnl_jury.gui.accessibility.names import set_name, set_text
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.scoring.score_selector import ScoreSelector
from tnl_jury.gui.scoring.status import CHANGED_COLOUR, TEXT_ON_COLOUR
from tnl_jury.gui.text_limits import limit_plain_text

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import CriterionView

COMMENT_PAUSE_MS = 800
CURRENT_MARK = "▶"


class CommentEdit(QPlainTextEdit):
    """A plain-text box where Tab moves the focus on (it never types a tab)."""

    focus_entered = Signal()
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        limit_plain_text(self, limits.COMMENT)  # the same limit for general notes
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.focus_entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.focus_left.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        super().changeEvent(event)


class CriterionRow(QFrame):
    """A criterion's row. ``comment_edited(code, text)`` when the comment should be saved;
    ``entered(code)`` when the focus comes into the row."""

    comment_edited = Signal(str, str)
    entered = Signal(str)

    def __init__(self, criterion: CriterionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.code = criterion.code
        self.current = False
        self.saved_comment = ""
        self._loading = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.marker = PlainLabel(self)
        self.marker.setFixedWidth(self.fontMetrics().horizontalAdvance(CURRENT_MARK) + 6)
        self.title = PlainLabel(f"{criterion.code} — {criterion.label}", self)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.changed_label = PlainLabel(self)
        self.changed_label.setAutoFillBackground(True)
        palette = self.changed_label.palette()
        palette.setColor(self.changed_label.backgroundRole(), CHANGED_COLOUR)
        palette.setColor(self.changed_label.foregroundRole(), TEXT_ON_COLOUR)
        self.changed_label.setPalette(palette)
        self.changed_label.hide()
        self.status = PlainLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.help = PlainLabel(criterion.help_text, self)
        self.help.setWordWrap(True)
        self.help.setVisible(bool(criterion.help_text))
        self.selector = ScoreSelector(criterion, self)
        self.meaning = PlainLabel(self)
        self.meaning.setWordWrap(True)
        self.comment_label = PlainLabel(self)
        self.comment = CommentEdit(self)
        self.comment_label.setBuddy(self.comment)

        header = QHBoxLayout()
        header.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        header.addWidget(self.changed_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.help)
        layout.addWidget(self.selector)
        layout.addWidget(self.meaning)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(COMMENT_PAUSE_MS)
        self._pause.timeout.connect(self.flush_comment)
        self.comment.textChanged.connect(self._comment_typed)
        self.comment.focus_left.connect(self.flush_comment)
        self.comment.focus_entered.connect(lambda: self.entered.emit(self.code))
        self.selector.focus_entered.connect(lambda: self.entered.emit(self.code))
        self.retranslate_ui()

    # State ----------------------------------------------------------------------------

    def show_state(self, value: int | None, no_opinion: bool, comment: str) -> None:
        """Show a recorded state (nothing is saved)."""
        self.selector.set_state(value, no_opinion)
        if comment != self.comment.toPlainText():
            self._loading = True
            try:
                self.comment.setPlainText(comment)
            finally:
                self._loading = False
        self.saved_comment = comment
        self._pause.stop()
        self._show_choice()

    def set_editable(self, editable: bool) -> None:
        self.selector.set_editable(editable)
        self.comment.setReadOnly(not editable)

    def set_answers_changed(self, changed: bool) -> None:
        self.changed_label.setVisible(changed)

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.marker.setText(CURRENT_MARK if current else "")
            self.update()

    def flush_comment(self) -> None:
        """Save the comment now if it differs from the recorded one."""
        self._pause.stop()
        text = self.comment.toPlainText()
        if text != self.saved_comment and not self.comment.isReadOnly():
            self.comment_edited.emit(self.code, text)

    def _comment_typed(self) -> None:
        if not self._loading:
            self._pause.start()

    def _show_choice(self) -> None:
        state = self.selector.state_text()
        set_text(self.status, state)  # unchanged: no event for screen readers
        set_name(self.status, self.tr("Score: {state}").format(state=state))
        step = self.criterion.step(self.selector.value)
        if self.selector.no_opinion:
            text = self.tr("No opinion: this criterion is left out of your average.")
        elif step is None:
            text = ""
        else:
            text = f"{step.label}\u00a0: {step.description}" if step.description else step.label
        set_text(self.meaning, text)
        self.meaning.setVisible(bool(text))

    # Look -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.current:  # the row being worked on: a frame, beside the ▶ mark
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()

    def retranslate_ui(self) -> None:
        self.changed_label.setText(" " + self.tr("⚠ Answers changed") + " ")
        self.changed_label.setToolTip(
            self.tr("A re-import changed answers of this criterion after scoring had started.")
        )
        self.changed_label.setAccessibleName(self.changed_label.toolTip())
        self.help.setAccessibleName(self.tr("Help for {code}").format(code=self.code))
        # Screen readers read a field by its label: the label names the criterion too.
        self.comment_label.setText(self.tr("Comment on {code}:").format(code=self.code))
        self.comment.setAccessibleName(
            self.tr("Comment on {code}: {label}").format(code=self.code, label=self.criterion.label)
        )
        self.comment.setAccessibleDescription(
            self.tr("Your remarks on this criterion; saved as you type. Tab goes on.")
        )
        self.comment.setPlaceholderText(self.tr("Your remarks (optional)"))
        self.marker.setAccessibleName(self.tr("Current criterion"))
        self.selector.retranslate_ui()
        self._show_choice()
