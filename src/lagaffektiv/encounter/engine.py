"""The running encounter: one learner's way through a scenario, step by step.

The encounter is deterministic: the same scenario and the same actions give the same state.
That is what makes saving simple (the action list is the state; the snapshot beside it only
checks that the replay agrees) and stepping back exact (replay all but the last action).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..errors import EncounterError, StateError
from ..scenario.conditions import Facts, holds
from ..scenario.model import Branch, Choice, Node, Placement, RoomDef, Scenario
from . import arousal as model
from ..floorplan import distance
from .positioning import Assessment, assess

STATE_VERSION = 1
PERSONAL_SPACE = 0.4   # metres: closer than this the learner would stand on the character
MODES = ("practice", "assessment")


@dataclass
class Step:
    """One decision as it happened; the debrief is computed from these."""

    index: int
    node: str
    kind: str                 # choice | positioning | checkpoint | passage
    action: str               # the canonical action token
    minutes: float            # simulated time when the step was taken
    arousal_before: dict[str, float]
    arousal_after: dict[str, float] = field(default_factory=dict)
    phases_after: dict[str, str] = field(default_factory=dict)
    choice: str | None = None
    timed_out: bool = False
    principles: dict[str, int] = field(default_factory=dict)
    # principle -> (best, worst) effect among the options the learner had at this step
    stakes: dict[str, tuple[int, int]] = field(default_factory=dict)
    expert: str | None = None
    position: dict | None = None
    answer: list[str] | None = None
    correct: bool | None = None
    answer_score: float | None = None
    interrupted_to: str | None = None


def _phase_stakes(options: list[dict[str, int]]) -> dict[str, tuple[int, int]]:
    names = {p for eff in options for p in eff}
    return {p: (max(e.get(p, 0) for e in options), min(e.get(p, 0) for e in options)) for p in sorted(names)}


class Encounter:
    def __init__(self, scenario: Scenario, *, mode: str = "practice", timer_factor: float | None = 1.0,
                 seed: int = 0):
        if mode not in MODES:
            raise EncounterError(f"unknown mode '{mode}'; use one of {', '.join(MODES)}")
        self.scenario = scenario
        self.mode = mode
        self.timer_factor = timer_factor
        self.seed = seed   # no randomness yet; kept in the state so a later use stays reproducible
        self.step_backs: list[dict] = []
        self.scenario_changed = False
        self._reset()

    # -- state ---------------------------------------------------------------------------------
    def _reset(self) -> None:
        sc = self.scenario
        self.actions: list[str] = []
        self.steps: list[Step] = []
        self.arousal = {cid: model.clamp(c.arousal) for cid, c in sc.characters.items()}
        self.peak = dict(self.arousal)
        self.recovering = {cid: False for cid in sc.characters}
        self.variables: dict[str, object] = dict(sc.variables)
        self.minutes = 0.0
        self.visited: list[str] = []
        self.chosen: set[str] = set()
        self.fired: set[int] = set()
        self.room_id: str = sc.first_room().id
        self.placements: dict[str, Placement] | None = None   # None: no scene has placed anyone yet
        self.learner: tuple[float, float] | None = None
        self.curve: list[dict] = []
        self.node_id = sc.start
        self._enter(sc.start)
        self._record_curve(None)

    @property
    def node(self) -> Node:
        return self.scenario.nodes[self.node_id]

    @property
    def finished(self) -> bool:
        return self.node.kind == "ending"

    @property
    def room(self) -> RoomDef:
        return self.scenario.rooms[self.room_id]

    def present(self) -> list[str]:
        """Characters in the current scene (everyone until a scene says otherwise)."""
        return list(self.placements) if self.placements is not None else list(self.scenario.characters)

    def present_public(self) -> list[str]:
        """Present patients, companions and others: the people the arousal model acts on.
        Staff, police and guards on the plan are professionals; they neither catch the room's
        agitation nor are they the target of the learner's de-escalation."""
        chars = self.scenario.characters
        return [cid for cid in self.present() if chars[cid].role in ("patient", "companion", "other")]

    def phases(self) -> dict[str, str]:
        return {cid: model.shown_phase(a, self.recovering[cid], self.scenario.tuning) for cid, a in self.arousal.items()}

    def facts(self) -> Facts:
        return Facts(self.variables, dict(self.arousal), self.phases(), frozenset(self.visited),
                     frozenset(self.chosen), self.minutes)

    def available_choices(self) -> list[Choice]:
        f = self.facts()
        return [c for c in self.node.choices if holds(c.condition, f)]

    def timer_seconds(self) -> float | None:
        """Seconds the learner has at this step, or None when it is not timed (or timers are off)."""
        if self.node.timer_seconds is None or self.timer_factor is None or self.finished:
            return None
        return self.node.timer_seconds * self.timer_factor

    # -- moving --------------------------------------------------------------------------------
    def _enter(self, node_id: str) -> None:
        self.node_id = node_id
        self.visited.append(node_id)
        node = self.scenario.nodes[node_id]
        for cid, value in node.arousal.items():   # a narrated event, taken as written
            if cid in self.arousal:
                delta = model.authored(value, self.arousal[cid], self.recovering[cid], self.scenario.tuning)
                self.arousal[cid] = model.clamp(self.arousal[cid] + delta)
                self.peak[cid] = max(self.peak[cid], self.arousal[cid])
        scene = node.scene
        if scene:
            if scene.room and scene.room != self.room_id:
                self.room_id = scene.room
                self.placements = {}      # nobody carries over into another room unless placed there
            if scene.characters is not None:   # an empty mapping says: everyone has left
                self.placements = dict(scene.characters)
            if scene.learner:
                self.learner = scene.learner

    def _route(self, goto: tuple[Branch, ...]) -> str:
        f = self.facts()
        for b in goto:
            if holds(b.condition, f):
                return b.to
        raise EncounterError(f"no branch applies at node '{self.node_id}' (the scenario needs a fallback branch)")

    def _interrupt(self, target: str) -> str | None:
        if self.scenario.nodes[target].kind == "ending":
            return None   # the story has concluded; an interrupt must not rewrite an ending
        f = self.facts()
        for i, intr in enumerate(self.scenario.interrupts):
            if intr.once and i in self.fired:
                continue
            if intr.to != target and intr.to != self.node_id and holds(intr.condition, f):
                self.fired.add(i)
                return intr.to
        return None

    def _advance(self, step: Step, goto: tuple[Branch, ...]) -> None:
        target = self._route(goto)
        step.arousal_after = dict(self.arousal)
        step.phases_after = self.phases()
        redirect = self._interrupt(target)
        if redirect:
            step.interrupted_to = redirect
            target = redirect
        self.steps.append(step)
        self._enter(target)
        self._record_curve(step)

    def _record_curve(self, step: Step | None) -> None:
        self.curve.append({"step": len(self.steps), "minutes": round(self.minutes, 2), "node": self.node_id,
                           "arousal": dict(self.arousal), "phases": self.phases(),
                           "decision": step.node if step else None})

    def _apply_arousal(self, deltas: dict[str, float], choice: Choice | None, minutes: float,
                       final: dict[str, float] | None = None) -> None:
        sc = self.scenario
        tuning = sc.tuning
        for cid, delta in deltas.items():
            if cid not in self.arousal:
                continue
            d = model.modulated(delta, sc.characters[cid], self.arousal[cid], self.recovering[cid], choice, tuning)
            self.arousal[cid] = model.clamp(self.arousal[cid] + d)
        for cid, delta in (final or {}).items():
            if cid in self.arousal:
                self.arousal[cid] = model.clamp(self.arousal[cid] + delta)
        for cid, ch in sc.characters.items():
            self.arousal[cid] = model.clamp(model.decay(self.arousal[cid], ch.baseline, minutes, tuning))
        self.arousal = {cid: model.clamp(v)
                        for cid, v in model.contagion(self.arousal, self.present_public(), tuning).items()}
        self.minutes = round(self.minutes + minutes, 3)
        crisis = tuning["phases"]["crisis"]
        trigger = tuning["phases"]["trigger"]
        for cid, value in self.arousal.items():
            self.peak[cid] = max(self.peak[cid], value)
            if value >= crisis:
                self.recovering[cid] = True   # stays until the character is back below the trigger level
            elif value < trigger:
                self.recovering[cid] = False

    def _require(self, kind: str) -> None:
        if self.finished:
            raise EncounterError("the encounter has ended")
        if self.node.kind != kind:
            raise EncounterError(f"node '{self.node_id}' is a {self.node.kind} step, not a {kind} step")

    def _take(self, choice: Choice, options: list[Choice], timed_out: bool) -> None:
        step = Step(len(self.steps), self.node_id, "choice", "!timeout" if timed_out else choice.id,
                    self.minutes, dict(self.arousal), choice=choice.id, timed_out=timed_out,
                    principles=dict(choice.principles),
                    stakes=_phase_stakes([c.principles for c in options]),
                    expert=next((c.id for c in options if c.expert), None))
        tuning = self.scenario.tuning
        deltas = model.raw_deltas(choice, self.present_public(), self.arousal, self.recovering, tuning)
        final = model.final_deltas(choice, self.arousal, self.recovering, tuning)
        for name, value in choice.set.items():
            self.variables[name] = value
        for name, value in choice.add.items():
            current = self.variables.get(name, 0)
            number = current if isinstance(current, (int, float)) and not isinstance(current, bool) else 0
            self.variables[name] = number + value
        self.chosen.add(choice.id)
        minutes = choice.minutes if choice.minutes is not None else tuning["default_minutes"]
        self._apply_arousal(deltas, choice, minutes, final)
        self._advance(step, choice.goto)

    # -- the learner's actions -------------------------------------------------------------------
    def choose(self, choice_id: str) -> None:
        self._require("choice")
        options = self.available_choices()
        choice = next((c for c in options if c.id == choice_id), None)
        if choice is None:
            ids = ", ".join(c.id for c in options)
            raise EncounterError(f"'{choice_id}' is not a choice here (node '{self.node_id}'); choose one of: {ids}")
        # The timeout is not an option the learner weighed when they clicked in time, so it does
        # not count towards the stakes; otherwise scores would depend on the timer setting.
        self.actions.append(choice_id)
        self._take(choice, options, False)

    def timeout(self) -> None:
        self._require("choice")
        if self.node.timeout is None or self.timer_seconds() is None:
            raise EncounterError(f"node '{self.node_id}' has no running timer")
        self.actions.append("!timeout")
        self._take(self.node.timeout, self.available_choices() + [self.node.timeout], True)

    def assess_position(self, x: float, y: float) -> Assessment:
        """What placing the learner at (x, y) would mean, without taking the step (for previews)."""
        self._require("positioning")
        # Judge the position exactly as it is saved (centimetres), so a resumed encounter replays
        # to the same result.
        x, y = round(float(x), 2), round(float(y), 2)
        why = self._cannot_stand(x, y)
        if why:
            raise EncounterError(f"({x:g}, {y:g}) {why}")
        weight = self.node.positioning.weight or self.scenario.tuning["positioning"]["weight"]
        return assess(self.room, self.placements or {}, self.scenario.characters, self.arousal, (x, y), weight,
                      self.scenario.tuning)

    def _cannot_stand(self, x: float, y: float) -> str | None:
        if not self.room.plan.free_at((x, y)):
            return "is outside the room or inside furniture"
        for cid, pl in (self.placements or {}).items():
            if distance(pl.at, (x, y)) < PERSONAL_SPACE - 1e-9:   # exactly 0.4 m away is allowed
                return f"is where {self.scenario.characters[cid].name['en']} stands"
        return None

    def can_stand(self, x: float, y: float) -> bool:
        """Whether the learner may be placed at (x, y) (rounded to centimetres as when saved)."""
        return self._cannot_stand(round(float(x), 2), round(float(y), 2)) is None

    def place(self, x: float, y: float) -> Assessment:
        result = self.assess_position(x, y)
        x, y = result.learner
        pos = self.node.positioning
        token = f"@{x:.2f}:{y:.2f}"
        self.actions.append(token)
        step = Step(len(self.steps), self.node_id, "positioning", token, self.minutes, dict(self.arousal),
                    principles=dict(result.principles), stakes=dict(result.stakes), position=result.to_dict())
        self.learner = (x, y)
        self.variables.update(result.flags)
        tuning = self.scenario.tuning
        # Where one stands is not words: no phase damping, only a recovering person's sharper reaction.
        for cid, d in result.arousal.items():
            if d > 0 and self.recovering[cid]:
                d *= tuning["recovery_raise_factor"]
            self.arousal[cid] = model.clamp(self.arousal[cid] + d)
        self._apply_arousal({}, None, tuning["default_minutes"])
        self._advance(step, pos.goto)
        return result

    def answer(self, option_ids: list[str] | str) -> bool:
        self._require("checkpoint")
        chk = self.node.checkpoint
        picked = sorted({option_ids} if isinstance(option_ids, str) else set(option_ids))
        known = {o.id for o in chk.options}
        bad = [o for o in picked if o not in known]
        if bad or not picked:
            raise EncounterError(f"unknown answer {', '.join(bad) or '(none)'}; answers: {', '.join(sorted(known))}")
        if len(picked) > 1 and not chk.multiple:
            raise EncounterError("this question takes one answer")
        correct = chk.correct_ids
        right = set(picked) == correct
        score = 1.0 - len(set(picked) ^ correct) / len(chk.options) if chk.multiple else float(right)
        token = "+".join(picked)
        self.actions.append(token)
        step = Step(len(self.steps), self.node_id, "checkpoint", token, self.minutes, dict(self.arousal),
                    answer=picked, correct=right, answer_score=round(score, 3))
        self.variables[f"{self.node_id}_correct"] = right
        self._advance(step, chk.goto)
        return right

    def proceed(self) -> None:
        self._require("passage")
        self.actions.append(">")
        step = Step(len(self.steps), self.node_id, "passage", ">", self.minutes, dict(self.arousal))
        if self.node.minutes:
            self._apply_arousal({}, None, self.node.minutes)   # "ten minutes later": decay and contagion
        self._advance(step, self.node.next)

    def act(self, token: str) -> None:
        """Take one action given as a token: a choice id, '!timeout', '@x:y', 'a+b' or '>'."""
        token = token.strip()
        kind = "ended" if self.finished else self.node.kind
        if kind == "choice":
            self.timeout() if token == "!timeout" else self.choose(token)
        elif kind == "positioning":
            try:
                x, y = (float(v) for v in token.lstrip("@").replace(",", ":").split(":"))
            except ValueError:
                raise EncounterError(f"'{token}' is not a position; write it as @x:y in metres, e.g. @1.5:2") from None
            self.place(x, y)
        elif kind == "checkpoint":
            self.answer([t for t in token.split("+") if t])
        elif kind == "passage":
            if token not in (">", "next", ""):
                raise EncounterError(f"node '{self.node_id}' only continues; use '>'")
            self.proceed()
        else:
            raise EncounterError("the encounter has ended" if kind == "ended" else f"node '{self.node_id}' is invalid")

    def step_back(self) -> None:
        """Undo the last action (practice mode only); the undo is kept for the debrief."""
        if self.mode != "practice":
            raise EncounterError("stepping back is only allowed in practice mode")
        if not self.actions:
            raise EncounterError("there is nothing to step back from")
        actions = self.actions[:-1]
        self.step_backs.append({"at_step": len(self.actions) - 1, "node": self.steps[-1].node,
                                "undone": self.actions[-1]})
        self._replay(actions)

    def _replay(self, actions: list[str]) -> None:
        self._reset()
        for token in actions:
            self.act(token)

    # -- saving ----------------------------------------------------------------------------------
    def snapshot(self) -> dict:
        return {"node": self.node_id, "arousal": dict(self.arousal), "variables": dict(self.variables),
                "minutes": self.minutes, "visited": list(self.visited)}

    def to_dict(self) -> dict:
        sc = self.scenario
        return {"state_version": STATE_VERSION, "scenario": sc.id, "revision": sc.revision, "digest": sc.digest,
                "mode": self.mode, "timer_factor": self.timer_factor, "seed": self.seed,
                "actions": list(self.actions), "step_backs": list(self.step_backs), "snapshot": self.snapshot()}

    @classmethod
    def from_dict(cls, scenario: Scenario, data: dict) -> "Encounter":
        if not isinstance(data, dict):
            raise StateError("the saved encounter is not a JSON object")
        version = data.get("state_version")
        if version != STATE_VERSION:
            raise StateError(f"saved encounter has state version {version!r}; this app reads version {STATE_VERSION}")
        if data.get("scenario") != scenario.id:
            raise StateError(f"saved encounter belongs to scenario '{data.get('scenario')}', not '{scenario.id}'")
        try:
            enc = cls(scenario, mode=data["mode"], timer_factor=data["timer_factor"], seed=int(data.get("seed", 0)))
            enc.step_backs = [dict(x) for x in data.get("step_backs", [])]
            enc._replay([str(a) for a in data["actions"]])
        except (KeyError, TypeError, ValueError, EncounterError) as exc:
            raise StateError(f"the saved encounter cannot be replayed on this version of the scenario: {exc}") from None
        if enc.snapshot() != data.get("snapshot"):
            raise StateError("the scenario has changed since this encounter was saved; the replay ends elsewhere")
        # Replayed to the same place, but the file is not the one played: the app may say so.
        enc.scenario_changed = data.get("digest") != scenario.digest
        return enc

    def steps_as_dicts(self) -> list[dict]:
        return [asdict(s) for s in self.steps]
