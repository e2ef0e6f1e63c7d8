"""Qt helpers of ``lagaffektiv --self-test`` (lagaffektiv.selftest, which stays Qt-free at import)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ..selftest import CheckFailed
from .assets import install_fonts


def start_qt() -> tuple[QApplication, str | None]:
    """The application object (offscreen unless QT_QPA_PLATFORM says otherwise) and the font installed."""
    def quiet(mode, context, message) -> None:   # the offscreen platform's chatter is not a finding
        # ... nor is Qt Multimedia's report of the optional libraries (PipeWire, VA-API) it did not find.
        if "propagateSizeHints" not in message and not (context.category or "").startswith("qt.multimedia"):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "lagaffektiv"])
    return app, install_fonts(app)


def not_blank(widget, what: str) -> str:
    """Grab ``widget`` and check the picture has content: more than a handful of colours."""
    QApplication.processEvents()
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() < 50 or pixmap.height() < 50:
        raise CheckFailed(f"{what}: the picture is empty ({pixmap.width()}×{pixmap.height()})")
    image = pixmap.toImage().scaled(160, 100, Qt.AspectRatioMode.IgnoreAspectRatio,
                                    Qt.TransformationMode.FastTransformation)
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    if len(colours) < 4:
        raise CheckFailed(f"{what}: the picture is blank ({len(colours)} colour(s))")
    return f"{pixmap.width()}×{pixmap.height()}, {len(colours)} colours"


def translations_load() -> str:
    """The app's Swedish words are found (a bundle that lost its .qm would show English only)."""
    from . import text as t
    from .i18n import FOLDER

    if t.ui("sv", "scenarios") == t.UI["scenarios"]:
        raise CheckFailed(f"UI translations: no Swedish words in {FOLDER}")
    return str(FOLDER)


def images_and_icon() -> str:
    """The window icon is found, and Qt can read the image types a scenario may use."""
    from PySide6.QtGui import QImageReader

    from .assets import app_icon, assets_dir

    if app_icon().isNull():
        raise CheckFailed(f"application icon: not found in {assets_dir()}")
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in ("png", "jpeg", "svg") if f not in formats]
    if missing:
        raise CheckFailed(f"images: Qt cannot read {', '.join(missing)} (its image plugins are missing)")
    return "icon, png, jpeg, svg"


def sound_backend() -> str:
    """Qt Multimedia, where installed, has a backend that decodes audio (no sound device is needed).

    Without Qt Multimedia (PySide6-Addons) the app runs silently, which is not a fault; a Qt Multimedia
    without its backend plugin is (a bundle that lost the ffmpeg plugin would never play a sound)."""
    try:
        from PySide6.QtMultimedia import QMediaFormat, QMediaPlayer
    except ImportError as exc:
        return f"not installed ({exc}): the app runs without sound"
    player = QMediaPlayer()
    try:
        codecs = QMediaFormat().supportedAudioCodecs(QMediaFormat.ConversionMode.Decode)
        if not player.isAvailable() or not codecs:
            raise CheckFailed("sound: Qt Multimedia has no working backend (its ffmpeg plugin is missing)")
    finally:
        player.deleteLater()
    return f"{len(codecs)} audio codecs"
