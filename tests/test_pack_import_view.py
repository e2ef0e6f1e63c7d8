"""Importing a scenario pack from the library's "Import scenario pack…" button, through the real main
window and the real import (lagaffektiv.packs). Only Qt's own dialogs are answered for the test:
QFileDialog's static getters and QMessageBox.exec (which clicks the answer a learner would)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lagaffektiv.app.library import ScenarioEntry
from lagaffektiv.app.storage import packs_dir
from lagaffektiv.app.window import MainWindow
from lagaffektiv.packs import export_pack

from conftest import SCENARIOS
from test_packs import make_zip, minimal_text, snapshot

LONG_WAIT = "ed_waiting_room_long_wait"


class Dialogs:
    """Answers Qt's dialogs: the file chosen, and the button clicked in each message box; records
    every message box shown (icon, text, details)."""

    def __init__(self, monkeypatch):
        self.chosen: Path | None = None
        self.folder: Path | None = None
        self.answers: list[str] = []
        self.shown: list[dict] = []
        dialogs = self
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(dialogs.chosen or ""), "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(dialogs.folder or "")))

        def exec_(box):
            dialogs.shown.append({"icon": box.icon(), "text": box.text(), "details": box.detailedText(),
                                  "buttons": [b.text() for b in box.buttons()]})
            if box.icon() == QMessageBox.Icon.Question:
                answer = dialogs.answers.pop(0)
                button = next(b for b in box.buttons() if b.text() == answer)
                button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def window(qtbot):
    w = MainWindow.from_folder(SCENARIOS, "en")
    qtbot.addWidget(w)
    w.show_library()
    return w


def ids(window) -> list[str]:
    return [e.scenario.id for e in window.library.findChildren(ScenarioEntry)]


def click_import(window, kind: str = "zip") -> None:
    """What the learner does: open the button's menu and pick "From a .zip file…" or "From a folder…"."""
    menu = window.library.import_button.menu()
    action = next(a for a in menu.actions() if a.objectName() == f"importPack_{kind}")
    action.trigger()


def updated_long_wait_zip(tmp_path: Path, revision: int = 2) -> Path:
    """The bundled long-wait scenario exported as a pack, with its revision raised."""
    plain = export_pack([LONG_WAIT], [SCENARIOS], tmp_path / "plain.zip").out
    out = tmp_path / "long_wait_v2.zip"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == f"{LONG_WAIT}.yaml":
                data = re.sub(rb"(?m)^revision: \d+", f"revision: {revision}".encode(), data, count=1)
            dst.writestr(info.filename, data)
    return out


def test_the_button_and_its_menu_are_in_both_languages(window):
    assert window.library.import_button.text() == "Import scenario pack…"
    window.set_language("sv")
    assert window.library.import_button.text() == "Importera scenariopaket…"
    texts = [a.text() for a in window.library.import_button.menu().actions()]
    assert texts == ["Från en .zip-fil…", "Från en mapp…"]


def test_a_good_zip_is_imported_and_appears_in_the_library(window, dialogs, tmp_path):
    before = ids(window)
    dialogs.chosen = make_zip(tmp_path / "norrby.zip", {"norrby/ours.yaml": minimal_text("clinic_one")})
    click_import(window, "zip")
    assert ids(window) == sorted(before + ["clinic_one"]) or set(ids(window)) == set(before) | {"clinic_one"}
    assert (packs_dir() / "norrby" / "ours.yaml").is_file()
    [box] = dialogs.shown
    assert box["icon"] == QMessageBox.Icon.Information
    assert "The pack “norrby” was added to the library with 1 scenario(s):" in box["text"]
    assert "(clinic_one, revision 1)" in box["text"]


def test_a_folder_pack_is_imported_through_the_folder_entry(window, dialogs, tmp_path):
    folder = tmp_path / "clinic_folder"
    folder.mkdir()
    (folder / "ours.yaml").write_text(minimal_text("clinic_two"), encoding="utf-8")
    dialogs.folder = folder
    click_import(window, "folder")
    assert "clinic_two" in ids(window)
    assert dialogs.shown[-1]["icon"] == QMessageBox.Icon.Information


