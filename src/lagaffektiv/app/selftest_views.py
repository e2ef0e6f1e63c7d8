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
        if "propagateSizeHints" not in message:
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
