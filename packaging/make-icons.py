"""Render the app icon (resources/icons/tnl-jury.svg) into every file the installers need.

    python packaging/make-icons.py OUT_DIR

writes, from the SVG alone (Qt's SVG renderer on the offscreen platform, no other tool):

- ``OUT_DIR/hicolor/<n>x<n>/apps/tnl-jury.png`` for n in 16, 24, 32, 48, 64, 128, 256 and
  ``OUT_DIR/hicolor/scalable/apps/tnl-jury.svg`` (the freedesktop icon theme layout: the .deb
  copies this tree to /usr/share/icons/);
- ``OUT_DIR/tnl-jury.png`` (256 px, for the window icon of the frozen app);
- ``OUT_DIR/tnl-jury.ico`` (16 to 256 px, each size stored as PNG, which Windows reads since
  Vista; the .exe, the installer and the file association use it).

The generated files are build outputs, never committed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "tnl-jury.svg"
NAME = "tnl-jury"


def render_pngs(svg: Path) -> dict[int, bytes]:
    """The icon rendered at each size of :data:`SIZES`, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"could not encode the {size} px icon as PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (ICONDIR + ICONDIRENTRY + PNG data)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def make_icons(out_dir: Path, svg: Path = SOURCE) -> None:
    pngs = render_pngs(svg)
    hicolor = out_dir / "hicolor"
    for size, data in pngs.items():
        target = hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    scalable = hicolor / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    (out_dir / f"{NAME}.png").write_bytes(pngs[256])
    (out_dir / f"{NAME}.ico").write_bytes(ico_bytes(pngs))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)  # noqa: T201
        return 2
    out_dir = Path(argv[0])
    make_icons(out_dir)
    print(f"icons written to {out_dir}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
