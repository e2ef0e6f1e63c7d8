"""Shared test setup: paths, and Qt forced offscreen before anything imports it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: no test may touch the learner's real history or settings."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("LAGAFFEKTIV_DATA", str(folder))
    return folder


@pytest.fixture
def minimal_path() -> Path:
    return FIXTURES / "minimal.yaml"


@pytest.fixture
def minimal(minimal_path):
    from lagaffektiv.scenario.load import load_scenario

    return load_scenario(minimal_path)


@pytest.fixture
def build(tmp_path, minimal_path):
    """Load a variant of the minimal scenario: build(lambda data: ...) edits the parsed YAML."""
    import copy

    import yaml

    from lagaffektiv.scenario.load import load_scenario

    base = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    counter = iter(range(10**6))

    def _build(edit=None):
        data = copy.deepcopy(base)
        if edit:
            data = edit(data) or data
        path = tmp_path / f"variant_{next(counter)}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return load_scenario(path)

    return _build


# -- the example scenario played along its test plan (debrief and report tests) --------------------

LONG_WAIT = SCENARIOS / "ed_waiting_room_long_wait.yaml"


def plan_actions(name: str, scenario_id: str = "ed_waiting_room_long_wait") -> list[str]:
    """The actions of a named path in a scenario's test plan."""
    import yaml

    plans = yaml.safe_load((SCENARIOS / "tests" / f"{scenario_id}.yaml").read_text(encoding="utf-8"))["paths"]
    return [str(a) for a in next(p for p in plans if p["name"] == name)["actions"]]


def debrief_of(scenario, actions: list[str]) -> dict:
    from lagaffektiv.session import PracticeSession

    session = PracticeSession.start(scenario, None)
    for token in actions:
        session.act(token)
    return session.debrief


@pytest.fixture(scope="session")
def long_wait():
    from lagaffektiv.scenario.load import load_scenario

    return load_scenario(LONG_WAIT)


@pytest.fixture(scope="session")
def classic(long_wait) -> dict:
    return debrief_of(long_wait, plan_actions("classic mistakes"))


@pytest.fixture(scope="session")
def expert(long_wait) -> dict:
    return debrief_of(long_wait, plan_actions("expert"))
