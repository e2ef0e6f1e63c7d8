"""The debrief as HTML (lagaffektiv.report): Qt-free, well-formed, escaped, complete, in both languages."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lagaffektiv import report
from lagaffektiv.scenario.load import load_scenario
from lagaffektiv.session import PracticeSession

REPO = Path(__file__).resolve().parents[1]
HOSTILE = '<script>alert("x")</script> & <b>fet</b> \'q\''
VOID = {"meta", "br", "img", "hr", "input", "link"}



def play(scenario, actions: list[str], *, back_first: bool = False) -> dict:
    session = PracticeSession.start(scenario, None)
    for i, token in enumerate(actions):
        session.act(token)
        if back_first and i == 0:
            session.step_back()
            session.act(token)
    return session.debrief


@pytest.fixture
def hostile(build) -> dict:
    """The minimal scenario with markup in every text a scenario can write, played through a timeout,
    a placement and a wrong answer."""
    def edit(data):
        def both(_=None):
            return {"sv": HOSTILE, "en": HOSTILE}
        data["title"] = both()
        data["characters"][0]["name"] = both()
        hello = data["nodes"][0]
        hello["narration"] = both()
        hello["timer"]["timeout"]["feedback"] = both()
        for choice in hello["choices"]:
            choice["text"] = both()
            choice["feedback"] = both()
        quiz = data["nodes"][2]["checkpoint"]
        quiz["question"] = both()
        quiz["explanation"] = both()
        for option in quiz["options"]:
            option["text"] = both()
        for end in data["nodes"][3:]:
            end["ending"]["title"] = both()
            end["ending"]["debrief"] = both()
    return play(build(edit), ["!timeout", "@0.5:2.5", "yes"])


class Checker(HTMLParser):
    """Every opened element is closed, in order (void elements and <x/> excepted)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert not checker.errors, checker.errors[:5]
    assert not checker.stack, f"left open: {checker.stack}"
    return checker


def test_report_is_qt_free():
    code = "import sys, lagaffektiv.report; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_well_formed_in_both_languages(classic, expert, lang):
    for data in (classic, expert):
        html = report.debrief_html(data, lang, reaction="Jag var skakad.", self_ratings={"own_calm": "plus"})
        assert html.startswith("<!DOCTYPE html>")
        assert f'<html lang="{lang}">' in html
        check(html)


def test_every_scenario_text_is_escaped(hostile):
    reaction = "<img src=x onerror=alert(1)> & mer"
    html = report.debrief_html(hostile, "sv", reaction=reaction, self_ratings={"own_calm": "plus"})
    check(html)
    assert "<script>" not in html and "<b>fet</b>" not in html and "<img src=x" not in html
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt; &#x27;q&#x27;"
    # title, narration, the chosen (timeout) feedback, the expert text and feedback, the character's
    # name, the question, answers, explanation, the ending's title and text
    assert html.count(escaped) >= 10
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; mer" in html
    svg = report.curve_svg(hostile, "en")
    assert "<script>" not in svg and escaped in svg


def test_every_timeline_entry_is_in_the_report(expert, classic):
    for data in (expert, classic):
        for lang in ("sv", "en"):
            html = report.debrief_html(data, lang)
            text = "".join(check(html).text)
            numbers = report.decision_numbers(data)
            for entry in data["timeline"]:
                if entry["index"] in numbers:
                    assert report.WORDS[lang]["decision_n"].format(n=numbers[entry["index"]]) in text
                if entry["kind"] == "choice":
                    assert report.localized(entry["chosen"]["text"], lang) in text
                    if entry["expert"]:
                        assert report.localized(entry["expert"]["text"], lang) in text
                    if entry["source"]:
                        assert entry["source"]["lines"] in text
                elif entry["kind"] == "positioning":
                    for line in entry["feedback"]:
                        assert report.localized(line, lang) in text
                elif entry["kind"] == "checkpoint":
                    assert report.localized(entry["question"], lang) in text
                elif entry.get("narration"):
                    assert report.localized(entry["narration"], lang) in text


