"""PlayView: one encounter, step by step. The session decides; this view shows and passes on.

Left: the text column (picture, narration, what the characters say, and what the learner
acts with), in a scroll area so nothing clips at large text sizes; above it the countdown of
a timed decision. Right: how the characters are, and the floor plan. In practice mode each
step's feedback is shown until the learner continues; in assessment mode nothing is shown
until the debrief, and there is no stepping back and no state indicator.

What a step shows is filled in by ``steps``; the notices and the sound by ``notices``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...errors import LagaffektivError
from ...session import PracticeSession
from ..sound import SoundController
from ..widgets import plain_label, scaled_font
from .countdown import Countdown
from .decisions import CheckpointForm, ChoiceList, PositioningPanel
from .feedback import Outcome
from .image import SceneImage
from .notices import Notices
from .panels import NoticeBar, SideColumn
from .steps import StepRendering
from .style import style
from .words import localized, ui

READABLE_CHARS = 92   # the text column is capped near this many characters per line


class PlayView(Notices, StepRendering, QWidget):
    finished = Signal(object)      # the session, once the encounter has reached an ending
    quit_requested = Signal()

    def __init__(self, lang: str = "sv", hide_state: bool = False, parent: QWidget | None = None, *,
                 clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.lang = lang
        self.hide_state = hide_state
        self.session: PracticeSession | None = None
        self.outcome: Outcome | None = None       # the step whose feedback is shown (practice mode)
        self.decision: QWidget | None = None      # what the learner acts with now
        self._checked: set[str] = set()           # a checkpoint's answers, kept over a language switch
        self._step_key: tuple | None = None       # (actions taken, node): the step now shown
        self._marker: tuple | None = None         # (step key, (x, y)): the marker, kept over a language switch
        self._save_notice_done = False
        self._finished_sent = False
        self.sound = SoundController(parent=self)       # QtMultimedia is loaded when a sound is first due
        self.sound.unavailable.connect(self._sound_unavailable)
        self.setObjectName("playView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build(clock)
        self._restyle()

    # -- construction ------------------------------------------------------------------------------
    def _build(self, clock) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(10)
        header = QHBoxLayout()
        self.title = plain_label("", "playTitle")
        self.step_back_button = QPushButton()
        self.step_back_button.clicked.connect(self.step_back)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.step_back)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.quit_requested.emit)
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._toggle_mute)
        self.mute_button.hide()
        header.addWidget(self.title, 1)
        header.addWidget(self.mute_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.step_back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.save_notice = NoticeBar("saveNotice")
        outer.addWidget(self.save_notice)
        self.sound_notice = NoticeBar("soundNotice")     # once, never in the way: sound is an extra
        outer.addWidget(self.sound_notice)
        self.error_notice = plain_label("", "errorNotice", selectable=True)
        self.error_notice.hide()
        outer.addWidget(self.error_notice)

        body = QHBoxLayout()
        body.setSpacing(18)
        outer.addLayout(body, 1)
        body.addWidget(self._text_side(clock), 11)
        self.side = SideColumn(self.lang)
        self.state_panel, self.plan_panel = self.side.state_panel, self.side.plan_panel
        self.plan, self.plan_heading = self.side.plan, self.side.plan_heading
        self.plan.place_requested.connect(lambda x, y: self.place(x, y))
        self.plan.position_changed.connect(self._queue_preview)
        self._preview_timer = QTimer(self)      # one preview per burst of mouse moves
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._preview)
        body.addWidget(self.side, 9)

    def _text_side(self, clock) -> QWidget:
        self.text_side = side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.countdown = Countdown(self.lang, clock)
        self.countdown.expired.connect(self.timeout)
        layout.addWidget(self.countdown)
        column = QWidget()
        column.setObjectName("textColumn")
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(2, 2, 10, 2)
        self.column.setSpacing(14)
        self.image = SceneImage(self.lang)
        self.narration = plain_label("", "narration", selectable=True)
        self.captions = plain_label("", "soundCaption")    # every sound in words, sound or no sound
        self.captions.hide()
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(8)
        self.decision_box = QVBoxLayout()
        self.column.addWidget(self.image)
        self.column.addWidget(self.captions)
        self.column.addWidget(self.narration)
        self.column.addLayout(self.lines_box)
        self.column.addLayout(self.decision_box)
        self.column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(column)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        return side

    # -- public API ----------------------------------------------------------------------------------
    @property
    def encounter(self):
        return self.session.encounter if self.session else None

    @property
    def feedback_shown(self) -> bool:
        return self.outcome is not None

    def start(self, session: PracticeSession) -> None:
        self.session = session
        self.outcome = None
        self._step_key = self._marker = None
        self._checked = set()
        self._save_notice_done = self._finished_sent = False
        self.save_notice.hide()
        self._render()
        self._check_saving()
        if session.encounter.finished:     # a resumed encounter that had already ended
            self._finish()

    def set_language(self, lang: str) -> None:
        """Everything again in ``lang``, where the learner is (the countdown runs on). The app calls
        this after its settings change too, so the theme and the text size are taken again."""
        self.lang = lang
        self._restyle()
        self.countdown.set_language(lang)
        self.image.set_language(lang)
        self.plan.set_language(lang)
        if self.save_notice.isVisible():
            self._show_save_notice()
        if self.sound_notice.isVisible() and self.sound.reason:
            self.sound_notice.set_text(ui(lang, f"sound_{self.sound.reason}"), lang)
        if self.session is not None:
            self._render()

    def set_hide_state(self, hidden: bool) -> None:
        """Show or hide how the characters are (the learner's setting; assessment mode always hides)."""
        self.hide_state = hidden
        if self.session is not None:
            self._render()

    def pause_timer(self) -> None:
        """Stop the countdown, e.g. while the app shows a dialog over the encounter."""
        self.countdown.pause()

    def resume_timer(self) -> None:
        if self.countdown.isVisibleTo(self) and self.outcome is None:
            self.countdown.resume()

    def set_sound_settings(self, settings) -> None:
        """The learner's sound settings (app.settings.Settings): master switch and the two volumes."""
        if settings is not None:
            self.sound.configure(settings.sound, settings.ambience_volume, settings.cue_volume)
        if self.session is not None:
            self._show_sound()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Hidden (the app shows another view, or the learner left): no time runs out unseen,
        # and no ambience plays on under another page.
        self.pause_timer()
        self.sound.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.session is not None and not self.encounter.finished:
            self.resume_timer()
        if self.session is not None:
            self._show_sound()

    # The learner's actions; the buttons, keys and the plan call these.
    def choose(self, choice_id: str) -> None:
        self._act(lambda: self.session.choose(choice_id))

    def timeout(self) -> None:
        enc = self.encounter
        if enc is not None and not enc.finished and enc.node.kind == "choice":
            self._act(self.session.timeout)

    def place(self, x: float | None = None, y: float | None = None) -> None:
        """Stand at (x, y), or where the marker is."""
        if x is None or y is None:
            if self.plan.learner is None:
                return
            x, y = self.plan.learner
        self._act(lambda: self.session.place(x, y))

    def answer(self, option_ids: list[str] | None = None) -> None:
        if option_ids is None:
            option_ids = self.decision.checked() if isinstance(self.decision, CheckpointForm) else []
        if option_ids:
            self._act(lambda: self.session.answer(list(option_ids)))

    def proceed(self) -> None:
        self._act(self.session.proceed)

    def continue_on(self) -> None:
        """Close the feedback panel and go on to the next step (or to the debrief)."""
        if self.outcome is None:
            return
        self.outcome = None
        if self.encounter.finished:
            self._finish()
        else:
            self._render()

    def step_back(self) -> None:
        enc = self.encounter
        if enc is None or enc.mode != "practice" or not enc.actions:
            return
        try:
            self.session.step_back()
        except LagaffektivError as exc:
            self._show_error(exc)
            return
        self.outcome = None
        self._finished_sent = False
        self._render()
        self._check_saving()

    # -- acting --------------------------------------------------------------------------------------
    def _act(self, action: Callable) -> None:
        enc = self.encounter
        if enc is None or self.outcome is not None or enc.finished:
            return
        node, room, placements = enc.node, enc.room, dict(enc.placements or {})
        try:
            result = action()
        except LagaffektivError as exc:   # EncounterError and kin: shown, never a crash
            self._show_error(exc)
            return
        self.countdown.stop()
        step = enc.steps[-1]
        if enc.mode == "practice" and step.kind != "passage":
            assessment = result if step.kind == "positioning" else None
            self.outcome = Outcome(node, step, enc.finished, assessment, room, placements)
        self._check_saving()
        self._render()
        if self.outcome is None and enc.finished:
            self._finish()

    def _finish(self) -> None:
        if not self._finished_sent:
            self._finished_sent = True
            self.finished.emit(self.session)

    # -- rendering -----------------------------------------------------------------------------------
    def _restyle(self) -> None:
        """Colours from the current theme, and fonts from the current text size."""
        self.setStyleSheet(style())
        base = self.font()
        self.title.setFont(scaled_font(base, 1.3, bold=True))
        self.narration.setFont(scaled_font(base, 1.08))
        self.countdown.label.setFont(scaled_font(base, 1.1, bold=True))
        self.text_side.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARS)

    def _render(self) -> None:
        enc, lang = self.encounter, self.lang
        self.error_notice.hide()
        self.title.setText(localized(enc.scenario.title, lang))
        practice = enc.mode == "practice"
        self._label_button(self.step_back_button, "step_back", "step_back_tip")
        self.step_back_button.setVisible(practice)
        self.step_back_button.setEnabled(practice and bool(enc.actions))
        self._label_button(self.quit_button, "quit", "quit_tip")
        show_state = practice and not self.hide_state
        if show_state:
            self.state_panel.show_state(enc, lang)
        self._clear()
        key = (len(enc.actions), enc.node_id)
        if key != self._step_key:
            self._checked = set()
        if self.outcome is not None:
            self._render_feedback()
        else:
            self._render_step(key)
        self._step_key = key
        self.side.update_visibility(show_state)
        self._show_sound()
        self.scroll.verticalScrollBar().setValue(0)
        target = self.decision.first_focus() if self.decision is not None else None
        if isinstance(self.decision, PositioningPanel):
            target = self.plan
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_button(self, button: QPushButton, text: str, tip: str) -> None:
        button.setText(ui(self.lang, text))
        button.setToolTip(ui(self.lang, tip))
        button.setAccessibleName(ui(self.lang, text))
        button.setAccessibleDescription(ui(self.lang, tip))

    # -- keys (from any part of the view that did not take them) -----------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, d = event.key(), self.decision
        if event.matches(QKeySequence.StandardKey.Undo):
            self.step_back()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and isinstance(d, (ChoiceList, CheckpointForm)):
            d.press(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and d is not None:
            d.enter()
        else:
            super().keyPressEvent(event)
