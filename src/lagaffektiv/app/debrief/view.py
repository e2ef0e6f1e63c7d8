"""The debrief after an encounter, in the order of principles.md §12 (PEARLS).

Stage 1, reactions: "how are you feeling?" with a private free-text box, then the learner's own
plus/delta rating per principle that was at stake. No result is shown and none is built yet.
Stage 2, the debrief: the ending; what happened (the arousal curve and the timeline of
decisions); the analysis (overall and per-principle results with the learner's own rating
beside them and the disagreements marked, the teaching per principle, the knowledge
questions); the summary (take-aways, then the wellbeing close, principles.md §8).

The view only presents the debrief dict the core computed (``scoring.debrief``); the numbering
of decisions and the disagreement rule come from ``lagaffektiv.report``, which also writes the
exports. Everything a scenario or the learner wrote is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPalette, QTextDocument
from PySide6.QtWidgets import (QApplication, QBoxLayout, QButtonGroup, QCheckBox, QFileDialog, QFrame,
                               QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from ... import report
from .. import theme
from ..widgets import plain_label, scaled_font
from . import export
from .charts import ArousalCurve, ScoreBar
from .style import style
from .words import decisions, localized, number, ui

LANGS = ("sv", "en")
READABLE_CHARS = 125      # the column is capped near this many characters per line
REACTION_DEBOUNCE_MS = 700
SECTION_IDS = ("ending", "description", "analysis", "summary")
CHECKED = "✓ "  # a chosen rating is marked by a tick as well as by its colour


class DebriefView(QWidget):
    """The debrief: ``show_debrief(debrief, lang)``, then the learner moves from stage 1 to 2."""

    reaction_changed = Signal(str)
    self_ratings_changed = Signal(dict)
    back_to_library = Signal()
    play_again = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("debriefView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._style = ""
        self.debrief: dict | None = None
        self.lang = "sv"
        self.stage = 1
        self.reaction = ""
        self.self_ratings: dict[str, str] = {}
        self.sections: list[QFrame] = []
        self.reaction_edit: QPlainTextEdit | None = None
        self.rating_groups: dict[str, QButtonGroup] = {}
        self.last_pdf_document: QTextDocument | None = None
        self._emitted_reaction = ""

        self._reaction_timer = QTimer(self)
        self._reaction_timer.setSingleShot(True)
        self._reaction_timer.setInterval(REACTION_DEBOUNCE_MS)
        self._reaction_timer.timeout.connect(self._flush_reaction)

        self.body = QWidget()
        self.body.setObjectName("debriefBody")
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(24, 18, 24, 24)
        body_layout.addStretch(1)
        self.column = QWidget()
        self.column.setObjectName("debriefColumn")
        self.column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column_layout.setSpacing(16)
        body_layout.addWidget(self.column, 100)
        body_layout.addStretch(1)
        self.content: QWidget | None = None

        self.scroll = QScrollArea()
        self.scroll.setObjectName("debriefScroll")
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        self._restyle()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._follow_focus)

    # -- the public API --------------------------------------------------------------------------
    def show_debrief(self, debrief: dict, lang: str, *, reaction: str = "", self_ratings: dict | None = None) -> None:
        """Start at stage 1 (reactions) for ``debrief`` (the dict ``scoring.debrief`` returns)."""
        if self.debrief is not None:
            self._flush_reaction()  # what was typed for the previous debrief is not lost
        self.debrief = debrief
        self.lang = lang if lang in LANGS else "sv"
        self.reaction = reaction or ""
        self._emitted_reaction = self.reaction
        self.self_ratings = {k: v for k, v in (self_ratings or {}).items() if v in report.RATINGS}
        self.stage = 1
        self.include_box.setChecked(False)
        self._set_status("")
        self._render()
        self.scroll.verticalScrollBar().setValue(0)

    def show_results(self) -> None:
        """Go on to stage 2, the debrief itself (what "Show the debrief" does)."""
        if self.debrief is None:
            return
        self._flush_reaction()
        self.stage = 2
        self._render()
        self.scroll.verticalScrollBar().setValue(0)
        if self.sections:
            self.sections[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_language(self, lang: str) -> None:
        """Show everything in ``lang``; the stage, the learner's words and the scroll position stay."""
        self.lang = lang if lang in LANGS else "sv"
        bar = self.scroll.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        # the new content is laid out on the next turn of the event loop; then restore the place
        QTimer.singleShot(0, bar, lambda: bar.setValue(round(ratio * bar.maximum())))

    def report_html(self, *, include_reflections: bool | None = None) -> str:
        """The HTML the exports write; the learner's reflections only when they chose to include them."""
        if self.debrief is None:
            raise ValueError("no debrief is shown")
        reaction, ratings = self._reflections(include_reflections)
        return report.debrief_html(self.debrief, self.lang, reaction=reaction, self_ratings=ratings)

    def export_html(self, path: str | Path) -> Path:
        return export.write_html(self.report_html(), path)

    def export_pdf(self, path: str | Path) -> Path:
        if self.debrief is None:
            raise ValueError("no debrief is shown")
        reaction, ratings = self._reflections(None)
        self.last_pdf_document = export.pdf_document(self.debrief, self.lang, reaction=reaction, self_ratings=ratings)
        return export.write_pdf(self.last_pdf_document, path)

    @property
    def include_reflections(self) -> bool:
        return self.include_box.isChecked()

    # -- rendering -----------------------------------------------------------------------------
    def _restyle(self) -> None:
        """The style sheet from the current theme: set again on every render (show_debrief,
        show_results, set_language), so a theme changed in the settings shows the next time the
        view is shown. The charts read the theme when they paint."""
        sheet = style()
        if sheet != self._style:
            self._style = sheet
            self.setStyleSheet(sheet)
            # the box of the check box is outlined in a shade of the palette's window colour, which
            # on a black page would be black: outline it in the theme's line colour instead
            pal = self.include_box.palette()
            pal.setColor(QPalette.ColorRole.Window, theme.current().q("line"))
            self.include_box.setPalette(pal)

    def _render(self) -> None:
        self._restyle()
        self._capture_reaction()
        old = self.content
        self.sections = []
        self.reaction_edit = None
        self.rating_groups = {}
        self.content = self._stage_one() if self.stage == 1 else self._stage_two()
        if old is not None:
            self.column_layout.replaceWidget(old, self.content)
            old.hide()
            old.setParent(None)  # out of the tree at once, so nothing finds the old page
            old.deleteLater()
        else:
            self.column_layout.addWidget(self.content)
        self.content.show()  # now, not on the next turn of the event loop
        self._update_bar()
        self._cap_column()

    def _cap_column(self) -> None:
        width = QFontMetricsF(self.font()).averageCharWidth() * READABLE_CHARS
        self.column.setMaximumWidth(max(640, int(width)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._cap_column()

    def _stage_one(self) -> QWidget:
        lang, d = self.lang, self.debrief or {}
        page = QWidget()
        page.setObjectName("stageOne")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        head = QVBoxLayout()
        head.setSpacing(4)
        eyebrow = _label(localized(d.get("scenario", {}).get("title"), lang), "eyebrow")
        head.addWidget(eyebrow)
        heading = _label(ui(lang, "done_heading"), "stageHeading", self.font(), 1.6, True)
        heading.setAccessibleName(heading.text())
        head.addWidget(heading)
        head.addWidget(_label(ui(lang, "done_intro"), "bodyText", self.font(), 1.05))
        layout.addLayout(head)

        panel = _panel("reactionPanel")
        inner = panel.layout()
        title = _label(ui(lang, "feeling_heading"), "sectionHeading", self.font(), 1.3, True)
        inner.addWidget(title)
        inner.addWidget(_label(ui(lang, "feeling_hint"), "bodyText"))
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
        inner.addWidget(_label(ui(lang, "feeling_private"), "privateNote"))
        layout.addWidget(panel)

        panel = _panel("ratingPanel")
        inner = panel.layout()
        inner.addWidget(_label(ui(lang, "self_heading"), "sectionHeading", self.font(), 1.3, True))
        inner.addWidget(_label(ui(lang, "self_intro"), "bodyText"))
        at_stake = list(d.get("principles", {}))
        if not at_stake:
            inner.addWidget(_label(ui(lang, "no_principles"), "mutedText"))
        for pid in at_stake:
            inner.addWidget(self._rating_row(pid))
        layout.addWidget(panel)
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
        grid.addWidget(_label(name, "ratingName", self.font(), 1.05, True), 0, 0)
        summary = _label(report.principle_summary(pid, lang), "ratingSummary")
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

    def _stage_two(self) -> QWidget:
        lang, d = self.lang, self.debrief or {}
        page = QWidget()
        page.setObjectName("stageTwo")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(_label(ui(lang, "debrief"), "eyebrow", self.font(), 1.0, True))
        title = _label(localized(d.get("scenario", {}).get("title"), lang) or d.get("scenario", {}).get("id", ""),
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
        frame = _panel("debriefSection")
        frame.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        frame.setAccessibleName(heading)
        layout = frame.layout()
        layout.addWidget(_label(heading, "sectionHeading", self.font(), 1.35, True))
        return frame, layout

    def _ending(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "ending_heading"))
        end = d.get("ending")
        if not end:
            layout.addWidget(_label(ui(lang, "not_finished"), "bodyText"))
            return frame
        layout.addWidget(_label(localized(end.get("title"), lang), "endingTitle", self.font(), 1.15, True))
        cls = end.get("class", "")
        words = ui(lang, f"class_{cls}") if f"class_{cls}" in _CLASS_KEYS else str(cls)
        badge = _label(words, "endingClass")
        badge.setWordWrap(False)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_label(localized(end.get("debrief"), lang), "bodyText", self.font(), 1.05))
        return frame

    def _description(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "description_heading"))
        layout.addWidget(_label(ui(lang, "curve_heading"), "subHeading", self.font(), 1.1, True))
        layout.addWidget(_label(ui(lang, "curve_help"), "mutedText"))
        self.curve = ArousalCurve(d, lang)
        layout.addWidget(self.curve)
        layout.addSpacing(8)
        layout.addWidget(_label(ui(lang, "timeline_heading"), "subHeading", self.font(), 1.1, True))
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
            return _label(narration, "passageText") if narration else None
        box = QFrame()
        box.setObjectName("timelineEntry")
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(6)
        kind_word = ui(lang, f"kind_{kind}") if kind in report.DECISION_KINDS else kind
        head = " · ".join([ui(lang, "decision_n", n=n), kind_word,
                           ui(lang, "at_minutes", m=number(float(e.get("minutes", 0)), lang))])
        outer.addWidget(_label(head, "entryHead", self.font(), 1.05, True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        texts: list[str] = []

        def row(caption: str, value: str | QWidget, name: str = "bodyText", *, bold: bool = False) -> None:
            r = grid.rowCount()
            if caption:
                cap = _label(caption, "entryCaption")
                cap.setWordWrap(False)
                grid.addWidget(cap, r, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(value, QWidget):
                grid.addWidget(value, r, 1)
            elif value:
                grid.addWidget(_label(value, name, self.font(), 1.0, bold), r, 1 if caption else 0, 1, 1 if caption else 2)
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
            row(ui(lang, "position"), _bullets(lines))
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
            elay.addWidget(_label(ui(lang, "expert"), "expertCaption", self.font(), 1.0, True))
            etext = localized(expert.get("text"), lang)
            efeedback = localized(expert.get("feedback"), lang)
            elay.addWidget(_label(etext, "bodyText", self.font(), 1.0, True))
            if efeedback:
                elay.addWidget(_label(efeedback, "bodyText"))
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
        text_col.addWidget(_label(ui(lang, "overall"), "subHeading", self.font(), 1.1, True))
        text_col.addWidget(_label(ui(lang, "overall_note"), "mutedText"))
        big = _label("–" if overall is None else str(overall), "overallNumber", self.font(), 2.6, True)
        big.setWordWrap(False)
        of = _label(ui(lang, "of_100"), "overallOf", self.font(), 1.2)
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
                layout.addWidget(_label(ui(lang, "differs_count", names=names), "differsSummary"))
            layout.addWidget(self.score_chart)
            layout.addWidget(_label(ui(lang, "results_note"), "mutedText"))
            for pid in differing:
                s = principles[pid]
                note = QFrame()
                note.setObjectName("differsNote")
                nlay = QVBoxLayout(note)
                nlay.setContentsMargins(12, 8, 12, 10)
                nlay.setSpacing(3)
                title = f"{ui(lang, 'differs')} – {report.principle_name(pid, lang)}"
                nlay.addWidget(_label(title, "differsText", self.font(), 1.0, True))
                kind = report.disagreement(self.self_ratings.get(pid), s.get("score"))
                body = ui(lang, f"differs_{kind}", n=s.get("score"))
                steps = report.steps_for(d, pid)
                if kind == "plus_low" and steps:
                    body += " " + ui(lang, "ask_plus_low", decisions=decisions(steps, lang))
                elif kind == "delta_high":
                    body += " " + ui(lang, "ask_delta_high")
                nlay.addWidget(_label(body, "differsText"))
                note.setAccessibleName(title)
                note.setAccessibleDescription(body)
                layout.addWidget(note)
            layout.addSpacing(6)
            layout.addWidget(_label(ui(lang, "teaching_heading"), "subHeading", self.font(), 1.1, True))
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
        lay.addWidget(_label(report.principle_name(pid, lang), "teachingName", self.font(), 1.0, True))
        text = report.principle_summary(pid, lang)
        steps = report.steps_for(self.debrief or {}, pid)
        if steps:
            text += " " + ui(lang, "at_steps", decisions=decisions(steps, lang))
        lay.addWidget(_label(text, "bodyText"))
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
        out.addWidget(_label(ui(lang, "knowledge_heading"), "subHeading", self.font(), 1.1, True))
        out.addWidget(_label(ui(lang, "knowledge_score", correct=k.get("correct", 0), total=k.get("total", len(items))),
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
                lay.addWidget(_label(text, name, self.font(), 1.0, bold))
            box.setAccessibleName(question)
            box.setAccessibleDescription("\n".join(t for t, _, _ in lines[1:]))
            out.addWidget(box)
        return out

    def _summary(self) -> QFrame:
        lang, d = self.lang, self.debrief or {}
        frame, layout = self._section(ui(lang, "summary_heading"))
        takeaways = d.get("takeaways") or []
        if takeaways:
            layout.addWidget(_label(ui(lang, "takeaways"), "subHeading", self.font(), 1.1, True))
            layout.addWidget(_bullets([localized(t.get("text"), lang) for t in takeaways], "takeaway"))
        box = QFrame()
        box.setObjectName("wellbeingBox")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(16, 12, 16, 14)
        lay.setSpacing(6)
        lay.addWidget(_label(ui(lang, "wellbeing"), "wellbeingHeading", self.font(), 1.15, True))
        if self.reaction.strip():
            lay.addWidget(_label(ui(lang, "you_wrote"), "mutedText"))
            lay.addWidget(_label(f"”{self.reaction.strip()}”" if lang == "sv" else f"“{self.reaction.strip()}”",
                                 "reactionQuote", self.font(), 1.0))
        lay.addWidget(_label(localized(d.get("wellbeing"), lang), "wellbeingText", self.font(), 1.05))
        box.setAccessibleName(ui(lang, "wellbeing"))
        layout.addSpacing(6)
        layout.addWidget(box)
        return frame

    # -- the bar at the bottom ---------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.bar = QFrame()
        self.bar.setObjectName("debriefBar")
        # the bar never forces the window wider: with large text it turns into two rows instead
        self.bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.bar)
        self.bar_layout.setContentsMargins(20, 10, 20, 10)
        self.bar_layout.setSpacing(10)
        nav = QWidget()
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(10)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self._back)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self._again)
        nav_layout.addWidget(self.back_button)
        nav_layout.addWidget(self.again_button)
        nav_layout.addStretch(1)
        actions = QWidget()
        act_layout = QHBoxLayout(actions)
        act_layout.setContentsMargins(0, 0, 0, 0)
        act_layout.setSpacing(10)
        act_layout.addStretch(1)
        self.include_box = QCheckBox()
        self.include_box.setObjectName("includeBox")
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._save_pdf)
        self.html_button = QPushButton()
        self.html_button.clicked.connect(self._save_html)
        self.show_button = QPushButton()
        self.show_button.setObjectName("primaryButton")
        self.show_button.setAutoDefault(True)
        self.show_button.clicked.connect(self.show_results)
        for w in (self.include_box, self.pdf_button, self.html_button, self.show_button):
            act_layout.addWidget(w)
        self._bar_parts = (nav, actions)
        self.bar_layout.addWidget(nav, 1)
        self.bar_layout.addWidget(actions, 1)

    def _update_bar(self) -> None:
        lang = self.lang
        results = self.stage == 2
        for button, key in ((self.back_button, "back"), (self.again_button, "play_again"),
                            (self.pdf_button, "save_pdf"), (self.html_button, "save_html"), (self.show_button, "show")):
            button.setText(ui(lang, key))
            button.setAccessibleName(ui(lang, key))
        self.again_button.setToolTip(ui(lang, "play_again_tip"))
        self.show_button.setToolTip(ui(lang, "show_tip"))
        self.include_box.setText(ui(lang, "include"))
        self.include_box.setToolTip(ui(lang, "include_tip"))
        self.include_box.setAccessibleName(ui(lang, "include"))
        self.include_box.setAccessibleDescription(ui(lang, "include_tip"))
        self.show_button.setVisible(not results)
        for w in (self.again_button, self.include_box, self.pdf_button, self.html_button):
            w.setVisible(results)
        self._arrange_bar()

    def _arrange_bar(self) -> None:
        """One row when it fits, two (navigation above the saving) when the text is large."""
        nav, actions = self._bar_parts
        margins = self.bar_layout.contentsMargins()
        needed = nav.sizeHint().width() + actions.sizeHint().width() + self.bar_layout.spacing() \
            + margins.left() + margins.right()
        direction = QBoxLayout.Direction.LeftToRight if needed <= self.width() or self.width() < 50 \
            else QBoxLayout.Direction.TopToBottom
        if self.bar_layout.direction() != direction:
            self.bar_layout.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_bar()

    # -- what the learner does -----------------------------------------------------------------------
    def _reaction_edited(self) -> None:
        self._capture_reaction()
        self._reaction_timer.start()

    def _capture_reaction(self) -> None:
        if self.reaction_edit is not None:
            try:
                self.reaction = self.reaction_edit.toPlainText()
            except RuntimeError:  # the editor is already gone
                self.reaction_edit = None

    def _flush_reaction(self) -> None:
        self._reaction_timer.stop()
        self._capture_reaction()
        if self.reaction != self._emitted_reaction:
            self._emitted_reaction = self.reaction
            self.reaction_changed.emit(self.reaction)

    def _rated(self, pid: str, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        value = button.property("rating")
        if self.self_ratings.get(pid) != value:
            self.self_ratings[pid] = value
            self.self_ratings_changed.emit(dict(self.self_ratings))

    def _back(self) -> None:
        self._flush_reaction()
        self.back_to_library.emit()

    def _again(self) -> None:
        self._flush_reaction()
        if self.debrief is not None:
            self.play_again.emit(str(self.debrief.get("scenario", {}).get("id", "")))

    def _reflections(self, include: bool | None) -> tuple[str | None, dict | None]:
        self._capture_reaction()
        include = self.include_reflections if include is None else include
        if not include:
            return None, None
        return self.reaction, dict(self.self_ratings)

    def _default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        sid = (self.debrief or {}).get("scenario", {}).get("id", "scenario")
        return str(Path(folder) / f"{ui(self.lang, 'file_stem')}-{sid}.{suffix}")

    def _save(self, suffix: str, filter_key: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, ui(self.lang, "save_title"), self._default_path(suffix),
                                              ui(self.lang, filter_key))
        if not path:
            return
        if not path.lower().endswith("." + suffix):
            path += "." + suffix
        try:
            written = write(path)
        except (OSError, ValueError) as exc:
            self._set_status(ui(self.lang, "save_failed", error=str(exc)), error=True)
            return
        self._set_status(ui(self.lang, "saved", path=str(written)))

    def _save_pdf(self) -> None:
        self._save("pdf", "pdf_filter", self.export_pdf)

    def _save_html(self) -> None:
        self._save("html", "html_filter", self.export_html)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", "true" if error else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Keyboard users: keep the focused part of the debrief in view."""
        if new is not None and self.body.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 60)


_CLASS_KEYS = {"class_resolved", "class_resolved_with_help", "class_care_interrupted", "class_alarm_violence"}


class ScoreChart(QFrame):
    """The per-principle results as a horizontal bar chart, the learner's own rating beside each bar
    and a disagreement marked with an icon and words."""

    def __init__(self, debrief: dict, ratings: dict, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(_label(ui(lang, "principles"), "chartHeader"), 0, 0)
        grid.addWidget(_label(ui(lang, "chart"), "chartHeader"), 0, 1)
        grid.addWidget(_label(ui(lang, "your_rating"), "chartHeader"), 0, 2)
        self.rows: list[tuple[str, ScoreBar, QLabel]] = []
        lines = []
        for r, (pid, s) in enumerate(debrief.get("principles", {}).items(), start=1):
            name = report.principle_name(pid, lang)
            score = s.get("score")
            rating = ratings.get(pid)
            rating_text = ui(lang, f"rating_{rating}") if rating in report.RATINGS else ui(lang, "rating_none")
            differs = report.disagreement(rating, score)
            name_label = _label(name, "principleName")
            bar = ScoreBar(score, str(score) if score is not None else ui(lang, "not_scored"))
            own = QWidget()
            own_layout = QHBoxLayout(own)
            own_layout.setContentsMargins(0, 0, 0, 0)
            own_layout.setSpacing(8)
            own_label = _label(rating_text, "ownRating")
            own_label.setWordWrap(False)
            own_layout.addWidget(own_label)
            if differs:
                mark = _label(ui(lang, "differs"), "differsMark")
                mark.setWordWrap(False)
                own_layout.addWidget(mark)
            own_layout.addStretch(1)
            grid.addWidget(name_label, r, 0)
            grid.addWidget(bar, r, 1)
            grid.addWidget(own, r, 2)
            spoken = rating_text if rating in report.RATINGS else ui(lang, "not_rated")
            row_text = ui(lang, "score_row", principle=name, score=score if score is not None else "–", rating=spoken)
            if differs:
                row_text += " " + ui(lang, "differs")
            bar.setAccessibleName(row_text)
            lines.append(row_text)
            self.rows.append((pid, bar, own_label))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 3)
        self.setAccessibleName(ui(lang, "chart"))
        self.setAccessibleDescription("\n".join(lines))


def _bullets(lines: list[str], name: str = "bodyText") -> QWidget:
    """A list with hanging bullets: a wrapped line starts under the text, not under the bullet."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(4)
    grid.setColumnStretch(1, 1)
    for r, line in enumerate(lines):
        dot = QLabel("•")
        dot.setObjectName(name)
        grid.addWidget(dot, r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_label(line, name), r, 1)
    return box


def _panel(name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(22, 16, 22, 20)
    layout.setSpacing(8)
    return frame


def _label(text: str, name: str, base_font=None, factor: float = 1.0, bold: bool = False) -> QLabel:
    label = plain_label(text, name, selectable=True)
    if base_font is not None and (factor != 1.0 or bold):
        label.setFont(scaled_font(base_font, factor, bold))
    return label


__all__ = ["DebriefView", "ScoreChart"]
