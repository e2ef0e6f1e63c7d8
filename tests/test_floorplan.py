"""Tests for lagaffektiv.floorplan: geometry primitives and walking paths.

Grid facts used below (resolution 0.1 m): a point (x, y) lies in the cell whose
centre is (floor(x/0.1)*0.1 + 0.05, floor(y/0.1)*0.1 + 0.05); so a start at
(1, 1.5) snaps to the centre (1.05, 1.55), a leg of hypot(0.05, 0.05) = 0.0707.
A door path ends where the reached cell projects onto the wall (0.05 m further).
"""

from __future__ import annotations

import heapq
import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lagaffektiv.floorplan import (
    Blocker,
    Door,
    Obstacle,
    Path,
    Room,
    distance,
    facing_angle,
    path_exists,
    shortest_path,
)

ALL = {"patient", "companion", "staff"}
HALF_DIAG = math.hypot(0.05, 0.05)  # 0.0707: start or goal snapped to a cell centre


def east_door(room: Room, y: float, width: float = 0.9) -> Door:
    return Door("east", room.width, y, width, ALL)


def sample(path: Path, step: float = 0.02):
    """Points every `step` metres along the polyline, both ends included."""
    pts = path.points
    yield pts[0]
    for a, b in zip(pts, pts[1:]):
        n = max(1, math.ceil(distance(a, b) / step))
        for k in range(1, n + 1):
            yield (a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n)


# --------------------------------------------------------------- angles, distance

def test_distance():
    assert distance((0, 0), (3, 4)) == 5.0  # 3-4-5 triangle
    assert distance((1, 1), (1, 1)) == 0.0


@pytest.mark.parametrize(
    "facing, other, expected",
    [
        (0, (2, 0), 0),      # facing east, other straight east: in front
        (0, (0, 2), 90),     # other south = on the right-hand side (y down)
        (0, (0, -2), 90),    # other north = on the left-hand side
        (0, (-2, 0), 180),   # behind
        (0, (1, 1), 45),     # bearing atan2(1, 1) = 45
        (0, (1, -1), 45),    # bearing -45, |-45 - 0| = 45
        (90, (0, 2), 0),     # facing south, other south
        (90, (2, 0), 90),    # other east: bearing 0, |0 - 90| = 90
        (90, (0, -2), 180),  # other north: bearing -90, |-90 - 90| = 180
        (180, (-1, 0), 0),   # facing west, other west: bearing 180
        (180, (1, 0), 180),
        (180, (-1, 1), 45),  # bearing 135, |135 - 180| = 45
        (270, (0, -1), 0),   # facing north, other north: bearing -90 = 270
        (270, (1, -1), 45),  # bearing -45 = 315, |315 - 270| = 45
        (270, (0, 1), 180),
        (350, (1, math.tan(math.radians(10))), 20),  # wraps: bearing 10, 10 - 350 = -340 = 20
        (-90, (0, -1), 0),   # negative facing = 270
    ],
)
def test_facing_angle(facing, other, expected):
    assert facing_angle((0, 0), facing, other) == pytest.approx(expected, abs=1e-9)


def test_facing_angle_from_offset_origin_and_same_point():
    assert facing_angle((2, 3), 0, (2, 3)) == 0.0
    assert facing_angle((2, 3), 90, (2, 5)) == pytest.approx(0)    # (2,5) is south of (2,3)
    assert facing_angle((2, 3), 90, (4, 3)) == pytest.approx(90)


# --------------------------------------------------------------- doors, obstacles

