"""The workshop views' colours (by role from app/theme.py, so high contrast reaches them) and the
type size for a projector: read from the back of a room, the text scales with the view's own size
(its height, or its width when it is narrower than 16:9), not with the desktop's font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from .. import theme
from ..play.style import heading_colour, mix

BODY_SHARE = 0.027    # body text: 2.7 % of the view's height (29 px at 1080 p, 19 px at 720 p)
WIDTH_SHARE = BODY_SHARE * 9 / 16   # the same at 16:9, so a narrower view gets smaller type
MIN_BODY_PX = 15
PRESENTER_SHARE = 0.0165   # the facilitator's text at arm's length: 18 px at 1080 p
MIN_PRESENTER_PX = 13


def body_px(height: int, width: int | None = None) -> int:
    size = height * BODY_SHARE if width is None else min(height * BODY_SHARE, width * WIDTH_SHARE)
    return max(MIN_BODY_PX, round(size))


def presenter_px(height: int) -> int:
    return max(MIN_PRESENTER_PX, round(height * PRESENTER_SHARE))


def px_font(base: QFont, px: float, bold: bool = False, dpi: float = 96.0) -> QFont:
    """``base`` at ``px`` pixels on a screen of ``dpi``, set as points (the play widgets scale
    their fonts by the point size, which a pixel-sized font does not have)."""
    font = QFont(base)
    font.setPointSizeF(max(6.0, px * 72.0 / (dpi or 96.0)))
    font.setBold(bold)
    return font


def projected_style() -> str:
    th = theme.current()
    heading = heading_colour(th)
    tint = mix(th.focus, th.surface, 0.07)
    return f"""
#projectedView, #projectedWindow {{ background: {th.window}; }}
#wsTitle, #wsNarration, #lineText, #optionText, #feedbackText, #stateName, #question, #wsEnded {{ color: {th.text}; }}
#wsStep, #lineSpeaker, #wsHeading, #feedbackHeading, #stateHeading, #planHeading, #countdownLabel {{ color: {heading}; }}
#optionNumber {{ color: {th.accent_text}; background: {heading}; border-radius: 6px; }}
#speechLine {{ background: {th.surface}; border-left: 6px solid {th.line}; border-radius: 2px; }}
#optionRow {{ background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px; }}
#optionRow[leading="true"] {{ border: 3px solid {heading}; }}
#wsTotal, #statePhase, #feedbackChosen, #feedbackPrinciples, #preview {{ color: {th.text_soft}; }}
#hotSeatBanner {{
    background: {th.warning_bg}; color: {th.warning_text}; border: 2px solid {th.warning_line}; border-radius: 6px;
    padding: 6px 14px;
}}
#feedbackPanel {{ background: {tint}; border: 1px solid {th.line}; border-radius: 6px; }}
#feedbackChoice {{
    color: {th.text}; background: {th.surface}; border-left: 6px solid {th.line}; border-radius: 2px;
    padding: 7px 10px;
}}
#statePanel, #planPanel {{ background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px; }}
QProgressBar#countdownBar {{
    background: {th.furniture}; border: none; border-radius: 5px; max-height: 16px; min-height: 16px;
}}
QProgressBar#countdownBar::chunk {{ background: {th.focus}; border-radius: 5px; }}
QScrollArea {{ background: transparent; border: none; }}
#wsColumn, #wsOptions {{ background: transparent; }}
#floorPlan {{ background: {th.surface}; border: 2px solid transparent; border-radius: 4px; }}
#floorPlan:focus {{ border-color: {th.focus}; }}
#continueButton {{ max-height: 0px; }}
"""


def presenter_style() -> str:
    th = theme.current()
    heading = heading_colour(th)
    return f"""
#presenterPanel {{ background: {th.surface}; border-left: 2px solid {th.line}; }}
#presenterPanel QLabel {{ color: {th.text}; }}
#presenterPanel QLabel#pHeading, #presenterPanel QLabel#pStep {{ color: {heading}; }}
#presenterPanel QLabel#pSoft {{ color: {th.text_soft}; }}
#presenterPanel QLabel#pNotice {{
    background: {th.warning_bg}; color: {th.warning_text}; border: 1px solid {th.warning_line}; border-radius: 4px;
    padding: 6px 10px;
}}
#voteRow {{ border: 1px solid {th.line}; border-radius: 5px; background: {th.window}; }}
#voteRow[selected="true"] {{ border: 3px solid {th.focus}; }}
#presenterPanel QPushButton, #panelToggle, #unfinishedWorkshop QPushButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 5px; padding: 7px 14px;
}}
#presenterPanel QPushButton:focus, #panelToggle:focus {{ border: 2px solid {th.focus}; }}
#presenterPanel QPushButton:disabled {{ color: {th.text_soft}; border-style: dashed; }}
#presenterPanel QPushButton#voteButton {{ font-weight: bold; padding: 2px 0px; }}
#presenterPanel QPushButton#primaryButton {{
    background: {th.accent}; color: {th.accent_text}; font-weight: bold;
}}
#presenterPanel QPushButton#primaryButton:disabled {{
    background: {th.furniture}; color: {th.text_soft}; border: 1px dashed {th.line};
}}
#panelToggle {{ padding: 4px 10px; }}
QScrollArea {{ background: transparent; border: none; }}
#presenterBody {{ background: transparent; }}
"""
