"""A workshop: a team plays one encounter together, deciding each step by a show of hands.

The Workshop wraps an Encounter and records, beside each action it gives the encounter, how the
room decided it: the vote counts, the leaders and whether the majority, a tie-break, an override,
a hot-seat player, a running-out timer or an agreed placement settled it. Only counts are kept,
never who voted (no names are ever asked for).

State is the configuration, the encounter's action tokens, the decision records and the votes
entered so far at the current step. Restoring replays the tokens (the encounter is
deterministic) and checks that the replay lands where the save says; undo is a replay of all
but the last decision.
"""

from __future__ import annotations

import uuid

from ..encounter.engine import Encounter
from ..encounter.positioning import Assessment
from ..errors import EncounterError
from ..scenario.model import Node, Scenario, Text
from .records import DECISION_KINDS, ID_PATTERN, WORKSHOP_VERSION, Decision, Tally, WorkshopConfig, WorkshopError

HOT_SEAT_SECONDS = 30       # a hot-seat step without a timer of its own (before timer_factor)
HOT_SEAT_MIN_SECONDS = 10


def hot_seat_seconds(ws: "Workshop") -> float:
    """Seconds the hot-seat player has at this step: the node's own timer (after timer_factor),
    else HOT_SEAT_SECONDS (after timer_factor); never under HOT_SEAT_MIN_SECONDS. With timers off
    (timer_factor None) the factor is taken as 1: the hot seat is a timed round by design."""
    factor = ws.config.timer_factor if ws.config.timer_factor is not None else 1.0
    base = ws.node.timer_seconds if ws.node.timer_seconds is not None else HOT_SEAT_SECONDS
    return max(float(HOT_SEAT_MIN_SECONDS), base * factor)


