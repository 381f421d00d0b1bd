"""The right half of the scoring screen: the current domain's criteria, then the proposed
level and the general note.

Domains are pages (a tab bar names each with how many of its criteria are done). The
keyboard goes from criterion to criterion across pages: Up/Down/Enter on a scale, and Tab
(scale, comment, next scale…), the page following the focus. The panel only shows states and
reports requests (``score_requested``, ``comment_edited``, ``level_changed``,
``note_edited``); the screen records them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.scoring.criterion_row import COMMENT_PAUSE_MS, CommentEdit, CriterionRow

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import ScoreState, ScoringGrid


class CriteriaPanel(QWidget):
    """See the module's contract. ``current_changed(code)`` follows the focused criterion."""

    score_requested = Signal(str, object, bool)  # code, value or None, no opinion
    score_typed = Signal(str)  # code: its score was typed (see ScoreSelector.typed)
    comment_edited = Signal(str, str)
    level_changed = Signal(object)  # int or None
    note_edited = Signal(str)
    current_changed = Signal(str)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: ScoringGrid | None = None
        self.rows: dict[str, CriterionRow] = {}
        self.order: list[str] = []
        self._page_of: dict[str, int] = {}
        self._scrolls: list[QScrollArea] = []
        self._current = ""
        self._saved_note = ""
        self._loading = False

        self.domains = QTabBar(self)
        self.domains.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the criteria take the keyboard
        self.domains.setExpanding(False)
        self.domain_text = QLabel(self)
        self.domain_text.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.level_label = PlainLabel(self)
        self.level = QComboBox(self)
        self.level_label.setBuddy(self.level)
        self.note_label = PlainLabel(self)
        self.note = CommentEdit(self)
        self.note_label.setBuddy(self.note)
        self.submit_button = QPushButton(self)
        self.submit_button.setAutoDefault(False)
        bottom = QFormLayout()
        bottom.addRow(self.level_label, self.level)
        bottom.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.domains)
        layout.addWidget(self.domain_text)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.submit_button)

        self._note_pause = QTimer(self)
        self._note_pause.setSingleShot(True)
        self._note_pause.setInterval(COMMENT_PAUSE_MS)
        self._note_pause.timeout.connect(self.flush_note)
        self.note.textChanged.connect(lambda: None if self._loading else self._note_pause.start())
        self.note.focus_left.connect(self.flush_note)
        self.domains.currentChanged.connect(self._domain_chosen)
        self.level.activated.connect(self._level_chosen)
        self.retranslate_ui()

    # Building -------------------------------------------------------------------------

    def set_grid(self, grid: ScoringGrid) -> None:
        """Build one row per criterion (once per jury file)."""
        self.grid = grid
        while self.domains.count():
            self.domains.removeTab(0)
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        self.rows.clear()
        self.order.clear()
        self._page_of.clear()
        self._scrolls.clear()
        for index, domain in enumerate(grid.domains):
            scroll = QScrollArea(self.pages)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            content = QWidget(scroll)
            column = QVBoxLayout(content)
            for criterion in domain.criteria:
                row = CriterionRow(criterion, content)
                row.selector.score_requested.connect(
                    lambda v, n, c=criterion.code: self.score_requested.emit(c, v, n)
                )
                row.selector.move_requested.connect(
                    lambda d, c=criterion.code: self.focus_relative(c, d)
                )
                row.selector.typed.connect(lambda c=criterion.code: self.score_typed.emit(c))
                row.selector.refused.connect(self.refused)
                row.comment_edited.connect(self.comment_edited)
                row.entered.connect(self._entered)
                column.addWidget(row)
                self.rows[criterion.code] = row
                self.order.append(criterion.code)
                self._page_of[criterion.code] = index
            column.addStretch(1)
            scroll.setWidget(content)
            self.pages.addWidget(scroll)
            self._scrolls.append(scroll)
            self.domains.addTab(domain.code)
        self._fill_levels()
        if self.order:  # after the last criterion: the level, the note, Submit
            QWidget.setTabOrder(self.rows[self.order[-1]].comment, self.level)
        QWidget.setTabOrder(self.level, self.note)
        QWidget.setTabOrder(self.note, self.submit_button)
        self.update_counts()

    def clear(self) -> None:
        """No grid, no rows (the jury file closed or changed)."""
        from tnl_jury.services.scoring_view import ScoringGrid

        self.set_grid(ScoringGrid((), ()))
        self.grid = None
        self._current = ""

    def _fill_levels(self) -> None:
        self.level.clear()
        self.level.addItem(self.tr("— not proposed —"), None)
        self.level.addItem(self.tr("0 — not labelled"), 0)
        for level in self.grid.levels if self.grid else ():
            self.level.addItem(f"{level.level} — {level.name}", level.level)

    # Showing ----------------------------------------------------------------------------

    def show_state(self, code: str, state: ScoreState) -> None:
        self.rows[code].show_state(state.value, state.no_opinion, state.comment)
        self.update_counts()

    def show_states(self, states: Mapping[str, ScoreState]) -> None:
        """Show a whole sheet's states (criteria absent from ``states`` are not scored)."""
        from tnl_jury.services.scoring_view import ScoreState

        for code, row in self.rows.items():
            state = states.get(code, ScoreState())
            row.show_state(state.value, state.no_opinion, state.comment)
        self.update_counts()

    def show_level(self, level: int | None, note: str) -> None:
        self._loading = True
        try:
            self.level.setCurrentIndex(max(0, self.level.findData(level)))
            if note != self.note.toPlainText():
                self.note.setPlainText(note)
        finally:
            self._loading = False
        self._saved_note = note

    def set_editable(self, editable: bool) -> None:
        for row in self.rows.values():
            row.set_editable(editable)
        self.level.setEnabled(editable)
        self.note.setReadOnly(not editable)

    def set_changed_criteria(self, codes: set[str]) -> None:
        for code, row in self.rows.items():
            row.set_answers_changed(code in codes)

    def update_counts(self) -> None:
        """Each domain's tab says how many of its criteria have a score or "no opinion"."""
        if self.grid is None:
            return
        for index, domain in enumerate(self.grid.domains):
            done = sum(1 for c in domain.criteria if self._filled(c.code))
            total = len(domain.criteria)
            mark = "✓ " if done == total else ""
            self.domains.setTabText(index, f"{mark}{domain.code} {done}/{total}")
            self.domains.setTabToolTip(
                index,
                self.tr("{name}: {done} of {total} criteria done").format(
                    name=domain.name, done=done, total=total
                ),
            )

    def _filled(self, code: str) -> bool:
        selector = self.rows[code].selector
        return selector.value is not None or selector.no_opinion

    def empty_codes(self) -> list[str]:
        return [code for code in self.order if not self._filled(code)]

    # Focus ----------------------------------------------------------------------------

    def current_code(self) -> str:
        return self._current

    def focus_criterion(self, code: str, *, comment: bool = False) -> None:
        """Show the criterion's page and put the focus on its scale (or its comment)."""
        row = self.rows[code]
        page = self._page_of[code]
        target = row.comment if comment else row.selector
        focused = QApplication.focusWidget()
        page_widget = self.pages.widget(page)
        if (
            self.pages.currentIndex() != page
            and focused is not None
            and self.isAncestorOf(focused)
            and page_widget is not None
        ):
            # Show the page and focus the target before the old page hides: a focused widget
            # being hidden sends the focus elsewhere first, and a screen reader says it.
            page_widget.show()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.domains.setCurrentIndex(page)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._entered(code)

    def focus_relative(self, code: str, delta: int) -> None:
        index = self.order.index(code) + delta
        if 0 <= index < len(self.order):
            self.focus_criterion(self.order[index])
        elif index >= len(self.order):
            self.level.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_next_empty(self, *, from_start: bool = False) -> bool:
        """Go to the first criterion without a score after the current one (wrapping), or
        the very first one with ``from_start``. The current criterion itself counts when it
        is empty and the keyboard focus is elsewhere (in the dossier, the list…)."""
        empty = self.empty_codes()
        if not empty:
            return False
        start = -1
        if not from_start and self._current in self.order:
            start = self.order.index(self._current)
            row = self.rows.get(self._current)
            focus = QApplication.focusWidget()
            inside = (
                row is not None and focus is not None and (focus is row or row.isAncestorOf(focus))
            )
            if self._current in empty and not inside:
                start -= 1  # F8 from elsewhere: the current empty criterion is the next one
        later = [c for c in empty if self.order.index(c) > start]
        self.focus_criterion((later or empty)[0])
        return True

    def _entered(self, code: str) -> None:
        row = self.rows.get(code)
        if row is None:
            # A row of the grid being replaced (another jury file opened): it may still take
            # the focus on its way out, before deleteLater() removes it.
            return
        if code != self._current and self._current in self.rows:
            self.rows[self._current].set_current(False)
        self._current = code
        row.set_current(True)
        page = self._page_of[code]
        if self.domains.currentIndex() != page:
            self.domains.setCurrentIndex(page)
        focused = QApplication.focusWidget()
        target = focused if focused is not None and row.isAncestorOf(focused) else row.selector
        self._scrolls[page].ensureWidgetVisible(row.title, 10, 10)
        self._scrolls[page].ensureWidgetVisible(target, 10, 10)
        self.current_changed.emit(code)

    def _domain_chosen(self, index: int) -> None:
        grid = self.grid
        if grid is None or not 0 <= index < min(self.pages.count(), len(grid.domains)):
            return  # a grid being replaced
        self.pages.setCurrentIndex(index)
        domain = grid.domains[index]
        self.domain_text.setText(
            f"<b>{html.escape(domain.name)}</b> — {html.escape(domain.description)}"
        )
        # A domain chosen with the mouse while working on another: its first criterion.
        focused = QApplication.focusWidget()
        if (
            domain.criteria
            and self._page_of.get(self._current) != index
            and focused is not None
            and self.isAncestorOf(focused)
        ):
            self.focus_criterion(domain.criteria[0].code)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab past the last comment of a domain goes on to the next domain's first
        criterion (and Shift+Tab back), instead of leaving the criteria."""
        focused = self.focusWidget()
        code = self._current
        if code in self.rows and focused is not None:
            row = self.rows[code]
            index = self.order.index(code)
            page = self._page_of[code]
            if next and focused is row.comment and index + 1 < len(self.order):
                following = self.order[index + 1]
                if self._page_of[following] != page:
                    self.focus_criterion(following)
                    return True
            if not next and focused is self.level:
                self.focus_criterion(self.order[-1], comment=True)
                return True
            if not next and focused is row.selector and index > 0:
                previous = self.order[index - 1]
                if self._page_of[previous] != page:
                    self.focus_criterion(previous, comment=True)
                    return True
        return super().focusNextPrevChild(next)

    # Edits ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Report every comment and the note typed but not yet saved."""
        for row in self.rows.values():
            row.flush_comment()
        self.flush_note()

    def note_unsaved(self) -> bool:
        """Whether the general note holds typing not saved yet."""
        return self.note.toPlainText() != self._saved_note

    def flush_note(self) -> None:
        self._note_pause.stop()
        text = self.note.toPlainText()
        if text != self._saved_note and not self.note.isReadOnly():
            self._saved_note = text
            self.note_edited.emit(text)

    def _level_chosen(self, _index: int) -> None:
        if not self._loading:
            self.level_changed.emit(self.level.currentData())

    def retranslate_ui(self) -> None:
        self.level_label.setText(self.tr("Proposed &level:"))
        self.level.setAccessibleName(self.tr("Proposed level"))
        self.level.view().setAccessibleName(self.tr("Levels"))
        self.level.setAccessibleDescription(
            self.tr("The label level you propose for this dossier, from 0 to 5.")
        )
        self.note_label.setText(self.tr("General &note:"))
        self.note.setAccessibleName(self.tr("General note"))
        self.note.setAccessibleDescription(
            self.tr("Your overall remarks on the dossier; saved as you type.")
        )
        self.domains.setAccessibleName(self.tr("Domains of the grid"))
        self.domains.setAccessibleDescription(
            self.tr("Each domain with how many of its criteria have a score.")
        )
        self.domain_text.setAccessibleName(self.tr("Current domain"))
        current = self.level.currentIndex()
        if self.grid is not None:
            self._fill_levels()
            self.level.setCurrentIndex(current)
        for row in self.rows.values():
            row.retranslate_ui()
        self.update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
