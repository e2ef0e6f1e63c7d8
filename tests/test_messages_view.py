"""The core's messages in the app's language: the library's broken files and the pack refusal dialog
(pytest-qt, offscreen, the real main window and the real import)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from lagaffektiv.app.window import MainWindow  # noqa: E402

from test_pack_import_view import click_import, dialogs  # noqa: E402,F401 - the fixture answers Qt's dialogs
from test_packs import make_zip, minimal_text  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    """A library with one good scenario and one that goes to a misspelt node."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "good.yaml").write_text(minimal_text("good"), encoding="utf-8")
    broken = minimal_text("broken").replace("to: place", "to: plase", 1)
    (folder / "broken.yaml").write_text(broken, encoding="utf-8")
    return folder


def test_the_library_shows_a_broken_file_in_the_ui_language_and_follows_a_switch(folder, qtbot):
    window = MainWindow.from_folder(folder, "sv")
    qtbot.addWidget(window)
    window.show_library()
    [entry] = window.library.broken_entries
    assert ": LA006 går till en okänd nod 'plase' (menade du 'place'?)" in entry.diagnostics_text
    assert entry.diagnostics_text.startswith("Rad ")
    window.set_language("en")
    [entry] = window.library.broken_entries
    assert ": LA006 goes to unknown node 'plase' (did you mean 'place'?)" in entry.diagnostics_text
    window.set_language("sv")
    assert "går till en okänd nod" in window.library.broken_entries[0].diagnostics_text


def test_the_pack_refusal_dialog_gives_its_reasons_in_swedish(folder, qtbot, dialogs, tmp_path):  # noqa: F811
    window = MainWindow.from_folder(folder, "sv")
    qtbot.addWidget(window)
    window.show_library()
    broken = minimal_text("clinic_broken").replace("difficulty: introductory", "difficulty: easy")
    dialogs.chosen = make_zip(tmp_path / "gift.zip", {"ok.yaml": minimal_text("gift"), "../../evil.yaml": "x: 1",
                                                      "tools/run.exe": b"MZ"})
    click_import(window, "zip")
    dialogs.chosen = make_zip(tmp_path / "broken.zip", {"broken/bad.yaml": broken})
    click_import(window, "zip")
    hostile, linted = dialogs.shown
    assert hostile["icon"] == linted["icon"] == QMessageBox.Icon.Warning
    assert "Paketet ”gift.zip” importerades inte." in hostile["text"]
    assert "paketet innehåller filer som inte är tillåtna" in hostile["text"]
    assert "'../../evil.yaml': '..' i sökvägen (det skulle skriva utanför paketet)" in hostile["text"]
    assert "'tools/run.exe': filtypen '.exe' är inte tillåten i ett paket" in hostile["text"]
    assert "i sökvägen" in hostile["details"]
    assert "not allowed" not in hostile["text"] + hostile["details"]
    assert ("broken/bad.yaml: Rad 14, kolumn 1: LA003 'easy' är inte tillåtet här; använd en av introductory, "
            "intermediate, advanced") in linted["text"], linted["text"]
