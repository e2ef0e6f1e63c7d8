"""The escalation model: phases, how a choice changes arousal, decay and contagion.

docs/engine.md describes the model for authors; every number comes from the tuning dict.
"""

from __future__ import annotations

from ..scenario.model import Character, Choice
from .tuning import PHASES

# Principles whose adherence makes a choice a safety or space action: its calming effect is
# not damped in crisis, where words do little but stepping back, alarming and waiting still work.
SAFETY_ACTIONS = frozenset({"safety", "exits", "time_space"})
# Principles whose adherence makes a choice firm: clear limits, real options, a colleague or
# guard. Only firm choices calm instrumental (calculated) aggression at full strength.
FIRM = frozenset({"safety", "choices"})
# The learner's own state is contagious to everyone in the room (001 1549 ff.).
CONTAGIOUS = frozenset({"own_calm", "voice"})


def phase_of(arousal: float, tuning: dict) -> str:
    bounds = tuning["phases"]
    current = PHASES[0]
    for name in PHASES[1:]:
        if arousal >= bounds[name]:
            current = name
    return current


def shown_phase(arousal: float, recovering: bool, tuning: dict) -> str:
    """The phase as shown and tested in conditions: 'recovery' after a crisis."""
    base = phase_of(arousal, tuning)
    if recovering and base != "crisis":
        return "recovery"
    return base


def authored(value: object, arousal: float, recovering: bool, tuning: dict) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    table = dict(value)  # type: ignore[arg-type]
    phase = phase_of(arousal, tuning)
    if recovering and "recovery" in table:
        return float(table["recovery"])
    if phase in table:
        return float(table[phase])
    return float(table.get("default", 0.0))


def raw_deltas(choice: Choice, present: list[str], arousal: dict[str, float],
               recovering: dict[str, bool], tuning: dict) -> dict[str, float]:
    """What the choice does to each character before the phase and aggression modifiers.

    Characters given a per-phase map are left out: the author has already said what the
    choice does in each phase (see final_deltas).
    """
    if choice.arousal:
        return {cid: authored(v, arousal.get(cid, 0.0), recovering.get(cid, False), tuning)
                for cid, v in choice.arousal.items() if isinstance(v, (int, float))}
    table = tuning["principle_arousal"]
    targets = list(choice.towards) if choice.towards else present
    out: dict[str, float] = {}
    for pid, weight in choice.principles.items():
        adhere, violate = table.get(pid, (0, 0))
        delta = adhere * weight if weight > 0 else violate * -weight
        for cid in (present if pid in CONTAGIOUS else targets):
            out[cid] = out.get(cid, 0.0) + delta
    return out


def final_deltas(choice: Choice, arousal: dict[str, float], recovering: dict[str, bool],
                 tuning: dict) -> dict[str, float]:
    """Per-phase maps, taken as written: no phase, aggression or recovery modifier applies."""
    return {cid: authored(v, arousal.get(cid, 0.0), recovering.get(cid, False), tuning)
            for cid, v in choice.arousal.items() if not isinstance(v, (int, float))}


def modulated(delta: float, ch: Character, arousal: float, recovering: bool, choice: Choice | None,
              tuning: dict) -> float:
    adhered = {p for p, w in choice.principles.items() if w > 0} if choice else set()
    if delta < 0:
        if not adhered & SAFETY_ACTIONS:
            delta *= tuning["verbal_effect"][phase_of(arousal, tuning)]
        if ch.aggression == "instrumental" and not adhered & FIRM:
            delta *= tuning["instrumental_soothing_factor"]
    elif delta > 0 and recovering:
        delta *= tuning["recovery_raise_factor"]
    return delta


def decay(arousal: float, baseline: float, minutes: float, tuning: dict) -> float:
    if arousal <= baseline:
        return arousal
    return max(baseline, arousal - tuning["decay_per_minute"] * minutes)


def contagion(levels: dict[str, float], present: list[str], tuning: dict) -> dict[str, float]:
    """Anger spreads: each present character moves part of the way up to the most aroused other."""
    rate = tuning["contagion_rate"]
    out = dict(levels)
    for cid in present:
        others = [levels[o] for o in present if o != cid and o in levels]
        if others and max(others) > levels[cid]:
            out[cid] = levels[cid] + rate * (max(others) - levels[cid])
    return out


def clamp(value: float) -> float:
    return round(min(100.0, max(0.0, value)), 1)


PHASE_LABELS: dict[str, dict[str, str]] = {
    "calm": {"sv": "Lugn", "en": "Calm"},
    "trigger": {"sv": "Irriterad", "en": "Irritated"},
    "escalation": {"sv": "Upprörd", "en": "Agitated"},
    "pre_crisis": {"sv": "Mycket upprörd", "en": "Highly agitated"},
    "crisis": {"sv": "Kris", "en": "Crisis"},
    "recovery": {"sv": "Återhämtning", "en": "Recovering"},
}
