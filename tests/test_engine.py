"""The running encounter: arousal model, conditions, timers, interrupts, saving, stepping back."""

from __future__ import annotations

import json

import pytest

from lagaffektiv.encounter import arousal as model
from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.encounter.tuning import DEFAULTS, merged
from lagaffektiv.errors import EncounterError, StateError
from lagaffektiv.scenario.conditions import Facts, holds


def node(data, node_id):
    return next(n for n in data["nodes"] if n["id"] == node_id)


# -- phases and the modulators ------------------------------------------------------------------

@pytest.mark.parametrize("value,phase", [(0, "calm"), (19.9, "calm"), (20, "trigger"), (39.9, "trigger"),
                                         (40, "escalation"), (70, "pre_crisis"), (84.9, "pre_crisis"),
                                         (85, "crisis"), (100, "crisis")])
def test_phase_thresholds(value, phase):
    assert model.phase_of(value, DEFAULTS) == phase


def test_recovery_is_shown_after_a_crisis_until_below_crisis():
    assert model.shown_phase(60, True, DEFAULTS) == "recovery"
    assert model.shown_phase(90, True, DEFAULTS) == "crisis"
    assert model.shown_phase(60, False, DEFAULTS) == "escalation"


def test_scenario_settings_override_single_numbers():
    t = merged({"phases": {"crisis": 90}, "positioning": {"distance": {"trigger": 2.0}}})
    assert t["phases"]["crisis"] == 90 and t["phases"]["trigger"] == 20
    assert t["positioning"]["distance"] == {**DEFAULTS["positioning"]["distance"], "trigger": 2.0}
    assert DEFAULTS["phases"]["crisis"] == 85  # the defaults are not mutated


def test_authored_number_applies_and_decays(build):
    def edit(d):
        c = node(d, "hello")["choices"][0]
        c["arousal"] = {"pat": -10}
        c["minutes"] = 2
    enc = Encounter(build(edit))
    enc.choose("calm")
    # 50 at escalation: -10 x verbal effect 0.8 = -8 -> 42; two minutes of decay at 2/min -> 38
    assert enc.arousal["pat"] == 38.0
    assert enc.minutes == 2


def test_per_phase_map_picks_the_current_phase(build):
    def edit(d):
        c = node(d, "hello")["choices"][1]
        c["arousal"] = {"pat": {"escalation": 12, "default": -50}}
        c["minutes"] = 0
    enc = Encounter(build(edit))
    enc.choose("stop")
    assert enc.arousal["pat"] == 62.0


def test_derived_arousal_from_principle_weights(build):
    def edit(d):
        node(d, "hello")["choices"][1]["minutes"] = 0
    enc = Encounter(build(edit))
    enc.choose("stop")          # say_do -2: violation 8 per unit of weight -> +16, raises are not damped
    assert enc.arousal["pat"] == 66.0


def test_calming_words_are_damped_in_crisis_but_safety_actions_are_not(build):
    def edit(d, principles):
        d["characters"][0]["arousal"] = 90
        c = node(d, "hello")["choices"][0]
        c.update(arousal={"pat": -10}, minutes=0, principles=principles)
    verbal = Encounter(build(lambda d: edit(d, {"empathy": 1})))
    verbal.choose("calm")
    assert verbal.arousal["pat"] == 88.0            # -10 x 0.2 in crisis
    safety = Encounter(build(lambda d: edit(d, {"safety": 2})))
    safety.choose("calm")
    assert safety.arousal["pat"] == 80.0            # full effect


def test_instrumental_aggression_resists_soothing_but_not_firm_choices(build):
    def edit(d, principles):
        d["characters"][0]["aggression"] = "instrumental"
        d["characters"][0]["arousal"] = 30
        node(d, "hello")["choices"][0].update(arousal={"pat": -10}, minutes=0, principles=principles)
    soothing = Encounter(build(lambda d: edit(d, {"empathy": 2})))
    soothing.choose("calm")
    assert soothing.arousal["pat"] == 26.0          # -10 x 0.4
    firm = Encounter(build(lambda d: edit(d, {"choices": 2})))
    firm.choose("calm")
    assert firm.arousal["pat"] == 20.0


