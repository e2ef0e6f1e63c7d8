"""The Qt layer: main window, library view, fonts, start-up errors (pytest-qt, offscreen)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from lagaffektiv.app import assets, text  # noqa: E402
from lagaffektiv.app import errors as app_errors  # noqa: E402
from lagaffektiv.app import main as app_main  # noqa: E402
from lagaffektiv.app import window as app_window  # noqa: E402
from lagaffektiv.app.main import MainWindow  # noqa: E402

BROKEN_YAML = "format: 1\nid: [oops\n"  # unclosed flow sequence: LA001


def _write(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def _with_title(minimal_path: Path, sv: str, en: str) -> str:
    source = minimal_path.read_text(encoding="utf-8")
    old = "title: {sv: Minimal, en: Minimal}"
    assert old in source
    return source.replace(old, f"title: {{sv: {sv!r}, en: {en!r}}}")


def _labels(widget) -> list[QLabel]:
    return widget.findChildren(QLabel)


def _texts(widget) -> list[str]:
    """Label texts, with the no-break spaces that keep a fact on one line made plain."""
    return [label.text().replace("\u00a0", " ") for label in _labels(widget)]


@pytest.fixture
def library(tmp_path, minimal_path) -> Path:
    folder = tmp_path / "scenarios"
    _write(folder, "minimal.yaml", minimal_path.read_text(encoding="utf-8"))
    _write(folder, "broken.yaml", BROKEN_YAML)
    return folder


@pytest.fixture
def window_for(qtbot):
    def make(folder: Path, lang: str = "sv") -> MainWindow:
        window = MainWindow.from_folder(folder, lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window
    return make


def test_window_lists_scenario_and_broken_file(library, window_for):
    window = window_for(library)
    assert window.windowTitle() == "lagaffektiv – Lågaffektivt bemötande"
    view = window.library
    assert [e.title_label.text() for e in view.entries] == ["Minimal"]
    assert "Ett litet test." in _texts(view)
    assert any("Akutmottagning" in s and "ca 5 min" in s for s in _texts(view))
    assert [e.path_label.text() for e in view.broken_entries] == ["broken.yaml"]
    diagnostics = view.broken_entries[0].diagnostics_text
    assert diagnostics.startswith("Rad ") and ": LA001 " in diagnostics, diagnostics
    assert view.notice is not None and "1" in view.notice.text()
    assert view.empty_state is None


def test_scenario_text_is_never_rich_text(tmp_path, minimal_path, window_for):
    folder = tmp_path / "html"
    _write(folder, "html.yaml", _with_title(minimal_path, "<b>html</b>", "<b>html</b>"))
    _write(folder, "broken.yaml", "format: 1\nid: '<i>x</i>'\n")
    window = window_for(folder)
    entry = window.library.entries[0]
    assert entry.title_label.text() == "<b>html</b>"
    assert entry.title_label.textFormat() == Qt.TextFormat.PlainText
    assert entry.accessibleName() == "<b>html</b>"
    assert window.library.broken_entries, "the broken file must be listed"
    for label in _labels(window):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_switching_language_shows_english(tmp_path, minimal_path, window_for, qtbot):
    folder = tmp_path / "langs"
    _write(folder, "minimal.yaml", _with_title(minimal_path, "Minimal på svenska", "Minimal in English"))
    window = window_for(folder, "sv")
    assert window.library.entries[0].title_label.text() == "Minimal på svenska"
    assert window.library.scenario_list.accessibleName() == "Scenarier"
    window.set_language("en")
    titles = _texts(window.library)
    assert "Minimal in English" in titles and "Minimal på svenska" not in titles
    assert any("Emergency department" in s for s in titles)
    assert window.library.scenario_list.accessibleName() == "Scenarios"
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    assert window.lang == "sv"
    assert window.library.entries[0].title_label.text() == "Minimal på svenska"


def test_english_from_the_start(library, window_for):
    window = window_for(library, "en")
    assert window.library.broken_list.accessibleName() == "Files that cannot be used"
    assert window.language_button.text() == "På svenska"


def test_missing_folder_shows_empty_state(tmp_path, window_for):
    window = window_for(tmp_path / "does-not-exist")
    view = window.library
    assert view.entries == [] and view.broken_entries == []
    assert view.empty_state is not None
    assert view.empty_state.title_label.text() == text.ui("sv", "missing_title")
    assert str(tmp_path / "does-not-exist") in view.empty_state.body_label.text()


def test_empty_folder_shows_empty_state(tmp_path, window_for):
    (tmp_path / "empty").mkdir()
    window = window_for(tmp_path / "empty", "en")
    view = window.library
    assert view.empty_state is not None
    assert view.empty_state.title_label.text() == "No scenarios yet"
    assert view.broken_entries == [], "the folder itself is not a broken scenario file"
    assert view.notice is None and view.broken_list is None
    # What the linter says about the folder is shown in the empty state, not dropped.
    assert view.empty_state.lint_label is None or "LA018" in view.empty_state.lint_label.text()


def test_window_fits_a_small_laptop_screen(library, window_for):
    window = window_for(library)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 768


def _run_app(folder: Path, *args: str) -> subprocess.CompletedProcess:
    # run() starts and ends the event loop; doing that in the test process would stop later
    # tests' timers, so the real app runs in its own process.
    return subprocess.run([sys.executable, str(Path(__file__).parent / "app_runner.py"), str(folder), *args],
                          capture_output=True, text=True, timeout=120)


def test_run_starts_with_dejavu_and_exits_on_bench_flag(library):
    proc = _run_app(library)
    assert proc.returncode == 0, proc.stderr
    assert f"{app_main.BENCH_MARK} idle=" in proc.stdout and f"{app_main.BENCH_MARK}_READY" in proc.stdout
    family, size = proc.stdout.split("font=")[1].splitlines()[0].rsplit(" ", 1)
    assert family == "DejaVu Sans" and float(size) >= assets.MIN_POINT_SIZE
    assert "hook-restored=True" in proc.stdout


def test_missing_font_falls_back_with_a_warning(tmp_path, qapp, caplog):
    before = QFont(QApplication.font())
    with caplog.at_level(logging.WARNING, logger="lagaffektiv.app.assets"):
        assert assets.install_fonts(qapp, folder=tmp_path / "no-assets") is None
    assert "not found" in caplog.text
    assert QApplication.font() == before


def test_assets_dir_checkout_bundle_and_override(monkeypatch, tmp_path):
    monkeypatch.delenv("LAGAFFEKTIV_ASSETS", raising=False)
    repo_assets = Path(__file__).resolve().parents[1] / "assets"
    assert assets.assets_dir() == repo_assets
    assert (repo_assets / "fonts" / "DejaVuSans.ttf").is_file()
    assert (repo_assets / "fonts" / "LICENSE-DejaVu.txt").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.assets_dir() == tmp_path / "assets"
    monkeypatch.setenv("LAGAFFEKTIV_ASSETS", str(tmp_path / "elsewhere"))
    assert assets.assets_dir() == tmp_path / "elsewhere"


def test_startup_error_shows_message_box(library, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(app_errors, "show_error", lambda exc, details, lang="sv": shown.append((exc, details)))

    def boom(self, *args, **kwargs):
        raise RuntimeError("kaputt <b>")

    monkeypatch.setattr(MainWindow, "__init__", boom)
    hook = sys.excepthook
    assert app_main.run(library, lang="sv") == app_main.EXIT_INTERNAL
    assert sys.excepthook is hook
    (exc, details), = shown
    assert str(exc) == "kaputt <b>" and "Traceback" in details


def test_library_error_after_the_first_paint_is_shown_and_the_window_stays(library):
    proc = _run_app(library, "--fail-load")
    assert proc.returncode == 0, proc.stderr
    assert "error-dialog=disk gone" in proc.stdout
    assert f"{app_main.BENCH_MARK}_READY" in proc.stdout and "Traceback" not in proc.stderr


def test_window_shows_a_loading_state_first(library, qtbot):
    window = MainWindow([], [], "sv", library, True, loading=True)
    qtbot.addWidget(window)
    assert "Läser in" in window.library.text()
    window.load()
    assert not window.loading and window.scenarios


def test_error_box_is_plain_text(qapp):
    box = app_errors.error_box(ValueError("<b>bad</b>"), "Traceback ...", "en")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "ValueError: <b>bad</b>" in box.text()
    assert box.detailedText() == "Traceback ..."


def test_diagnostic_lines():
    from lagaffektiv.errors import Diagnostic

    assert text.diagnostic_line(Diagnostic("LA006", "goes to unknown node 'x'", "f.yaml", 7, 3), "en") == \
        "Line 7, column 3: LA006 goes to unknown node 'x'"
    assert text.diagnostic_line(Diagnostic("LA022", "no expert", "f.yaml", 0, 0, "warning"), "sv") == \
        "LA022 (varning) no expert"


def test_facts_in_words(minimal):
    facts = dict(text.scenario_facts(minimal, "sv"))
    assert facts == {"Miljö": "Akutmottagning", "Utåtagerande": "patient", "Nivå": "Introduktion",
                     "Tid": "ca 5 min", "För": "sjuksköterska"}
    assert text.word(text.SETTINGS, "space_station", "en") == "space_station"  # unknown: shown as id
    assert text.localized({"sv": "", "en": "Only English"}, "sv") == "Only English"
