"""The table of the comparison view: criteria as rows, jury members as columns.

A :class:`ComparisonTableModel` shows one :class:`~tnl_jury.services.scoring.Comparison`
(the service applies the blindness rule; hidden cells read "hidden"). Column 0 names the
criterion, column 1 gives its spread (beside the name, so that it stays in view however many
members there are), columns 2… are the members in the service's order. While the viewer may
not see the others' scores, the spread is hidden too (it would only measure their own).

A criterion whose scores are far apart (standard deviation at or above the edition's
disagreement threshold) is shaded AND marked "⚠ spread 3" in words, so that the colour is
never the only signal. A cell with a comment carries "✎"; the comment itself is the
cell's tooltip and :data:`COMMENT_ROLE`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tnl_jury.gui.plain_text import plain_tip

if TYPE_CHECKING:
    from tnl_jury.services.scoring import Comparison, ComparisonCell, ComparisonRow

AnyIndex = QModelIndex | QPersistentModelIndex

CELL_ROLE = int(Qt.ItemDataRole.UserRole) + 10  # the ComparisonCell (member columns)
COMMENT_ROLE = int(Qt.ItemDataRole.UserRole) + 11  # the comment text, "" when none
HIGHLIGHT_ROLE = int(Qt.ItemDataRole.UserRole) + 12  # True on a far-apart criterion's row
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 13  # the ComparisonRow

COMMENT_MARK = "✎"
WARNING_MARK = "⚠"
# Dark text on a light amber: readable whatever the system theme (both are set together).
HIGHLIGHT_BACKGROUND = QColor("#fde3b0")
HIGHLIGHT_FOREGROUND = QColor("#1a1a1a")


def number(value: float) -> str:
    """``3``, ``1.5`` → "3", "1,5" in French: numbers follow the interface's locale."""
    if float(value).is_integer():
        return str(int(value))
    return QLocale().toString(float(value), "f", 1)


