"""The filters above the scenarios (setting, who acts out, the learner's role, level, time).

What matches is decided without Qt (``matches``); the view only hides the entries that do not
match, so nothing is rebuilt, and the broken files are never filtered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFrame, QPushButton, QVBoxLayout, QWidget

from .. import text as t
from ..widgets import FlowLayout, plain_label
from .words import words

if TYPE_CHECKING:  # annotations only: the core's loader is imported after the first paint
    from ...scenario.model import Scenario
    from .entries import ScenarioEntry

FILTER_KEYS = ("setting", "aggressor", "role", "difficulty", "duration")
# (key, the longest time included, or None for "longer than" the last limit)
DURATIONS: tuple[tuple[str, int, bool], ...] = (
    ("up_to_10", 10, True), ("up_to_15", 15, True), ("up_to_20", 20, True), ("over_20", 20, False))


def matches(scenario: Scenario, state: dict[str, str | None]) -> bool:
    """Whether ``scenario`` passes every filter in ``state`` (a missing or None value lets all through).

    The role filter passes a scenario written for that role or for any role; the others compare
    the scenario's own value, exactly as the entry shows it.
    """
    if state.get("setting") and scenario.setting != state["setting"]:
        return False
    if state.get("aggressor") and scenario.aggressor != state["aggressor"]:
        return False
    if state.get("difficulty") and scenario.difficulty != state["difficulty"]:
        return False
    role = state.get("role")
    if role and role not in scenario.learner_roles and "any" not in scenario.learner_roles:
        return False
    duration = state.get("duration")
    if duration:
        bucket = next((b for b in DURATIONS if b[0] == duration), None)
        if bucket is not None:
            _, limit, up_to = bucket
            if (scenario.minutes > limit) if up_to else (scenario.minutes <= limit):
                return False
    return True


def _in_table_order(values: set[str], table: dict[str, str]) -> list[str]:
    """The values the scenarios use, in the order of the words table; values it does not know go last."""
    return [k for k in table if k in values] + sorted(values - set(table))


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


class Filtering:
    """The filter bar of ``LibraryView`` and what it hides; the view sets ``entries``,
    ``count_label``, ``scenario_list``, ``no_match``, ``filters`` and ``reset_button``."""

    def _filter_bar(self, scenarios: Sequence[Scenario], lang: str) -> QWidget:
        """One labelled list per filter, each starting at All, and a button that sets them all back."""
        used = {key: set() for key in ("setting", "aggressor", "difficulty", "role")}
        for sc in scenarios:
            used["setting"].add(sc.setting)
            used["aggressor"].add(sc.aggressor)
            used["difficulty"].add(sc.difficulty)
            used["role"].update(r for r in sc.learner_roles if r != "any")
        choices: dict[str, tuple[str, list[tuple[str, str]]]] = {
            "setting": (t.ui(lang, "setting"), [(t.word(t.SETTINGS, v, lang), v)
                                                for v in _in_table_order(used["setting"], t.SETTINGS)]),
            "aggressor": (t.ui(lang, "aggressor"), [(_capitalized(t.word(t.AGGRESSORS, v, lang)), v)
                                                    for v in _in_table_order(used["aggressor"], t.AGGRESSORS)]),
            "role": (words(lang, "your_role"), [(_capitalized(t.word(t.ROLES, v, lang)), v)
                                                for v in _in_table_order(used["role"], t.ROLES)]),
            "difficulty": (t.ui(lang, "difficulty"), [(t.word(t.DIFFICULTIES, v, lang), v)
                                                      for v in _in_table_order(used["difficulty"], t.DIFFICULTIES)]),
            "duration": (t.ui(lang, "duration"), [
                (words(lang, "up_to" if up_to else "longer_than", n=limit), key) for key, limit, up_to in DURATIONS]),
        }
        bar = QFrame()
        bar.setObjectName("filterBar")
        bar.setAccessibleName(words(lang, "filters"))
        flow = FlowLayout(bar)
        for key in FILTER_KEYS:
            label_text, items = choices[key]
            group = QWidget()
            group.setObjectName("filterGroup")
            group_layout = QVBoxLayout(group)
            group_layout.setContentsMargins(0, 0, 0, 0)
            group_layout.setSpacing(3)
            label = plain_label(label_text, "filterLabel")
            label.setWordWrap(False)
            box = QComboBox()
            box.setObjectName(f"filter_{key}")
            box.addItem(words(lang, "all"), None)
            for text, value in items:
                box.addItem(text, value)
            box.setAccessibleName(label_text)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self.apply_filters)
            label.setBuddy(box)
            group_layout.addWidget(label)
            group_layout.addWidget(box)
            flow.addWidget(group)
            self.filters[key] = box
        self.reset_button = QPushButton(words(lang, "show_all"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setToolTip(words(lang, "show_all_tip"))
        self.reset_button.setAccessibleDescription(words(lang, "show_all_tip"))
        self.reset_button.clicked.connect(self.clear_filters)
        flow.addWidget(self.reset_button)
        return bar

    def filter_state(self) -> dict[str, str | None]:
        """What each filter is set to (None: all), to give a rebuilt library."""
        return {key: box.currentData() for key, box in self.filters.items()}

    def set_filter_state(self, state: dict[str, str | None]) -> None:
        """Set the filters (a value this library does not offer leaves that filter at All)."""
        for key, box in self.filters.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(state.get(key))) if state.get(key) else 0)
            box.blockSignals(False)
        self.apply_filters()

    def clear_filters(self) -> None:
        self.set_filter_state({})

    def visible_entries(self) -> list[ScenarioEntry]:
        """The entries the filters let through (whether or not the view is on screen)."""
        return [e for e in self.entries if not e.isHidden()]

    def apply_filters(self) -> None:
        """Hide the entries that do not match; the entries themselves are kept as they are."""
        state = self.filter_state()
        for entry in self.entries:
            entry.setHidden(not matches(entry.scenario, state))
        shown, total = len(self.visible_entries()), len(self.entries)
        active = any(state.values())
        count = words(self.lang, "shown_of", shown=shown, total=total) if active else t.scenario_count(total, self.lang)
        self.count_label.setText(count)
        self.scenario_list.setAccessibleDescription(count)
        self.no_match.setHidden(shown > 0 or total == 0)
        if self.reset_button is not None:
            self.reset_button.setEnabled(active)
