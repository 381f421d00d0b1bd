"""The "Deliberation" tab: every dossier's results, the "to discuss" queue, the selected
dossier's detail, and the meeting's actions.

The panel only shows and asks: its buttons emit signals that
:mod:`tnl_jury.gui.features.deliberation` turns into service calls off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QItemSelection, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.deliberation.detail import DossierDetailWidget
from tnl_jury.gui.deliberation.results_model import (
    STATUSES,
    ResultsColumn,
    ResultsProxyModel,
    ResultsTableModel,
    french,
    number,
    status_label,
)
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.panels.common import FilterBar, make_table_view
from tnl_jury.gui.plain_text import PlainLabel, plain_tip
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.services.deliberation import MeetingInfo
    from tnl_jury.services.results import DossierResults


CANDIDATE_CHARS = 26  # the candidate column's minimum width, in average characters


class DeliberationPanel(QWidget):
    """The deliberation view. ``selected(dossier_id or 0)`` follows the table's selection."""

    key = "deliberation"
    selected = Signal(int)
    meeting_requested = Signal()
    decide_requested = Signal(int)
    close_requested = Signal()
    reopen_requested = Signal(int)
    presentation_requested = Signal()
    projector_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting: MeetingInfo | None = None
        self._read_only = False
        self._busy = False
        self.model = ResultsTableModel(self)
        self.proxy = ResultsProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.meeting_label = PlainLabel(self)
        self.meeting_label.setWordWrap(True)
        self.busy_label = PlainLabel(self)
        self.filter_bar = FilterBar(self)
        self.status_label = PlainLabel(self)
        self.status_combo = QComboBox(self)
        self.status_label.setBuddy(self.status_combo)
        self.view = make_table_view(self.proxy, self)
        self.view.sortByColumn(ResultsColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        # The candidate takes the room left, but never less than CANDIDATE_CHARS characters
        # (the table scrolls sideways instead); the full name is in its tooltip.
        header.setSectionResizeMode(ResultsColumn.CANDIDATE, QHeaderView.ResizeMode.Interactive)
        self.view.viewport().installEventFilter(self)
        self.queue_label = PlainLabel(self)
        self.queue = QListWidget(self)
        self.queue_label.setBuddy(self.queue)
        self.detail = DossierDetailWidget(self)

        self.meeting_button = QPushButton(self)
        self.decide_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.presentation_button = QPushButton(self)
        self.projector_button = QPushButton(self)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        queue_box = QWidget(self)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.queue_label)
        queue_layout.addWidget(self.queue, 1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.view)
        top.addWidget(queue_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        # Room for "1,30 — number — candidate" without hiding the table.
        self.queue.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        for button in (
            self.meeting_button,
            self.decide_button,
            self.close_button,
            self.reopen_button,
            self.presentation_button,
            self.projector_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting_label)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.filter_bar.edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.view)
        self.setTabOrder(self.view, self.queue)

        self.filter_bar.text_changed.connect(self.proxy.set_filter_text)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _index: self._decide())
        self.queue.itemActivated.connect(self._queue_activated)
        self.queue.currentItemChanged.connect(lambda item, _old: self._queue_activated(item))
        self.meeting_button.clicked.connect(self.meeting_requested)
        self.decide_button.clicked.connect(self._decide)
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button.clicked.connect(self._reopen)
        self.presentation_button.clicked.connect(self.presentation_requested)
        self.projector_button.clicked.connect(self.projector_requested)
        self.retranslate_ui()
        self._update_buttons()

    # FilePanel ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deliberation")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        """Results come from the feature's recompute; a closed file empties the panel."""
        self._read_only = bool(snapshot and snapshot.read_only)
        if snapshot is None:
            self.set_results(())
            self.set_meeting(None)
            self.detail.show_view(None)
        self._update_buttons()

    def focus_filter(self) -> bool:
        self.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.edit.selectAll()
        return True

    # Content -----------------------------------------------------------------------------

    def set_results(self, results: Sequence[DossierResults]) -> None:
        """Replace every row, keeping the selected dossier selected."""
        current = self.current_dossier_id()
        self.model.set_rows(results)
        # Normalised scores only when the edition turns them on, beside the raw score.
        self.view.setColumnHidden(
            ResultsColumn.NORMALISED, all(r.normalised is None for r in results)
        )
        self.view.resizeColumnsToContents()
        self.fit_candidate_column()
        self._update_counts()
        self._rebuild_queue()
        if current is not None:
            self.select_dossier(current)
        self._update_buttons()

    def update_results(self, results: Iterable[DossierResults]) -> None:
        """Replace the rows of the dossiers recomputed (after a decision, a reopening…)."""
        self.model.update_rows(results)
        self._rebuild_queue()
        self._update_buttons()

    def set_meeting(self, meeting: MeetingInfo | None) -> None:
        self._meeting = meeting
        self.meeting_label.setText(self._meeting_text())
        self.meeting_label.setAccessibleName(self.meeting_label.text())
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setText(self.tr("Computing the results…") if busy else "")
        self._update_buttons()

    def current_dossier_id(self) -> int | None:
        row = self.current_result()
        return None if row is None else row.dossier_id

    def current_result(self) -> DossierResults | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            rows = self.view.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        result: DossierResults | None = index.data(ROW_ROLE)
        return result

    def select_dossier(self, dossier_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).dossier_id == dossier_id:
                self.view.selectRow(row)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def queue_ids(self) -> list[int]:
        return [
            int(self.queue.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.queue.count())
        ]

    def fit_candidate_column(self) -> None:
        """Give the candidate's column the width the other columns leave, at least
        :data:`CANDIDATE_CHARS` characters."""
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != ResultsColumn.CANDIDATE and not header.isSectionHidden(c)
        )
        least = self.view.fontMetrics().averageCharWidth() * CANDIDATE_CHARS
        width = max(least, self.view.viewport().width() - others)
        if header.sectionSize(ResultsColumn.CANDIDATE) != width:
            header.resizeSection(ResultsColumn.CANDIDATE, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_candidate_column()
        return super().eventFilter(watched, event)

    # Internals ---------------------------------------------------------------------------

    def _meeting_text(self) -> str:
        meeting = self._meeting
        if meeting is None:
            return ""
        parts = []
        if (held_on := meeting.held_on) is not None:
            date = QLocale().toString(
                QDate(held_on.year, held_on.month, held_on.day), QLocale.FormatType.LongFormat
            )
            parts.append(self.tr("Meeting of {date}").format(date=date))
        else:
            parts.append(self.tr("Meeting: date not recorded yet"))
        if meeting.place:
            parts[-1] += self.tr(", {place}").format(place=meeting.place)
        q = meeting.quorum
        mark = "✔" if q.reached else "⚠"
        parts.append(f"{mark} " + (q.statement_fr() if french() else q.statement_en()))
        if meeting.closed_at is not None:
            parts.append("🔒 " + self.tr("The meeting is closed: its decisions are locked."))
        return " — ".join(parts)

    def _rebuild_queue(self) -> None:
        current = self.queue.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.queue.blockSignals(True)
        self.queue.clear()
        rows = self.model.rows()
        if rows:  # the services (and SQLAlchemy) load with the first open file, not before
            from tnl_jury.services.results import discussion_queue

            rows = discussion_queue(rows)
        for r in rows:
            text = f"⚠ {number(r.disagreement)} — {r.ds_number} — {r.candidate_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.dossier_id)
            item.setToolTip(plain_tip(text))
            self.queue.addItem(item)
            if r.dossier_id == keep:
                self.queue.setCurrentItem(item)
        self.queue.blockSignals(False)
        self.queue_label.setText(
            self.tr("To disc&uss, most disputed first (%n):", "", self.queue.count())
        )

    def _queue_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            dossier_id = int(item.data(Qt.ItemDataRole.UserRole))
            if not self.select_dossier(dossier_id):  # hidden by the filters: show every row
                self.filter_bar.edit.clear()
                self.status_combo.setCurrentIndex(0)
                self.select_dossier(dossier_id)

    def _status_chosen(self, index: int) -> None:
        self.proxy.set_status(self.status_combo.itemData(index))
        self._update_counts()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.selected.emit(self.current_dossier_id() or 0)

    def _decide(self) -> None:
        dossier_id = self.current_dossier_id()
        if dossier_id is not None and self.decide_button.isEnabled():
            self.decide_requested.emit(dossier_id)

    def _reopen(self) -> None:
        dossier_id = self.current_dossier_id()
        if dossier_id is not None:
            self.reopen_requested.emit(dossier_id)

    def _update_counts(self) -> None:
        self.filter_bar.set_counts(self.proxy.rowCount(), self.model.rowCount())

    def _update_buttons(self) -> None:
        row = self.current_result()
        writable = not self._read_only and not self._busy and self.model.rowCount() > 0
        closed = self._meeting is not None and self._meeting.closed_at is not None
        self.meeting_button.setEnabled(not self._read_only and self.model.rowCount() > 0)
        self.decide_button.setEnabled(
            writable and row is not None and row.status != "locked" and not closed
        )
        self.reopen_button.setEnabled(writable and row is not None and row.status == "locked")
        self.close_button.setEnabled(writable and self._meeting is not None and not closed)
        self.presentation_button.setEnabled(self.model.rowCount() > 0)
        self.projector_button.setEnabled(self.model.rowCount() > 0)

    def retranslate_ui(self) -> None:
        current = self.status_combo.currentIndex()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("Every status"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, current))
        self.status_combo.blockSignals(False)
        self.status_label.setText(self.tr("S&tatus:"))
        self.status_combo.setAccessibleName(self.tr("Show the dossiers of this status"))
        self.status_combo.view().setAccessibleName(self.tr("Statuses"))
        self.view.setAccessibleName(self.tr("Results of the dossiers"))
        self.view.setAccessibleDescription(
            self.tr(
                "One line per dossier: score, proposed level, majority judgment, disagreement, "
                "previous level, decision and status. Enter opens the decision form."
            )
        )
        self.queue.setAccessibleName(self.tr("Dossiers to discuss"))
        self.queue.setAccessibleDescription(
            self.tr("Undecided dossiers on which the members disagree, most disputed first.")
        )
        for button, text, name in (
            (self.meeting_button, self.tr("&Meeting…"), self.tr("The meeting")),
            (self.decide_button, self.tr("D&ecide…"), self.tr("Decide on the selected dossier")),
            (self.close_button, self.tr("&Close the meeting…"), self.tr("Close the meeting")),
            (self.reopen_button, self.tr("Re&open…"), self.tr("Reopen the decision")),
            (
                self.presentation_button,
                self.tr("&Presentation mode"),
                self.tr("Presentation mode, large type for a projector"),
            ),
            (
                self.projector_button,
                self.tr("Pro&jector view"),
                self.tr("Projector view: the selected dossier and its charts, for the room"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.model.retranslate()
        self._rebuild_queue()
        self.set_meeting(self._meeting)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
