"""The widgets and actions of the scoring screen, laid out (no behaviour: see ``screen``).

Two pages: a message (why scoring cannot start yet, with a "Choose the member" button), and
the work page: the member bar, a tool bar, a notice (stepped aside, locked…), then a splitter
with the dossier list, the dossier and the criteria.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.models.common import TextFilterProxyModel
from tnl_jury.gui.panels.common import FilterBar, make_notice, make_table_view
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.scoring.criteria_panel import CriteriaPanel
from tnl_jury.gui.scoring.dossier_list import CANDIDATE, NUMBER, MemberDossierModel, resort
from tnl_jury.gui.scoring.dossier_view import DossierView

if TYPE_CHECKING:
    from tnl_jury.gui.scoring.screen import ScoringScreen
    from tnl_jury.services.views import DossierRow

# key: shortcuts (the first is shown in menus)
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "change_member": ("Ctrl+M",),
    "previous_dossier": ("Alt+PgUp",),
    "next_dossier": ("Alt+PgDown",),
    "next_empty": ("F8",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "submit": ("Ctrl+Return", "Ctrl+Enter"),
    "submit_next": ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
    "score_moves_on": (),  # a checkable setting of the Scoring menu
    "attachments_docked": (),  # likewise: attachments beside the criteria, or in a window
    "compare": ("F9",),
    "recuse": (),
    "reopen": (),  # never a shortcut: reopening a submitted dossier is a deliberate act
}
TOOLBAR = (
    "previous_dossier",
    "next_dossier",
    "next_empty",
    None,
    "undo",
    "redo",
    None,
    "submit",
    "reopen",
    "compare",
    None,
    "recuse",
)


class ScreenLayout:
    """Builds the screen's widgets; ``actions`` by key (see :data:`SHORTCUTS`)."""

    def __init__(self, screen: ScoringScreen) -> None:
        self.screen = screen
        self.selecting = False  # True while the program moves the list's current row
        self._kept_sizes: QByteArray | None = None
        self.stack = QStackedWidget(screen)
        outer = QVBoxLayout(screen)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # Page 0: why scoring cannot start yet.
        message_page = QWidget(self.stack)
        self.message = PlainLabel(message_page)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.choose_button = QPushButton(message_page)
        column = QVBoxLayout(message_page)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack.addWidget(message_page)

        # Page 1: scoring.
        work = QWidget(self.stack)
        self.member_bar = QFrame(work)
        self.member_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.member_label = PlainLabel(self.member_bar)
        font = self.member_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)  # relative to the system's size
        self.member_label.setFont(font)
        self.member_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.change_button = QPushButton(self.member_bar)
        self.status_label = PlainLabel(self.member_bar)
        self.save_label = PlainLabel(self.member_bar)
        bar = QHBoxLayout(self.member_bar)
        bar.addWidget(self.member_label)
        bar.addWidget(self.change_button)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addSpacing(12)
        bar.addWidget(self.save_label)

        self.toolbar = QToolBar(work)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions = self._make_actions()
        for key in TOOLBAR:
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[key])
        self.change_button.clicked.connect(self.actions["change_member"].trigger)

        self.notice, self.notice_text = make_notice(work)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, work)
        self.splitter.setChildrenCollapsible(True)
        list_box = QWidget(self.splitter)
        self.filter_bar = FilterBar(list_box)
        self.list_model = MemberDossierModel(list_box)
        self.proxy = TextFilterProxyModel(list_box)
        # Rows come in number order; sorting again on every status change would move the
        # row being scored, and sorting 5,000 rows through Python takes about a second.
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSourceModel(self.list_model)
        self.list_view = make_table_view(self.proxy, list_box)
        self.list_view.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.list_view, 1)
        self.dossier_view = DossierView(self.splitter)
        self.criteria = CriteriaPanel(self.splitter)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.dossier_view)
        self.splitter.addWidget(self.criteria)
        # The docked attachment viewer: a pane beside the criteria, shown while it holds one.
        self.attachment_pane = QWidget(self.splitter)
        pane_layout = QVBoxLayout(self.attachment_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.attachment_pane)
        self.attachment_pane.hide()
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setStretchFactor(3, 1)
        self.splitter.setSizes([330, 420, 530])

        layout = QVBoxLayout(work)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.member_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(work)

        self.filter_bar.text_changed.connect(self._filter)
        screen.setTabOrder(self.filter_bar.edit, self.list_view)
        screen.setTabOrder(self.list_view, self.dossier_view.tabs)

    def _make_actions(self) -> dict[str, QAction]:
        screen = self.screen
        actions: dict[str, QAction] = {}
        for key, keys in SHORTCUTS.items():
            action = QAction(screen)
            action.setObjectName(f"action_scoring_{key}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            # Active anywhere in the screen (and from the Scoring menu), nowhere else.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            screen.addAction(action)
            actions[key] = action
        return actions

    # List --------------------------------------------------------------------------------

    def set_list(
        self, rows: Sequence[DossierRow], statuses: dict[int, str], current: int | None
    ) -> None:
        self.list_model.set_rows(rows, statuses)
        resort(self.list_view)
        # Widths from the font, not from every row (resizing to contents reads them all).
        metrics = self.list_view.fontMetrics()
        widest = max((r.ds_number for r in rows), key=len, default="00000000")
        self.list_view.setColumnWidth(NUMBER, metrics.horizontalAdvance(widest + "00"))
        self.list_view.setColumnWidth(CANDIDATE, metrics.averageCharWidth() * 16)
        if current is not None:
            self.select_in_list(current)
        self.filter_bar.set_counts(self.proxy.rowCount(), self.list_model.rowCount())

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.filter_bar.set_counts(self.proxy.rowCount(), self.list_model.rowCount())

    def select_in_list(self, dossier_id: int) -> None:
        """Make ``dossier_id`` the list's current row without opening it again."""
        source_row = self.list_model.row_of(dossier_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.list_model.index(source_row, 0))
        if not index.isValid():
            return
        self.selecting = True
        try:
            self.list_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list_view.scrollTo(index)
        finally:
            self.selecting = False

    def main_control(self) -> QWidget:
        """What the keyboard starts from when the screen is shown: the dossier list once
        somebody scores, "Choose the member…" before (the page's message otherwise)."""
        if self.stack.currentIndex() == 1:
            return self.list_view
        first_page = self.stack.widget(0)
        if first_page is not None and self.choose_button.isVisibleTo(first_page):
            return self.choose_button
        return self.message

    def first_dossier_id(self) -> int | None:
        if self.proxy.rowCount() == 0:
            return None
        source = self.proxy.mapToSource(self.proxy.index(0, 0))
        return self.list_model.dossier_at(source.row()).id

    def set_body_visible(self, visible: bool) -> None:
        """The dossier and the criteria are hidden while there is nothing to score (a member
        who stepped aside sees why instead)."""
        if visible == (not self.dossier_view.isHidden()):
            return
        if not visible:  # hiding squeezes the splitter: keep its sizes for later
            self._kept_sizes = self.splitter.saveState()
        self.dossier_view.setVisible(visible)
        self.criteria.setVisible(visible)
        if visible and self._kept_sizes is not None:
            self.splitter.restoreState(self._kept_sizes)
