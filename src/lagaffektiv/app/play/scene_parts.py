"""The parts of an encounter's step that the practice view and the workshop's projected view show
alike: what the characters say, and which floor plan the side column shows."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from .panels import SideColumn, SpeechLine
from .words import localized


def add_speech_lines(box: QBoxLayout, node, characters: dict, lang: str) -> None:
    """A SpeechLine for each line of ``node``; a speaker the scenario does not list goes by its id."""
    for line in node.lines:
        ch = characters.get(line.character)
        speech = SpeechLine(localized(ch.name, lang) if ch else line.character, localized(line.text, lang))
        box.addWidget(speech)
        speech.show()


def show_current_plan(side: SideColumn, enc, lang: str) -> None:
    """The room as it is now, with the learner (or the group) where they stand; no plan where the
    scenario has none."""
    if enc.placements is None:
        side.hide_plan()
    else:
        side.show_plan(enc.room, enc.placements, enc.scenario.characters, enc.learner, lang)


def show_assessed_plan(side: SideColumn, out, characters: dict, lang: str) -> bool:
    """After a placement: the room as it was then, with the judged spot. False (nothing shown)
    for any other outcome, which shows the current plan instead."""
    if out.step.kind != "positioning" or out.room is None:
        return False
    side.show_plan(out.room, out.placements, characters, None, lang)
    side.plan.show_assessment(out.assessment)
    return True