def test_recovery_after_crisis_makes_provocation_hit_harder(build):
    def edit(d):
        d["characters"][0]["arousal"] = 80
        hello = node(d, "hello")
        hello["choices"][1].update(arousal={"pat": 10}, minutes=0, to="again")
        hello["choices"][0]["to"] = "again"
        again = {"id": "again", "narration": {"sv": "Igen", "en": "Again"}, "choices": [
            {"id": "calm2", "text": {"sv": "a", "en": "a"}, "expert": True, "arousal": {"pat": -30},
             "principles": {"time_space": 1}, "minutes": 0, "feedback": {"sv": "a", "en": "a"}, "to": "again2"}]}
        again2 = {"id": "again2", "narration": {"sv": "Igen", "en": "Again"}, "choices": [
            {"id": "poke", "text": {"sv": "b", "en": "b"}, "expert": True, "arousal": {"pat": 10},
             "minutes": 0, "feedback": {"sv": "b", "en": "b"}, "to": "place"}]}
        d["nodes"][1:1] = [again, again2]
    enc = Encounter(build(edit))
    enc.choose("stop")                      # 80 + 10 = 90: crisis
    assert enc.recovering["pat"] and enc.phases()["pat"] == "crisis"
    enc.choose("calm2")                     # safety/space action, not damped: 60
    assert enc.arousal["pat"] == 60.0 and enc.phases()["pat"] == "recovery"
    enc.choose("poke")                      # +10 x 1.5 while recovering
    assert enc.arousal["pat"] == 75.0


def test_decay_never_goes_below_baseline():
    assert model.decay(30, 10, 100, DEFAULTS) == 10
    assert model.decay(5, 10, 3, DEFAULTS) == 5


def test_contagion_only_upward_and_only_among_those_present():
    levels = {"a": 80.0, "b": 20.0, "c": 10.0}
    out = model.contagion(levels, ["a", "b"], DEFAULTS)
    assert out["b"] == pytest.approx(20 + 0.15 * 60)
    assert out["a"] == 80.0 and out["c"] == 10.0


def test_contagion_in_an_encounter(build):
    def edit(d):
        d["characters"].append({"id": "friend", "name": {"sv": "Vän", "en": "Friend"}, "role": "companion",
                                "arousal": 80, "baseline": 80})
        node(d, "hello")["choices"][0].update(arousal={"pat": 0}, minutes=0)
    enc = Encounter(build(edit))
    enc.choose("calm")
    assert enc.arousal["pat"] == 54.5   # 50 + 0.15 x (80 - 50)


# -- conditions --------------------------------------------------------------------------------

FACTS = Facts(variables={"asked": True, "waited": 3, "x": False}, arousal={"pat": 72.0},
              phases={"pat": "pre_crisis"}, visited=frozenset({"hello"}), chosen=frozenset({"calm"}), minutes=4.0)


@pytest.mark.parametrize("cond,expected", [
    ({"flag": "asked"}, True), ({"flag": "x"}, False), ({"flag": "unset"}, False),
    ({"not_flag": "x"}, True), ({"not_flag": "asked"}, False),
    ({"var": {"waited": {"at_least": 3}}}, True), ({"var": {"waited": {"below": 3}}}, False),
    ({"var": {"waited": {"equals": 3}}}, True), ({"var": {"asked": {"equals": True}}}, True),
    ({"arousal": {"pat": {"at_least": 70}}}, True), ({"arousal": {"pat": {"below": 70}}}, False),
    ({"phase": {"pat": ["pre_crisis", "crisis"]}}, True), ({"phase": {"pat": ["calm"]}}, False),
    ({"visited": "hello"}, True), ({"visited": "place"}, False),
    ({"chosen": "calm"}, True), ({"chosen": "stop"}, False),
    ({"minutes": {"at_least": 4}}, True), ({"minutes": {"below": 4}}, False),
    ({"all": [{"flag": "asked"}, {"chosen": "calm"}]}, True), ({"all": [{"flag": "asked"}, {"flag": "x"}]}, False),
    ({"any": [{"flag": "x"}, {"chosen": "calm"}]}, True), ({"any": [{"flag": "x"}, {"chosen": "stop"}]}, False),
    ({"not": {"flag": "x"}}, True), ({"flag": "asked", "not_flag": "asked"}, False),
    (None, True),
])
def test_condition_keys(cond, expected):
    assert holds(cond, FACTS) is expected


