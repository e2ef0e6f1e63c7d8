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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QMenu, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from typing import TYPE_CHECKING

from . import text as t
from . import theme
from .i18n import translate
from .pack_import import words as pack_words

if TYPE_CHECKING:  # annotations only: the core's loader is imported after the first paint
    from ..lint.runner import FileReport
    from ..scenario.model import Scenario

READABLE_CHARS = 110  # the scenario column is capped near this many characters per line
MAX_DIAGNOSTICS_SHOWN = 20  # per file; the rest are counted, with the command that lists them all

# The library's own words (context "library"); the Swedish ones come from the .ts.
WORDS: dict[str, str] = {
    "filters": QT_TRANSLATE_NOOP("library", "Filter the scenarios"),
    "all": QT_TRANSLATE_NOOP("library", "All"),
    "your_role": QT_TRANSLATE_NOOP("library", "Your role"),
    "up_to": QT_TRANSLATE_NOOP("library", "up to {n} min"),
    "longer_than": QT_TRANSLATE_NOOP("library", "longer than {n} min"),
    "shown_of": QT_TRANSLATE_NOOP("library", "{shown} of {total} scenarios"),
    "show_all": QT_TRANSLATE_NOOP("library", "Show all scenarios"),
    "show_all_tip": QT_TRANSLATE_NOOP("library", "Set every filter back to All"),
    "no_match": QT_TRANSLATE_NOOP("library", "No scenario matches the filters. Choose All in one of the lists "
                                             "above, or show all scenarios."),
    "lead": QT_TRANSLATE_NOOP("library", "Lead a workshop"),
    "lead_tip": QT_TRANSLATE_NOOP("library", "Run this scenario with a group on a projector: the group votes at "
                                             "each decision"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go), as in debrief/words.py.


def words(lang: str, key: str, **values: object) -> str:
    source = WORDS[key]
    text = translate("library", source, lang)
    return text.format(**values) if values else text


# -- filtering (no Qt: what matches is decided here, the view only hides entries) ---------------
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


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps to a new row when the width runs out (large text)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, row_spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rows, each item at the bottom of its row (a button lines up with the
        lists beside it, under their labels); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(QSize(max(1, area.width()), 1 << 20))
            if rows[-1] and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint, x))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _, hint, _ in row), default=0)
            if move:
                for item, hint, left in row:
                    item.setGeometry(QRect(QPoint(left, y + height - hint.height()), hint))
            y += height + self._row_spacing
        used = y - self._row_spacing if any(rows) else y
        return used - rect.y() + m.bottom()


def style() -> str:
    th = theme.current()
    return f"""
#libraryView {{ background: {th.window}; }}
#scenarioEntry, #brokenEntry, #emptyState {{
    background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px;
}}
#scenarioEntry:focus {{ border: 2px solid {th.focus}; }}
#scenarioTitle, #emptyTitle {{ color: {th.text}; }}
#scenarioSummary, #emptyBody, #bestResult {{ color: {th.text}; }}
#scenarioFacts, #emptyLint {{ color: {th.text_soft}; }}
#startButton {{
    background: {th.accent}; color: {th.accent_text}; border: 1px solid {th.line}; border-radius: 4px;
    padding: 6px 18px; font-weight: bold;
}}
#startButton:focus {{ border: 3px solid {th.focus}; }}
#workshopButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 4px; padding: 6px 14px;
}}
#workshopButton:focus {{ border: 2px solid {th.focus}; }}
#brokenPanel {{ background: {th.warning_bg}; border: 1px solid {th.warning_line}; border-radius: 6px; }}
#brokenEntry {{ border-color: {th.warning_line}; }}
#brokenNotice {{
    background: {th.warning_bg}; color: {th.warning_text}; border: 1px solid {th.warning_line}; border-radius: 4px;
    padding: 6px 10px;
}}
#brokenHeading, #brokenIntro, #brokenPath, #brokenDiagnostic {{ color: {th.warning_text}; }}
#filterLabel, #scenarioCount {{ color: {th.text}; }}
#filterBar QComboBox {{ padding: 4px 8px; }}
#resetFilters {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 4px; padding: 5px 14px;
}}
#resetFilters:focus {{ border: 2px solid {th.focus}; }}
#resetFilters:disabled {{ color: {th.text_soft}; border-style: dashed; }}
#noMatch {{
    background: {th.surface}; color: {th.text}; border: 1px dashed {th.line}; border-radius: 6px; padding: 16px;
}}
QScrollArea {{ background: transparent; border: none; }}
#scenarioListBody, #brokenListBody {{ background: transparent; }}
"""


