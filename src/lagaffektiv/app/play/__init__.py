"""The play view: one encounter step by step, and the floor plan of the room it happens in.

``PlayView`` presents a ``lagaffektiv.session.PracticeSession`` and passes the learner's input
back to it; ``FloorPlanView`` draws a room from the core's data and lets the learner place
themselves in a positioning step. Everything they show is computed by the Qt-free core.
"""

from .planview import FloorPlanView
from .view import PlayView

__all__ = ["FloorPlanView", "PlayView"]
