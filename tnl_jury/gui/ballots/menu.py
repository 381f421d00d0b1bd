"""The Ballots menu, and the juror mode following the file (issue #7).

Secretariat (a jury file that is not a package): Ballots > Make juror packages… (one per
active member, into a folder), Import ballots… (then a summary per member and per ballot),
Settle the conflicts… (both values side by side). Juror mode (a juror package is open): the
window keeps only the member's scoring screen and the "Hand in my ballot" tab, and Ballots >
Hand in a ballot… (Ctrl+Shift+B) writes the signed ballot. See :mod:`tnl_jury.gui.ballots`.

The main window builds the juror panel and mode (``window.juror_panel``, ``window.juror_mode``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tnl_jury.gui.ballots import actions
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

CONTEXT = "BallotsMenu"
MENU = "ballots"
HAND_IN_SHORTCUT = "Ctrl+Shift+B"
SECRETARIAT_ACTIONS = ("make_packages", "import_ballots", "ballot_conflicts")


def _t(source: object) -> Callable[[], str]:
    text = str(source)
    return lambda: QCoreApplication.translate(CONTEXT, text)


def fill_ballots_menu(window: MainWindow) -> None:
    """Fill the Ballots menu, connect the juror panel, and follow the open file."""
    ui = window.ui
    panel, mode = window.juror_panel, window.juror_mode
    panel.hand_in_requested.connect(lambda: actions.choose_and_hand_in(window))
    panel.scoring_requested.connect(lambda: window.select_panel("scoring"))

    ui.add(
        MENU,
        "make_packages",
        _t(QT_TRANSLATE_NOOP("BallotsMenu", "Make &juror packages…")),
        lambda: actions.choose_and_make_packages(window),
        tip=_t(
            QT_TRANSLATE_NOOP(
                "BallotsMenu",
                "One package per member, to score offline on their own laptop",
            )
        ),
    )
    ui.add(
        MENU,
        "import_ballots",
        _t(QT_TRANSLATE_NOOP("BallotsMenu", "&Import ballots…")),
        lambda: actions.choose_and_import(window),
        shortcut="Ctrl+Shift+I",
        tip=_t(
            QT_TRANSLATE_NOOP(
                "BallotsMenu", "Merge the members' signed ballots into this jury file"
            )
        ),
    )
    ui.add(
        MENU,
        "ballot_conflicts",
        _t(QT_TRANSLATE_NOOP("BallotsMenu", "Settle the &conflicts…")),
        lambda: actions.open_conflicts(window),
        tip=_t(
            QT_TRANSLATE_NOOP(
                "BallotsMenu", "Ballot values that differ from values typed in the file"
            )
        ),
    )
    ui.add(
        MENU,
        "hand_in_ballot",
        _t(QT_TRANSLATE_NOOP("BallotsMenu", "&Hand in a ballot…")),
        lambda: actions.choose_and_hand_in(window),
        shortcut=HAND_IN_SHORTCUT,
        tip=_t(
            QT_TRANSLATE_NOOP("BallotsMenu", "Save your signed ballot, to give to the secretariat")
        ),
    )

    def update(snapshot: FileSnapshot | None) -> None:
        mode.follow(snapshot)
        writable = snapshot is not None and not snapshot.read_only
        for key in SECRETARIAT_ACTIONS:
            ui.actions[key].setVisible(not mode.active)
            ui.actions[key].setEnabled(snapshot is not None and not mode.active)
        ui.actions["make_packages"].setEnabled(writable and not mode.active)
        ui.actions["import_ballots"].setEnabled(writable and not mode.active)
        ui.actions["hand_in_ballot"].setVisible(mode.active)
        ui.actions["hand_in_ballot"].setEnabled(mode.active and writable)

    window.file_changed.connect(update)
    update(window.snapshot)
