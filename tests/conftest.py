"""Shared test setup: paths, and Qt forced offscreen before anything imports it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def minimal_path() -> Path:
    return FIXTURES / "minimal.yaml"


@pytest.fixture
def minimal(minimal_path):
    from lagaffektiv.scenario.load import load_scenario

    return load_scenario(minimal_path)
