"""Seeded random walks through a scenario: coverage, score range and runs that get stuck."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..errors import EncounterError
from ..scenario.model import Scenario
from .engine import Encounter
from .scoring import overall, principle_scores

MAX_STEPS = 400


@dataclass
class WalkReport:
    runs: int
    seed: int
    nodes_total: int
    choices_total: int
    endings_total: dict[str, int]            # ending id -> times reached
    all_nodes: set[str]
    all_choices: set[str]
    nodes_seen: set[str] = field(default_factory=set)
    choices_seen: set[str] = field(default_factory=set)
    scores: list[int] = field(default_factory=list)
    stuck: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"runs": self.runs, "seed": self.seed,
                "nodes": {"seen": len(self.nodes_seen), "total": self.nodes_total},
                "choices": {"seen": len(self.choices_seen), "total": self.choices_total},
                "endings": self.endings_total,
                "score_range": [min(self.scores), max(self.scores)] if self.scores else None,
                "unvisited_nodes": sorted(self.all_nodes - self.nodes_seen),
                "untaken_choices": sorted(self.all_choices - self.choices_seen),
                "stuck": self.stuck}



def random_action(enc: Encounter, rng: random.Random) -> str:
    node = enc.node
    kind = node.kind
    if kind == "choice":
        ids = [c.id for c in enc.available_choices()]
        if enc.timer_seconds() is not None and node.timeout:
            ids.append("!timeout")
        if not ids:
            raise EncounterError(f"no choice is available at '{node.id}'")
        return rng.choice(ids)
    if kind == "positioning":
        plan = enc.room.plan
        # A 0.5 m lattice: fine enough to reach every kind of placement (a doorway, a corner,
        # too close, well placed), coarse enough that repeated runs reuse the path cache.
        spots = [(0.25 + 0.5 * i, 0.25 + 0.5 * j) for i in range(int(plan.width / 0.5))
                 for j in range(int(plan.height / 0.5))]
        rng.shuffle(spots)
        for x, y in spots:
            if enc.can_stand(x, y):
                return f"@{x:.2f}:{y:.2f}"
        for _ in range(1000):   # a small or crowded room: no lattice point is free
            x, y = rng.uniform(0, plan.width), rng.uniform(0, plan.height)
            if enc.can_stand(x, y):
                return f"@{x:.2f}:{y:.2f}"
        raise EncounterError(f"no free spot found in room '{enc.room_id}'")
    if kind == "checkpoint":
        opts = [o.id for o in node.checkpoint.options]
        if node.checkpoint.multiple:
            picked = [o for o in opts if rng.random() < 0.5] or [rng.choice(opts)]
            return "+".join(picked)
        return rng.choice(opts)
    if kind == "passage":
        return ">"
    raise EncounterError(f"node '{node.id}' cannot be played")


def walk(scenario: Scenario, runs: int, seed: int, timer_factor: float | None = 1.0) -> WalkReport:
    rng = random.Random(seed)
    all_choices = {c.id for n in scenario.nodes.values() for c in n.all_choices()}
    endings = {n.id: 0 for n in scenario.nodes.values() if n.kind == "ending"}
    rep = WalkReport(runs, seed, len(scenario.nodes), len(all_choices), endings, set(scenario.nodes), all_choices)
    for run in range(runs):
        enc = Encounter(scenario, timer_factor=timer_factor)
        try:
            while not enc.finished:
                if len(enc.actions) >= MAX_STEPS:
                    raise EncounterError(f"no ending after {MAX_STEPS} steps (a loop?)")
                token = random_action(enc, rng)
                enc.act(token)
                if token == "!timeout":
                    rep.choices_seen.add(enc.scenario.nodes[enc.steps[-1].node].timeout.id)
                elif enc.steps[-1].choice:
                    rep.choices_seen.add(enc.steps[-1].choice)
        except EncounterError as exc:
            rep.stuck.append({"run": run, "node": enc.node_id, "reason": str(exc), "actions": list(enc.actions)})
        rep.nodes_seen.update(enc.visited)
        if enc.finished:
            endings[enc.node_id] += 1
            score = overall(principle_scores(enc.steps))
            if score is not None:
                rep.scores.append(score)
    return rep
