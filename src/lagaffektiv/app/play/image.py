"""The picture of a step (SVG or PNG next to the scenario), or a small placeholder.

A missing, unreadable or broken file is never an error for the learner: the step is still
playable, so it shows a quiet "picture not available" box instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from .style import colours
from .words import ui

MAX_LINES = 11    # the picture is at most this many text lines high, so it scales with the text size


class SceneImage(QWidget):
    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.path: Path | None = None
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hide()

    @property
    def is_placeholder(self) -> bool:
        return self.path is not None and self._svg is None and self._pixmap is None

    def load(self, folder: str | Path | None, relative: str | None) -> None:
        """Show ``relative`` (a path inside the scenario's folder), or hide when there is none."""
        self._svg, self._pixmap = None, None
        if not relative:
            self.path = None
            self.hide()
            return
        self.path = Path(folder or ".") / relative
        try:
            if self.path.suffix.lower() in (".svg", ".svgz"):
                renderer = QSvgRenderer(str(self.path)) if self.path.is_file() else None
                self._svg = renderer if renderer is not None and renderer.isValid() else None
            elif self.path.is_file():
                pixmap = QPixmap(str(self.path))
                self._pixmap = None if pixmap.isNull() else pixmap
        except OSError:
            pass
        self._describe()
        self.updateGeometry()
        self.show()
        self.update()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(ui(self.lang, "image_missing" if self.is_placeholder else "image"))

    # -- geometry ------------------------------------------------------------------------------------
    def _natural(self) -> QSize:
        if self._svg is not None:
            size = self._svg.defaultSize()
            return size if size.isValid() and not size.isEmpty() else QSize(4, 3)
        if self._pixmap is not None:
            return self._pixmap.size()
        return QSize(0, 0)

    def _max_height(self) -> int:
        return self.fontMetrics().height() * MAX_LINES

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self.is_placeholder:
            return self.fontMetrics().height() * 2 + 8
        natural = self._natural()
        if natural.isEmpty():
            return 0
        return min(self._max_height(), natural.height(), round(width * natural.height() / natural.width()))

    def sizeHint(self) -> QSize:  # noqa: N802
        natural = self._natural()
        width = max(natural.width(), self.fontMetrics().averageCharWidth() * 24)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, self.heightForWidth(40))

    def _target(self) -> QRectF:
        natural = self._natural()
        h = min(float(self.height()), self.width() * natural.height() / max(1, natural.width()))
        w = h * natural.width() / max(1, natural.height())
        return QRectF(0, 0, w, h)

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._svg is not None:
            self._svg.render(p, self._target())
        elif self._pixmap is not None:
            p.drawPixmap(self._target().toRect(), self._pixmap)
        elif self.path is not None:
            text = ui(self.lang, "image_missing")
            width = self.fontMetrics().horizontalAdvance(text) + 32
            box = QRectF(0.5, 0.5, min(width, self.width() - 1), self.height() - 1)
            c = colours()
            p.setPen(QPen(c.line, 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 4, 4)
            p.setPen(c.ink_soft)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        p.end()
