"""Every control shows the keyboard focus by a ring of at least 2 px whose colour contrasts at
least 3:1 with what it covers (WCAG 2.2, 2.4.13): rendered offscreen, focused against
unfocused, pixel by pixel."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tnl_jury.gui.accessibility.focus_ring import contrast
from tnl_jury.gui.main_window import MainWindow


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _changed(before: QImage, after: QImage) -> list[tuple[QColor, QColor]]:
    pairs = []
    for y in range(before.height()):
        for x in range(before.width()):
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new:
                pairs.append((old, new))
    return pairs


@pytest.mark.parametrize(
    "make",
    [
        lambda p: QPushButton("Enregistrer", p),
        lambda p: QCheckBox("Vote", p),
        lambda p: QLineEdit("Montpellier", p),
        lambda p: QComboBox(p),
        lambda p: QSpinBox(p),
    ],
    ids=["button", "checkbox", "line edit", "combo box", "spin box"],
)
def test_the_focus_is_a_ring_contrasting_3_to_1(
    qtbot: QtBot, window: MainWindow, make: object
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    other = QPushButton("Autre", host)
    control = make(host)  # type: ignore[operator]
    layout.addWidget(other)
    layout.addWidget(control)
    host.resize(240, 120)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: other.hasFocus())
    unfocused = _grab(control)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control.hasFocus())
    focused = _grab(control)
    changed = _changed(unfocused, focused)
    ring = [(old, new) for old, new in changed if contrast(old, new) >= 3.0]
    # A ring at least 2 px thick around most of the control's outline.
    perimeter = 2 * (control.width() + control.height())
    assert len(ring) >= perimeter, (len(ring), perimeter, len(changed))
    # The ring's colour (the commonest new colour) stands out on the window's background too
    # (a selected text or the cursor may change a few other pixels).
    commonest = Counter(new.rgb() for _, new in ring).most_common(1)[0][0]
    window_colour = host.palette().window().color()
    assert contrast(QColor.fromRgb(commonest), window_colour) >= 3.0


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
