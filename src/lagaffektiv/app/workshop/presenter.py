"""The presenter panel: what only the facilitator sees. The step count, the facilitator notes, the
discussion prompts, the observation prompts of a hot seat, the vote entry (a row per option with
big − and + buttons: vote_rows.py) and the buttons that decide, undo and pause; wide, also what
the projector shows (room_summary.py).

It only shows and emits; WorkshopPage acts on the workshop. It is never part of the projected
view, so nothing here reaches the projector (unless the facilitator opens the panel on a single
screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (QApplication, QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QSpinBox, QVBoxLayout, QWidget)

from ..layout_tools import empty_box, vertical_scroll
from ..library import plain_label, scaled_font
from .style import presenter_px, presenter_style, px_font
from .room_summary import room_lines, tally_line
from .vote_rows import VoteRow
from .words import localized, ui

WIDE = 1100           # from this width the panel shows the notes and the votes side by side
TEXT_MAX = 940        # a column no wider than this: lines of ~90 characters stay easy to read
QWIDGETSIZE_MAX = (1 << 24) - 1


class PresenterPanel(QWidget):
    vote = Signal(str, int)        # option id, +1 / -1
    select = Signal(int)           # option number (1-based)
    follow = Signal()
    pick = Signal()
    timer_start = Signal()
    confirm_place = Signal()
    continue_on = Signal()
    undo = Signal()
    pause = Signal()
    voters = Signal(object)        # the head count at a multiple-answer checkpoint (None: not entered)

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.rows: list[VoteRow] = []
        self._multiple = False
        self._px = 0
        self._room_lines: list[str] = []     # what the room sees; the vote's line is added on each count
        self.setObjectName("presenterPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._build()
        self.restyle()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        self.step_label = plain_label("", "pStep")
        self.header = QHBoxLayout()
        self.header.addWidget(self.step_label, 1)
        outer.addLayout(self.header)
        self.notice = plain_label("", "pNotice")
        self.notice.hide()
        outer.addWidget(self.notice)

        body = QWidget()
        body.setObjectName("presenterBody")
        # Wide (the laptop's own screen): the notes in a column of a readable width, the room and
        # the votes beside it. Narrow (the panel beside the projected view): one under the other.
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, body)
        self.columns.setContentsMargins(0, 0, 6, 0)
        self.columns.setSpacing(8)
        self.text_column, self.body = self._column()
        self.vote_column, votes = self._column()
        self.columns.addWidget(self.text_column, 1)
        self.columns.addWidget(self.vote_column, 1)
        self.room_heading = plain_label("", "pHeading")
        self.room_text = plain_label("", "pText")
        votes.addWidget(self.room_heading)
        votes.addWidget(self.room_text)
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("intro", "notes", "prompts", "observe"):
            heading = plain_label("", "pHeading")
            text = plain_label("", "pText", selectable=True)
            self.body.addWidget(heading)
            self.body.addWidget(text)
            self.sections[key] = (heading, text)
        self.timer_button = QPushButton()
        self.timer_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.timer_button.clicked.connect(self.timer_start.emit)
        self.timer_label = plain_label("", "pHeading")
        self.body.addWidget(self.timer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.timer_label)
        self.votes_heading = plain_label("", "pHeading")
        self.votes_help = plain_label("", "pSoft")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.voters_row = QWidget()
        row = QHBoxLayout(self.voters_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.voters_label = plain_label("", "pText")
        self.voters_box = QSpinBox()
        self.voters_box.setRange(0, 999)
        self.voters_box.valueChanged.connect(lambda n: self.voters.emit(n or None))
        self.voters_label.setBuddy(self.voters_box)
        row.addWidget(self.voters_label, 1)
        row.addWidget(self.voters_box)
        votes.addWidget(self.votes_heading)
        votes.addWidget(self.votes_help)
        votes.addWidget(self.voters_row)
        votes.addLayout(self.rows_box)
        self.preview_heading = plain_label("", "pHeading")
        self.preview = plain_label("", "pText")
        votes.addWidget(self.preview_heading)
        votes.addWidget(self.preview)
        self.body.addStretch(1)
        votes.addStretch(1)
        # No focus for the scroll area: it would take the arrow keys that count votes.
        self.scroll = scroll = vertical_scroll(body, takes_focus=False)
        outer.addWidget(scroll, 1)

        self.actions = QWidget()
        actions = QGridLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setHorizontalSpacing(8)
        actions.setVerticalSpacing(6)
        self.follow_button = self._button("primaryButton", self.follow)
        self.pick_button = self._button("", self.pick)
        self.place_button = self._button("primaryButton", self.confirm_place)
        self.continue_button = self._button("primaryButton", self.continue_on)
        self.undo_button = self._button("", self.undo)
        self.pause_button = self._button("", self.pause)
        actions.addWidget(self.follow_button, 0, 0)
        actions.addWidget(self.pick_button, 0, 1)
        actions.addWidget(self.place_button, 1, 0)
        actions.addWidget(self.continue_button, 1, 1)
        actions.addWidget(self.undo_button, 2, 0)
        actions.addWidget(self.pause_button, 2, 1)
        outer.addWidget(self.actions, 0, Qt.AlignmentFlag.AlignLeft)

    @staticmethod
    def _column() -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget()
        widget.setObjectName("presenterBody")
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        return widget, layout

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wide = self.width() >= WIDE
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(32 if wide else 8)
        self.text_column.setMaximumWidth(TEXT_MAX if wide else QWIDGETSIZE_MAX)
        self.vote_column.setMaximumWidth(TEXT_MAX if wide else QWIDGETSIZE_MAX)
        self.actions.setFixedWidth(min(self.width() - 28, TEXT_MAX))
        self.room_heading.setVisible(wide and bool(self.room_text.text()))
        self.room_text.setVisible(wide and bool(self.room_text.text()))
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Bigger with the screen's height: read on a laptop at arm's length (style.presenter_px)."""
        app_font = QApplication.font()
        px = max(QFontInfo(app_font).pixelSize(), presenter_px(self.height()))
        if px == self._px:
            return
        self._px = px
        self.setFont(px_font(app_font, px, dpi=self.logicalDpiY()))
        self._fonts(self)
        self.step_label.setFont(scaled_font(self.font(), 1.2, bold=True))

    def _fonts(self, widget: QWidget) -> None:
        """The panel's font on ``widget`` and all in it: a style sheet stops Qt passing it down."""
        base = self.font()
        for w in [widget, *widget.findChildren(QWidget)]:
            w.setFont(scaled_font(base, 1.1, bold=True) if w.objectName() == "pHeading" else base)
        for row in [widget] if isinstance(widget, VoteRow) else widget.findChildren(VoteRow):
            row.size_buttons()

    def set_corner(self, widget: QWidget | None) -> None:
        """A widget at the end of the top row (the page's show/hide button), or none."""
        while self.header.count() > 1:
            self.header.takeAt(1)
        if widget is not None:
            self.header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def _button(self, name: str, signal) -> QPushButton:
        button = QPushButton()
        # A click leaves the keys with the page (the vote keys); Tab still reaches the button.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if name:
            button.setObjectName(name)
        button.clicked.connect(signal.emit)
        return button

    def restyle(self) -> None:
        self.setStyleSheet(presenter_style())
        self._px = 0
        self._apply_fonts()

    # -- showing ----------------------------------------------------------------------------------
    def show_step(self, ws, lang: str, *, outcome: bool, selected: int | None, timer: str | None) -> None:
        """The facilitator's side of the current step. ``outcome``: the room is looking at what
        the last decision led to; ``timer``: the countdown's text while it runs (None: not started)."""
        from ...workshop import DEFAULT_OBSERVE

        self.lang = lang
        node = ws.node
        kind = ws.kind
        kind_word = ui(lang, f"kind_{kind}")
        self.step_label.setText(ui(lang, "step_kind", n=ws.steps + 1, kind=kind_word))
        fac = node.facilitator
        deciding = ws.is_decision and not outcome
        intro = ws.scenario.facilitator.intro if ws.scenario.facilitator and ws.steps == 0 else None
        self._section("intro", ui(lang, "intro"), [localized(intro, lang)] if intro else [], plain=True)
        notes = [localized(fac.notes, lang)] if fac and fac.notes and not outcome else []
        self._section("notes", ui(lang, "notes"), notes or ([ui(lang, "no_notes")] if deciding else []), plain=True)
        prompts = [localized(p, lang) for p in (fac.prompts if fac else ())] if deciding and ws.pauses_here else []
        self._section("prompts", ui(lang, "prompts"), prompts)
        observe = []
        if deciding and ws.hot_seat_here:
            observe = [localized(o, lang) for o in ((fac.observe if fac else ()) or DEFAULT_OBSERVE)]
        self._section("observe", ui(lang, "observe"), observe)

        seconds = ws.timer_seconds if deciding else None
        self.timer_button.setVisible(seconds is not None and timer is None)
        self.timer_button.setText(ui(lang, "hot_start" if ws.hot_seat_here else "timer_start", n=round(seconds or 0)))
        self.timer_label.setVisible(timer is not None and deciding)
        if timer is not None:
            self.set_timer(timer, ws.hot_seat_here)

        options = ws.options if deciding else []
        if [r.option_id for r in self.rows] != [o for o, _ in options]:
            self._rebuild_rows(options, lang)
        else:   # the same options, perhaps in another language: the ticks and the counts stay
            for row, (_, text) in zip(self.rows, options):
                row.set_text(localized(text, lang), lang)
        self.votes_heading.setVisible(bool(options))
        self.votes_help.setVisible(bool(options))
        self.votes_heading.setText(ui(lang, "votes"))
        self.votes_help.setText(ui(lang, "votes_help_multiple" if ws.multiple else "votes_help"))
        # several answers each: the counts add up to more than the people, so ask how many voted
        multiple = bool(options) and ws.multiple
        self.voters_row.setVisible(multiple and not ws.hot_seat_here)
        self.voters_label.setText(ui(lang, "voters"))
        self.voters_box.setSpecialValueText(ui(lang, "voters_none"))
        self.voters_box.setAccessibleName(ui(lang, "voters"))
        self.voters_box.blockSignals(True)
        self.voters_box.setValue(ws.voters or 0)
        self.voters_box.blockSignals(False)
        for row in self.rows:
            row.tick.setVisible(multiple)
        self.update_votes(ws, selected)

        self._show_room(ws, lang, outcome)
        positioning = kind == "positioning" and not outcome
        self.preview_heading.setVisible(positioning)
        self.preview.setVisible(positioning)
        self.preview_heading.setText(ui(lang, "preview"))
        self.place_button.setVisible(positioning)
        self._label(self.place_button, "confirm_place", "confirm_place_tip")
        self.follow_button.setVisible(bool(options) and not ws.hot_seat_here)
        self._label(self.follow_button, "follow", "follow_tip")
        self.pick_button.setVisible(bool(options))
        self.continue_button.setVisible(outcome or kind in ("passage", "ended"))
        self.continue_button.setText(ui(lang, "to_debrief" if ws.finished else "continue"))
        self._label(self.undo_button, "undo", "undo_tip")
        self.undo_button.setEnabled(ws.steps > 0)
        self._label(self.pause_button, "pause", "pause_tip")
        if positioning and not self.preview.text():
            self.preview.setText(ui(lang, "place_help"))

    def update_votes(self, ws, selected: int | None) -> None:
        tally = ws.tally() if self.rows else None
        self._room_tally(ws)
        for row in self.rows:
            row.set_count(tally.counts.get(row.option_id, 0), self.lang)
            row.set_selected(row.n == selected)
        self._multiple = ws.multiple
        hot = ws.hot_seat_here
        if ws.multiple:
            self._label_ticked()
        elif selected is not None and 1 <= selected <= len(self.rows):
            self.pick_button.setText(ui(self.lang, "hot_choose" if hot else "pick", n=selected))
            self.pick_button.setEnabled(True)
        else:
            self.pick_button.setText(ui(self.lang, "pick_none"))
            self.pick_button.setEnabled(False)
        self.pick_button.setToolTip(ui(self.lang, "pick_tip_multiple" if ws.multiple else "pick_tip"))
        if tally is not None:
            if ws.kind == "checkpoint":
                self.follow_button.setEnabled(ws.room_answer is not None)
            else:
                self.follow_button.setEnabled(tally.total > 0 and not tally.tie)

    def _show_room(self, ws, lang: str, outcome: bool) -> None:
        """What the room sees now, in a few words (wide: the projector is behind the facilitator)."""
        self._room_lines = room_lines(ws, lang, outcome)
        self.room_heading.setText(ui(lang, "room_sees"))
        self._room_tally(ws)

    def _room_tally(self, ws) -> None:
        lines = list(self._room_lines)
        if self.rows:
            lines.append(tally_line(ws, [(row.n, row.option_id) for row in self.rows], self.lang))
        self.room_text.setText("\n".join(lines))
        wide = self.width() >= WIDE
        self.room_heading.setVisible(wide)
        self.room_text.setVisible(wide)

    def ticked(self) -> list[str]:
        """The options ticked at a multiple-answer checkpoint."""
        return [row.option_id for row in self.rows if row.tick.isVisibleTo(self) and row.tick.isChecked()]

    def _label_ticked(self) -> None:
        numbers = [str(row.n) for row in self.rows if row.tick.isChecked()]
        self.pick_button.setText(ui(self.lang, "pick_ticked", n=", ".join(numbers)) if numbers
                                 else ui(self.lang, "pick_ticked_none"))
        self.pick_button.setEnabled(bool(numbers))

    def set_timer(self, text: str, hot: bool) -> None:
        self.timer_label.setText(text if hot else ui(self.lang, "timer_running", left=text))
        self.timer_label.show()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_preview(self, lines: list[str]) -> None:
        self.preview.setText("\n".join(lines))

    def _label(self, button: QPushButton, text: str, tip: str) -> None:
        button.setText(ui(self.lang, text))
        button.setToolTip(ui(self.lang, tip))
        button.setAccessibleName(ui(self.lang, text))

    def _section(self, key: str, heading: str, lines: list[str], plain: bool = False) -> None:
        head, text = self.sections[key]
        head.setText(heading)
        text.setText("\n".join(lines) if plain else "\n".join(f"•  {line}" for line in lines))
        head.setVisible(bool(lines))
        text.setVisible(bool(lines))

    def _rebuild_rows(self, options, lang: str) -> None:
        empty_box(self.rows_box)
        self.rows = []
        for n, (oid, text) in enumerate(options, start=1):
            row = VoteRow(n, oid, localized(text, lang), lang)
            row.less.clicked.connect(lambda _=False, o=oid, k=n: (self.select.emit(k), self.vote.emit(o, -1)))
            row.more.clicked.connect(lambda _=False, o=oid, k=n: (self.select.emit(k), self.vote.emit(o, 1)))
            row.clicked.connect(self.select.emit)
            row.tick.toggled.connect(lambda _=False: self._multiple and self._label_ticked())
            self.rows_box.addWidget(row)
            self.rows.append(row)
            self._fonts(row)

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]
