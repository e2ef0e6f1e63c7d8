"""Workshop mode's core: votes, ties, overrides, hot seat, placement, checkpoints, undo and replay,
played on the bundled example scenario along paths from its test plan."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import plan_actions
from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.encounter.scoring import principle_scores
from lagaffektiv.workshop import (DEFAULT_DEBRIEF_QUESTIONS, DEFAULT_OBSERVE, HOT_SEAT_SECONDS, Tally, Workshop,
                                  WorkshopConfig, WorkshopError, hot_seat_seconds, team_debrief)

EXPERT = plan_actions("expert")


def new(scenario, **config) -> Workshop:
    return Workshop.new(scenario, WorkshopConfig(scenario.id, **config))


def play(ws: Workshop, token: str, votes: int = 6):
    """Take one step of a plan the way a room would: a passage continues, a placement is agreed,
    and a choice or an answer gets ``votes`` hands so that it wins."""
    if ws.kind == "passage":
        assert token == ">"
        ws.proceed()
        return None
    if ws.kind == "positioning":
        x, y = token.lstrip("@").split(":")
        return ws.place(float(x), float(y))
    for option in token.split("+"):
        ws.set_vote(option, votes)
    if ws.kind == "checkpoint":
        return ws.decide_checkpoint()
    return ws.decide()


def play_all(ws: Workshop, tokens: list[str]) -> None:
    for token in tokens:
        play(ws, token)


# -- a whole workshop ---------------------------------------------------------------------------------

def test_a_whole_workshop_with_votes_follows_the_majority_to_the_expert_ending(long_wait):
    ws = new(long_wait)
    assert ws.kind == "passage" and not ws.pauses_here and ws.options == []
    for token in EXPERT:
        if ws.is_decision:
            assert ws.pauses_here   # the default pauses at every decision
        if ws.kind == "choice":
            # the rest of the room spreads its votes over the other options
            others = [oid for oid, _ in ws.options if oid != token]
            ws.set_vote(others[0], 2)
            ws.add_vote(others[-1], +1)
            ws.add_vote(others[-1], -1)
            ws.add_vote(others[-1], -1)   # never below zero
        play(ws, token)
    assert ws.finished and ws.kind == "ended" and ws.node.id == "end_resolved"
    alone = Encounter(long_wait)
    for token in EXPERT:
        alone.act(token)
    assert ws.encounter.actions == alone.actions
    decisions = ws.decisions
    assert [d.index for d in decisions] == list(range(len(decisions)))
    assert len(decisions) == sum(1 for a in EXPERT if a != ">")
    first = decisions[0]
    assert first.node == "at_counter" and first.how == "majority" and first.chosen == "approach_calmly"
    assert first.counts == {"approach_calmly": 6, "hurry_calm_down": 2, "many_waiting": 0}
    assert first.leaders == ("approach_calmly",) and first.total == 8 and first.expert == "approach_calmly"
    assert {d.how for d in decisions} == {"majority", "placement"}


def test_the_scoring_is_the_same_as_one_learner_playing_the_same_path(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT)
    alone = Encounter(long_wait)
    for token in EXPERT:
        alone.act(token)
    assert principle_scores(ws.encounter.steps) == principle_scores(alone.steps)
    assert ws.encounter.snapshot() == alone.snapshot()


# -- ties and overrides ------------------------------------------------------------------------------------

def test_a_tie_needs_the_facilitator(long_wait):
    ws = new(long_wait)
    play(ws, ">")
    ws.set_vote("approach_calmly", 4)
    ws.set_vote("hurry_calm_down", 4)
    ws.set_vote("many_waiting", 1)
    tally = ws.tally()
    assert tally.tie and tally.leaders == ("approach_calmly", "hurry_calm_down") and tally.total == 9
    assert tally.share("approach_calmly") == pytest.approx(4 / 9)
    with pytest.raises(WorkshopError, match="tied between approach_calmly, hurry_calm_down"):
        ws.decide()
    assert ws.node.id == "at_counter" and ws.votes["approach_calmly"] == 4   # nothing happened
    d = ws.decide("hurry_calm_down")
    assert d.how == "tie_break" and d.chosen == "hurry_calm_down" and d.expert == "approach_calmly"
    assert ws.node.id == "counter_position" and ws.votes == {}


def test_no_votes_means_the_facilitator_decides(long_wait):
    ws = new(long_wait)
    play(ws, ">")
    with pytest.raises(WorkshopError, match="no votes"):
        ws.decide()
    assert ws.tally() == Tally({"approach_calmly": 0, "hurry_calm_down": 0, "many_waiting": 0}, 0, ())
    assert ws.tally().share("approach_calmly") == 0.0
    assert ws.decide("many_waiting").how == "override"


def test_an_override_goes_against_a_clear_majority(long_wait):
    ws = new(long_wait)
    play(ws, ">")
    ws.set_vote("hurry_calm_down", 9)
    ws.set_vote("approach_calmly", 1)
    d = ws.decide("approach_calmly")
    assert d.how == "override" and d.leaders == ("hurry_calm_down",) and d.counts["hurry_calm_down"] == 9
    assert ws.encounter.actions == [">", "approach_calmly"]


def test_choosing_the_sole_leader_explicitly_is_the_majority(long_wait):
    ws = new(long_wait)
    play(ws, ">")
    ws.set_vote("many_waiting", 3)
    assert ws.decide("many_waiting").how == "majority"


@pytest.mark.parametrize("call,match", [
    (lambda ws: ws.set_vote("nonsense", 1), "'nonsense' is not an option at 'at_counter'"),
    (lambda ws: ws.set_vote("approach_calmly", -1), "at least 0"),
    (lambda ws: ws.set_vote("approach_calmly", 1.5), "whole number"),
    (lambda ws: ws.add_vote("nonsense", 1), "not an option"),
    (lambda ws: ws.decide("nonsense"), "not an option"),
    (lambda ws: ws.place(1, 1), "is a choice step, not a positioning step"),
    (lambda ws: ws.decide_checkpoint(["a"]), "not a checkpoint step"),
    (lambda ws: ws.proceed(), "not a passage step"),
])
def test_wrong_actions_are_refused_with_a_message_and_change_nothing(long_wait, call, match):
    ws = new(long_wait)
    play(ws, ">")
    before = ws.to_dict()
    with pytest.raises(WorkshopError, match=match):
        call(ws)
    assert ws.to_dict() == before


# -- the hot seat ---------------------------------------------------------------------------------------

def test_a_hot_seat_round_ignores_the_votes_and_may_time_out(long_wait):
    ws = new(long_wait, hot_seat=frozenset({"at_counter", "daniel_vents"}))
    play(ws, ">")
    assert ws.hot_seat_here and ws.node.timer_seconds == 20
    assert ws.timer_seconds == hot_seat_seconds(ws) == 20 and ws.can_timeout
    ws.set_vote("hurry_calm_down", 5)   # the observers' show of hands does not decide a hot seat
    with pytest.raises(WorkshopError, match="player's choice must be given"):
        ws.decide()
    d = ws.timeout()
    assert d.how == "timeout" and d.hot_seat and d.chosen == "!timeout" and d.counts["hurry_calm_down"] == 5
    assert ws.encounter.steps[-1].timed_out
    # a node without a timer of its own gets the default hot-seat time, and has no timeout outcome
    while ws.node.id != "daniel_vents":
        play(ws, {"counter_position": "@6.9:1.6", "blocked_entrance": "reflect_feelings"}.get(ws.node.id, ">"))
    assert ws.hot_seat_here and ws.node.timer_seconds is None
    assert ws.timer_seconds == HOT_SEAT_SECONDS and not ws.can_timeout
    with pytest.raises(WorkshopError, match="no timeout outcome"):
        ws.timeout()
    d = ws.decide("stare_back")
    assert d.how == "hot_seat" and d.hot_seat and d.expert == "reflect_feelings"


@pytest.mark.parametrize("factor,seconds", [(None, 20), (0.5, 10), (0.25, 10), (2.0, 40)])
def test_hot_seat_time_follows_the_timer_factor_but_never_goes_under_ten_seconds(long_wait, factor, seconds):
    ws = new(long_wait, hot_seat=frozenset({"at_counter"}), timer_factor=factor)
    play(ws, ">")
    assert hot_seat_seconds(ws) == seconds
    assert ws.can_timeout   # even with timers off, a hot seat is timed
    assert ws.timeout().how == "timeout"


def test_with_timers_off_a_group_vote_is_not_timed(long_wait):
    ws = new(long_wait, timer_factor=None)
    play(ws, ">")
    assert ws.timer_seconds is None and not ws.can_timeout
    ws = new(long_wait)
    play(ws, ">")
    assert ws.timer_seconds == 20 and ws.can_timeout and not ws.hot_seat_here


def test_default_observation_prompts_cover_distance_exits_eyes_voice_and_own_calm():
    assert len(DEFAULT_OBSERVE) == 5
    joined = " ".join(t["en"].lower() for t in DEFAULT_OBSERVE)
    for word in ("distance", "exits", "eye contact", "voice", "calm"):
        assert word in joined
    assert all(t["sv"].strip() and t["en"].strip() for t in DEFAULT_OBSERVE)
    assert list(DEFAULT_DEBRIEF_QUESTIONS) == ["reactions", "analysis", "summary"]


# -- positioning and checkpoints -----------------------------------------------------------------------

def test_positioning_is_one_agreed_placement(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[:2])
    assert ws.kind == "positioning" and ws.options == [] and ws.votes == {}
    preview = ws.assess(6.9, 1.6)
    assert ws.encounter.actions == [">", "approach_calmly"]   # a preview records nothing
    assert not ws.can_stand(-5, -5)
    with pytest.raises(WorkshopError, match="outside the room"):
        ws.place(-5, -5)
    d = ws.place(6.9, 1.6)
    assert d.how == "placement" and d.kind == "positioning" and d.chosen == "@6.90:1.60" and d.expert is None
    assert ws.encounter.steps[-1].position == preview.to_dict()


def test_a_hot_seat_placement_is_recorded_as_the_hot_seat_not_the_group(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[:2])
    ws = new(long_wait, hot_seat=frozenset({ws.node.id}))
    play_all(ws, EXPERT[:2])
    d = ws.place(6.9, 1.6)
    assert d.how == "hot_seat" and d.hot_seat


def test_a_single_answer_checkpoint_vote(long_wait):
    ws = new(long_wait)
    tokens = EXPERT[: EXPERT.index("ask_anita")]
    play_all(ws, tokens)
    assert ws.kind == "checkpoint" and not ws.multiple
    ws.set_vote("ask_anita", 3)
    ws.set_vote("tell_son", 3)
    with pytest.raises(WorkshopError, match="tied"):
        ws.decide_checkpoint()
    with pytest.raises(WorkshopError, match="takes one answer"):
        ws.decide_checkpoint(["ask_anita", "tell_son"])
    d = ws.decide("ask_anita")   # decide() works on a single-answer question too
    assert d.how == "tie_break" and d.kind == "checkpoint" and d.chosen == "ask_anita"
    assert ws.encounter.steps[-1].correct is True


def test_a_multiple_answer_checkpoint_takes_what_half_the_room_picked(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[: EXPERT.index("irritable+boisterous")])
    assert ws.node.id == "bvc_rating" and ws.multiple
    ws.set_voters(10)
    ws.set_vote("irritable", 9)
    ws.set_vote("boisterous", 5)        # exactly half counts
    ws.set_vote("verbal_threats", 4)    # under half does not
    d = ws.decide_checkpoint()
    assert d.how == "majority" and d.chosen == "boisterous+irritable" and d.voters == 10
    assert ws.encounter.steps[-1].correct is True


def test_a_multiple_answer_vote_where_no_answer_reaches_half_leaves_it_to_the_facilitator(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[: EXPERT.index("irritable+boisterous")])
    ws.set_voters(10)
    ws.set_vote("irritable", 3)
    ws.set_vote("boisterous", 2)
    assert ws.room_answer is None
    with pytest.raises(WorkshopError, match="the facilitator decides"):
        ws.decide_checkpoint()
    assert ws.decisions == [] or ws.decisions[-1].node != "bvc_rating"


def test_a_multiple_answer_checkpoint_without_a_head_count_and_an_override(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[: EXPERT.index("irritable+boisterous")])
    ws.set_vote("irritable", 8)
    ws.set_vote("boisterous", 4)
    ws.set_vote("confused", 3)
    with pytest.raises(WorkshopError, match="whole number"):
        ws.set_voters(-2)
    # no head count: the most-voted answer's 8 is the least the room can have been
    undone = ws.to_dict()
    d = ws.decide_checkpoint(["irritable"])
    assert d.how == "override" and d.voters is None
    ws.undo()
    assert ws.votes == {k: v for k, v in undone["votes"].items()}
    assert ws.decide_checkpoint().chosen == "boisterous+irritable"


# -- undo ---------------------------------------------------------------------------------------------------

def test_undo_goes_back_to_the_last_decision_with_its_votes(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[:8])   # ... clear_plan, then the passage after it is still ahead
    assert ws.node.id == "anita_alone" and ws.kind == "passage"
    play(ws, ">")
    decisions = len(ws.decisions)
    ws.undo()   # takes back the passage and the decision before it
    assert ws.node.id == "vitals" and len(ws.decisions) == decisions - 1 and ws.undos == 1
    assert ws.votes == {"clear_plan": 6, "numbers_dump": 0, "not_so_bad": 0}
    ws.set_vote("numbers_dump", 7)
    d = ws.decide("clear_plan")
    assert d.how == "override" and d.index == decisions - 1


def test_undo_a_placement_and_at_the_start(long_wait):
    ws = new(long_wait)
    with pytest.raises(WorkshopError, match="nothing to undo"):
        ws.undo()
    play(ws, ">")
    ws.undo()   # no decision yet: back one passage
    assert ws.node.id == "intro" and ws.encounter.actions == []
    play_all(ws, EXPERT[:3])
    ws.undo()
    assert ws.kind == "positioning" and ws.votes == {} and [d.node for d in ws.decisions] == ["at_counter"]


# -- saving and replay ----------------------------------------------------------------------------------------

def test_round_trip_mid_vote_keeps_the_counts(long_wait):
    ws = new(long_wait, pause_at=frozenset({"at_counter"}), hot_seat=frozenset({"daniel_vents"}), lang="en")
    play_all(ws, EXPERT[:3])
    ws.set_vote("reflect_feelings", 2)
    data = json.loads(json.dumps(ws.to_dict()))
    back = Workshop.from_dict(long_wait, data)
    assert back.to_dict() == ws.to_dict()
    assert back.workshop_id == ws.workshop_id and back.config == ws.config and back.decisions == ws.decisions
    assert back.votes["reflect_feelings"] == 2 and back.hot_seat_here and not back.pauses_here


def test_a_changed_scenario_is_refused_clearly(long_wait, build):
    ws = new(long_wait)
    play_all(ws, EXPERT[:4])
    data = ws.to_dict()
    data["snapshot"]["node"] = "somewhere_else"
    with pytest.raises(WorkshopError, match="scenario has changed"):
        Workshop.from_dict(long_wait, data)
    data = ws.to_dict()
    data["actions"][1] = "no_such_choice"
    with pytest.raises(WorkshopError, match="cannot be replayed"):
        Workshop.from_dict(long_wait, data)
    data = ws.to_dict()
    data["decisions"][0]["node"] = "intro"
    with pytest.raises(WorkshopError, match="decision 1 does not match"):
        Workshop.from_dict(long_wait, data)
    with pytest.raises(WorkshopError, match="belongs to scenario"):
        Workshop.from_dict(build(), ws.to_dict())
    with pytest.raises(WorkshopError, match="version"):
        Workshop.from_dict(long_wait, {**ws.to_dict(), "workshop_version": 99})
    with pytest.raises(WorkshopError, match="not a JSON object"):
        Workshop.from_dict(long_wait, [])


def test_a_saved_decision_of_the_wrong_kind_is_refused_on_load(long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[:3])
    data = json.loads(json.dumps(ws.to_dict()))
    assert data["decisions"][0]["kind"] == "choice"
    data["decisions"][0]["kind"] = "checkpoint"
    with pytest.raises(WorkshopError, match="does not match"):
        Workshop.from_dict(long_wait, data)


def test_the_workshop_id_is_random_and_checked(long_wait):
    a, b = new(long_wait), new(long_wait)
    assert a.workshop_id != b.workshop_id and len(a.workshop_id) == 32
    with pytest.raises(WorkshopError, match="not a workshop id"):
        Workshop.from_dict(long_wait, {**a.to_dict(), "id": "../../etc/passwd"})
    with pytest.raises(WorkshopError, match="set up for scenario"):
        Workshop.new(long_wait, WorkshopConfig("another"))


@st.composite
def walks(draw):
    """A random walk: at each step a random vote spread, then the majority, a tie-break, an override,
    a hot seat or a timeout; placements at a free spot; a few undos on the way."""
    return draw(st.lists(st.tuples(st.lists(st.integers(0, 12), min_size=6, max_size=6),
                                   st.integers(0, 99), st.floats(0, 1), st.floats(0, 1), st.booleans()),
                         min_size=1, max_size=25))


def _walk(ws: Workshop, moves) -> None:
    for counts, pick, fx, fy, undo in moves:
        if ws.finished:
            break
        if undo and ws.encounter.actions:
            ws.undo()
            continue
        if ws.kind == "passage":
            ws.proceed()
        elif ws.kind == "positioning":
            room = ws.encounter.room.plan
            spots = [(x / 10, y / 10) for x in range(0, int(room.width * 10), 3)
                     for y in range(0, int(room.height * 10), 3) if ws.can_stand(x / 10, y / 10)]
            ws.place(*spots[int(fx * (len(spots) - 1))])
        else:
            ids = [oid for oid, _ in ws.options]
            for oid, n in zip(ids, counts):
                ws.set_vote(oid, n)
            if ws.kind == "checkpoint":
                tally = ws.tally()
                if pick % 3 == 0 and tally.leaders and (ws.multiple or not tally.tie) and not ws.hot_seat_here:
                    ws.decide_checkpoint()
                else:
                    chosen = ids[pick % len(ids)]
                    ws.decide_checkpoint([chosen, ids[int(fy * (len(ids) - 1))]] if ws.multiple else [chosen])
            elif ws.can_timeout and pick % 7 == 0:
                ws.timeout()
            elif pick % 2 == 0 and ws.tally().leaders and not ws.tally().tie and not ws.hot_seat_here:
                ws.decide()
            else:
                ws.decide(ids[pick % len(ids)])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=walks(), hot=st.sets(st.sampled_from(["at_counter", "daniel_vents", "counter_position",
                                                   "bvc_rating", "daniel_crisis", "limit_reaction"])))
def test_random_workshops_replay_identically(long_wait, moves, hot):
    ws = new(long_wait, hot_seat=frozenset(hot))
    _walk(ws, moves)
    data = json.loads(json.dumps(ws.to_dict()))
    back = Workshop.from_dict(long_wait, data)
    assert back.to_dict() == ws.to_dict()
    assert back.decisions == ws.decisions
    assert json.dumps(team_debrief(back), sort_keys=True) == json.dumps(team_debrief(ws), sort_keys=True)
    for d in ws.decisions:
        assert d.how in ("hot_seat", "timeout", "placement") if d.hot_seat else d.how != "hot_seat"
        assert ws.encounter.actions[d.step] == d.chosen
