"""The team debrief data and the printable workshop summary: the path with the votes beside the
expert choice, in reactions → analysis → summary order, and no personal data at all."""

from __future__ import annotations

import json
import re
from html import escape

import pytest

from conftest import plan_actions
from lagaffektiv import paths
from lagaffektiv.principles import PRINCIPLES
from lagaffektiv.report import localized
from lagaffektiv.workshop import (DEFAULT_DEBRIEF_QUESTIONS, Workshop, WorkshopConfig, WorkshopStore, summary_html,
                                  team_debrief)
from test_workshop_core import play

MARKER = "Zq7MarkerPerson"


def workshop(scenario) -> Workshop:
    """The classic-mistakes path, with a tie-break, an override and a hot seat on the way."""
    ws = Workshop.new(scenario, WorkshopConfig(scenario.id, hot_seat=frozenset({"daniel_vents"})))
    for token in plan_actions("classic mistakes"):
        if ws.node.id == "at_counter":
            ws.set_vote("hurry_calm_down", 4)
            ws.set_vote("approach_calmly", 4)
            ws.decide("hurry_calm_down")               # tie_break
        elif ws.node.id == "next_step":
            ws.set_vote("retriage_now", 7)
            ws.set_vote("ultimatum_guard", 2)
            ws.decide("ultimatum_guard")               # override
        elif ws.hot_seat_here:
            ws.decide(token)                           # hot_seat
        else:
            play(ws, token, votes=5)
    assert ws.finished
    return ws


@pytest.fixture(scope="module")
def classic_ws(long_wait) -> Workshop:
    return workshop(long_wait)


def test_team_debrief_has_the_path_the_votes_and_how_each_was_decided(classic_ws, long_wait):
    d = team_debrief(classic_ws)
    assert json.loads(json.dumps(d)) == d   # JSON-safe as it is
    assert d["ending"]["node"] == "end_violence" and d["finished"]
    assert d["path"] == classic_ws.encounter.visited
    hows = [(x["node"], x["how"]) for x in d["decisions"]]
    assert hows == [("at_counter", "tie_break"), ("counter_position", "placement"), ("daniel_vents", "hot_seat"),
                    ("next_step", "override"), ("daniel_crisis", "majority")]
    first = d["decisions"][0]
    assert first["number"] == 1 and first["counts"] == {"approach_calmly": 4, "hurry_calm_down": 4, "many_waiting": 0}
    assert first["total"] == 8 and first["chosen"] == "hurry_calm_down" and first["expert"] == "approach_calmly"
    assert not first["matches_expert"]
    shares = {o["id"]: (o["votes"], o["share"], o["chosen"], o["expert"]) for o in first["options"]}
    assert shares["approach_calmly"] == (4, 0.5, False, True) and shares["hurry_calm_down"] == (4, 0.5, True, False)
    assert d["decisions"][2]["hot_seat"] and d["hot_seat_steps"] == ["daniel_vents"]
    assert d["decisions"][1]["position"]["learner"] == [5.0, 1.9]
    assert d["votes_total"] == 8 + 0 + 0 + 9 + 5
    # per-principle results are the scoring's own
    assert set(d["principles"]) <= set(PRINCIPLES) and d["principles"]["no_ultimatum"]["violations"] >= 1
    assert d["curve"] == classic_ws.encounter.curve


def test_questions_come_in_debrief_order_scenario_first_then_the_defaults(classic_ws, long_wait):
    d = team_debrief(classic_ws)
    assert [part for part, _ in d["questions"]] == ["reactions", "analysis", "summary"]
    own = long_wait.facilitator
    for part, texts in d["questions"]:
        mine = list(getattr(own, part)) if own else []
        assert texts[: len(mine)] == mine
        assert all(t in texts for t in DEFAULT_DEBRIEF_QUESTIONS[part])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_summary_html_shows_votes_path_and_expert_in_debrief_order(classic_ws, lang):
    d = team_debrief(classic_ws)
    html = summary_html(d, lang)
    assert html.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in html and "<svg" in html
    assert not re.search(r"<(script|link|iframe)|src=\"(https?:|file:)", html)   # self-contained
    pictured = summary_html(d, lang, curve_image="curve.png", curve_width=500)   # for a PDF: no SVG
    assert '<img src="curve.png" width="500"' in pictured and "<svg" not in pictured
    heads = re.findall(r"<h2>(.*?)</h2>", html)
    order = {"sv": ["Reaktioner", "Hur det slutade", "Vad som hände", "Analys", "Sammanfattning"],
             "en": ["Reactions", "How it ended", "What happened", "Analysis", "Summary"]}[lang]
    assert heads == order
    for x in d["decisions"]:
        assert f"{'Beslut' if lang == 'sv' else 'Decision'} {x['number']}" in html
        for o in x["options"]:
            assert f'<td class="num"><b>{o["votes"]}</b></td>' in html
    words = {"sv": ["Lika röster – samtalsledaren avgjorde", "Heta stolen", "Samtalsledaren valde ett annat",
                    "50 %", "← valdes", "★ expertens val", "8 röster", "9 röster"],
             "en": ["Tied vote – the facilitator decided", "Hot seat", "The facilitator chose another",
                    "50 %", "← taken", "★ the expert's choice", "8 votes", "9 votes"]}[lang]
    for w in words:
        assert escape(w) in html, w
    chosen = classic_ws.scenario.nodes["at_counter"].choices
    assert escape(localized(next(c.text for c in chosen if c.id == "hurry_calm_down"), lang)) in html
    for part, texts in d["questions"]:
        for t in texts:
            assert escape(localized(t, lang)) in html
    # reactions questions before the curve; summary questions after the take-aways
    first_reaction = localized(d["questions"][0][1][0], lang)
    assert html.index(escape(first_reaction)) < html.index("<svg")
    last_summary = localized(d["questions"][2][1][-1], lang)
    assert html.index(escape(last_summary)) > html.index(f"<h2>{heads[-1]}</h2>")


