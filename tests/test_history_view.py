"""The history and progress view (pytest-qt, offscreen), on a real history of really played exercises."""

from __future__ import annotations

import json

import pytest
import yaml

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from lagaffektiv.app import theme  # noqa: E402
from lagaffektiv.app.history_view import HistoryView  # noqa: E402
from lagaffektiv.app.history_words import OVERALL, ending_words, local_time, w  # noqa: E402
from lagaffektiv.history import History  # noqa: E402
from lagaffektiv.principles import PRINCIPLES  # noqa: E402
from lagaffektiv.scenario.load import load_scenario  # noqa: E402
from lagaffektiv.session import PracticeSession  # noqa: E402

from conftest import SCENARIOS  # noqa: E402

LONG_WAIT = "ed_waiting_room_long_wait"


def plan(scenario_id: str, name: str) -> list[str]:
    paths = yaml.safe_load((SCENARIOS / "tests" / f"{scenario_id}.yaml").read_text(encoding="utf-8"))["paths"]
    return [str(a) for a in next(p for p in paths if p["name"] == name)["actions"]]


def play(history: History, scenario, actions: list[str], mode: str = "practice") -> PracticeSession:
    session = PracticeSession.start(scenario, history, mode=mode)
    for token in actions:
        session.act(token)
    assert session.encounter.finished and session.saving, session.save_error
    return session


@pytest.fixture
def history(tmp_path):
    with History.open(tmp_path / "history.db") as h:
        yield h


@pytest.fixture
def played(history, minimal):
    """Four finished exercises and one left unfinished: the long wait twice (the classic mistakes, then
    the expert path), the minimal scenario twice (right and wrong answer)."""
    long_wait = load_scenario(SCENARIOS / f"{LONG_WAIT}.yaml")
    sessions = [play(history, long_wait, plan(LONG_WAIT, "classic mistakes")),
                play(history, minimal, ["calm", "@0.5:0.5", "no"]),
                play(history, long_wait, plan(LONG_WAIT, "expert")),
                play(history, minimal, ["stop", "@0.5:0.5", "yes"], mode="assessment")]
    PracticeSession.start(minimal, history).act("calm")   # not finished
    return sessions


@pytest.fixture
def view(qtbot):
    widget = HistoryView("sv")
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def rows(view: HistoryView) -> list[list[str]]:
    out = []
    for i in range(view.list.topLevelItemCount()):
        item = view.list.topLevelItem(i)
        out.append([item.text(c) for c in range(view.list.columnCount())])
    return out


def test_lists_the_finished_exercises_newest_first_with_their_scores(view, history, played):
    view.show_history(history, "sv")
    shown = rows(view)
    assert len(shown) == 4, "the unfinished exercise is not listed"
    debriefs = [s.debrief for s in reversed(played)]
    for (when, title, ending, overall, knowledge), d in zip(shown, debriefs):
        assert title.startswith(d["scenario"]["title"]["sv"])
        assert ending == ending_words(d["ending"]["class"], "sv")
        assert overall == str(d["overall"])
        assert knowledge == ("–" if d["knowledge"]["score"] is None else str(d["knowledge"]["score"]))
        assert len(when) == len("2025-01-31 12:00") and when[4] == "-"
    assert shown[0][1].endswith("(bedömning)"), "an assessment says so"
    assert {r[2] for r in shown} >= {"Löstes", "Larm eller våld"}
    assert not view.empty_state.isVisible() and view.content.isVisible()
    assert view.unfinished_note.isVisible() and "1" in view.unfinished_note.text()
    assert view.list_heading.text() == "Avslutade övningar (4)"


def test_the_list_is_in_english_after_a_language_switch(view, history, played):
    view.show_history(history, "sv")
    view.set_language("en")
    shown = rows(view)
    assert shown[-1][1] == played[0].debrief["scenario"]["title"]["en"]
    assert shown[-1][2] == "Alarm or violence"
    assert view.list.headerItem().text(2) == "How it ended"
    assert view.picker.itemText(0) == "Overall result"


def test_local_time_is_shown_for_a_stored_utc_time():
    from datetime import datetime, timezone

    stamp = datetime(2025, 3, 14, 12, 0, tzinfo=timezone.utc)
    assert local_time(stamp.isoformat()) == stamp.astimezone().strftime("%Y-%m-%d %H:%M")


