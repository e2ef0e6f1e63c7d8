"""The charts of the debrief: the arousal curve and the result bars, drawn with QPainter, and the
results chart that sets each bar beside the learner's own rating.

Both only draw what the core computed (``lagaffektiv.report`` gives the series, the phase bands
and the decision numbers). Colour never carries meaning alone: the phase bands carry their
words, the lines differ in dash and marker shape and are named in a legend, and every bar has
its number printed beside it. Sizes follow the font, so the pictures grow with large text.

On screen they draw in the app's theme (``style.screen_colours``, read at every paint, so the
high-contrast setting reaches them); the picture for the PDF stays in print colours, black on
white, whatever the screen theme (``style.PRINT_COLOURS``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ... import report
from .parts import label
from .style import PRINT_COLOURS, ChartColours, screen_colours
from .words import localized, number, ui

DASHES = {"": None, "7 4": [7 / 2.5, 4 / 2.5], "2 3": [2 / 2.5, 3 / 2.5], "9 3 2 3": [9 / 2.5, 3 / 2.5, 2 / 2.5, 3 / 2.5]}


# -- the arousal curve -------------------------------------------------------------------------

def curve_height(width: float, font: QFont, people: int) -> int:
    """The height the curve needs at ``width`` with ``font`` for ``people`` lines: the plot, the
    axis and the legend."""
    lh = QFontMetricsF(font).height()
    plot = max(200.0, 11.5 * lh, width * 0.28)
    rows = max(1, people)
    return int(lh * 0.8 + plot + lh * 3.4 + rows * lh * 1.5 + lh * 0.4)


def paint_curve(p: QPainter, rect: QRectF, debrief: dict, lang: str, font: QFont,
                colours: ChartColours | None = None) -> None:
    """Phase bands with their words, one line per character, decisions numbered as in the timeline;
    in ``colours`` (the screen's theme when None)."""
    col = colours or screen_colours()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(font)
    fm = QFontMetricsF(font)
    lh = fm.height()
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.82)
    else:
        small.setPixelSize(max(8, round(font.pixelSize() * 0.82)))
    series = report.curve_series(debrief)
    marks = report.decision_marks(debrief)
    bands = report.phase_bands(debrief)
    steps = max([s for _, _, pts in series for s, _ in pts] + [1])

    gutter = max(fm.horizontalAdvance(report.phase_label(ph, lang)) for ph, _, _ in bands) + lh * 0.8
    legend_h = max(1, len(series)) * lh * 1.5 + lh * 0.4
    top = rect.top() + lh * 0.8
    axis_h = lh * 3.4
    plot = QRectF(rect.left() + gutter, top, rect.width() - gutter - lh * 0.9,
                  max(lh * 4, rect.bottom() - top - axis_h - legend_h))

    def x(step: float) -> float:
        return plot.left() + plot.width() * step / steps

    def y(value: float) -> float:
        return plot.top() + plot.height() * (1 - value / 100)

    # bands, their words in the gutter and the thresholds inside the plot
    for phase, lo, hi in bands:
        band = QRectF(plot.left(), y(hi), plot.width(), y(lo) - y(hi))
        p.fillRect(band, col.bands.get(phase, col.track))
        p.setPen(col.ink)
        p.setFont(font)
        label_rect = QRectF(rect.left(), band.top(), gutter - lh * 0.4, band.height())
        p.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   report.phase_label(phase, lang))
        if lo > 0:
            if col.threshold is not None:
                p.setPen(QPen(col.threshold, 1))
                p.drawLine(QPointF(plot.left(), y(lo)), QPointF(plot.right(), y(lo)))
            p.setFont(small)
            p.setPen(col.ink_soft)
            p.drawText(QPointF(plot.left() + 4, y(lo) - 4), f"{lo:g}")
    p.setFont(font)
    thin = max(1.0, lh / 17)
    p.setPen(QPen(col.frame, thin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(plot)

    # decisions: a dotted guide and the number in a circle under the plot (two rows when crowded)
    radius = lh * 0.55
    spacing = plot.width() / steps
    crowded = spacing < radius * 2.3
    guide = QPen(col.frame, thin, Qt.PenStyle.DotLine)
    for i, (step, n) in enumerate(marks):
        cx = x(step)
        p.setPen(guide)
        p.drawLine(QPointF(cx, plot.top()), QPointF(cx, plot.bottom()))
        cy = plot.bottom() + radius + lh * 0.3 + (radius * 2.1 if crowded and i % 2 else 0)
        p.setPen(QPen(col.heading, thin * 1.4))
        p.setBrush(col.surface)
        p.drawEllipse(QPointF(cx, cy), radius, radius)
        p.setFont(small)
        p.drawText(QRectF(cx - radius * 1.5, cy - radius, radius * 3, radius * 2), Qt.AlignmentFlag.AlignCenter, str(n))
        p.setFont(font)
    p.setPen(col.ink_soft)
    axis_y = plot.bottom() + radius * 2 + lh * (0.5 + (1.2 if crowded else 0))
    p.drawText(QRectF(plot.left(), axis_y, plot.width(), lh * 1.2), Qt.AlignmentFlag.AlignHCenter,
               ui(lang, "curve_axis"))

    # the lines, then the legend
    legend_top = rect.bottom() - legend_h + lh * 0.2
    for i, (_, name, points) in enumerate(series):
        _, dash, shape = report.LINE_STYLES[i % len(report.LINE_STYLES)]
        colour = col.lines[i % len(col.lines)]
        pen = QPen(colour, max(2.5, lh * 0.15))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if DASHES.get(dash):
            pen.setDashPattern(DASHES[dash])
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            path = QPainterPath(QPointF(x(points[0][0]), y(points[0][1])))
            for s, v in points[1:]:
                path.lineTo(QPointF(x(s), y(v)))
            p.drawPath(path)
        for s, v in points:
            _marker(p, shape, QPointF(x(s), y(v)), colour, lh * 0.22)
        ly = legend_top + i * lh * 1.5 + lh * 0.6
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), ly), QPointF(plot.left() + lh * 2.2, ly))
        _marker(p, shape, QPointF(plot.left() + lh * 1.1, ly), colour, lh * 0.24)
        peak = max((v for _, v in points), default=0.0)
        p.setPen(col.ink)
        p.drawText(QPointF(plot.left() + lh * 2.7, ly + fm.ascent() / 2 - fm.descent() / 2),
                   f"{localized(name, lang)} ({ui(lang, 'peak', n=number(peak, lang, 0))})")
    p.restore()


