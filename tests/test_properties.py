"""Property tests: whatever the input, only the project's own errors come out."""

from __future__ import annotations

import copy

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.encounter.walk import walk
from lagaffektiv.errors import EncounterError
from lagaffektiv.lint.runner import lint_file

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

BASE = yaml.safe_load((FIXTURES / "minimal.yaml").read_text(encoding="utf-8"))

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                    st.sampled_from(["hello", "place", "quiz", "pat", "room", "door", "good_end", "own_calm",
                                     "exits", "everyone", "staff", "crisis", "resolved"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p in _paths(BASE) if p]


@st.composite
def mutated(draw):
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(values)
        except (KeyError, IndexError, TypeError):
            continue
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated())
def test_mutated_scenarios_give_diagnostics_not_crashes(tmp_path, data):
    path = tmp_path / "mutated.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = lint_file(path)          # must not raise
    assert all(d.code.startswith("LA") for d in report.diagnostics)
    assert not any("internal error" in d.message for d in report.diagnostics), report.diagnostics
    if report.scenario is not None:   # whatever lints clean must be playable
        rep = walk(report.scenario, runs=5, seed=1)
        assert all("no branch applies" not in s["reason"] for s in rep.stuck)


tokens = st.one_of(st.text(max_size=10), st.sampled_from(["calm", "stop", "!timeout", "@0.5:0.5", "@3.9:1.5",
                                                          "no", "yes", "yes+no", ">", "@1e308:1", "@nan:1"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seq=st.lists(tokens, max_size=8))
def test_any_action_sequence_raises_only_encounter_errors(minimal, seq):
    enc = Encounter(minimal)
    for token in seq:
        try:
            enc.act(token)
        except EncounterError:
            pass
    assert enc.node_id in minimal.nodes
