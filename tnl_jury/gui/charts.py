"""Draws the chart descriptions of :mod:`tnl_jury.domain.charts` with QPainter.

The renderer lays nothing out: it scales a chart uniformly into the rectangle it is given
(centred), so the same description looks the same on the screen, in a PNG and in a PDF.
:class:`ChartWidget` shows one chart, its title and summary as accessible name and description.
:func:`chart_words` gives the charts' words in the interface's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tnl_jury.gui.plain_text import plain_tip

if TYPE_CHECKING:
    from tnl_jury.domain.charts import Chart, ChartWords


def chart_words() -> ChartWords:
    """The charts' words, translated (context ``Charts``)."""
    from tnl_jury.domain.charts import ChartWords

    return ChartWords(
        merit_title=QCoreApplication.translate("Charts", "The members' proposed levels"),
        majority=QCoreApplication.translate("Charts", "Majority grade: {level}"),
        no_proposal=QCoreApplication.translate("Charts", "No member has proposed a level yet."),
        median=QCoreApplication.translate("Charts", "median"),
        levels_title=QCoreApplication.translate("Charts", "Scores against the level thresholds"),
        overall=QCoreApplication.translate("Charts", "Overall score"),
        no_score=QCoreApplication.translate("Charts", "no score"),
        threshold_hint=QCoreApplication.translate(
            "Charts", "ticks: the score each level requires (red: not reached)"
        ),
        spread_title=QCoreApplication.translate(
            "Charts", "Each member's value, criterion by criterion"
        ),
        spread_hint=QCoreApplication.translate("Charts", "one dot per member · bar: the mean"),
        no_value=QCoreApplication.translate("Charts", "no value"),
        level_short=QCoreApplication.translate("Charts", "L{level}"),
        no_label=QCoreApplication.translate("Charts", "No label"),
    )


def paint_chart(painter: QPainter, chart: Chart, target: QRectF) -> None:
    """Draw ``chart`` scaled uniformly to fit ``target``, centred in it."""
    from tnl_jury.domain.charts import Box, Dot, Label, Segment

    scale = min(target.width() / chart.width, target.height() / chart.height)
    if scale <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    dx = target.x() + (target.width() - chart.width * scale) / 2
    dy = target.y() + (target.height() - chart.height * scale) / 2
    painter.translate(dx, dy)
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, chart.width, chart.height), QColor(chart.background))
    font = QFont(painter.font())
    fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
    for shape in chart.shapes:
        if isinstance(shape, Box):
            painter.setPen(QPen(QColor(shape.stroke), 1) if shape.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(shape.fill))
            painter.drawRect(QRectF(shape.x, shape.y, shape.w, shape.h))
        elif isinstance(shape, Segment):
            pen = QPen(QColor(shape.colour), shape.width)
            if shape.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Dot):
            painter.setPen(QPen(QColor(shape.stroke), 1) if shape.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(shape.fill))
            painter.drawEllipse(QPointF(shape.x, shape.y), shape.radius, shape.radius)
        elif isinstance(shape, Label):
            key = (shape.size, shape.bold)
            if key not in fonts:
                f = QFont(font)
                f.setBold(shape.bold)
                # A chart's unit is the painter's unit: the font is sized in those units.
                f.setPixelSize(max(1, round(shape.size)))
                fonts[key] = (f, QFontMetricsF(f))
            f, metrics = fonts[key]
            painter.setFont(f)
            painter.setPen(QColor(shape.colour))
            width = metrics.horizontalAdvance(shape.text)
            x = shape.x
            if shape.anchor == "middle":
                x -= width / 2
            elif shape.anchor == "end":
                x -= width
            baseline = shape.y + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(x, baseline), shape.text)
    painter.restore()


class ChartWidget(QWidget):
    """One chart, scaled to the widget, keeping its proportions; empty until :meth:`set_chart`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart | None) -> None:
        self._chart = chart
        self.setAccessibleName(chart.title if chart else "")
        self.setAccessibleDescription(chart.summary if chart else "")
        self.setToolTip(plain_tip(chart.summary) if chart else "")  # labels come from outside
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        if self._chart is None:
            return QSize(320, 120)
        return QSize(round(self._chart.width), round(self._chart.height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(160, 60)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self._chart is None:
            return
        painter = QPainter(self)
        try:
            paint_chart(painter, self._chart, QRectF(self.rect()))
        finally:
            painter.end()
