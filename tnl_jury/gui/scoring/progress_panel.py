"""The "Progress" tab: every member's status on every dossier, at a glance.

Rows are dossiers, columns the active members who score (with a vote); each cell says the
status in words with a symbol (○ not started, ◐ in progress, ✓ submitted, ⊘ stepped aside)
on a matching background. Each member's column title counts their submitted dossiers. The matrix
(:func:`tnl_jury.services.scoring.progress_matrix`) is read through the task helper when the
tab is shown after a change, not on every keystroke.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tnl_jury.domain.changes import Kind
from tnl_jury.gui.models.common import (
    FILTER_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    TextFilterProxyModel,
    normalise,
)
from tnl_jury.gui.panels.common import FilterBar, make_table_view
from tnl_jury.gui.plain_text import PlainLabel, plain_tip
from tnl_jury.gui.scoring.dossier_list import number_key, resort
from tnl_jury.gui.scoring.status import (
    IN_PROGRESS,
    NOT_STARTED,
    RECUSED,
    SUBMITTED,
    TEXT_ON_COLOUR,
    status_colour,
    status_text,
    status_words,
)
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.views import DossierRow, MemberRow

AnyIndex = QModelIndex | QPersistentModelIndex
FIXED = 2  # number, candidate
_ORDER = {IN_PROGRESS: 0, NOT_STARTED: 1, SUBMITTED: 2, RECUSED: 3}


class ProgressModel(QAbstractTableModel):
    """Dossiers × members; cells computed when shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dossiers: list[DossierRow] = []
        self.members: list[MemberRow] = []
        self.matrix: dict[tuple[int, int], str] = {}
        self._filter: list[str] = []
        self._counts: list[Counter[str]] = []

    def set_data(
        self,
        dossiers: list[DossierRow],
        members: list[MemberRow],
        matrix: dict[tuple[int, int], str],
    ) -> None:
        self.beginResetModel()
        self.dossiers = sorted(dossiers, key=number_key)  # the view's first order: resort()
        self.members, self.matrix = members, matrix
        self._filter = [normalise(f"{d.ds_number}\n{d.candidate_name}") for d in self.dossiers]
        self._counts = [
            Counter(matrix.get((m.id, d.id), NOT_STARTED) for d in dossiers) for m in members
        ]
        self.endResetModel()

    def status(self, row: int, column: int) -> str:
        member = self.members[column - FIXED]
        return self.matrix.get((member.id, self.dossiers[row].id), NOT_STARTED)

    def counts(self, member_index: int) -> Counter[str]:
        return self._counts[member_index]

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.dossiers)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else FIXED + len(self.members)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Number") if section == 0 else self.tr("Candidate")
            return None
        index = section - FIXED
        if index >= len(self.members):
            return None
        member, counts = self.members[index], self._counts[index]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{member.name}\n✓ {counts[SUBMITTED]}/{len(self.dossiers)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr(
                "{name} — submitted: {submitted}, in progress: {started}, not started: "
                "{waiting}, stepped aside: {recused}"
            ).format(
                name=member.name,
                submitted=counts[SUBMITTED],
                started=counts[IN_PROGRESS],
                waiting=counts[NOT_STARTED],
                recused=counts[RECUSED],
            )
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.dossiers):
            return None
        row, column = index.row(), index.column()
        dossier = self.dossiers[row]
        if role == FILTER_ROLE:
            return self._filter[row]
        if role == ROW_ROLE:
            return dossier
        if column < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return dossier.ds_number if column == 0 else dossier.candidate_name
            if role == SORT_ROLE:
                return (
                    dossier.ds_number.zfill(20)
                    if column == 0
                    else normalise(dossier.candidate_name)
                )
            return None
        status = self.status(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.members[column - FIXED].name}: {status_words(status)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_colour(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return TEXT_ON_COLOUR if status_colour(status) is not None else None
        if role == SORT_ROLE:
            return _ORDER.get(status, 9)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.dossiers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.dossiers) - 1, self.columnCount() - 1)
            )


