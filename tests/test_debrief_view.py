"""The debrief view and its export (pytest-qt, offscreen), on debriefs the engine really computed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPlainTextEdit  # noqa: E402

from lagaffektiv import report  # noqa: E402
from lagaffektiv.app import theme  # noqa: E402
from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.app.debrief import DebriefView  # noqa: E402
from lagaffektiv.app.debrief.charts import ArousalCurve, ScoreBar, curve_image  # noqa: E402
from lagaffektiv.app.debrief.style import PRINT_COLOURS, screen_colours  # noqa: E402
from lagaffektiv.app.debrief.charts import ScoreChart  # noqa: E402
from lagaffektiv.app.debrief.results import SECTION_IDS  # noqa: E402
from lagaffektiv.app.debrief.words import DEBRIEF, ui  # noqa: E402
from lagaffektiv.scenario.load import load_scenario  # noqa: E402
from lagaffektiv.session import PracticeSession  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TRICKY_TITLE = 'Test <b>x</b> & "y"'
SECRET = "Mina händer skakade 4711"



def play(scenario, actions: list[str], *, back_first: bool = False) -> dict:
    session = PracticeSession.start(scenario, None)
    for i, token in enumerate(actions):
        if back_first and i == 0:
            session.act("calm")
            session.step_back()
        session.act(token)
    return session.debrief


@pytest.fixture
def tricky(build) -> dict:
    """minimal.yaml with markup in its title, played through a step back, a timeout, a placement and a
    wrong answer."""
    def edit(data):
        data["title"] = {"sv": TRICKY_TITLE, "en": TRICKY_TITLE}
    return play(build(edit), ["!timeout", "@0.5:2.5", "yes"], back_first=True)


@pytest.fixture
def view(qtbot, qapp):
    install_fonts(qapp)
    widget = DebriefView()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


def texts(widget) -> list[str]:
    """Every word a sighted learner can see: labels, buttons, check boxes, the text box."""
    out = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    out += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    out += [e.toPlainText() + e.placeholderText() for e in widget.findChildren(QPlainTextEdit)]
    return out


def pdf_text(path: Path) -> str | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    out = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def colour_names(image) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


@pytest.fixture
def high_contrast(qapp):
    theme.apply(qapp, high_contrast=True, text_scale=1.0)
    try:
        yield theme.current()
    finally:
        theme.apply(qapp, high_contrast=False, text_scale=1.0)


def not_blank(image) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return len(colours) > 4


# -- stage 1 --------------------------------------------------------------------------------------

def test_stage_one_shows_no_score_anywhere(view, classic, qtbot):
    view.show_debrief(classic, "sv")
    settle(qtbot)
    assert view.stage == 1
    shown = texts(view)
    overall = str(classic["overall"])
    for text in shown:
        assert not re.search(rf"(?<!\d){overall}(?!\d)", text), text
        assert "%" not in text, text
    for pid, s in classic["principles"].items():
        assert all(str(s["score"]) not in re.findall(r"\d+", t) for t in shown if s["score"] is not None)
    assert not view.findChildren(ScoreChart) and not view.findChildren(ScoreBar)
    assert not view.findChildren(ArousalCurve)
    assert view.sections == []
    # but it asks, and says where the words stay
    assert ui("sv", "feeling_heading") in shown and ui("sv", "feeling_private") in shown
    assert view.show_button.isVisible() and not view.pdf_button.isVisible()


def test_stage_one_asks_for_a_rating_of_every_principle_at_stake(view, classic, qtbot):
    view.show_debrief(classic, "en")
    settle(qtbot)
    assert set(view.rating_groups) == set(classic["principles"])
    for pid, group in view.rating_groups.items():
        assert [b.property("rating") for b in group.buttons()] == list(report.RATINGS)
        name = report.principle_name(pid, "en")
        assert all(b.accessibleName().startswith(name + ":") for b in group.buttons())
    got = []
    view.self_ratings_changed.connect(got.append)
    plus = view.rating_groups["own_calm"].buttons()[0]
    plus.setFocus()
    qtbot.keyClick(plus, Qt.Key.Key_Space)  # keyboard: Space chooses
    assert plus.isChecked() and plus.text().startswith("✓")  # a tick, not only a colour
    qtbot.mouseClick(view.rating_groups["exits"].buttons()[1], Qt.MouseButton.LeftButton)
    assert got[-1] == {"own_calm": "plus", "exits": "delta"}
    assert view.self_ratings == {"own_calm": "plus", "exits": "delta"}


def test_the_reaction_is_emitted_and_kept(view, classic, qtbot):
    view.show_debrief(classic, "sv")
    got = []
    view.reaction_changed.connect(got.append)
    edit = view.reaction_edit
    assert edit.tabChangesFocus()  # Tab leaves the box, so the keyboard can go on
    edit.setFocus()
    qtbot.keyClicks(edit, "Lite skakig")
    assert got == []  # not one signal (and one database write) per key …
    assert view._reaction_timer.isActive()
    view._reaction_timer.timeout.emit()  # … but once, when the typing pauses
    assert got == ["Lite skakig"]
    edit.setPlainText("Lite skakig, men okej")
    view.show_results()  # leaving stage 1 sends the last words at once
    assert got[-1] == "Lite skakig, men okej" and view.reaction == "Lite skakig, men okej"


def test_previous_reaction_and_ratings_are_shown_again(view, classic):
    view.show_debrief(classic, "sv", reaction="Trött", self_ratings={"listen": "unsure", "bogus": "x"})
    assert view.reaction_edit.toPlainText() == "Trött"
    assert view.self_ratings == {"listen": "unsure"}
    checked = view.rating_groups["listen"].checkedButton()
    assert checked is not None and checked.property("rating") == "unsure"


# -- stage 2 --------------------------------------------------------------------------------------

def test_after_show_the_sections_appear_in_order(view, classic, qtbot):
    view.show_debrief(classic, "sv", self_ratings={"own_calm": "plus"})
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert view.stage == 2
    assert [s.property("section") for s in view.sections] == list(SECTION_IDS)
    tops = [s.mapTo(view.body, s.rect().topLeft()).y() for s in view.sections]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    headings = ["ending_heading", "description_heading", "analysis_heading", "summary_heading"]
    assert [s.accessibleName() for s in view.sections] == [ui("sv", h) for h in headings]
    ending, description, analysis, summary = view.sections
    shown = texts(ending)
    assert classic["ending"]["title"]["sv"] in shown and classic["ending"]["debrief"]["sv"] in shown
    assert ui("sv", "class_alarm_violence") in shown
    # description: the curve before the timeline; every decision numbered
    assert description.findChildren(ArousalCurve)
    decisions = [e for e in classic["timeline"] if e["kind"] != "passage"]
    assert len(view.timeline_entries) == len(decisions)
    assert [e.accessibleName().split(" · ")[0] for e in view.timeline_entries] == \
        [ui("sv", "decision_n", n=n) for n in range(1, len(decisions) + 1)]
    # analysis: the overall number, every principle's bar with its number and the learner's rating
    chart = analysis.findChildren(ScoreChart)[0]
    assert [pid for pid, _, _ in chart.rows] == list(classic["principles"])
    for pid, bar, own in chart.rows:
        assert bar.text == str(classic["principles"][pid]["score"])
    assert str(classic["overall"]) in texts(analysis)
    # summary: the take-aways, then the wellbeing close last
    shown = texts(summary)
    for t in classic["takeaways"]:
        assert t["text"]["sv"] in shown
    assert shown[-1] == classic["wellbeing"]["sv"]


def test_timeline_shows_choice_expert_principles_and_source(view, classic, qtbot):
    view.show_debrief(classic, "en")
    view.show_results()
    first = view.timeline_entries[0].accessibleDescription()
    entry = next(e for e in classic["timeline"] if e["kind"] == "choice")
    assert entry["chosen"]["text"]["en"] in first and entry["feedback"]["en"] in first
    assert entry["expert"]["text"]["en"] in first and entry["expert"]["feedback"]["en"] in first
    assert "− " + report.principle_name("own_calm", "en") in first
    assert entry["source"]["title"]["en"] in first and entry["source"]["lines"] in first
    placement = view.timeline_entries[1].accessibleDescription()
    pos = next(e for e in classic["timeline"] if e["kind"] == "positioning")
    for line in pos["feedback"]:
        assert line["en"] in placement


def test_timeouts_step_backs_and_checkpoints_are_marked(view, tricky, qtbot):
    view.show_debrief(tricky, "en")
    view.show_results()
    settle(qtbot)
    first, _, quiz = (e.accessibleDescription() for e in view.timeline_entries)
    assert ui("en", "timed_out") in first
    assert ui("en", "step_back") in first
    assert "May you tell?" in quiz and ui("en", "wrong") in quiz
    analysis = texts(view.sections[2])
    assert ui("en", "knowledge_heading") in analysis
    assert ui("en", "knowledge_score", correct=0, total=1) in analysis
    assert any("Confidentiality." in t for t in analysis)


def test_disagreements_are_marked_with_an_icon_and_words(view, classic, expert, qtbot):
    low = min(classic["principles"], key=lambda p: classic["principles"][p]["score"])
    score = classic["principles"][low]["score"]
    assert score < report.PRACTISE_BELOW
    others = [p for p in classic["principles"] if p != low]
    view.show_debrief(classic, "en", self_ratings={low: "plus", others[0]: "unsure"})
    view.show_results()
    chart = view.findChildren(ScoreChart)[0]
    marks = [label.text() for label in chart.findChildren(QLabel) if label.objectName() == "differsMark"]
    assert marks == [ui("en", "differs")] and marks[0].startswith("⇄")  # an icon and words, not colour alone
    notes = [w for w in view.findChildren(type(view.sections[0])) if w.objectName() == "differsNote"]
    assert len(notes) == 1 and report.principle_name(low, "en") in notes[0].accessibleName()
    assert f"({score} of 100)" in notes[0].accessibleDescription()
    steps = report.steps_for(classic, low)
    assert f"decision{'s' if len(steps) > 1 else ''} {steps[0]}" in notes[0].accessibleDescription()
    high = next(p for p, s in expert["principles"].items() if s["score"] >= report.KEEP_FROM)
    view.show_debrief(expert, "en", self_ratings={high: "delta"})
    view.show_results()
    notes = [w for w in view.findChildren(type(view.sections[0])) if w.objectName() == "differsNote"]
    assert len(notes) == 1 and ui("en", "ask_delta_high") in notes[0].accessibleDescription()


def test_charts_render(view, classic, qtbot):
    view.show_debrief(classic, "sv", self_ratings={"own_calm": "plus"})
    view.show_results()
    settle(qtbot)
    curve = view.findChildren(ArousalCurve)[0]
    chart = view.findChildren(ScoreChart)[0]
    for widget in (curve, chart):
        assert widget.width() > 300 and widget.height() > 100
        image = widget.grab().toImage()
        assert not image.isNull() and not_blank(image)
    # on screen the curve is drawn in the theme's phase colours, and each character's line in its own colour
    image = curve.grab().toImage()
    seen = colour_names(image)
    colours = screen_colours()
    assert colours.bands["crisis"].name() in seen and colours.bands["calm"].name() in seen
    for line_colour in colours.lines[:len(classic["characters"])]:
        assert line_colour.name() in seen
    assert "Daniel Berg" in curve.accessibleDescription()
    assert all(label.text() for _, _, label in chart.rows)
    assert chart.accessibleDescription().count("\n") == len(classic["principles"]) - 1


def test_back_and_play_again(view, classic, qtbot):
    view.show_debrief(classic, "sv")
    view.show_results()
    with qtbot.waitSignal(view.play_again) as blocker:
        qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [classic["scenario"]["id"]]
    with qtbot.waitSignal(view.back_to_library):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)


def test_language_switch_rerenders(view, classic, qtbot):
    view.show_debrief(classic, "sv", reaction="Skakig")
    view.set_language("en")
    assert view.stage == 1 and view.reaction_edit.toPlainText() == "Skakig"
    assert ui("en", "feeling_heading") in texts(view)
    view.rating_groups["voice"].buttons()[1].click()
    view.show_results()
    view.set_language("sv")
    settle(qtbot)
    assert view.stage == 2 and view.lang == "sv"
    assert view.sections[0].accessibleName() == ui("sv", "ending_heading")
    shown = texts(view)
    assert classic["ending"]["title"]["sv"] in shown and classic["ending"]["title"]["en"] not in shown
    assert classic["scenario"]["title"]["sv"] in shown
    assert view.self_ratings == {"voice": "delta"} and view.reaction == "Skakig"
    view.set_language("en")
    assert classic["ending"]["title"]["en"] in texts(view)
    assert view.pdf_button.text() == ui("en", "save_pdf")


def test_an_unfinished_debrief_still_renders(view, long_wait, qtbot):
    session = PracticeSession.start(long_wait, None)
    session.act(">")
    from lagaffektiv.encounter.scoring import debrief
    data = debrief(session.encounter)
    view.show_debrief(data, "en")
    view.show_results()
    assert ui("en", "not_finished") in texts(view.sections[0])


def test_large_text_stays_readable(view, classic, qtbot, qapp):
    big = QFont(view.font())
    big.setPointSizeF(view.font().pointSizeF() * 2)
    view.setFont(big)
    view.show_debrief(classic, "sv")
    view.show_results()
    settle(qtbot)
    assert view.width() == 1366  # nothing forces the window wider than the screen
    assert view.scroll.horizontalScrollBar().maximum() == 0
    assert view.body.width() <= view.scroll.viewport().width()
    assert view.scroll.verticalScrollBar().maximum() > 0  # it scrolls rather than squeezes
    for widget in view.bar.findChildren(QAbstractButton):
        if widget.isVisibleTo(view):
            assert widget.geometry().right() <= view.bar.width()


def test_keyboard_reaches_every_part(view, classic, qtbot):
    view.show_debrief(classic, "en")
    view.show_results()
    settle(qtbot)
    focusable = [view.curve, *view.timeline_entries, view.findChildren(ScoreChart)[0], *view.sections]
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable)
    assert all(w.accessibleName() for w in focusable)
    view.timeline_entries[-1].setFocus()
    settle(qtbot)
    bar = view.scroll.verticalScrollBar()
    assert bar.value() > 0  # the focused entry was scrolled into view


# -- export ---------------------------------------------------------------------------------------

def test_pdf_export(view, classic, tmp_path, qtbot):
    view.show_debrief(classic, "sv")
    view.show_results()
    path = view.export_pdf(tmp_path / "genomgang.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    title = classic["scenario"]["title"]["sv"]
    assert title in view.last_pdf_document.toPlainText()
    text = pdf_text(path)
    if text is not None:
        flat = " ".join(text.split())
        assert title in flat
        assert report.WORDS["sv"]["wellbeing"] in flat


def test_html_export_escapes_the_scenario_title(view, tricky, tmp_path, qtbot):
    view.show_debrief(tricky, "sv")
    view.show_results()
    assert TRICKY_TITLE in texts(view)  # on screen as plain text
    html = view.export_html(tmp_path / "genomgang.html").read_text(encoding="utf-8")
    assert "<b>x</b>" not in html
    assert "Test &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;" in html
    pdf = view.export_pdf(tmp_path / "genomgang.pdf")
    assert TRICKY_TITLE in view.last_pdf_document.toPlainText()
    text = pdf_text(pdf)
    if text is not None:
        assert TRICKY_TITLE in " ".join(text.split())


def test_reflections_are_exported_only_when_ticked(view, classic, tmp_path, qtbot):
    view.show_debrief(classic, "sv", reaction=SECRET, self_ratings={"own_calm": "plus"})
    view.show_results()
    assert not view.include_box.isChecked()  # off by default: exports may be shared
    html = view.export_html(tmp_path / "a.html").read_text(encoding="utf-8")
    pdf = view.export_pdf(tmp_path / "a.pdf")
    assert SECRET not in html and SECRET not in view.last_pdf_document.toPlainText()
    assert report.WORDS["sv"]["own_rating"] not in html
    if (text := pdf_text(pdf)) is not None:
        assert "4711" not in text
    view.include_box.setFocus()
    qtbot.keyClick(view.include_box, Qt.Key.Key_Space)
    assert view.include_box.isChecked()
    html = view.export_html(tmp_path / "b.html").read_text(encoding="utf-8")
    pdf = view.export_pdf(tmp_path / "b.pdf")
    assert SECRET in html and report.WORDS["sv"]["own_rating"] in html
    assert SECRET in view.last_pdf_document.toPlainText()
    if (text := pdf_text(pdf)) is not None:
        assert SECRET in " ".join(text.split())
    # a new debrief starts with the box off again
    view.show_debrief(classic, "sv", reaction=SECRET)
    assert not view.include_box.isChecked()


def test_export_writes_the_shown_language(view, classic, tmp_path):
    view.show_debrief(classic, "en")
    view.show_results()
    html = view.export_html(tmp_path / "d.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and classic["scenario"]["title"]["en"] in html


# -- the theme ------------------------------------------------------------------------------------

def test_no_colour_is_named_outside_the_theme_and_the_print_colours():
    """Every on-screen colour comes from app/theme.py; only PRINT_COLOURS (the PDF) names its own."""
    folder = REPO / "src" / "lagaffektiv" / "app" / "debrief"
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "style.py":
            text = re.sub(r"\nPRINT_COLOURS = ChartColours\(.*?\n\n", "\n", text, flags=re.S)
            assert "PRINT_COLOURS" in text and "def style()" in text
        assert not re.search(r"#[0-9a-fA-F]{6}\b", text), path.name


def test_a_theme_change_is_picked_up_when_the_view_is_shown_again(view, classic, qtbot, qapp):
    view.show_debrief(classic, "sv")
    view.show_results()
    settle(qtbot)
    standard = theme.current()
    assert standard.window in view.styleSheet() and theme.HIGH_CONTRAST.accent_text not in view.styleSheet()
    theme.apply(qapp, high_contrast=True, text_scale=1.0)
    try:
        view.show_debrief(classic, "sv")
        view.show_results()
        settle(qtbot)
        sheet = view.styleSheet()
        assert f"#debriefView {{ background: {theme.HIGH_CONTRAST.window}; }}" in sheet
        assert standard.window not in sheet and standard.text not in sheet and standard.accent not in sheet
        # the charts read the theme when they paint
        seen = colour_names(view.curve.grab().toImage())
        hc = screen_colours()
        assert hc.surface.name() == "#000000" and hc.surface.name() in seen and "#ffffff" in seen
        assert all(c.lightness() < 90 for c in hc.bands.values()), "the phase bands stay dark behind white words"
        for line_colour in hc.lines[:len(classic["characters"])]:
            assert line_colour.name() in seen and line_colour.lightness() >= 128
        bar = view.findChildren(ScoreBar)[0]
        assert QColor(bar.grab().toImage().pixel(2, 2)).lightness() < 60
    finally:
        theme.apply(qapp, high_contrast=False, text_scale=1.0)
    view.set_language("en")   # and back: the language switch rebuilds the style sheet too
    assert f"#debriefView {{ background: {standard.window}; }}" in view.styleSheet()


def test_the_export_stays_in_print_colours_in_high_contrast(view, classic, tmp_path, qtbot, high_contrast):
    view.show_debrief(classic, "sv")
    view.show_results()
    image = curve_image(classic, "sv", width=800)
    seen = colour_names(image)
    assert QColor(image.pixel(1, 1)).name() == "#ffffff"
    assert report.BAND_COLOURS["crisis"] in seen and report.BAND_COLOURS["calm"] in seen
    for line_colour, _, _ in report.LINE_STYLES[:len(classic["characters"])]:
        assert line_colour in seen
    assert high_contrast.accent_text not in seen and PRINT_COLOURS.surface.name() in seen
    html = view.export_html(tmp_path / "hc.html").read_text(encoding="utf-8")
    assert "#000000" not in html.lower() and high_contrast.accent_text not in html.lower()
    data = view.export_pdf(tmp_path / "hc.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert high_contrast.accent_text not in view.last_pdf_document.toHtml().lower()
