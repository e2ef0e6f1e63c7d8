"""The projected view: what the whole room sees. The scene (narration, what the characters say,
the picture), the floor plan, the state of the room in words, the options numbered with the vote
distribution as big bars, and after a decision what it led to.

It never shows anything for the facilitator's eyes only (notes, discussion or observation
prompts): those live in the presenter panel, which this module does not know.

Layout: the scene, the question and the options down the left; how the characters are and the
floor plan down the whole right side, as large as it fits (the room discusses it). The type
scales with the view's own size so it reads from the back of a room (style.body_px), and comes
down a step at a time until the options fit whole: an option is never cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..layout_tools import empty_box, vertical_scroll
from ..library import plain_label
from ..play.countdown import Countdown
from ..play.feedback import FeedbackPanel
from ..play.image import SceneImage
from ..play.panels import SideColumn
from ..play.scene_parts import add_speech_lines, show_assessed_plan, show_current_plan
from .bars import VoteBar
from .style import MIN_BODY_PX, body_px, projected_style, px_font
from .words import localized, ui

# Type size of each kind of label, as a share of the body size.
FACTORS = {"wsTitle": (1.3, True), "wsHeading": (1.12, True), "optionNumber": (1.25, True),
           "lineSpeaker": (0.92, True), "hotSeatBanner": (1.05, True), "countdownLabel": (1.15, True),
           "feedbackHeading": (1.1, True), "feedbackChosen": (0.95, True), "stateHeading": (0.95, True),
           "stateName": (1.0, True), "planHeading": (0.85, True), "wsTotal": (0.9, False),
           "feedbackPrinciples": (0.9, False), "wsEnded": (1.2, True)}
PLAN_FACTOR = 0.62
SCENE_STRETCH, SIDE_STRETCH = 11, 9      # left (scene, options) and right (state, plan) columns
STACK_EMS = 24     # an option's text narrower than this many body sizes: its bar goes under it


class HotSeatCountdown(Countdown):
    """The countdown of play/countdown.py, telling the presenter panel each change too."""

    changed = Signal(str)

    def _render(self, announce: bool = True) -> None:
        super()._render(announce)
        self.changed.emit(self.label.text())


class OptionRow(QFrame):
    """One numbered option and its share of the votes."""

    def __init__(self, n: int, option_id: str, text: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.option_id = option_id
        self.setObjectName("optionRow")
        self.number = QLabel(str(n))
        self.number.setObjectName("optionNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = plain_label(text, "optionText")
        self.bar = VoteBar(lang)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 14, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 1)
        self.stacked = None
        self.set_stacked(False)
        self.setAccessibleName(f"{n}. {text}")

    def set_stacked(self, stacked: bool) -> None:
        """The bar beside the text (a wide view) or under it (a narrow one: the text keeps its width)."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.bar)
        if stacked:
            self.grid.addWidget(self.bar, 1, 1)
            self.grid.setColumnStretch(2, 0)
        else:
            self.grid.addWidget(self.bar, 0, 2, Qt.AlignmentFlag.AlignVCenter)
            self.grid.setColumnStretch(1, 3)
            self.grid.setColumnStretch(2, 2)


