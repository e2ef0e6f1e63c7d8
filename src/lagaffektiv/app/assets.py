"""Finding the assets folder and making the bundled DejaVu Sans the application font.

Offscreen Qt, minimal containers and some kiosk machines have no usable system fonts and
draw every letter as an empty box; registering the bundled font avoids that. A missing or
unreadable font file is not fatal: the app logs a warning and keeps the system font.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from .. import shipped

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
MIN_POINT_SIZE = 10.0  # Qt's usual default is 9 pt; the learners read a lot of text
ICON_SIZES = (16, 32, 48, 64, 128, 256)   # assets/icons/lagaffektiv-<n>.png (scripts/render_icons.py)

_registered: dict[Path, list[str]] = {}


def assets_dir() -> Path | None:
    """The assets folder: $LAGAFFEKTIV_ASSETS, a PyInstaller bundle's, or the checkout's."""
    return shipped.assets_dir()


def _register(path: Path) -> list[str]:
    """Font families in one file, registering it once per process; [] when it cannot be used."""
    if path in _registered:
        return _registered[path]
    if not path.is_file():
        log.warning("font file %s not found; text uses the system font", path)
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("font file %s could not be loaded; text uses the system font", path)
    _registered[path] = families
    return families


def install_fonts(app: QApplication, folder: Path | None = None) -> str | None:
    """Register the bundled fonts and make DejaVu Sans the application font.

    Returns the family now in use, or None when the system font was kept (a warning is logged).
    """
    folder = folder if folder is not None else assets_dir()
    if folder is None:
        log.warning("assets folder not found; text uses the system font")
        return None
    families: set[str] = set()
    for name in FONT_FILES:
        families.update(_register(folder / "fonts" / name))
    if FONT_FAMILY not in families:
        return None
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), MIN_POINT_SIZE))
    app.setFont(font)
    return FONT_FAMILY


def app_icon(folder: Path | None = None) -> QIcon:
    """The window icon from the pre-rendered PNGs (no SVG rendering at start-up); an empty icon
    when they are missing, which Qt shows as its default."""
    folder = folder if folder is not None else assets_dir()
    icon = QIcon()
    if folder is None:
        return icon
    for size in ICON_SIZES:
        path = folder / "icons" / f"lagaffektiv-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        log.warning("application icon not found in %s", folder / "icons")
    return icon
