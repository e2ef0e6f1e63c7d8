"""The smaller parts of the play view: a line of speech, the notice bar, and the side column
(how the characters are, and the floor plan under its heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...scenario.model import Character, Placement, RoomDef
from ..widgets import plain_label, scaled_font
from .planview import FloorPlanView
from .state import StatePanel
from .words import ui


class SpeechLine(QFrame):
    """What a character says: the speaker's name above the words, both plain text."""

    def __init__(self, speaker: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("speechLine")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 9)
        layout.setSpacing(3)
        self.speaker = plain_label(speaker, "lineSpeaker")
        self.speaker.setFont(scaled_font(self.font(), 0.95, bold=True))
        self.text = plain_label(text, "lineText", selectable=True)
        self.text.setFont(scaled_font(self.font(), 1.08))
        layout.addWidget(self.speaker)
        layout.addWidget(self.text)
        self.setAccessibleName(f"{speaker}: {text}")


class NoticeBar(QFrame):
    """A notice that stays until closed and does not block (e.g. "this exercise is not saved")."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label("", f"{name}Text")
        self.close_button = QPushButton()
        self.close_button.setObjectName("noticeClose")
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def set_text(self, text: str, lang: str) -> None:
        self.label.setText(text)
        self.close_button.setText(ui(lang, "close"))
        self.close_button.setAccessibleName(ui(lang, "close_notice"))
        self.setAccessibleName(text)


class SideColumn(QWidget):
    """How the characters are, and the floor plan; either may be hidden."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.state_panel = StatePanel(lang)
        column.addWidget(self.state_panel)
        self.plan_panel = QFrame()
        self.plan_panel.setObjectName("planPanel")
        inner = QVBoxLayout(self.plan_panel)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(6)
        self.plan_heading = plain_label("", "planHeading")
        self.plan = FloorPlanView(lang)
        self.plan.setObjectName("floorPlan")
        inner.addWidget(self.plan_heading)
        inner.addWidget(self.plan, 1)
        column.addWidget(self.plan_panel)
        column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_plan(self, room: RoomDef, placements: dict[str, Placement] | None, characters: dict[str, Character],
                  learner: tuple[float, float] | None, lang: str) -> None:
        self.plan.show_room(room, placements, characters, learner, lang)
        self.plan_heading.setText(self.plan.heading())
        self.plan_heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.plan_panel.show()

    def hide_plan(self) -> None:
        self.plan_panel.hide()

    def update_visibility(self, show_state: bool) -> None:
        self.state_panel.setVisible(show_state)
        self.setVisible(show_state or self.plan_panel.isVisibleTo(self))