def test_conditioned_choices_and_branches(build):
    def edit(d):
        hello = node(d, "hello")
        hello["choices"][1]["if"] = {"flag": "asked"}
        hello["choices"][0]["to"] = [{"if": {"arousal": {"pat": {"at_least": 45}}}, "to": "bad_end"},
                                     {"to": "place"}]
    enc = Encounter(build(edit))
    assert [c.id for c in enc.available_choices()] == ["calm"]
    with pytest.raises(EncounterError, match="not a choice here"):
        enc.choose("stop")
    enc.choose("calm")
    # own_calm 2 and empathy 1 derive -8 -8 = -16, x 0.8 at escalation = -12.8 -> 37.2, half a
    # minute of decay -> 36.2: below 45, so the fallback branch
    assert enc.arousal["pat"] == 36.2 and enc.node_id == "place"


# -- timers ------------------------------------------------------------------------------------

def test_timer_seconds_follow_the_factor(minimal):
    assert Encounter(minimal).timer_seconds() == 10
    assert Encounter(minimal, timer_factor=2.0).timer_seconds() == 20
    assert Encounter(minimal, timer_factor=None).timer_seconds() is None


def test_timeout_takes_the_timeout_branch_and_is_scored(minimal):
    enc = Encounter(minimal)
    enc.timeout()
    assert enc.node_id == "place"
    step = enc.steps[-1]
    assert step.timed_out and step.choice == "froze" and enc.actions == ["!timeout"]
    assert step.stakes["time_space"] == (1, 0)


def test_no_timeout_when_timers_are_off(minimal):
    enc = Encounter(minimal, timer_factor=None)
    with pytest.raises(EncounterError, match="no running timer"):
        enc.act("!timeout")
    enc.choose("calm")
    assert "time_space" not in enc.steps[-1].stakes   # the timeout was not an option


# -- positioning -------------------------------------------------------------------------------

def test_standing_in_the_doorway_blocks_the_exit(minimal):
    enc = Encounter(minimal)
    enc.choose("stop")
    result = enc.place(3.8, 1.5)      # between the patient (2, 1.5) and the only door (4, 1.5)
    assert result.flags["pos_blocks_exit"] and not result.flags["pos_ok"]
    assert result.principles["exits"] == -3
    assert enc.node_id == "bad_end"


def test_a_good_place_is_scored_well(minimal):
    enc = Encounter(minimal)
    enc.choose("calm")
    result = enc.place(0.5, 0.5)
    assert result.flags["pos_ok"]
    assert result.principles == {"distance": 2, "exits": 2, "safety": 1}
    assert enc.variables["pos_ok"] is True and enc.node_id == "quiz"


def test_placing_inside_furniture_or_outside_is_refused(minimal):
    enc = Encounter(minimal)
    enc.choose("calm")
    with pytest.raises(EncounterError, match="outside the room"):
        enc.place(5, 1)


# -- interrupts --------------------------------------------------------------------------------

def test_interrupt_fires_once_and_never_rewrites_an_ending(build):
    def edit(d):
        d["interrupts"] = [{"if": {"arousal": {"pat": {"at_least": 60}}}, "to": "crisis"}]
        d["nodes"].append({"id": "crisis", "narration": {"sv": "Kris", "en": "Crisis"},
                           "next": [{"if": {"visited": "place"}, "to": "bad_end"}, {"to": "place"}]})
    enc = Encounter(build(edit))
    enc.choose("stop")                    # 66 >= 60: the interrupt takes over
    assert enc.node_id == "crisis" and enc.steps[-1].interrupted_to == "crisis"
    enc.proceed()
    assert enc.node_id == "place"         # once: it does not fire again
    enc2 = Encounter(build(lambda d: edit(d) or node(d, "hello")["choices"][1].update(to="bad_end")))
    enc2.choose("stop")
    assert enc2.node_id == "bad_end"


# -- saving, resuming, stepping back ---------------------------------------------------------------

def test_state_round_trips_through_json(minimal):
    enc = Encounter(minimal)
    enc.act("calm")
    enc.act("@0.5:0.5")
    data = json.loads(json.dumps(enc.to_dict()))
    again = Encounter.from_dict(minimal, data)
    assert again.to_dict() == enc.to_dict()
    assert again.node_id == "quiz" and again.arousal == enc.arousal
    again.act("no")
    assert again.finished


