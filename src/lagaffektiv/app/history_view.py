"""Your history and progress: the finished exercises, a chart per principle over time, and your data.

``HistoryView`` only presents what ``lagaffektiv.history.History`` computed: ``finished()`` for
the list, ``progress()`` for the chart, ``export()`` and ``delete_all()`` for the learner's own
data. Everything stays on this computer (no account, no network) and the view says so.

The chart shows one series at a time, picked from a list (the overall result, or a principle),
and names it in words inside the picture and in a summary under it: colour never carries the
meaning. Every point has its value written beside it; the axis runs from 0 to 100.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QComboBox, QFileDialog, QFrame, QHBoxLayout,
                               QHeaderView, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from . import theme
from .i18n import translate
from .widgets import plain_label, scaled_font

if TYPE_CHECKING:
    from ..history import History

log = logging.getLogger(__name__)

WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("history", "Your history"),
    "private": QT_TRANSLATE_NOOP("history", "Everything stays on this computer: there is no account and nothing is "
                                            "sent over the network. You can save a copy of all your data, or "
                                            "delete it."),
    "export": QT_TRANSLATE_NOOP("history", "Export my data…"),
    "export_tip": QT_TRANSLATE_NOOP("history", "Save everything stored about your exercises as a JSON file"),
    "delete": QT_TRANSLATE_NOOP("history", "Delete my data…"),
    "delete_tip": QT_TRANSLATE_NOOP("history", "Delete your whole history from this computer"),
    "unavailable": QT_TRANSLATE_NOOP("history", "Your history could not be opened, so there is nothing to show "
                                                "here. You can still practise, but your exercises are not saved."),
    "unreadable": QT_TRANSLATE_NOOP("history", "Your history could not be read: {error}"),
    "empty_title": QT_TRANSLATE_NOOP("history", "No finished exercises yet"),
    "empty_body": QT_TRANSLATE_NOOP("history", "When you have finished an exercise, it is listed here with its "
                                               "result, and a chart shows how each principle develops over time. "
                                               "Choose a scenario under Scenarios to start."),
    "unfinished_one": QT_TRANSLATE_NOOP("history", "1 exercise that was not finished is not included here."),
    "unfinished": QT_TRANSLATE_NOOP("history", "{n} exercises that were not finished are not included here."),
    # the list
    "finished": QT_TRANSLATE_NOOP("history", "Finished exercises ({n})"),
    "col_date": QT_TRANSLATE_NOOP("history", "Date"),
    "col_title": QT_TRANSLATE_NOOP("history", "Exercise"),
    "col_ending": QT_TRANSLATE_NOOP("history", "How it ended"),
    "col_overall": QT_TRANSLATE_NOOP("history", "Result"),
    "col_knowledge": QT_TRANSLATE_NOOP("history", "Knowledge"),
    "scores_note": QT_TRANSLATE_NOOP("history", "Result and knowledge are out of 100; – means the exercise had "
                                                "no knowledge questions."),
    "list_hint": QT_TRANSLATE_NOOP("history", "Press Enter or double-click an exercise to see its debrief."),
    "open": QT_TRANSLATE_NOOP("history", "Show the debrief"),
    "assessment": QT_TRANSLATE_NOOP("history", "{title} (assessment)"),
    "row": QT_TRANSLATE_NOOP("history", "{date}, {title}: {ending}. Result {overall} of 100, knowledge {knowledge}."),
    "knowledge_of": QT_TRANSLATE_NOOP("history", "{n} of 100"),
    "no_knowledge": QT_TRANSLATE_NOOP("history", "no questions"),
    "no_ending": QT_TRANSLATE_NOOP("history", "no ending recorded"),
    # endings in words
    "end_resolved": QT_TRANSLATE_NOOP("history", "Resolved"),
    "end_resolved_with_help": QT_TRANSLATE_NOOP("history", "Resolved with help"),
    "end_care_interrupted": QT_TRANSLATE_NOOP("history", "Care interrupted"),
    "end_alarm_violence": QT_TRANSLATE_NOOP("history", "Alarm or violence"),
    # the chart
    "progress": QT_TRANSLATE_NOOP("history", "Progress over time"),
    "show": QT_TRANSLATE_NOOP("history", "Show"),
    "overall": QT_TRANSLATE_NOOP("history", "Overall result"),
    "chart_title": QT_TRANSLATE_NOOP("history", "{name}: result in each exercise (0–100)"),
    "chart_help": QT_TRANSLATE_NOOP("history", "Each point is one finished exercise, the oldest on the left."),
    "summary_one": QT_TRANSLATE_NOOP("history", "{name}: one exercise so far, {value} of 100. Finish more to "
                                                "see how it develops."),
    "summary": QT_TRANSLATE_NOOP("history", "{name}: {n} exercises. First {first}, latest {latest}, best {best} "
                                            "(of 100)."),
    "latest_only": QT_TRANSLATE_NOOP("history", "The chart shows the latest {shown} of {n}."),
    "no_scores": QT_TRANSLATE_NOOP("history", "No principle has been scored yet."),
    # export and delete
    "export_title": QT_TRANSLATE_NOOP("history", "Export my data"),
    "json_filter": QT_TRANSLATE_NOOP("history", "JSON files (*.json)"),
    "file_stem": QT_TRANSLATE_NOOP("history", "lagaffektiv-my-data"),
    "saved": QT_TRANSLATE_NOOP("history", "Saved: {path}"),
    "save_failed": QT_TRANSLATE_NOOP("history", "Could not save the file: {error}"),
    "delete_title": QT_TRANSLATE_NOOP("history", "Delete my data"),
    "delete_question": QT_TRANSLATE_NOOP("history", "Delete your whole history from this computer?"),
    "delete_explain": QT_TRANSLATE_NOOP("history", "Every exercise, finished or not, with its results, your "
                                                   "reflections and your own ratings is deleted. This cannot be "
                                                   "undone. To keep a copy, choose Export my data first."),
    "delete_yes": QT_TRANSLATE_NOOP("history", "Delete everything"),
    "delete_no": QT_TRANSLATE_NOOP("history", "Keep my data"),
    "deleted": QT_TRANSLATE_NOOP("history", "Your history has been deleted."),
    "delete_failed": QT_TRANSLATE_NOOP("history", "Your history could not be deleted: {error}"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go), as in debrief/words.py.

ENDING_KEYS = ("resolved", "resolved_with_help", "care_interrupted", "alarm_violence")
MAX_POINTS = 20          # the chart shows at most this many exercises, the latest ones
OVERALL = "overall"      # the picker's key for the overall result
COLUMNS = ("col_date", "col_title", "col_ending", "col_overall", "col_knowledge")


def w(lang: str, key: str, **values: object) -> str:
    source = WORDS[key]
    text = translate("history", source, lang)
    return text.format(**values) if values else text


def ending_words(ending_class: str | None, lang: str) -> str:
    """An ending class in words; an unknown one is shown as its id."""
    if not ending_class:
        return w(lang, "no_ending")
    return w(lang, f"end_{ending_class}") if ending_class in ENDING_KEYS else ending_class


def local_time(iso: str) -> str:
    """A stored UTC time as local date and time, e.g. 2025-03-14 15:02."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(iso)


