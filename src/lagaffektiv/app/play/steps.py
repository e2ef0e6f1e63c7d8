"""One step of the encounter on screen: its narration and lines and what the learner acts with
(a choice list, a checkpoint, a positioning step, a passage), or, in practice mode, the
feedback on the step just taken; and the floor plan beside it, with the live distances while
the learner moves the marker."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...errors import LagaffektivError
from ...lengths import DOWN
from .decisions import CheckpointForm, ChoiceList, PassagePanel, PositioningPanel
from .feedback import FeedbackPanel
from .panels import SpeechLine
from .words import localized, num, ui


class StepRendering:
    """Fills ``PlayView``'s text column and floor plan for the step now shown."""

    def _clear(self) -> None:
        for box in (self.lines_box, self.decision_box):
            while box.count():
                widget = box.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.decision = None

    def _add_decision(self, widget: QWidget) -> None:
        self.decision = widget
        self.decision_box.addWidget(widget)
        widget.show()      # at once, not at the next event loop pass: the focus goes there now

    def _render_feedback(self) -> None:
        out = self.outcome
        self.countdown.stop()
        self.image.load(None, None)
        self.narration.hide()
        panel = FeedbackPanel(out, self.lang)
        panel.continue_button.clicked.connect(self.continue_on)
        self._add_decision(panel)
        if out.step.kind == "positioning" and out.room is not None:
            self.side.show_plan(out.room, out.placements, self.encounter.scenario.characters, None, self.lang)
            self.plan.show_assessment(out.assessment)
        else:
            self._show_current_plan()

    def _render_step(self, key: tuple) -> None:
        enc, lang = self.encounter, self.lang
        node = enc.node
        self.image.load(enc.scenario.folder, node.image)
        self.narration.setText(localized(node.narration, lang))
        self.narration.setVisible(bool(node.narration))
        for line in node.lines:
            ch = enc.scenario.characters.get(line.character)
            speech = SpeechLine(localized(ch.name, lang) if ch else line.character, localized(line.text, lang))
            self.lines_box.addWidget(speech)
            speech.show()
        kind = node.kind
        seconds = enc.timer_seconds() if kind == "choice" else None
        if seconds is None:
            self.countdown.stop()
        elif key != self._step_key or not self.countdown.isVisibleTo(self):
            self.countdown.start(seconds)      # a language switch keeps the time left
        if kind == "choice":
            self._add_decision(ChoiceList(enc.available_choices(), lang))
            self.decision.chosen.connect(self.choose)
        elif kind == "checkpoint":
            self._add_decision(CheckpointForm(node.checkpoint, lang, self._checked))
            self.decision.answered.connect(self.answer)
            for button in self.decision.options:
                button.toggled.connect(self._remember_checked)
        elif kind == "positioning":
            self._add_decision(PositioningPanel(node.positioning.prompt, lang))
            self.decision.place.connect(self.place)
        elif kind == "passage":
            self._add_decision(PassagePanel(lang))
            self.decision.proceed.connect(self.proceed)
        if kind == "positioning":
            start = self._marker[1] if self._marker and self._marker[0] == key else node.positioning.learner_start
            self.side.show_plan(enc.room, enc.placements, enc.scenario.characters, None, lang)
            self.plan.begin_positioning(start, enc.can_stand)
            self._preview_at = self.plan.learner
            self._preview()
        else:
            self._show_current_plan()

    def _show_current_plan(self) -> None:
        enc = self.encounter
        if enc.placements is None:
            self.side.hide_plan()
        else:
            self.side.show_plan(enc.room, enc.placements, enc.scenario.characters, enc.learner, self.lang)

    def _queue_preview(self, x: float, y: float) -> None:
        enc = self.encounter
        self._marker = ((len(enc.actions), enc.node_id), (x, y)) if enc is not None else None
        self._preview_at = (x, y)
        self._preview_timer.start()

    def _preview(self) -> None:
        """Distances while the marker moves (practice mode only: the assessment mode judges silently)."""
        enc = self.encounter
        if not isinstance(self.decision, PositioningPanel) or enc is None or enc.mode != "practice":
            return
        try:
            preview = enc.assess_position(*self._preview_at)
        except LagaffektivError:
            return
        self.plan.set_preview(preview)
        names = enc.scenario.characters
        self.decision.show_preview([ui(self.lang, "distance_to", name=localized(names[c.character].name, self.lang),
                                       d=num(c.distance, self.lang, DOWN)) for c in preview.checks])

    def _remember_checked(self) -> None:
        if isinstance(self.decision, CheckpointForm):
            self._checked = set(self.decision.checked())
