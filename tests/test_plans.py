"""Every bundled scenario lints clean and passes its declarative test plan (docs/test-plans.md)."""

from __future__ import annotations

import pytest

from lagaffektiv.lint import lint_paths
from lagaffektiv.scenario.load import load_library, load_scenario
from lagaffektiv.testplan import check_path, run_plan

from conftest import FIXTURES, SCENARIOS

PLANS = sorted((SCENARIOS / "tests").glob("*.yaml"))
LIBRARY, BROKEN = load_library(SCENARIOS)


def test_bundled_library_lints_without_errors_or_warnings():
    diags = [d.format() for r in lint_paths([SCENARIOS]) for d in r.diagnostics]
    assert diags == []
    assert LIBRARY and not BROKEN


def test_every_bundled_scenario_has_a_plan():
    planned = {p.stem for p in PLANS}
    assert {s.id for s in LIBRARY} <= planned


@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_plan(plan):
    results = run_plan(plan, {s.id: s for s in LIBRARY})
    failures = [f"{r.name}: {f}" for r in results for f in r.failures]
    assert failures == []


def test_the_plan_runner_passes_a_right_plan_and_fails_a_wrong_one(minimal):
    results = run_plan(FIXTURES / "plans" / "minimal.yaml", {"minimal": minimal})
    assert [r.ok for r in results] == [True, True, True]
    wrong = check_path(minimal, {"actions": ["calm", "@0.5:0.5", "no"], "ending": "bad_end",
                                 "overall": {"below": 50}, "principles": {"say_do": {"below": 10}}})
    assert len(wrong) == 3
    assert check_path(minimal, {"actions": ["calm"]}) == ["the path stops at 'place' before an ending"]
    assert "failed" in check_path(minimal, {"actions": ["nope"]})[0]


def test_plan_for_a_missing_scenario_fails(tmp_path, minimal):
    plan = tmp_path / "p.yaml"
    plan.write_text("scenario: ghost\npaths: []\n", encoding="utf-8")
    assert not run_plan(plan, {"minimal": minimal})[0].ok


@pytest.mark.parametrize("text,expected", [
    ("scenario: minimal\npaths:\n  - {actions: [calm], overal: {at_least: 1}}\n", "unknown key 'overal'"),
    ("scenario: minimal\npaths:\n  - {actions: [calm], overall: {at_most: 1}}\n", "unknown key 'at_most'"),
    ("scenario: minimal\npaths:\n  - {actions: [calm, '@0.5:0.5', no]}\n", 'write it in quotes'),
    ("scenario: minimal\nwalk: {runs: 5, sede: 1}\n", "unknown key 'sede'"),
])
def test_plan_typos_fail_instead_of_checking_nothing(tmp_path, minimal, text, expected):
    plan = tmp_path / "p.yaml"
    plan.write_text(text, encoding="utf-8")
    (result,) = run_plan(plan, {"minimal": minimal})
    assert not result.ok and any(expected in f for f in result.failures), result.failures


@pytest.mark.parametrize("text,expected", [
    ("scenario: minimal\npaths:\n  - {actions: [calm], principles: [own_calm]}\n", "principles must be a mapping"),
    ("scenario: minimal\npaths: 5\n", "'paths' must be a list"),
    ("scenario: minimal\nwalk: {runs: many}\n", "runs must be a whole number"),
    ("scenario: minimal\npaths:\n  - {actions: calm}\n", "actions must be a list"),
    ("scenario: minimal\npaths:\n  - {actions: [calm], overall: 5}\n", "overall must be a mapping"),
    ("scenario: minimal\npaths:\n  - {actions: [calm], timer_factor: fast}\n", "timer_factor must be"),
])
def test_malformed_plans_are_reported_not_crashed(tmp_path, minimal, text, expected):
    plan = tmp_path / "p.yaml"
    plan.write_text(text, encoding="utf-8")
    (result,) = run_plan(plan, {"minimal": minimal})
    assert not result.ok and any(expected in f for f in result.failures), result.failures
