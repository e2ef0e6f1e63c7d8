"""Stage 2, the debrief itself, in the order of principles.md §12: the ending, what happened,
the analysis, and the summary (take-aways, then the wellbeing close, principles.md §8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .analysis import AnalysisSection
from .parts import bullets, label, panel
from .timeline import TimelineSection
from .words import localized, ui

SECTION_IDS = ("ending", "description", "analysis", "summary")

_CLASS_KEYS = {"class_resolved", "class_resolved_with_help", "class_care_interrupted", "class_alarm_violence"}


class ResultsStage(TimelineSection, AnalysisSection):
    """Builds stage 2 for ``DebriefView``: the heading, then one focusable section per part."""

    def _stage_two(self) -> QWidget:
        lang, d = self.lang, self.debrief or {}
        page = QWidget()
        page.setObjectName("stageTwo")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(label(ui(lang, "debrief"), "eyebrow", self.font(), 1.0, True))
        title = label(localized(d.get("scenario", {}).get("title"), lang) or d.get("scenario", {}).get("id", ""),
                      "scenarioTitle", self.font(), 1.6, True)
        head.addWidget(title)
        layout.addLayout(head)
        for sid, build in zip(SECTION_IDS, (self._ending, self._description, self._analysis, self._summary)):
            section = build()
            section.setProperty("section", sid)
            self.sections.append(section)
            layout.addWidget(section)
        layout.addStretch(1)
        return page

    def _section(self, heading: str) -> tuple[QFrame, QVBoxLayout]:
        frame = panel("debriefSection")
        frame.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        frame.setAccessibleName(heading)
        layout = frame.layout()
        layout.addWidget(label(heading, "sectionHeading", self.font(), 1.35, True))
        return frame, layout

    def _ending(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "ending_heading"))
        end = d.get("ending")
        if not end:
            layout.addWidget(label(ui(lang, "not_finished"), "bodyText"))
            return frame
        layout.addWidget(label(localized(end.get("title"), lang), "endingTitle", self.font(), 1.15, True))
        cls = end.get("class", "")
        words = ui(lang, f"class_{cls}") if f"class_{cls}" in _CLASS_KEYS else str(cls)
        badge = label(words, "endingClass")
        badge.setWordWrap(False)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(localized(end.get("debrief"), lang), "bodyText", self.font(), 1.05))
        return frame

    def _summary(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "summary_heading"))
        takeaways = d.get("takeaways") or []
        if takeaways:
            layout.addWidget(label(ui(lang, "takeaways"), "subHeading", self.font(), 1.1, True))
            layout.addWidget(bullets([localized(t.get("text"), lang) for t in takeaways], "takeaway"))
        box = QFrame()
        box.setObjectName("wellbeingBox")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(16, 12, 16, 14)
        lay.setSpacing(6)
        lay.addWidget(label(ui(lang, "wellbeing"), "wellbeingHeading", self.font(), 1.15, True))
        if self.reaction.strip():
            lay.addWidget(label(ui(lang, "you_wrote"), "mutedText"))
            lay.addWidget(label(f"”{self.reaction.strip()}”" if lang == "sv" else f"“{self.reaction.strip()}”",
                                "reactionQuote", self.font(), 1.0))
        lay.addWidget(label(localized(d.get("wellbeing"), lang), "wellbeingText", self.font(), 1.05))
        box.setAccessibleName(ui(lang, "wellbeing"))
        layout.addSpacing(6)
        layout.addWidget(box)
        return frame

    def _source(self, src: dict) -> str:
        return ui(self.lang, "source_fmt", title=localized(src.get("title"), self.lang) or src.get("id", ""),
                  lines=src.get("lines", ""))

    def _verdict(self, item: dict, answered: dict) -> str:
        if answered.get("correct"):
            return ui(self.lang, "right")
        score = item.get("score")
        if score:
            return ui(self.lang, "partly", n=round(100 * float(score)))
        return ui(self.lang, "wrong")
