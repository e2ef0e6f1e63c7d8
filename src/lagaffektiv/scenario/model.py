"""The typed scenario model, built from schema-valid data.

Building never resolves references between ids: that is the linter's job, so that one bad
reference is reported with its position instead of stopping the build. The engine only ever
receives scenarios that lint clean (see lagaffektiv.scenario.load).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..encounter.tuning import merged
from ..floorplan import Door, Obstacle, Room

Text = dict[str, str]
Point = tuple[float, float]
DataPath = tuple[str | int, ...]
ALL_USERS = frozenset({"patient", "companion", "staff", "police", "guard", "other"})


@dataclass(frozen=True)
class Branch:
    condition: dict | None
    to: str


@dataclass(frozen=True)
class Choice:
    id: str
    text: Text
    feedback: Text
    goto: tuple[Branch, ...]
    path: DataPath
    condition: dict | None = None
    expert: bool = False
    principles: dict[str, int] = field(default_factory=dict)
    arousal: dict[str, object] = field(default_factory=dict)
    towards: tuple[str, ...] | None = None
    set: dict[str, object] = field(default_factory=dict)
    add: dict[str, float] = field(default_factory=dict)
    minutes: float | None = None
    source: str | None = None
    is_timeout: bool = False
    cue: str | None = None            # a sound played once when the choice is taken


@dataclass(frozen=True)
class Placement:
    at: Point
    facing: float = 0.0
    on: str | None = None     # furniture the character sits or lies on (a dental chair)


@dataclass(frozen=True)
class Scene:
    room: str | None
    characters: dict[str, Placement] | None    # None: the scene does not say who is where
    learner: Point | None


@dataclass(frozen=True)
class Positioning:
    learner_start: Point
    goto: tuple[Branch, ...]
    prompt: Text | None = None
    weight: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class CheckOption:
    id: str
    text: Text
    correct: bool


@dataclass(frozen=True)
class Checkpoint:
    topic: str
    question: Text
    options: tuple[CheckOption, ...]
    explanation: Text
    goto: tuple[Branch, ...]
    multiple: bool = False
    source: str | None = None

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.options if o.correct)


@dataclass(frozen=True)
class Ending:
    cls: str
    title: Text
    debrief: Text


@dataclass(frozen=True)
class Facilitation:
    """Workshop-only texts for one step: notes and prompts for the facilitator's eyes."""
    notes: Text | None = None
    prompts: tuple[Text, ...] = ()
    observe: tuple[Text, ...] = ()     # hot-seat observation prompts; built-in ones when empty


@dataclass(frozen=True)
class FacilitationDebrief:
    """Workshop discussion questions for the team debrief (reactions -> analysis -> summary)."""
    intro: Text | None = None
    reactions: tuple[Text, ...] = ()
    analysis: tuple[Text, ...] = ()
    summary: tuple[Text, ...] = ()


@dataclass(frozen=True)
class NodeSound:
    """What is heard from a step on (see lagaffektiv.audio.state for how it carries over)."""
    ambient: str | None = None
    intensity_follows: str | None = None
    intensity: float | None = None
    cue: str | None = None


@dataclass(frozen=True)
class SoundDef:
    """A scenario's own sound id: a built-in sound with its own caption and gain."""
    id: str
    like: str
    path: DataPath
    caption: Text | None = None
    gain: float = 0.0


@dataclass(frozen=True)
class Line:
    character: str
    text: Text


@dataclass(frozen=True)
class Node:
    id: str
    path: DataPath
    narration: Text | None = None
    lines: tuple[Line, ...] = ()
    image: str | None = None
    scene: Scene | None = None
    timer_seconds: float | None = None
    timeout: Choice | None = None
    choices: tuple[Choice, ...] = ()
    positioning: Positioning | None = None
    checkpoint: Checkpoint | None = None
    next: tuple[Branch, ...] | None = None
    ending: Ending | None = None
    minutes: float | None = None      # simulated time a passage takes
    arousal: dict[str, object] = field(default_factory=dict)   # a narrated event on arrival
    facilitator: Facilitation | None = None
    sound: NodeSound | None = None

    @property
    def kind(self) -> str:
        """One of: choice, positioning, checkpoint, passage, ending (or 'invalid', linted)."""
        kinds = [k for k, v in (("choice", self.choices), ("positioning", self.positioning),
                                ("checkpoint", self.checkpoint), ("passage", self.next),
                                ("ending", self.ending)) if v]
        return kinds[0] if len(kinds) == 1 else "invalid"

    def all_choices(self) -> tuple[Choice, ...]:
        return self.choices + ((self.timeout,) if self.timeout else ())

    def branches(self) -> tuple[Branch, ...]:
        """Every way on from this node, for graph checks."""
        out: list[Branch] = []
        for c in self.all_choices():
            out.extend(c.goto)
        for part in (self.positioning, self.checkpoint):
            if part:
                out.extend(part.goto)
        if self.next:
            out.extend(self.next)
        return tuple(out)


