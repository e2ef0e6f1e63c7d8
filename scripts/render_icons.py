"""Render the application icon (assets/icons/lagaffektiv.svg) to the PNGs and the Windows .ico
that are committed next to it. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py

Qt draws the PNGs (QSvgRenderer), so no image library is needed. The .ico is written by hand: since
Windows Vista an .ico may hold PNG images as they are, which is all PyInstaller needs for the
executable's icon (it would otherwise want Pillow to convert a PNG).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SVG = ICONS / "lagaffektiv.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding the PNGs as they are (ICONDIR, one ICONDIRENTRY per image, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size   # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"lagaffektiv-{size}.png").write_bytes(png)
    (ICONS / "lagaffektiv.ico").write_bytes(ico(pngs))
    print(f"wrote {len(pngs)} PNGs and lagaffektiv.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
