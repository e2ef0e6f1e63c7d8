"""The core stays Qt-free: importing every core module must not load PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import lagaffektiv

PACKAGE = Path(lagaffektiv.__file__).parent
QT_LAYER = "app"


def core_modules() -> list[str]:
    mods = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == QT_LAYER:
            continue
        parts = ["lagaffektiv", *rel.with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        mods.append(".".join(parts))
    return mods


def test_importing_the_whole_core_does_not_load_qt():
    code = ("import importlib, sys\n"
            f"for m in {core_modules()!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"core imported Qt: {out.stdout}"


def test_no_core_file_imports_qt_even_lazily():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == QT_LAYER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    # The CLI may start the app lazily through lagaffektiv.app, but never imports Qt itself.
    assert offenders == []


def test_the_window_module_loads_no_scenario_machinery_before_the_first_paint():
    # Start-up: the library is read after the window is shown (app/main.py run()), so importing
    # the Qt layer must not pull in YAML, the loader or the linter.
    code = ("import sys, lagaffektiv.app.main\n"
            "print(','.join(sorted(m for m in sys.modules if m == 'yaml' or m.startswith("
            "('lagaffektiv.lint', 'lagaffektiv.scenario', 'lagaffektiv.encounter')))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_starting_the_app_does_not_load_qt_multimedia():
    # QtMultimedia loads FFmpeg and the audio server's client: only when a sound is first due
    # (lagaffektiv.app.sound), never at start-up, and never where the sound is switched off.
    code = ("import sys, lagaffektiv.app.main, lagaffektiv.app.window, lagaffektiv.app.play, lagaffektiv.app.sound\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6.QtMultimedia') or m == 'pydub')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
