"""The play view's own words, through Qt's translation system (context "play").

English source strings are marked with QT_TRANSLATE_NOOP as in app/text.py; the Swedish words
are in translations/lagaffektiv_sv.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...lengths import NEAREST, metres
from ...scenario.model import ALL_USERS
from ..i18n import phrase
from ..text import localized  # noqa: F401 - re-exported: scenario texts with a language fallback

PLAY: dict[str, str] = {
    "continue": QT_TRANSLATE_NOOP("play", "Continue"),
    "to_debrief": QT_TRANSLATE_NOOP("play", "To the debrief"),
    "step_back": QT_TRANSLATE_NOOP("play", "Step back"),
    "step_back_tip": QT_TRANSLATE_NOOP("play", "Undo your last step and try again (Ctrl+Z)"),
    "quit": QT_TRANSLATE_NOOP("play", "End the exercise"),
    "quit_tip": QT_TRANSLATE_NOOP("play", "Leave this encounter and go back to the scenarios"),
    "stand_here": QT_TRANSLATE_NOOP("play", "Stand here"),
    "stand_here_tip": QT_TRANSLATE_NOOP("play", "Take your place where the marker “You” stands (Enter)"),
    "answer": QT_TRANSLATE_NOOP("play", "Answer"),
    "what_do_you_do": QT_TRANSLATE_NOOP("play", "What do you do?"),
    "where_do_you_stand": QT_TRANSLATE_NOOP("play", "Where do you stand?"),
    "knowledge_check": QT_TRANSLATE_NOOP("play", "Knowledge check"),
    "choose_one": QT_TRANSLATE_NOOP("play", "Choose one answer."),
    "choose_all": QT_TRANSLATE_NOOP("play", "Choose all that apply."),
    "choice_n": QT_TRANSLATE_NOOP("play", "Choice {n} of {total}, key {n}"),
    "option_n": QT_TRANSLATE_NOOP("play", "Answer {n} of {total}, key {n}"),
    "choice_n_nokey": QT_TRANSLATE_NOOP("play", "Choice {n} of {total}"),
    "option_n_nokey": QT_TRANSLATE_NOOP("play", "Answer {n} of {total}"),
    "positioning_help": QT_TRANSLATE_NOOP("play", "Drag the marker “You” on the plan, or move it with the arrow keys (hold Shift for bigger steps). Press Enter or “Stand here” when you are where you want to be."),
    "distance_to": QT_TRANSLATE_NOOP("play", "Distance to {name}: {d} m"),
    "feedback": QT_TRANSLATE_NOOP("play", "Feedback"),
    "you_chose": QT_TRANSLATE_NOOP("play", "You chose"),
    "time_ran_out": QT_TRANSLATE_NOOP("play", "Time ran out"),
    "follows": QT_TRANSLATE_NOOP("play", "In line with: {names}"),
    "goes_against": QT_TRANSLATE_NOOP("play", "Goes against: {names}"),
    "your_position": QT_TRANSLATE_NOOP("play", "Your position"),
    # the same panel after a workshop's decision (FeedbackPanel's subject "group" / "hot_seat")
    "group_chose": QT_TRANSLATE_NOOP("play", "The group chose"),
    "group_position": QT_TRANSLATE_NOOP("play", "The group's position"),
    "mark_group": QT_TRANSLATE_NOOP("play", "the group's answer"),
    "hot_seat_chose": QT_TRANSLATE_NOOP("play", "The hot seat chose"),
    "hot_seat_position": QT_TRANSLATE_NOOP("play", "The hot seat's position"),
    "mark_hot_seat": QT_TRANSLATE_NOOP("play", "the hot seat's answer"),
    "right_answer": QT_TRANSLATE_NOOP("play", "✓ Right answer"),
    "wrong_answer": QT_TRANSLATE_NOOP("play", "✗ Not quite right"),
    "mark_correct": QT_TRANSLATE_NOOP("play", "correct"),
    "mark_yours": QT_TRANSLATE_NOOP("play", "your answer"),
    "seconds_left": QT_TRANSLATE_NOOP("play", "{n} s left"),
    "time_left": QT_TRANSLATE_NOOP("play", "Time left to decide"),
    "time_left_long": QT_TRANSLATE_NOOP("play", "{n} seconds left to decide"),
    "state_heading": QT_TRANSLATE_NOOP("play", "How they are"),
    "not_saved": QT_TRANSLATE_NOOP("play", "This exercise is not being saved: {error}"),
    "close": QT_TRANSLATE_NOOP("play", "Close"),
    "mute": QT_TRANSLATE_NOOP("play", "Mute"),
    "mute_tip": QT_TRANSLATE_NOOP("play", "Silence the sound of this exercise; the captions stay"),
    "unmute": QT_TRANSLATE_NOOP("play", "Sound on"),
    "captions": QT_TRANSLATE_NOOP("play", "What is heard: {captions}"),
    "sound_no_device": QT_TRANSLATE_NOOP("play", "No sound: this computer has no audio output. The captions in square brackets say what would be heard."),
    "sound_no_multimedia": QT_TRANSLATE_NOOP("play", "No sound: the audio part of the app could not be loaded on this computer. The captions in square brackets say what would be heard."),
    "close_notice": QT_TRANSLATE_NOOP("play", "Close the notice"),
    "action_failed": QT_TRANSLATE_NOOP("play", "That did not work: {error}"),
    "image_missing": QT_TRANSLATE_NOOP("play", "Picture not available"),
    "image": QT_TRANSLATE_NOOP("play", "Picture of the scene"),
    "you": QT_TRANSLATE_NOOP("play", "You"),
    "alarm": QT_TRANSLATE_NOOP("play", "Alarm"),
    "plan": QT_TRANSLATE_NOOP("play", "Floor plan: {room}"),
    "plan_heading": QT_TRANSLATE_NOOP("play", "{room} · {w} × {h} m"),
    "way_out": QT_TRANSLATE_NOOP("play", "Way out: {name}"),
    "way_out_blocked": QT_TRANSLATE_NOOP("play", "BLOCKED by you: {name}'s way out"),
    "own_way_out": QT_TRANSLATE_NOOP("play", "Your way out"),
    "own_way_cut": QT_TRANSLATE_NOOP("play", "Your way out is cut off"),
    "alarm_way": QT_TRANSLATE_NOOP("play", "To the alarm"),
    "alarm_cut": QT_TRANSLATE_NOOP("play", "Alarm out of reach"),
    "too_close": QT_TRANSLATE_NOOP("play", "{d} m – too close (at least {r} m)"),
    "metres": QT_TRANSLATE_NOOP("play", "{d} m"),
    # the room described for screen readers
    "room_size": QT_TRANSLATE_NOOP("play", "{room}, {w} × {h} m."),
    "doors": QT_TRANSLATE_NOOP("play", "Doors: {items}."),
    "door_item": QT_TRANSLATE_NOOP("play", "{label} ({wall}, for {who})"),
    "furniture": QT_TRANSLATE_NOOP("play", "Furniture: {items}."),
    "alarms": QT_TRANSLATE_NOOP("play", "Alarm buttons: {items}."),
    "personal_alarm": QT_TRANSLATE_NOOP("play", "Staff carry personal alarms."),
    "stands_near": QT_TRANSLATE_NOOP("play", "{name} stands by the {thing}, facing {dir}."),
    "stands_open": QT_TRANSLATE_NOOP("play", "{name} stands in the open floor, facing {dir}."),
    "sits_on": QT_TRANSLATE_NOOP("play", "{name} sits on the {thing}, facing {dir}."),
    "you_near": QT_TRANSLATE_NOOP("play", "You stand by the {thing}, {x} m from the west wall and {y} m from the north wall."),
    "you_open": QT_TRANSLATE_NOOP("play", "You stand in the open floor, {x} m from the west wall and {y} m from the north wall."),
    "door": QT_TRANSLATE_NOOP("play", "door"),
    "and": QT_TRANSLATE_NOOP("play", "and"),
    # walls, compass directions and who may use a door
    "wall_north": QT_TRANSLATE_NOOP("play", "north wall"),
    "wall_south": QT_TRANSLATE_NOOP("play", "south wall"),
    "wall_west": QT_TRANSLATE_NOOP("play", "west wall"),
    "wall_east": QT_TRANSLATE_NOOP("play", "east wall"),
    "dir_0": QT_TRANSLATE_NOOP("play", "east"),
    "dir_45": QT_TRANSLATE_NOOP("play", "south-east"),
    "dir_90": QT_TRANSLATE_NOOP("play", "south"),
    "dir_135": QT_TRANSLATE_NOOP("play", "south-west"),
    "dir_180": QT_TRANSLATE_NOOP("play", "west"),
    "dir_225": QT_TRANSLATE_NOOP("play", "north-west"),
    "dir_270": QT_TRANSLATE_NOOP("play", "north"),
    "dir_315": QT_TRANSLATE_NOOP("play", "north-east"),
    "role_everyone": QT_TRANSLATE_NOOP("play", "everyone"),
    "role_patient": QT_TRANSLATE_NOOP("play", "patients"),
    "role_companion": QT_TRANSLATE_NOOP("play", "companions"),
    "role_staff": QT_TRANSLATE_NOOP("play", "staff"),
    "role_police": QT_TRANSLATE_NOOP("play", "police"),
    "role_guard": QT_TRANSLATE_NOOP("play", "guards"),
    "role_other": QT_TRANSLATE_NOOP("play", "others"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go).


def ui(lang: str, key: str, **values: object) -> str:
    return phrase("play", PLAY[key], lang, **values)


def num(x: float, lang: str, rounding: int = NEAREST) -> str:
    """A length in metres for people: lengths.metres (one decimal, a decimal comma in Swedish)."""
    return metres(x, lang, rounding)


def join(items: list[str], lang: str) -> str:
    """a, b and c."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {ui(lang, 'and')} {items[-1]}"


def compass(facing: float, lang: str) -> str:
    """The nearest of eight directions; 0 = east, 90 = south (y runs down)."""
    return ui(lang, f"dir_{round((facing % 360) / 45) % 8 * 45}")


def door_users(roles: frozenset[str], lang: str) -> str:
    """Who may leave by a door, in words: 'everyone', 'staff', 'patients and companions'."""
    if roles >= ALL_USERS:
        return ui(lang, "role_everyone")
    order = ("patient", "companion", "staff", "police", "guard", "other")
    return join([ui(lang, f"role_{r}") for r in order if r in roles], lang)