def test_cancelling_the_file_dialog_does_nothing(window, dialogs):
    before = ids(window)
    click_import(window, "zip")     # the dialog returns no file
    assert ids(window) == before and dialogs.shown == []


def test_a_hostile_zip_is_refused_with_its_reasons_and_the_library_is_unchanged(window, dialogs, tmp_path):
    before, packs_before = ids(window), snapshot(packs_dir())
    dialogs.chosen = make_zip(tmp_path / "gift.zip", {"ok.yaml": minimal_text("gift"), "../../evil.yaml": "x: 1",
                                                      "tools/run.exe": b"MZ"})
    click_import(window, "zip")
    [box] = dialogs.shown
    assert box["icon"] == QMessageBox.Icon.Warning
    assert "The pack “gift.zip” was not imported. Nothing of it was kept" in box["text"]
    assert "'../../evil.yaml': '..' in the path" in box["text"]
    assert "'tools/run.exe': file type '.exe' is not allowed" in box["text"]
    assert "'..' in the path" in box["details"]
    assert ids(window) == before
    assert snapshot(packs_dir()) == packs_before


def test_a_pack_with_lint_errors_names_the_file_inside_the_pack(window, dialogs, tmp_path):
    before = ids(window)
    broken = minimal_text("clinic_broken").replace("revision: 1", "revision: -3")
    dialogs.chosen = make_zip(tmp_path / "broken.zip", {"broken/bad.yaml": broken})
    click_import(window, "zip")
    [box] = dialogs.shown
    assert box["icon"] == QMessageBox.Icon.Warning
    assert re.search(r"broken/bad\.yaml: Line \d+, column \d+: LA003 ", box["text"]), box["text"]
    assert str(tmp_path) not in box["text"], "paths are shown inside the pack, not the learner's disk"
    assert ids(window) == before


def test_an_update_accepted_replaces_the_scenario(window, dialogs, tmp_path):
    dialogs.chosen = updated_long_wait_zip(tmp_path)
    dialogs.answers = ["Replace"]
    click_import(window, "zip")
    question, told = dialogs.shown
    assert question["icon"] == QMessageBox.Icon.Question
    assert ("A long wait in the emergency department (ed_waiting_room_long_wait): revision 1 installed, "
            "revision 2 in the pack") in question["text"]
    assert question["buttons"][:2] == ["Replace", "Keep what I have"]
    assert told["icon"] == QMessageBox.Icon.Information
    assert "The pack's versions are used from now on." in told["text"]
    sc = next(s for s in window.scenarios if s.id == LONG_WAIT)
    assert sc.revision == 2
    assert Path(sc.file).resolve().is_relative_to(packs_dir().resolve())
    assert ids(window).count(LONG_WAIT) == 1


def test_an_update_declined_changes_nothing(window, dialogs, tmp_path):
    packs_before = snapshot(packs_dir())
    dialogs.chosen = updated_long_wait_zip(tmp_path)
    dialogs.answers = ["Keep what I have"]
    click_import(window, "zip")
    question, told = dialogs.shown
    assert question["icon"] == QMessageBox.Icon.Question
    assert told["text"] == "Nothing was imported; your library is unchanged."
    sc = next(s for s in window.scenarios if s.id == LONG_WAIT)
    assert sc.revision == 1 and Path(sc.file).resolve().is_relative_to(SCENARIOS.resolve())
    assert snapshot(packs_dir()) == packs_before


def test_leftovers_of_an_interrupted_import_are_removed_after_the_first_paint(qtbot, dialogs):
    from lagaffektiv.app.main import _after_first_paint

    staging = packs_dir() / ".import-abc123"
    (staging / "half").mkdir(parents=True)
    (staging / "half" / "a.yaml").write_text("id: half\n", encoding="utf-8")
    kept = packs_dir() / "norrby"
    kept.mkdir()
    w = MainWindow([], [], "en", SCENARIOS, True, loading=True)
    qtbot.addWidget(w)
    _after_first_paint(w)
    assert not staging.exists()
    assert kept.is_dir(), "imported packs are left alone"
    if w.history is not None:
        w.history.close()
