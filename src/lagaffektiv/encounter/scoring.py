"""Scores and debrief data, computed once here so the app, exports and reports agree.

A principle's score compares what the learner chose with the best and the worst option
they had for that principle at each step where it was at stake (docs/engine.md, "Scoring").
"""

from __future__ import annotations

from ..principles import PRINCIPLES
from ..scenario.model import Choice, Text
from ..sources import SECTIONS
from .engine import Encounter, Step

DEBRIEF_VERSION = 1
PRACTISE_BELOW = 70   # a violated principle scoring below this is a point to practise
KEEP_FROM = 80        # an adhered-to principle scoring at least this is a point to keep


def _pct(num: float, den: float) -> int | None:
    return round(100 * num / den) if den > 0 else None


def principle_scores(steps: list[Step]) -> dict[str, dict]:
    acc: dict[str, dict] = {}
    for s in steps:
        for pid, (best, worst) in s.stakes.items():
            got = s.principles.get(pid, 0)
            a = acc.setdefault(pid, {"earned": 0.0, "possible": 0.0, "adherence": 0, "violations": 0, "steps": []})
            a["earned"] += got - worst
            a["possible"] += best - worst
            a["adherence"] += got > 0
            a["violations"] += got < 0
            a["steps"].append(s.index)
    out = {}
    for pid in PRINCIPLES:
        if pid in acc:
            a = acc[pid]
            out[pid] = {"score": _pct(a["earned"], a["possible"]), "adherence": a["adherence"],
                        "violations": a["violations"], "steps": a["steps"],
                        "earned": a["earned"], "possible": a["possible"]}
    return out


def overall(scores: dict[str, dict]) -> int | None:
    return _pct(sum(s["earned"] for s in scores.values()), sum(s["possible"] for s in scores.values()))


def _section(sid: str | None) -> dict | None:
    if sid is None or sid not in SECTIONS:
        return None
    s = SECTIONS[sid]
    return {"id": s.id, "lines": s.lines, "title": s.title}


def _choice_info(c: Choice | None) -> dict | None:
    if c is None:
        return None
    return {"id": c.id, "text": c.text, "feedback": c.feedback, "principles": dict(c.principles)}


def _timeline_entry(enc: Encounter, s: Step) -> dict:
    node = enc.scenario.nodes[s.node]
    entry: dict = {"index": s.index, "node": s.node, "kind": s.kind, "minutes": s.minutes,
                   "narration": node.narration, "arousal_before": s.arousal_before,
                   "arousal_after": s.arousal_after, "phases_after": s.phases_after,
                   "principles": s.principles, "interrupted_to": s.interrupted_to}
    if s.kind == "choice":
        by_id = {c.id: c for c in node.all_choices()}
        chosen = by_id.get(s.choice or "")
        entry.update(chosen=_choice_info(chosen), timed_out=s.timed_out,
                     expert=_choice_info(by_id.get(s.expert or "")) if s.expert != s.choice else None,
                     feedback=chosen.feedback if chosen else None,
                     source=_section(chosen.source if chosen else None))
    elif s.kind == "positioning":
        entry.update(position=s.position, feedback=s.position["feedback"] if s.position else None,
                     source=_section(node.positioning.source or "low_affective"))
    elif s.kind == "checkpoint":
        chk = node.checkpoint
        entry.update(question=chk.question, answer=s.answer, correct=s.correct,
                     correct_answers=sorted(chk.correct_ids), explanation=chk.explanation,
                     source=_section(chk.source))
    return entry


def _step_back_info(enc: Encounter, sb: dict) -> dict:
    """A step back with the text of what was undone, so the timeline can say what was tried."""
    node = enc.scenario.nodes.get(sb.get("node", ""))
    undone = sb.get("undone", "")
    text = None
    if node is not None:
        choice = next((c for c in node.all_choices() if c.id == undone or (c.is_timeout and undone == "!timeout")),
                       None)
        if choice is not None:
            text = choice.text
    return {**sb, "undone_text": text}


