"""Assessing where the learner stands: distance, angle, blocked exits, own way out, alarm.

Everything is computed on the floor plan (lagaffektiv.floorplan); nothing is a hand-written
flag in the scenario. Thresholds come from tuning["positioning"] (principles.md §11).
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field

from ..floorplan import Blocker, Path, distance, facing_angle
from ..floorplan import shortest_path as _shortest_path
from ..lengths import DOWN, UP, metres
from ..scenario.model import Character, Placement, RoomDef, Text
from .arousal import phase_of

Point = tuple[float, float]


@functools.lru_cache(maxsize=4096)
def _cached_path(plan, start, goals, blockers, body_radius, reach):
    return _shortest_path(plan, start, goals, blockers, body_radius=body_radius, reach=reach)


def shortest_path(plan, start, goals, blockers=(), *, body_radius, reach=0.0):
    # Paths depend only on positions, so a learner dragging back and forth (or a random
    # walk on a lattice) asks the same questions again; the rooms are frozen and hashable.
    return _cached_path(plan, tuple(start), tuple(goals), tuple(blockers), body_radius, reach)


@dataclass
class CharacterCheck:
    character: str
    distance: float
    required: float
    angle: float
    too_close: bool
    face_to_face: bool
    blocks_exit: bool
    exit_path: list[Point] | None     # the character's best way out with the learner where they stand


@dataclass
class Assessment:
    learner: Point
    checks: list[CharacterCheck] = field(default_factory=list)
    own_exit: bool = True
    own_exit_path: list[Point] | None = None
    alarm: bool | None = None          # None: the room has no alarm to reach (or a personal alarm)
    alarm_path: list[Point] | None = None
    principles: dict[str, int] = field(default_factory=dict)
    # principle -> (best, worst) a placement here could have scored: the step's stakes
    stakes: dict[str, tuple[int, int]] = field(default_factory=dict)
    arousal: dict[str, float] = field(default_factory=dict)
    flags: dict[str, bool] = field(default_factory=dict)
    feedback: list[Text] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _num(x: float, lang: str, rounding: int = DOWN) -> str:
    # A distance rounded down, a requirement up: 1.47 m "too close" to 1.5 m reads "1,4 m".
    return metres(x, lang, rounding)


def _genitive_sv(name: str) -> str:
    return name if name[-1:].lower() in "sxz" else name + "s"


def _pts(p: Path | None) -> list[Point] | None:
    return [tuple(pt) for pt in p.points] if p else None  # type: ignore[misc]


def assess(room: RoomDef, placements: dict[str, Placement], characters: dict[str, Character],
           arousal: dict[str, float], learner: Point, weight: int, tuning: dict) -> Assessment:
    cfg = tuning["positioning"]
    plan = room.plan
    body = cfg["body_radius"]
    clearance = cfg["pass_clearance"]
    out = Assessment(learner=learner)
    # Only someone who may act out is assessed: a frightened child (aggression: none) needs
    # closeness and care, not the distance kept from an angry adult.
    agitated = [cid for cid in placements
                if cid in characters and characters[cid].role in ("patient", "companion", "other")
                and characters[cid].aggression != "none" and arousal.get(cid, 0.0) >= cfg["agitated_from"]]
    me = Blocker(learner[0], learner[1], clearance)
    for cid in agitated:
        ch, pl = characters[cid], placements[cid]
        phase = phase_of(arousal[cid], tuning)
        required = cfg["distance"].get(phase, max(cfg["distance"].values()))
        dist = distance(pl.at, learner)
        angle = facing_angle(pl.at, pl.facing, learner)
        doors = [d for d in plan.doors if ch.role in d.exit_for]
        free = shortest_path(plan, pl.at, doors, body_radius=body) if doors else None
        with_me = shortest_path(plan, pl.at, doors, [me], body_radius=body) if free else None
        out.checks.append(CharacterCheck(
            cid, round(dist, 2), required, round(angle, 1), dist < required,
            dist <= cfg["angle_within"] and (angle < cfg["angle_min"] or angle > cfg["angle_max"]),
            free is not None and with_me is None, _pts(with_me or free)))
    blockers = [Blocker(placements[c].at[0], placements[c].at[1], clearance) for c in agitated]
    staff_doors = [d for d in plan.doors if "staff" in d.exit_for]
    own = shortest_path(plan, learner, staff_doors, blockers, body_radius=body) if staff_doors else None
    out.own_exit = own is not None
    out.own_exit_path = _pts(own)
    if room.alarms and not room.personal_alarm:
        alarm = shortest_path(plan, learner, [a.at for a in room.alarms], blockers,
                              body_radius=body, reach=cfg["alarm_reach"])
        out.alarm = alarm is not None
        out.alarm_path = _pts(alarm)
    _score(out, characters, weight, cfg)
    return out


def _score(out: Assessment, characters: dict[str, Character], w: int, cfg: dict) -> None:
    checks = out.checks
    blocks = any(c.blocks_exit for c in checks)
    close = any(c.too_close for c in checks)
    square = any(c.face_to_face for c in checks)
    if checks:
        out.principles["distance"] = -w if close else (-1 if square else w)
        out.principles["exits"] = -min(3, w + 1) if blocks else (-w if not out.own_exit else w)
    elif not out.own_exit:
        out.principles["exits"] = -w
    if out.alarm is not None:
        out.principles["safety"] = 1 if out.alarm else -1
    # The same rules at their extremes: the best and worst a placement in this room could score.
    limits = {"distance": (w, -w), "exits": (w, -min(3, w + 1)), "safety": (1, -1)}
    out.stakes = {p: limits[p] for p in out.principles}
    eff = cfg["arousal"]
    for c in checks:
        delta = (eff["blocks_exit"] if c.blocks_exit else 0) + (eff["too_close"] if c.too_close else 0) \
            + (eff["face_to_face"] if c.face_to_face and not c.too_close else 0)
        out.arousal[c.character] = float(delta if delta else eff["well_placed"])
    out.flags = {"pos_blocks_exit": blocks, "pos_too_close": close, "pos_face_to_face": square,
                 "pos_own_exit": out.own_exit, "pos_alarm": bool(out.alarm) if out.alarm is not None else True}
    out.flags["pos_ok"] = not blocks and not close and not square and out.own_exit and out.flags["pos_alarm"]
    out.feedback = _feedback(out, characters)


def _feedback(out: Assessment, characters: dict[str, Character]) -> list[Text]:
    lines: list[Text] = []
    for c in out.checks:
        name = characters[c.character].name
        if c.too_close:
            lines.append({lang: (f"Du står {_num(c.distance, lang)} m från {name[lang]}. I det här läget behövs "
                                 f"minst {_num(c.required, lang, UP)} m." if lang == "sv" else
                                 f"You stand {_num(c.distance, lang)} m from {name[lang]}. At this level of "
                                 f"agitation keep at least {_num(c.required, lang, UP)} m.") for lang in ("sv", "en")})
        else:
            lines.append({"sv": f"Avståndet till {name['sv']} är {_num(c.distance, 'sv')} m – tillräckligt.",
                          "en": f"Your distance to {name['en']} is {_num(c.distance, 'en')} m – enough."})
        if c.face_to_face:
            lines.append({"sv": f"Du står rakt framför {name['sv']} ({c.angle:.0f}° från blickriktningen). "
                                "Stå lite snett eller vid sidan, det känns mindre konfronterande."
                          if c.angle < 90 else
                          f"Du står bakom {name['sv']} ({c.angle:.0f}°). Den som närmar sig bakifrån kan skrämma.",
                          "en": f"You stand squarely in front of {name['en']} ({c.angle:.0f}° off their line of "
                                "sight). Stand a little to the side; it feels less confronting."
                          if c.angle < 90 else
                          f"You stand behind {name['en']} ({c.angle:.0f}°). Approaching from behind can startle."})
        if c.blocks_exit:
            lines.append({"sv": f"Du står i vägen för {_genitive_sv(name['sv'])} väg ut. Att blockera en utväg är det som "
                                "medför störst risk för våld.",
                          "en": f"You stand in {name['en']}'s way out. Blocking an exit is the act that carries "
                                "the greatest risk of violence."})
    if not out.own_exit:
        lines.append({"sv": "Din egen väg ut går förbi den upprörda personen – du kan bli instängd.",
                      "en": "Your own way out passes the agitated person – you could be cornered."})
    if out.alarm is False:
        lines.append({"sv": "Du når inte larmknappen utan att passera den upprörda personen.",
                      "en": "You cannot reach the alarm button without passing the agitated person."})
    if out.flags.get("pos_ok"):
        lines.append({"sv": "Bra placering: avstånd, vinkel och fria vägar ut för er båda.",
                      "en": "Good placement: distance, angle and free ways out for both of you."})
    return lines
