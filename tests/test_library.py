"""The bundled library as a whole meets the rules of issue 4 and docs/scenarios.md is current."""

from __future__ import annotations

from lagaffektiv.catalog import coverage, entry, markdown
from lagaffektiv.principles import PRINCIPLE_IDS
from lagaffektiv.scenario.load import load_library

from conftest import REPO, SCENARIOS

LIBRARY, BROKEN = load_library(SCENARIOS)
ENTRIES = [entry(sc) for sc in LIBRARY]


def test_docs_scenarios_md_is_generated_from_the_files():
    current = (REPO / "docs" / "scenarios.md").read_text(encoding="utf-8")
    assert current == markdown(LIBRARY), "run: .venv/bin/lagaffektiv catalog scenarios > docs/scenarios.md"


def test_six_emergency_and_six_dental_scenarios():
    settings = [sc.setting for sc in LIBRARY]
    assert settings.count("emergency_department") >= 6 and settings.count("dental_clinic") >= 6


def test_every_scenario_has_the_required_shape():
    problems = []
    for e in ENTRIES:
        sc = e.scenario
        if not 8 <= e.decisions <= 20:
            problems.append(f"{sc.id}: {e.decisions} decisions")
        if len(e.endings) < 3 or "resolved" not in e.endings or "alarm_violence" not in e.endings:
            problems.append(f"{sc.id}: endings {e.endings}")
        if not e.positioning or not e.timed:
            problems.append(f"{sc.id}: positioning {e.positioning}, timed {e.timed}")
    assert problems == []


def test_principle_coverage_across_the_library():
    cov = coverage(ENTRIES)
    low = {p: n for p, n in cov.items() if n < 4}
    assert low == {}
    core = {p: cov[p] for p in ("eye_contact", "distance", "exits", "no_ultimatum") if cov[p] < 6}
    assert core == {}
    assert set(cov) == set(PRINCIPLE_IDS)


def test_aggressors_causes_and_checkpoints_across_the_library():
    aggressors = {sc.aggressor for sc in LIBRARY}
    assert {"patient", "companion", "both"} <= aggressors
    causes = set().union(*(e.causes for e in ENTRIES))
    assert {"pain", "intoxication", "fear", "language_barrier", "too_many_instructions", "long_wait",
            "not_heard"} <= causes
    topics = [t for e in ENTRIES for t in e.topics]
    assert {"confidentiality", "police", "concern_child", "staff_names", "defectors", "routines"} <= set(topics)
    assert sum("violence_risk" in e.topics and "handover" in e.topics for e in ENTRIES) >= 2
    assert any(c.aggression == "instrumental" for sc in LIBRARY for c in sc.characters.values())


def test_every_decision_has_facilitator_notes_and_prompts_for_workshops():
    """Issue 5: a facilitator gets notes and discussion prompts at every decision of every bundled
    scenario, and debrief questions in the reactions -> analysis -> summary order."""
    missing = []
    for sc in LIBRARY:
        f = sc.facilitator
        if f is None or not (f.intro and f.reactions and f.analysis and f.summary):
            missing.append(f"{sc.id}: the scenario's facilitator intro and debrief questions")
        for node in sc.nodes.values():
            if node.kind in ("choice", "positioning", "checkpoint"):
                if node.facilitator is None or not node.facilitator.notes or len(node.facilitator.prompts) < 2:
                    missing.append(f"{sc.id}/{node.id}: notes and at least two prompts")
    assert not missing, missing