class ComparisonTableModel(QAbstractTableModel):
    """Read-only; replace everything with :meth:`set_comparison`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._threshold = 1.0
        self._viewer_id: int | None = None
        self._domain_names: dict[str, str] = {}

    # Public API -------------------------------------------------------------------------

    def set_comparison(
        self,
        comparison: Comparison | None,
        *,
        threshold: float,
        viewer_id: int | None = None,
        domain_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``comparison``; ``threshold`` is the edition's disagreement threshold (on the
        standard deviation); ``viewer_id``'s column is marked as the viewer's own."""
        self.beginResetModel()
        self._comparison = comparison
        self._threshold = threshold
        self._viewer_id = viewer_id
        self._domain_names = dict(domain_names or {})
        self.endResetModel()

    def comparison(self) -> Comparison | None:
        return self._comparison

    spread_column = 1
    first_member_column = 2

    def member_at(self, column: int) -> tuple[int, str] | None:
        """(id, name) of the member shown in ``column``, None for the other columns."""
        offset = column - self.first_member_column
        if self._comparison is None or not 0 <= offset < len(self._comparison.members):
            return None
        return self._comparison.members[offset]

    def column_of(self, member_id: int) -> int:
        """The column of the member ``member_id`` (ValueError when not shown)."""
        members = self._comparison.members if self._comparison else ()
        return self.first_member_column + [mid for mid, _ in members].index(member_id)

    def cell_at(self, row: int, column: int) -> ComparisonCell | None:
        if self._comparison is None or self.member_at(column) is None:
            return None
        return self._comparison.rows[row].cells[column - self.first_member_column]

    def is_highlighted(self, row: ComparisonRow) -> bool:
        """True when the criterion's scores are far apart (never while some are hidden)."""
        spread = row.spread
        if spread is None or (self._comparison is not None and self._comparison.blind):
            return False
        return spread.range > 0 and spread.stdev >= self._threshold

    def highlighted_count(self) -> int:
        rows = self._comparison.rows if self._comparison else ()
        return sum(1 for row in rows if self.is_highlighted(row))

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # Texts ------------------------------------------------------------------------------

    def cell_text(self, cell: ComparisonCell) -> str:
        if cell.hidden:
            return self.tr("hidden")
        if cell.no_opinion:
            text = self.tr("no opinion")
        elif cell.value is None:
            text = "–"
        else:
            text = str(cell.value)
        return f"{text} {COMMENT_MARK}" if cell.comment else text

    def cell_value(self, cell: ComparisonCell) -> str:
        """The cell's score in words: "3", "no opinion", "not scored", "hidden until…"."""
        if cell.hidden:
            return self.tr("hidden until you submit your own scores")
        if cell.no_opinion:
            return self.tr("no opinion")
        if cell.value is None:
            return self.tr("not scored")
        return str(cell.value)

    def cell_spoken(self, cell: ComparisonCell, member: str) -> str:
        """What a screen reader says for a member's cell."""
        text = f"{member}: {self.cell_value(cell)}"
        if cell.comment:
            text += ". " + self.tr("Comment: {comment}").format(comment=cell.comment)
        return text

    def spread_text(self, row: ComparisonRow) -> str:
        if self._comparison is not None and self._comparison.blind:
            return self.tr("hidden")
        if row.spread is None:
            return "–"
        text = self.tr("spread {range}").format(range=number(row.spread.range))
        return f"{WARNING_MARK} {text}" if self.is_highlighted(row) else text

    def spread_tip(self, row: ComparisonRow) -> str:
        if self._comparison is not None and self._comparison.blind:
            return self.tr("Hidden until you submit your own scores for this dossier.")
        if row.spread is None:
            return self.tr("No score to compare yet.")
        tip = self.tr("Highest minus lowest score: {range}; standard deviation: {stdev}.").format(
            range=number(row.spread.range), stdev=_two(row.spread.stdev)
        )
        if self.is_highlighted(row):
            tip += " " + self.tr(
                "The scores are far apart (the edition's threshold is {threshold}): "
                "worth discussing."
            ).format(threshold=_two(self._threshold))
        return tip

    def criterion_tip(self, row: ComparisonRow) -> str:
        domain = self._domain_names.get(row.domain_code, row.domain_code)
        return f"{domain}\n{row.criterion_code} — {row.criterion_label}"

    # QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        if (parent is not None and parent.isValid()) or self._comparison is None:
            return 0
        return len(self._comparison.rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 (Qt API)
        if (parent is not None and parent.isValid()) or self._comparison is None:
            return 0
        return len(self._comparison.members) + 2

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if section == 0:
            return self.tr("Criterion")
        if section == self.spread_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Spread")
            return self.tr("How far apart the scores are (highest minus lowest)")
        member = self.member_at(section)
        assert member is not None
        name = member[1]
        if member[0] == self._viewer_id:
            name = self.tr("{name} (you)").format(name=name)
        return plain_tip(name) if role == Qt.ItemDataRole.ToolTipRole else name

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._comparison is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._comparison.rows):
            return None
        row = self._comparison.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == HIGHLIGHT_ROLE:
            return self.is_highlighted(row)
        if column == 0:
            return self._criterion_data(row, role)
        if column == self.spread_column:
            return self._spread_data(row, role)
        member = self.member_at(column)
        if member is None:
            return None
        return self._cell_data(row.cells[column - self.first_member_column], member[1], role)

    def _criterion_data(self, row: ComparisonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.criterion_code}  {row.criterion_label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.criterion_tip(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{row.criterion_code} {row.criterion_label}"
            if self.is_highlighted(row):
                text += ", " + self.tr("scores far apart")
            return text
        if role == COMMENT_ROLE:
            return ""
        return self._highlight(row, role)

    def _spread_data(self, row: ComparisonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.spread_text(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spread_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_highlighted(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == COMMENT_ROLE:
            return ""
        return self._highlight(row, role)

    def _cell_data(self, cell: ComparisonCell, member: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.hidden:
                return self.tr("Hidden until you submit your own scores for this dossier.")
            return plain_tip(cell.comment) if cell.comment else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_spoken(cell, member)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == CELL_ROLE:
            return cell
        if role == COMMENT_ROLE:
            return cell.comment
        return None

    def _highlight(self, row: ComparisonRow, role: int) -> Any:
        if not self.is_highlighted(row):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HIGHLIGHT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(HIGHLIGHT_FOREGROUND)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _two(value: float) -> str:
    return QLocale().toString(float(value), "f", 2)
