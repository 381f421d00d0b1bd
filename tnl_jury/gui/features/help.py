"""The Help menu's guides and F1: the keys of the current screen, the French guides, offline
(:mod:`tnl_jury.gui.help`). Works with or without a file open, in juror mode too."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)

if TYPE_CHECKING:
    from tnl_jury.gui.help import HelpWindow
    from tnl_jury.gui.main_window import MainWindow


def _t(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("HelpFeature", source)


class HelpFeature(QObject):
    """Opens the help window (created at first use) on the page asked for."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("help_feature")
        self.window = window
        self.help_window: HelpWindow | None = None
        ui = window.ui
        menu = ui.menus["help"]
        about = ui.actions.get("about")
        entries = [
            ("help_keys", QT_TRANSLATE_NOOP("HelpFeature", "&Keys of this screen"), 0, "F1"),
            ("help_scoring", QT_TRANSLATE_NOOP("HelpFeature", "&Scoring guide"), 1, None),
            ("help_meeting", QT_TRANSLATE_NOOP("HelpFeature", "A &meeting on several laptops"),
             2, None),
        ]  # fmt: skip
        for key, text, page, shortcut in entries:
            action = ui.add("help", key, _t(text), functools.partial(self.show_help, page),
                            shortcut=shortcut)  # fmt: skip
            if about is not None:  # the guides before "About"
                menu.removeAction(action)
                menu.insertAction(about, action)
        if about is not None:
            menu.insertSeparator(about)

    def show_help(self, page: int = 0) -> HelpWindow:
        """Show the help window on ``page`` (0 keys of the current screen, 1 scoring guide,
        2 meeting guide)."""
        from tnl_jury.gui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
        self.help_window.show_page(page)
        return self.help_window


def install(window: MainWindow) -> None:
    """Add the guides and F1 to the Help menu of ``window``."""
    window.help = HelpFeature(window)  # type: ignore[attr-defined]
