"""Colours by meaning, in a standard and a high-contrast theme, and the text scale.

Views never name a colour: they ask for a role (text, surface, accent, warning ...) so that
the high-contrast setting reaches every widget and every drawing. Standard text colours keep
at least 7:1 against their background; high contrast is white and yellow on black.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    window: str          # page background
    surface: str         # cards, panels, the plan's floor
    text: str
    text_soft: str       # secondary text, still readable
    line: str            # borders, walls
    accent: str          # the top bar, primary buttons
    accent_text: str
    focus: str           # keyboard focus ring
    learner: str         # "you" on the plan
    warning_bg: str
    warning_line: str
    warning_text: str
    danger: str          # a blocked exit, the crisis band (always with a word beside it)
    good: str            # a free path
    furniture: str
    person: str
    # the second, third and fourth line of a chart (the arousal curve: one line per character); the
    # first is drawn in the heading colour. Each line also has its own dash and marker shape and is
    # named in a legend, so colour never tells them apart alone.
    series_2: str
    series_3: str
    series_4: str

    def q(self, role: str) -> QColor:
        return QColor(getattr(self, role))


STANDARD = Theme(
    name="standard", window="#f4f5f7", surface="#ffffff", text="#1b1f24", text_soft="#454d57", line="#8a939e",
    accent="#1f3a5f", accent_text="#ffffff", focus="#1a5fb4", learner="#1a5fb4", warning_bg="#fff1d6",
    warning_line="#d99a2b", warning_text="#3d2900", danger="#b3261e", good="#1e6b3a", furniture="#e6e9ed",
    person="#f3e2c7",
    series_2="#7a3b8f", series_3="#0f6b5c", series_4="#7a4a12")

HIGH_CONTRAST = Theme(
    name="high_contrast", window="#000000", surface="#000000", text="#ffffff", text_soft="#ffffff",
    line="#ffffff", accent="#000000", accent_text="#ffff00", focus="#ffff00", learner="#00ffff",
    warning_bg="#000000", warning_line="#ffff00", warning_text="#ffff00", danger="#ff6b6b", good="#7CFC00",
    furniture="#333333", person="#000000",
    series_2="#00ffff", series_3="#ffff00", series_4="#ff9de2")

_current = STANDARD
_applied_scale = 1.0   # the scale already in the app font, so applying again never compounds


def current() -> Theme:
    return _current


def apply(app: QApplication, *, high_contrast: bool, text_scale: float) -> Theme:
    """Set the theme and the text size for the whole app; views rebuild their styles after."""
    global _current, _applied_scale
    _current = HIGH_CONTRAST if high_contrast else STANDARD
    font = QFont(app.font())
    base = (font.pointSizeF() if font.pointSizeF() > 0 else 10.0) / _applied_scale
    font.setPointSizeF(base * text_scale)
    _applied_scale = text_scale
    app.setFont(font)
    pal = QPalette()
    th = _current
    for role, colour in ((QPalette.ColorRole.Window, th.window), (QPalette.ColorRole.Base, th.surface),
                         (QPalette.ColorRole.Text, th.text), (QPalette.ColorRole.WindowText, th.text),
                         (QPalette.ColorRole.Button, th.surface), (QPalette.ColorRole.ButtonText, th.text),
                         (QPalette.ColorRole.Highlight, th.focus), (QPalette.ColorRole.HighlightedText, th.window),
                         (QPalette.ColorRole.ToolTipBase, th.surface), (QPalette.ColorRole.ToolTipText, th.text),
                         (QPalette.ColorRole.PlaceholderText, th.text_soft)):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    return _current


def with_overrides(**colours: str) -> Theme:
    """The current theme with some roles changed (tests, previews)."""
    return replace(_current, **colours)