@pytest.mark.parametrize(
    "x, y, expected",
    [
        (2.0, 0.0, "north"),
        (2.0, 3.0, "south"),
        (0.0, 1.5, "west"),
        (4.0, 1.5, "east"),
        (4.03, 1.5, "east"),  # 0.03 off the wall, within tol 0.05
        (4.2, 1.5, None),     # 0.2 outside the room
        (2.0, 1.5, None),     # centre of the room, on no wall
        (0.3, 0.0, None),     # 0.3 - 0.45 = -0.15 < -0.05: opening runs past the corner
        (3.9, 0.0, None),     # 3.9 + 0.45 = 4.35 > 4.05
        (0.0, 2.5, "west"),   # 2.5 + 0.45 = 2.95 <= 3.0
        (0.0, 2.7, None),     # 2.7 + 0.45 = 3.15 > 3.0 + 0.05: runs past the south-west corner
    ],
)
def test_door_wall(x, y, expected):
    assert Room(4, 3).door_wall(Door("d", x, y, 0.9, ALL)) == expected


def test_door_wall_too_wide_for_short_wall():
    room = Room(4, 0.7)  # a 0.7 m deep alcove
    # 0.35 - 0.45 = -0.10 < -0.05 (and 0.80 > 0.75): a 0.9 m door cannot sit on its west wall
    assert room.door_wall(Door("d", 0.0, 0.35, 0.9, ALL)) is None
    assert room.door_wall(Door("d", 0.0, 0.35, 0.6, ALL)) == "west"  # 0.05 .. 0.65 fits


def test_door_exit_for_normalised():
    assert Door("d", 0, 1, 0.9, ["staff", "patient"]).exit_for == frozenset({"staff", "patient"})
    assert Door("d", 0, 1, 0.9, "staff").exit_for == frozenset({"staff"})  # not {'s','t','a','f'}
    with pytest.raises(ValueError):
        Door("d", 0, 1, 0.0, ALL)


def test_obstacle_contains():
    table = Obstacle("t", 1, 1, 2, 1)  # x 1..3, y 1..2
    assert table.contains((2, 1.5))
    assert table.contains((3, 2))                      # corner counts
    assert not table.contains((3.1, 1.5))
    assert table.contains((3.2, 1.5), margin=0.25)     # 0.2 from the east edge
    assert not table.contains((3.3, 1.5), margin=0.25)  # 0.3
    # Margin is Euclidean, so corners are rounded: (3.2, 2.2) is hypot(0.2, 0.2) = 0.283 away.
    assert not table.contains((3.2, 2.2), margin=0.25)
    assert table.contains((3.2, 2.2), margin=0.3)


def test_obstacle_overlaps():
    a = Obstacle("a", 0, 0, 2, 1)      # x 0..2, y 0..1
    b = Obstacle("b", 1, 0.5, 2, 1)    # x 1..3, y 0.5..1.5: overlaps a in [1,2]x[0.5,1]
    c = Obstacle("c", 2, 0, 1, 1)      # touches a along x = 2: zero area
    d = Obstacle("d", 5, 5, 1, 1)
    e = Obstacle("e", 0, 1, 2, 1)      # touches a along y = 1
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(c) and not c.overlaps(a)
    assert not a.overlaps(e)
    assert not a.overlaps(d)
    assert b.overlaps(c)               # [2,3]x[0.5,1]
    room = Room(8, 8, obstacles=(a, b, c, d, e))
    # a-b, b-c, b-e ([1,2]x[1,1.5]); a-c, a-e touch; d is alone
    assert room.overlapping_obstacles() == [("a", "b"), ("b", "c"), ("b", "e")]
    with pytest.raises(ValueError):
        Obstacle("neg", 0, 0, -1, 1)


def test_room_contains_and_free_at():
    room = Room(4, 3, obstacles=(Obstacle("t", 1, 1, 1, 1),))
    assert room.contains((0, 0)) and room.contains((4, 3)) and room.contains((2, 1.5))
    assert not room.contains((4.1, 1)) and not room.contains((1, -0.1))
    assert not room.free_at((1.5, 1.5))              # on the table
    assert room.free_at((2.3, 1.5))                  # 0.3 from its east edge
    assert not room.free_at((2.3, 1.5), radius=0.3)  # exactly the radius: not farther
    assert room.free_at((2.3, 1.5), radius=0.25)
    assert not room.free_at((5, 1))                  # outside the room


