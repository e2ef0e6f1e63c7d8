"""Every number of the escalation and positioning model, as data.

principles.md §10 and §11 give these as a starting point (001 itself gives no numbers).
A scenario may override any of them under ``settings:``; docs/engine.md explains each one.
"""

from __future__ import annotations

import copy

PHASES = ("calm", "trigger", "escalation", "pre_crisis", "crisis")

DEFAULTS: dict = {
    "phases": {             # lower bound of each phase on the 0–100 arousal scale
        "trigger": 20,
        "escalation": 40,
        "pre_crisis": 70,
        "crisis": 85,
    },
    "verbal_effect": {      # how much of a calming effect words still have in each phase
        "calm": 1.0, "trigger": 1.0, "escalation": 0.8, "pre_crisis": 0.5, "crisis": 0.2,
    },
    "recovery_raise_factor": 1.5,        # after a crisis, provocations hit harder (assault cycle)
    "instrumental_soothing_factor": 0.4,  # soothing alone does little against calculated threats
    "contagion_rate": 0.15,   # share of the gap to the most aroused person present taken each step
    "decay_per_minute": 2.0,  # drift back towards baseline per simulated minute
    "default_minutes": 0.5,   # simulated time a choice takes when it does not say
    # Arousal change per unit of principle weight: [adherence, violation]. Used only when a
    # choice does not give its own "arousal:"; own_calm and voice reach everyone present.
    "principle_arousal": {
        "own_calm": [-4, 6], "voice": [-4, 6], "say_do": [-6, 8], "eye_contact": [-2, 5],
        "listen": [-5, 6], "distance": [-4, 10], "exits": [-4, 25], "time_space": [-4, 6],
        "no_ultimatum": [-3, 15], "empathy": [-8, 8], "choices": [-6, 6], "safety": [-2, 3],
        "equal_care": [-3, 6],
    },
    "positioning": {
        "agitated_from": 20,      # characters at or above this arousal are assessed
        "distance": {             # minimum distance in metres by the character's phase
            "trigger": 1.5, "escalation": 2.0, "pre_crisis": 2.5, "crisis": 3.0,
        },
        "angle_min": 30,          # degrees off the character's facing; 45–90 recommended,
        "angle_max": 105,         # 15 degrees of slack for placing on a small plan
        "angle_within": 3.0,      # farther away than this, where one stands relative to the face does not matter
        "pass_clearance": 1.0,    # nobody should have to pass within this of the other
        "body_radius": 0.25,      # half a shoulder width: how close furniture may be passed
        "alarm_reach": 0.7,       # an arm's length from the alarm button counts as reaching it
        "weight": 2,              # principle weight of each assessed aspect
        "arousal": {              # effect on each assessed character
            "blocks_exit": 25, "too_close": 10, "face_to_face": 3, "well_placed": -4,
        },
    },
}


def merged(overrides: dict | None) -> dict:
    """DEFAULTS with a scenario's ``settings:`` applied (already schema-checked)."""
    out = copy.deepcopy(DEFAULTS)

    def apply(dst: dict, src: dict) -> None:
        for k, v in src.items():
            if isinstance(v, dict) and isinstance(dst.get(k), dict):
                apply(dst[k], v)
            else:
                dst[k] = v

    apply(out, overrides or {})
    return out
