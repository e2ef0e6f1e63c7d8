"""Evaluating the condition mappings of the format (``if:`` on choices, branches, interrupts)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Facts:
    """What a condition may look at; the engine builds one per evaluation."""

    variables: dict[str, object]
    arousal: dict[str, float]
    phases: dict[str, str]          # includes "recovery" where that applies
    visited: frozenset[str]
    chosen: frozenset[str]
    minutes: float


def _compare(value: object, cmp: dict) -> bool:
    if "equals" in cmp:
        # True == 1 in Python; a flag must not equal a count by accident.
        want = cmp["equals"]
        if isinstance(value, bool) != isinstance(want, bool) or value != want:
            return False
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "at_least" not in cmp and "below" not in cmp
    if "at_least" in cmp and not value >= cmp["at_least"]:
        return False
    if "below" in cmp and not value < cmp["below"]:
        return False
    return True


def holds(cond: dict | None, f: Facts) -> bool:
    if not cond:
        return True
    for key, arg in cond.items():
        if key == "flag":
            ok = bool(f.variables.get(arg, False))
        elif key == "not_flag":
            ok = not f.variables.get(arg, False)
        elif key == "var":
            ok = all(_compare(f.variables.get(name, 0), cmp) for name, cmp in arg.items())
        elif key == "arousal":
            ok = all(_compare(f.arousal.get(name, 0.0), cmp) for name, cmp in arg.items())
        elif key == "phase":
            ok = all(f.phases.get(name) in allowed for name, allowed in arg.items())
        elif key == "visited":
            ok = arg in f.visited
        elif key == "chosen":
            ok = arg in f.chosen
        elif key == "minutes":
            ok = _compare(f.minutes, arg)
        elif key == "all":
            ok = all(holds(c, f) for c in arg)
        elif key == "any":
            ok = any(holds(c, f) for c in arg)
        elif key == "not":
            ok = not holds(arg, f)
        else:  # the schema rejects unknown keys; be strict if one slips through
            ok = False
        if not ok:
            return False
    return True


def references(cond: dict | None, path: tuple = ()) -> Iterator[tuple[str, str, tuple]]:
    """Yield (kind, name, path) for every id a condition mentions, for the linter."""
    if not cond:
        return
    for key, arg in cond.items():
        p = path + (key,)
        if key in ("flag", "not_flag"):
            yield "variable", arg, p
        elif key == "var":
            for name in arg:
                yield "variable", name, p + (name,)
        elif key in ("arousal", "phase"):
            for name in arg:
                yield "character", name, p + (name,)
        elif key == "visited":
            yield "node", arg, p
        elif key == "chosen":
            yield "choice", arg, p
        elif key in ("all", "any"):
            for i, c in enumerate(arg):
                yield from references(c, p + (i,))
        elif key == "not":
            yield from references(arg, p)
