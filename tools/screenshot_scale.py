"""The second size of the documentation's screenshots: 1920×1080 at 150 % scaling.

The offscreen platform has one screen at 100 %; a 150 % screen is rendered instead: the window
is given the logical size such a screen offers (1280×720) and painted into a 1920×1080 image
whose device pixel ratio is 1.5, as Qt paints it on that screen. A dialog keeps its own
logical size, painted at 1.5× likewise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCALE = 1.5
LOGICAL = (1280, 720)  # 1920×1080 at 150 %


def save_scaled(widget: Any, target: Path, *, resize: bool = True) -> None:
    """Write ``widget`` as a 150 % screen shows it (see the module); its size is restored."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    size = widget.size()
    if resize:
        widget.resize(*LOGICAL)
    QCoreApplication.processEvents()
    logical = widget.size()
    image = QImage(
        round(logical.width() * SCALE),
        round(logical.height() * SCALE),
        QImage.Format.Format_ARGB32,
    )
    image.setDevicePixelRatio(SCALE)
    image.fill(0)
    widget.render(image)
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")
    print(f"wrote {target}")
    widget.resize(size)
    QCoreApplication.processEvents()
