"""A dossier's detail during the deliberation: its figures, the reason of the proposed level,
domains × members side by side (or the same charts as the projector view, in a second tab), the
members' comments, and the candidate's answers one click (or Ctrl+Shift+A) away."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.charts import ChartWidget, chart_words
from tnl_jury.gui.deliberation.results_model import (
    disagreement_text,
    french,
    gauge_text,
    level_text,
    number,
    proposed_reason,
    status_label,
)
from tnl_jury.gui.models.common import AnyIndex
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel, plain_tip

if TYPE_CHECKING:
    from tnl_jury.services.deliberation_view import DeliberationView

ANSWERS_SHORTCUT = "Ctrl+Shift+A"


class DomainMembersModel(QAbstractTableModel):
    """Rows: the domains, then the members' proposed levels. Columns: the domain, the jury's
    figure, its normalised figure (only when the edition turns normalisation on), then one
    column per member (recused members are not there: they did not score)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: DeliberationView | None = None

    def set_view(self, view: DeliberationView | None) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    @property
    def first_member_column(self) -> int:
        """The column of the first member (after the normalised figures, when shown)."""
        shown = self._view is not None and self._view.results.normalised is not None
        return 3 if shown else 2

    def _normalised(self, row: int) -> str:
        """The normalised figure of a domain row; the proposed-level row has none."""
        view = self._view
        if view is None or view.results.normalised is None or row >= len(view.domains):
            return ""
        return number(view.results.normalised.domain(view.domains[row].code))

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        if self._view is None or (parent is not None and parent.isValid()):
            return 0
        return len(self._view.domains) + 1

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        if self._view is None or (parent is not None and parent.isValid()):
            return 0
        return self.first_member_column + len(self._view.members)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._view is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return QCoreApplication.translate("DossierDetail", "Domain")
        if section == 1:
            return QCoreApplication.translate("DossierDetail", "Jury")
        first = self.first_member_column
        if section == 2 and first == 3:
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "DossierDetail", "The jury's figure after per-member normalisation"
                )
            return QCoreApplication.translate("DossierDetail", "Normalised")
        if 0 <= section - first < len(self._view.members):
            member = self._view.members[section - first]
            if role == Qt.ItemDataRole.ToolTipRole:
                if not member.submitted:
                    return plain_tip(
                        QCoreApplication.translate(
                            "DossierDetail", "{name} (has not submitted yet)"
                        ).format(name=member.name)
                    )
                return plain_tip(member.name)
            return member.name
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if view is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.FontRole and column == 1:
                font = QFont()
                font.setBold(True)  # the jury's figure, beside each member's own
                return font
            return None
        first = self.first_member_column
        if column == 2 and first == 3:
            text = self._normalised(row)
            if role == Qt.ItemDataRole.AccessibleTextRole and text:
                return QCoreApplication.translate("DossierDetail", "normalised: {score}").format(
                    score=text
                )
            return text
        if row < len(view.domains):
            line = view.domains[row]
            if column == 0:
                return line.name
            if column == 1:
                return number(line.score)
            value = line.by_member[column - first]
            if role == Qt.ItemDataRole.AccessibleTextRole:
                who = view.members[column - first].name
                shown = (
                    number(value)
                    if value is not None
                    else QCoreApplication.translate("DossierDetail", "no score")
                )
                return f"{who}, {line.name}: {shown}"
            return number(value)
        if column == 0:
            return QCoreApplication.translate("DossierDetail", "Proposed level")
        if column == 1:
            return gauge_text(view.results.majority)
        return level_text(view.members[column - first].proposed_level)