@dataclass(frozen=True)
class Alarm:
    id: str
    at: Point
    label: Text | None = None


@dataclass(frozen=True)
class RoomDef:
    id: str
    name: Text
    kind: str
    plan: Room
    path: DataPath
    alarms: tuple[Alarm, ...] = ()
    personal_alarm: bool = False
    labels: dict[str, Text] = field(default_factory=dict)   # door and obstacle labels by id


@dataclass(frozen=True)
class Character:
    id: str
    name: Text
    role: str
    arousal: float
    path: DataPath
    baseline: float = 10.0
    description: Text | None = None
    causes: tuple[str, ...] = ()
    aggression: str = "emotional"
    portrait: str | None = None


@dataclass(frozen=True)
class Interrupt:
    condition: dict
    to: str
    once: bool = True


@dataclass
class Scenario:
    file: str
    folder: str
    digest: str
    id: str
    revision: int
    title: Text
    summary: Text
    setting: str
    learner_roles: tuple[str, ...]
    aggressor: str
    difficulty: str
    minutes: int
    tags: tuple[str, ...]
    sources: tuple[str, ...]
    tuning: dict
    characters: dict[str, Character]
    variables: dict[str, object]
    rooms: dict[str, RoomDef]
    interrupts: tuple[Interrupt, ...]
    start: str
    nodes: dict[str, Node]
    facilitator: FacilitationDebrief | None = None
    sounds: dict[str, SoundDef] = field(default_factory=dict)

    def first_room(self) -> RoomDef:
        return next(iter(self.rooms.values()))


def _goto(value: object) -> tuple[Branch, ...]:
    if isinstance(value, str):
        return (Branch(None, value),)
    return tuple(Branch(b.get("if"), b["to"]) for b in value)  # type: ignore[union-attr]


def _pt(value: list) -> Point:
    return (float(value[0]), float(value[1]))


def _choice(d: dict, path: DataPath, timeout: bool = False) -> Choice:
    towards = d.get("towards")
    return Choice(
        id=d["id"], text=d.get("text") or {"sv": "(ingen reaktion i tid)", "en": "(no response in time)"},
        feedback=d["feedback"], goto=_goto(d["to"]), path=path, condition=d.get("if"),
        expert=bool(d.get("expert", False)), principles=dict(d.get("principles", {})),
        arousal=dict(d.get("arousal", {})), towards=tuple(towards) if towards else None,
        set=dict(d.get("set", {})), add=dict(d.get("add", {})), minutes=d.get("minutes"),
        source=d.get("source"), is_timeout=timeout, cue=d.get("cue"))


def _scene(d: dict | None) -> Scene | None:
    if d is None:
        return None
    chars = None if "characters" not in d else {
        cid: Placement(_pt(p["at"]), float(p["facing"]), p.get("seated_on")) for cid, p in d["characters"].items()}
    return Scene(d.get("room"), chars, _pt(d["learner"]) if "learner" in d else None)


def _facilitation(d: dict | None) -> Facilitation | None:
    if d is None:
        return None
    return Facilitation(d.get("notes"), tuple(d.get("prompts", ())), tuple(d.get("observe", ())))


def _facilitation_debrief(d: dict | None) -> FacilitationDebrief | None:
    if d is None:
        return None
    return FacilitationDebrief(d.get("intro"), tuple(d.get("reactions", ())), tuple(d.get("analysis", ())),
                               tuple(d.get("summary", ())))


def _sound(d: dict | None) -> NodeSound | None:
    if d is None:
        return None
    intensity = d.get("intensity")
    return NodeSound(d.get("ambient"), d.get("intensity_follows"),
                     None if intensity is None else float(intensity), d.get("cue"))