class ProjectedView(QWidget):
    """Shows a ``lagaffektiv.workshop.Workshop``; the page tells it when to render."""

    def __init__(self, lang: str = "sv", parent: QWidget | None = None, *, clock=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("projectedView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rows: list[OptionRow] = []
        self.outcome_panel: FeedbackPanel | None = None
        self._px: tuple | None = None
        self._font_px = 0
        self._build(clock)
        self.restyle()

    # -- construction ------------------------------------------------------------------------------
    def _build(self, clock) -> None:
        self.outer = outer = QVBoxLayout(self)
        outer.setSpacing(10)
        header = QHBoxLayout()
        self.title = plain_label("", "wsTitle")
        self.hot_banner = plain_label("", "hotSeatBanner")
        self.hot_banner.hide()
        header.addWidget(self.title, 1)
        header.addWidget(self.hot_banner, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.countdown = HotSeatCountdown(self.lang, clock)
        outer.addWidget(self.countdown)

        body = QHBoxLayout()
        body.setSpacing(18)
        outer.addLayout(body, 1)
        column = QWidget()
        column.setObjectName("wsColumn")
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(2, 2, 10, 2)
        self.column.setSpacing(12)
        self.image = SceneImage(self.lang)
        self.narration = plain_label("", "wsNarration")
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(8)
        self.heading = plain_label("", "wsHeading")
        self.outcome_box = QVBoxLayout()
        self.ended = plain_label("", "wsEnded")
        self.ended.hide()
        for part in (self.image, self.narration):
            self.column.addWidget(part)
        self.column.addLayout(self.lines_box)
        self.column.addWidget(self.ended)
        self.column.addLayout(self.outcome_box)
        self.column.addStretch(1)
        self.scene = column
        self.scroll = vertical_scroll(column, takes_focus=False)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.scroll, 1)
        left.addWidget(self.heading)
        self.options = QWidget()
        self.options.setObjectName("wsOptions")
        self.options_box = QVBoxLayout(self.options)
        self.options_box.setContentsMargins(0, 0, 0, 0)
        self.options_box.setSpacing(8)
        self.total = plain_label("", "wsTotal")
        left.addWidget(self.options)
        body.addLayout(left, SCENE_STRETCH)
        self.side = SideColumn(self.lang)
        self.plan, self.state_panel = self.side.plan, self.side.state_panel
        self.plan.setMinimumSize(160, 110)
        body.addWidget(self.side, SIDE_STRETCH)
        self.body = body

    # -- fonts and colours ----------------------------------------------------------------------------
    def restyle(self) -> None:
        self.setStyleSheet(projected_style())
        self._apply_fonts(force=True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_fonts()

    def body_px(self) -> int:
        """The size the view's room allows; _apply_fonts may go below it so that the options fit."""
        return body_px(self.height(), self.width())

    def _apply_fonts(self, force: bool = False) -> None:
        key = (self.width(), self.height())
        if key == self._px and not force:
            return
        self._px = key
        margin = max(12, round(min(self.height(), self.width() * 9 / 16) * 0.02))
        self.outer.setContentsMargins(margin * 2, margin, margin * 2, margin)
        px = self.body_px()
        self._set_px(px)
        # A step smaller at a time until the question and the options fit, and the scene too
        # while the type stays above a floor; below MIN_BODY_PX the scene scrolls instead.
        floor = max(MIN_BODY_PX, round(px * 0.8))
        while px > MIN_BODY_PX:
            options, scene = self._heights()
            if options + (scene if px > floor else 0) <= self._room():
                break
            px -= 1
            self._set_px(px)
        self.options.setMinimumHeight(self._heights()[0] - self._heading_height())

    def _left_width(self) -> int:
        margins = self.outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if self.side.isVisibleTo(self):
            width = (width - self.body.spacing()) * SCENE_STRETCH // (SCENE_STRETCH + SIDE_STRETCH)
        return max(100, width)

    def _room(self) -> int:
        """The height the left column has below the title (and the countdown)."""
        margins = self.outer.contentsMargins()
        used = margins.top() + margins.bottom() + self.outer.spacing()
        used += self.title.heightForWidth(max(100, self.width() - margins.left() - margins.right() - 200))
        if self.countdown.isVisibleTo(self):
            used += self.countdown.sizeHint().height() + self.outer.spacing()
        return self.height() - used

    def _heading_height(self) -> int:
        return self.heading.heightForWidth(self._left_width()) + 10 if self.heading.isVisibleTo(self) else 0

    def _heights(self) -> tuple[int, int]:
        """(the question with the options, the scene) at the left column's width and the current type."""
        width = self._left_width()
        options = self._heading_height()
        if self.options.isVisibleTo(self):
            stack = width < STACK_EMS * self._font_px + 120
            for row in self.rows:
                row.set_stacked(stack)
                options += row.heightForWidth(width) + self.options_box.spacing()
            options += self.total.heightForWidth(width) + 10
        scene = self.scene.heightForWidth(width - 14) if self.scene.layout().hasHeightForWidth() else 0
        return options, scene + 10

    def _set_px(self, px: int) -> None:
        self._font_px = px
        dpi = self.logicalDpiY()
        base = px_font(self.font(), px, dpi=dpi)
        for label in self.findChildren(QLabel):
            factor, bold = FACTORS.get(label.objectName(), (1.0, False))
            label.setFont(px_font(base, px * factor, bold, dpi))
        for row in self.rows:
            row.number.setFixedWidth(round(px * 2.0))
            row.bar.setFont(base)
        self.plan.setFont(px_font(base, px * PLAN_FACTOR, dpi=dpi))
        self.plan.set_language(self.lang)
        for phase in self.findChildren(QWidget, "phaseBar"):
            phase.setFixedHeight(max(8, px // 2))
        self.side.plan_heading.setText(self.plan.heading())

    # -- rendering ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.countdown.set_language(lang)
        self.image.set_language(lang)

    def show_step(self, ws, lang: str, *, outcome=None, hot_seat: bool = False) -> None:
        """The current step of ``ws``; ``outcome`` (a play.feedback.Outcome) shows what the last
        decision led to instead of the vote."""
        self.lang = lang
        enc = ws.encounter
        node = enc.node
        self.title.setText(localized(ws.scenario.title, lang))
        self._clear()
        self.hot_banner.setText(ui(lang, "hot_seat_banner"))
        self.hot_banner.setVisible(hot_seat and outcome is None and not ws.finished)
        if outcome is not None:
            self._show_outcome(outcome, lang, ws)
        else:
            self._show_scene(ws, node, lang)
        self.state_panel.show_state(enc, lang)
        for bar in self.state_panel.findChildren(QWidget):
            if type(bar).__name__ == "PhaseBar":
                bar.setObjectName("phaseBar")
        self.side.update_visibility(True)
        self.scroll.verticalScrollBar().setValue(0)
        self._apply_fonts(force=True)

    def _show_scene(self, ws, node, lang: str) -> None:
        enc = ws.encounter
        self.image.load(ws.scenario.folder, node.image)
        self.narration.setText(localized(node.narration, lang))
        self.narration.setVisible(bool(node.narration))
        add_speech_lines(self.lines_box, node, ws.scenario.characters, lang)
        kind = ws.kind
        if kind == "ended":
            self.ended.setText(localized(node.ending.title, lang) if node.ending else ui(lang, "ended"))
            self.ended.show()
        if kind == "choice":
            self.heading.setText(ui(lang, "vote_heading"))
        elif kind == "checkpoint":
            self.heading.setText(localized(node.checkpoint.question, lang) + "\n" + ui(lang, "check_heading"))
        elif kind == "positioning":
            prompt = localized(node.positioning.prompt, lang) if node.positioning.prompt else ""
            self.heading.setText("\n".join(t for t in (prompt, ui(lang, "where_heading")) if t))
        self.heading.setVisible(kind in ("choice", "checkpoint", "positioning"))
        options = ws.options
        for n, (option_id, text) in enumerate(options, start=1):
            row = OptionRow(n, option_id, localized(text, lang), lang)
            self.rows.append(row)
            self.options_box.addWidget(row)
        if options:
            self.options_box.addWidget(self.total)
        self.options.setVisible(bool(options))
        self.update_votes(ws)
        if kind == "positioning":
            self.side.show_plan(enc.room, enc.placements, ws.scenario.characters, None, lang)
        else:
            show_current_plan(self.side, enc, lang)

    def _show_outcome(self, outcome, lang: str, ws) -> None:
        decision, out = outcome
        self.image.load(None, None)
        self.narration.hide()
        self.heading.hide()
        self.options.hide()
        panel = FeedbackPanel(out, lang, subject="hot_seat" if decision.hot_seat else "group")
        panel.continue_button.hide()
        self.outcome_panel = panel
        how = ui(lang, f"how_{decision.how}") if f"how_{decision.how}" in _HOW else ""
        if out.step.kind == "positioning":
            said = how[:1].upper() + how[1:]
        else:
            said = ui(lang, "decided_option", n=self._chosen_number(decision))
            said = f"{said} – {how}" if how else said
        line = plain_label(said, "wsHeading")
        panel.layout().insertWidget(1, line)
        self.outcome_box.addWidget(panel)
        panel.show()
        if not show_assessed_plan(self.side, out, ws.scenario.characters, lang):
            show_current_plan(self.side, ws.encounter, lang)

    @staticmethod
    def _chosen_number(decision) -> str:
        ids = list(decision.counts)
        chosen = decision.chosen.split("+")
        numbers = [str(ids.index(c) + 1) for c in chosen if c in ids]
        return ", ".join(numbers) if numbers else "–"

    def update_votes(self, ws) -> None:
        """The bars again from the current counts (cheap: called on every vote key)."""
        if not self.rows:
            return
        tally = ws.tally()
        # several answers each: a share of the people who voted, once their number is entered
        total = ws.voters if ws.multiple and ws.voters else tally.total
        for row in self.rows:
            count = tally.counts.get(row.option_id, 0)
            leading = row.option_id in tally.leaders
            row.bar.set_votes(count, max(total, count), leading, self.lang)
            if row.property("leading") != leading:
                row.setProperty("leading", "true" if leading else "false")
                row.style().unpolish(row)
                row.style().polish(row)
        if ws.multiple and ws.voters:
            self.total.setText(ui(self.lang, "voters_total", n=ws.voters, answers=tally.total))
        elif tally.total == 0:
            self.total.setText(ui(self.lang, "no_votes"))
        elif tally.total == 1:
            self.total.setText(ui(self.lang, "votes_total_one"))
        else:
            self.total.setText(ui(self.lang, "votes_total", n=tally.total))

    def _clear(self) -> None:
        for box in (self.lines_box, self.outcome_box, self.options_box):
            empty_box(box, keep=self.total)      # the total line is made once and put back under the rows
        self.rows = []
        self.outcome_panel = None
        self.ended.hide()

    def visible_texts(self) -> list[str]:
        """Every text this view holds (shown or not): what a test searches for notes."""
        texts = [label.text() for label in self.findChildren(QLabel)]
        texts += [w.accessibleName() for w in self.findChildren(QWidget)]
        texts += [w.accessibleDescription() for w in self.findChildren(QWidget)]
        return texts


_HOW = {"how_majority", "how_tie_break", "how_override", "how_hot_seat", "how_timeout", "how_placement"}
