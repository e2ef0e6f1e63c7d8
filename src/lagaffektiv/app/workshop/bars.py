"""A vote bar: one option's share of the votes as a long bar with the count and the percentage
printed beside it, so the distribution reads from the back of a room and never by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..debrief.style import screen_colours
from .words import ui


def share_text(count: int, total: int, lang: str) -> str:
    percent = round(100 * count / total) if total else 0
    return ui(lang, "votes_share", n=count, p=percent)


class VoteBar(QWidget):
    """``count`` of ``total`` votes; ``leading`` draws the bar bolder (the words say the rest)."""

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.count = 0
        self.total = 0
        self.leading = False
        self.setObjectName("voteBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_votes(self, count: int, total: int, leading: bool = False, lang: str | None = None) -> None:
        self.count, self.total, self.leading = count, total, leading
        self.lang = lang or self.lang
        self.setAccessibleName(self.text())
        self.update()

    def text(self) -> str:
        return share_text(self.count, self.total, self.lang)

    def _text_width(self) -> float:
        return QFontMetricsF(self._bold()).horizontalAdvance(share_text(88, 100, self.lang)) + 12

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(self._text_width() + 8 * lh), int(lh * 1.5))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(self._text_width() + 3 * lh), int(lh * 1.5))

    def paintEvent(self, event) -> None:  # noqa: N802
        col = screen_colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect())
        text_w = self._text_width()
        bar_h = rect.height() * (0.8 if self.leading else 0.62)
        track = QRectF(rect.left(), rect.center().y() - bar_h / 2, max(10.0, rect.width() - text_w), bar_h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col.track)
        p.drawRoundedRect(track, 4, 4)
        if self.total and self.count:
            p.setBrush(col.heading)
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * self.count / self.total,
                                     track.height()), 4, 4)
        p.setPen(QPen(col.ink))
        p.setFont(self._bold())
        p.drawText(QRectF(track.right() + 12, rect.top(), text_w - 12, rect.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text())
        p.end()
