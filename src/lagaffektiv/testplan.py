"""Declarative test plans: paths through a scenario with the ending and scores they must give.

A plan is a YAML file, usually scenarios/tests/<scenario id>.yaml (docs/test-plans.md):

    scenario: minimal
    paths:
      - name: expert
        actions: [calm, "@1.0:2.6", "no"]
        ending: good_end          # or ending_class: resolved
        overall: {at_least: 80}
        principles: {own_calm: {at_least: 90}, exits: {below: 30}}
        knowledge: {at_least: 100}
    walk: {runs: 200, seed: 1, all_endings: true}    # timer_factor: null walks with timers off

Unknown keys are reported as failures, so a typo never turns a check off silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import EncounterError, LagaffektivError
from .encounter.engine import Encounter
from .encounter.scoring import debrief
from .encounter.walk import walk
from .scenario.model import Scenario
from .scenario.source import read_file


@dataclass
class PlanResult:
    plan: str
    name: str
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _bounds(label: str, value: float | None, spec: dict, out: list[str]) -> None:
    if value is None:
        out.append(f"{label} has no score (not at stake on this path)")
        return
    if "at_least" in spec and value < spec["at_least"]:
        out.append(f"{label} is {value}, expected at least {spec['at_least']}")
    if "below" in spec and value >= spec["below"]:
        out.append(f"{label} is {value}, expected below {spec['below']}")
    if "equals" in spec and value != spec["equals"]:
        out.append(f"{label} is {value}, expected {spec['equals']}")


PLAN_KEYS = {"scenario", "paths", "walk"}
PATH_KEYS = {"name", "actions", "ending", "ending_class", "overall", "principles", "knowledge", "timer_factor"}
WALK_KEYS = {"runs", "seed", "all_endings", "timer_factor"}
BOUND_KEYS = {"at_least", "below", "equals"}


def _unknown(keys, allowed: set[str], where: str) -> list[str]:
    return [f"unknown key '{k}' in {where}; allowed: {', '.join(sorted(allowed))}" for k in keys if k not in allowed]


def _bounds_problems(value: object, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} must be a mapping such as {{at_least: 80}}"]
    out = _unknown(value, BOUND_KEYS, where)
    out += [f"{where} {k} must be a number" for k, v in value.items()
            if k in BOUND_KEYS and (isinstance(v, bool) or not isinstance(v, (int, float)))]
    return out


def _factor_ok(value: object) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0)


def plan_problems(data: dict) -> list[str]:
    """Typos in a plan must fail, not pass silently (an ignored 'overal:' checks nothing)."""
    out = _unknown(data, PLAN_KEYS, "the plan")
    paths = data.get("paths") or []
    if not isinstance(paths, list):
        return out + ["'paths' must be a list"]
    for i, spec in enumerate(paths):
        where = f"path {i + 1}"
        if not isinstance(spec, dict):
            out.append(f"{where} must be a mapping")
            continue
        out += _unknown(spec, PATH_KEYS, where)
        for key in ("overall", "knowledge"):
            if key in spec:
                out += _bounds_problems(spec[key], f"{where} {key}")
        principles = spec.get("principles") or {}
        if not isinstance(principles, dict):
            out.append(f"{where} principles must be a mapping such as {{exits: {{below: 40}}}}")
            principles = {}
        for pid, bounds in principles.items():
            out += _bounds_problems(bounds, f"{where} principle {pid}")
        if not _factor_ok(spec.get("timer_factor", 1.0)):
            out.append(f"{where} timer_factor must be a positive number or null (timers off)")
        actions = spec.get("actions") or []
        if not isinstance(actions, list):
            out.append(f"{where} actions must be a list, e.g. [calm, \"@1.5:2\", \">\"]")
            actions = []
        for token in actions:
            if isinstance(token, bool) or token is None:
                out.append(f"{where}: the action {token!r} is not text; YAML reads unquoted yes/no/on/off as "
                           'true/false, so write it in quotes, e.g. "no"')
    w = data.get("walk")
    if w is not None and not isinstance(w, dict):
        out.append("'walk' must be a mapping such as {runs: 300, seed: 1}")
    elif isinstance(w, dict):
        out += _unknown(w, WALK_KEYS, "walk")
        out += [f"walk {k} must be a whole number" for k in ("runs", "seed")
                if k in w and (isinstance(w[k], bool) or not isinstance(w[k], int))]
        if not _factor_ok(w.get("timer_factor", 1.0)):
            out.append("walk timer_factor must be a positive number or null (timers off)")
    return out


def check_path(sc: Scenario, spec: dict) -> list[str]:
    failures: list[str] = []
    enc = Encounter(sc, timer_factor=spec.get("timer_factor", 1.0))
    for i, token in enumerate(spec.get("actions", [])):
        try:
            enc.act(str(token))
        except EncounterError as exc:
            return [f"action {i + 1} ('{token}') failed: {exc}"]
    if not enc.finished:
        return [f"the path stops at '{enc.node_id}' before an ending"]
    d = debrief(enc)
    if "ending" in spec and d["ending"]["node"] != spec["ending"]:
        failures.append(f"ends at '{d['ending']['node']}', expected '{spec['ending']}'")
    if "ending_class" in spec and d["ending"]["class"] != spec["ending_class"]:
        failures.append(f"ending class is '{d['ending']['class']}', expected '{spec['ending_class']}'")
    if "overall" in spec:
        _bounds("overall score", d["overall"], spec["overall"], failures)
    if "knowledge" in spec:
        _bounds("knowledge score", d["knowledge"]["score"], spec["knowledge"], failures)
    for pid, bounds in (spec.get("principles") or {}).items():
        score = d["principles"].get(pid, {}).get("score")
        _bounds(f"principle '{pid}'", score, bounds, failures)
    return failures


def run_plan(plan_file: str | Path, scenarios: dict[str, Scenario]) -> list[PlanResult]:
    src = read_file(plan_file)
    name = str(plan_file)
    if src.diagnostics or not isinstance(src.data, dict):
        msg = src.diagnostics[0].format() if src.diagnostics else "a test plan must be a mapping"
        return [PlanResult(name, "(plan)", [msg])]
    data = src.data
    problems = plan_problems(data)
    if problems:
        return [PlanResult(name, "(plan)", problems)]
    sc = scenarios.get(str(data.get("scenario")))
    if sc is None:
        return [PlanResult(name, "(plan)", [f"scenario '{data.get('scenario')}' not found or does not lint clean"])]
    results = []
    for i, spec in enumerate(data.get("paths") or []):
        label = str(spec.get("name", f"path {i + 1}")) if isinstance(spec, dict) else f"path {i + 1}"
        try:
            results.append(PlanResult(name, label, check_path(sc, spec)))
        except (LagaffektivError, AttributeError, TypeError, KeyError) as exc:
            results.append(PlanResult(name, label, [f"malformed path: {exc}"]))
    w = data.get("walk")
    if isinstance(w, dict):
        rep = walk(sc, int(w.get("runs", 100)), int(w.get("seed", 0)), w.get("timer_factor", 1.0))
        fails = [f"run {s['run']} stuck at '{s['node']}': {s['reason']}" for s in rep.stuck[:5]]
        if w.get("all_endings", True):
            fails += [f"ending '{e}' never reached in {rep.runs} runs" for e, n in rep.endings_total.items() if n == 0]
        results.append(PlanResult(name, f"walk ({rep.runs} runs, seed {rep.seed})", fails))
    if not results:
        results.append(PlanResult(name, "(plan)", ["the plan has no paths and no walk"]))
    return results
