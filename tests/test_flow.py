"""The whole app through its main window: library → play → debrief → library, by keyboard; and
resuming after the real app process was killed mid-encounter."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from lagaffektiv.app.storage import open_history
from lagaffektiv.app.window import MainWindow
from lagaffektiv.history import History

from conftest import FIXTURES

HERE = Path(__file__).resolve().parent


def spin(until, seconds: float = 3.0) -> bool:
    end = time.monotonic() + seconds
    while not until():
        QApplication.processEvents()
        if time.monotonic() > end:
            return False
    return True


def key(window, k, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the learner types it: to whatever has the focus in the window (active or not)."""
    QTest.keyClick(window.focusWidget() or window, k, modifier)
    QApplication.processEvents()


def library(tmp_path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(FIXTURES / "minimal.yaml", folder)
    return folder


def window_with_history(qtbot, folder: Path) -> MainWindow:
    history, error, _ = open_history()
    assert history is not None, error
    window = MainWindow([], [], "sv", folder, True, loading=True, history=history)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.load()
    return window


def test_library_to_debrief_and_back_by_keyboard(qtbot, tmp_path):
    window = window_with_history(qtbot, library(tmp_path))
    entry = window.library.entries[0]
    assert entry.best_label.text() == "Inte spelad än"
    entry.start_button.setFocus()
    key(window, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.play
    enc = window.session.encounter
    key(window, Qt.Key.Key_1)                                   # the calm choice
    key(window, Qt.Key.Key_Return)                              # continue after the feedback
    for _ in range(3):
        key(window, Qt.Key.Key_Up)
    key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    key(window, Qt.Key.Key_Return)                              # stand here
    key(window, Qt.Key.Key_Return)                              # continue
    key(window, Qt.Key.Key_2)                                   # the right answer
    key(window, Qt.Key.Key_Return)                              # answer
    key(window, Qt.Key.Key_Return)                              # to the debrief
    assert spin(lambda: window.pages.currentWidget() is window.debrief)
    assert enc.finished and enc.node_id == "good_end"
    assert window.history.unfinished() == [] and window.history.finished()[0]["overall"] is not None
    window.debrief.back_to_library.emit()
    assert window.pages.currentWidget() is window.library
    best = window.history.best_overall()["minimal"]
    assert window.library.entries[0].best_label.text() == f"Ditt bästa resultat: {best} av 100"


def test_resume_after_the_app_was_killed(qtbot, tmp_path, private_data):
    folder = library(tmp_path)
    proc = subprocess.run([sys.executable, str(HERE / "app_crash_runner.py"), str(folder), "2"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert "saved 2" in proc.stdout
    with History.open(private_data / "history.db") as h:
        (saved,) = h.unfinished()
        assert saved.state["actions"][:1] == ["calm"] and len(saved.state["actions"]) == 2

    window = window_with_history(qtbot, folder)

    def go_on():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == "Fortsätt").click()
        else:
            QTimer.singleShot(20, go_on)

    QTimer.singleShot(0, go_on)
    window.offer_resume()
    assert window.pages.currentWidget() is window.play
    enc = window.session.encounter
    assert enc.actions == saved.state["actions"] and enc.node_id == "quiz"


def test_history_page_reopens_a_debrief_and_filters_survive_a_language_switch(qtbot, tmp_path):
    folder = library(tmp_path)
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    (folder / "dental.yaml").write_text(text.replace("id: minimal", "id: minimal_dental").replace(
        "setting: emergency_department", "setting: dental_clinic"), encoding="utf-8")
    window = window_with_history(qtbot, folder)
    from lagaffektiv.session import PracticeSession

    session = PracticeSession.start(next(sc for sc in window.scenarios if sc.id == "minimal"), window.history)
    for token in ("calm", "@0.5:0.5", "no"):
        session.act(token)
    window.show_history()
    assert window.pages.currentWidget() is window.history_page and window.history_button.isChecked()
    (row,) = window.history.finished()
    window.history_page.open_debrief.emit(row["id"])
    assert window.pages.currentWidget() is window.debrief and window.session is None
    window.show_library()
    window.library.set_filter_state({"setting": "emergency_department"})
    assert len(window.library.visible_entries()) == 1
    window.set_language("en")
    assert window.library.filter_state()["setting"] == "emergency_department"
    assert len(window.library.visible_entries()) == 1
    assert window.history_button.text() == "Your history"


def test_a_damaged_history_is_moved_aside_and_the_learner_told(qtbot, tmp_path, private_data):
    from lagaffektiv.app import main as app_main

    (private_data / "history.db").write_bytes(b"not a database\x00" * 100)
    window = MainWindow([], [], "sv", library(tmp_path), True, loading=True)
    qtbot.addWidget(window)
    window.show()
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    app_main._after_first_paint(window)
    assert seen and "skadad" in seen[0] and ".corrupt-" in seen[0]
    moved = list(private_data.glob("history.db.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"not a database")
    assert window.history is not None and window.history.unfinished() == []


def test_an_imported_pack_appears_in_the_library(qtbot, tmp_path, private_data):
    from lagaffektiv.packs import import_pack

    pack = tmp_path / "pack"
    pack.mkdir()
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    (pack / "extra.yaml").write_text(text.replace("id: minimal", "id: from_a_pack"), encoding="utf-8")
    folder = library(tmp_path)
    report = import_pack(pack, private_data / "packs", bundled=folder)
    assert report.accepted, report.lines()
    window = window_with_history(qtbot, folder)
    assert {sc.id for sc in window.scenarios} == {"minimal", "from_a_pack"}
