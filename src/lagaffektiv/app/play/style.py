"""Colours and the style sheet of the play view, by role from the app's theme (app/theme.py),
so the high-contrast setting reaches every widget and every drawing.

Colour never carries meaning alone: every coloured thing also has a word (phase, "blocked").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from .. import theme

# The bar beside each phase word; the word is always shown too.
PHASE_COLOURS = {
    "calm": QColor("#5b8c6e"),
    "trigger": QColor("#c29a1f"),
    "escalation": QColor("#d4782a"),
    "pre_crisis": QColor("#c24e36"),
    "crisis": QColor("#a51d2d"),
    "recovery": QColor("#5a7fa8"),
}


def mix(a: str, b: str, share: float) -> str:
    """``share`` of colour a over colour b, as #rrggbb."""
    ca, cb = QColor(a), QColor(b)
    parts = [round(x * share + y * (1 - share)) for x, y in ((ca.red(), cb.red()), (ca.green(), cb.green()),
                                                           (ca.blue(), cb.blue()))]
    return "#" + "".join(f"{v:02x}" for v in parts)


@dataclass(frozen=True)
class Colours:
    """What the painted parts (buttons, bars, the plan) draw with, from the current theme."""

    ink: QColor
    ink_soft: QColor
    heading: QColor
    focus: QColor
    line: QColor
    surface: QColor
    hover: QColor
    pressed: QColor
    badge: QColor
    danger: QColor
    good: QColor
    learner: QColor
    wall: QColor
    grid: QColor
    furniture: QColor
    person: QColor
    label_bg: QColor


def heading_colour(th) -> str:
    """The accent where it shows on the page (navy); the text colour where it would not (high contrast)."""
    return th.accent if th.accent not in (th.window, th.surface) else th.text


def colours() -> Colours:
    th = theme.current()
    label_bg = QColor(th.surface)
    label_bg.setAlpha(230)
    return Colours(
        ink=QColor(th.text), ink_soft=QColor(th.text_soft), heading=QColor(heading_colour(th)),
        focus=QColor(th.focus), line=QColor(th.line), surface=QColor(th.surface),
        hover=QColor(mix(th.focus, th.surface, 0.08)), pressed=QColor(mix(th.focus, th.surface, 0.18)),
        badge=QColor(mix(th.focus, th.surface, 0.12)), danger=QColor(th.danger), good=QColor(th.good),
        learner=QColor(th.learner), wall=QColor(th.text), grid=QColor(mix(th.line, th.surface, 0.15)),
        furniture=QColor(th.furniture), person=QColor(th.person), label_bg=label_bg)


def style() -> str:
    th = theme.current()
    heading = heading_colour(th)
    tint = mix(th.focus, th.surface, 0.07)
    return f"""
#playView {{ background: {th.window}; }}
#playTitle, #narration, #lineText, #feedbackText, #stateName, #question {{ color: {th.text}; }}
#lineSpeaker, #decisionHeading, #feedbackHeading, #stateHeading, #planHeading, #countdownLabel {{ color: {heading}; }}
#speechLine {{ background: {th.surface}; border-left: 4px solid {th.line}; border-radius: 2px; }}
#hint, #preview, #feedbackChosen, #feedbackPrinciples, #statePhase {{ color: {th.text_soft}; }}
#feedbackPanel {{ background: {tint}; border: 1px solid {th.line}; border-radius: 6px; }}
#feedbackChoice {{
    color: {th.text}; background: {th.surface}; border-left: 4px solid {th.line}; border-radius: 2px;
    padding: 7px 10px;
}}
#verdictRight {{ color: {th.good}; }}
#verdictWrong {{ color: {th.danger}; }}
#statePanel, #planPanel {{ background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px; }}
#saveNotice {{
    background: {th.warning_bg}; border: 1px solid {th.warning_line}; border-radius: 4px; padding: 6px 10px;
}}
#saveNoticeText {{ color: {th.warning_text}; }}
#soundNotice {{ background: {th.surface}; border: 1px solid {th.line}; border-radius: 4px; padding: 4px 10px; }}
#soundNoticeText {{ color: {th.text_soft}; }}
#soundCaption {{ color: {th.text}; font-style: italic; border-left: 4px solid {th.line}; padding-left: 8px; }}
#errorNotice {{
    background: {mix(th.danger, th.surface, 0.08)}; color: {th.text}; border: 1px solid {th.danger};
    border-radius: 4px; padding: 6px 10px;
}}
QProgressBar#countdownBar {{
    background: {th.furniture}; border: none; border-radius: 3px; max-height: 8px; min-height: 8px;
}}
QProgressBar#countdownBar::chunk {{ background: {th.focus}; border-radius: 3px; }}
QPushButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 5px; padding: 7px 16px;
}}
QPushButton:hover {{ background: {mix(th.focus, th.surface, 0.08)}; }}
QPushButton:pressed {{ background: {mix(th.focus, th.surface, 0.18)}; }}
QPushButton:focus {{ border: 2px solid {th.focus}; padding: 6px 15px; }}
QPushButton:disabled {{ color: {th.text_soft}; border-style: dashed; }}
QPushButton#primaryButton {{
    background: {th.accent}; color: {th.accent_text}; border: 1px solid {th.line}; font-weight: bold;
}}
QPushButton#primaryButton:hover {{ background: {mix(th.accent_text, th.accent, 0.12)}; }}
QPushButton#primaryButton:focus {{ border: 3px solid {th.focus}; padding: 5px 14px; }}
QPushButton#primaryButton:disabled {{
    background: {th.furniture}; color: {th.text_soft}; border: 1px dashed {th.line};
}}
QScrollArea {{ background: transparent; border: none; }}
#textColumn {{ background: transparent; }}
#floorPlan {{ background: {th.surface}; border: 2px solid transparent; border-radius: 4px; }}
#floorPlan:focus {{ border-color: {th.focus}; }}
#noticeClose {{ padding: 2px 10px; }}
"""
