"""Moving through the scoring screen's dossier list: the next or previous dossier, a row
activated, Enter in the filter (a base of :class:`~tnl_jury.gui.scoring.screen.ScoringScreen`).
Moving in the list only selects; a dossier opens by an explicit action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from tnl_jury.gui.scoring.screen_state import ScreenState

if TYPE_CHECKING:
    from tnl_jury.services.views import DossierRow


class ScreenNavigation(ScreenState):
    """The list's moves; :meth:`open_dossier` is the screen's."""

    def open_dossier(self, dossier_id: int) -> None:
        raise NotImplementedError  # ScoringScreen opens dossiers

    def move_dossier(self, delta: int) -> None:
        """Open the next (``+1``) or previous (``-1``) dossier in the list's order, from the
        dossier shown (from the list's current row when the filter hides it)."""
        view, proxy = self.ui.list_view, self.ui.proxy
        rows = proxy.rowCount()
        if rows == 0:
            return
        current = view.currentIndex().row()
        if self.sheet is not None:
            source_row = self.ui.list_model.row_of(self.sheet.dossier.id)
            if source_row is not None:
                shown = proxy.mapFromSource(self.ui.list_model.index(source_row, 0))
                current = shown.row() if shown.isValid() else current
        target = max(0, min(rows - 1, current + delta)) if current >= 0 else 0
        if target != current or self.sheet is None:
            self._open_row(proxy.index(target, 0))

    def _list_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Enter or a double-click on a row of the list: score that dossier."""
        self._open_row(index)

    def _filter_entered(self) -> None:
        """Enter in the filter: score the list's current row, or its first one."""
        index = self.ui.list_view.currentIndex()
        if not index.isValid():
            index = self.ui.proxy.index(0, 0)
        self._open_row(index)

    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid() or self.scorer is None:
            return
        row = self.ui.proxy.mapToSource(index).row()
        self.open_dossier(self.ui.list_model.dossier_at(row).id)

    def _fill_list(self) -> None:
        jury_file = self.window_.jury_file
        rows: tuple[DossierRow, ...] = ()
        statuses: dict[int, str] = {}
        if jury_file is not None and self.snapshot is not None and self.scorer is not None:
            # Only once somebody scores: the list is not shown before.
            from tnl_jury.services.scoring_view import member_statuses

            rows = self.snapshot.dossiers
            statuses = member_statuses(jury_file, self.scorer.member_id)
        self.ui.set_list(rows, statuses, self.sheet.dossier.id if self.sheet else None)
