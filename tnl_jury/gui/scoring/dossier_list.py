"""The scoring screen's dossier list: every dossier with the scoring member's status.

A plain table model over the snapshot's dossier rows and a ``{dossier id: status}`` map:
cells are computed when the view asks for them (only the visible ones), so a 5,000-dossier
file scrolls without a stall. It answers the sort and filter roles of
:class:`~tnl_jury.gui.models.common.TextFilterProxyModel`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from tnl_jury.gui.models.common import FILTER_ROLE, ROW_ROLE, SORT_ROLE, normalise
from tnl_jury.gui.plain_text import plain_tip
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

if TYPE_CHECKING:
    from tnl_jury.services.views import DossierRow

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, CANDIDATE, STATUS = range(3)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # computed once: asked often
_STATUS_ORDER = {IN_PROGRESS: 0, NOT_STARTED: 1, SUBMITTED: 2, RECUSED: 3}


class MemberDossierModel(QAbstractTableModel):
    """Rows: dossiers (in the snapshot's order); columns: number, candidate, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DossierRow] = []
        self._row_of: dict[int, int] = {}
        self._statuses: dict[int, str] = {}
        self._filter: list[str] = []

    def set_rows(self, rows: Sequence[DossierRow], statuses: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=number_key)  # the view's first order: see resort()
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self._statuses = dict(statuses)
        self._filter = [normalise(f"{r.ds_number}\n{r.candidate_name}") for r in self._rows]
        self.endResetModel()

    def set_statuses(self, statuses: dict[int, str]) -> None:
        self._statuses = dict(statuses)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, STATUS), self.index(last, STATUS))

    def set_status(self, dossier_id: int, status: str) -> None:
        if self._statuses.get(dossier_id, NOT_STARTED) == status:
            return
        self._statuses[dossier_id] = status
        row = self._row_of.get(dossier_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, STATUS))

    def status(self, dossier_id: int) -> str:
        return self._statuses.get(dossier_id, NOT_STARTED)

    def row_of(self, dossier_id: int) -> int | None:
        return self._row_of.get(dossier_id)

    def dossier_at(self, row: int) -> DossierRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NUMBER: self.tr("Number"),
            CANDIDATE: self.tr("Candidate"),
            STATUS: self.tr("Status"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        status = self._statuses.get(row.id, NOT_STARTED)
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.ds_number, row.candidate_name, status_text(status))[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == STATUS:
            return status_words(status)
        if role == Qt.ItemDataRole.ToolTipRole and column == CANDIDATE:
            return plain_tip(row.candidate_name)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return status_colour(status)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return TEXT_ON_COLOUR if status_colour(status) is not None else None
        if role == SORT_ROLE:
            if column == NUMBER:
                return number_key(row)
            if column == CANDIDATE:
                return normalise(row.candidate_name)
            return _STATUS_ORDER.get(status, 9)
        if role == FILTER_ROLE:
            return self._filter[index.row()]
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.set_statuses(self._statuses)


def number_key(row: DossierRow) -> str:
    """Dossier numbers sort as numbers."""
    return row.ds_number.zfill(20)


def resort(view: QTableView) -> None:
    """Sort again after a reset, unless the rows are in their source order already (by
    number, ascending): the proxies here do not sort on their own (see ``ScreenLayout``)."""
    header = view.horizontalHeader()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    if column > 0 or order != Qt.SortOrder.AscendingOrder:
        view.model().sort(column, order)
