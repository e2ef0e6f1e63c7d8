"""The analysis (principles.md §12): the overall result, the per-principle results with the
learner's own rating beside them and the disagreements marked, the teaching per principle,
and the knowledge questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ... import report
from .charts import ScoreChart
from .parts import label
from .words import decisions, localized, ui


class AnalysisSection:
    """The analysis section of ``DebriefView``'s stage 2."""

    def _analysis(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "analysis_heading"))
        overall = d.get("overall")
        box = QWidget()
        box.setObjectName("overallBox")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        text_col = QVBoxLayout()
        text_col.setSpacing(2)
        text_col.addWidget(label(ui(lang, "overall"), "subHeading", self.font(), 1.1, True))
        text_col.addWidget(label(ui(lang, "overall_note"), "mutedText"))
        big = label("–" if overall is None else str(overall), "overallNumber", self.font(), 2.6, True)
        big.setWordWrap(False)
        of = label(ui(lang, "of_100"), "overallOf", self.font(), 1.2)
        of.setWordWrap(False)
        row.addWidget(big, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(of, 0, Qt.AlignmentFlag.AlignBottom)
        row.addSpacing(14)
        row.addLayout(text_col, 1)
        box.setAccessibleName(ui(lang, "overall_accessible", n="–" if overall is None else overall))
        layout.addWidget(box)

        principles = d.get("principles", {})
        if principles:
            self.score_chart = ScoreChart(d, self.self_ratings, lang)
            differing = [pid for pid, s in principles.items()
                         if report.disagreement(self.self_ratings.get(pid), s.get("score"))]
            if differing:
                names = ", ".join(report.principle_name(p, lang) for p in differing)
                layout.addWidget(label(ui(lang, "differs_count", names=names), "differsSummary"))
            layout.addWidget(self.score_chart)
            layout.addWidget(label(ui(lang, "results_note"), "mutedText"))
            for pid in differing:
                s = principles[pid]
                note = QFrame()
                note.setObjectName("differsNote")
                nlay = QVBoxLayout(note)
                nlay.setContentsMargins(12, 8, 12, 10)
                nlay.setSpacing(3)
                title = f"{ui(lang, 'differs')} – {report.principle_name(pid, lang)}"
                nlay.addWidget(label(title, "differsText", self.font(), 1.0, True))
                kind = report.disagreement(self.self_ratings.get(pid), s.get("score"))
                body = ui(lang, f"differs_{kind}", n=s.get("score"))
                steps = report.steps_for(d, pid)
                if kind == "plus_low" and steps:
                    body += " " + ui(lang, "ask_plus_low", decisions=decisions(steps, lang))
                elif kind == "delta_high":
                    body += " " + ui(lang, "ask_delta_high")
                nlay.addWidget(label(body, "differsText"))
                note.setAccessibleName(title)
                note.setAccessibleDescription(body)
                layout.addWidget(note)
            layout.addSpacing(6)
            layout.addWidget(label(ui(lang, "teaching_heading"), "subHeading", self.font(), 1.1, True))
            for pid in principles:
                layout.addWidget(self._teaching(pid))
        layout.addLayout(self._knowledge())
        return frame

    def _teaching(self, pid: str) -> QWidget:
        lang = self.lang
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 4, 0, 2)
        lay.setSpacing(1)
        lay.addWidget(label(report.principle_name(pid, lang), "teachingName", self.font(), 1.0, True))
        text = report.principle_summary(pid, lang)
        steps = report.steps_for(self.debrief or {}, pid)
        if steps:
            text += " " + ui(lang, "at_steps", decisions=decisions(steps, lang))
        lay.addWidget(label(text, "bodyText"))
        return box

    def _knowledge(self) -> QVBoxLayout:
        lang, d = self.lang, self.debrief or {}
        out = QVBoxLayout()
        out.setSpacing(6)
        k = d.get("knowledge") or {}
        items = k.get("items") or []
        if not items:
            return out
        out.addSpacing(8)
        out.addWidget(label(ui(lang, "knowledge_heading"), "subHeading", self.font(), 1.1, True))
        out.addWidget(label(ui(lang, "knowledge_score", correct=k.get("correct", 0), total=k.get("total", len(items))),
                            "bodyText", self.font(), 1.0, True))
        for item in items:
            box = QFrame()
            box.setObjectName("knowledgeItem")
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 8, 0, 4)
            lay.setSpacing(4)
            question = localized(item.get("question"), lang)
            answer = "; ".join(report.answer_texts(item, list(item.get("answer") or []), lang))
            right = "; ".join(localized(o.get("text"), lang) for o in item.get("options", []) if o.get("correct"))
            lines = [(question, "bodyText", True),
                     (f"{ui(lang, 'your_answer')}: {answer}", "bodyText", False),
                     (self._verdict(item, item), "verdict", True)]
            if not item.get("correct"):
                lines.append((f"{ui(lang, 'right_answer')}: {right}", "bodyText", False))
            lines.append((f"{ui(lang, 'explanation')}: {localized(item.get('explanation'), lang)}", "bodyText", False))
            if item.get("source"):
                lines.append((f"{ui(lang, 'source')}: {self._source(item['source'])}", "sourceText", False))
            for text, name, bold in lines:
                lay.addWidget(label(text, name, self.font(), 1.0, bold))
            box.setAccessibleName(question)
            box.setAccessibleDescription("\n".join(t for t, _, _ in lines[1:]))
            out.addWidget(box)
        return out