def test_sections_in_the_debrief_order(classic):
    for lang in ("sv", "en"):
        w = report.WORDS[lang]
        text = "".join(check(report.debrief_html(classic, lang)).text)
        order = [w["ending"], w["description"], w["curve"], w["timeline"], w["analysis"], w["overall"],
                 w["teaching"], w["summary"], w["takeaways"], w["wellbeing"]]
        positions = [text.index(h) for h in order]
        assert positions == sorted(positions)
        assert text.rstrip().endswith(w["footer"])
        assert report.localized(classic["wellbeing"], lang) in text
        for t in classic["takeaways"]:
            assert report.localized(t["text"], lang) in text


def test_both_languages_are_complete_and_used(classic):
    assert set(report.WORDS["sv"]) == set(report.WORDS["en"])
    assert all(report.WORDS[lang][k].strip() for lang in report.LANGS for k in report.WORDS[lang])
    sv, en = report.debrief_html(classic, "sv"), report.debrief_html(classic, "en")
    assert classic["scenario"]["title"]["sv"] in sv and classic["scenario"]["title"]["en"] in en
    assert "Hur det slutade" in sv and "How it ended" in en
    assert "How it ended" not in sv and "Hur det slutade" not in en
    assert report.phase_label("crisis", "sv") in sv and report.phase_label("crisis", "en") in en


def test_the_learners_reflections_only_when_passed(classic):
    secret = "Jag skakade i händerna 4711"
    without = report.debrief_html(classic, "sv")
    assert secret not in without and report.WORDS["sv"]["reactions"] not in without
    assert report.WORDS["sv"]["own_rating"] not in without
    low = min(classic["principles"], key=lambda p: classic["principles"][p]["score"])
    with_them = report.debrief_html(classic, "sv", reaction=secret, self_ratings={low: "plus"})
    assert secret in with_them and report.WORDS["sv"]["own_rating"] in with_them
    # the lowest result was rated "went well": the disagreement is written out, in words
    assert f"{report.principle_name(low, 'sv')}:</b> ⇄ Du tyckte att det gick bra" in with_them


def test_scores_table_and_curve(classic):
    html = report.debrief_html(classic, "en")
    assert f"{classic['overall']} of 100" in html
    for pid, s in classic["principles"].items():
        assert f"<b>{s['score']}</b>" in html
        assert report.principle_name(pid, "en") in html
    assert html.count("<svg") == 1 and html.count("<polyline") == len(classic["characters"])
    with_image = report.debrief_html(classic, "en", curve_image="curve.png")
    assert "<svg" not in with_image and '<img src="curve.png"' in with_image
    # the curve numbers every decision as the timeline does, and says in words how each person went
    for _, n in report.decision_marks(classic):
        assert f'font-size="11">{n}</text>' in html
    for _, name, points in report.curve_series(classic):
        values = [v for _, v in points]
        assert (f"{name['en']}: {values[0]:.0f} at the start, highest {max(values):.0f}, "
                f"{values[-1]:.0f} at the end.") in html


def test_unfinished_and_empty_debriefs():
    data = {"scenario": {"id": "x", "revision": 1, "title": {"sv": "X", "en": "X"}}, "mode": "practice",
            "finished": False, "ending": None, "overall": None, "principles": {}, "knowledge": {"items": []},
            "curve": [], "characters": {}, "timeline": [], "step_backs": [], "minutes": 0.0, "takeaways": [],
            "wellbeing": {"sv": "Hur mår du?", "en": "How are you?"}}
    html = report.debrief_html(data, "en")
    check(html)
    assert report.WORDS["en"]["not_finished"] in html


def test_helpers():
    assert report.disagreement("plus", 69) == "plus_low"
    assert report.disagreement("plus", 70) is None
    assert report.disagreement("delta", 80) == "delta_high"
    assert report.disagreement("delta", 79) is None
    assert report.disagreement("unsure", 0) is None and report.disagreement("plus", None) is None
    assert report.number(2.5, "sv") == "2,5" and report.number(2.0, "en") == "2"
    bands = report.phase_bands({})
    assert [b[0] for b in bands] == ["calm", "trigger", "escalation", "pre_crisis", "crisis"]
    assert bands[0][1] == 0 and bands[-1][2] == 100


def test_decision_numbers_skip_passages(classic):
    numbers = report.decision_numbers(classic)
    kinds = {e["index"]: e["kind"] for e in classic["timeline"]}
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    assert all(kinds[i] != "passage" for i in numbers)
    assert all(step == index + 1 for (step, _), index in zip(report.decision_marks(classic), numbers))
