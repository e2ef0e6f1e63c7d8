"""The scenario library: the scenarios of a folder, and the files that could not be used.

``LibraryView`` takes what ``lagaffektiv.scenario.load.load_library`` returns and only
presents it. Broken files are never hidden: they get their own list with every lint
message, and a notice above the scenarios says how many there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from typing import TYPE_CHECKING

from . import text as t

if TYPE_CHECKING:  # annotations only: the core's loader is imported after the first paint
    from ..lint.runner import FileReport
    from ..scenario.model import Scenario

READABLE_CHARS = 110  # the scenario column is capped near this many characters per line
MAX_DIAGNOSTICS_SHOWN = 20  # per file; the rest are counted, with the command that lists them all

STYLE = """
#libraryView { background: #f4f5f7; }
#scenarioEntry, #brokenEntry, #emptyState {
    background: #ffffff; border: 1px solid #c9ced6; border-radius: 6px;
}
#scenarioEntry:focus { border: 2px solid #1a5fb4; }
#scenarioTitle { color: #1b1f24; }
#scenarioSummary { color: #2e343b; }
#scenarioFacts { color: #454d57; }
#brokenPanel { background: #fff8eb; border: 1px solid #d99a2b; border-radius: 6px; }
#brokenEntry { border-color: #e3c58f; }
#brokenNotice {
    background: #fff1d6; color: #4d3300; border: 1px solid #d99a2b; border-radius: 4px; padding: 6px 10px;
}
#brokenHeading, #brokenIntro, #brokenPath, #brokenDiagnostic { color: #3d2900; }
#emptyTitle { color: #1b1f24; }
#emptyBody { color: #2e343b; }
#emptyLint { color: #5a626c; }
QScrollArea { background: transparent; border: none; }
#scenarioListBody, #brokenListBody { background: transparent; }
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

    def __init__(self, scenario: Scenario, lang: str, parent: QWidget | None = None):
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
    """The scenarios of a folder, and the files of it that could not be used."""

    def __init__(self, scenarios: Sequence[Scenario], broken: Sequence[FileReport], lang: str = "sv",
                 folder: Path | None = None, folder_exists: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("libraryView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.entries = [ScenarioEntry(sc, lang) for sc in scenarios]
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
        outer.addLayout(header)

        self.notice = None
        if self.broken_entries:
            n = len(self.broken_entries)
            self.notice = plain_label(t.ui(lang, "broken_notice_one") if n == 1 else
                                      t.ui(lang, "broken_notice", n=n), "brokenNotice")
            outer.addWidget(self.notice)

        body = QHBoxLayout()
        body.setSpacing(16)
        outer.addLayout(body, 1)

        list_body = QWidget()
        list_body.setObjectName("scenarioListBody")
        column = QVBoxLayout(list_body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        for entry in self.entries:
            column.addWidget(entry)
        if self.empty_state is not None:
            column.addWidget(self.empty_state)
        column.addStretch(1)
        self.scenario_list = _scroll(list_body, t.ui(lang, "scenarios"))
        self.scenario_list.setAccessibleDescription(t.scenario_count(len(self.entries), lang))
        self.scenario_list.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARS)
        body.addWidget(self.scenario_list, 3)

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
        else:
            body.addStretch(1)
