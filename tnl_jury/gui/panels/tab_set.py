"""Which panels have a tab: tabs are added and removed, never hidden.

Qt's tab bar still exposes a hidden tab (``setTabVisible(False)``) to screen readers, as
showing and selectable: Orca's review of the window found "Hand in my ballot" outside juror
mode (#17). Contract: :func:`show_tabs` leaves ``tabs`` with exactly the panels ``shown``
accepts, in the order of ``panels``; a panel that loses its tab is not deleted but stays,
hidden, in the tab widget's stack (where :mod:`tnl_jury.gui.accessibility.hidden` keeps it
out of the accessibility tree), and keeps following the file. The current tab stays when it
is kept. Code that needs a panel's tab asks :func:`tab_index` (never an index of ``panels``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTabWidget, QWidget

from tnl_jury.gui.panels.common import FilePanel


def tab_index(tabs: QTabWidget, panel: FilePanel) -> int:
    """The index of ``panel``'s tab, or -1 when it has none now."""
    return tabs.indexOf(panel) if isinstance(panel, QWidget) else -1


def show_tabs(
    tabs: QTabWidget, panels: Sequence[FilePanel], shown: Callable[[FilePanel], bool]
) -> None:
    """See the module's contract."""
    position = 0
    for panel in panels:
        assert isinstance(panel, QWidget)
        index = tabs.indexOf(panel)
        if shown(panel):
            if index < 0:
                tabs.insertTab(position, panel, panel.title())
            position += 1
        elif index >= 0:
            tabs.removeTab(index)


def current_panel(tabs: QTabWidget, panels: Sequence[FilePanel]) -> FilePanel | None:
    """The panel of the current tab (None when there is no tab)."""
    page: object = tabs.currentWidget()
    return next((panel for panel in panels if panel is page), None)
