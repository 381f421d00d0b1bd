"""The "Dossiers" tab: every candidate's dossier, sortable and filterable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from tnl_jury.gui.models.common import ROW_ROLE, TextFilterProxyModel
from tnl_jury.gui.models.dossier_table import DossierColumn, DossierTableModel
from tnl_jury.gui.panels.common import FilterBar, make_table_view
from tnl_jury.gui.snapshot import FileSnapshot


class DossiersPanel(QWidget):
    """The dossier list. ``dossier_activated(id)`` is emitted on Enter or double-click, for the
    dossier screen to come."""

    key = "dossiers"
    dossier_activated = Signal(int)

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
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Dossiers")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self.model.set_rows(snapshot.dossiers if snapshot else ())
        self.view.resizeColumnsToContents()
        self._update_counts()

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
