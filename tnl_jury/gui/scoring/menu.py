"""The Scoring menu (the "Scoring" and "Progress" tabs are built by the main window).

Scoring > Score the selected dossier (Ctrl+Shift+S) opens the scoring screen on the dossier selected
in the Dossiers tab (asking first who is at the keyboard); the menu also lists the screen's
own actions (change member, next dossier, next empty criterion, undo, submit, compare, step
aside), whose shortcuts work while the screen has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.scoring.progress_panel import ProgressPanel
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

CONTEXT = "ScoringMenu"
MENU = "scoring"
SCORE_SHORTCUT = "Ctrl+Shift+S"


def _t(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(CONTEXT, source)


def selected_dossier(window: MainWindow) -> int | None:
    """The dossier selected in the Dossiers tab, if any."""
    row = window.dossiers_panel.view.currentIndex().data(ROW_ROLE)
    return getattr(row, "id", None)


def fill_scoring_menu(window: MainWindow) -> None:
    """Fill the Scoring menu of ``window`` (its scoring screen built) and follow the file."""
    screen = window.scoring_screen
    ui = window.ui
    menu = ui.menus[MENU]
    score = ui.add(
        MENU,
        "score",
        _t(QT_TRANSLATE_NOOP("ScoringMenu", "Score the selected &dossier")),
        lambda: screen.start_scoring(selected_dossier(window)),
        shortcut=SCORE_SHORTCUT,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "ScoringMenu", "Open the scoring screen on the dossier selected in the list"
            )
        ),
    )
    ui.add(
        MENU,
        "scoring_progress",
        _t(QT_TRANSLATE_NOOP("ScoringMenu", "Scoring pro&gress")),
        lambda: window.select_panel(ProgressPanel.key),
        tip=_t(QT_TRANSLATE_NOOP("ScoringMenu", "Every member’s status on every dossier")),
    )
    menu.addSeparator()
    for key in ("change_member", "previous_dossier", "next_dossier", "next_empty"):
        menu.addAction(screen.actions_[key])
    menu.addSeparator()
    for key in ("undo", "redo", "submit", "submit_next", "reopen", "compare", "recuse"):
        menu.addAction(screen.actions_[key])
    menu.addSeparator()
    menu.addAction(screen.actions_["score_moves_on"])
    menu.addAction(screen.actions_["attachments_docked"])

    def update(snapshot: FileSnapshot | None) -> None:
        score.setEnabled(snapshot is not None)
        ui.actions["scoring_progress"].setEnabled(snapshot is not None)

    window.file_changed.connect(update)
    update(window.snapshot)
