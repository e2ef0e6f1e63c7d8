"""The debrief view's colours: its style sheet and what the two charts draw with, by role from the
app's theme (app/theme.py), so the high-contrast setting reaches every widget and every drawing.

Calm and clinical, like the library and the play view. Results are drawn in one colour whatever
the value (a low result is not painted red), and a disagreement between the learner's own rating
and the result is marked with an icon and words, with colour only as a help. Colour never carries
meaning alone: the phase bands carry their words, the lines of the curve differ in dash and marker
too, every bar has its number printed, a chosen rating has a tick.

The PDF and HTML export is printed on paper, so it stays in print colours (black on white)
whatever the screen theme: see ``PRINT_COLOURS`` here and ``lagaffektiv.report``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ... import report
from .. import theme


def mix(a: str, b: str, share: float) -> str:
    """``share`` of colour a over colour b, as #rrggbb."""
    ca, cb = QColor(a), QColor(b)
    parts = [round(x * share + y * (1 - share)) for x, y in ((ca.red(), cb.red()), (ca.green(), cb.green()),
                                                           (ca.blue(), cb.blue()))]
    return "#" + "".join(f"{v:02x}" for v in parts)


def heading_colour(th: theme.Theme) -> str:
    """The accent where it shows on the page (navy); the text colour where it would not (high contrast)."""
    return th.accent if th.accent not in (th.window, th.surface) else th.text


# -- the charts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChartColours:
    """What the arousal curve and the result bars draw with."""

    surface: QColor       # the background of the picture
    ink: QColor           # the phase words, the legend, the numbers
    ink_soft: QColor      # the thresholds and the axis caption
    frame: QColor         # the plot's frame and the dotted guides at the decisions
    heading: QColor       # the decision circles and the result bars
    track: QColor         # the empty part of a result bar
    focus: QColor
    bands: dict[str, QColor]          # phase -> the band behind the curve (its word is beside it)
    lines: tuple[QColor, ...]         # one per character, also with its own dash and marker
    threshold: QColor | None = None   # a thin line between the bands (on screen, where bands may be dark)


def screen_colours() -> ChartColours:
    """The charts on screen, from the current theme. The bands are the phase's own meaning (good,
    warning, danger) faintly over the surface: pale on white, dark on black."""
    th = theme.current()
    escalation = mix(th.warning_line, th.danger, 0.5)
    bands = {"calm": mix(th.good, th.surface, 0.12), "trigger": mix(th.warning_line, th.surface, 0.2),
             "escalation": mix(escalation, th.surface, 0.24), "pre_crisis": mix(th.danger, th.surface, 0.2),
             "crisis": mix(th.danger, th.surface, 0.3)}
    return ChartColours(
        surface=th.q("surface"), ink=th.q("text"), ink_soft=th.q("text_soft"), frame=th.q("line"),
        heading=QColor(heading_colour(th)), track=th.q("furniture"), focus=th.q("focus"),
        bands={k: QColor(v) for k, v in bands.items()},
        lines=(QColor(heading_colour(th)), th.q("series_2"), th.q("series_3"), th.q("series_4")),
        threshold=QColor(mix(th.line, th.surface, 0.45)))


# The curve in the PDF: print colours, black on white, whatever the screen theme (a high-contrast
# screen must not print a black page). The same colours as the HTML report writes.
PRINT_COLOURS = ChartColours(
    surface=QColor("#ffffff"), ink=QColor("#1b1f24"), ink_soft=QColor("#454d57"), frame=QColor("#8d97a3"),
    heading=QColor(report.BAR_COLOUR), track=QColor(report.TRACK_COLOUR), focus=QColor("#1a5fb4"),
    bands={k: QColor(v) for k, v in report.BAND_COLOURS.items()},
    lines=tuple(QColor(colour) for colour, _, _ in report.LINE_STYLES))


# -- the style sheet ----------------------------------------------------------------------------

