"""The setup dialog of a workshop: where to pause for discussion (every decision, or the ones
ticked), which decisions are hot-seat rounds, and whether timed decisions keep their timers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel,
                               QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from ..library import plain_label, scaled_font
from .words import first_line, localized, ui

DECISIONS = ("choice", "positioning", "checkpoint")


def decision_nodes(scenario) -> list:
    """The scenario's decision steps in the order they are written."""
    return [node for node in scenario.nodes.values() if node.kind in DECISIONS]


def describe(node, lang: str) -> str:
    """What a decision is about, in one line: its prompt, question, or the scene's first words."""
    if node.kind == "positioning" and node.positioning.prompt:
        text = localized(node.positioning.prompt, lang)
    elif node.kind == "checkpoint":
        text = localized(node.checkpoint.question, lang)
    elif node.narration:
        text = localized(node.narration, lang)
    elif node.lines:
        text = localized(node.lines[0].text, lang)
    else:
        text = node.id
    return first_line(text)


class WorkshopSetup(QDialog):
    def __init__(self, scenario, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = scenario
        self.lang = lang
        self.setObjectName("workshopSetup")
        self.setWindowTitle(ui(lang, "setup_title", title=localized(scenario.title, lang)))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = plain_label(localized(scenario.title, lang), "setupTitle")
        title.setFont(scaled_font(self.font(), 1.3, bold=True))
        layout.addWidget(title)
        layout.addWidget(plain_label(ui(lang, "setup_intro"), "setupIntro"))

        heading = plain_label(ui(lang, "pause_heading"), "setupHeading")
        heading.setFont(scaled_font(self.font(), 1.05, bold=True))
        layout.addWidget(heading)
        self.every = QRadioButton(ui(lang, "pause_every"))
        self.chosen = QRadioButton(ui(lang, "pause_chosen"))
        self.every.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.every)
        group.addButton(self.chosen)
        layout.addWidget(self.every)
        layout.addWidget(self.chosen)
        hot = plain_label(ui(lang, "hot_seat_heading") + ": " + ui(lang, "hot_seat_intro"), "setupIntro")
        layout.addWidget(hot)

        table = QWidget()
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for col, key in enumerate(("col_pause", "col_hot_seat", "col_decision")):
            label = plain_label(ui(lang, key), "setupColumn")
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
            grid.addWidget(label, 0, col)
        self.pause_boxes: dict[str, QCheckBox] = {}
        self.hot_boxes: dict[str, QCheckBox] = {}
        for row, node in enumerate(decision_nodes(scenario), start=1):
            text = ui(lang, "decision_n", n=row, kind=ui(lang, f"kind_{node.kind}"), text=describe(node, lang))
            pause, hot_box = QCheckBox(), QCheckBox()
            pause.setChecked(True)
            pause.setEnabled(False)
            pause.setAccessibleName(f"{ui(lang, 'col_pause')}: {text}")
            hot_box.setAccessibleName(f"{ui(lang, 'col_hot_seat')}: {text}")
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setToolTip(node.id)
            grid.addWidget(pause, row, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hot_box, row, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 2)
            self.pause_boxes[node.id] = pause
            self.hot_boxes[node.id] = hot_box
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.pause_boxes) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(table)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setAccessibleName(ui(lang, "decisions_heading"))
        layout.addWidget(scroll, 1)
        self.chosen.toggled.connect(self._pause_mode)

        self.timers = QCheckBox(ui(lang, "timers"))
        self.timers.setChecked(True)
        self.timers.setToolTip(ui(lang, "timers_tip"))
        layout.addWidget(self.timers)
        layout.addWidget(plain_label(ui(lang, "timers_tip"), "setupIntro"))

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(ui(lang, "start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(ui(lang, "cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _pause_mode(self, chosen: bool) -> None:
        for box in self.pause_boxes.values():
            box.setEnabled(chosen)

    def config(self):
        """The WorkshopConfig the dialog is set to."""
        from ...workshop import WorkshopConfig

        pause_at = None
        if self.chosen.isChecked():
            pause_at = frozenset(nid for nid, box in self.pause_boxes.items() if box.isChecked())
        hot = frozenset(nid for nid, box in self.hot_boxes.items() if box.isChecked())
        return WorkshopConfig(self.scenario.id, pause_at=pause_at, hot_seat=hot,
                              timer_factor=1.0 if self.timers.isChecked() else None, lang=self.lang)