# --------------------------------------------------------------- shortest_path

def test_empty_room_straight_to_east_door():
    room = Room(4, 3)
    door = east_door(room, 1.5)
    p = shortest_path(room, (1, 1.5), [door])
    assert p is not None and path_exists(room, (1, 1.5), [door])
    # start snaps to (1.05, 1.55): 0.0707; then straight along y = 1.55 to the wall x = 4: 2.95.
    # 0.0707 + 2.95 = 3.0207. Tolerance 0.15 covers the half-cell snap at each end
    # (<= 0.0707 each) with room to spare.
    assert p.length == pytest.approx(3.0, abs=0.15)
    assert p.length == pytest.approx(HALF_DIAG + 2.95, abs=1e-9)
    assert p.points[0] == (1, 1.5)
    end = p.points[-1]
    assert end[0] == 4 and abs(end[1] - 1.5) <= 0.45  # on the east wall, inside the opening
    assert len(p.points) == 3  # start, first cell centre, door: the straight run is one segment


def test_path_length_matches_polyline():
    room = Room(5, 4, obstacles=(Obstacle("t", 2, 1, 1, 2),))
    p = shortest_path(room, (0.5, 2), [east_door(room, 2)])
    assert p is not None
    assert p.length == pytest.approx(sum(distance(a, b) for a, b in zip(p.points, p.points[1:])))


def test_blocker_in_door_opening_blocks_it():
    room = Room(4, 3)
    door = east_door(room, 1.5)  # opening y 1.05..1.95
    # Cells at the wall have centres x = 3.95, y = 1.05..1.95. The farthest of them from a
    # blocker at (3.8, 1.5) is hypot(0.15, 0.45) = 0.474 < 0.5: the whole opening is blocked.
    assert shortest_path(room, (1, 1.5), [door], [Blocker(3.8, 1.5, 0.5)]) is None
    assert not path_exists(room, (1, 1.5), [door], [Blocker(3.8, 1.5, 0.5)])
    # The same person 2.2 m from the door (hypot(2, 1)) and off the line y = 1.5: their disc
    # reaches down to y = 1.0 only, so the straight path along y = 1.55 stays the same.
    p = shortest_path(room, (1, 1.5), [door], [Blocker(2, 0.5, 0.5)])
    assert p is not None and p.length == pytest.approx(HALF_DIAG + 2.95, abs=1e-9)


def test_blocker_in_half_the_door_path_ends_beside_them():
    room = Room(4, 3)
    door = east_door(room, 1.5)
    blocker = Blocker(4, 1.5, 0.3)  # stands in the middle of the opening
    # Wall cells y = 1.25..1.75 are within 0.3 (e.g. hypot(0.05, 0.25) = 0.255);
    # 1.05, 1.15 and 1.85, 1.95 are free (hypot(0.05, 0.35) = 0.354).
    p = shortest_path(room, (1, 1.5), [door], [blocker])
    assert p is not None
    end = p.points[-1]
    assert end[0] == 4 and abs(end[1] - 1.5) > 0.3 and abs(end[1] - 1.5) <= 0.45
    # The path ends where the person passes, not at the door centre (which is inside the
    # blocker), so no drawn segment cuts through them.
    assert all(distance(q, (blocker.x, blocker.y)) > blocker.radius for q in sample(p))


