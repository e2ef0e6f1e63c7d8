"""Finding the assets folder and making the bundled DejaVu Sans the application font.

Offscreen Qt, minimal containers and some kiosk machines have no usable system fonts and
draw every letter as an empty box; registering the bundled font avoids that. A missing or
unreadable font file is not fatal: the app logs a warning and keeps the system font.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
MIN_POINT_SIZE = 10.0  # Qt's usual default is 9 pt; the learners read a lot of text

_registered: dict[Path, list[str]] = {}


def assets_dir() -> Path | None:
    """The assets folder: $LAGAFFEKTIV_ASSETS, a PyInstaller bundle's, or the checkout's."""
    env = os.environ.get("LAGAFFEKTIV_ASSETS")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "assets").is_dir() and (parent / "pyproject.toml").is_file():
            return parent / "assets"
    return None


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
