"""The scenario library: the scenarios of a folder, and the files that could not be used.

``view`` holds ``LibraryView``; ``entries`` the scenario entry, the broken-file entry and the
empty state; ``filters`` the filter bar and what matches it.
"""

from ..widgets import plain_label, scaled_font  # noqa: F401 - the workshop views still import them from here
from .entries import ScenarioEntry
from .view import LibraryView

__all__ = ["LibraryView", "ScenarioEntry"]