def test_corridor_blocked_by_person_but_room_allows_detour():
    corridor = Room(6, 1.2)
    door = east_door(corridor, 0.6)
    blocker = Blocker(3, 0.6, 1.0)
    # Cell centres across the corridor at x = 3.05 are at y = 0.05..1.15, at most
    # hypot(0.05, 0.55) = 0.55 < 1.0 from the blocker: the corridor is shut.
    assert shortest_path(corridor, (0.5, 0.6), [door], [blocker]) is None
    assert shortest_path(corridor, (0.5, 0.6), [door]) is not None

    room = Room(6, 6)
    door = east_door(room, 3)
    straight = distance((0.5, 3), (6, 3))  # 5.5
    free_walk = shortest_path(room, (0.5, 3), [door])
    assert free_walk is not None and free_walk.length == pytest.approx(straight, abs=0.15)
    p = shortest_path(room, (0.5, 3), [door], [Blocker(3, 3, 1.0)])
    assert p is not None
    # Euclidean detour round a disc of r = 1 between points 2.5 and 3.0 from its centre:
    # tangents sqrt(2.5^2 - 1) + sqrt(3^2 - 1) = 2.291 + 2.828, arc
    # pi - acos(1/2.5) - acos(1/3) = 3.1416 - 1.1593 - 1.2310 = 0.751; total 5.870 > 5.5.
    # The grid path is octile (at most 8.2 % longer than Euclidean) plus half-cell snaps.
    assert p.length > straight + 0.3
    assert p.length < 5.870 * 1.0824 + 0.15
    assert all(distance(q, (3, 3)) > 1.0 for q in p.points[1:-1])


def test_obstacles_wall_to_wall_gap_and_inflation():
    door = Door("east", 6, 2, 0.9, ALL)
    start = (1, 2)
    # A table across the whole room (y 0..4): no way round.
    shut = Room(6, 4, doors=(door,), obstacles=(Obstacle("table", 3, 0, 0.8, 4),))
    assert shortest_path(shut, start, [door]) is None

    # Two tables leaving a 1 m gap (y 1.5..2.5). Inflated by 0.25 the walkable band is
    # y in (1.75, 2.25): cell centres 1.85, 1.95, 2.05, 2.15.
    gap1 = Room(6, 4, obstacles=(Obstacle("a", 3, 0, 0.8, 1.5), Obstacle("b", 3, 2.5, 0.8, 1.5)))
    p = shortest_path(gap1, start, [door])
    assert p is not None
    assert p.length == pytest.approx(5.0, abs=0.15)  # straight through: 0.0707 + 4.95

    # A 0.4 m gap (y 1.8..2.2): every centre 1.85..2.15 is <= 0.15 from a table edge,
    # within body_radius 0.25, so inflation closes it ...
    gap04 = Room(6, 4, obstacles=(Obstacle("a", 3, 0, 0.8, 1.8), Obstacle("b", 3, 2.2, 0.8, 1.8)))
    assert shortest_path(gap04, start, [door]) is None
    # ... while a point-sized walker (body_radius 0) still fits through it.
    assert shortest_path(gap04, start, [door], body_radius=0.0) is not None


def test_outer_walls_are_not_inflated():
    # Documented choice: walls are not inflated, so a table 0.4 m from the wall leaves a
    # passable strip (centre 3.95 is 0.35 > 0.25 from the table edge y = 3.6), while a
    # 0.2 m strip is closed (centres 3.85, 3.95 are 0.05, 0.15 from y = 3.8).
    door = Door("east", 6, 2, 0.9, ALL)
    open_strip = Room(6, 4, obstacles=(Obstacle("t", 3, 0, 0.8, 3.6),))
    closed_strip = Room(6, 4, obstacles=(Obstacle("t", 3, 0, 0.8, 3.8),))
    assert shortest_path(open_strip, (1, 2), [door]) is not None
    assert shortest_path(closed_strip, (1, 2), [door]) is None


def test_point_goal_with_reach_alarm_button():
    # Alarm button on the east wall at (4, 1.5); a cabinet below it, x 3.7..4, y 1..2.
    room = Room(4, 3, obstacles=(Obstacle("cabinet", 3.7, 1.0, 0.3, 1.0),))
    button = (4.0, 1.5)
    # reach 0: the goal is the cell containing the button, centre (3.95, 1.55), which is
    # inside the cabinet: unreachable.
    assert shortest_path(room, (1, 1.5), [button]) is None
    # reach 0.7: the cell centre (3.35, 1.55) is 0.35 from the cabinet (free) and
    # hypot(0.65, 0.05) = 0.652 from the button: an arm's length.
    p = shortest_path(room, (1, 1.5), [button], reach=0.7)
    assert p is not None
    assert distance(p.points[-1], button) <= 0.7 + 1e-9
    # 0.0707 to the first centre, then straight along y = 1.55 from x 1.05 to 3.35: 2.30.
    assert p.length == pytest.approx(HALF_DIAG + 2.30, abs=1e-9)
    # Without the cabinet a reach-0 goal on the wall is reachable (walls are not inflated).
    p0 = shortest_path(Room(4, 3), (1, 1.5), [button])
    assert p0 is not None and p0.points[-1] == pytest.approx((3.95, 1.55))


