"""The shared machinery of the GUI's table models: columns, sort keys, the text filter.

A :class:`RowTableModel` shows a sequence of frozen rows (``DossierRow``, ``MemberRow``…)
through a list of :class:`Column` descriptions. Beyond the usual roles it answers:

* :data:`SORT_ROLE`: a key that sorts right (numbers as numbers, text without accents and
  case), used by :class:`TextFilterProxyModel` for sorting;
* :data:`FILTER_ROLE` (on column 0): the row's filterable texts, normalised and joined.

Headers and cells are translated when asked for, so :meth:`RowTableModel.retranslate` only
has to tell the views that everything changed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tnl_jury.gui.plain_text import plain_tip

R = TypeVar("R")

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
FILTER_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # the row object itself

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "’": "'", "ʼ": "'"})

AnyIndex = QModelIndex | QPersistentModelIndex


def normalise(text: str) -> str:
    """Lower-case ``text`` without accents, so that "eguilles" finds "Éguilles"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LIGATURES)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (translated) header, how to show a row in it, how to sort and filter."""

    header: Callable[[], str]
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None  # None: the normalised display text
    numeric: bool = False  # right-aligned
    tooltip: Callable[[R], str] | None = None
    accessible: Callable[[R], str] | None = None  # when the display text says little aloud
    filterable: bool = True
    extra_filter_text: Callable[[R], str] | None = None  # searched but not shown
    header_tip: Callable[[], str] | None = None  # a short header's full meaning


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a sequence of rows; replace them all with :meth:`set_rows`."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []
        self._filter_texts: list[str] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._filter_texts = [self._filter_text(row) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def retranslate(self) -> None:
        """Tell the views that headers and cells read differently now."""
        self._filter_texts = [self._filter_text(row) for row in self._rows]
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _filter_text(self, row: R) -> str:
        parts = []
        for column in self.columns:
            if column.filterable:
                parts.append(column.display(row))
                if column.extra_filter_text is not None:
                    parts.append(column.extra_filter_text(row))
        return normalise("\n".join(parts))

    # QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.header_tip() if column.header_tip else column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip is not None:
            return column.header_tip()
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(row)
            return normalise(column.display(row))
        if role == FILTER_ROLE:
            return self._filter_texts[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(row)
            return plain_tip(tip) if tip else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (column.accessible or column.display)(row)
            header = column.header()
            if column.numeric and normalise(header) not in normalise(text):
                # A number alone means nothing to a screen reader's user: "Score 2,18".
                return f"{header} {text}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TextFilterProxyModel(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE`; keeps the rows whose :data:`FILTER_ROLE` text holds every
    word of the filter as a substring, ignoring case and accents: "aubin LOIRE" and
    "eguilles" find "Saint-Aubin-sur-Loire" and "Éguilles-Hautes"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), FILTER_ROLE) or ""
        return all(word in text for word in self._words)
