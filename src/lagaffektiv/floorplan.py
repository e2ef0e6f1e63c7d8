"""Floor-plan geometry for scoring where staff place themselves in a room.

Pure standard library, no Qt: the core must be testable headless and fast.

Coordinates are metres with the origin at the room's top-left corner, x to
the right and y *downwards* (as in a drawing on screen), so angles run
clockwise on screen: 0 = east, 90 = south, 180 = west, 270 = north.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

Point = tuple[float, float]

_EPS = 1e-9


def _require_finite(what: str, *values: float) -> None:
    # NaN compares false with everything and would slip past every check below.
    if not all(math.isfinite(v) for v in values):
        raise ValueError(f"{what}: numbers must be finite")


def distance(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def facing_angle(origin: Point, facing_deg: float, other: Point) -> float:
    dx, dy = other[0] - origin[0], other[1] - origin[1]
    if dx == 0 and dy == 0:
        return 0.0
    # atan2 with y down already yields the clockwise-on-screen convention.
    bearing = math.degrees(math.atan2(dy, dx))
    return abs((bearing - facing_deg + 180.0) % 360.0 - 180.0)


def _rect_sd(x0: float, y0: float, x1: float, y1: float, px: float, py: float) -> float:
    """Signed distance from a point to a rectangle (negative inside).

    Signed rather than clamped at 0 so that a start *inside* furniture still
    has a gradient to climb out along (see the escape rule in shortest_path).
    """
    ex = max(x0 - px, px - x1)
    ey = max(y0 - py, py - y1)
    if ex <= 0 and ey <= 0:
        return max(ex, ey)
    return math.hypot(max(ex, 0.0), max(ey, 0.0))


@dataclass(frozen=True)
class Obstacle:
    """Furniture, an inner wall, a counter: always blocks walking."""

    id: str
    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        _require_finite(f"obstacle {self.id!r}", self.x, self.y, self.w, self.h)
        if self.w < 0 or self.h < 0:
            raise ValueError(f"obstacle {self.id!r} has negative size")

    def _sd(self, p: Point) -> float:
        return _rect_sd(self.x, self.y, self.x + self.w, self.y + self.h, p[0], p[1])

    def contains(self, p: Point, margin: float = 0.0) -> bool:
        # Euclidean margin (rounded corners), the same shape a round body sweeps.
        return self._sd(p) <= margin

    def overlaps(self, other: Obstacle) -> bool:
        # Strict inequalities: furniture pushed against each other is fine.
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


@dataclass(frozen=True)
class Door:
    id: str
    x: float
    y: float
    width: float
    exit_for: frozenset[str]

    def __post_init__(self) -> None:
        _require_finite(f"door {self.id!r}", self.x, self.y, self.width)
        if self.width <= 0:
            raise ValueError(f"door {self.id!r} must have a positive width")
        # Scenario files give lists; a bare string must not become a set of letters.
        roles = self.exit_for
        roles = frozenset((roles,)) if isinstance(roles, str) else frozenset(roles)
        object.__setattr__(self, "exit_for", roles)


@dataclass(frozen=True)
class Room:
    width: float
    height: float
    doors: tuple[Door, ...] = ()
    obstacles: tuple[Obstacle, ...] = ()

    def __post_init__(self) -> None:
        _require_finite("room", self.width, self.height)
        if self.width <= 0 or self.height <= 0:
            raise ValueError("room sides must be positive")
        object.__setattr__(self, "doors", tuple(self.doors))
        object.__setattr__(self, "obstacles", tuple(self.obstacles))

    def contains(self, p: Point) -> bool:
        return -_EPS <= p[0] <= self.width + _EPS and -_EPS <= p[1] <= self.height + _EPS

    def door_wall(self, door: Door, tol: float = 0.05) -> str | None:
        half = door.width / 2
        fits_x = door.x - half >= -tol and door.x + half <= self.width + tol
        fits_y = door.y - half >= -tol and door.y + half <= self.height + tol
        if abs(door.y) <= tol and fits_x:
            return "north"
        if abs(door.y - self.height) <= tol and fits_x:
            return "south"
        if abs(door.x) <= tol and fits_y:
            return "west"
        if abs(door.x - self.width) <= tol and fits_y:
            return "east"
        return None

    def overlapping_obstacles(self) -> list[tuple[str, str]]:
        obs = self.obstacles
        return [(a.id, b.id) for i, a in enumerate(obs) for b in obs[i + 1:] if a.overlaps(b)]

    def free_at(self, p: Point, radius: float = 0.0) -> bool:
        return self.contains(p) and all(o._sd(p) > radius for o in self.obstacles)


@dataclass(frozen=True)
class Blocker:
    """A person who must not be passed too closely."""

    x: float
    y: float
    radius: float

    def __post_init__(self) -> None:
        _require_finite("blocker", self.x, self.y, self.radius)
        if self.radius < 0:
            raise ValueError("blocker radius must not be negative")


@dataclass(frozen=True)
class Path:
    points: tuple[Point, ...]
    length: float


@functools.lru_cache(maxsize=64)
def _furniture_layer(room: Room, body_radius: float, resolution: float) -> tuple[bytes, tuple[float, ...]]:
    """The free mask and obstacle-margin depths of an empty room (no people in it)."""
    grid = _Grid.__new__(_Grid)
    grid.nx = nx = max(1, round(room.width / resolution))
    grid.ny = ny = max(1, round(room.height / resolution))
    grid.dx, grid.dy = room.width / nx, room.height / ny
    grid.W = W = nx + 2
    grid.free = bytearray(b"\0" * W + (b"\0" + b"\1" * nx + b"\0") * ny + b"\0" * W)
    # How deep each blocked cell lies in obstacle margins (po) and blocker
    # discs (pb), -1 = not at all; kept apart so that backing out of one
    # never licenses walking deeper into the other. The ring is infinitely
    # deep so the escape rule cannot leave the room.
    inf = math.inf
    po = [inf] * W + ([inf] + [-1.0] * nx + [inf]) * ny + [inf] * W
    # Only obstacles are inflated by body_radius, the outer walls are not:
    # doors are usually 0.8-1.0 m, and inflating both jambs by 0.25 m would
    # leave 0.3-0.5 m, three to five cells of a 0.1 m grid, so whether a
    # door is reachable would hinge on rounding.
    for o in room.obstacles:
        grid._stamp(po, (o.x, o.y, o.x + o.w, o.y + o.h), body_radius,
                    lambda px, py, o=o: o._sd((px, py)))
    return bytes(grid.free), tuple(po)


class _Grid:
    """Cells of about `resolution` metres, flat-indexed with a one-cell padding
    ring so neighbour lookups need no bounds checks (the ring is never free)."""

    def __init__(self, room: Room, blockers: Iterable[Blocker], body_radius: float,
                 resolution: float) -> None:
        # Cells tile the room exactly (size within rounding of `resolution`), so
        # no cell centre falls outside a room whose side is not a grid multiple.
        self.nx = nx = max(1, round(room.width / resolution))
        self.ny = ny = max(1, round(room.height / resolution))
        self.dx, self.dy = room.width / nx, room.height / ny
        self.W = W = nx + 2
        self.N = N = W * (ny + 2)
        # The furniture layer depends only on the room, so it is stamped once and
        # copied: stamping was two thirds of the time of a positioning step.
        free, po = _furniture_layer(room, body_radius, resolution)
        self.free = bytearray(free)
        self.po = list(po)
        self.pb = [-1.0] * N
        for b in blockers:
            # The radius already is the distance to keep; no body_radius on top.
            self._stamp(self.pb, (b.x, b.y, b.x, b.y), b.radius,
                        lambda px, py, b=b: math.hypot(px - b.x, py - b.y))

    def span(self, lo: float, hi: float, axis: int) -> range:
        """Indices (0-based, unpadded) of cells whose centres may lie in [lo, hi]."""
        d, n = (self.dx, self.nx) if axis == 0 else (self.dy, self.ny)
        return range(max(0, int(lo / d) - 1), min(n - 1, int(hi / d) + 1) + 1)

    def _stamp(self, pen: list, box: tuple, r: float, sd) -> None:
        free, W, dx, dy = self.free, self.W, self.dx, self.dy
        cols = self.span(box[0] - r, box[2] + r, 0)
        for j in self.span(box[1] - r, box[3] + r, 1):
            cy, base = (j + 0.5) * dy, (j + 1) * W + 1
            for i in cols:
                v = r - sd((i + 0.5) * dx, cy)
                if v >= 0:  # "farther than r" is walkable, so exactly r is blocked
                    k = base + i
                    free[k] = 0
                    if v > pen[k]:
                        pen[k] = v

    def cell(self, x: float, y: float) -> int:
        # A point on a cell boundary belongs to the cell after it; the 1e-9 keeps
        # that true when x / dx lands just below an integer (1.4 / 0.1 = 13.999...).
        i = min(self.nx - 1, max(0, int(x / self.dx + 1e-9)))
        j = min(self.ny - 1, max(0, int(y / self.dy + 1e-9)))
        return (j + 1) * self.W + i + 1

    def centre(self, k: int) -> Point:
        return ((k % self.W - 0.5) * self.dx, (k // self.W - 0.5) * self.dy)

    def component(self, s: int) -> bytearray:
        """Free cells 4-connected to s, found run by run (fast in CPython).
        4-connectivity suffices: a diagonal step needs both orthogonal cells
        free, so it never joins what two orthogonal steps would not."""
        W, free = self.W, self.free
        runs = [[(m.start() + j * W, m.end() + j * W) for m in re.finditer(b"\1+", free[j * W:(j + 1) * W])]
                for j in range(self.ny + 2)]
        seen = bytearray(self.N)
        j = s // W
        todo = [(j, a, b) for a, b in runs[j] if a <= s < b]
        while todo:
            j, a, b = todo.pop()
            if seen[a]:
                continue
            seen[a:b] = b"\1" * (b - a)
            for jj, shift in ((j - 1, -W), (j + 1, W)):
                todo.extend((jj, c, d) for c, d in runs[jj] if c < b + shift and d > a + shift and not seen[c])
        return seen


def _goal_cells(room: Room, grid: _Grid, goal: Door | Point, reach: float) -> list[tuple[int, Point]]:
    """Cells that count as having reached `goal`, each with where the path ends."""
    if isinstance(goal, Door):
        wall = room.door_wall(goal)
        if wall is None:
            raise ValueError(f"door {goal.id!r} does not lie on a wall of the room")
        # End at the reached cell's projection onto the wall rather than at the
        # door centre: the last leg then stays inside that cell, so a drawn
        # path never cuts through someone standing in half of the opening.
        axis = 0 if wall in ("north", "south") else 1  # the axis along the wall
        along, d = (goal.x, grid.dx) if axis == 0 else (goal.y, grid.dy)
        fixed = {"north": 0.0, "south": room.height, "west": 0.0, "east": room.width}[wall]
        half = goal.width / 2 + _EPS
        ts = [(i + 0.5) * d for i in grid.span(along - half, along + half, axis)]
        ts = [t for t in ts if abs(t - along) <= half] or [along]  # opening narrower than a cell
        pts = [(t, fixed) if axis == 0 else (fixed, t) for t in ts]
        return [(grid.cell(*p), p) for p in pts]
    gx, gy = float(goal[0]), float(goal[1])
    if not (math.isfinite(gx) and math.isfinite(gy)):
        return []
    cells = [grid.cell(gx, gy)] if room.contains((gx, gy)) else []
    if reach > 0:
        for j in grid.span(gy - reach, gy + reach, 1):
            for i in grid.span(gx - reach, gx + reach, 0):
                if math.hypot((i + 0.5) * grid.dx - gx, (j + 0.5) * grid.dy - gy) <= reach + _EPS:
                    cells.append((j + 1) * grid.W + i + 1)
    return [(k, grid.centre(k)) for k in cells]


def shortest_path(room: Room, start: Point, goals: Iterable[Door | Point],
                  blockers: Iterable[Blocker] = (), *, body_radius: float = 0.25,
                  resolution: float = 0.1, reach: float = 0.0) -> Path | None:
    """Shortest walk from start to the nearest goal, or None if every goal is cut off.

    Raises ValueError for a door that is not on a wall: a scenario error that
    must not pass for "the way out is blocked"."""
    if resolution <= 0:
        raise ValueError("resolution must be positive")
    goals = list(goals)  # validate doors even when the start is outside
    grid = _Grid(room, blockers, body_radius, resolution)
    cells = [_goal_cells(room, grid, goal, reach) for goal in goals]
    if not room.contains(start):
        return None
    free, po, pb, W, N = grid.free, grid.po, grid.pb, grid.W, grid.N
    s = grid.cell(*start)
    # When the start is free, goals outside its component are dropped before
    # searching: "the way out is blocked" is a common answer here and would
    # otherwise cost an exhaustive search of the room.
    ok = grid.component(s) if free[s] else None
    goal_end: dict[int, Point] = {}
    boxes = []  # per goal, the bounding box (i0, i1, j0, j1) of its cells
    for cl in cells:
        cl = [(k, e) for k, e in cl if (ok[k] if ok is not None else free[k]) or k == s]
        for k, e in cl:
            goal_end.setdefault(k, e)
        if cl:
            ii, jj = [k % W for k, _ in cl], [k // W for k, _ in cl]
            boxes.append((min(ii), max(ii), min(jj), max(jj)))
    if not goal_end:
        return None

    dx, dy = grid.dx, grid.dy
    dd = math.hypot(dx, dy)
    # A* heuristic: octile distance to the nearest goal box, the exact grid
    # cost in an empty room, hence admissible and consistent. Tabulated once:
    # a function call per push cost a third of the run time.
    cut = dx + dy - dd  # octile = ex*dx + ey*dy - min(ex, ey)*cut
    tables = []
    for i0, i1, j0, j1 in boxes:
        exs = [i0 - i if i < i0 else (i - i1 if i > i1 else 0) for i in range(W)]
        exd = [e * dx for e in exs]
        t = []
        for j in range(grid.ny + 2):
            ey = j0 - j if j < j0 else (j - j1 if j > j1 else 0)
            eyd, eyc = ey * dy, ey * cut
            t += [a + eyd - (e * cut if e < ey else eyc) for e, a in zip(exs, exd)]
        tables.append(t)
    hs = tables[0] if len(tables) == 1 else list(map(min, *tables))

    def can_enter(a: int, b: int) -> bool:
        # Escape rule: someone already standing too close to furniture or to a
        # person may step to a cell that is less deep in every constraint,
        # never deeper and never sideways; so they can back away but cannot
        # slip through a gap that the margins close.
        if free[b]:
            return True
        if free[a]:
            return False
        return po[b] <= po[a] and pb[b] <= pb[a] and (po[b] < po[a] or pb[b] < pb[a])

    nbrs = ((1, dx, 0, 0), (-1, dx, 0, 0), (W, dy, 0, 0), (-W, dy, 0, 0),
            (W + 1, dd, 1, W), (W - 1, dd, -1, W), (-W + 1, dd, 1, -W), (-W - 1, dd, -1, -W))
    g = [math.inf] * N
    parent = [-1] * N
    diag = bytearray(N)
    closed = bytearray(N)
    g[s] = 0.0
    heap = [(hs[s], 0.0, s)]
    push, pop = heapq.heappush, heapq.heappop
    end = -1
    while heap:
        _, gc, cur = pop(heap)
        if closed[cur]:
            continue
        closed[cur] = 1
        if cur in goal_end:
            end = cur
            break
        fast = free[cur]  # plain walkable cell: skip the escape rule
        for off, cost, c1, c2 in nbrs:
            nb = cur + off
            if closed[nb]:
                continue
            if fast:
                if not free[nb] or (c1 and not (free[cur + c1] and free[cur + c2])):
                    continue  # blocked, or cutting a blocked corner
            elif not can_enter(cur, nb) or (
                    c1 and not (can_enter(cur, cur + c1) and can_enter(cur, cur + c2))):
                continue
            ng = gc + cost
            old = g[nb]
            if ng < old - 1e-9:
                g[nb] = ng
                # f is rounded so that float noise does not split ties; equal f
                # then pops the smaller g first, so every equal-cost parent of a
                # cell is expanded before the cell is (needed just below).
                push(heap, (round(ng + hs[nb], 9), ng, nb))
            elif not c1 or ng > old + 1e-9 or diag[nb]:
                continue
            # Among equal-cost parents prefer a diagonal one: the traced path
            # then has one straight and one diagonal run in open floor instead
            # of a staircase of equal-cost steps that zigzags when drawn.
            parent[nb], diag[nb] = cur, c1 != 0
    if end < 0:
        return None
    path = []
    k = end
    while k != -1:
        path.append(k)
        k = parent[k]
    raw = [(float(start[0]), float(start[1]))] + [grid.centre(k) for k in reversed(path)]
    return _polyline(raw + [goal_end[end]])


def _polyline(raw: list[Point]) -> Path:
    """Drop repeated points and merge collinear runs into single segments."""
    pts: list[Point] = []
    for p in raw:
        if pts and distance(pts[-1], p) < _EPS:
            continue
        if len(pts) >= 2:
            a, b = pts[-2], pts[-1]
            ux, uy, vx, vy = b[0] - a[0], b[1] - a[1], p[0] - b[0], p[1] - b[1]
            if abs(ux * vy - uy * vx) <= _EPS * max(1.0, abs(ux) + abs(uy)) and ux * vx + uy * vy > 0:
                pts[-1] = p
                continue
        pts.append(p)
    length = sum(distance(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
    return Path(tuple(pts), length)


def path_exists(room: Room, start: Point, goals: Iterable[Door | Point],
                blockers: Iterable[Blocker] = (), *, body_radius: float = 0.25,
                resolution: float = 0.1, reach: float = 0.0) -> bool:
    return shortest_path(room, start, goals, blockers, body_radius=body_radius,
                         resolution=resolution, reach=reach) is not None
