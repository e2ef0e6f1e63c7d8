"""Loading scenario files: positions, messages, the model built from them."""

from __future__ import annotations

import pytest

from lagaffektiv.errors import ScenarioError
from lagaffektiv.scenario.load import load_library, load_scenario
from lagaffektiv.scenario.source import read_text


def test_minimal_builds_the_model(minimal):
    assert minimal.id == "minimal" and minimal.start == "hello"
    assert [n.kind for n in minimal.nodes.values()] == ["choice", "positioning", "checkpoint", "ending", "ending"]
    hello = minimal.nodes["hello"]
    assert hello.timer_seconds == 10 and hello.timeout.is_timeout and hello.timeout.id == "froze"
    assert hello.choices[0].expert and hello.choices[0].principles == {"own_calm": 2, "empathy": 1}
    room = minimal.rooms["room"]
    assert room.plan.width == 4 and room.plan.doors[0].exit_for >= {"patient", "staff"}
    assert minimal.characters["pat"].baseline == 10
    assert len(minimal.digest) == 64


def test_positions_point_at_the_key():
    src = read_text("a: 1\nnodes:\n  - id: x\n    choices: []\n", "f.yaml")
    assert src.where(("nodes", 0, "choices")) == (4, 5)
    assert src.where(("nodes", 0, "choices", 3, "deeper")) == (4, 5)   # nearest known ancestor
    assert src.where(("missing",)) == (1, 1)


def test_load_error_carries_file_line_and_column(tmp_path, minimal_path):
    text = minimal_path.read_text(encoding="utf-8").replace("to: quiz", "to: quizz")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    d = info.value.diagnostics[0]
    assert d.code == "LA006" and d.file == str(bad)
    line = text.splitlines().index("        - {to: quizz}") + 1
    assert (d.line, d.col) == (line, 12)   # the key 'to' inside '- {to: quizz}'
    assert "did you mean 'quiz'" in d.message


def test_schema_messages_suggest_spellings(tmp_path, minimal_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(minimal_path.read_text(encoding="utf-8").replace("    choices:", "    choises:"), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    messages = [d.message for d in info.value.diagnostics]
    assert any("unknown key 'choises' (did you mean 'choices'?)" in m for m in messages)


def test_library_keeps_broken_files_visible(tmp_path, minimal_path):
    (tmp_path / "good.yaml").write_bytes(minimal_path.read_bytes())
    (tmp_path / "broken.yaml").write_text("format: 1\nid: [", encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "plan.yaml").write_text("scenario: minimal\n", encoding="utf-8")
    good, broken = load_library(tmp_path)
    assert [s.id for s in good] == ["minimal"]
    assert [r.path for r in broken] == [str(tmp_path / "broken.yaml")]
    assert broken[0].diagnostics[0].code == "LA001"


@pytest.mark.parametrize("old,new", [("    width: 4", "    width: .nan"), ("    arousal: 50", "    arousal: .inf"),
                                     ("at: [2, 1.5]", "at: [-.inf, 1.5]")])
def test_non_finite_numbers_are_refused_by_the_schema(tmp_path, minimal_path, old, new):
    bad = tmp_path / "bad.yaml"
    bad.write_text(minimal_path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    assert [d.code for d in info.value.diagnostics] == ["LA003"]
    assert "not a usable number" in info.value.diagnostics[0].message


def test_obstacle_sizes_must_be_positive(tmp_path, minimal_path):
    text = minimal_path.read_text(encoding="utf-8").replace(
        "    alarms:", "    obstacles:\n      - {id: desk, rect: [1, 1, -0.5, 0.6]}\n    alarms:")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    d = info.value.diagnostics
    assert [x.code for x in d] == ["LA003"] and "must be greater than 0" in d[0].message


@pytest.mark.parametrize("key", ["on", '"on"'])
def test_on_as_a_placement_key_points_to_seated_on(tmp_path, minimal_path, key):
    bad = tmp_path / "bad.yaml"
    bad.write_text(minimal_path.read_text(encoding="utf-8").replace(
        "pat: {at: [2, 1.5], facing: 180}", f"pat: {{at: [2, 1.5], facing: 180, {key}: desk}}"), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(bad)
    assert "seated_on" in info.value.diagnostics[0].message
