"""Screens that plug into the main window (import, scoring, deliberation, exports, ballots…).

Each module listed in :data:`FEATURE_MODULES` defines ``install(window: MainWindow) -> None``,
which adds its tabs (``window.add_panel``), menu entries (``window.ui.add`` /
``window.ui.add_menu``) and signal connections. The main window calls them in this order once
its own panels and menus exist. Keep one module name per line: several screens are added in
parallel.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

FEATURE_MODULES: tuple[str, ...] = (
    "import_ds",
    "outputs",
    "scoring",
    "comparison",
    "deliberation",
    "ballots",
    "checklist",
    "help",
)


def install_features(window: MainWindow) -> None:
    """Install every feature module into ``window``."""
    for name in FEATURE_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.install(window)
