"""The debrief view (reactions first, then the debrief) and its PDF and HTML export."""

from .view import DebriefView

__all__ = ["DebriefView"]
