"""The library as a table (docs/scenarios.md) and the coverage figures the library must meet.

Generated from the scenario files by ``lagaffektiv catalog``, so the document never drifts;
tests/test_library.py checks the document is current and the coverage rules of the library.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .principles import PRINCIPLE_IDS, PRINCIPLES
from .scenario.model import Scenario
from .sources import SECTIONS

LEGAL_TOPICS = ("confidentiality", "police", "concern_child", "staff_names", "anonymity", "defectors",
                "violence_risk", "handover", "routines", "consent")
SETTING_NAMES = {"emergency_department": "ED", "dental_clinic": "dental", "other": "other"}


@dataclass
class Entry:
    scenario: Scenario
    decisions: int = 0
    adhered: set[str] = field(default_factory=set)     # principles with an adherent choice
    violated: set[str] = field(default_factory=set)    # principles with a violating choice
    positioning: int = 0
    timed: int = 0
    topics: list[str] = field(default_factory=list)
    endings: list[str] = field(default_factory=list)
    causes: set[str] = field(default_factory=set)

    @property
    def both_ways(self) -> set[str]:
        return self.adhered & self.violated


def entry(sc: Scenario) -> Entry:
    e = Entry(sc)
    for node in sc.nodes.values():
        kind = node.kind
        if kind in ("choice", "positioning", "checkpoint"):
            e.decisions += 1
        if kind == "positioning":
            e.positioning += 1
        if node.timer_seconds is not None:
            e.timed += 1
        if node.checkpoint and node.checkpoint.topic not in e.topics:
            e.topics.append(node.checkpoint.topic)
        if node.ending:
            e.endings.append(node.ending.cls)
        for c in node.all_choices():
            for pid, w in c.principles.items():
                (e.adhered if w > 0 else e.violated).add(pid)
    for ch in sc.characters.values():
        e.causes.update(ch.causes)
    return e


def coverage(entries: list[Entry]) -> dict[str, int]:
    """In how many scenarios each principle has both an adherent and a violating choice."""
    return {pid: sum(pid in e.both_ways for e in entries) for pid in PRINCIPLE_IDS}


def markdown(scenarios: list[Scenario]) -> str:
    entries = [entry(sc) for sc in sorted(scenarios, key=lambda s: (s.setting, s.id))]
    out = ["# The scenario library", "",
           "Generated from `scenarios/*.yaml` by `lagaffektiv catalog scenarios > docs/scenarios.md`; do not edit "
           "by hand (a test checks that this file is current).", "",
           "| id | setting | acting out | causes | principles both ways | checkpoints | decisions | endings | min |",
           "|---|---|---|---|---|---|---:|---|---:|"]
    for e in entries:
        sc = e.scenario
        out.append("| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |".format(
            sc.id, SETTING_NAMES.get(sc.setting, sc.setting), sc.aggressor,
            ", ".join(sorted(e.causes)) or "–",
            ", ".join(p for p in PRINCIPLE_IDS if p in e.both_ways) or "–",
            ", ".join(e.topics) or "–", e.decisions,
            ", ".join(f"{e.endings.count(c)}× {c}" for c in dict.fromkeys(e.endings)), sc.minutes))
    out += ["", "## Titles", ""]
    for e in entries:
        sc = e.scenario
        refs = ", ".join(f"{SECTIONS[s].title['en']} (001 {SECTIONS[s].lines})" for s in sc.sources if s in SECTIONS)
        out.append(f"- `{sc.id}`: **{sc.title['sv']}** / {sc.title['en']}. Rests on: {refs}.")
    cov = coverage(entries)
    out += ["", "## Coverage", "",
            f"{len(entries)} scenarios: "
            + ", ".join(f"{sum(e.scenario.setting == s for e in entries)} {name}" for s, name in SETTING_NAMES.items()
                        if any(e.scenario.setting == s for e in entries)) + ".", "",
            "| principle | scenarios with an adherent and a violating choice |", "|---|---:|"]
    out += [f"| {PRINCIPLES[p].name['en']} (`{p}`) | {cov[p]} |" for p in PRINCIPLE_IDS]
    return "\n".join(out) + "\n"
