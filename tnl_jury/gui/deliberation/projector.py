"""The projector view: one dossier at a time, for the room, on a second screen.

A top-level window the deliberation view drives: whatever dossier is selected there is shown
here (:meth:`ProjectorWindow.show_view`), nothing is chosen here. From the back of the room one
reads the candidate's full name, the proposed level and why, the decision once taken, and sees
the jury's opinion as three charts (:mod:`tnl_jury.domain.charts`, drawn by
:mod:`tnl_jury.gui.charts`): the merit profile of the proposed levels, the scores against the
level thresholds, the members' values per criterion (anonymous).

Type: the system font scaled (no fixed size), white on black around white chart panels. Keys:
F11 full screen, Esc closes, Page Down / Page Up ask the deliberation view for the next or
previous dossier (``step_requested(+1 / -1)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from tnl_jury.gui.charts import ChartWidget, chart_words
from tnl_jury.gui.deliberation.presentation import high_contrast_palette, presentation_font
from tnl_jury.gui.deliberation.results_model import (
    decision_tooltip,
    french,
    level_text,
    proposed_reason,
)
from tnl_jury.gui.plain_text import PlainLabel

if TYPE_CHECKING:
    from tnl_jury.services.deliberation_view import DeliberationView

HEADING_SCALE = 1.5  # the candidate's name, over the presentation font


class ProjectorWindow(QWidget):
    """Shows one :class:`DeliberationView` for the room; ``step_requested(±1)`` on Page Down/Up."""

    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._view: DeliberationView | None = None
        self.setFont(presentation_font())
        self.setPalette(high_contrast_palette())
        self.setAutoFillBackground(True)
        self.heading = PlainLabel(self)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        if heading_font.pointSizeF() > 0:
            heading_font.setPointSizeF(heading_font.pointSizeF() * HEADING_SCALE)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.identity = PlainLabel(self)
        self.proposed = PlainLabel(self)
        self.proposed.setWordWrap(True)
        self.reason = PlainLabel(self)
        self.reason.setWordWrap(True)
        self.decision = PlainLabel(self)
        self.decision.setWordWrap(True)
        decision_font = QFont(self.font())
        decision_font.setBold(True)
        self.decision.setFont(decision_font)
        self.merit_chart = ChartWidget(self)
        self.levels_chart = ChartWidget(self)
        self.spread_chart = ChartWidget(self)
        self.hint = PlainLabel(self)
        hint_font = QFont(self.font())
        if hint_font.pointSizeF() > 0:
            hint_font.setPointSizeF(hint_font.pointSizeF() / 2)
        self.hint.setFont(hint_font)

        charts = QGridLayout()
        charts.addWidget(self.merit_chart, 0, 0)
        charts.addWidget(self.levels_chart, 1, 0)
        charts.addWidget(self.spread_chart, 0, 1, 2, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.setRowStretch(0, 2)
        charts.setRowStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.proposed)
        layout.addWidget(self.reason)
        layout.addWidget(self.decision)
        layout.addLayout(charts, 1)
        layout.addWidget(self.hint)
        self.retranslate_ui()

    @property
    def view(self) -> DeliberationView | None:
        return self._view

    def show_view(self, view: DeliberationView | None) -> None:
        """Show ``view`` (None: no dossier selected)."""
        self._view = view
        charts = (self.merit_chart, self.levels_chart, self.spread_chart)
        if view is None:
            self.heading.setText(self.tr("No dossier selected"))
            for label in (self.identity, self.proposed, self.reason, self.decision):
                label.clear()
            for chart_widget in charts:
                chart_widget.set_chart(None)
            self.setWindowTitle(self.tr("Projector"))
            return
        from tnl_jury.services.dossier_charts import dossier_charts

        r = view.results
        self.heading.setText(r.candidate_name)
        self.setWindowTitle(self.tr("Projector — {name}").format(name=r.candidate_name))
        identity = [self.tr("Dossier {number}").format(number=r.ds_number)]
        identity += [part for part in (r.kind, r.departement_code) if part]
        self.identity.setText(" · ".join(identity))
        name = view.level_names.get(r.proposed.level) or level_text(r.proposed.level)
        self.proposed.setText(self.tr("Proposed level: {level}").format(level=name))
        self.reason.setText(proposed_reason(r))
        if r.decision is None:
            self.decision.setText(self.tr("No decision yet."))
        else:
            self.decision.setText(self.tr("Decision: {votes}").format(votes=decision_tooltip(r)))
        built = dossier_charts(view, chart_words(), comma=french())
        for widget, chart in zip(charts, built.all(), strict=True):
            widget.set_chart(chart)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.step_requested.emit(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.step_requested.emit(-1)
        else:
            super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Follows the dossier selected in the Deliberation tab · Page Down / Page Up: "
                "next / previous dossier · F11: full screen · Esc: close"
            )
        )
        self.show_view(self._view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
