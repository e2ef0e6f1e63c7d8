"""The progress chart of the history view: one series over time, drawn with QPainter.

Colour never carries the meaning: the series is named in words inside the picture, every point
has its value written beside it, and the axis runs from 0 to 100.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme
from .history_words import MAX_POINTS, short_date


class ProgressChart(QWidget):
    """One series over time: a line through one point per exercise, every point labelled with its
    value, the axis from 0 to 100, the series named at the top. Sizes follow the font."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.name = ""
        self.points: list[tuple[str, int]] = []
        self.title = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, title: str, points: list[tuple[str, int]], description: str) -> None:
        self.title = title
        self.points = list(points)[-MAX_POINTS:]
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(lh * 18), int(lh * 11))

    def sizeHint(self) -> QSize:  # noqa: N802
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(lh * 34), int(lh * 16))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self.paint(p, QRectF(self.rect()))
        finally:
            p.end()

    def paint(self, p: QPainter, rect: QRectF) -> None:
        th = theme.current()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        lh = fm.height()
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        sfm = QFontMetricsF(small)
        thin = max(1.0, lh / 17)

        p.fillRect(rect, th.q("surface"))
        p.setPen(QPen(th.q("focus" if self.hasFocus() else "line"), thin * (2 if self.hasFocus() else 1)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(thin / 2, thin / 2, -thin / 2, -thin / 2))

        pad = lh * 0.7
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(th.q("text"))
        title_rect = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, lh * 1.2)
        p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, title_rect.width()))

        gutter = sfm.horizontalAdvance("100") + lh * 0.6
        plot = QRectF(rect.left() + pad + gutter, title_rect.bottom() + lh * 1.8,
                      rect.width() - 2 * pad - gutter - lh * 0.8, 0)
        plot.setBottom(rect.bottom() - pad - lh * 1.4)
        if plot.height() < lh * 3 or plot.width() < lh * 4:
            return

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / 100

        # the axis: 0, 25, 50, 75, 100, with faint lines across
        p.setFont(small)
        for value in (0, 25, 50, 75, 100):
            yy = y(value)
            p.setPen(QPen(th.q("line"), thin, Qt.PenStyle.SolidLine if value in (0, 100) else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(th.q("text_soft"))
            p.drawText(QRectF(rect.left() + pad, yy - lh, gutter - lh * 0.4, lh * 2),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if not self.points:
            return

        n = len(self.points)
        step = plot.width() / n

        def x(i: int) -> float:
            return plot.left() + step * (i + 0.5)

        # the dates under the axis, thinned out so they never overlap (the first and last always)
        date_width = sfm.horizontalAdvance("30/12") + lh * 0.5
        every = max(1, math.ceil(date_width / step))
        labelled = list(range(0, n, every))
        if labelled[-1] != n - 1:   # the latest always has its date, in place of one too close to it
            if n - 1 - labelled[-1] < every:
                labelled[-1] = n - 1
            else:
                labelled.append(n - 1)
        p.setPen(th.q("text_soft"))
        for i in labelled:
            p.drawText(QRectF(x(i) - date_width / 2, plot.bottom() + lh * 0.2, date_width, lh * 1.1),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, short_date(self.points[i][0]))

        # the line, the points and their values
        ink = th.q("learner")
        line = QPen(ink, max(2.0, lh * 0.14))
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if n > 1:
            path = QPainterPath(QPointF(x(0), y(self.points[0][1])))
            for i, (_, v) in enumerate(self.points[1:], start=1):
                path.lineTo(QPointF(x(i), y(v)))
            p.setPen(line)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        radius = max(3.5, lh * 0.26)
        label_font = QFont(small)
        label_font.setBold(True)
        lfm = QFontMetricsF(label_font)
        for i, (_, v) in enumerate(self.points):
            c = QPointF(x(i), y(v))
            p.setPen(QPen(ink, thin * 1.5))
            p.setBrush(th.q("surface"))
            p.drawEllipse(c, radius, radius)
            p.setBrush(ink)
            p.drawEllipse(c, radius * 0.55, radius * 0.55)
            text = str(v)
            tw = lfm.horizontalAdvance(text) + 4
            # above the point, unless that would leave the plot (then below)
            above = c.y() - radius - lfm.height() * 1.05 >= title_rect.bottom() + 2
            ty = c.y() - radius - lfm.height() * 1.05 if above else c.y() + radius + 2
            box = QRectF(c.x() - tw / 2, ty, tw, lfm.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(th.q("surface"))
            p.drawRect(box)
            p.setFont(label_font)
            p.setPen(th.q("text"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

