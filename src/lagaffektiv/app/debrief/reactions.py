"""Stage 1 of the debrief, the reactions (principles.md §12): "how are you feeling?" with a private
free-text box, then the learner's own plus/delta rating per principle that was at stake. No
result is shown and none is built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ... import report
from .parts import label, panel
from .words import localized, ui

CHECKED = "✓ "  # a chosen rating is marked by a tick as well as by its colour


class ReactionsStage:
    """Builds stage 1 for ``DebriefView``; the ratings and the typed reaction are the view's."""

    def _stage_one(self) -> QWidget:
        lang, d = self.lang, self.debrief or {}
        page = QWidget()
        page.setObjectName("stageOne")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        head = QVBoxLayout()
        head.setSpacing(4)
        eyebrow = label(localized(d.get("scenario", {}).get("title"), lang), "eyebrow")
        head.addWidget(eyebrow)
        heading = label(ui(lang, "done_heading"), "stageHeading", self.font(), 1.6, True)
        heading.setAccessibleName(heading.text())
        head.addWidget(heading)
        head.addWidget(label(ui(lang, "done_intro"), "bodyText", self.font(), 1.05))
        layout.addLayout(head)

        frame = panel("reactionPanel")
        inner = frame.layout()
        title = label(ui(lang, "feeling_heading"), "sectionHeading", self.font(), 1.3, True)
        inner.addWidget(title)
        inner.addWidget(label(ui(lang, "feeling_hint"), "bodyText"))
        edit = QPlainTextEdit()
        edit.setObjectName("reactionEdit")
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(ui(lang, "feeling_placeholder"))
        edit.setAccessibleName(title.text())
        edit.setAccessibleDescription(ui(lang, "feeling_private"))
        edit.setPlainText(self.reaction)
        lh = QFontMetricsF(self.font()).lineSpacing()
        edit.setMinimumHeight(int(lh * 4.5))
        edit.setMaximumHeight(int(lh * 7))
        edit.textChanged.connect(self._reaction_edited)
        self.reaction_edit = edit
        inner.addWidget(edit)
        inner.addWidget(label(ui(lang, "feeling_private"), "privateNote"))
        layout.addWidget(frame)

        frame = panel("ratingPanel")
        inner = frame.layout()
        inner.addWidget(label(ui(lang, "self_heading"), "sectionHeading", self.font(), 1.3, True))
        inner.addWidget(label(ui(lang, "self_intro"), "bodyText"))
        at_stake = list(d.get("principles", {}))
        if not at_stake:
            inner.addWidget(label(ui(lang, "no_principles"), "mutedText"))
        for pid in at_stake:
            inner.addWidget(self._rating_row(pid))
        layout.addWidget(frame)
        layout.addStretch(1)
        return page

    def _rating_row(self, pid: str) -> QWidget:
        lang = self.lang
        row = QFrame()
        row.setObjectName("ratingRow")
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 10, 0, 4)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        name = report.principle_name(pid, lang)
        grid.addWidget(label(name, "ratingName", self.font(), 1.05, True), 0, 0)
        summary = label(report.principle_summary(pid, lang), "ratingSummary")
        grid.addWidget(summary, 1, 0)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        group = QButtonGroup(row)
        group.setExclusive(True)
        for value in report.RATINGS:
            text = ui(lang, f"rate_{value}")
            button = QPushButton(text)
            button.setObjectName("ratingButton")
            button.setCheckable(True)
            button.setProperty("rating", value)
            button.setAccessibleName(ui(lang, "rate_name", principle=name, rating=text))
            button.setProperty("plain_text", text)
            button.setMinimumWidth(int(QFontMetricsF(button.font()).horizontalAdvance(CHECKED + text) + 36))
            button.toggled.connect(lambda on, b=button: b.setText((CHECKED if on else "") + b.property("plain_text")))
            button.setChecked(self.self_ratings.get(pid) == value)
            group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        group.buttonToggled.connect(lambda button, checked, pid=pid: self._rated(pid, button, checked))
        self.rating_groups[pid] = group
        holder = QWidget()
        holder.setLayout(buttons)
        holder.setAccessibleName(ui(lang, "rate_group", principle=name))
        grid.addWidget(holder, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        return row
