"""A visible keyboard focus on every control: a 2 px ring contrasting at least 3:1.

Qt's styles show the focus of a push button, a check box or a line edit by a 1 px change of
colour (2.35:1 in Fusion), which a juror with low vision does not see. Contract of
:func:`install` (once, on the application; later calls do nothing): the application's style
becomes :class:`FocusRingStyle`, a proxy of the style in use that draws, over what the style
draws, a ring :data:`RING_WIDTH` px wide inside every focused push button, tool button, check
box, radio button, line edit, combo box and spin box, and in place of the style's dotted focus
rectangle (tabs, the current item of a list or table), inside the control's 1 px frame. Its
colour is the palette's highlight when that contrasts at least :data:`CHOICE_CONTRAST` (a
margin over WCAG's :data:`MIN_CONTRAST`) with the window's, the buttons' and the fields'
backgrounds, else a dark blue (light themes) or a yellow (dark themes).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

RING_WIDTH = 2
MIN_CONTRAST = 3.0  # WCAG 2.2's minimum for a focus indicator
CHOICE_CONTRAST = 4.5  # what the colour must reach on the backgrounds: margin over 3:1
FALLBACKS = (QColor("#0050a0"), QColor("#ffd23f"))  # 6.9:1 on #efefef; 11:1 on #353535

_CONTROLS = {
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
}
_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
}


def luminance(colour: QColor) -> float:
    """The relative luminance of WCAG 2 (0 black, 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The ring's colour on ``palette`` (see the module's contract)."""
    grounds = (palette.window().color(), palette.button().color(), palette.base().color())
    for colour in (palette.highlight().color(), *FALLBACKS):
        if all(contrast(colour, ground) >= CHOICE_CONTRAST for ground in grounds):
            return colour
    dark = luminance(palette.window().color()) < 0.2
    return FALLBACKS[1] if dark else FALLBACKS[0]


def draw_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(ring_colour(palette), RING_WIDTH)
    pen.setJoinStyle(pen.joinStyle().MiterJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    inset = 1 + RING_WIDTH // 2  # inside the control's own 1 px frame
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusRingStyle(QProxyStyle):
    """See the module's contract."""

    def drawControl(  # noqa: N802 (Qt API)
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS and _focused(option):
            draw_ring(painter, option.rect, option.palette)

    def drawComplexControl(  # noqa: N802 (Qt API)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
        if control in _COMPLEX and _focused(option):
            draw_ring(painter, option.rect, option.palette)

    def drawPrimitive(  # noqa: N802 (Qt API)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_ring(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and _focused(option):
            draw_ring(painter, option.rect, option.palette)


def install() -> None:
    """Make the application's style a :class:`FocusRingStyle` (see the module's contract)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), FocusRingStyle):
        return
    base = QStyleFactory.create(app.style().name())
    if base is None:
        return
    app.setStyle(FocusRingStyle(base))
