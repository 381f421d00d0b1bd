"""Room for accented capitals on tab labels (a proxy of the application's style).

Apart from :mod:`.common` so that the window's first paint does not pay for the style's
Python subclass: the main window's tabs get it when the screens are built.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget


class _RoomyTabTextStyle(QProxyStyle):
    """The application's style, but tab labels get a little more height.

    Some styles (Fusion among them) draw an unselected tab's label in a rectangle just the
    height of the font and clip to it, which cuts the accent off capitals: "Édition" read
    "Edition" on the unselected tab.
    """

    def subElementRect(  # noqa: N802 (Qt API)
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        # The stubs want a widget; Qt accepts none (the style then works from ``option``).
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element == QStyle.SubElement.SE_TabBarTabText:
            extra = max(2, option.fontMetrics.height() // 4)
            return rect.adjusted(0, -extra, 0, extra)
        return rect


def keep_tab_accents(tabs: QTabWidget) -> None:
    """Give ``tabs``' labels room for accented capitals (see :class:`_RoomyTabTextStyle`)."""
    style = _RoomyTabTextStyle()
    style.setParent(tabs.tabBar())  # a widget does not own its style
    tabs.tabBar().setStyle(style)