def test_no_personal_data_anywhere(tmp_path, monkeypatch, long_wait):
    # Everything a computer could leak: user, host, home and the data folder carry a marker.
    for var in ("USER", "USERNAME", "LOGNAME", "HOSTNAME", "COMPUTERNAME"):
        monkeypatch.setenv(var, MARKER)
    monkeypatch.setenv("HOME", str(tmp_path / MARKER))
    data = tmp_path / MARKER / "data"
    monkeypatch.setenv(paths.DATA_ENV, str(data))
    store = WorkshopStore(paths.workshops_dir(paths.data_dir()))
    ws = workshop(long_wait)
    store.save(ws)
    back = store.load(ws.workshop_id, {long_wait.id: long_wait})
    saved = store.path(ws.workshop_id).read_text(encoding="utf-8")
    debrief = team_debrief(back)
    outputs = [saved, json.dumps(debrief, ensure_ascii=False), summary_html(debrief, "sv"),
               summary_html(debrief, "en")]
    for text in outputs:
        assert MARKER not in text
        assert str(tmp_path) not in text and long_wait.folder not in text and long_wait.file not in text
    # No field could hold a name or typed text: only counts, ids and the scenario's own texts.
    keys: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            keys.update(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(debrief)
    walk(json.loads(saved))
    suspicious = {k for k in keys if re.search(r"name|user|host|participant|facilitator|person|comment|note|"
                                               r"reaction_text|free|file|folder|dir", k, re.I)}
    assert suspicious == {"name"}   # the scenario's fictional characters and the principles' names only
    names = {json.dumps(c["name"]) for c in debrief["characters"].values()}
    assert names == {json.dumps(c.name) for c in long_wait.characters.values()}


def test_the_cli_writes_the_summary_of_a_saved_workshop(tmp_path, long_wait, capsys):
    from lagaffektiv.cli.main import main

    store = WorkshopStore(tmp_path)
    ws = workshop(long_wait)
    store.save(ws)
    saved = str(store.path(ws.workshop_id))
    assert main(["--scenarios", long_wait.folder, "workshop-summary", saved, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out == summary_html(team_debrief(ws), "en")
    assert main(["--scenarios", long_wait.folder, "workshop-summary", saved]) == 0   # the workshop's language
    assert '<html lang="sv">' in capsys.readouterr().out
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert main(["workshop-summary", str(tmp_path / "broken.json")]) == 1
    err = capsys.readouterr().err
    assert "not a readable saved workshop" in err and "Traceback" not in err
    assert main(["--scenarios", str(tmp_path), "workshop-summary", saved,
                 "--packs-dir", str(tmp_path / "no-packs")]) == 1
    assert "is neither in" in capsys.readouterr().err


def test_the_cli_summary_finds_a_scenario_from_an_imported_pack(tmp_path, capsys):
    """A workshop on an educator's pack scenario can be re-exported like a bundled one."""
    from lagaffektiv.cli.main import main
    from lagaffektiv.packs import import_pack
    from lagaffektiv.packs.library import library_folders, load_libraries
    from test_packs import make_zip, minimal_text

    packs = tmp_path / "packs"
    report = import_pack(make_zip(tmp_path / "p.zip", {"pack/pack_minimal.yaml": minimal_text()}), packs,
                         bundled=tmp_path / "bundled-none")
    assert report.accepted, report.lines()
    (scenario,), _ = load_libraries(library_folders(None, packs))
    ws = Workshop.new(scenario, WorkshopConfig(scenario.id))
    ws.set_vote("calm", 3)
    ws.decide()
    store = WorkshopStore(tmp_path / "workshops")
    store.save(ws)
    empty = tmp_path / "bundled-none"
    empty.mkdir()
    assert main(["--scenarios", str(empty), "workshop-summary", str(store.path(ws.workshop_id)),
                 "--packs-dir", str(packs)]) == 0
    assert "3" in capsys.readouterr().out
