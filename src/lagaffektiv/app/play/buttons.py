"""Large, word-wrapping buttons for choices and answers, painted so long text never clips.

QPushButton and QRadioButton do not wrap their text; a choice is often two lines of speech.
These draw their text as plain text (drawText never interprets markup) and report their
height for the width they get, so layouts in a scroll area grow instead of cutting them off.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from .style import Colours, colours

PAD_H, PAD_V, GAP = 14, 11, 12
MIN_CHARS = 16     # the narrowest a button may become, in average characters


class WrappingButton(QAbstractButton):
    """A button with a marker on the left (number badge, radio, checkbox) and wrapped text."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- geometry --------------------------------------------------------------------------------
    def marker_width(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _text_width(self, width: int) -> int:
        return max(10, width - 2 * PAD_H - self.marker_width() - GAP)

    def _text_height(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRect(0, 0, self._text_width(width), 100000), flags, self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(self._text_height(width), self.marker_width()) + 2 * PAD_V

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        width = min(fm.horizontalAdvance(self.text()), fm.averageCharWidth() * 70)
        width += 2 * PAD_H + self.marker_width() + GAP + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # The height of one line: with height-for-width the layout asks the real height for the
        # width it gives; a tall minimum here would force a needless scroll bar.
        width = QFontMetrics(self.font()).averageCharWidth() * MIN_CHARS + 2 * PAD_H + self.marker_width() + GAP
        return QSize(width, self.marker_width() + 2 * PAD_V)

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isCheckable():
            self.click()
            return
        super().keyPressEvent(event)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours()
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        fill = c.pressed if self.isDown() else (c.hover if self.underMouse() or self.isChecked() else c.surface)
        focus = self.hasFocus()
        p.setPen(QPen(c.focus if focus or self.isChecked() else c.line, 3 if focus else (2 if self.isChecked() else 1)))
        p.setBrush(fill)
        p.drawRoundedRect(box, 6, 6)
        marker = QRect(PAD_H, 0, self.marker_width(), self.marker_width())
        marker.moveTop(PAD_V if self._text_height(self.width()) > self.marker_width()
                       else (self.height() - marker.height()) // 2)
        self.paint_marker(p, marker, c)
        text_rect = QRect(PAD_H + self.marker_width() + GAP, PAD_V, self._text_width(self.width()),
                          self.height() - 2 * PAD_V)
        p.setPen(c.ink if self.isEnabled() else c.ink_soft)
        p.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        p.drawText(text_rect, int(flags), self.text())
        p.end()

    def paint_marker(self, p: QPainter, r: QRect, c: Colours) -> None:
        raise NotImplementedError


class ChoiceButton(WrappingButton):
    """One choice of a decision; the badge shows its number key."""

    def __init__(self, number: int, choice_id: str, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.number = number
        self.choice_id = choice_id

    def paint_marker(self, p: QPainter, r: QRect, c: Colours) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c.focus if self.hasFocus() else c.badge)
        p.drawRoundedRect(QRectF(r), 5, 5)
        font = self.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(c.surface if self.hasFocus() else c.heading)
        p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), str(self.number))


class OptionButton(WrappingButton):
    """One answer of a knowledge checkpoint: a radio button, or a checkbox when several may be right."""

    def __init__(self, number: int, option_id: str, text: str, multiple: bool, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.number = number
        self.option_id = option_id
        self.multiple = multiple
        self.setCheckable(True)
        self.setAutoExclusive(not multiple)

    def paint_marker(self, p: QPainter, r: QRect, c: Colours) -> None:
        side = min(r.width(), r.height()) - 8
        box = QRectF(r.center().x() - side / 2 + 0.5, r.center().y() - side / 2 + 0.5, side, side)
        p.setPen(QPen(c.heading, 2))
        p.setBrush(c.surface)
        if self.multiple:
            p.drawRoundedRect(box, 3, 3)
            if self.isChecked():
                p.setPen(QPen(c.heading, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                x, y, s = box.x(), box.y(), box.width()
                p.drawPolyline([QPointF(x + 0.2 * s, y + 0.52 * s), QPointF(x + 0.42 * s, y + 0.74 * s),
                                QPointF(x + 0.8 * s, y + 0.28 * s)])
        else:
            p.drawEllipse(box)
            if self.isChecked():
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c.heading)
                p.drawEllipse(box.adjusted(side * 0.25, side * 0.25, -side * 0.25, -side * 0.25))