def test_enter_and_double_click_open_the_debrief(view, history, played, qtbot):
    view.show_history(history, "sv")
    newest = history.finished()[-1]["id"]
    view.list.setFocus()
    assert view.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == newest
    with qtbot.waitSignal(view.open_debrief) as opened:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [newest]
    assert history.debrief(opened.args[0])["overall"] == played[-1].debrief["overall"]
    oldest = view.list.topLevelItem(3)
    rect = view.list.visualItemRect(oldest)
    opened_ids = []
    view.open_debrief.connect(opened_ids.append)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_ids == [], "a single click only selects"
    # a double click is a press, then the double click
    qtbot.mousePress(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_ids == [history.finished()[0]["id"]], "once"
    with qtbot.waitSignal(view.open_debrief) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [history.finished()[0]["id"]]


def test_the_progress_chart_draws_each_series_named_in_words(view, history, played):
    view.show_history(history, "sv")
    progress = history.progress()
    names = [view.picker.itemText(i) for i in range(view.picker.count())]
    assert names[0] == "Sammanlagt resultat" and view.picker.itemData(0) == OVERALL
    assert set(names[1:]) == {PRINCIPLES[pid].name["sv"] for pid in progress}
    overall = [s.debrief["overall"] for s in played]
    assert view.chart.points == [(row["finished_at"], row["overall"]) for row in history.finished()]
    assert view.chart.accessibleName() == "Sammanlagt resultat: resultat i varje övning (0–100)"
    assert f"senast {overall[-1]}" in view.summary.text() and f"bäst {max(overall)}" in view.summary.text()

    image = view.chart.grab().toImage()
    surface = QColor(theme.current().surface)
    ink = QColor(theme.current().learner)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 10, "the chart is blank"
    assert ink.rgb() in colours and surface.rgb() in colours

    assert view.select_series("own_calm")
    assert view.chart.points == progress["own_calm"]
    assert view.summary.text().startswith("Eget lugn:")
    assert "Eget lugn" in view.chart.accessibleName()
    assert not view.select_series("no_such_principle")


def test_a_long_history_shows_the_latest_exercises_with_dates_that_do_not_collide(qtbot):
    from lagaffektiv.app.history_chart import ProgressChart
    from lagaffektiv.app.history_words import MAX_POINTS, summary_text

    points = [(f"2025-{1 + i // 28:02d}-{1 + i % 28:02d}T10:00:00+00:00", (i * 37) % 101)
              for i in range(MAX_POINTS + 5)]
    text = summary_text("Eget lugn", points, "sv")
    assert f"{MAX_POINTS + 5} övningar" in text and f"de senaste {MAX_POINTS} av {MAX_POINTS + 5}" in text
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.set_series("Eget lugn: resultat i varje övning (0–100)", points, text)
    assert chart.points == points[-MAX_POINTS:]
    for width in (260, 520, 1200):   # narrow to wide: drawn without error, never blank
        chart.resize(width, 300)
        image = chart.grab().toImage()
        assert len({image.pixelColor(x, y).rgb() for x in range(0, width, 4) for y in range(0, 300, 4)}) > 5


def test_the_chart_keeps_the_chosen_principle_when_the_language_changes(view, history, played):
    view.show_history(history, "sv")
    view.select_series("own_calm")
    view.set_language("en")
    assert view.picker.currentData() == "own_calm" and view.summary.text().startswith("Own calm:")


def test_export_writes_json_that_round_trips_and_holds_every_encounter(view, history, played, tmp_path):
    view.show_history(history, "sv")
    out = view.export_to(tmp_path / "mina data.json")
    raw = out.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert data == json.loads(json.dumps(history.export() | {"exported_at": data["exported_at"]}))
    assert data["format"] == "lagaffektiv-history"
    ids = {e["id"] for e in data["encounters"]}
    assert {row["id"] for row in history.finished()} < ids, "finished and unfinished encounters"
    assert len(ids) == 5
    assert "Lång väntan i akutens väntrum".encode("utf-8") in raw, "UTF-8, not \\u-escaped"
    assert raw.startswith(b'{\n  "format"'), "indented by 2"
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"


def test_delete_confirmed_empties_the_history_and_shows_the_empty_state(view, history, played, qtbot):
    view.show_history(history, "sv")
    with qtbot.waitSignal(view.data_deleted):
        view.delete_confirmed()
    assert history.finished() == [] and history.unfinished() == [] and history.export()["encounters"] == []
    assert view.empty_state.isVisible() and not view.content.isVisible()
    assert view.empty_title.text() == "Inga avslutade övningar än"
    assert not view.unfinished_note.isVisible()
    assert view.status.isVisible() and view.status.text() == "Din historik är raderad."


def test_an_empty_history_shows_the_empty_state(view, history):
    view.show_history(history, "en")
    assert view.empty_state.isVisible() and not view.content.isVisible() and not view.message.isVisible()
    assert view.empty_title.text() == "No finished exercises yet"
    assert view.export_button.isVisible() and view.delete_button.isVisible()


def test_no_history_says_it_could_not_be_opened(view):
    view.show_history(None, "sv")
    assert view.message.isVisible() and view.message.text() == w("sv", "unavailable")
    assert "kunde inte öppnas" in view.message.text()
    assert not view.empty_state.isVisible() and not view.content.isVisible()
    assert not view.export_button.isVisible() and not view.delete_button.isVisible()
    view.set_language("en")
    assert view.message.text().startswith("Your history could not be opened")


def test_privacy_is_stated_and_every_label_is_plain_text(view, history, played):
    view.show_history(history, "sv")
    assert "på den här datorn" in view.private_note.text() and "konto" in view.private_note.text()
    view.set_language("en")
    assert "no account" in view.private_note.text() and "network" in view.private_note.text()
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_keyboard_reaches_every_control_with_a_name(view, history, played, qtbot):
    view.show_history(history, "en")
    assert view.export_button.text() == "Export my data…" and view.delete_button.text() == "Delete my data…"
    assert view.list.accessibleName() and view.picker.accessibleName() == "Show" and view.chart.accessibleName()
    view.export_button.setFocus()
    seen = []
    for _ in range(8):
        seen.append(view.focusWidget())
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    for widget in (view.export_button, view.delete_button, view.list, view.open_button, view.picker, view.chart):
        assert widget in seen, widget.objectName()


def test_readable_with_double_text_on_a_small_laptop(history, played, qtbot, qapp):
    theme.apply(qapp, high_contrast=True, text_scale=2.0)
    try:
        view = HistoryView("sv")
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        view.show_history(history, "sv")
        qapp.processEvents()
        assert view.columns.direction().name == "TopToBottom", "the list and the chart stack with large text"
        assert view.minimumSizeHint().width() <= 1366
        image = view.chart.grab().toImage()
        assert image.pixelColor(2, image.height() // 2) != QColor("#ffffff"), "the chart follows the theme"
    finally:
        theme.apply(qapp, high_contrast=False, text_scale=1.0)
