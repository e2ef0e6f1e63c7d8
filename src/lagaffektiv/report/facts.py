"""Small facts read off the debrief data, shared with the debrief view so that the numbering of
the decisions and the rule for when a self-rating and a score disagree are the same on screen and
on paper."""

from __future__ import annotations

from html import escape
from typing import Any

from ..encounter.arousal import PHASE_LABELS
from ..encounter.tuning import DEFAULTS, PHASES
from ..principles import PRINCIPLES
from .words import DECISION_KINDS, KEEP_FROM, LANGS, PRACTISE_BELOW


def escaped(text: Any) -> str:
    """Any text from a scenario or a learner, made safe to put in markup (quotes too: attributes)."""
    return escape(str(text), quote=True)


def localized(text: Any, lang: str) -> str:
    """A {sv, en} text in ``lang``, falling back to the other language rather than to nothing."""
    if not text:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or next((text[o] for o in LANGS if text.get(o)), "")


def number(x: float, lang: str, decimals: int = 1) -> str:
    """A number for people: no trailing zeros, a decimal comma in Swedish."""
    s = f"{x:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{x:.0f}"
    return s.replace(".", ",") if lang == "sv" else s


def principle_name(pid: str, lang: str) -> str:
    return PRINCIPLES[pid].name[lang] if pid in PRINCIPLES else pid


def principle_summary(pid: str, lang: str) -> str:
    return PRINCIPLES[pid].summary[lang] if pid in PRINCIPLES else ""


def phase_label(phase: str, lang: str) -> str:
    return PHASE_LABELS.get(phase, {}).get(lang, phase)


def phase_bounds(debrief: dict) -> dict[str, float]:
    """Lower bound of each phase. The debrief data does not carry a scenario's own thresholds
    (yet), so a debrief without ``phase_bounds`` uses the engine's defaults."""
    bounds = dict(DEFAULTS["phases"])
    bounds.update(debrief.get("phase_bounds") or {})
    return bounds


def phase_bands(debrief: dict) -> list[tuple[str, float, float]]:
    """(phase, low, high) from calm to crisis on the 0–100 scale."""
    bounds = phase_bounds(debrief)
    lows = [0.0] + [float(bounds[p]) for p in PHASES[1:]]
    highs = lows[1:] + [100.0]
    return [(p, lo, hi) for p, lo, hi in zip(PHASES, lows, highs) if hi > lo]


def decision_numbers(debrief: dict) -> dict[int, int]:
    """Timeline index → the decision's number (1, 2, …); passages are not numbered."""
    out: dict[int, int] = {}
    for entry in debrief.get("timeline", []):
        if entry.get("kind") in DECISION_KINDS:
            out[entry["index"]] = len(out) + 1
    return out


def decision_marks(debrief: dict) -> list[tuple[int, int]]:
    """(curve step, decision number): where the curve shows the result of each decision."""
    numbers = decision_numbers(debrief)
    return [(index + 1, n) for index, n in numbers.items()]


def curve_series(debrief: dict) -> list[tuple[str, str, list[tuple[int, float]]]]:
    """(character id, name, [(step, arousal), …]) per character, in the data's order."""
    chars = debrief.get("characters", {})
    curve = debrief.get("curve", [])
    ids = list(chars) or sorted({cid for point in curve for cid in point.get("arousal", {})})
    out = []
    for cid in ids:
        points = [(int(p["step"]), float(p["arousal"][cid])) for p in curve if cid in p.get("arousal", {})]
        out.append((cid, chars.get(cid, {}).get("name") or cid, points))
    return out


def steps_for(debrief: dict, pid: str) -> list[int]:
    """The decision numbers where a principle was at stake."""
    numbers = decision_numbers(debrief)
    steps = debrief.get("principles", {}).get(pid, {}).get("steps", [])
    return sorted({numbers[i] for i in steps if i in numbers})


def disagreement(rating: str | None, score: int | None) -> str | None:
    """'plus_low' when the learner felt it went well but the score says practise; 'delta_high' when
    the learner wanted to change it but the score says it went well; otherwise None."""
    if score is None:
        return None
    if rating == "plus" and score < PRACTISE_BELOW:
        return "plus_low"
    if rating == "delta" and score >= KEEP_FROM:
        return "delta_high"
    return None


def step_backs_at(debrief: dict) -> set[int]:
    return {int(sb["at_step"]) for sb in debrief.get("step_backs", []) if "at_step" in sb}


def answer_texts(item: dict, ids: list[str], lang: str) -> list[str]:
    texts = {o["id"]: localized(o.get("text"), lang) for o in item.get("options", [])}
    return [texts.get(i, i) for i in ids]


def knowledge_item(debrief: dict, node: str) -> dict | None:
    return next((i for i in debrief.get("knowledge", {}).get("items", []) if i.get("node") == node), None)
