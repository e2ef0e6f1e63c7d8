"""Scores computed by hand for the minimal scenario (see docs/engine.md, "Scoring")."""

from __future__ import annotations

from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.encounter.scoring import debrief


def play(scenario, *tokens, **kw):
    enc = Encounter(scenario, **kw)
    for t in tokens:
        enc.act(t)
    return debrief(enc)


def test_expert_path(minimal):
    d = play(minimal, "calm", "@0.5:0.5", "no")
    p = d["principles"]
    # Step 0 offers calm {own_calm 2, empathy 1} and stop {say_do -2}; the timeout does not count
    # because the learner answered in time.
    assert p["own_calm"] == {"score": 100, "adherence": 1, "violations": 0, "steps": [0],
                             "earned": 2.0, "possible": 2.0}
    assert p["say_do"]["score"] == 100 and p["say_do"]["earned"] == 2      # avoided: 0 - (-2)
    assert "time_space" not in p
    # Step 1, a good placement: distance 2 of (2..-2), exits 2 of (2..-3), safety 1 of (1..-1).
    assert p["distance"]["earned"] == 4 and p["exits"]["earned"] == 5 and p["safety"]["earned"] == 2
    # overall: (2+1+2+4+5+2) / (2+1+2+4+5+2) = 16/16
    assert d["overall"] == 100
    assert d["knowledge"] == {**d["knowledge"], "score": 100, "correct": 1, "total": 1}
    assert d["ending"]["class"] == "resolved"
    assert d["timeline"][0]["expert"] is None          # the expert choice was taken
    assert d["timeline"][0]["source"]["lines"] == "1549–1633"


def test_mistakes_path(minimal):
    d = play(minimal, "stop", "@1.0:2.6", "yes")
    p = d["principles"]
    assert p["say_do"] == {**p["say_do"], "score": 0, "violations": 1}
    assert p["own_calm"]["score"] == 0 and p["empathy"]["score"] == 0
    assert d["timeline"][0]["expert"]["id"] == "calm"
    assert d["knowledge"]["correct"] == 0 and d["knowledge"]["score"] == 0
    assert {t["principle"] for t in d["takeaways"]} <= set(p)
    assert d["takeaways"][0]["kind"] == "change"


def test_curve_has_a_point_per_step(minimal):
    d = play(minimal, "calm", "@0.5:0.5", "no")
    assert [pt["step"] for pt in d["curve"]] == [0, 1, 2, 3]
    assert d["curve"][0]["arousal"] == {"pat": 50.0}
    assert d["curve"][1]["decision"] == "hello"


def test_a_timeout_counts_the_timeout_among_the_options(minimal):
    d = play(minimal, "!timeout", "@0.5:0.5", "no")
    # froze {time_space 1} vs calm {own_calm 2, empathy 1} vs stop {say_do -2}
    assert d["principles"]["time_space"]["score"] == 100
    assert d["principles"]["own_calm"]["score"] == 0
    assert d["timeline"][0]["timed_out"] and d["timeline"][0]["expert"]["id"] == "calm"


def test_a_missed_chance_alone_is_not_a_take_away_to_practise(build):
    def edit(d):
        hello = d["nodes"][0]
        hello["choices"].append({"id": "neutral", "text": {"sv": "Hm.", "en": "Hm."},
                                 "feedback": {"sv": "Neutralt.", "en": "Neutral."}, "to": "place"})
    d = play(build(edit), "neutral", "@0.5:0.5", "no")
    # own_calm: calm +2, neutral 0, stop 0: the neutral option earns 0 of 2, with no violation
    assert d["principles"]["own_calm"]["score"] == 0 and d["principles"]["own_calm"]["violations"] == 0
    assert not any(t["kind"] == "change" and t["principle"] == "own_calm" for t in d["takeaways"])


def test_the_debrief_carries_phase_bounds_and_what_a_step_back_undid(minimal):
    from lagaffektiv.encounter.engine import Encounter
    from lagaffektiv.encounter.scoring import debrief

    enc = Encounter(minimal)
    enc.act("stop")
    enc.step_back()
    for t in ("calm", "@0.5:0.5", "no"):
        enc.act(t)
    d = debrief(enc)
    assert d["phase_bounds"] == {"trigger": 20, "escalation": 40, "pre_crisis": 70, "crisis": 85}
    assert d["step_backs"] == [{"at_step": 0, "node": "hello", "undone": "stop",
                                "undone_text": {"sv": "Sluta skrika!", "en": "Stop shouting!"}}]