def _knowledge(enc: Encounter) -> dict:
    items = []
    for s in enc.steps:
        if s.kind != "checkpoint":
            continue
        chk = enc.scenario.nodes[s.node].checkpoint
        items.append({"node": s.node, "topic": chk.topic, "question": chk.question,
                      "options": [{"id": o.id, "text": o.text, "correct": o.correct} for o in chk.options],
                      "answer": s.answer, "correct": s.correct, "score": s.answer_score,
                      "explanation": chk.explanation, "source": _section(chk.source)})
    score = _pct(sum(i["score"] for i in items), len(items)) if items else None
    return {"items": items, "score": score, "correct": sum(bool(i["correct"]) for i in items), "total": len(items)}


def _takeaways(scores: dict[str, dict]) -> list[dict]:
    """Two or three points: what to change (lowest scores first), then what to keep doing."""
    rated = [(s["score"], pid) for pid, s in scores.items() if s["score"] is not None]
    # "To practise" only where the learner actually went against the principle; a neutral
    # option that merely missed the best one is shown in the timeline, not as a take-away.
    change = [pid for sc, pid in sorted(rated) if sc < PRACTISE_BELOW and scores[pid]["violations"] > 0][:2]
    # "Keep doing" only for what the learner actually did, not for mistakes merely avoided.
    keep = [pid for sc, pid in sorted(rated, key=lambda r: (-r[0], r[1]))
            if sc >= KEEP_FROM and pid not in change and scores[pid]["adherence"] > 0]
    picks = [("change", p) for p in change] + [("keep", p) for p in keep[: 3 - len(change)]]
    if not picks:
        violated = [(sc, pid) for sc, pid in sorted(rated) if scores[pid]["violations"] > 0]
        picks = [("change", violated[0][1])] if violated else []
    out = []
    for kind, pid in picks[:3]:
        p = PRINCIPLES[pid]
        lead = {"change": {"sv": "Att öva på", "en": "To practise"}, "keep": {"sv": "Fortsätt med", "en": "Keep doing"}}
        out.append({"kind": kind, "principle": pid, "name": p.name,
                    "text": {lang: f"{lead[kind][lang]}: {p.name[lang]}. {p.summary[lang]}" for lang in ("sv", "en")}})
    return out


WELLBEING: Text = {
    "sv": "Hur mår du nu? Möten med hot och aggression påverkar också den som övar. Prata gärna med en kollega "
          "eller din chef om situationer som dröjer sig kvar – stöd från kollegor och arbetsgivare gör skillnad.",
    "en": "How are you now? Meeting threats and aggression affects the person practising too. Talk with a "
          "colleague or your manager about situations that stay with you – support from colleagues and the "
          "employer makes a difference.",
}


def debrief(enc: Encounter) -> dict:
    """Everything a debrief, an export or a report shows, as JSON-safe data."""
    sc = enc.scenario
    scores = principle_scores(enc.steps)
    node = enc.node
    ending = None
    if node.ending:
        ending = {"node": node.id, "class": node.ending.cls, "title": node.ending.title,
                  "debrief": node.ending.debrief}
    return {
        "debrief_version": DEBRIEF_VERSION,
        "scenario": {"id": sc.id, "revision": sc.revision, "title": sc.title, "setting": sc.setting},
        "mode": enc.mode,
        "finished": enc.finished,
        "ending": ending,
        "overall": overall(scores),
        "principles": scores,
        "knowledge": _knowledge(enc),
        "curve": enc.curve,
        "characters": {cid: {"name": c.name, "role": c.role, "peak": enc.peak[cid]}
                       for cid, c in sc.characters.items()},
        "timeline": [_timeline_entry(enc, s) for s in enc.steps],
        "path": list(enc.visited),
        "actions": list(enc.actions),
        "step_backs": [_step_back_info(enc, sb) for sb in enc.step_backs],
        "phase_bounds": dict(sc.tuning["phases"]),
        "minutes": enc.minutes,
        "takeaways": _takeaways(scores),
        "wellbeing": WELLBEING,
    }
