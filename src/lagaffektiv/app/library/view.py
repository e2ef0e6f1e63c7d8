"""The scenario library: the scenarios of a folder, and the files that could not be used.

``LibraryView`` takes what ``lagaffektiv.scenario.load.load_library`` returns and only
presents it. Broken files are never hidden: they get their own list with every lint
message, and a notice above the scenarios says how many there are.

Above the scenarios, filters (setting, who acts out, the learner's role, level, time) hide
the entries that do not match; nothing is rebuilt, and the broken files are never filtered.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QMenu, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from .. import text as t
from ..pack_import import words as pack_words
from ..widgets import plain_label, scaled_font
from .entries import BrokenFileEntry, EmptyState, ScenarioEntry, is_folder_report
from .filters import Filtering
from .style import style
from .words import words

if TYPE_CHECKING:  # annotations only: the core's loader is imported after the first paint
    from ...lint.runner import FileReport
    from ...scenario.model import Scenario

READABLE_CHARS = 110  # the scenario column is capped near this many characters per line


def _scroll(body: QWidget, accessible_name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(accessible_name)
    return area


class LibraryView(Filtering, QWidget):
    """The scenarios of a folder, and the files of it that could not be used.

    ``filters`` (as given by ``filter_state()``) starts the view with those filters set, so a
    rebuilt library (new language, new best results) can keep what the learner chose.
    """

    start_requested = Signal(str)
    workshop_requested = Signal(str)
    import_requested = Signal(str)   # "zip" or "folder": the main window runs the import (app/pack_import.py)

    def __init__(self, scenarios: Sequence[Scenario], broken: Sequence[FileReport], lang: str = "sv",
                 folder: Path | None = None, folder_exists: bool = True, parent: QWidget | None = None,
                 best: dict[str, int] | None = None, filters: dict[str, str | None] | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("libraryView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style())
        self.entries = [ScenarioEntry(sc, lang, best=(best or {}).get(sc.id)) for sc in scenarios]
        for entry in self.entries:
            entry.start_requested.connect(self.start_requested)
            entry.workshop_requested.connect(self.workshop_requested)
        # Without scenarios, what the linter says about the folder itself belongs to the empty
        # state; every report about a file is listed as a broken file.
        folder_reports = [] if self.entries else [r for r in broken if is_folder_report(r, folder)]
        in_empty_state = {id(r) for r in folder_reports}
        self.broken_entries = [BrokenFileEntry(r, lang, folder) for r in broken if id(r) not in in_empty_state]
        self.empty_state = None if self.entries else EmptyState(lang, folder, folder_exists, folder_reports)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)

        header = QHBoxLayout()
        self.heading = plain_label(t.ui(lang, "scenarios"), "libraryHeading")
        self.heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.heading.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        self.count_label = plain_label(t.scenario_count(len(self.entries), lang), "scenarioCount")
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        self.import_button = self._import_button(lang)
        header.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(header)
        self.outer = outer
        self.extra: QWidget | None = None

        self.notice = None
        if self.broken_entries:
            n = len(self.broken_entries)
            self.notice = plain_label(t.ui(lang, "broken_notice_one") if n == 1 else
                                      t.ui(lang, "broken_notice", n=n), "brokenNotice")
            outer.addWidget(self.notice)

        body = QHBoxLayout()
        body.setSpacing(16)
        outer.addLayout(body, 1)
        readable = self.fontMetrics().averageCharWidth() * READABLE_CHARS

        # The left column: the filters, then the scenarios under them.
        left = QVBoxLayout()
        left.setSpacing(10)
        self.filters: dict[str, QComboBox] = {}
        self.reset_button: QPushButton | None = None
        self.filter_bar = self._filter_bar(scenarios, lang) if len(self.entries) > 1 else None
        if self.filter_bar is not None:
            left.addWidget(self.filter_bar)

        list_body = QWidget()
        list_body.setObjectName("scenarioListBody")
        column = QVBoxLayout(list_body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        for entry in self.entries:
            column.addWidget(entry)
        if self.empty_state is not None:
            column.addWidget(self.empty_state)
        self.no_match = plain_label(words(lang, "no_match"), "noMatch")
        self.no_match.hide()
        column.addWidget(self.no_match)
        column.addStretch(1)
        self.scenario_list = _scroll(list_body, t.ui(lang, "scenarios"))
        self.scenario_list.setAccessibleDescription(t.scenario_count(len(self.entries), lang))
        self.scenario_list.setMaximumWidth(readable)
        list_row = QHBoxLayout()   # the list keeps its readable width at the left; the rest stays empty
        list_row.setSpacing(0)
        list_row.addWidget(self.scenario_list, 1)
        list_row.addStretch(0)
        left.addLayout(list_row, 1)
        body.addLayout(left, 3 if self.broken_entries else 1)

        self.broken_list = None
        if self.broken_entries:
            panel = QFrame()
            panel.setObjectName("brokenPanel")
            panel_layout = QVBoxLayout(panel)
            panel_layout.setContentsMargins(12, 10, 12, 10)
            panel_layout.setSpacing(8)
            heading = plain_label(f"{t.ui(lang, 'broken')} ({len(self.broken_entries)})", "brokenHeading")
            heading.setFont(scaled_font(self.font(), 1.15, bold=True))
            panel_layout.addWidget(heading)
            panel_layout.addWidget(plain_label(t.ui(lang, "broken_intro"), "brokenIntro"))
            broken_body = QWidget()
            broken_body.setObjectName("brokenListBody")
            broken_column = QVBoxLayout(broken_body)
            broken_column.setContentsMargins(0, 0, 6, 0)
            broken_column.setSpacing(8)
            for entry in self.broken_entries:
                broken_column.addWidget(entry)
            broken_column.addStretch(1)
            self.broken_list = _scroll(broken_body, t.ui(lang, "broken"))
            panel_layout.addWidget(self.broken_list, 1)
            body.addWidget(panel, 2)

        if filters:
            self.set_filter_state(filters)
        else:
            self.apply_filters()

    def add_notice(self, widget: QWidget) -> None:
        """A line under the heading from elsewhere in the app (unfinished workshops)."""
        self.extra = widget
        self.outer.insertWidget(1, widget)

    def _import_button(self, lang: str) -> QPushButton:
        """"Import scenario pack…" with a small menu: from a .zip file, or from a folder."""
        button = QPushButton(pack_words(lang, "button"))
        button.setObjectName("importPack")
        button.setToolTip(pack_words(lang, "button_tip"))
        button.setAccessibleDescription(pack_words(lang, "button_tip"))
        menu = QMenu(button)
        for kind, key in (("zip", "from_zip"), ("folder", "from_folder")):
            action = menu.addAction(pack_words(lang, key))
            action.setObjectName(f"importPack_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.import_requested.emit(k))
        button.setMenu(menu)
        return button

