"""lagaffektiv --self-test: passes on this installation, says what failed otherwise, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from lagaffektiv.selftest import run

from conftest import REPO, SCENARIOS


def test_the_self_test_passes_in_process(capsys, private_data):
    before = sorted(private_data.rglob("*"))
    assert run(SCENARIOS) == 0
    out = capsys.readouterr().out
    assert "✗" not in out
    assert out.count("✓") == 15
    assert "self-test passed" in out
    assert sorted(private_data.rglob("*")) == before, "the learner's data folder is not touched"
    assert os.environ["LAGAFFEKTIV_DATA"] == str(private_data), "the environment is restored"


def test_the_self_test_command_passes_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "lagaffektiv.cli.main", "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_a_broken_library_fails_with_a_clear_message(tmp_path, capsys):
    lib = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, lib)
    (lib / "ed_waiting_room_long_wait.yaml").write_text("id: [broken\n", encoding="utf-8")
    assert run(lib) == 1
    out = capsys.readouterr().out
    assert "✗ 1 of 12 scenario file(s) do not lint clean" in out
    assert "✗ play ed_waiting_room_long_wait: the scenario is not in the library" in out
    assert "self-test FAILED" in out and "Traceback" not in out
    assert "✓ history view renders" in out, "the other checks still run"


def test_a_missing_library_fails_cleanly(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lagaffektiv.cli.main", "--scenarios", str(tmp_path / "none"),
                           "--self-test"], cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 1
    assert "the scenario library was not found" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
