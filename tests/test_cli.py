"""The real ``lagaffektiv`` command, run as a subprocess: exit codes, output formats, no tracebacks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from lagaffektiv.lint.codes import CODES, WARNINGS

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FIXTURES = HERE / "lint_fixtures"
MINIMAL = HERE / "fixtures" / "minimal.yaml"
NODE_IDS = [n["id"] for n in yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))["nodes"]]

_SCRIPT = Path(sys.executable).parent / "lagaffektiv"
COMMAND = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "lagaffektiv.cli.main"]

# path:line:col: LA0xx message, or path: LA0xx message when there is no position;
# warnings carry "(warning)" after the code.
LINE = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<code>LA\d{3})(?P<warn> \(warning\))? "
                  r"(?P<message>\S.*)$")


def run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "LAGAFFEKTIV_DEBUG"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run([*COMMAND, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


def _bad_files(tmp_path: Path) -> list[Path]:
    """Every failing fixture, plus the generated ones of LA002 and LA018 (see test_lint.py)."""
    paths = sorted(FIXTURES.glob("LA0*_bad.yaml")) + [FIXTURES / "LA026_bad"]
    latin1 = tmp_path / "LA002_bad.yaml"
    latin1.write_bytes((FIXTURES / "LA002_good.yaml").read_text(encoding="utf-8").encode("latin-1"))
    big = tmp_path / "LA018_bad.yaml"
    big.write_text((FIXTURES / "LA018_good.yaml").read_text(encoding="utf-8") + ("#" * 99 + "\n") * 22_000,
                   encoding="utf-8")
    return [*paths, latin1, big]


# -- lint -------------------------------------------------------------------------------------------

def test_lint_clean_file_exits_0():
    proc = run("lint", MINIMAL)
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert "1 file(s) checked: 0 error(s), 0 warning(s)" in proc.stderr


def test_lint_clean_fixture_folder_exits_0():
    proc = run("lint", FIXTURES / "LA026_good", FIXTURES / "LA014_good.yaml")
    assert proc.returncode == 0, proc.stdout
    assert "3 file(s) checked: 0 error(s), 0 warning(s)" in proc.stderr


def test_lint_warning_only_exits_0():
    proc = run("lint", "tests/lint_fixtures/LA022_bad.yaml")
    assert proc.returncode == 0
    m = LINE.match(proc.stdout.strip())
    assert m and m["code"] == "LA022" and m["warn"] and (m["line"], m["col"]) == ("43", "5")
    assert "0 error(s), 1 warning(s)" in proc.stderr


def test_lint_error_exits_1_with_path_line_col_code_message():
    proc = run("lint", "tests/lint_fixtures/LA006_bad.yaml")
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "tests/lint_fixtures/LA006_bad.yaml:56:9: LA006 goes to unknown node 'plase' (did you mean 'place'?)"]
    assert "1 file(s) checked: 1 error(s), 0 warning(s)" in proc.stderr


def test_lint_every_failing_fixture_one_line_each_and_no_traceback(tmp_path):
    paths = _bad_files(tmp_path)
    proc = run("lint", *paths)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert all(LINE.match(ln) for ln in lines), [ln for ln in lines if not LINE.match(ln)]
    assert sorted(LINE.match(ln)["code"] for ln in lines) == sorted(CODES)   # each exactly once
    for ln in lines:
        m = LINE.match(ln)
        assert bool(m["warn"]) == (m["code"] in WARNINGS)


def test_lint_oversized_file_has_no_position(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text(MINIMAL.read_text(encoding="utf-8") + ("#" * 99 + "\n") * 22_000, encoding="utf-8")
    proc = run("lint", big)
    assert proc.returncode == 1
    m = LINE.match(proc.stdout.strip())
    assert m and m["code"] == "LA018" and m["line"] is None and m["path"] == str(big)


@pytest.mark.parametrize("target", ["tests/lint_fixtures/LA013_bad.yaml", "tests/lint_fixtures/LA022_bad.yaml",
                                    "tests/fixtures/minimal.yaml"])
def test_lint_json_has_the_fields(target):
    proc = run("lint", target, "--format", "json")
    data = json.loads(proc.stdout)
    assert set(data) == {"files", "errors", "warnings", "diagnostics"}
    assert data["files"] == 1
    assert data["errors"] == sum(d["severity"] == "error" for d in data["diagnostics"])
    assert data["warnings"] == sum(d["severity"] == "warning" for d in data["diagnostics"])
    assert proc.returncode == (1 if data["errors"] else 0)
    for d in data["diagnostics"]:
        assert set(d) == {"code", "message", "file", "line", "col", "severity"}
        assert d["code"] in CODES and d["file"] == target and d["line"] >= 1 and d["col"] >= 1


def test_lint_json_keeps_non_ascii_text():
    data = json.loads(run("lint", "tests/lint_fixtures/LA013_bad.yaml", "--format", "json").stdout)
    assert data["diagnostics"] == [{
        "code": "LA013", "message": "character 'pat' at (5, 1.5) is outside room 'room' (4 × 3 m)",
        "file": "tests/lint_fixtures/LA013_bad.yaml", "line": 61, "col": 15, "severity": "error"}]


def test_lint_missing_path_fails_with_a_message():
    proc = run("lint", "no/such/scenario.yaml")
    assert proc.returncode != 0
    assert "no/such/scenario.yaml: LA018 no such file or folder" in proc.stdout


def test_lint_missing_path_does_not_hide_the_others():
    proc = run("lint", "no/such/scenario.yaml", "tests/lint_fixtures/LA006_bad.yaml")
    assert proc.returncode == 1
    assert "LA006" in proc.stdout and "no such file or folder" in proc.stdout


def test_lint_json_reports_a_missing_path():
    proc = run("lint", "no/such/scenario.yaml", "--format", "json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert data["errors"] >= 1 and any(d["file"] == "no/such/scenario.yaml" for d in data["diagnostics"])


def test_lint_without_a_path_is_a_usage_error():
    proc = run("lint")
    assert proc.returncode == 2 and "usage:" in proc.stderr


# -- schema -----------------------------------------------------------------------------------------

def test_schema_prints_json_schema():
    proc = run("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert "$defs" in schema and "node" in schema["$defs"]
    assert schema["properties"]["format"] == {"const": 1}


# -- play -------------------------------------------------------------------------------------------

def test_play_scripted_path_prints_a_debrief():
    proc = run("play", MINIMAL, "--choices", "calm,@1.0:2.6,no", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["finished"] is True
    assert data["ending"]["class"] == "resolved" and data["ending"]["node"] == "good_end"
    assert data["scenario"]["id"] == "minimal"


def test_play_scripted_path_as_text():
    proc = run("play", MINIMAL, "--choices", "calm,@1.0:2.6,no", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "It went well." in proc.stdout


@pytest.mark.parametrize("choices,fragment", [
    ("calmly", "'calmly' is not a choice here (node 'hello'); choose one of: calm, stop"),
    ("calm,here", "'here' is not a position"),
    ("calm,@1.0:2.6,maybe", "unknown answer maybe"),
])
def test_play_invalid_choice_is_a_clear_error(choices, fragment):
    proc = run("play", MINIMAL, "--choices", choices, "--json")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith("lagaffektiv: ") and fragment in proc.stderr


# -- walk -------------------------------------------------------------------------------------------

def test_walk_reports_coverage():
    proc = run("walk", MINIMAL, "--runs", "50", "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("50 runs, seed 3\n")
    assert "nodes visited:  5/5" in out and "choices taken:  3/3" in out
    assert "ending good_end:" in out and "STUCK" not in out


def test_walk_json():
    proc = run("walk", MINIMAL, "--runs", "100", "--json")
    assert proc.returncode == 0
    rep = json.loads(proc.stdout)
    assert rep["runs"] == 100 and rep["stuck"] == [] and rep["nodes"] == {"seen": 5, "total": 5}
    assert sum(rep["endings"].values()) == 100


# -- graph ------------------------------------------------------------------------------------------

def test_graph_dot_names_every_node():
    proc = run("graph", MINIMAL, "--format", "dot")
    assert proc.returncode == 0
    assert proc.stdout.startswith('digraph "minimal" {') and proc.stdout.rstrip().endswith("}")
    for node in NODE_IDS:
        assert f'"{node}" [shape=' in proc.stdout


def test_graph_mermaid_names_every_node():
    proc = run("graph", MINIMAL, "--format", "mermaid")
    assert proc.returncode == 0
    assert proc.stdout.startswith("flowchart TD\n")
    defined = {m.group(1) for m in re.finditer(r"^  (\w+)[\[({]", proc.stdout, re.M)}
    assert defined == set(NODE_IDS)


# -- commands that load a scenario refuse a broken one cleanly ----------------------------------------

@pytest.mark.parametrize("command", [("play", "--choices", "calm"), ("walk", "--runs", "5"), ("graph",)],
                         ids=["play", "walk", "graph"])
@pytest.mark.parametrize("fixture", ["LA001_bad.yaml", "LA006_bad.yaml", "LA013_bad.yaml", "missing.yaml"])
def test_loading_commands_refuse_a_broken_scenario_without_traceback(command, fixture):
    path = f"tests/lint_fixtures/{fixture}"
    proc = run(command[0], path, *command[1:])
    assert proc.returncode == 1
    assert proc.stdout == ""
    first = proc.stderr.splitlines()[0]
    m = LINE.match(first)
    assert m and m["path"] == path and m["code"] in CODES, first


def test_loading_commands_refuse_latin1_without_traceback(tmp_path):
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(MINIMAL.read_text(encoding="utf-8").encode("latin-1"))
    proc = run("graph", bad)
    assert proc.returncode == 1 and "LA002 not valid UTF-8" in proc.stderr