def test_same_actions_give_the_same_result(minimal):
    from lagaffektiv.encounter.scoring import debrief

    runs = []
    for _ in range(2):
        enc = Encounter(minimal)
        for token in ("stop", "@1.0:2.6", "yes"):
            enc.act(token)
        runs.append(json.dumps(debrief(enc), sort_keys=True))
    assert runs[0] == runs[1]


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d.update(state_version=99), "state version"),
    (lambda d: d.update(scenario="other"), "belongs to scenario"),
    (lambda d: d.update(actions=["nonsense"]), "cannot be replayed"),
    (lambda d: d["snapshot"].update(node="hello"), "has changed"),
    (lambda d: d.pop("mode"), "cannot be replayed"),
])
def test_bad_saved_states_are_refused_clearly(minimal, mutate, message):
    enc = Encounter(minimal)
    enc.act("calm")
    data = enc.to_dict()
    mutate(data)
    with pytest.raises(StateError, match=message):
        Encounter.from_dict(minimal, data)


def test_step_back_in_practice_mode_is_exact_and_remembered(minimal):
    enc = Encounter(minimal)
    enc.act("stop")
    enc.step_back()
    assert enc.node_id == "hello" and enc.arousal == {"pat": 50.0} and enc.actions == []
    assert enc.step_backs == [{"at_step": 0, "node": "hello", "undone": "stop"}]
    enc.act("calm")
    restored = Encounter.from_dict(minimal, json.loads(json.dumps(enc.to_dict())))
    assert restored.step_backs == enc.step_backs


def test_no_step_back_in_assessment_mode(minimal):
    enc = Encounter(minimal, mode="assessment")
    enc.act("calm")
    with pytest.raises(EncounterError, match="practice mode"):
        enc.step_back()


def test_actions_after_the_end_are_refused(minimal):
    enc = Encounter(minimal)
    for token in ("calm", "@0.5:0.5", "no"):
        enc.act(token)
    assert enc.finished
    with pytest.raises(EncounterError, match="ended"):
        enc.act("calm")


@pytest.mark.parametrize("token", ["@x:y", "@1", "42", "+", ""])
def test_malformed_tokens_raise_our_error(minimal, token):
    enc = Encounter(minimal)
    enc.act("calm")
    with pytest.raises(EncounterError):
        enc.act(token)


# -- regressions from the documentation review ---------------------------------------------------

def test_a_position_is_judged_as_saved_so_resume_replays_it(minimal):
    enc = Encounter(minimal)
    enc.act("calm")
    enc.place(0.504, 0.5)
    assert enc.actions[-1] == "@0.50:0.50"
    again = Encounter.from_dict(minimal, json.loads(json.dumps(enc.to_dict())))
    assert again.snapshot() == enc.snapshot() and not again.scenario_changed


def test_resume_on_an_edited_file_that_replays_the_same_is_flagged(minimal, build):
    enc = Encounter(minimal)
    enc.act("calm")
    edited = build(lambda d: d["summary"].update(en="Edited."))
    assert Encounter.from_dict(edited, enc.to_dict()).scenario_changed


def test_the_learner_cannot_stand_on_a_character(minimal):
    enc = Encounter(minimal)
    enc.act("calm")
    assert not enc.can_stand(2.1, 1.5) and enc.can_stand(0.5, 0.5)
    with pytest.raises(EncounterError, match="where Pat stands"):
        enc.place(2.1, 1.5)


def test_moving_to_another_room_leaves_everyone_behind_unless_placed(build):
    def edit(d):
        d["rooms"].append({"id": "hall", "name": {"sv": "Hall", "en": "Hall"}, "kind": "corridor",
                           "width": 6, "height": 2, "doors": [{"id": "out", "at": [6, 1], "exit_for": ["everyone"]}]})
        d["characters"].append({"id": "friend", "name": {"sv": "Vän", "en": "Friend"}, "role": "companion",
                                "arousal": 90, "baseline": 90})
        hello = node(d, "hello")
        hello["scene"] = {"room": "room", "characters": {"pat": {"at": [2, 1.5], "facing": 180}}}
        hello["choices"][0]["to"] = "alone"
        node(d, "place")["scene"]["room"] = "room"
        d["nodes"].insert(1, {"id": "alone", "scene": {"room": "hall"}, "narration": {"sv": "Ensam", "en": "Alone"},
                              "next": "place"})
    enc = Encounter(build(edit))
    assert enc.present() == ["pat"]
    enc.choose("calm")
    assert enc.room_id == "hall" and enc.present() == []
    enc.proceed()
    assert enc.present() == ["pat"]


