"""The "Jury" tab: the jury members, and under them the recusals (members stepping aside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.models.common import TextFilterProxyModel
from tnl_jury.gui.models.member_table import MemberColumn, MemberTableModel
from tnl_jury.gui.panels.common import FilterBar, make_table_view
from tnl_jury.gui.plain_text import PlainLabel, plain_tip
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.services.views import RecusalRow


class JuryPanel(QWidget):
    """Members (sortable, filterable table) above the list of recusals."""

    key = "jury"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemberTableModel(self)
        self.proxy = TextFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        members_box = QWidget(self)
        self.members_label = PlainLabel(members_box)
        self.filter_bar = FilterBar(members_box)
        self.view = make_table_view(self.proxy, members_box)
        self.view.sortByColumn(MemberColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(
            MemberColumn.ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        self.members_label.setBuddy(self.view)
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.members_label)
        members_layout.addWidget(self.filter_bar)
        members_layout.addWidget(self.view, 1)

        recusals_box = QWidget(self)
        self.recusals_label = PlainLabel(recusals_box)
        self.recusals = QTreeWidget(recusals_box)
        self.recusals.setRootIsDecorated(False)
        self.recusals.setSortingEnabled(True)
        self.recusals.setAlternatingRowColors(True)
        self.recusals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recusals_label.setBuddy(self.recusals)
        self.no_recusal = PlainLabel(recusals_box)
        recusals_layout = QVBoxLayout(recusals_box)
        recusals_layout.setContentsMargins(0, 0, 0, 0)
        recusals_layout.addWidget(self.recusals_label)
        recusals_layout.addWidget(self.no_recusal)
        recusals_layout.addWidget(self.recusals, 1)

        # A splitter lets people with large fonts give the room to the list they read.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(members_box)
        splitter.addWidget(recusals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.filter_bar.edit, self.view)
        self.setTabOrder(self.view, self.recusals)

        self.filter_bar.text_changed.connect(self.proxy.set_filter_text)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self._recusal_rows: tuple[RecusalRow, ...] = ()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Jury")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self.model.set_rows(snapshot.members if snapshot else ())
        self.view.resizeColumnsToContents()
        self._recusal_rows = snapshot.recusals if snapshot else ()
        self._fill_recusals()
        self._update_counts()

    def focus_filter(self) -> bool:
        self.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.edit.selectAll()
        return True

    def _fill_recusals(self) -> None:
        self.recusals.clear()
        for r in self._recusal_rows:
            item = QTreeWidgetItem([r.member_name, r.ds_number, r.candidate_name, r.reason])
            item.setToolTip(3, plain_tip(r.reason))
            self.recusals.addTopLevelItem(item)
        for column in range(self.recusals.columnCount() - 1):
            self.recusals.resizeColumnToContents(column)
        has_any = bool(self._recusal_rows)
        self.recusals.setVisible(has_any)
        self.no_recusal.setVisible(not has_any)

    def _update_counts(self) -> None:
        self.filter_bar.set_counts(self.proxy.rowCount(), self.model.rowCount())

    def retranslate_ui(self) -> None:
        self.members_label.setText(self.tr("Jury &members"))
        self.view.setAccessibleName(self.tr("Jury members"))
        self.view.setAccessibleDescription(
            self.tr("Name, organisation, role and whether the member is active.")
        )
        self.recusals_label.setText(self.tr("&Recusals (members stepping aside for a dossier)"))
        self.recusals.setHeaderLabels(
            [self.tr("Member"), self.tr("Dossier"), self.tr("Candidate"), self.tr("Reason")]
        )
        self.recusals.setAccessibleName(self.tr("Recusals"))
        self.recusals.setAccessibleDescription(
            self.tr("The members who do not score a dossier, and why.")
        )
        self.no_recusal.setText(self.tr("No recusal recorded."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