def style() -> str:
    """The view's style sheet from the current theme; the view sets it again whenever it renders."""
    th = theme.current()
    heading = heading_colour(th)
    tint = mix(th.focus, th.surface, 0.07)           # a quiet box: the private note, the expert's choice
    badge = mix(th.focus, th.surface, 0.12)
    soft_line = mix(th.line, th.surface, 0.5)        # separators between rows
    return f"""
#debriefView {{ background: {th.window}; }}
#debriefBody, #debriefColumn {{ background: transparent; }}
#stageHeading, #sectionHeading, #subHeading {{ color: {heading}; }}
#eyebrow {{ color: {th.text_soft}; }}
#scenarioTitle {{ color: {th.text}; }}
#debriefSection, #reactionPanel, #ratingPanel {{
    background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px;
}}
#debriefSection:focus {{ border: 2px solid {th.focus}; }}
#bodyText {{ color: {th.text}; }}
#mutedText, #sourceText, #arousalText {{ color: {th.text_soft}; }}
#privateNote {{
    color: {th.text_soft}; background: {tint}; border: 1px solid {soft_line}; border-radius: 4px; padding: 6px 10px;
}}
QPlainTextEdit#reactionEdit {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 4px; padding: 6px;
}}
QPlainTextEdit#reactionEdit:focus {{ border: 2px solid {th.focus}; }}
#ratingRow {{ background: transparent; border-top: 1px solid {soft_line}; }}
#ratingName {{ color: {th.text}; }}
#ratingSummary {{ color: {th.text_soft}; }}
QPushButton#ratingButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 14px; padding: 5px 14px;
}}
QPushButton#ratingButton:hover {{ background: {mix(th.focus, th.surface, 0.08)}; }}
QPushButton#ratingButton:checked {{
    background: {heading}; color: {th.surface}; border: 2px solid {heading}; padding: 4px 13px; font-weight: bold;
}}
QPushButton#ratingButton:focus {{ border: 2px solid {th.focus}; padding: 4px 13px; }}
QPushButton#ratingButton:checked:focus {{ border: 3px solid {th.focus}; padding: 3px 12px; }}
#endingTitle {{ color: {th.text}; }}
#endingClass {{
    color: {heading}; background: {badge}; border: 1px solid {soft_line}; border-radius: 4px; padding: 3px 10px;
}}
#timelineEntry {{
    background: {th.surface}; border: 1px solid {soft_line}; border-left: 4px solid {th.line}; border-radius: 3px;
}}
#timelineEntry:focus {{ border: 2px solid {th.focus}; border-left: 4px solid {th.focus}; }}
#passageText {{ color: {th.text_soft}; font-style: italic; }}
#entryHead {{ color: {heading}; }}
#entryCaption, #expertCaption {{ color: {heading}; font-weight: bold; }}
#expertBox {{ background: {tint}; border: 1px solid {mix(th.focus, th.surface, 0.35)}; border-radius: 4px; }}
#stepBackNote, #timedOutNote {{ color: {th.warning_text}; }}
#overallNumber, #overallOf, #verdict {{ color: {heading}; }}
#scoreChart {{ background: {th.surface}; }}
#scoreChart:focus {{ border: 2px solid {th.focus}; }}
#chartHeader {{ color: {th.text_soft}; }}
#principleName, #ownRating {{ color: {th.text}; }}
#differsMark {{
    color: {th.warning_text}; background: {th.warning_bg}; border: 1px solid {th.warning_line}; border-radius: 4px;
    padding: 1px 6px;
}}
#differsNote {{
    background: {mix(th.warning_bg, th.surface, 0.5)}; border: 1px solid {th.warning_line};
    border-left: 4px solid {th.warning_line}; border-radius: 3px;
}}
#differsText {{ color: {th.warning_text}; }}
#differsSummary {{
    color: {th.warning_text}; background: {th.warning_bg}; border: 1px solid {th.warning_line}; border-radius: 4px;
    padding: 6px 10px;
}}
#teachingName {{ color: {th.text}; }}
#knowledgeItem {{ background: transparent; border-top: 1px solid {soft_line}; }}
#knowledgeItem:focus {{ border: 2px solid {th.focus}; }}
#takeaway {{ color: {th.text}; }}
#wellbeingBox {{
    background: {mix(th.good, th.surface, 0.09)}; border: 1px solid {mix(th.good, th.surface, 0.45)};
    border-radius: 6px;
}}
#wellbeingHeading {{ color: {mix(th.good, th.text, 0.5)}; }}
#wellbeingText, #reactionQuote {{ color: {th.text}; }}
#debriefBar {{ background: {th.surface}; border-top: 1px solid {th.line}; }}
#statusLine {{ color: {th.text}; background: {tint}; border-left: 4px solid {th.focus}; padding: 4px 12px; }}
#statusLine[error="true"] {{
    color: {th.text}; background: {mix(th.danger, th.surface, 0.08)}; border-left: 4px solid {th.danger};
}}
QCheckBox#includeBox {{ color: {th.text}; }}
QCheckBox#includeBox:focus {{ color: {th.focus}; }}
QPushButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 5px; padding: 7px 16px;
}}
QPushButton:hover {{ background: {mix(th.focus, th.surface, 0.08)}; }}
QPushButton:pressed {{ background: {mix(th.focus, th.surface, 0.18)}; }}
QPushButton:focus {{ border: 2px solid {th.focus}; padding: 6px 15px; }}
QPushButton#primaryButton {{
    background: {th.accent}; color: {th.accent_text}; border: 1px solid {th.line}; font-weight: bold;
}}
QPushButton#primaryButton:hover {{ background: {mix(th.accent_text, th.accent, 0.12)}; }}
QPushButton#primaryButton:focus {{ border: 3px solid {th.focus}; padding: 5px 14px; }}
QScrollArea {{ background: transparent; border: none; }}
"""