class DossierDetailWidget(QWidget):
    """Shows one :class:`DeliberationView`; ``answers_requested(dossier_id)`` asks for the
    answers."""

    answers_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: DeliberationView | None = None
        self.heading = PlainLabel(self)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = PlainLabel(self)
        self.figures.setWordWrap(True)
        self.reason = PlainLabel(self)
        self.reason.setWordWrap(True)
        self.answers_button = QPushButton(self)
        self.answers_button.clicked.connect(self._ask_answers)
        # Not the button's own shortcut: its text's mnemonic (Alt+A) replaces that one.
        self.answers_action = QAction(self)
        self.answers_action.setShortcut(QKeySequence(ANSWERS_SHORTCUT))
        self.answers_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.answers_action.triggered.connect(self._ask_answers)
        self.addAction(self.answers_action)

        self.model = DomainMembersModel(self)
        self.table = make_table_view(self.model, self)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The same three charts as the projector view, beside the table.
        self.charts = QWidget(self)
        self.merit_chart = ChartWidget(self.charts)
        self.levels_chart = ChartWidget(self.charts)
        self.spread_chart = ChartWidget(self.charts)
        charts_layout = QHBoxLayout(self.charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.merit_chart, 2)
        left.addWidget(self.levels_chart, 3)
        charts_layout.addLayout(left, 1)
        charts_layout.addWidget(self.spread_chart, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.charts, "")
        self.comments_label = PlainLabel(self)
        self.comments = QPlainTextEdit(self)
        self.comments.setReadOnly(True)
        self.comments.setTabChangesFocus(True)
        self.comments_label.setBuddy(self.comments)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.answers_button)
        comments_box = QWidget(self)
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.setContentsMargins(0, 0, 0, 0)
        comments_layout.addWidget(self.comments_label)
        comments_layout.addWidget(self.comments, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(comments_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.reason)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self.show_view(None)

    @property
    def view(self) -> DeliberationView | None:
        return self._view

    def show_view(self, view: DeliberationView | None) -> None:
        """Show ``view`` (None: nothing selected)."""
        self._view = view
        self.model.set_view(view)
        self.answers_button.setEnabled(view is not None)
        if view is None:
            self.heading.setText(QCoreApplication.translate("DossierDetail", "No dossier selected"))
            self.figures.clear()
            self.reason.clear()
            self.comments.clear()
            for chart_widget in self.chart_widgets():
                chart_widget.set_chart(None)
            return
        r = view.results
        self.heading.setText(f"{r.ds_number} — {r.candidate_name}")
        parts = [
            QCoreApplication.translate("DossierDetail", "Score: {score}").format(
                score=number(r.aggregate.score)
            ),
            *(
                [
                    QCoreApplication.translate("DossierDetail", "Normalised score: {score}").format(
                        score=number(r.normalised.score)
                    )
                ]
                if r.normalised is not None
                else []
            ),
            QCoreApplication.translate("DossierDetail", "Proposed: {level}").format(
                level=level_text(r.proposed.level)
            ),
            QCoreApplication.translate("DossierDetail", "Majority judgment: {gauge}").format(
                gauge=gauge_text(r.majority)
            ),
            QCoreApplication.translate(
                "DossierDetail",
                "Disagreement between the members: {value} (0: they all agree; the larger, the "
                "further apart their scores)",
            ).format(value=disagreement_text(r)),
            QCoreApplication.translate("DossierDetail", "Status: {status}").format(
                status=status_label(r.status)
            ),
            QCoreApplication.translate("DossierDetail", "Previous level: {level}").format(
                level=level_text(r.previous_level)
            ),
        ]
        if r.recused_members:
            parts.append(
                QCoreApplication.translate(
                    "DossierDetail", "Recused (cannot vote): {names}"
                ).format(names=", ".join(r.recused_members))
            )
        self.figures.setText(" · ".join(parts))
        self.figures.setAccessibleName(". ".join(parts))
        self.reason.setText(
            QCoreApplication.translate("DossierDetail", "Why this level: {reason}").format(
                reason=proposed_reason(r)
            )
        )
        self.reason.setAccessibleName(self.reason.text())
        self.comments.setPlainText(self._comments_text(view))
        self.table.resizeColumnsToContents()
        from tnl_jury.services.dossier_charts import dossier_charts

        built = dossier_charts(view, chart_words(), comma=french())
        for widget, chart in zip(self.chart_widgets(), built.all(), strict=True):
            widget.set_chart(chart)

    def chart_widgets(self) -> tuple[ChartWidget, ChartWidget, ChartWidget]:
        """The merit profile, the scores against the thresholds, the spread per criterion."""
        return (self.merit_chart, self.levels_chart, self.spread_chart)

    @staticmethod
    def _comments_text(view: DeliberationView) -> str:
        lines: list[str] = []
        for c in view.comments:
            lines.append(f"• {c.member_name} — {c.criterion_label} : {c.text}")
        notes = [(m.name, m.general_note) for m in view.members if m.general_note]
        if notes:
            if lines:
                lines.append("")
            lines.append(QCoreApplication.translate("DossierDetail", "General notes:"))
            lines += [f"• {name} : {note}" for name, note in notes]
        return "\n".join(lines) or QCoreApplication.translate("DossierDetail", "No comment.")

    def _ask_answers(self) -> None:
        if self._view is not None:
            self.answers_requested.emit(self._view.results.dossier_id)

    def retranslate_ui(self) -> None:
        self.answers_button.setText(
            QCoreApplication.translate("DossierDetail", "Candidate's &answers…")
        )
        self.answers_button.setToolTip(
            QCoreApplication.translate(
                "DossierDetail", "The candidate's answers, criterion by criterion ({shortcut})"
            ).format(shortcut=ANSWERS_SHORTCUT)
        )
        self.answers_button.setAccessibleName(
            QCoreApplication.translate("DossierDetail", "Candidate's answers")
        )
        self.answers_action.setText(
            QCoreApplication.translate("DossierDetail", "Candidate's answers")
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("DossierDetail", "Domains and members")
        )
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "DossierDetail",
                "One line per domain: the jury's score, then each member's own score; the last "
                "line gives the level each member proposes.",
            )
        )
        self.tabs.setAccessibleName(
            QCoreApplication.translate("DossierDetail", "The dossier's figures: table or charts")
        )
        self.tabs.setTabText(0, QCoreApplication.translate("DossierDetail", "Table"))
        self.tabs.setTabText(1, QCoreApplication.translate("DossierDetail", "Charts"))
        self.tabs.setTabToolTip(
            1,
            QCoreApplication.translate(
                "DossierDetail",
                "The members' proposed levels, the scores against the level thresholds, each "
                "member's value per criterion",
            ),
        )
        self.comments_label.setText(
            QCoreApplication.translate("DossierDetail", "Members' comme&nts:")
        )
        self.comments.setAccessibleName(
            QCoreApplication.translate("DossierDetail", "Members' comments")
        )
        self.show_view(self._view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
