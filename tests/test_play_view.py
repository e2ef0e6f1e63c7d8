"""The play view and the floor plan (pytest-qt, offscreen): real widgets on real scenario files."""

from __future__ import annotations

import copy
import re
import sys
import time

import pytest

pytest.importorskip("PySide6")

import yaml  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QFont, QImage  # noqa: E402
from PySide6.QtWidgets import (QApplication, QGraphicsPathItem, QGraphicsSimpleTextItem,  # noqa: E402
                               QGraphicsTextItem, QLabel)

from lagaffektiv.app.play import FloorPlanView, PlayView  # noqa: E402
from lagaffektiv.app.play.decisions import CheckpointForm, ChoiceList, PassagePanel, PositioningPanel  # noqa: E402
from lagaffektiv.app.play.feedback import FeedbackPanel  # noqa: E402
from lagaffektiv.app.play.style import colours  # noqa: E402
from lagaffektiv.history import History  # noqa: E402
from lagaffektiv.scenario.load import load_scenario  # noqa: E402
from lagaffektiv.session import PracticeSession  # noqa: E402

from conftest import SCENARIOS  # noqa: E402

ED = SCENARIOS / "ed_waiting_room_long_wait.yaml"
ED_PLAN = SCENARIOS / "tests" / "ed_waiting_room_long_wait.yaml"


class Clock:
    """A clock the test moves by hand: the countdown reads it on every QTimer tick."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def ed():
    return load_scenario(ED)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def play(qtbot, clock):
    def make(scenario, *, mode="practice", lang="sv", hide_state=False, timer_factor=1.0, history=None,
             actions=()) -> PlayView:
        session = PracticeSession.start(scenario, history, mode=mode, timer_factor=timer_factor)
        for token in actions:
            session.act(token)
        view = PlayView(lang, hide_state, clock=clock)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.activateWindow()      # not waited for: after some tests offscreen Qt activates no window
        view.start(session)
        return view
    return make


def focused(view):
    """The widget with the keyboard focus in the view's window (whether or not the window is active)."""
    return view.focusWidget()