def plain_label(text: str, name: str, *, selectable: bool = False) -> QLabel:
    """A word-wrapped label that shows ``text`` literally, never as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _scroll(body: QWidget, accessible_name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(accessible_name)
    return area


class ScenarioEntry(QFrame):
    """One scenario: title, summary and the facts a learner chooses by."""

    start_requested = Signal(str)
    workshop_requested = Signal(str)

    def __init__(self, scenario: Scenario, lang: str, parent: QWidget | None = None, best: int | None = None):
        super().__init__(parent)
        self.scenario = scenario
        self.setObjectName("scenarioEntry")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        title = t.localized(scenario.title, lang)
        summary = t.localized(scenario.summary, lang)
        facts = t.facts_lines(scenario, lang)
        self.title_label = plain_label(title, "scenarioTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.summary_label = plain_label(summary, "scenarioSummary")
        self.facts_label = plain_label(facts, "scenarioFacts")
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{summary}\n{facts}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.facts_label)
        row = QHBoxLayout()
        self.best_label = plain_label(t.ui(lang, "best_result", n=best) if best is not None else
                                      t.ui(lang, "not_played"), "bestResult")
        row.addWidget(self.best_label, 1)
        self.start_button = QPushButton(t.ui(lang, "practise"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(f"{t.ui(lang, 'practise')}: {title}")
        self.start_button.clicked.connect(lambda: self.start_requested.emit(scenario.id))
        self.workshop_button = QPushButton(words(lang, "lead"))
        self.workshop_button.setObjectName("workshopButton")
        self.workshop_button.setToolTip(words(lang, "lead_tip"))
        self.workshop_button.setAccessibleName(f"{words(lang, 'lead')}: {title}")
        self.workshop_button.clicked.connect(lambda: self.workshop_requested.emit(scenario.id))
        row.addWidget(self.workshop_button)
        row.addWidget(self.start_button)
        layout.addLayout(row)


class BrokenFileEntry(QFrame):
    """One file that could not be used, with each of its lint messages (code and position)."""

    def __init__(self, report: FileReport, lang: str, folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setObjectName("brokenEntry")
        shown_path = _relative(report.path, folder)
        diags = report.diagnostics
        lines = [t.diagnostic_line(d, lang) for d in diags[:MAX_DIAGNOSTICS_SHOWN]]
        if len(diags) > MAX_DIAGNOSTICS_SHOWN:
            lines.append(t.ui(lang, "more_diagnostics", n=len(diags) - MAX_DIAGNOSTICS_SHOWN, path=report.path))
        self.path_label = plain_label(shown_path, "brokenPath", selectable=True)
        self.path_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.diagnostic_labels = [plain_label(line, "brokenDiagnostic", selectable=True) for line in lines]
        self.setAccessibleName(shown_path)
        self.setAccessibleDescription("\n".join(lines))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(5)
        layout.addWidget(self.path_label)
        for label in self.diagnostic_labels:
            layout.addWidget(label)

    @property
    def diagnostics_text(self) -> str:
        return "\n".join(label.text() for label in self.diagnostic_labels)


def _relative(path: str, folder: Path | None) -> str:
    if folder is None:
        return path
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except (ValueError, OSError):
        return path


def _is_folder_report(report: FileReport, folder: Path | None) -> bool:
    """A report about the scenarios folder itself (e.g. LA018: no scenario files), not about a file."""
    if folder is None:
        return False
    try:
        return Path(report.path).resolve() == folder.resolve()
    except OSError:
        return False


class EmptyState(QFrame):
    """What the library shows when it has no scenarios: why, what to do, and what the linter said
    about the folder itself."""

    def __init__(self, lang: str, folder: Path | None, folder_exists: bool,
                 folder_reports: Sequence[FileReport] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        where = str(folder) if folder is not None else "?"
        kind = "empty" if folder_exists else "missing"
        title, body = t.ui(lang, f"{kind}_title"), t.ui(lang, f"{kind}_body", folder=where)
        hint = t.ui(lang, f"{kind}_hint")
        self.title_label = plain_label(title, "emptyTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.body_label = plain_label(f"{body}\n\n{hint}", "emptyBody", selectable=True)
        lint = [t.diagnostic_line(d, lang) for r in folder_reports for d in r.diagnostics]
        self.lint_label = plain_label("\n".join(lint), "emptyLint", selectable=True) if lint else None
        self.setAccessibleName(title)
        self.setAccessibleDescription("\n".join([body, *lint]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        if self.lint_label is not None:
            layout.addWidget(self.lint_label)


class LibraryView(QWidget):
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
        folder_reports = [] if self.entries else [r for r in broken if _is_folder_report(r, folder)]
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

    # -- the filters -----------------------------------------------------------------------------
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
