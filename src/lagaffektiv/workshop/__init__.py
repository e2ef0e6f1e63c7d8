"""Workshop mode (Qt-free): a team plays one encounter together around a projector.

See docs/workshop.md for how a session runs. The Workshop is in model.py, its plain records
(settings, tally, decision) in records.py, autosave in store.py, the team debrief data in
debrief.py and its HTML in summary.py.
"""

from .debrief import TEAM_DEBRIEF_VERSION, team_debrief
from .model import HOT_SEAT_MIN_SECONDS, HOT_SEAT_SECONDS, Workshop, hot_seat_seconds
from .prompts import DEFAULT_DEBRIEF_QUESTIONS, DEFAULT_OBSERVE
from .records import DECISION_KINDS, HOWS, WORKSHOP_VERSION, Decision, Tally, WorkshopConfig, WorkshopError
from .store import SavedWorkshop, WorkshopStore
from .summary import summary_html

__all__ = ["DECISION_KINDS", "DEFAULT_DEBRIEF_QUESTIONS", "DEFAULT_OBSERVE", "HOT_SEAT_MIN_SECONDS",
           "HOT_SEAT_SECONDS", "HOWS", "TEAM_DEBRIEF_VERSION", "WORKSHOP_VERSION", "Decision", "SavedWorkshop",
           "Tally", "Workshop", "WorkshopConfig", "WorkshopError", "WorkshopStore", "hot_seat_seconds",
           "summary_html", "team_debrief"]
