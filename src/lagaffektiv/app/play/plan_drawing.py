"""Drawing a room on a QGraphicsScene: walls, doors, furniture, alarms, people, and the
engine's feedback on a placement (ways out, distances, a blocked exit).

The scene is in pixels: FloorPlanView chooses the scale (pixels per metre) and the origin
so the room fits, and draws again after a resize, so text keeps the app's font size at any
zoom. Every label is a QGraphicsSimpleTextItem, which shows text literally.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsTextItem

from ...encounter.positioning import Assessment
from ...lengths import DOWN, UP
from ...scenario.model import Character, Placement, RoomDef
from ..widgets import scaled_font
from .describe import item_label
from .style import colours
from .words import door_users, localized, num, ui


def plain_tooltip(text: str) -> str:
    """Tool tips guess rich text from the text itself; escaped inside our own <p>, a scenario's
    text always shows literally."""
    return f"<p>{html.escape(text)}</p>"


MAX_POINTS = 13.0   # the plan's labels grow with the text size up to this


Z_FLOOR, Z_FURNITURE, Z_WALL, Z_PATH, Z_PEOPLE, Z_LABEL = range(6)


@dataclass
class Frame:
    """Where the room lies in the scene: pixels per metre and the room's top-left corner."""

    scale: float
    ox: float
    oy: float

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.ox + x * self.scale, self.oy + y * self.scale)

    def metres(self, p: QPointF) -> tuple[float, float]:
        return ((p.x() - self.ox) / self.scale, (p.y() - self.oy) / self.scale)


