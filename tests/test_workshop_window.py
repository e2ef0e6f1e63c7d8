"""The workshop inside the main window: its projector window goes with the window (closed with it,
when the facilitator leaves through the top bar, when the projector is unplugged), the keys stay
with the workshop over a language switch, and the projected team debrief follows the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from lagaffektiv.app.window import MainWindow

from conftest import SCENARIOS
from workshop_helpers import play_to_the_end

SCENARIO_ID = "ed_waiting_room_long_wait"


def window(qtbot) -> MainWindow:
    w = MainWindow([], [], "sv", SCENARIOS, True, loading=True)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.load()
    return w


def open_workshop(w, screens: int):
    from lagaffektiv.app.workshop import flow
    from lagaffektiv.workshop import Workshop, WorkshopConfig

    sc = next(s for s in w.scenarios if s.id == SCENARIO_ID)
    return flow.open_page(w, Workshop.new(sc, WorkshopConfig(sc.id)), screens=screens)


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_projected_team_debrief_follows_a_language_switch(qtbot):
    w = window(qtbot)
    page = open_workshop(w, screens=2)
    assert play_to_the_end(page, tries=60)
    copy = w.projected_debrief
    assert copy is not None and "1. Reaktioner" in texts(copy)
    w.language_button.click()
    assert "1. Reactions" in texts(copy) and "1. Reaktioner" not in texts(copy)
