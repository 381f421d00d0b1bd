"""The "Jury" tab: the jury members, and under them the recusals (members stepping aside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
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
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.views import DossierRow, MemberRow, RecusalRow


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
        # Setting the jury up: the secretariat needs no command line for it.
        self.add_button = QPushButton(members_box)
        self.edit_button = QPushButton(members_box)
        self.recuse_button = QPushButton(members_box)
        member_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.recuse_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        members_layout.addLayout(member_buttons)

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
        self.lift_button = QPushButton(recusals_box)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.lift_button)
        lift_row.addStretch(1)
        recusals_layout.addLayout(lift_row)

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
        self._dossier_rows: tuple[DossierRow, ...] = ()
        self._writable = False
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.recuse_button.clicked.connect(self.declare_recusal)
        self.lift_button.clicked.connect(self.lift_recusal)
        self.view.doubleClicked.connect(lambda _index: self.edit_member())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.recusals.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Jury")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self.model.set_rows(snapshot.members if snapshot else ())
        self.view.resizeColumnsToContents()
        self._recusal_rows = snapshot.recusals if snapshot else ()
        self._dossier_rows = snapshot.dossiers if snapshot else ()
        self._writable = snapshot is not None and not snapshot.read_only
        self._fill_recusals()
        self._update_counts()
        self._update_buttons()

    # Setting the jury up ------------------------------------------------------------------

    def _window(self) -> MainWindow | None:
        from tnl_jury.gui.main_window import MainWindow

        window = self.window()
        return window if isinstance(window, MainWindow) and window.jury_file else None

    def current_member(self) -> MemberRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def current_recusal(self) -> RecusalRow | None:
        item = self.recusals.currentItem()
        if item is None:
            return None
        row = item.data(0, Qt.ItemDataRole.UserRole)
        return self._recusal_rows[row] if isinstance(row, int) else None

    def add_member(self) -> None:
        from tnl_jury.gui.panels.jury_editing import MemberDialog, apply_change
        from tnl_jury.services import members

        window = self._window()
        if window is None or not self._writable:
            return
        dialog = MemberDialog(None, self)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        jury_file = window.jury_file
        assert jury_file is not None
        apply_change(
            window,
            self.tr("Cannot add the member"),
            lambda: members.add_member(jury_file, v.name, v.organisation, v.role, voting=v.voting),
        )

    def edit_member(self) -> None:
        from tnl_jury.gui.panels.jury_editing import MemberDialog, apply_change
        from tnl_jury.services import members

        window, member = self._window(), self.current_member()
        if window is None or member is None or not self._writable:
            return
        dialog = MemberDialog(member, self)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        jury_file = window.jury_file
        assert jury_file is not None
        apply_change(
            window,
            self.tr("Cannot change the member"),
            lambda: members.update_member(
                jury_file,
                member.id,
                name=v.name,
                organisation=v.organisation,
                role=v.role,
                active=v.active,
                voting=v.voting,
            ),
        )

    def declare_recusal(self) -> None:
        from tnl_jury.gui.panels.jury_editing import RecusalDialog, apply_change
        from tnl_jury.services import members

        window, member = self._window(), self.current_member()
        if window is None or member is None or not self._writable:
            return
        dialog = RecusalDialog(member, self._dossier_rows, self)
        if dialog.exec() != RecusalDialog.DialogCode.Accepted:
            return
        dossier_id, reason = dialog.values()
        jury_file = window.jury_file
        assert jury_file is not None
        apply_change(
            window,
            self.tr("Cannot record the recusal"),
            lambda: members.recuse(jury_file, member.id, dossier_id, reason),
        )

    def lift_recusal(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from tnl_jury.gui.panels.jury_editing import apply_change
        from tnl_jury.services import members

        window, recusal = self._window(), self.current_recusal()
        if window is None or recusal is None or not self._writable:
            return
        question = self.tr(
            "{member} will score dossier {number} ({candidate}) again and take part in its "
            "vote. Lift the recusal?"
        ).format(
            member=recusal.member_name,
            number=recusal.ds_number,
            candidate=recusal.candidate_name,
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Lift the recusal"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from outside
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        jury_file = window.jury_file
        assert jury_file is not None
        apply_change(
            window,
            self.tr("Cannot lift the recusal"),
            lambda: members.lift_recusal(jury_file, recusal.member_id, recusal.dossier_id),
        )

    def _update_buttons(self) -> None:
        has_member = self.current_member() is not None
        self.add_button.setEnabled(self._writable)
        self.edit_button.setEnabled(self._writable and has_member)
        self.recuse_button.setEnabled(self._writable and has_member and bool(self._dossier_rows))
        self.lift_button.setEnabled(self._writable and self.current_recusal() is not None)

    def focus_filter(self) -> bool:
        self.filter_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.edit.selectAll()
        return True

    def _fill_recusals(self) -> None:
        self.recusals.clear()
        for position, r in enumerate(self._recusal_rows):
            item = QTreeWidgetItem([r.member_name, r.ds_number, r.candidate_name, r.reason])
            item.setToolTip(3, plain_tip(r.reason))
            item.setData(0, Qt.ItemDataRole.UserRole, position)
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
        self.add_button.setText(self.tr("&Add a member…"))
        self.edit_button.setText(self.tr("&Edit the member…"))
        self.recuse_button.setText(self.tr("S&tep aside for a dossier…"))
        self.lift_button.setText(self.tr("Lift the rec&usal…"))
        self.add_button.setToolTip(self.tr("Add a jury member (name, organisation, role)"))
        self.edit_button.setToolTip(
            self.tr("Change the selected member, or mark them as no longer sitting on the jury")
        )
        self.recuse_button.setToolTip(
            self.tr("The selected member will not score nor vote on a dossier (reason required)")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