def press(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the learner types it: to whatever has the keyboard focus."""
    qtbot.keyClick(focused(view) or view, key, modifier)


def spin(until=lambda: False, seconds: float = 2.0) -> bool:
    """Process events until ``until()`` holds, or for ``seconds``. Not qtbot.wait/waitUntil: they run a
    nested QEventLoop, and once app.run() has run in this process (test_app) such loops return at once."""
    end = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if until():
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.005)


def labels(view) -> list[QLabel]:
    return [w for w in view.findChildren(QLabel) if w.isVisibleTo(view)]


def texts(view) -> list[str]:
    return [w.text() for w in labels(view)]


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# -- the whole of a scenario, with the keyboard only -------------------------------------------------

def test_minimal_played_to_the_end_with_the_keyboard_only(play, minimal, qtbot):
    view = play(minimal)
    enc = view.encounter
    assert isinstance(view.decision, ChoiceList) and view.countdown.isVisible()
    assert focused(view) is view.decision.buttons[0]
    press(qtbot, view, Qt.Key.Key_Down)                  # arrows move between the choices
    assert focused(view) is view.decision.buttons[1]
    press(qtbot, view, Qt.Key.Key_Up)
    press(qtbot, view, Qt.Key.Key_Return)                # Enter takes the focused choice
    assert enc.steps[-1].choice == "calm"
    assert isinstance(view.decision, FeedbackPanel) and "Bra." in texts(view)
    press(qtbot, view, Qt.Key.Key_Return)                # continue
    assert isinstance(view.decision, PositioningPanel)
    assert focused(view) is view.plan
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_Up)                # 0.1 m a press
    press(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)   # 0.5 m with Shift
    assert view.plan.learner == pytest.approx((1.0, 2.2))
    press(qtbot, view, Qt.Key.Key_Return)                # stand here
    assert enc.steps[-1].position["learner"] == pytest.approx((1.0, 2.2))
    press(qtbot, view, Qt.Key.Key_Return)
    assert isinstance(view.decision, CheckpointForm) and enc.node_id == "quiz"
    press(qtbot, view, Qt.Key.Key_2)                     # number key picks the answer
    assert view.decision.checked() == ["no"]
    press(qtbot, view, Qt.Key.Key_Return)                # answer
    assert enc.steps[-1].correct is True
    assert "✓ Rätt svar" in texts(view)
    with qtbot.waitSignal(view.finished, timeout=1000) as sent:
        press(qtbot, view, Qt.Key.Key_Return)            # to the debrief
    assert sent.args == [view.session]
    assert enc.finished and enc.node_id == "good_end"


def test_number_keys_choose(play, minimal, qtbot):
    view = play(minimal)
    press(qtbot, view, Qt.Key.Key_2)
    assert view.encounter.steps[-1].choice == "stop"
    assert any("Går emot: Säg vad personen ska göra" in s for s in texts(view))


# -- the floor plan -------------------------------------------------------------------------------------

def drag(qtbot, plan: FloorPlanView, start: tuple[float, float], end: tuple[float, float], steps: int = 6) -> None:
    viewport = plan.viewport()
    a, b = plan.viewport_point(*start), plan.viewport_point(*end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_positioning_by_mouse_drag_lands_where_dropped(play, minimal, qtbot):
    view = play(minimal, actions=["calm"])
    assert isinstance(view.decision, PositioningPanel)
    start = minimal.nodes["place"].positioning.learner_start
    assert view.plan.learner == pytest.approx(start)
    drag(qtbot, view.plan, start, (1.2, 0.6))
    assert view.plan.learner == pytest.approx((1.2, 0.6), abs=0.1)
    assert spin(lambda: "Avstånd till Pat: " in view.decision.preview.text())     # the live preview
    click(qtbot, view.decision.place_button)
    placed = view.encounter.steps[-1].position["learner"]
    assert placed == pytest.approx((1.2, 0.6), abs=0.1)
    # the engine's feedback is drawn on the plan: the distance in metres, the ways out
    words = [i.text() for i in view.plan.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert any(w.endswith(" m") and w[0].isdigit() for w in words), words
    assert "Väg ut: Pat" in words and "Din väg ut" in words


def test_the_marker_never_goes_where_one_cannot_stand(play, minimal, qtbot):
    view = play(minimal, actions=["calm"])
    plan, enc = view.plan, view.encounter
    assert not plan.move_learner(2.0, 1.5)           # on Pat
    assert not plan.move_learner(5.0, 1.0)           # outside the room
    drag(qtbot, plan, plan.learner, (2.0, 1.6))      # dropped on Pat: stays at the last free spot
    assert enc.can_stand(*plan.learner)
    plan.move_learner(1.2, 1.5)
    plan.setFocus()
    for _ in range(6):                               # towards Pat: hops over her personal space
        press(qtbot, view, Qt.Key.Key_Right)
        assert enc.can_stand(*plan.learner)
    assert plan.learner[0] > 2.0


def test_blocked_exit_is_drawn_dashed_red_and_in_words(play, ed, qtbot):
    view = play(ed, actions=[">", "approach_calmly"])
    view.place(1.0, 4.2)                             # between Daniel and the entrance
    assert view.outcome.assessment.checks[0].blocks_exit
    items = view.plan.scene().items()
    words = [i.text() for i in items if isinstance(i, QGraphicsSimpleTextItem)]
    assert "BLOCKERAD av dig: väg ut för Daniel Berg" in words
    dashed_red = [i for i in items if isinstance(i, QGraphicsPathItem)
                  and i.pen().style() == Qt.PenStyle.DashLine and i.pen().color() == colours().danger]
    assert dashed_red
    assert any("Du står i vägen för Daniel Bergs väg ut" in s for s in texts(view))


def test_plan_draws_both_rooms_and_describes_them_in_words(play, ed, qtbot):
    view = play(ed, actions=[">", "approach_calmly"])
    plan = view.plan
    assert view.plan_heading.text() == "Väntrummet · 10 × 7 m"
    description = plan.accessibleDescription()
    assert description.startswith("Väntrummet, 10 × 7 m.")
    assert "Personaldörr till triage och behandlingsrum (norra väggen, för personal)" in description
    assert "Daniel Berg står vid receptionsdisk med glasruta, vänd mot norr." in description
    assert "Anita Berg sitter på stolsrad, fast mot östra väggen, vänd mot norr." in description   # seated_on
    labels_ = [i.text() for i in plan.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Entré med skjutdörrar – alla" in labels_ and "Larm" in labels_ and "1 m" in labels_
    furniture = [i.toPlainText() for i in plan.scene().items() if isinstance(i, QGraphicsTextItem)]
    assert "Receptionsdisk med glasruta" in furniture
    for token in ["@6.9:1.6", "reflect_feelings", "retriage_now", "ask_colleague"]:
        view.session.act(token)
    view.start(view.session)
    assert view.plan_heading.text() == "Triagerummet · 4 × 3,2 m"
    assert "Dörr till korridoren (rummets enda) (södra väggen, för alla)" in plan.accessibleDescription()
    drag(qtbot, plan, plan.learner, (0.6, 1.5))
    assert plan.learner == pytest.approx((0.6, 1.5), abs=0.1)
    view.set_language("en")
    assert view.plan_heading.text() == "The triage room · 4 × 3.2 m"
    assert plan.learner == pytest.approx((0.6, 1.5), abs=0.1)     # the marker stays over a language switch


def test_a_patient_sitting_on_a_chair(play, build, qtbot):
    def seated(data):
        data["rooms"][0]["obstacles"] = [{"id": "chair", "rect": [1.7, 1.2, 0.6, 0.6],
                                          "label": {"sv": "Behandlingsstol", "en": "Treatment chair"}}]
        data["nodes"][1]["scene"]["characters"]["pat"]["seated_on"] = "chair"
    view = play(build(seated), actions=["calm"])
    assert "Pat sitter på behandlingsstol, vänd mot väster." in view.plan.accessibleDescription()
    drag(qtbot, view.plan, view.plan.learner, (0.8, 0.8))
    click(qtbot, view.decision.place_button)
    assert view.encounter.steps[-1].position["learner"] == pytest.approx((0.8, 0.8), abs=0.1)
    assert view.plan.scene().items()     # drawn with its feedback, no error


# -- timers -----------------------------------------------------------------------------------------------

def test_timeout_branch_when_the_countdown_runs_out(play, minimal, clock, qtbot):
    view = play(minimal)
    assert view.countdown.running and view.countdown.seconds_left == 10
    assert view.countdown.label.text() == "10 s kvar"
    clock.advance(4)
    assert spin(lambda: view.countdown.seconds_left == 6)      # the QTimer reads the clock
    assert view.countdown.accessibleDescription() == "6 sekunder kvar att bestämma dig"
    clock.advance(6)
    assert spin(lambda: bool(view.encounter.steps))
    step = view.encounter.steps[-1]
    assert step.timed_out and step.choice == "froze"
    assert "Tiden tog slut" in texts(view) and "Du tvekade." in texts(view)
    assert not view.countdown.isVisible()


def test_countdown_pauses_while_feedback_is_shown(play, build, clock, qtbot):
    def twice(data):
        again = copy.deepcopy(data["nodes"][0])
        again["id"] = "hello_again"
        for choice in again["choices"] + [again["timer"]["timeout"]]:
            choice["id"] += "_again"
        data["nodes"][0]["choices"][0]["to"] = "hello_again"
        data["nodes"].insert(1, again)
    view = play(build(twice))
    view.choose("calm")
    assert view.feedback_shown and not view.countdown.running
    clock.advance(60)
    spin(seconds=0.25)
    assert len(view.encounter.steps) == 1            # no timeout while reading the feedback
    view.continue_on()
    assert view.encounter.node_id == "hello_again"
    assert view.countdown.running and view.countdown.seconds_left == 10
    view.countdown.tick(3000)
    view.set_language("en")                          # a language switch keeps the time left
    assert view.countdown.seconds_left == 7 and view.countdown.label.text() == "7 s left"


def test_countdown_stops_while_the_view_is_hidden(play, minimal, clock):
    view = play(minimal)
    view.hide()
    assert not view.countdown.running
    clock.advance(60)
    spin(seconds=0.2)
    assert not view.encounter.steps
    view.show()
    assert view.countdown.running and view.countdown.seconds_left == 10


def test_timers_off_show_no_countdown(play, minimal):
    view = play(minimal, timer_factor=None)
    assert not view.countdown.isVisible() and not view.countdown.running


# -- practice and assessment --------------------------------------------------------------------------

def test_step_back_in_practice_mode(play, minimal, qtbot):
    view = play(minimal)
    assert view.step_back_button.isVisible() and not view.step_back_button.isEnabled()
    view.choose("stop")
    assert view.feedback_shown and view.step_back_button.isEnabled()
    click(qtbot, view.step_back_button)              # undoes the step whose feedback is shown
    enc = view.encounter
    assert enc.node_id == "hello" and enc.actions == [] and not view.feedback_shown
    assert isinstance(view.decision, ChoiceList) and view.countdown.running
    view.choose("calm")
    view.continue_on()
    assert enc.node_id == "place"
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert enc.node_id == "hello" and enc.step_backs[-1]["undone"] == "calm"


def test_assessment_mode_has_no_step_back_no_state_and_no_feedback(play, minimal, qtbot):
    view = play(minimal, mode="assessment")
    assert not view.step_back_button.isVisible()
    assert not view.state_panel.isVisible()
    press(qtbot, view, Qt.Key.Key_1)
    assert not view.feedback_shown and isinstance(view.decision, PositioningPanel)
    assert not view.decision.preview.isVisible()      # no live judgement either
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.encounter.actions == ["calm"]         # Ctrl+Z does nothing
    view.place(0.5, 2.5)
    assert isinstance(view.decision, CheckpointForm) and not view.state_panel.isVisible()
    with qtbot.waitSignal(view.finished, timeout=1000):
        view.answer(["yes"])                          # straight to the debrief, no feedback panel


def test_state_indicator_in_words_and_hidden_on_request(play, ed):
    view = play(ed, actions=[">"])
    assert view.state_panel.isVisible()
    assert view.state_panel.phase_words() == {"anita": "Irriterad", "daniel": "Upprörd"}
    assert view.state_panel.rows["daniel"][2].accessibleName() == "Daniel Berg: Upprörd"
    hidden = play(ed, actions=[">"], hide_state=True)
    assert not hidden.state_panel.isVisible()


# -- text, language, pictures, saving -----------------------------------------------------------------------

HTML = "<b>x</b><img src=file:///etc/passwd>"


def test_html_in_a_scenario_is_shown_literally(play, build):
    def injected(data):
        hello = data["nodes"][0]
        hello["narration"] = {"sv": f"Narration {HTML}", "en": f"Narration {HTML}"}
        hello["lines"] = [{"character": "pat", "text": {"sv": HTML, "en": HTML}}]
        hello["choices"][0]["text"] = {"sv": HTML, "en": HTML}
        hello["choices"][0]["feedback"] = {"sv": f"Feedback {HTML}", "en": f"Feedback {HTML}"}
    view = play(build(injected))
    assert view.narration.text() == f"Narration {HTML}"
    assert HTML in texts(view)
    assert view.decision.buttons[0].text() == HTML
    view.choose("calm")
    assert f"Feedback {HTML}" in texts(view) and HTML in texts(view)
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_switching_language_mid_encounter(play, ed):
    view = play(ed, actions=[">"])
    assert view.narration.text().startswith("Du öppnar personaldörren.")
    view.set_language("en")
    node = ed.nodes["at_counter"]
    assert view.narration.text() == node.narration["en"]
    assert [b.text() for b in view.decision.buttons] == [c.text["en"] for c in node.choices]
    assert node.lines[0].text["en"] in texts(view)
    assert view.state_panel.phase_words() == {"anita": "Irritated", "daniel": "Agitated"}
    assert view.title.text() == "A long wait in the emergency department"
    assert view.step_back_button.text() == "Step back" and view.plan_heading.text() == "The waiting room · 10 × 7 m"
    assert view.encounter.actions == [">"]            # nothing was taken or lost


def _png(path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path))


@pytest.mark.parametrize("kind", ["svg", "png", "missing", "broken"])
def test_pictures_and_the_placeholder(play, build, tmp_path, kind):
    folder = tmp_path / "images"
    folder.mkdir()
    path = folder / ("scene.svg" if kind == "svg" else "scene.png")
    if kind == "svg":
        path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" '
                        'height="30" fill="#456"/></svg>', encoding="utf-8")
    elif kind == "broken":
        path.write_bytes(b"\x89PNG this is not a picture")
    else:
        _png(path)
    scenario = build(lambda data: data["nodes"][0].update(image=f"images/{path.name}"))
    if kind == "missing":
        path.unlink()                                 # gone after the scenario was checked
    view = play(scenario)
    assert view.image.isVisible()
    assert view.image.is_placeholder is (kind in ("missing", "broken"))
    assert view.image.height() > 0
    assert view.image.accessibleName() == ("Bilden finns inte" if view.image.is_placeholder else "Bild av situationen")
    view.image.grab()                                 # paints without an error


def test_not_saved_notice_is_shown_once(play, minimal, tmp_path, qtbot):
    history = History.open(tmp_path / "history.db")
    history.close()                                   # every write now fails
    view = play(minimal, history=history)
    assert view.session.save_error
    assert view.save_notice.isVisible()
    assert view.save_notice.label.text().startswith("Den här övningen sparas inte: ")
    click(qtbot, view.save_notice.close_button)
    view.choose("calm")
    view.continue_on()
    assert not view.save_notice.isVisible()          # once, not after every step


def test_an_encounter_error_is_shown_not_raised(play, minimal):
    view = play(minimal, actions=["calm"])
    view.place(2.0, 1.5)                              # on Pat: the engine refuses
    assert view.error_notice.isVisible() and view.error_notice.text().startswith("Det gick inte: ")
    assert isinstance(view.decision, PositioningPanel) and view.encounter.actions == ["calm"]


# -- accessibility and large text ------------------------------------------------------------------------

def test_accessible_names(play, ed):
    view = play(ed, actions=[">"])
    for n, button in enumerate(view.decision.buttons, start=1):
        assert button.accessibleName() == button.text()
        assert button.accessibleDescription() == f"Val {n} av 3, tangent {n}"
    assert view.step_back_button.accessibleName() == "Steg tillbaka"
    assert view.quit_button.accessibleName() == "Avsluta övningen"
    assert view.countdown.accessibleName() == "Tid kvar att bestämma dig"
    assert view.plan.accessibleName() == "Planritning: Väntrummet"


def test_quit_is_asked_for(play, minimal, qtbot):
    view = play(minimal)
    with qtbot.waitSignal(view.quit_requested, timeout=1000):
        click(qtbot, view.quit_button)


def test_double_text_size_fits_without_clipping(play, ed, qtbot):
    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        view = play(ed, actions=[">"])
        spin(seconds=0.05)
        column = view.scroll.viewport().width()
        for button in view.decision.buttons:
            assert button.width() <= column
            assert button.height() >= button.heightForWidth(button.width())   # all its lines fit
        assert view.scroll.verticalScrollBar().maximum() > 0                     # the column scrolls instead
        assert view.narration.font().pointSizeF() > normal.pointSizeF() * 2
    finally:
        app.setFont(normal)


# -- the bundled scenario's expert path, through the widget ------------------------------------------------

def test_expert_path_of_the_bundled_scenario(play, ed, qtbot):
    plan = yaml.safe_load(ED_PLAN.read_text(encoding="utf-8"))["paths"][0]
    view = play(ed)
    for token in plan["actions"]:
        d = view.decision
        if token == ">":
            assert isinstance(d, PassagePanel)
            click(qtbot, d.continue_button)
        elif token.startswith("@"):
            x, y = (float(v) for v in token[1:].split(":"))
            assert isinstance(d, PositioningPanel) and view.plan.move_learner(x, y)
            click(qtbot, d.place_button)
        elif isinstance(d, CheckpointForm):
            for option in token.split("+"):
                click(qtbot, next(b for b in d.options if b.option_id == option))
            click(qtbot, d.answer_button)
        else:
            assert isinstance(d, ChoiceList)
            click(qtbot, next(b for b in d.buttons if b.choice_id == token))
        if view.feedback_shown and not view.encounter.finished:
            click(qtbot, view.decision.continue_button)
    assert view.feedback_shown and isinstance(view.decision, FeedbackPanel)
    assert view.decision.continue_button.text() == "Till genomgången"
    with qtbot.waitSignal(view.finished, timeout=1000):
        click(qtbot, view.decision.continue_button)
    assert view.encounter.node_id == plan["ending"]
    assert len(view.encounter.actions) == len(plan["actions"])