def test_per_phase_maps_are_taken_as_written(build):
    def edit(d):
        d["characters"][0]["arousal"] = 90
        node(d, "hello")["choices"][0].update(arousal={"pat": {"crisis": -10, "default": 0}}, minutes=0)
    enc = Encounter(build(edit))
    enc.choose("calm")
    assert enc.arousal["pat"] == 80.0     # not damped by the crisis verbal factor 0.2


def test_equals_does_not_confuse_flags_and_counts():
    facts = Facts(variables={"flag": True, "count": 1}, arousal={}, phases={}, visited=frozenset(),
                  chosen=frozenset(), minutes=0)
    assert not holds({"var": {"flag": {"equals": 1}}}, facts)
    assert not holds({"var": {"count": {"equals": True}}}, facts)
    assert holds({"var": {"count": {"equals": 1}, "flag": {"equals": True}}}, facts)


def test_add_on_a_flag_starts_from_zero(build):
    def edit(d):
        node(d, "hello")["choices"][0]["add"] = {"asked": 2}
        d["variables"]["asked"] = True
    enc = Encounter(build(edit))
    enc.choose("calm")
    assert enc.variables["asked"] == 2


def test_a_passage_can_let_time_pass(build):
    def edit(d):
        node(d, "hello")["choices"][0].update(to="later", arousal={"pat": 0}, minutes=0)
        d["nodes"].insert(1, {"id": "later", "narration": {"sv": "Senare", "en": "Later"}, "minutes": 10,
                              "next": "place"})
    enc = Encounter(build(edit))
    enc.choose("calm")
    enc.proceed()
    assert enc.minutes == 10 and enc.arousal["pat"] == 30.0   # 50 - 10 min x 2/min


def test_a_patient_in_the_dental_chair_can_still_leave(build):
    def edit(d):
        d["rooms"][0]["obstacles"] = [{"id": "chair", "rect": [1.2, 1.1, 1.6, 0.8]}]
        node(d, "place")["scene"]["characters"]["pat"] = {"at": [2, 1.5], "facing": 180, "seated_on": "chair"}
    enc = Encounter(build(edit))
    enc.choose("stop")
    assert not enc.place(0.5, 0.5).flags["pos_blocks_exit"]
    enc2 = Encounter(build(edit))
    enc2.choose("stop")
    assert enc2.place(3.6, 1.5).flags["pos_blocks_exit"]     # between the chair and the door


def test_a_narrated_event_counts_towards_the_peak(build):
    enc = Encounter(build(lambda d: node(d, "quiz").update(arousal={"pat": 50})))
    for t in ("calm", "@0.5:0.5"):
        enc.act(t)
    assert enc.arousal["pat"] > 80 and enc.peak["pat"] == enc.arousal["pat"]


def test_an_empty_scene_says_everyone_has_left(build):
    def edit(d):
        hello = node(d, "hello")
        hello["choices"][0]["to"] = "gone"
        d["nodes"].insert(1, {"id": "gone", "scene": {"characters": {}}, "narration": {"sv": "Tomt", "en": "Empty"},
                              "next": "place"})
    enc = Encounter(build(edit))
    enc.choose("calm")
    assert enc.present() == []


def test_a_character_who_does_not_act_out_is_not_kept_at_a_distance(build):
    enc = Encounter(build(lambda d: d["characters"][0].update(aggression="none")))
    enc.choose("stop")
    result = enc.place(2.6, 1.5)          # 0.6 m in front of a very upset patient
    assert result.checks == [] and "distance" not in result.principles


def test_staff_on_the_plan_do_not_catch_the_rooms_agitation(build):
    def edit(d):
        d["characters"].append({"id": "dentist", "name": {"sv": "Amira", "en": "Amira"}, "role": "staff",
                                "arousal": 5, "baseline": 5, "aggression": "none"})
        node(d, "hello")["choices"][1]["minutes"] = 0
    enc = Encounter(build(edit))
    enc.choose("stop")
    assert enc.arousal["dentist"] == 5.0 and enc.arousal["pat"] == 66.0
