"""FloorPlanView: the current room from the core's data, and the learner's marker to place.

In a positioning step the marker "You" is dragged with the mouse (or a click moves it there)
or moved with the arrow keys, 0.1 m a press (Shift: 0.5 m), and only ever onto a spot where
the encounter says one can stand; the keys hop over furniture. Enter asks to stand there.
After the placement the engine's assessment is drawn on the plan. In other steps the plan
is read-only. For screen readers the view carries the room in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QSizePolicy, QWidget

from ...encounter.positioning import Assessment
from ...scenario.model import Character, Placement, RoomDef
from .describe import room_description
from .plan_drawing import Frame, PlanDrawing
from .words import localized, num, ui

STEP, BIG_STEP = 0.1, 0.5
SIDE_MARGIN = 10


class FloorPlanView(QGraphicsView):
    position_changed = Signal(float, float)   # the marker moved (metres)
    place_requested = Signal(float, float)    # Enter: stand here

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSize(240, 180)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.lang = lang
        self.room: RoomDef | None = None
        self.placements: dict[str, Placement] = {}
        self.characters: dict[str, Character] = {}
        self.learner: tuple[float, float] | None = None
        self.interactive = False
        self.can_stand: Callable[[float, float], bool] | None = None
        self.assessment: Assessment | None = None   # drawn after a placement (practice mode)
        self.preview: Assessment | None = None      # distances while the marker moves
        self.frame = Frame(1.0, 0.0, 0.0)
        self._drag: tuple[float, float] | None = None   # grab offset in metres while dragging

    # -- what to show ----------------------------------------------------------------------------
    def show_room(self, room: RoomDef, placements: dict[str, Placement] | None, characters: dict[str, Character],
                  learner: tuple[float, float] | None = None, lang: str | None = None) -> None:
        """Show ``room`` read-only, with the characters where they are and the learner (if known)."""
        self.room, self.placements, self.characters = room, dict(placements or {}), characters
        self.learner = tuple(learner) if learner is not None else None
        self.lang = lang or self.lang
        self.interactive, self.can_stand = False, None
        self.assessment = self.preview = None
        self._drag = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.updateGeometry()     # another room may need another height
        self._redraw()

    def begin_positioning(self, start: tuple[float, float], can_stand: Callable[[float, float], bool]) -> None:
        """Let the learner move the marker, starting at ``start`` (call after show_room)."""
        self.interactive, self.can_stand = True, can_stand
        self.learner = (float(start[0]), float(start[1]))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._redraw()

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Draw the engine's feedback on a placement (ways out, distances, a blocked exit)."""
        self.assessment = assessment
        if assessment is not None:
            self.learner = tuple(assessment.learner)
        self._redraw()

    def set_preview(self, assessment: Assessment | None) -> None:
        self.preview = assessment
        self._redraw()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._redraw()

    def heading(self) -> str:
        if self.room is None:
            return ""
        plan = self.room.plan
        return ui(self.lang, "plan_heading", room=localized(self.room.name, self.lang), w=num(plan.width, self.lang),
                  h=num(plan.height, self.lang))

    # -- coordinates -------------------------------------------------------------------------------
    def scene_point(self, x: float, y: float) -> QPointF:
        return self.frame.point(x, y)

    def viewport_point(self, x: float, y: float) -> QPoint:
        """Where the point (x, y) in metres lies on the viewport (for mouse events)."""
        return self.mapFromScene(self.frame.point(x, y))

    def metres_at(self, viewport_pos: QPoint | QPointF) -> tuple[float, float]:
        pos = viewport_pos.toPoint() if isinstance(viewport_pos, QPointF) else viewport_pos
        return self.frame.metres(self.mapToScene(pos))

    # -- moving the marker -------------------------------------------------------------------------
    def move_learner(self, x: float, y: float) -> bool:
        """Put the marker at (x, y) if one can stand there; False (and no move) otherwise."""
        if not self.interactive or self.can_stand is None:
            return False
        x, y = round(x, 2), round(y, 2)
        if not self.can_stand(x, y):
            return False
        if (x, y) != self.learner:
            self.learner = (x, y)
            self._redraw()
            self.position_changed.emit(x, y)
        return True

    def nudge(self, dx: float, dy: float) -> bool:
        """Step by (dx, dy); over furniture or a person, on to the first free spot beyond."""
        if self.learner is None or self.room is None:
            return False
        x, y = self.learner
        plan = self.room.plan
        for k in range(1, 1 + int(max(plan.width, plan.height) / max(abs(dx), abs(dy)))):
            nx, ny = round(x + dx * k, 2), round(y + dy * k, 2)
            if not (0 <= nx <= plan.width and 0 <= ny <= plan.height):
                return False
            if self.move_learner(nx, ny):
                return True
        return False

    # -- events ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.interactive or self.learner is None:
            event.ignore()
            return
        step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                 Qt.Key.Key_Down: (0, step)}
        if event.key() in moves:
            self.nudge(*moves[event.key()])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.place_requested.emit(*self.learner)
        else:
            event.ignore()

    def _near_marker(self, pos: QPoint) -> bool:
        if self.learner is None:
            return False
        marker = self.mapFromScene(self.frame.point(*self.learner))
        reach = max(16.0, 0.35 * self.frame.scale)
        return (marker - pos).manhattanLength() <= reach * 1.4

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton or self.learner is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        x, y = self.metres_at(pos)
        if self._near_marker(pos):
            self._drag = (self.learner[0] - x, self.learner[1] - y)
        else:
            self._drag = (0.0, 0.0)
            self.move_learner(x, y)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._drag is not None:
            x, y = self.metres_at(pos)
            self.move_learner(x + self._drag[0], y + self._drag[1])
        elif self.interactive:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._near_marker(pos) else Qt.CursorShape.CrossCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            self._drag = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._redraw()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._redraw()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._redraw()

    # -- drawing -----------------------------------------------------------------------------------
    def _margins(self) -> tuple[float, float]:
        """Room above the room (north door labels) and below it (south door labels, scale bar)."""
        lh = QFontMetrics(self.font()).height()
        return lh + 12, (lh + 12) * 2

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return self.room is not None

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """As high as the room needs at this width, so the panel holds no empty band."""
        if self.room is None:
            return self.minimumHeight()
        top, bottom = self._margins()
        plan = self.room.plan
        return max(self.minimumHeight(), round((width - 2 * SIDE_MARGIN) * plan.height / plan.width + top + bottom))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self.heightForWidth(480))

    def _fit(self) -> tuple[QRectF, float]:
        """Choose pixels per metre and the room's place so the room and its labels fit."""
        vp = self.viewport().rect()
        lh = QFontMetrics(self.font()).height()
        plan = self.room.plan
        top, bottom = self._margins()
        scale = max(4.0, min((vp.width() - 2 * SIDE_MARGIN) / plan.width, (vp.height() - top - bottom) / plan.height))
        ox = (vp.width() - plan.width * scale) / 2
        self.frame = Frame(scale, ox, top)
        return QRectF(0, 0, vp.width(), vp.height()), lh

    def _redraw(self) -> None:
        scene = self.scene()
        scene.clear()
        if self.room is None:
            return
        bounds, lh = self._fit()
        scene.setSceneRect(bounds)
        draw = PlanDrawing(scene, self.frame, self.font(), self.lang)
        draw.room(self.room)
        for cid, pl in self.placements.items():   # people first: their names win the label spots
            draw.character(self.room, self.characters.get(cid), cid, pl)
        if self.learner is not None:
            draw.learner(self.room, self.learner, self.interactive, self.hasFocus())
        draw.place_labels()
        if self.assessment is not None:       # a blocked way out is labelled before the distances
            draw.feedback(self.assessment, self.characters)
        shown = self.assessment or (self.preview if self.interactive else None)
        if shown is not None:
            draw.distances(shown, self.characters, self.placements, judged=self.assessment is not None)
        bottom = self.frame.point(0, self.room.plan.height).y()
        draw.scale_bar(QPointF(self.frame.ox, min(bounds.bottom() - lh / 2 - 4, bottom + lh * 1.5 + 16)))
        self.setAccessibleName(ui(self.lang, "plan", room=localized(self.room.name, self.lang)))
        self.setAccessibleDescription(self.description())

    def description(self) -> str:
        if self.room is None:
            return ""
        return room_description(self.room, self.placements, self.characters, self.learner, self.lang)
