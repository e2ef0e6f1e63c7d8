"""What happened (principles.md §12, the description): the arousal curve and the timeline of
decisions, each decision as a small form with its caption beside its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ... import report
from .charts import ArousalCurve
from .parts import bullets, label
from .words import localized, number, ui


class TimelineSection:
    """The description section of ``DebriefView``'s stage 2."""

    def _description(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "description_heading"))
        layout.addWidget(label(ui(lang, "curve_heading"), "subHeading", self.font(), 1.1, True))
        layout.addWidget(label(ui(lang, "curve_help"), "mutedText"))
        self.curve = ArousalCurve(d, lang)
        layout.addWidget(self.curve)
        layout.addSpacing(8)
        layout.addWidget(label(ui(lang, "timeline_heading"), "subHeading", self.font(), 1.1, True))
        numbers = report.decision_numbers(d)
        backs = report.step_backs_at(d)
        self.timeline_entries: list[QFrame] = []
        for entry in d.get("timeline", []):
            widget = self._timeline_entry(entry, numbers.get(entry.get("index")), entry.get("index") in backs)
            if widget is not None:
                layout.addWidget(widget)
        return frame

    def _timeline_entry(self, e: dict, n: int | None, stepped_back: bool) -> QWidget | None:
        """One decision as a small form: a caption column and the text beside it."""
        lang, d = self.lang, self.debrief or {}
        kind = e.get("kind", "")
        narration = localized(e.get("narration"), lang)
        if n is None:  # a passage: the story between the decisions
            return label(narration, "passageText") if narration else None
        box = QFrame()
        box.setObjectName("timelineEntry")
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(6)
        kind_word = ui(lang, f"kind_{kind}") if kind in report.DECISION_KINDS else kind
        head = " · ".join([ui(lang, "decision_n", n=n), kind_word,
                           ui(lang, "at_minutes", m=number(float(e.get("minutes", 0)), lang))])
        outer.addWidget(label(head, "entryHead", self.font(), 1.05, True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        texts: list[str] = []

        def row(caption: str, value: str | QWidget, name: str = "bodyText", *, bold: bool = False) -> None:
            r = grid.rowCount()
            if caption:
                cap = label(caption, "entryCaption")
                cap.setWordWrap(False)
                grid.addWidget(cap, r, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(value, QWidget):
                grid.addWidget(value, r, 1)
            elif value:
                grid.addWidget(label(value, name, self.font(), 1.0, bold), r, 1 if caption else 0, 1, 1 if caption else 2)
                texts.append(f"{caption}: {value}" if caption else value)

        if narration:
            row(ui(lang, "situation"), narration, "mutedText")
        if kind == "choice":
            chosen = e.get("chosen") or {}
            if e.get("timed_out"):
                row(ui(lang, "you_chose"), ui(lang, "timed_out"), "timedOutNote", bold=True)
            else:
                row(ui(lang, "you_chose"), localized(chosen.get("text"), lang), bold=True)
            row(ui(lang, "feedback"), localized(e.get("feedback") or chosen.get("feedback"), lang))
        elif kind == "positioning":
            lines = [localized(t, lang) for t in e.get("feedback") or []]
            row(ui(lang, "position"), bullets(lines))
            texts.append(f"{ui(lang, 'position')}: " + " ".join(lines))
        elif kind == "checkpoint":
            item = report.knowledge_item(d, e.get("node", "")) or {}
            row(ui(lang, "question"), localized(e.get("question"), lang))
            answer = "; ".join(report.answer_texts(item, list(e.get("answer") or []), lang))
            row(ui(lang, "your_answer"), answer)
            row("", self._verdict(item, e), "verdict", bold=True)
        marks = self._principle_marks(e.get("principles") or {})
        if marks:
            row(ui(lang, "principles"), marks)
        expert = e.get("expert") if kind == "choice" else None
        if expert:
            ebox = QFrame()
            ebox.setObjectName("expertBox")
            elay = QVBoxLayout(ebox)
            elay.setContentsMargins(12, 8, 12, 10)
            elay.setSpacing(4)
            elay.addWidget(label(ui(lang, "expert"), "expertCaption", self.font(), 1.0, True))
            etext = localized(expert.get("text"), lang)
            efeedback = localized(expert.get("feedback"), lang)
            elay.addWidget(label(etext, "bodyText", self.font(), 1.0, True))
            if efeedback:
                elay.addWidget(label(efeedback, "bodyText"))
            texts.append(f"{ui(lang, 'expert')}: {etext} {efeedback}")
            grid.addWidget(ebox, grid.rowCount(), 0, 1, 2)
        after = e.get("arousal_after") or {}
        if after and kind != "checkpoint":
            names = {cid: localized(c.get("name"), lang) or cid for cid, c in d.get("characters", {}).items()}
            phases = e.get("phases_after") or {}
            parts = [f"{names.get(cid, cid)} {number(float(v), lang, 0)} ({report.phase_label(phases.get(cid, ''), lang)})"
                     for cid, v in after.items()]
            row(ui(lang, "arousal_after"), ", ".join(parts), "arousalText")
        src = e.get("source")
        if src and kind != "checkpoint":
            row(ui(lang, "source"), self._source(src), "sourceText")
        if stepped_back:
            row("", ui(lang, "step_back"), "stepBackNote", bold=True)
        box.setAccessibleName(head)
        box.setAccessibleDescription("\n".join(texts))
        self.timeline_entries.append(box)
        return box

    def _principle_marks(self, weights: dict) -> str:
        lang = self.lang
        good = [report.principle_name(p, lang) for p, w in weights.items() if w > 0]
        bad = [report.principle_name(p, lang) for p, w in weights.items() if w < 0]
        return ", ".join([f"+ {n}" for n in good] + [f"− {n}" for n in bad])