def test_start_inside_inflated_margin_can_leave():
    room = Room(4, 3, obstacles=(Obstacle("t", 1.5, 1.0, 1.0, 1.0),))
    start = (1.4, 1.5)  # 0.1 m from the table's west edge, inside the 0.25 margin
    assert not room.free_at(start, 0.25)
    west = Door("west", 0, 1.5, 0.9, ALL)
    p = shortest_path(room, start, [west])
    assert p is not None
    # start cell centre (1.45, 1.55), then straight west to the wall x = 0: 0.0707 + 1.45
    assert p.length == pytest.approx(HALF_DIAG + 1.45, abs=1e-9)
    # And round the table to the east door.
    assert path_exists(room, start, [east_door(room, 1.5)])


def test_start_in_margin_cannot_slip_through_closed_gap():
    # Tables with a 0.4 m gap at y 1.8..2.2 (closed for body_radius 0.25). Standing right at
    # its mouth (0.1 m from the tables) one can back away west, but not squeeze east.
    room = Room(6, 4, obstacles=(Obstacle("a", 3, 0, 0.8, 1.8), Obstacle("b", 3, 2.2, 0.8, 1.8)))
    start = (2.9, 2.0)
    assert not room.free_at(start, 0.25)
    assert shortest_path(room, start, [Door("east", 6, 2, 0.9, ALL)]) is None
    assert shortest_path(room, start, [Door("west", 0, 2, 0.9, ALL)]) is not None


def test_start_within_blocker_radius_can_step_away_but_not_past():
    corridor = Room(6, 1.2)
    patient = Blocker(3, 0.6, 1.0)
    start = (2.5, 0.6)  # 0.5 m from the patient, inside the 1 m they must be given
    assert shortest_path(corridor, start, [Door("west", 0, 0.6, 0.9, ALL)], [patient]) is not None
    assert shortest_path(corridor, start, [Door("east", 6, 0.6, 0.9, ALL)], [patient]) is None


def test_nearest_of_several_goals_and_start_on_goal():
    room = Room(8, 3)
    west, east = Door("w", 0, 1.5, 0.9, ALL), Door("e", 8, 1.5, 0.9, ALL)
    p = shortest_path(room, (2, 1.5), [east, west])
    assert p is not None and p.points[-1][0] == 0  # west is 2 m away, east 6 m
    # Standing in the door cell already: just the snap to the cell and the step to the wall.
    q = shortest_path(room, (7.97, 1.5), [east])
    # snap (7.97, 1.5) -> (7.95, 1.55): hypot(0.02, 0.05) = 0.054, then 0.05 to the wall
    assert q is not None and q.length == pytest.approx(math.hypot(0.02, 0.05) + 0.05)


def test_invalid_inputs():
    room = Room(4, 3)
    with pytest.raises(ValueError):
        shortest_path(room, (1, 1), [Door("x", 2, 1.5, 0.9, ALL)])  # door not on a wall
    with pytest.raises(ValueError):
        shortest_path(room, (1, 1), [(2, 2)], resolution=0)
    with pytest.raises(ValueError):
        Room(0, 3)
    assert shortest_path(room, (5, 1), [(2, 2)]) is None  # start outside the room
    assert shortest_path(room, (1, 1), []) is None