class PlanDrawing:
    def __init__(self, scene: QGraphicsScene, frame: Frame, base_font: QFont, lang: str):
        self.scene = scene
        self.f = frame
        self.lang = lang
        self.c = colours()
        # The plan's words follow the text size, up to a size at which a room still has space for them
        # (the whole room is also in words for screen readers, see describe.py).
        factor = min(0.9, MAX_POINTS / max(1.0, base_font.pointSizeF()))
        self.font = scaled_font(base_font, factor)
        self.bold = scaled_font(base_font, factor, bold=True)
        self.fm = QFontMetrics(self.font)
        self.bounds = scene.sceneRect()
        self.taken: list[QRectF] = []   # what labels must not cover: other labels, people
        self.names: list = []            # people's names: placed once every person is drawn
        self.later: list = []            # door and alarm labels: placed after the people's names

    # -- helpers -----------------------------------------------------------------------------
    def label(self, text: str, at: QPointF, anchor: str = "center", colour: QColor | None = None, bold: bool = False,
              max_width: float | None = None, z: int = Z_LABEL) -> QRectF:
        """A plain-text label with a white backing; anchor is where ``at`` lies on it. Kept inside the
        scene, and moved up or down a line or two when it would cover another label or a person."""
        font = self.bold if bold else self.font
        colour = colour or self.c.ink
        fm = QFontMetrics(font)
        if max_width is not None and max_width > 0:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(max_width))
        item = QGraphicsSimpleTextItem(text)
        item.setFont(font)
        item.setBrush(colour)
        w, h = item.boundingRect().width(), item.boundingRect().height()
        x = {"left": at.x(), "right": at.x() - w}.get(anchor, at.x() - w / 2)
        y = {"top": at.y(), "bottom": at.y() - h}.get(anchor, at.y() - h / 2)
        b = self.bounds
        x = min(max(x, b.left() + 2), b.right() - w - 2)
        y = min(max(y, b.top() + 2), b.bottom() - h - 2)
        x, y = self._free_spot(x, y, w, h)
        box = QRectF(x - 3, y - 1, w + 6, h + 2)
        self.taken.append(box)
        path = QPainterPath()
        path.addRoundedRect(box, 3, 3)
        bg = self.scene.addPath(path, QPen(Qt.PenStyle.NoPen), QBrush(self.c.label_bg))
        bg.setZValue(z)
        item.setPos(x, y)
        item.setZValue(z)
        self.scene.addItem(item)
        return box

    def _free_spot(self, x: float, y: float, w: float, h: float) -> tuple[float, float]:
        """The nearest of a few spots around (x, y) where the label covers nothing taken."""
        b, step = self.bounds, h + 3
        for ky, kx in ((0, 0), (1, 0), (-1, 0), (0, 0.6), (0, -0.6), (1, 0.6), (1, -0.6), (-1, 0.6),
                       (-1, -0.6), (2, 0), (-2, 0)):
            left, top = x + kx * w, y + ky * step
            box = QRectF(left - 3, top - 1, w + 6, h + 2)
            if (b.left() <= left and left + w <= b.right() and b.top() <= top and top + h <= b.bottom()
                    and not any(box.intersects(t) for t in self.taken)):
                return left, top
        return x, y

    def polyline(self, points: list, pen: QPen, z: int = Z_PATH) -> None:
        if not points or len(points) < 2:
            return
        path = QPainterPath(self.f.point(*points[0]))
        for pt in points[1:]:
            path.lineTo(self.f.point(*pt))
        item = self.scene.addPath(path, pen)
        item.setZValue(z)

    def _pen(self, colour: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
        return QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    # -- the room ----------------------------------------------------------------------------
    def place_labels(self) -> None:
        """The people's names, then the door and alarm labels (call after drawing the people)."""
        for place in self.names + self.later:
            place()
        self.names, self.later = [], []

    def room(self, room: RoomDef) -> None:
        plan, f = room.plan, self.f
        floor = QRectF(f.point(0, 0), f.point(plan.width, plan.height))
        self.scene.addRect(floor, QPen(Qt.PenStyle.NoPen), QBrush(self.c.surface)).setZValue(Z_FLOOR)
        grid = QPen(self.c.grid, 1)
        for i in range(1, math.ceil(plan.width)):      # a light 1 m grid helps judge distances
            x = f.point(i, 0).x()
            self.scene.addLine(x, floor.top(), x, floor.bottom(), grid).setZValue(Z_FLOOR)
        for j in range(1, math.ceil(plan.height)):
            y = f.point(0, j).y()
            self.scene.addLine(floor.left(), y, floor.right(), y, grid).setZValue(Z_FLOOR)
        for o in plan.obstacles:
            self._furniture(room, o)
        self._walls(room)
        for alarm in room.alarms:
            self._alarm(room, alarm)

    def _walls(self, room: RoomDef) -> None:
        plan = room.plan
        spans: dict[str, list[tuple[float, float]]] = {"north": [], "south": [], "west": [], "east": []}
        for door in plan.doors:
            wall = plan.door_wall(door)
            if wall:
                centre = door.x if wall in ("north", "south") else door.y
                spans[wall].append((centre - door.width / 2, centre + door.width / 2))
                self._door(room, door, wall)
        pen = QPen(self.c.wall, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap)
        walls = {"north": ((0, 0), (1, 0), plan.width), "south": ((0, plan.height), (1, 0), plan.width),
                 "west": ((0, 0), (0, 1), plan.height), "east": ((plan.width, 0), (0, 1), plan.height)}
        for name, ((x0, y0), (dx, dy), length) in walls.items():
            t = 0.0
            for a, b in sorted(spans[name]) + [(length, length)]:
                if a > t:
                    p, q = self.f.point(x0 + dx * t, y0 + dy * t), self.f.point(x0 + dx * a, y0 + dy * a)
                    self.scene.addLine(p.x(), p.y(), q.x(), q.y(), pen).setZValue(Z_WALL)
                t = max(t, b)

    def _door(self, room: RoomDef, door, wall: str) -> None:
        horizontal = wall in ("north", "south")
        half = door.width / 2
        a = self.f.point(door.x - half, door.y) if horizontal else self.f.point(door.x, door.y - half)
        b = self.f.point(door.x + half, door.y) if horizontal else self.f.point(door.x, door.y + half)
        self.scene.addLine(a.x(), a.y(), b.x(), b.y(), QPen(self.c.line, 1, Qt.PenStyle.DashLine)).setZValue(Z_WALL)
        who = door_users(door.exit_for, self.lang)
        name = item_label(room, door.id, self.lang) if door.id in room.labels else ui(self.lang, "door")
        text = f"{name} – {who}"
        self.later.append(lambda: self._door_label(room, text, wall, a, b))

    def _door_label(self, room: RoomDef, text: str, wall: str, a: QPointF, b: QPointF) -> None:
        mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
        room_px = room.plan.width * self.f.scale
        gap = 6
        if wall == "north":
            self.label(text, QPointF(mid.x(), mid.y() - gap), "bottom", self.c.heading, max_width=room_px * 0.9)
        elif wall == "south":
            self.label(text, QPointF(mid.x(), mid.y() + gap), "top", self.c.heading, max_width=room_px * 0.9)
        else:
            # beside the opening, inside the room, so it needs no margin of its own
            x = mid.x() + gap + 2 if wall == "west" else mid.x() - gap - 2
            self.label(text, QPointF(x, min(a.y(), b.y()) - self.fm.height() / 2 - 3),
                       "left" if wall == "west" else "right", self.c.heading, max_width=room_px * 0.6)

    def _furniture(self, room: RoomDef, o) -> None:
        rect = QRectF(self.f.point(o.x, o.y), self.f.point(o.x + o.w, o.y + o.h))
        item = self.scene.addRect(rect, QPen(self.c.line, 1.2), QBrush(self.c.furniture))
        item.setZValue(Z_FURNITURE)
        text = item_label(room, o.id, self.lang)
        item.setToolTip(plain_tooltip(text))
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        inner = rect.adjusted(4, 2, -4, -2)
        need = self.fm.boundingRect(inner.toRect(), flags, text)
        if need.width() <= inner.width() + 1 and need.height() <= inner.height() + 1:
            self._wrapped(text, inner)
            return
        if self.fm.height() <= inner.height() and inner.width() >= self.fm.averageCharWidth() * 8:
            self.label(text, rect.center(), "center", self.c.ink_soft, max_width=inner.width(), z=Z_FURNITURE)
            return
        # Too small to hold its name: the name goes beside it, on the side with the most room.
        plan = room.plan
        room_rect = QRectF(self.f.point(0, 0), self.f.point(plan.width, plan.height))
        sides = {"left": rect.left() - room_rect.left(), "right": room_rect.right() - rect.right(),
                 "above": rect.top() - room_rect.top(), "below": room_rect.bottom() - rect.bottom()}
        side = max(sides, key=sides.get)
        at = {"left": (QPointF(rect.left() - 4, rect.center().y()), "right"),
              "right": (QPointF(rect.right() + 4, rect.center().y()), "left"),
              "above": (QPointF(rect.center().x(), rect.top() - 3), "bottom"),
              "below": (QPointF(rect.center().x(), rect.bottom() + 3), "top")}[side]
        self.label(text, at[0], at[1], self.c.ink_soft, z=Z_FURNITURE)

    def _wrapped(self, text: str, inner: QRectF) -> None:
        item = QGraphicsTextItem()
        item.setPlainText(text)       # never HTML
        item.setFont(self.font)
        item.setDefaultTextColor(self.c.ink_soft)
        item.document().setDocumentMargin(0)
        item.setTextWidth(inner.width())
        option = item.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        item.document().setDefaultTextOption(option)
        h = item.boundingRect().height()
        item.setPos(inner.left(), inner.center().y() - h / 2)
        used = item.document().idealWidth()
        self.taken.append(QRectF(inner.center().x() - used / 2, inner.center().y() - h / 2, used, h))
        item.setZValue(Z_FURNITURE)
        self.scene.addItem(item)

    def _alarm(self, room: RoomDef, alarm) -> None:
        c = self.f.point(*alarm.at)
        side = min(16.0, max(10.0, 0.22 * self.f.scale))
        box = QRectF(c.x() - side / 2, c.y() - side / 2, side, side)
        item = self.scene.addRect(box, QPen(self.c.ink, 1.5), QBrush(self.c.danger))
        item.setZValue(Z_WALL + 0.5)
        item.setToolTip(plain_tooltip(localized(alarm.label, self.lang) or ui(self.lang, "alarm")))
        bang = QGraphicsSimpleTextItem("!")
        bang.setFont(self.bold)
        bang.setBrush(self.c.surface)
        bang.setPos(c.x() - bang.boundingRect().width() / 2, c.y() - bang.boundingRect().height() / 2)
        bang.setZValue(Z_WALL + 0.6)
        bang.setScale(min(1.0, side / max(1.0, bang.boundingRect().height())))
        bang.setPos(c.x() - bang.boundingRect().width() * bang.scale() / 2,
                    c.y() - bang.boundingRect().height() * bang.scale() / 2)
        self.scene.addItem(bang)
        # the word goes into the room, away from the nearest wall
        plan = room.plan
        x, y = alarm.at
        walls = {"north": y, "south": plan.height - y, "west": x, "east": plan.width - x}
        wall = min(walls, key=walls.get)
        off = side / 2 + 3
        at, anchor = {"north": (QPointF(c.x(), c.y() + off), "top"),
                      "south": (QPointF(c.x(), c.y() - off), "bottom"),
                      "west": (QPointF(c.x() + off, c.y()), "left"),
                      "east": (QPointF(c.x() - off, c.y()), "right")}[wall]
        self.later.append(lambda: self.label(ui(self.lang, "alarm"), at, anchor, self.c.danger, bold=True))

    # -- people ------------------------------------------------------------------------------
    def person_radius(self) -> float:
        return min(20.0, max(9.0, 0.25 * self.f.scale))

    def character(self, room: RoomDef, ch: Character | None, cid: str, pl: Placement) -> None:
        c = self.f.point(*pl.at)
        r = self.person_radius()
        circle = self.scene.addEllipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), QPen(self.c.ink_soft, 2), QBrush(self.c.person))
        circle.setZValue(Z_PEOPLE)
        self.taken.append(circle.rect())
        a = math.radians(pl.facing)
        tip = QPointF(c.x() + math.cos(a) * (r + 9), c.y() + math.sin(a) * (r + 9))
        start = QPointF(c.x() + math.cos(a) * r * 0.35, c.y() + math.sin(a) * r * 0.35)
        tick = self.scene.addLine(start.x(), start.y(), tip.x(), tip.y(), self._pen(self.c.ink_soft, 3))
        tick.setZValue(Z_PEOPLE + 0.1)
        name = localized(ch.name, self.lang) if ch else cid
        self.names.append(lambda: self._name_below(name, c, r, self.c.ink, room))

    def learner(self, room: RoomDef, at: tuple[float, float], active: bool, focused: bool) -> None:
        c = self.f.point(*at)
        r = min(20.0, max(11.0, 0.3 * self.f.scale))
        diamond = QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                             QPointF(c.x() - r, c.y())])
        item = self.scene.addPolygon(diamond, QPen(self.c.ink, 2), QBrush(self.c.learner))
        item.setZValue(Z_PEOPLE + 0.2)
        self.taken.append(diamond.boundingRect())
        if active:
            ring = self.scene.addEllipse(QRectF(c.x() - r - 6, c.y() - r - 6, 2 * r + 12, 2 * r + 12),
                                         QPen(self.c.learner, 2.5 if focused else 1.5, Qt.PenStyle.DashLine))
            ring.setZValue(Z_PEOPLE + 0.2)
        self.names.insert(0, lambda: self._name_below(ui(self.lang, "you"), c, r, self.c.learner, room, bold=True))

    def _name_below(self, text: str, c: QPointF, r: float, colour: QColor, room: RoomDef, bold: bool = True) -> None:
        bottom = self.f.point(0, room.plan.height).y()
        if c.y() + r + 4 + self.fm.height() <= bottom:
            self.label(text, QPointF(c.x(), c.y() + r + 3), "top", colour, bold=bold)
        else:
            self.label(text, QPointF(c.x(), c.y() - r - 3), "bottom", colour, bold=bold)

    # -- what the engine says about a spot -----------------------------------------------------
    def distances(self, assessment: Assessment, characters: dict[str, Character], placements: dict[str, Placement],
                  judged: bool) -> None:
        """Dotted lines from the learner to each assessed character, with the distance in metres;
        ``judged`` adds "too close" (after placing, in practice mode)."""
        me = self.f.point(*assessment.learner)
        for check in assessment.checks:
            pl = placements.get(check.character)
            if pl is None:
                continue
            other = self.f.point(*pl.at)
            close = judged and check.too_close
            pen = self._pen(self.c.danger if close else self.c.ink_soft, 1.5, Qt.PenStyle.DotLine)
            self.scene.addLine(me.x(), me.y(), other.x(), other.y(), pen).setZValue(Z_PATH)
            d = num(check.distance, self.lang, DOWN)   # rounded down, the requirement up: as the words
            text = (ui(self.lang, "too_close", d=d, r=num(check.required, self.lang, UP))
                    if close else ui(self.lang, "metres", d=d))
            mid = QPointF((me.x() + other.x()) / 2, (me.y() + other.y()) / 2)
            self.label(text, mid, "center", self.c.danger if close else self.c.ink, bold=close)

    def feedback(self, assessment: Assessment, characters: dict[str, Character]) -> None:
        """Ways out as drawn by the engine; a blocked one dashed red AND labelled in words."""
        for check in assessment.checks:
            ch = characters.get(check.character)
            name = localized(ch.name, self.lang) if ch else check.character
            path = check.exit_path or []
            if check.blocks_exit:
                self.polyline(path, self._pen(self.c.danger, 3.5, Qt.PenStyle.DashLine))
                self._path_label(path, ui(self.lang, "way_out_blocked", name=name), self.c.danger, 0.5, bold=True)
            elif path:
                self.polyline(path, self._pen(self.c.good, 2.5))
                self._path_label(path, ui(self.lang, "way_out", name=name), self.c.good, 0.6)
        if assessment.own_exit_path:
            self.polyline(assessment.own_exit_path, self._pen(self.c.learner, 2.5, Qt.PenStyle.DashDotLine))
            self._path_label(assessment.own_exit_path, ui(self.lang, "own_way_out"), self.c.learner, 0.7)
        elif not assessment.own_exit:
            me = self.f.point(*assessment.learner)
            self.label(ui(self.lang, "own_way_cut"), QPointF(me.x(), me.y() - 40), "bottom", self.c.danger, bold=True)
        if assessment.alarm_path and len(assessment.alarm_path) > 1:
            self.polyline(assessment.alarm_path, self._pen(self.c.ink_soft, 1.8, Qt.PenStyle.DotLine))
        elif assessment.alarm is False:
            me = self.f.point(*assessment.learner)
            self.label(ui(self.lang, "alarm_cut"), QPointF(me.x(), me.y() + 40), "top", self.c.danger, bold=True)

    def _path_label(self, points: list, text: str, colour: QColor, at: float, bold: bool = False) -> None:
        if not points:
            return
        self.label(text, self._along(points, at), "center", colour, bold=bold)

    def _along(self, points: list, share: float) -> QPointF:
        """The point ``share`` of the way along a polyline (in the scene)."""
        pts = [self.f.point(*p) for p in points]
        lengths = [math.dist((a.x(), a.y()), (b.x(), b.y())) for a, b in zip(pts, pts[1:])]
        goal = sum(lengths) * share
        for (a, b), length in zip(zip(pts, pts[1:]), lengths):
            if goal <= length and length > 0:
                t = goal / length
                return QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
            goal -= length
        return pts[-1]

    # -- the scale bar -------------------------------------------------------------------------
    def scale_bar(self, at: QPointF) -> None:
        """A 1 m bar whose left end is at ``at``."""
        s = self.f.scale
        pen = QPen(self.c.ink, 2)
        self.scene.addLine(at.x(), at.y(), at.x() + s, at.y(), pen).setZValue(Z_LABEL)
        for x in (at.x(), at.x() + s):
            self.scene.addLine(x, at.y() - 4, x, at.y() + 4, pen).setZValue(Z_LABEL)
        text = QGraphicsSimpleTextItem("1 m")
        text.setFont(self.font)
        text.setBrush(self.c.ink)
        text.setPos(at.x() + s + 6, at.y() - text.boundingRect().height() / 2)
        text.setZValue(Z_LABEL)
        self.scene.addItem(text)