def short_date(iso: str) -> str:
    """Day and month in local time (14/3), for the chart's axis."""
    try:
        d = datetime.fromisoformat(iso).astimezone()
    except (TypeError, ValueError):
        return ""
    return f"{d.day}/{d.month}"


def series_choices(finished: list[dict], progress: dict[str, list[tuple[str, int]]],
                   lang: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(key, name, [(finished_at, score), …]) for the picker: the overall result, then each principle
    that has a score, in the order of lagaffektiv.principles."""
    from ..principles import PRINCIPLES

    out = [(OVERALL, w(lang, "overall"),
            [(row["finished_at"], row["overall"]) for row in finished if row.get("overall") is not None])]
    known = [pid for pid in PRINCIPLES if progress.get(pid)]
    unknown = sorted(pid for pid in progress if pid not in PRINCIPLES and progress[pid])
    for pid in known + unknown:
        name = (PRINCIPLES[pid].name.get(lang) or PRINCIPLES[pid].name["sv"]) if pid in PRINCIPLES else pid
        out.append((pid, name, list(progress[pid])))
    return [c for c in out if c[2]]


def summary_text(name: str, points: list[tuple[str, int]], lang: str) -> str:
    values = [v for _, v in points]
    if not values:
        return ""
    if len(values) == 1:
        text = w(lang, "summary_one", name=name, value=values[0])
    else:
        text = w(lang, "summary", name=name, n=len(values), first=values[0], latest=values[-1], best=max(values))
    if len(values) > MAX_POINTS:
        text += " " + w(lang, "latest_only", shown=MAX_POINTS, n=len(values))
    return text


# -- the chart ----------------------------------------------------------------------------------------

class ProgressChart(QWidget):
    """One series over time: a line through one point per exercise, every point labelled with its
    value, the axis from 0 to 100, the series named at the top. Sizes follow the font."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.name = ""
        self.points: list[tuple[str, int]] = []
        self.title = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, title: str, points: list[tuple[str, int]], description: str) -> None:
        self.title = title
        self.points = list(points)[-MAX_POINTS:]
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(lh * 18), int(lh * 11))

    def sizeHint(self) -> QSize:  # noqa: N802
        lh = QFontMetricsF(self.font()).height()
        return QSize(int(lh * 34), int(lh * 16))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self.paint(p, QRectF(self.rect()))
        finally:
            p.end()

    def paint(self, p: QPainter, rect: QRectF) -> None:
        th = theme.current()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        lh = fm.height()
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        sfm = QFontMetricsF(small)
        thin = max(1.0, lh / 17)

        p.fillRect(rect, th.q("surface"))
        p.setPen(QPen(th.q("focus" if self.hasFocus() else "line"), thin * (2 if self.hasFocus() else 1)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(thin / 2, thin / 2, -thin / 2, -thin / 2))

        pad = lh * 0.7
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(th.q("text"))
        title_rect = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, lh * 1.2)
        p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, title_rect.width()))

        gutter = sfm.horizontalAdvance("100") + lh * 0.6
        plot = QRectF(rect.left() + pad + gutter, title_rect.bottom() + lh * 1.8,
                      rect.width() - 2 * pad - gutter - lh * 0.8, 0)
        plot.setBottom(rect.bottom() - pad - lh * 1.4)
        if plot.height() < lh * 3 or plot.width() < lh * 4:
            return

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / 100

        # the axis: 0, 25, 50, 75, 100, with faint lines across
        p.setFont(small)
        for value in (0, 25, 50, 75, 100):
            yy = y(value)
            p.setPen(QPen(th.q("line"), thin, Qt.PenStyle.SolidLine if value in (0, 100) else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(th.q("text_soft"))
            p.drawText(QRectF(rect.left() + pad, yy - lh, gutter - lh * 0.4, lh * 2),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if not self.points:
            return

        n = len(self.points)
        step = plot.width() / n

        def x(i: int) -> float:
            return plot.left() + step * (i + 0.5)

        # the dates under the axis, thinned out so they never overlap (the first and last always)
        date_width = sfm.horizontalAdvance("30/12") + lh * 0.5
        every = max(1, math.ceil(date_width / step))
        labelled = list(range(0, n, every))
        if labelled[-1] != n - 1:   # the latest always has its date, in place of one too close to it
            if n - 1 - labelled[-1] < every:
                labelled[-1] = n - 1
            else:
                labelled.append(n - 1)
        p.setPen(th.q("text_soft"))
        for i in labelled:
            p.drawText(QRectF(x(i) - date_width / 2, plot.bottom() + lh * 0.2, date_width, lh * 1.1),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, short_date(self.points[i][0]))

        # the line, the points and their values
        ink = th.q("learner")
        line = QPen(ink, max(2.0, lh * 0.14))
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if n > 1:
            path = QPainterPath(QPointF(x(0), y(self.points[0][1])))
            for i, (_, v) in enumerate(self.points[1:], start=1):
                path.lineTo(QPointF(x(i), y(v)))
            p.setPen(line)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        radius = max(3.5, lh * 0.26)
        label_font = QFont(small)
        label_font.setBold(True)
        lfm = QFontMetricsF(label_font)
        for i, (_, v) in enumerate(self.points):
            c = QPointF(x(i), y(v))
            p.setPen(QPen(ink, thin * 1.5))
            p.setBrush(th.q("surface"))
            p.drawEllipse(c, radius, radius)
            p.setBrush(ink)
            p.drawEllipse(c, radius * 0.55, radius * 0.55)
            text = str(v)
            tw = lfm.horizontalAdvance(text) + 4
            # above the point, unless that would leave the plot (then below)
            above = c.y() - radius - lfm.height() * 1.05 >= title_rect.bottom() + 2
            ty = c.y() - radius - lfm.height() * 1.05 if above else c.y() + radius + 2
            box = QRectF(c.x() - tw / 2, ty, tw, lfm.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(th.q("surface"))
            p.drawRect(box)
            p.setFont(label_font)
            p.setPen(th.q("text"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


# -- the view -----------------------------------------------------------------------------------------

def style() -> str:
    th = theme.current()
    return f"""
#historyView {{ background: {th.window}; }}
#historyBody {{ background: transparent; }}
#historyHeading, #panelHeading, #emptyTitle {{ color: {th.text}; }}
#privateNote {{ color: {th.text}; background: {th.surface}; border: 1px solid {th.line}; border-radius: 4px;
               padding: 6px 10px; }}
#historyPanel, #emptyState {{ background: {th.surface}; border: 1px solid {th.line}; border-radius: 6px; }}
#emptyBody, #summaryText {{ color: {th.text}; }}
#hintText, #scoresNote, #unfinishedNote {{ color: {th.text_soft}; }}
#statusLine {{ color: {th.text}; background: {th.surface}; border-left: 4px solid {th.focus}; padding: 4px 10px; }}
#messageBox {{ background: {th.warning_bg}; color: {th.warning_text}; border: 1px solid {th.warning_line};
              border-radius: 6px; padding: 14px; }}
QTreeWidget#finishedList {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; alternate-background-color: {th.window};
}}
QTreeWidget#finishedList:focus {{ border: 2px solid {th.focus}; }}
QTreeWidget#finishedList::item {{ padding: 4px 2px; }}
QTreeWidget#finishedList::item:selected {{ background: {th.focus}; color: {th.window}; }}
QHeaderView::section {{
    background: {th.window}; color: {th.text}; border: none; border-bottom: 1px solid {th.line}; padding: 4px 6px;
    font-weight: bold;
}}
#historyView QPushButton {{
    background: {th.surface}; color: {th.text}; border: 1px solid {th.line}; border-radius: 4px; padding: 6px 14px;
}}
#historyView QPushButton:focus {{ border: 2px solid {th.focus}; }}
#historyView QPushButton:disabled {{ color: {th.text_soft}; border-style: dashed; }}
#historyView QPushButton#openButton {{ background: {th.accent}; color: {th.accent_text}; font-weight: bold; }}
#historyView QPushButton#openButton:disabled {{ background: {th.surface}; color: {th.text_soft}; font-weight: normal; }}
#historyView QPushButton#openButton:focus {{ border: 3px solid {th.focus}; }}
#historyView QComboBox {{ padding: 4px 8px; }}
QScrollArea {{ background: transparent; border: none; }}
"""


class HistoryView(QWidget):
    """The learner's finished exercises, their progress per principle, and their own data."""

    open_debrief = Signal(int)    # an encounter id
    data_deleted = Signal()

    WIDE_CHARS = 150   # below about this many characters across, the list and the chart stack

    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.history: History | None = None
        self.rows: list[dict] = []
        self.choices: list[tuple[str, str, list[tuple[str, int]]]] = []
        self.setObjectName("historyView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(10)
        self.heading = plain_label("", "historyHeading")
        self.heading.setWordWrap(False)
        header.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignVCenter)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.ask_export)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.ask_delete)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(header)

        self.private_note = plain_label("", "privateNote")
        outer.addWidget(self.private_note)
        self.status = plain_label("", "statusLine", selectable=True)
        self.status.hide()
        outer.addWidget(self.status)

        body = QWidget()
        body.setObjectName("historyBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(10)

        readable = self.fontMetrics().averageCharWidth() * 110   # as the library's scenario column

        def left_aligned(widget: QWidget) -> None:
            row = QHBoxLayout()
            row.setSpacing(0)
            widget.setMaximumWidth(readable)
            row.addWidget(widget, 1)
            row.addStretch(0)
            column.addLayout(row)

        self.message = plain_label("", "messageBox", selectable=True)
        left_aligned(self.message)

        self.empty_state = QFrame()
        self.empty_state.setObjectName("emptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(24, 20, 24, 20)
        empty_layout.setSpacing(10)
        self.empty_title = plain_label("", "emptyTitle")
        self.empty_body = plain_label("", "emptyBody")
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_body)
        left_aligned(self.empty_state)

        self.unfinished_note = plain_label("", "unfinishedNote")
        column.addWidget(self.unfinished_note)

        # the list and the chart, side by side on a wide window and one above the other otherwise
        self.content = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(14)

        list_panel = QFrame()
        list_panel.setObjectName("historyPanel")
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(14, 12, 14, 12)
        list_layout.setSpacing(8)
        self.list_heading = plain_label("", "panelHeading")
        list_layout.addWidget(self.list_heading)
        self.list = QTreeWidget()
        self.list.setObjectName("finishedList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setColumnCount(len(COLUMNS))
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMinimumHeight(int(self.fontMetrics().height() * 9))
        header_view = self.list.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda item, _col: self._emit_open(item))
        self.list.currentItemChanged.connect(lambda *_: self._update_open_button())
        list_layout.addWidget(self.list, 1)
        self.scores_note = plain_label("", "scoresNote")
        list_layout.addWidget(self.scores_note)
        open_row = QHBoxLayout()
        self.list_hint = plain_label("", "hintText")
        open_row.addWidget(self.list_hint, 1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(lambda: self._emit_open(self.list.currentItem()))
        open_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        list_layout.addLayout(open_row)
        self.columns.addWidget(list_panel, 3)

        chart_panel = QFrame()
        chart_panel.setObjectName("historyPanel")
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.setContentsMargins(14, 12, 14, 12)
        chart_layout.setSpacing(8)
        self.chart_heading = plain_label("", "panelHeading")
        chart_layout.addWidget(self.chart_heading)
        picker_row = QHBoxLayout()
        self.picker_label = plain_label("", "pickerLabel")
        self.picker_label.setWordWrap(False)
        self.picker = QComboBox()
        self.picker.setObjectName("principlePicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.currentIndexChanged.connect(self._show_series)
        self.picker_label.setBuddy(self.picker)
        picker_row.addWidget(self.picker_label)
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        chart_layout.addLayout(picker_row)
        self.chart = ProgressChart()
        chart_layout.addWidget(self.chart, 1)
        self.chart_help = plain_label("", "hintText")
        chart_layout.addWidget(self.chart_help)
        self.summary = plain_label("", "summaryText")
        chart_layout.addWidget(self.summary)
        self.columns.addWidget(chart_panel, 2)
        column.addWidget(self.content, 1)
        column.addStretch(0)

        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)

        QWidget.setTabOrder(self.export_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.list)
        QWidget.setTabOrder(self.list, self.open_button)
        QWidget.setTabOrder(self.open_button, self.picker)
        QWidget.setTabOrder(self.picker, self.chart)
        self.set_language(lang)

    # -- showing -----------------------------------------------------------------------------------
    def show_history(self, history: History | None, lang: str | None = None) -> None:
        """Show ``history`` (None: it could not be opened) in ``lang``."""
        self.history = history
        if lang is not None:
            self.lang = lang
        self._say("")
        self._retranslate()
        self.render()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._retranslate()
        self.render()

    def _retranslate(self) -> None:
        lang = self.lang
        self.setStyleSheet(style())   # the theme may have changed too (the window re-renders after settings)
        self.heading.setText(w(lang, "heading"))
        self.heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.export_button.setText(w(lang, "export"))
        self.export_button.setToolTip(w(lang, "export_tip"))
        self.export_button.setAccessibleDescription(w(lang, "export_tip"))
        self.delete_button.setText(w(lang, "delete"))
        self.delete_button.setToolTip(w(lang, "delete_tip"))
        self.delete_button.setAccessibleDescription(w(lang, "delete_tip"))
        self.private_note.setText(w(lang, "private"))
        self.empty_title.setText(w(lang, "empty_title"))
        self.empty_title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.empty_body.setText(w(lang, "empty_body"))
        self.list.setHeaderLabels([w(lang, key) for key in COLUMNS])
        self.list.setAccessibleDescription(w(lang, "list_hint"))
        self.scores_note.setText(w(lang, "scores_note"))
        self.list_hint.setText(w(lang, "list_hint"))
        self.open_button.setText(w(lang, "open"))
        self.chart_heading.setText(w(lang, "progress"))
        self.chart_heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.list_heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.picker_label.setText(w(lang, "show") + ":")
        self.picker.setAccessibleName(w(lang, "show"))
        self.chart_help.setText(w(lang, "chart_help"))

    def render(self) -> None:
        """Read the history again and show it."""
        lang = self.lang
        self.rows, self.choices = [], []
        unfinished, error = 0, None
        if self.history is not None:
            try:
                finished = self.history.finished()
                self.rows = list(reversed(finished))   # newest first
                self.choices = series_choices(finished, self.history.progress(), lang)
                unfinished = len(self.history.unfinished())
            except (sqlite3.Error, OSError, ValueError) as exc:
                log.warning("the history could not be read", exc_info=True)
                error = str(exc)
        has_history = self.history is not None and error is None
        if self.history is None:
            self.message.setText(w(lang, "unavailable"))
        elif error is not None:
            self.message.setText(w(lang, "unreadable", error=error))
        self.message.setVisible(not has_history)
        self.export_button.setVisible(self.history is not None)
        self.delete_button.setVisible(self.history is not None)
        self.empty_state.setVisible(has_history and not self.rows)
        self.content.setVisible(has_history and bool(self.rows))
        self.unfinished_note.setVisible(has_history and unfinished > 0)
        self.unfinished_note.setText(w(lang, "unfinished_one") if unfinished == 1 else
                                     w(lang, "unfinished", n=unfinished))
        self._fill_list()
        self._fill_picker()

    def _fill_list(self) -> None:
        lang = self.lang
        current = self.list.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        self.list_heading.setText(w(lang, "finished", n=len(self.rows)))
        self.list.setAccessibleName(w(lang, "finished", n=len(self.rows)))
        for row in self.rows:
            title = row.get(f"title_{lang}") or row.get("title_sv") or row.get("title_en") or row["scenario_id"]
            if row.get("mode") == "assessment":
                title = w(lang, "assessment", title=title)
            when = local_time(row["finished_at"])
            ending = ending_words(row.get("ending_class"), lang)
            overall = "–" if row.get("overall") is None else str(row["overall"])
            knowledge = "–" if row.get("knowledge") is None else str(row["knowledge"])
            item = QTreeWidgetItem([when, title, ending, overall, knowledge])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            for col in (3, 4):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spoken = w(lang, "row", date=when, title=title, ending=ending, overall=overall,
                       knowledge=w(lang, "no_knowledge") if row.get("knowledge") is None else
                       w(lang, "knowledge_of", n=row["knowledge"]))
            for col in range(len(COLUMNS)):
                item.setData(col, Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(1, title)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            match = next((self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                          if self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == keep), None)
            self.list.setCurrentItem(match or self.list.topLevelItem(0))
        self._update_open_button()

    def _fill_picker(self) -> None:
        keep = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        for key, name, points in self.choices:
            self.picker.addItem(name, key)
        index = self.picker.findData(keep) if keep is not None else -1
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self._show_series()

    def _show_series(self) -> None:
        key = self.picker.currentData()
        choice = next((c for c in self.choices if c[0] == key), None)
        if choice is None:
            self.chart.set_series("", [], "")
            self.summary.setText(w(self.lang, "no_scores") if self.rows else "")
            return
        _, name, points = choice
        text = summary_text(name, points, self.lang)
        self.chart.set_series(w(self.lang, "chart_title", name=name), points, text)
        self.summary.setText(text)

    def select_series(self, key: str) -> bool:
        """Show the series ``key`` (OVERALL or a principle id); False when there is none such."""
        index = self.picker.findData(key)
        if index < 0:
            return False
        self.picker.setCurrentIndex(index)
        return True

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def _emit_open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_debrief.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        wide = self.width() >= self.fontMetrics().averageCharWidth() * self.WIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            # stacked, the page scrolls: the list may then be taller, the chart keeps a readable height
            self.list.setMinimumHeight(int(self.fontMetrics().height() * (9 if wide else 13)))

    # -- the learner's own data ------------------------------------------------------------------------
    def export_to(self, path: str | Path) -> Path:
        """Write everything the history holds to ``path`` as JSON (UTF-8, indented), replacing the file
        only once the whole export is written."""
        if self.history is None:
            raise OSError("there is no history to export")
        path = Path(path)
        data = self.history.export()
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def default_export_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{w(self.lang, 'file_stem')}-{date.today().isoformat()}.json"

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, w(self.lang, "export_title"), str(self.default_export_path()),
                                              w(self.lang, "json_filter"))
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            saved = self.export_to(path)
        except (OSError, sqlite3.Error, ValueError) as exc:
            self._say(w(self.lang, "save_failed", error=exc))
            QMessageBox.warning(self, w(self.lang, "export_title"), w(self.lang, "save_failed", error=exc))
            return
        self._say(w(self.lang, "saved", path=saved))

    def delete_confirmed(self) -> None:
        """Delete the whole history (the learner has confirmed), show the empty state, tell the window."""
        if self.history is None:
            return
        self.history.delete_all()
        self.render()
        self._say(w(self.lang, "deleted"))
        self.data_deleted.emit()

    def ask_delete(self) -> None:
        if self.history is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, w(self.lang, "delete_title"), w(self.lang, "delete_question"),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(w(self.lang, "delete_explain"))
        yes = box.addButton(w(self.lang, "delete_yes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(w(self.lang, "delete_no"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            self.delete_confirmed()
        except (sqlite3.Error, OSError) as exc:
            log.warning("the history could not be deleted", exc_info=True)
            self._say(w(self.lang, "delete_failed", error=exc))
            QMessageBox.warning(self, w(self.lang, "delete_title"), w(self.lang, "delete_failed", error=exc))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
