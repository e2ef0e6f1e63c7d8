"""The team debrief: what the room decided, how, and what the scoring says, as JSON-safe data.

It is the single-learner debrief (lagaffektiv.encounter.scoring.debrief: principles, curve,
timeline, ending) with the workshop's own record beside it: at each decision the vote counts
and shares, the option taken, the expert option and how it was settled, and the discussion
questions in the order of principles.md §12 (reactions, analysis, summary). Only counts and the
path are kept; nothing here names a participant (none are ever asked for).
"""

from __future__ import annotations

import json

from ..encounter.scoring import debrief as encounter_debrief
from .model import Decision, Workshop
from .prompts import DEBRIEF_PARTS, DEFAULT_DEBRIEF_QUESTIONS

TEAM_DEBRIEF_VERSION = 1

# What the team debrief takes over from the encounter's debrief unchanged.
SHARED_KEYS = ("scenario", "finished", "ending", "overall", "principles", "knowledge", "curve", "characters",
               "timeline", "path", "actions", "phase_bounds", "minutes", "takeaways", "wellbeing")


def _options(ws: Workshop, d: Decision, step) -> list[dict]:
    """The options the room weighed at one decision, with votes and what became of them."""
    node = ws.scenario.nodes[d.node]
    total = d.total
    picked = set(d.chosen.split("+")) if d.kind == "checkpoint" else {step.choice}
    if d.kind == "choice":
        texts = {c.id: c for c in node.all_choices()}
        # In the scenario's order, whatever order a saved file kept the counts in.
        ids = [c.id for c in node.choices if c.id in d.counts or not d.counts]
        if d.chosen == "!timeout" and node.timeout is not None:
            ids.append(node.timeout.id)
        return [{"id": oid, "text": texts[oid].text if oid in texts else None, "votes": d.counts.get(oid, 0),
                 "share": round(d.counts.get(oid, 0) / total, 4) if total else 0.0,
                 "expert": bool(oid in texts and texts[oid].expert), "chosen": oid in picked,
                 "timeout": bool(oid in texts and texts[oid].is_timeout)} for oid in ids]
    if d.kind == "checkpoint":
        return [{"id": o.id, "text": o.text, "votes": d.counts.get(o.id, 0),
                 "share": round(d.counts.get(o.id, 0) / total, 4) if total else 0.0,
                 "expert": o.correct, "chosen": o.id in picked, "timeout": False}
                for o in node.checkpoint.options]
    return []


def _decision(ws: Workshop, d: Decision, number: int) -> dict:
    step = ws.encounter.steps[d.step]
    entry: dict = {"number": number, "index": d.index, "step": d.step, "node": d.node, "kind": d.kind,
                   "how": d.how, "hot_seat": d.hot_seat, "chosen": d.chosen, "expert": d.expert,
                   "counts": dict(d.counts), "total": d.total, "leaders": list(d.leaders), "voters": d.voters,
                   "options": _options(ws, d, step)}
    if d.kind == "choice":
        entry["choice"] = step.choice
        entry["timed_out"] = step.timed_out
        entry["matches_expert"] = d.expert is not None and step.choice == d.expert
    elif d.kind == "checkpoint":
        entry["answer"] = list(step.answer or [])
        entry["correct_answers"] = sorted(ws.scenario.nodes[d.node].checkpoint.correct_ids)
        entry["matches_expert"] = bool(step.correct)
    else:
        pos = step.position or {}
        entry["position"] = {"learner": list(pos.get("learner") or ()), "quality": pos.get("quality"),
                             "feedback": pos.get("feedback")}
        entry["matches_expert"] = None
    return entry


def questions(ws: Workshop) -> list[list]:
    """[["reactions", [text, ...]], ["analysis", [...]], ["summary", [...]]]: the scenario's own
    questions first, then the built-in ones."""
    own = ws.scenario.facilitator
    out = []
    for part in DEBRIEF_PARTS:
        texts = [dict(t) for t in (getattr(own, part) if own else ())]
        texts += [dict(t) for t in DEFAULT_DEBRIEF_QUESTIONS[part] if t not in texts]
        out.append([part, texts])
    return out


def team_debrief(ws: Workshop) -> dict:
    base = encounter_debrief(ws.encounter)
    out = {"team_debrief_version": TEAM_DEBRIEF_VERSION, "workshop": True}
    out.update({k: base[k] for k in SHARED_KEYS})
    decisions = [_decision(ws, d, i + 1) for i, d in enumerate(ws.decisions)]
    out["decisions"] = decisions
    out["hot_seat_steps"] = [d["node"] for d in decisions if d["hot_seat"]]
    out["votes_total"] = sum(d["total"] for d in decisions)
    out["matches_expert"] = sum(1 for d in decisions if d["matches_expert"])
    out["questions"] = questions(ws)
    intro = ws.scenario.facilitator.intro if ws.scenario.facilitator else None
    out["intro"] = dict(intro) if intro else None
    out["config"] = ws.config.to_dict()
    out["undos"] = ws.undos
    # Through JSON once, so the data is what a saved file would give back (tuples become lists).
    return json.loads(json.dumps(out))