def test_non_multiple_room_size_keeps_cells_inside():
    room = Room(3.33, 2.07)  # not multiples of 0.1: cells are 3.33/33 by 2.07/21
    p = shortest_path(room, (0.01, 0.01), [(3.33, 2.07)])
    assert p is not None and all(room.contains(q) for q in p.points)
    assert p.length >= distance((0.01, 0.01), (3.33, 2.07)) - 2 * HALF_DIAG


def test_a_path_is_found_across_a_furnished_12_by_10_room():
    # How long this takes is measured in benchmarks/run.py (floor plan path), not asserted here.
    room = Room(12, 10, obstacles=(
        Obstacle("table", 3, 2, 2, 1), Obstacle("bed", 6, 4, 1, 4), Obstacle("counter", 9, 0, 0.5, 7)))
    door = Door("e", 12, 5, 0.9, ALL)
    p = shortest_path(room, (0.5, 9.5), [door], [Blocker(8, 8, 1.0)])
    assert p is not None


# --------------------------------------------------------------- reference + properties

def cell_of(room: Room, p, res: float) -> tuple[int, int]:
    """The cell containing p; on a boundary the later one (x / dx may be 13.999... for 14)."""
    nx, ny = round(room.width / res), round(room.height / res)
    return (min(nx - 1, int(p[0] / (room.width / nx) + 1e-9)), min(ny - 1, int(p[1] / (room.height / ny) + 1e-9)))


def cell_centre(room: Room, p, res: float):
    nx, ny = round(room.width / res), round(room.height / res)
    i, j = cell_of(room, p, res)
    return ((i + 0.5) * (room.width / nx), (j + 0.5) * (room.height / ny))


def reference_cost(room: Room, start, goal, body_radius: float, res: float):
    """Plain Dijkstra over the spec's definitions, independent of the module's A*."""
    nx, ny = round(room.width / res), round(room.height / res)
    dx, dy = room.width / nx, room.height / ny

    def free(i, j):
        if not (0 <= i < nx and 0 <= j < ny):
            return False
        c = ((i + 0.5) * dx, (j + 0.5) * dy)
        return not any(o.contains(c, body_radius) for o in room.obstacles)

    s, t = cell_of(room, start, res), cell_of(room, goal, res)
    if not free(*s) or not free(*t):
        return None
    dist = {s: 0.0}
    heap = [(0.0, s)]
    while heap:
        d, (i, j) = heapq.heappop(heap)
        if (i, j) == t:
            return d
        if d > dist[(i, j)]:
            continue
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                if (di, dj) == (0, 0) or not free(i + di, j + dj):
                    continue
                if di and dj and not (free(i + di, j) and free(i, j + dj)):
                    continue
                nd = d + math.hypot(di * dx, dj * dy)
                if nd < dist.get((i + di, j + dj), math.inf):
                    dist[(i + di, j + dj)] = nd
                    heapq.heappush(heap, (nd, (i + di, j + dj)))
    return None


@st.composite
def scenes(draw, min_side=2.0, max_side=12.0):
    w = draw(st.floats(min_side, max_side))
    h = draw(st.floats(min_side, max_side))
    obstacles = []
    for k in range(draw(st.integers(0, 5))):
        ox, oy = draw(st.floats(0, w)), draw(st.floats(0, h))
        ow, oh = draw(st.floats(0.05, w / 2)), draw(st.floats(0.05, h / 2))
        obstacles.append(Obstacle(f"o{k}", ox, oy, ow, oh))
    room = Room(w, h, obstacles=tuple(obstacles))
    start = (draw(st.floats(0, w)), draw(st.floats(0, h)))
    goal = (draw(st.floats(0, w)), draw(st.floats(0, h)))
    return room, start, goal


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenes(), st.floats(0.0, 0.4), st.sampled_from([0.1, 0.2]))
def test_property_path_sane(scene, body_radius, res):
    room, start, goal = scene
    p = shortest_path(room, start, [goal], body_radius=body_radius, resolution=res)
    if p is None:
        return
    cell_diag = math.hypot(room.width / round(room.width / res), room.height / round(room.height / res))
    assert p.length >= distance(start, goal) - cell_diag - 1e-9
    assert p.points[0] == start
    assert all(room.contains(q) for q in p.points)
    assert p.length == pytest.approx(sum(distance(a, b) for a, b in zip(p.points, p.points[1:])))
    centre = cell_centre(room, start, res)
    if body_radius >= 0.15 and room.free_at(centre, body_radius):
        # Every cell centre on the path is more than body_radius (>= 0.15) from furniture,
        # and every point of the path is within half a cell diagonal (<= 0.1414 at res 0.2)
        # of one, so the walk never touches furniture.
        assert not any(o.contains(q) for q in sample(p) for o in room.obstacles)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(scenes(max_side=6.0), st.floats(0.0, 0.4), st.sampled_from([0.2, 0.25]))