def _node(d: dict, path: DataPath) -> Node:
    timer = d.get("timer")
    pos = d.get("positioning")
    chk = d.get("checkpoint")
    end = d.get("ending")
    return Node(
        id=d["id"], path=path, narration=d.get("narration"),
        lines=tuple(Line(ln["character"], ln["text"]) for ln in d.get("lines", [])),
        image=d.get("image"), scene=_scene(d.get("scene")),
        timer_seconds=float(timer["seconds"]) if timer else None,
        timeout=_choice(timer["timeout"], path + ("timer", "timeout"), timeout=True) if timer else None,
        choices=tuple(_choice(c, path + ("choices", i)) for i, c in enumerate(d.get("choices", []))),
        positioning=Positioning(_pt(pos["learner_start"]), _goto(pos["to"]), pos.get("prompt"),
                                pos.get("weight"), pos.get("source")) if pos else None,
        checkpoint=Checkpoint(chk["topic"], chk["question"],
                              tuple(CheckOption(o["id"], o["text"], bool(o.get("correct", False)))
                                    for o in chk["options"]),
                              chk["explanation"], _goto(chk["to"]), bool(chk.get("multiple", False)),
                              chk.get("source")) if chk else None,
        next=_goto(d["next"]) if "next" in d else None,
        ending=Ending(end["class"], end["title"], end["debrief"]) if end else None,
        minutes=d.get("minutes"),
        arousal=dict(d.get("arousal", {})),
        facilitator=_facilitation(d.get("facilitator")),
        sound=_sound(d.get("sound")),
    )


def _room(d: dict, path: DataPath) -> RoomDef:
    doors = tuple(Door(x["id"], float(x["at"][0]), float(x["at"][1]), float(x.get("width", 0.9)),
                       ALL_USERS if "everyone" in x["exit_for"] else frozenset(x["exit_for"]))
                  for x in d.get("doors", []))
    obstacles = tuple(Obstacle(o["id"], *(float(v) for v in o["rect"])) for o in d.get("obstacles", []))
    labels = {x["id"]: x["label"] for x in d.get("doors", []) + d.get("obstacles", []) if "label" in x}
    return RoomDef(d["id"], d["name"], d["kind"], Room(float(d["width"]), float(d["height"]), doors, obstacles),
                   path, tuple(Alarm(a["id"], _pt(a["at"]), a.get("label")) for a in d.get("alarms", [])),
                   bool(d.get("personal_alarm", False)), labels)


def build(data: dict, file: str, folder: str, digest: str) -> Scenario:
    """Build the model from schema-valid data (see lagaffektiv.scenario.validate)."""
    chars = {}
    for i, c in enumerate(data["characters"]):
        chars.setdefault(c["id"], Character(
            c["id"], c["name"], c["role"], float(c["arousal"]), ("characters", i),
            float(c.get("baseline", min(10.0, float(c["arousal"])))), c.get("description"),
            tuple(c.get("causes", [])), c.get("aggression", "emotional"), c.get("portrait")))
    rooms = {}
    for i, r in enumerate(data["rooms"]):
        rooms.setdefault(r["id"], _room(r, ("rooms", i)))
    sounds = {}
    for i, x in enumerate(data.get("sounds", [])):
        sounds.setdefault(x["id"], SoundDef(x["id"], x["like"], ("sounds", i), x.get("caption"),
                                            float(x.get("gain", 0.0))))
    nodes = {}
    for i, n in enumerate(data["nodes"]):
        nodes.setdefault(n["id"], _node(n, ("nodes", i)))
    return Scenario(
        file=file, folder=folder, digest=digest, id=data["id"], revision=data["revision"],
        title=data["title"], summary=data["summary"], setting=data["setting"],
        learner_roles=tuple(data["learner_roles"]), aggressor=data["aggressor"],
        difficulty=data["difficulty"], minutes=data["minutes"], tags=tuple(data.get("tags", [])),
        sources=tuple(data["sources"]), tuning=merged(data.get("settings")), characters=chars,
        variables=dict(data.get("variables", {})), rooms=rooms,
        interrupts=tuple(Interrupt(x["if"], x["to"], bool(x.get("once", True))) for x in data.get("interrupts", [])),
        start=data["start"], nodes=nodes, facilitator=_facilitation_debrief(data.get("facilitator")),
        sounds=sounds)
