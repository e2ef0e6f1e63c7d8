"""Your history and progress: the finished exercises, a chart per principle over time, and your data.

``HistoryView`` only presents what ``lagaffektiv.history.History`` computed: ``finished()`` for
the list, ``progress()`` for the chart, ``export()`` and ``delete_all()`` for the learner's own
data. Everything stays on this computer (no account, no network) and the view says so.

The chart shows one series at a time, picked from a list (the overall result, or a principle),
and names it in words inside the picture and in a summary under it: colour never carries the
meaning. Every point has its value written beside it; the axis runs from 0 to 100.

The words are in ``history_words``, the chart in ``history_chart``, export and delete in
``history_data``.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QComboBox, QFrame, QHBoxLayout, QHeaderView,
                               QPushButton, QScrollArea, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from . import theme
from .history_chart import ProgressChart
from .history_data import YourData
from .history_words import COLUMNS, ending_words, local_time, series_choices, summary_text, w
from .widgets import plain_label, scaled_font

if TYPE_CHECKING:
    from ..history import History

log = logging.getLogger(__name__)


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


class HistoryView(YourData, QWidget):
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

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

