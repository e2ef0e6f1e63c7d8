"""A row of the presenter's vote entry: an option's number, the start of its text, − count +.
Built to be hit by a finger on a touch screen and read at a glance from arm's length."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QPushButton, QWidget

from ..library import plain_label, scaled_font
from .words import first_line, ui

BUTTON_LINES = 2.2    # the − and + buttons are this many text lines high: big enough to hit


class VoteRow(QFrame):
    """One option in the vote entry: its number, the start of its text, − count +; at a
    multiple-answer checkpoint also a box to tick it as one of the answers the group goes on with."""

    clicked = Signal(int)     # a click on the row selects its option, as its number key does

    def __init__(self, n: int, option_id: str, text: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.n, self.option_id = n, option_id
        self.setObjectName("voteRow")
        self.number = plain_label(str(n), "pHeading")
        self.text = plain_label("", "optionText")
        self.less = QPushButton()
        self.more = QPushButton()
        self.count = plain_label("0", "pHeading")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setWordWrap(False)
        self.tick = QCheckBox()
        self.tick.hide()
        for button in (self.less, self.more):
            button.setObjectName("voteButton")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_text(text, lang)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.tick, 0, 0)
        grid.addWidget(self.number, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 2)
        grid.addWidget(self.less, 0, 3)
        grid.addWidget(self.count, 0, 4)
        grid.addWidget(self.more, 0, 5)
        grid.setColumnStretch(2, 1)
        self.set_selected(False)

    def set_text(self, text: str, lang: str) -> None:
        """The option's text and the buttons' words in ``lang`` (a language switch mid-vote)."""
        n = self.n
        self.text.setText(first_line(text))
        self.text.setToolTip(text)
        self.less.setText(ui(lang, "less"))
        self.more.setText(ui(lang, "more"))
        self.tick.setAccessibleName(ui(lang, "tick_tip", n=n))
        self.tick.setToolTip(ui(lang, "tick_tip", n=n))
        for button, tip in ((self.less, "less_tip"), (self.more, "more_tip")):
            button.setToolTip(ui(lang, tip, n=n))
            button.setAccessibleName(ui(lang, tip, n=n))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.clicked.emit(self.n)

    def set_count(self, count: int, lang: str) -> None:
        self.count.setText(str(count))
        self.setAccessibleName(ui(lang, "count_of", n=self.n, count=count))

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def size_buttons(self) -> None:
        lh = self.fontMetrics().height()
        side = round(lh * BUTTON_LINES)
        for button in (self.less, self.more):
            button.setFixedSize(side, side)
            button.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.count.setMinimumWidth(round(lh * 2.5))
        self.count.setFont(scaled_font(self.font(), 1.5, bold=True))   # the count is read at a glance