def _marker(p: QPainter, shape: str, c: QPointF, colour: QColor, r: float) -> None:
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    if shape == "square":
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x() - r * 1.2, c.y() + r * 0.9),
                                 QPointF(c.x() + r * 1.2, c.y() + r * 0.9)]))
    elif shape == "diamond":
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.4), QPointF(c.x() + r * 1.4, c.y()),
                                 QPointF(c.x(), c.y() + r * 1.4), QPointF(c.x() - r * 1.4, c.y())]))
    else:
        p.drawEllipse(c, r, r)
    p.restore()


def curve_description(debrief: dict, lang: str) -> str:
    """The curve in words, for screen readers: start, peak and end per person."""
    lines = []
    curve = debrief.get("curve", [])
    for cid, name, points in report.curve_series(debrief):
        if not points:
            continue
        values = [v for _, v in points]
        peak = max(values)
        peak_step = points[values.index(peak)][0]
        phases = {int(pt["step"]): pt.get("phases", {}).get(cid, "") for pt in curve}
        lines.append(ui(lang, "curve_person", name=localized(name, lang), start=number(values[0], lang, 0),
                        peak=number(peak, lang, 0), phase=report.phase_label(phases.get(peak_step, ""), lang),
                        end=number(values[-1], lang, 0),
                        end_phase=report.phase_label(phases.get(points[-1][0], ""), lang)))
    return "\n".join(lines)


def curve_image(debrief: dict, lang: str, width: int = 1600, font: QFont | None = None) -> QImage:
    """The curve as a picture (for the PDF, where QTextDocument draws no SVG): always in print
    colours, black on white, whatever the screen theme."""
    base = QFont(font) if font is not None else QFont("DejaVu Sans")
    base.setPixelSize(max(10, round(width / 640 * 12)))
    height = curve_height(width, base, len(report.curve_series(debrief)))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(PRINT_COLOURS.surface)
    painter = QPainter(image)
    paint_curve(painter, QRectF(0, 0, width, height), debrief, lang, base, PRINT_COLOURS)
    painter.end()
    return image


