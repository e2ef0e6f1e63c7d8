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