def test_property_optimal_against_reference(scene, body_radius, res):
    room, start, goal = scene
    p = shortest_path(room, start, [goal], body_radius=body_radius, resolution=res)
    centre = cell_centre(room, start, res)
    assume(not any(o.contains(centre, body_radius) for o in room.obstacles))  # start cell free
    ref = reference_cost(room, start, goal, body_radius, res)
    if ref is None:
        assert p is None
    else:
        assert p is not None
        # polyline = snap of the start to its cell centre + the grid cost (reach 0 ends at a centre)
        assert p.length == pytest.approx(distance(start, centre) + ref, abs=1e-6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(scenes(max_side=8.0), st.lists(st.tuples(st.floats(0, 8), st.floats(0, 8), st.floats(0.1, 1.5)),
                                      max_size=3))
def test_property_keeps_clear_of_blockers(scene, raw_blockers):
    room, start, goal = scene
    blockers = [Blocker(x, y, r) for x, y, r in raw_blockers]
    # Start far enough from everyone that its cell is free of them.
    assume(all(distance(start, (b.x, b.y)) > b.radius + HALF_DIAG for b in blockers))
    p = shortest_path(room, start, [goal], blockers, resolution=0.1)
    if p is None:
        return
    for q in p.points[1:]:  # cell centres on the path, including the goal cell centre
        assert all(distance(q, (b.x, b.y)) > b.radius for b in blockers)


@settings(max_examples=40, deadline=None)
@given(scenes(), st.sampled_from(["north", "south", "west", "east"]), st.floats(0, 1),
       st.floats(0.6, 1.2), st.floats(0.0, 0.4))
def test_property_door_goal_ends_in_opening(scene, wall, t, width, body_radius):
    room, start, _ = scene
    along = room.width if wall in ("north", "south") else room.height
    c = width / 2 + t * (along - width)  # centre such that the whole opening fits
    x, y = {"north": (c, 0.0), "south": (c, room.height), "west": (0.0, c), "east": (room.width, c)}[wall]
    door = Door("d", x, y, width, ALL)
    assert room.door_wall(door) == wall
    p = shortest_path(room, start, [door], body_radius=body_radius)
    if p is None:
        return
    end = p.points[-1]
    assert room.contains(end)
    if wall in ("north", "south"):
        assert end[1] == y and abs(end[0] - x) <= width / 2 + 1e-9
    else:
        assert end[0] == x and abs(end[1] - y) <= width / 2 + 1e-9
    assert p.length >= distance(start, end) - 1e-9


def test_non_finite_numbers_are_refused():
    nan, inf = math.nan, math.inf
    for make in (lambda: Room(nan, 3), lambda: Room(4, inf), lambda: Obstacle("o", nan, 0, 1, 1),
                 lambda: Door("d", 0, nan, 0.9, ALL), lambda: Blocker(1, 1, nan), lambda: Blocker(1, 1, -0.1)):
        with pytest.raises(ValueError):
            make()
    room = Room(4, 3)
    assert shortest_path(room, (nan, 1), [(2, 2)]) is None
    assert shortest_path(room, (1, 1), [(nan, 2)], reach=0.7) is None