class ArousalCurve(QWidget):
    """The arousal of every character over the steps of the encounter."""

    def __init__(self, debrief: dict, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.debrief = debrief
        self.lang = lang
        self.people = len(report.curve_series(debrief))
        self.setObjectName("arousalCurve")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(360)
        self.setAccessibleName(ui(lang, "curve_heading"))
        self.setAccessibleDescription(curve_description(debrief, lang))
        self.setToolTip(self.accessibleDescription())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return curve_height(width, self.font(), self.people)

    def sizeHint(self) -> QSize:
        return QSize(760, self.heightForWidth(760))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        col = screen_colours()
        p = QPainter(self)
        p.fillRect(self.rect(), col.surface)
        paint_curve(p, QRectF(self.rect()).adjusted(4, 0, -4, 0), self.debrief, self.lang, self.font(), col)
        if self.hasFocus():
            p.setPen(QPen(col.focus, 2))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()


# -- the result bars ---------------------------------------------------------------------------

class ScoreBar(QWidget):
    """One principle's result: the number, printed, and a bar from 0 to 100 beside it."""

    def __init__(self, score: int | None, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = score
        self.text = text  # what is printed: the number, or a short "no result"
        self.setObjectName("scoreBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _number_width(self) -> float:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetricsF(bold).horizontalAdvance("100") + QFontMetricsF(self.font()).height() * 0.6

    def sizeHint(self) -> QSize:
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(self._number_width() + 12 * lh), int(lh * 1.5))

    def minimumSizeHint(self) -> QSize:
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(self._number_width() + 4 * lh), int(lh * 1.5))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        col = screen_colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect())
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(col.ink)
        if self.score is None:
            p.setFont(self.font())
            p.setPen(col.ink_soft)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text)
            p.end()
            return
        num_w = self._number_width()
        p.drawText(QRectF(rect.left(), rect.top(), num_w - QFontMetricsF(self.font()).height() * 0.5, rect.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.text)
        bar_h = rect.height() * 0.55
        track = QRectF(rect.left() + num_w, rect.center().y() - bar_h / 2, rect.width() - num_w - 2, bar_h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col.track)
        p.drawRoundedRect(track, 3, 3)
        value = max(0, min(100, int(self.score)))
        if value:
            p.setBrush(col.heading)
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * value / 100, track.height()), 3, 3)
        # quarter ticks, so the length reads without counting pixels
        p.setPen(QPen(col.surface, 1))
        for q in (25, 50, 75):
            tx = track.left() + track.width() * q / 100
            p.drawLine(QPointF(tx, track.top()), QPointF(tx, track.bottom()))
        p.end()


class ScoreChart(QFrame):
    """The per-principle results as a horizontal bar chart, the learner's own rating beside each bar
    and a disagreement marked with an icon and words."""

    def __init__(self, debrief: dict, ratings: dict, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(label(ui(lang, "principles"), "chartHeader"), 0, 0)
        grid.addWidget(label(ui(lang, "chart"), "chartHeader"), 0, 1)
        grid.addWidget(label(ui(lang, "your_rating"), "chartHeader"), 0, 2)
        self.rows: list[tuple[str, ScoreBar, QLabel]] = []
        lines = []
        for r, (pid, s) in enumerate(debrief.get("principles", {}).items(), start=1):
            name = report.principle_name(pid, lang)
            score = s.get("score")
            rating = ratings.get(pid)
            rating_text = ui(lang, f"rating_{rating}") if rating in report.RATINGS else ui(lang, "rating_none")
            differs = report.disagreement(rating, score)
            name_label = label(name, "principleName")
            bar = ScoreBar(score, str(score) if score is not None else ui(lang, "not_scored"))
            own = QWidget()
            own_layout = QHBoxLayout(own)
            own_layout.setContentsMargins(0, 0, 0, 0)
            own_layout.setSpacing(8)
            own_label = label(rating_text, "ownRating")
            own_label.setWordWrap(False)
            own_layout.addWidget(own_label)
            if differs:
                mark = label(ui(lang, "differs"), "differsMark")
                mark.setWordWrap(False)
                own_layout.addWidget(mark)
            own_layout.addStretch(1)
            grid.addWidget(name_label, r, 0)
            grid.addWidget(bar, r, 1)
            grid.addWidget(own, r, 2)
            spoken = rating_text if rating in report.RATINGS else ui(lang, "not_rated")
            row_text = ui(lang, "score_row", principle=name, score=score if score is not None else "–", rating=spoken)
            if differs:
                row_text += " " + ui(lang, "differs")
            bar.setAccessibleName(row_text)
            lines.append(row_text)
            self.rows.append((pid, bar, own_label))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 3)
        self.setAccessibleName(ui(lang, "chart"))
        self.setAccessibleDescription("\n".join(lines))