class ProgressPanel(QWidget):
    """The tab (see the module's contract); follows the scores through :meth:`on_changes`."""

    key = "progress"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.snapshot: FileSnapshot | None = None
        self.dirty = True
        self._reading = 0  # the newest read's number: an older one arriving late is dropped
        self.summary = PlainLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.filter_bar = FilterBar(self)
        self.model = ProgressModel(self)
        self.proxy = TextFilterProxyModel(self)
        # Sorted when asked (a header click), not again on every reload: the rows come in
        # number order already, and sorting 5,000 rows through Python costs about a second.
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, self)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.filter_bar.text_changed.connect(self._filter)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Progress")

    def focus_filter(self) -> bool:
        self.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.edit.selectAll()
        return True

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self.snapshot = snapshot
        self.dirty = True
        if snapshot is None:
            self.model.set_data([], [], {})
            self._show_summary()
        elif self.isVisible():
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Scores or progress changed (typed here, or brought by a ballot): read the matrix
        again now if the tab is shown, or when it next is. (New members and dossiers come
        with the window's new snapshot.)"""
        if changes.touches(Kind.SCORES):
            self.mark_dirty()

    def mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def reload(self) -> None:
        """Read every member's progress again, off the GUI thread and quietly: it follows
        every score typed or imported, so no progress dialog (the task helper's runner, not
        ``run_task``); only the newest read is shown."""
        from tnl_jury.services.scoring import progress_matrix

        jury_file, snapshot = self.window_.jury_file, self.snapshot
        if jury_file is None or snapshot is None:
            return
        self.dirty = False
        self._reading += 1
        reading = self._reading
        members = [m for m in snapshot.members if m.active and m.voting]  # who scores

        def show(matrix: dict[tuple[int, int], str]) -> None:
            if self.snapshot is snapshot and reading == self._reading:
                self.model.set_data(list(snapshot.dossiers), members, matrix)
                resort(self.view)
                self._size_columns()
                self._filter(self.filter_bar.edit.text())
                self._show_summary()

        self.window_.runner.submit(
            lambda _ctx: progress_matrix(jury_file),
            name="progress",
            on_result=show,
            on_error=lambda exc: self.window_.report_error(
                exc, self.tr("Cannot read the scoring progress")
            ),
        )

    def _size_columns(self) -> None:
        """Widths from the font (resizing to contents would read every row); long candidate
        names are cut so that the members' columns stay in sight."""
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        widest_status = max(
            metrics.horizontalAdvance(status_text(s))
            for s in (NOT_STARTED, IN_PROGRESS, SUBMITTED, RECUSED)
        )
        used = metrics.horizontalAdvance("000000000") + padding
        self.view.setColumnWidth(0, used)
        for index, member in enumerate(self.model.members):
            width = max(metrics.horizontalAdvance(member.name), widest_status) + padding
            self.view.setColumnWidth(FIXED + index, width)
            used += width
        scrollbar = self.view.verticalScrollBar().sizeHint().width()  # may not be shown yet
        room = self.view.viewport().width() - used - scrollbar - 4  # what the members leave
        self.view.setColumnWidth(1, max(metrics.averageCharWidth() * 22, room))

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.filter_bar.set_counts(self.proxy.rowCount(), self.model.rowCount())

    def _show_summary(self) -> None:
        totals: Counter[str] = Counter()
        for index in range(len(self.model.members)):
            totals.update(self.model.counts(index))
        pairs = sum(totals.values())
        text = self.tr(
            "Submitted: {submitted} of {pairs} member–dossier pairs — in progress: {started}, "
            "not started: {waiting}, stepped aside: {recused}."
        ).format(
            submitted=totals[SUBMITTED],
            pairs=pairs,
            started=totals[IN_PROGRESS],
            waiting=totals[NOT_STARTED],
            recused=totals[RECUSED],
        )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Scoring progress"))
        self.view.setAccessibleDescription(
            self.tr("One row per dossier, one column per jury member, with their status.")
        )
        self.model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
