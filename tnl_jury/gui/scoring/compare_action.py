"""View > Compare scores…: the comparison of the dossier selected in the Dossiers tab, as the
secretariat sees it (every score; see :mod:`tnl_jury.gui.scoring.comparison`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tnl_jury.gui.models.common import ROW_ROLE

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot
    from tnl_jury.services.views import DossierRow

_CONTEXT = "ComparisonFeature"
_COMPARE = str(QT_TRANSLATE_NOOP("ComparisonFeature", "&Compare scores…"))
_COMPARE_TIP = str(
    QT_TRANSLATE_NOOP(
        "ComparisonFeature",
        "The scores of the dossier selected in the Dossiers tab, side by side for every member",
    )
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def selected_dossier(window: MainWindow) -> DossierRow | None:
    """The dossier selected in the Dossiers tab, if any."""
    index = window.dossiers_panel.view.currentIndex()
    row = index.data(ROW_ROLE) if index.isValid() else None
    return cast("DossierRow | None", row)


class CompareAction:
    """View > Compare scores… of one main window (beside Reload)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        ui = window.ui
        self.action = ui.add(
            "view",
            "compare_scores",
            lambda: _tr(_COMPARE),
            self.compare_selected,
            tip=lambda: _tr(_COMPARE_TIP),
        )
        # Beside Reload, before the separator and the Language submenu.
        menu = ui.menus["view"]
        menu.removeAction(self.action)
        entries = menu.actions()
        menu.insertAction(entries[entries.index(ui.actions["refresh"]) + 1], self.action)
        self._update(window.snapshot)
        window.file_changed.connect(self._update)

    def compare_selected(self) -> None:
        from tnl_jury.gui.scoring.comparison import open_comparison

        window = self.window
        if window.jury_file is None:
            return
        row = selected_dossier(window)
        if row is None:
            window.select_panel("dossiers")
            window.show_message(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("ComparisonFeature", "Compare scores"),
                QCoreApplication.translate(
                    "ComparisonFeature", "First select a dossier in the Dossiers tab."
                ),
            )
            return
        open_comparison(window, row.id, None)

    def _update(self, snapshot: FileSnapshot | None) -> None:
        self.action.setEnabled(snapshot is not None)
