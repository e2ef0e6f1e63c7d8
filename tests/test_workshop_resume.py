"""A workshop survives the app being killed: the real app in a subprocess is SIGKILLed mid-workshop,
then a new window offers the unfinished workshop, resumes it where it was and plays it to the end.
A corrupt saved workshop is reported without blocking and kept."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from lagaffektiv.app.window import MainWindow

from conftest import SCENARIOS
from workshop_helpers import answer_box, play_to_the_end

HERE = Path(__file__).resolve().parent


def folder_with_scenario(tmp_path) -> Path:
    return SCENARIOS      # read only; the workshops are saved in the test's private data folder


def window(qtbot, folder) -> MainWindow:
    w = MainWindow([], [], "sv", folder, True, loading=True)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.load()
    return w


def test_resume_a_workshop_after_the_app_was_killed(qtbot, tmp_path, private_data):
    folder = folder_with_scenario(tmp_path)
    proc = subprocess.run([sys.executable, str(HERE / "app_workshop_crash_runner.py"), str(folder), "3"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert "saved 3" in proc.stdout
    saved = list((private_data / "workshops").glob("*.json"))
    assert len(saved) == 1

    w = window(qtbot, folder)
    notice = w.library.extra
    assert notice is not None and "Oavslutad workshop: Lång väntan" in notice.rows[0][1].text()
    seen = []
    answer_box("Fortsätt", seen)
    w.offer_resume()
    assert seen and "Lång väntan" in seen[0]
    page = w.workshop_page
    assert w.pages.currentWidget() is page
    ws = page.ws
    assert len(ws.decisions) == 3 and ws.decisions[0].counts["approach_calmly"] == 3
    finished = play_to_the_end(page, tries=60)
    assert finished and ws.finished
    assert w.pages.currentWidget() is w.team_debrief
    w.show_library()
    assert w.library.extra is None      # nothing unfinished any more


def test_a_corrupt_saved_workshop_is_reported_and_kept(qtbot, tmp_path, private_data):
    folder = folder_with_scenario(tmp_path)
    store = private_data / "workshops"
    store.mkdir()
    bad = store / ("ab" * 16 + ".json")
    bad.write_text("{not json", encoding="utf-8")
    w = window(qtbot, folder)
    notice = w.library.extra
    assert notice is not None
    from PySide6.QtWidgets import QLabel

    text = "\n".join(label.text() for label in notice.findChildren(QLabel))
    assert "kunde inte läsas" in text and "abab" in text
    kept = [p for p in store.iterdir() if "corrupt" in p.name]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{not json"
    w.offer_resume()     # nothing to offer, and no dialog blocks
