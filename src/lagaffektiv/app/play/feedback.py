"""The feedback on the step just taken (practice mode), shown until the learner continues.

What a step meant is the core's: the choice's feedback text, the engine's assessment of a
placement, a checkpoint's explanation. ``Outcome`` keeps what is needed to show it again in
the other language; the panel only lays it out, as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...encounter.engine import Step
from ...encounter.positioning import Assessment
from ...principles import PRINCIPLES
from ...scenario.model import Node, Placement, RoomDef
from ..widgets import plain_label, scaled_font
from .words import localized, ui


@dataclass
class Outcome:
    """A step as taken, with what the plan needs to show it again."""

    node: Node
    step: Step
    finished: bool
    assessment: Assessment | None = None
    room: RoomDef | None = None
    placements: dict[str, Placement] | None = None


def principle_lines(principles: dict[str, int], lang: str) -> list[str]:
    def names(ids: list[str]) -> str:
        return ", ".join(PRINCIPLES[p].name[lang] if p in PRINCIPLES else p for p in ids)

    good = [p for p, w in principles.items() if w > 0]
    bad = [p for p, w in principles.items() if w < 0]
    lines = []
    if good:
        lines.append(ui(lang, "follows", names=names(good)))
    if bad:
        lines.append(ui(lang, "goes_against", names=names(bad)))
    return lines


# Who took the step, as the panel words it: (what was chosen, the position, the answer's mark).
SUBJECTS = {"you": ("you_chose", "your_position", "mark_yours"),
            "group": ("group_chose", "group_position", "mark_group"),
            "hot_seat": ("hot_seat_chose", "hot_seat_position", "mark_hot_seat")}


class FeedbackPanel(QFrame):
    """``subject``: who took the step, "you" (practice), "group" or "hot_seat" (a workshop)."""

    def __init__(self, outcome: Outcome, lang: str, parent: QWidget | None = None, *, subject: str = "you"):
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.outcome = outcome
        self.words = SUBJECTS[subject]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        self.heading = plain_label(ui(lang, "feedback"), "feedbackHeading")
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        layout.addWidget(self.heading)
        self.texts: list[str] = []
        kind = outcome.step.kind
        if kind == "choice":
            self._choice(layout, lang)
        elif kind == "positioning":
            self._positioning(layout, lang)
        elif kind == "checkpoint":
            self._checkpoint(layout, lang)
        layout.addSpacing(4)
        self.continue_button = QPushButton(ui(lang, "to_debrief" if outcome.finished else "continue"))
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setAutoDefault(True)
        self.continue_button.setAccessibleName(self.continue_button.text())
        self.continue_button.setAccessibleDescription("Enter")
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription("\n".join(self.texts))

    def first_focus(self) -> QWidget:
        return self.continue_button

    def enter(self) -> None:
        self.continue_button.click()

    def _add(self, layout: QVBoxLayout, text: str, name: str, factor: float = 1.0, bold: bool = False) -> None:
        if not text:
            return
        label = plain_label(text, name, selectable=True)
        if factor != 1.0 or bold:
            label.setFont(scaled_font(self.font(), factor, bold))
        layout.addWidget(label)
        self.texts.append(text)

    def _choice(self, layout: QVBoxLayout, lang: str) -> None:
        step, node = self.outcome.step, self.outcome.node
        choice = next((c for c in node.all_choices() if c.id == step.choice), None)
        if choice is None:
            return
        self._add(layout, ui(lang, "time_ran_out" if step.timed_out else self.words[0]), "feedbackChosen", bold=True)
        self._add(layout, localized(choice.text, lang), "feedbackChoice")
        self._add(layout, localized(choice.feedback, lang), "feedbackText", 1.05)
        for line in principle_lines(step.principles, lang):
            self._add(layout, line, "feedbackPrinciples")

    def _positioning(self, layout: QVBoxLayout, lang: str) -> None:
        self._add(layout, ui(lang, self.words[1]), "feedbackChosen", bold=True)
        assessment = self.outcome.assessment
        if assessment is not None:
            for text in assessment.feedback:
                self._add(layout, "•  " + localized(text, lang), "feedbackText", 1.05)
        for line in principle_lines(self.outcome.step.principles, lang):
            self._add(layout, line, "feedbackPrinciples")

    def _checkpoint(self, layout: QVBoxLayout, lang: str) -> None:
        step, chk = self.outcome.step, self.outcome.node.checkpoint
        right = bool(step.correct)
        self._add(layout, ui(lang, "right_answer" if right else "wrong_answer"),
                  "verdictRight" if right else "verdictWrong", 1.1, bold=True)
        picked = set(step.answer or [])
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for row, option in enumerate(chk.options):
            marks = [ui(lang, "mark_correct")] if option.correct else []
            if option.id in picked:
                marks.append(ui(lang, self.words[2]))
            text = localized(option.text, lang) + (f"  ({', '.join(marks)})" if marks else "")
            tick = plain_label("✓" if option.correct else "", "feedbackChosen")
            label = plain_label(text, "feedbackChosen")
            if option.id in picked:
                label.setFont(scaled_font(self.font(), 1.0, bold=True))
            grid.addWidget(tick, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.texts.append(("✓ " if option.correct else "") + text)
        layout.addLayout(grid)
        self._add(layout, localized(chk.explanation, lang), "feedbackText", 1.05)
