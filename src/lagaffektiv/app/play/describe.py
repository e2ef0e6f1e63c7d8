"""The room in words, for screen readers and tooltips: what the floor plan shows, as text.

"Väntrummet, 10 × 7 m. Dörrar: … Daniel Berg står vid receptionsdisk med glasruta, vänd mot
norr." Pure functions of the core's room data; no Qt widgets.
"""

from __future__ import annotations

import math

from ...floorplan import Door, Obstacle
from ...scenario.model import Character, Placement, RoomDef
from .words import compass, door_users, localized, num, ui

NEAR = 1.2   # metres: within this a person is "by" a piece of furniture or a door


def item_label(room: RoomDef, item_id: str, lang: str) -> str:
    """The author's label of a door or piece of furniture, or its id in words."""
    label = room.labels.get(item_id)
    return localized(label, lang) if label else item_id.replace("_", " ")


def mid_sentence(text: str) -> str:
    """'Receptionsdisk' -> 'receptionsdisk' inside a sentence; 'EKG-vagn' stays."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _to_rect(o: Obstacle, p: tuple[float, float]) -> float:
    dx = max(o.x - p[0], 0.0, p[0] - (o.x + o.w))
    dy = max(o.y - p[1], 0.0, p[1] - (o.y + o.h))
    return math.hypot(dx, dy)


def nearest_item(room: RoomDef, p: tuple[float, float], lang: str) -> str | None:
    """The label of the nearest furniture or door within NEAR metres, or None."""
    best: tuple[float, str] | None = None
    for o in room.plan.obstacles:
        d = _to_rect(o, p)
        if d <= NEAR and (best is None or d < best[0]):
            best = (d, item_label(room, o.id, lang))
    for door in room.plan.doors:
        d = math.hypot(door.x - p[0], door.y - p[1])
        if d <= NEAR and (best is None or d < best[0]):
            best = (d, item_label(room, door.id, lang) if door.id in room.labels else ui(lang, "door"))
    return mid_sentence(best[1]) if best else None


def door_wall_words(room: RoomDef, door: Door, lang: str) -> str:
    wall = room.plan.door_wall(door)
    return ui(lang, f"wall_{wall}") if wall else "?"


def person_sentence(room: RoomDef, name: str, pl: Placement, lang: str) -> str:
    direction = compass(pl.facing, lang)
    if pl.on:
        return ui(lang, "sits_on", name=name, thing=mid_sentence(item_label(room, pl.on, lang)), dir=direction)
    near = nearest_item(room, pl.at, lang)
    if near:
        return ui(lang, "stands_near", name=name, thing=near, dir=direction)
    return ui(lang, "stands_open", name=name, dir=direction)


def learner_sentence(room: RoomDef, at: tuple[float, float], lang: str) -> str:
    near = nearest_item(room, at, lang)
    x, y = num(at[0], lang), num(at[1], lang)
    return ui(lang, "you_near", thing=near, x=x, y=y) if near else ui(lang, "you_open", x=x, y=y)


def room_description(room: RoomDef, placements: dict[str, Placement], characters: dict[str, Character],
                     learner: tuple[float, float] | None, lang: str) -> str:
    plan = room.plan
    parts = [ui(lang, "room_size", room=localized(room.name, lang), w=num(plan.width, lang),
                h=num(plan.height, lang))]
    if plan.doors:
        doors = [ui(lang, "door_item", label=item_label(room, d.id, lang) if d.id in room.labels
                    else ui(lang, "door"), wall=door_wall_words(room, d, lang), who=door_users(d.exit_for, lang))
                 for d in plan.doors]
        parts.append(ui(lang, "doors", items="; ".join(doors)))
    if plan.obstacles:
        parts.append(ui(lang, "furniture", items="; ".join(item_label(room, o.id, lang) for o in plan.obstacles)))
    if room.alarms:
        parts.append(ui(lang, "alarms", items="; ".join(localized(a.label, lang) or ui(lang, "alarm")
                                                         for a in room.alarms)))
    if room.personal_alarm:
        parts.append(ui(lang, "personal_alarm"))
    for cid, pl in placements.items():
        ch = characters.get(cid)
        parts.append(person_sentence(room, localized(ch.name, lang) if ch else cid, pl, lang))
    if learner is not None:
        parts.append(learner_sentence(room, learner, lang))
    return " ".join(parts)
