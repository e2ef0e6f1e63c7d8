"""The library's style sheet, from the current theme."""

from __future__ import annotations

from .. import theme


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
