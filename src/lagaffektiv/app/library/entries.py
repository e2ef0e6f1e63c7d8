"""The entries of the library: a scenario, a file that could not be used, and the empty state."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .. import text as t
from ..widgets import plain_label, scaled_font
from .words import words

if TYPE_CHECKING:  # annotations only: the core's loader is imported after the first paint
    from ...lint.runner import FileReport
    from ...scenario.model import Scenario

MAX_DIAGNOSTICS_SHOWN = 20  # per file; the rest are counted, with the command that lists them all


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


def is_folder_report(report: FileReport, folder: Path | None) -> bool:
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

