"""Lengths are shown with at most one decimal, and a distance judged too close never reads as
the distance it falls short of."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lagaffektiv.lengths import DOWN, UP, metres


def test_one_decimal_and_the_language_s_decimal_sign():
    assert metres(4.11, "sv") == "4,1" and metres(4.11, "en") == "4.1"
    assert metres(2.7, "sv") == "2,7" and metres(3.0, "sv") == "3" and metres(10, "en") == "10"
    assert metres(1.47, "sv") == "1,5" and metres(1.47, "sv", DOWN) == "1,4" and metres(1.41, "en", UP) == "1.5"
    assert metres(2.7, "en", DOWN) == "2.7" and metres(2.7, "en", UP) == "2.7"   # no float noise


@given(st.floats(0, 20), st.floats(0.5, 5))
def test_a_distance_rounded_down_stays_below_a_requirement_rounded_up(distance, required):
    d, r = float(metres(distance, "en", DOWN)), float(metres(required, "en", UP))
    assert abs(d - distance) < 0.1 + 1e-6 and abs(r - required) < 0.1 + 1e-6
    if distance < required:
        assert d < r


def test_the_core_feedback_on_a_placement_has_one_decimal():
    import re

    from conftest import SCENARIOS
    from lagaffektiv.scenario.load import load_scenario
    from lagaffektiv.workshop import Workshop, WorkshopConfig

    sc = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    ws = Workshop.new(sc, WorkshopConfig(sc.id))
    ws.proceed()
    ws.decide(ws.expert)
    assert ws.kind == "positioning"
    spots = [(x, y) for x, y in ((6.93, 1.61), (4.37, 2.13), (1.23, 5.07), (3.11, 3.33)) if ws.can_stand(x, y)]
    assert spots
    for x, y in spots:
        for text in ws.assess(x, y).feedback:
            for lang in ("sv", "en"):
                assert not re.search(r"\d[.,]\d\d", text[lang]), text[lang]
