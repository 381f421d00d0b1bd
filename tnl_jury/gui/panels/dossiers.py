"""The "Dossiers" tab: every candidate's dossier, sortable and filterable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from tnl_jury.domain.changes import Kind
from tnl_jury.gui.models.common import ROW_ROLE, TextFilterProxyModel
from tnl_jury.gui.models.dossier_table import DossierColumn, DossierTableModel
from tnl_jury.gui.panels.common import FilterBar, make_table_view
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.services.views import DossierRow


class DossiersPanel(QWidget):
    """The dossier list. ``dossier_activated(id)`` is emitted on Enter or double-click, for the
    dossier screen to come; ``reload_requested`` when the list must be read again (see
    :meth:`on_changes`), answered with :meth:`update_dossiers`."""

    key = "dossiers"
    dossier_activated = Signal(int)
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DossierTableModel(self)
        self.proxy = TextFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = FilterBar(self)
        self.view = make_table_view(self.proxy, self)
        self.view.sortByColumn(DossierColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DossierColumn.CANDIDATE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter_bar.edit, self.view)

        self.filter_bar.text_changed.connect(self.proxy.set_filter_text)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.view.activated.connect(self._on_activated)
        self._stale = False
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Dossiers")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        """The list of a new snapshot (the selected dossier stays selected)."""
        self._stale = False
        self.update_dossiers(snapshot.dossiers if snapshot else ())
        self.view.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        """Scores or decisions changed (a member's progress, a decided level): read the list
        again now if it is the tab shown, or when it next is (the window calls
        :meth:`reload_if_stale`). New dossiers or members come with the window's snapshot."""
        if changes.touches(Kind.SCORES, Kind.DECISIONS):
            self._stale = True
            if self.isVisibleTo(self.window()):
                self.reload_if_stale()

    def reload_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload_requested.emit()

    def update_dossiers(self, rows: Sequence[DossierRow]) -> None:
        """The list read again for the same file: sorting, filter and selection are kept."""
        current = self.view.currentIndex().data(ROW_ROLE)
        current_id = getattr(current, "id", None)
        self.model.set_rows(rows)
        self._update_counts()
        if current_id is None:
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == current_id:
                self.view.setCurrentIndex(index)
                break

    def focus_filter(self) -> bool:
        self.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.edit.selectAll()
        return True

    def _update_counts(self) -> None:
        self.filter_bar.set_counts(self.proxy.rowCount(), self.model.rowCount())

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.dossier_activated.emit(row.id)

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Dossiers"))
        self.view.setAccessibleDescription(
            self.tr("The candidates' dossiers. Click a column title to sort by it.")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