class Workshop:
    def __init__(self, scenario: Scenario, config: WorkshopConfig, workshop_id: str):
        if config.scenario_id != scenario.id:
            raise WorkshopError(f"the workshop is set up for scenario '{config.scenario_id}', not '{scenario.id}'")
        if not ID_PATTERN.match(workshop_id):
            raise WorkshopError(f"'{workshop_id}' is not a workshop id")
        self.scenario = scenario
        self.config = config
        self.workshop_id = workshop_id
        self._decisions: list[Decision] = []
        self._votes: dict[str, int] = {}
        self.voters: int | None = None
        self.undos = 0
        self.encounter = self._fresh()
        self._reset_votes()

    @classmethod
    def new(cls, scenario: Scenario, config: WorkshopConfig) -> "Workshop":
        return cls(scenario, config, uuid.uuid4().hex)

    def _fresh(self) -> Encounter:
        # The encounter always has a timer factor: a hot seat is timed even with timers off, and the
        # encounter only accepts a timeout at a timed step. Timers shown to the room come from
        # Workshop.timer_seconds, which honours the setting.
        factor = self.config.timer_factor if self.config.timer_factor is not None else 1.0
        return Encounter(self.scenario, mode="practice", timer_factor=factor)

    # -- where the room is -----------------------------------------------------------------------
    @property
    def node(self) -> Node:
        return self.encounter.node

    @property
    def kind(self) -> str:
        return "ended" if self.encounter.finished else self.node.kind

    @property
    def finished(self) -> bool:
        return self.encounter.finished

    @property
    def is_decision(self) -> bool:
        return self.kind in DECISION_KINDS

    @property
    def pauses_here(self) -> bool:
        return self.is_decision and (self.config.pause_at is None or self.node.id in self.config.pause_at)

    @property
    def hot_seat_here(self) -> bool:
        return self.is_decision and self.node.id in self.config.hot_seat

    @property
    def multiple(self) -> bool:
        """A checkpoint where each voter may pick several answers."""
        return self.kind == "checkpoint" and self.node.checkpoint.multiple

    @property
    def options(self) -> list[tuple[str, Text]]:
        if self.kind == "choice":
            return [(c.id, c.text) for c in self.encounter.available_choices()]
        if self.kind == "checkpoint":
            return [(o.id, o.text) for o in self.node.checkpoint.options]
        return []

    @property
    def expert(self) -> str | None:
        if self.kind != "choice":
            return None
        return next((c.id for c in self.encounter.available_choices() if c.expert), None)

    @property
    def timer_seconds(self) -> float | None:
        """The countdown at this step: the hot seat's, else the node's timer unless timers are off."""
        if self.hot_seat_here:
            return hot_seat_seconds(self)
        if self.kind != "choice" or self.config.timer_factor is None or self.node.timer_seconds is None:
            return None
        return self.node.timer_seconds * self.config.timer_factor

    @property
    def can_timeout(self) -> bool:
        return self.kind == "choice" and self.node.timeout is not None and self.timer_seconds is not None

    @property
    def decisions(self) -> list[Decision]:
        return list(self._decisions)

    @property
    def steps(self) -> int:
        return len(self.encounter.actions)

    # -- votes ----------------------------------------------------------------------------------------
    def _reset_votes(self) -> None:
        self._votes = {oid: 0 for oid, _ in self.options}
        self.voters = None

    def _known(self, option_id: str) -> None:
        if option_id not in self._votes:
            known = ", ".join(self._votes) or "(nothing to vote on here)"
            raise WorkshopError(f"'{option_id}' is not an option at '{self.node.id}'; options: {known}")

    def set_vote(self, option_id: str, count: int) -> None:
        self._known(option_id)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise WorkshopError(f"a vote count must be a whole number of at least 0, not {count!r}")
        self._votes[option_id] = count

    def add_vote(self, option_id: str, delta: int) -> None:
        self._known(option_id)
        self._votes[option_id] = max(0, self._votes[option_id] + int(delta))

    def set_voters(self, n: int | None) -> None:
        """How many people voted (for a multiple-answer checkpoint, where counts add up to more)."""
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
            raise WorkshopError(f"the number of voters must be a whole number of at least 0, not {n!r}")
        self.voters = n

    @property
    def votes(self) -> dict[str, int]:
        return dict(self._votes)

    def tally(self) -> Tally:
        return Tally.of(self._votes)

    # -- deciding -------------------------------------------------------------------------------------
    def _record(self, kind: str, token: str, how: str, tally: Tally, expert: str | None,
                voters: int | None = None) -> Decision:
        step = len(self.encounter.actions)
        hot = self.hot_seat_here   # before the step: afterwards the room is elsewhere
        try:
            self.encounter.act(token)
        except EncounterError as exc:
            raise WorkshopError(str(exc)) from None
        d = Decision(index=len(self._decisions), node=self.encounter.steps[-1].node, kind=kind,
                     counts=dict(tally.counts), leaders=tally.leaders, chosen=token, how=how,
                     hot_seat=hot, expert=expert, step=step, voters=voters)
        self._decisions.append(d)
        self._reset_votes()
        return d

    def _need(self, kind: str) -> None:
        if self.kind != kind:
            raise WorkshopError(f"this step ('{self.node.id}') is a {self.kind} step, not a {kind} step")

    def _how(self, picked: str, tally: Tally) -> str:
        if self.hot_seat_here:
            return "hot_seat"
        if tally.leaders == (picked,):
            return "majority"
        return "tie_break" if picked in tally.leaders else "override"

    def decide(self, option_id: str | None = None) -> Decision:
        if self.kind == "checkpoint" and not self.multiple:
            return self.decide_checkpoint(None if option_id is None else [option_id])
        self._need("choice")
        tally = self.tally()
        if option_id is None:
            if self.hot_seat_here:
                raise WorkshopError("in a hot-seat round the player's choice must be given")
            if not tally.leaders:
                raise WorkshopError("no votes yet: enter the votes or pick the option yourself")
            if tally.tie:
                raise WorkshopError(f"the vote is tied between {', '.join(tally.leaders)}: the facilitator decides")
            option_id = tally.leaders[0]
        self._known(option_id)
        return self._record("choice", option_id, self._how(option_id, tally), tally, self.expert)

    def _checkpoint_auto(self, tally: Tally) -> list[str] | None:
        """What the room answered: single answer, the sole leader; several answers, every option
        at least half of the voters picked. None when the votes do not settle it."""
        if not tally.leaders:
            return None
        if not self.multiple:
            return None if tally.tie else [tally.leaders[0]]
        # Without a head count, the most-voted option's count is the least the room can have been.
        voters = self.voters if self.voters else max(tally.counts.values())
        return sorted(o for o, n in tally.counts.items() if n > 0 and 2 * n >= voters)

    @property
    def room_answer(self) -> list[str] | None:
        """At a checkpoint, the answer the votes give (what decide_checkpoint(None) takes); None
        when they do not settle it (no votes, a tie, no option chosen by half of the voters)."""
        if self.kind != "checkpoint":
            return None
        return self._checkpoint_auto(self.tally()) or None

    def decide_checkpoint(self, option_ids: list[str] | None = None) -> Decision:
        self._need("checkpoint")
        tally = self.tally()
        auto = self._checkpoint_auto(tally)
        if option_ids is None:
            if self.hot_seat_here:
                raise WorkshopError("in a hot-seat round the player's answer must be given")
            if not auto:    # None: no votes or a tie; []: no answer was picked by half of the voters
                why = "tied" if tally.tie else ("empty" if not tally.total else "not settled by half of the voters")
                raise WorkshopError(f"the vote is {why}: the facilitator decides the answer")
            picked = auto
        else:
            picked = sorted(set(option_ids))
            if not picked:
                raise WorkshopError("choose at least one answer")
            for oid in picked:
                self._known(oid)
            if len(picked) > 1 and not self.multiple:
                raise WorkshopError("this question takes one answer")
        if self.hot_seat_here:
            how = "hot_seat"
        elif picked == auto:
            how = "majority"
        elif len(picked) == 1 and not self.multiple and picked[0] in tally.leaders:
            how = "tie_break"
        else:
            how = "override"
        return self._record("checkpoint", "+".join(picked), how, tally, None,
                            self.voters if self.multiple else None)

    def assess(self, x: float, y: float) -> Assessment:
        try:
            return self.encounter.assess_position(x, y)
        except EncounterError as exc:
            raise WorkshopError(str(exc)) from None

    def can_stand(self, x: float, y: float) -> bool:
        return self.kind == "positioning" and self.encounter.can_stand(x, y)

    def place(self, x: float, y: float) -> Decision:
        self._need("positioning")
        result = self.assess(x, y)
        lx, ly = result.learner
        # In a hot-seat round one participant places the marker, not the group.
        how = "hot_seat" if self.hot_seat_here else "placement"
        return self._record("positioning", f"@{lx:.2f}:{ly:.2f}", how, Tally({}, 0, ()), None)

    def timeout(self) -> Decision:
        self._need("choice")
        if self.node.timeout is None:
            raise WorkshopError(f"'{self.node.id}' has no timeout outcome: the facilitator picks what happens")
        tally = self.tally()
        return self._record("choice", "!timeout", "timeout", tally, self.expert)

    def proceed(self) -> None:
        self._need("passage")
        try:
            self.encounter.proceed()
        except EncounterError as exc:
            raise WorkshopError(str(exc)) from None
        self._reset_votes()

    # -- undo and replay ----------------------------------------------------------------------------
    def _replay(self, actions: list[str]) -> None:
        enc = self._fresh()
        for token in actions:
            enc.act(token)
        self.encounter = enc
        self._reset_votes()

    def undo(self) -> None:
        """Back to the last decision, with its votes as they were, so the room can change them.
        Without any decision yet, back one passage."""
        actions = self.encounter.actions
        if not actions:
            raise WorkshopError("there is nothing to undo")
        if self._decisions:
            last = self._decisions.pop()
            self._replay(actions[: last.step])
            for oid, n in last.counts.items():
                if oid in self._votes:
                    self._votes[oid] = n
            self.voters = last.voters
        else:
            self._replay(actions[:-1])
        self.undos += 1

    # -- saving -----------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        sc = self.scenario
        return {"workshop_version": WORKSHOP_VERSION, "id": self.workshop_id, "scenario": sc.id,
                "revision": sc.revision, "digest": sc.digest, "config": self.config.to_dict(),
                "actions": list(self.encounter.actions), "decisions": [d.to_dict() for d in self._decisions],
                "votes": dict(self._votes), "voters": self.voters, "undos": self.undos,
                "finished": self.finished, "snapshot": self.encounter.snapshot()}

    @classmethod
    def from_dict(cls, scenario: Scenario, data: dict) -> "Workshop":
        if not isinstance(data, dict):
            raise WorkshopError("the saved workshop is not a JSON object")
        version = data.get("workshop_version")
        if version != WORKSHOP_VERSION:
            raise WorkshopError(f"the saved workshop has version {version!r}; this app reads version "
                                f"{WORKSHOP_VERSION}")
        if data.get("scenario") != scenario.id:
            raise WorkshopError(f"the saved workshop belongs to scenario '{data.get('scenario')}', "
                                f"not '{scenario.id}'")
        config = WorkshopConfig.from_dict(data.get("config") if isinstance(data.get("config"), dict) else {})
        try:
            ws = cls(scenario, config, str(data.get("id")))
            actions = [str(a) for a in data["actions"]]
            decisions = [Decision.from_dict(d) for d in data["decisions"]]
            ws._replay(actions)
        except (KeyError, TypeError, ValueError, EncounterError) as exc:
            raise WorkshopError(f"the saved workshop cannot be replayed on this version of the scenario: "
                                f"{exc}") from None
        if ws.encounter.snapshot() != data.get("snapshot"):
            raise WorkshopError("the scenario has changed since this workshop was saved: "
                                "replaying its decisions ends somewhere else")
        for i, d in enumerate(decisions):
            if d.index != i or not 0 <= d.step < len(actions) or actions[d.step] != d.chosen \
                    or ws.encounter.steps[d.step].node != d.node or d.kind not in DECISION_KINDS \
                    or ws.encounter.steps[d.step].kind != d.kind:
                raise WorkshopError(f"saved decision {i + 1} does not match the replayed steps")
        ws._decisions = decisions
        votes = data.get("votes") or {}
        for oid, n in dict(votes).items() if isinstance(votes, dict) else ():
            if oid in ws._votes and isinstance(n, int) and n >= 0:
                ws._votes[oid] = n
        voters = data.get("voters")
        ws.voters = voters if isinstance(voters, int) and voters >= 0 else None
        ws.undos = int(data.get("undos", 0)) if isinstance(data.get("undos", 0), int) else 0
        return ws
