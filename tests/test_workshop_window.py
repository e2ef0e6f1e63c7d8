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


def deleted(widget) -> bool:
    import shiboken6
    from PySide6.QtCore import QEvent

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(widget)


def in_main_window(widget, w) -> bool:
    while widget is not None:
        if widget is w:
            return True
        widget = widget.parentWidget()
    return False


class Hides:
    """Counts the times a window is hidden (a blank flash on the projector)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        self.count = 0
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt API
                if event.type() == QEvent.Type.Hide:
                    outer.count += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)


def test_closing_the_main_window_closes_the_projector_window(qtbot):
    w = window(qtbot)
    page = open_workshop(w, screens=2)
    out = page.window_out
    assert out.isVisible() and in_main_window(out, w)
    assert not out.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    page.continue_on()
    w.close()
    assert not out.isVisible()
    assert [sw.steps for sw in __import__("lagaffektiv.app.workshop.flow", fromlist=["store"]).store().unfinished()] \
        == [1]                                        # saved: offered again at the next start
    # the team debrief's copy on the projector goes with the window too
    w.show()
    page = open_workshop(w, screens=2)
    assert play_to_the_end(page, tries=60)
    copy = w.projected_debrief
    assert copy.isVisible()
    w.close()
    assert not copy.isVisible() and not copy.window().isVisible()


def test_leaving_a_two_screen_workshop_through_the_top_bar_takes_it_off_the_projector(qtbot):
    from lagaffektiv.app.workshop import flow

    w = window(qtbot)
    page = open_workshop(w, screens=2)
    out = page.window_out
    page.continue_on()
    page.select(1)
    page.vote_selected(1)
    w.library_button.click()
    assert w.pages.currentWidget() is w.library and w.workshop_page is None
    QTest.keyClick(out, Qt.Key.Key_Plus)            # a key that reaches it before it is gone: ignored
    assert page.ws.votes[page.ws.options[0][0]] == 1
    assert not out.isVisible() and deleted(page) and deleted(out)
    # the library offers the workshop as it was left; Resume opens it there again
    (row,) = w.library.extra.rows
    row[2].click()
    page = w.workshop_page
    assert page.ws.votes[page.ws.options[0][0]] == 1
    # a practice run leaves it too (two screens again); Discard then removes it for good
    flow.close_page(w)
    page = open_workshop(w, screens=2)
    out = page.window_out
    w.start_scenario(SCENARIO_ID)
    assert w.pages.currentWidget() is w.play and not out.isVisible() and w.workshop_page is None
    w.show_library()
    while w.library.extra is not None:        # the two left: the resumed one and this one
        w.library.extra.rows[0][3].click()
    assert flow.store().unfinished() == [] and deleted(out)


def test_the_projected_team_debrief_goes_when_the_debrief_is_left_and_is_not_left_behind(qtbot):
    w = window(qtbot)
    page = open_workshop(w, screens=2)
    out = page.window_out
    hides = Hides(out)
    assert play_to_the_end(page, tries=60)
    assert w.pages.currentWidget() is w.team_debrief
    assert hides.count == 0 and out.isVisible()       # from the ending straight to the debrief, no blank
    first = w.projected_debrief
    w.history_button.click()
    assert not out.isVisible() and w.projected_debrief is None
    assert deleted(page) and deleted(first)
    # a second run: its own copy, the page gone once the debrief is left by its own button
    page = open_workshop(w, screens=2)
    assert play_to_the_end(page, tries=60)
    second = w.projected_debrief
    assert second.isVisible()
    w.team_debrief.back_button.click()
    assert w.pages.currentWidget() is w.library and deleted(second) and deleted(page)


def test_the_vote_keys_work_after_a_language_switch_mid_workshop(qtbot):
    from dataclasses import replace

    from lagaffektiv.app.settings import Settings

    w = window(qtbot)
    w.settings = Settings()         # the language button saves the choice, as in the app
    page = open_workshop(w, screens=1)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page.continue_on()
    w.language_button.setFocus()     # a click on the button leaves the focus there
    w.language_button.click()
    assert w.lang == "en" and w.pages.currentWidget() is page
    assert QApplication.focusWidget() is page
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)
    assert page.ws.votes[page.ws.options[1][0]] == 1
    w.language_button.setFocus()
    w.apply_settings(replace(w.settings, language="sv"))      # the Settings dialog's OK does the same
    assert QApplication.focusWidget() is page
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert page.ws.votes[page.ws.options[1][0]] == 2
