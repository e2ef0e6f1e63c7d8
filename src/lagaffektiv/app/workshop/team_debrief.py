"""The team debrief after the ending, in the order of principles.md §12: the reactions questions
first; then the analysis (its questions, the group's path beside the expert's at each decision
with the vote distribution and how it was decided, the results per principle, the arousal
curve); then the summary questions. Export: the core's HTML, and a PDF printed from it.

The data is lagaffektiv.workshop.team_debrief's: counts and the path, no names. The type scales
with the height as in the projected view, since the room reads this on the projector too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import report
from ..debrief.charts import ArousalCurve, ScoreBar
from ..layout_tools import vertical_scroll
from ..library import plain_label
from ..play.words import num
from ..save_dialog import documents_folder, save_through_dialog
from .bars import VoteBar
from .export import default_name, write_html, write_summary_pdf
from .style import body_px, presenter_style, projected_style, px_font
from .words import first_line, localized, ui

FACTORS = {"wsTitle": (1.3, True), "wsHeading": (1.15, True), "wsSub": (1.0, True), "optionNumber": (1.0, True),
           "wsTotal": (0.85, False), "wsStatus": (0.8, False)}


class TeamDebriefView(QWidget):
    back_to_library = Signal()

    def __init__(self, parent: QWidget | None = None, *, exports: bool = True):
        super().__init__(parent)
        self.setObjectName("projectedView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.debrief: dict | None = None
        self.lang = "sv"
        self._px = 0
        self.bars: list[VoteBar] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        self.scroll = vertical_scroll()
        outer.addWidget(self.scroll, 1)
        self.bar = QWidget()
        self.bar.setObjectName("presenterPanel")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(8, 6, 8, 6)
        self.pdf_button = QPushButton()
        self.html_button = QPushButton()
        self.back_button = QPushButton()
        self.status = plain_label("", "wsStatus", selectable=True)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.html_button.clicked.connect(self._save_html)
        self.back_button.clicked.connect(self.back_to_library.emit)
        row.addWidget(self.pdf_button)
        row.addWidget(self.html_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.back_button)
        outer.addWidget(self.bar)
        self.bar.setVisible(exports)

    # -- showing ------------------------------------------------------------------------------------
    def show_debrief(self, debrief: dict, lang: str) -> None:
        self.debrief, self.lang = debrief, lang
        self.setStyleSheet(projected_style() + presenter_style())
        for button, key in ((self.pdf_button, "export_pdf"), (self.html_button, "export_html"),
                            (self.back_button, "back")):
            button.setText(ui(lang, key))
        for button in (self.pdf_button, self.html_button):
            button.setToolTip(ui(lang, "export_tip"))
        self.status.hide()
        body = QWidget()
        body.setObjectName("wsColumn")
        col = QVBoxLayout(body)
        col.setSpacing(10)
        self.bars = []
        title = localized(debrief.get("scenario", {}).get("title"), lang)
        col.addWidget(plain_label(ui(lang, "debrief_title", title=title), "wsTitle"))
        ending = debrief.get("ending") or {}
        if ending.get("title"):
            col.addWidget(plain_label(ui(lang, "ending", title=localized(ending["title"], lang)), "wsSub"))
        questions = {part: texts for part, texts in debrief.get("questions", [])}
        col.addWidget(plain_label(ui(lang, "reactions"), "wsHeading"))
        col.addWidget(_bullets([localized(q, lang) for q in questions.get("reactions", [])]))
        col.addWidget(plain_label(ui(lang, "analysis"), "wsHeading"))
        col.addWidget(_bullets([localized(q, lang) for q in questions.get("analysis", [])]))
        col.addWidget(plain_label(ui(lang, "path"), "wsSub"))
        for d in debrief.get("decisions", []):
            col.addWidget(self._decision(d, lang))
        col.addWidget(plain_label(ui(lang, "principles"), "wsSub"))
        col.addWidget(self._principles(debrief, lang))
        col.addWidget(plain_label(ui(lang, "curve"), "wsSub"))
        self.curve = ArousalCurve(debrief, lang)
        col.addWidget(self.curve)
        col.addWidget(plain_label(ui(lang, "summary"), "wsHeading"))
        col.addWidget(_bullets([localized(q, lang) for q in questions.get("summary", [])]))
        col.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)
        self.body = body
        self._px = 0
        self._apply_fonts()

    def set_language(self, lang: str) -> None:
        if self.debrief is not None:
            self.show_debrief(self.debrief, lang)

    def _decision(self, d: dict, lang: str) -> QWidget:
        frame = QFrame()
        frame.setObjectName("optionRow")
        grid = QGridLayout(frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        kind = ui(lang, f"kind_{d.get('kind')}") if d.get("kind") in ("choice", "positioning", "checkpoint") else ""
        head = ui(lang, "decision_heading", n=d.get("number", 0)) + (f" · {kind}" if kind else "")
        if d.get("hot_seat"):
            head += f" · {ui(lang, 'hot_seat_mark')}"
        how = d.get("how", "")
        how_text = ui(lang, f"how_{how}") if f"how_{how}" in _HOWS else how
        grid.addWidget(plain_label(f"{head} – {how_text}", "wsSub"), 0, 0, 1, 3)
        row = 1
        options = d.get("options", [])
        total = int(d.get("total") or 0)
        for n, opt in enumerate(options, start=1):
            marks = []
            if opt.get("chosen"):
                marks.append(ui(lang, "mark_group"))
            if opt.get("expert"):
                marks.append(ui(lang, "mark_expert"))
            number = plain_label(f"{n}", "optionNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = plain_label(f"{first_line(localized(opt.get('text'), lang), 110)} {' '.join(marks)}".strip(),
                               "optionText")
            bar = VoteBar(lang)
            bar.set_votes(int(opt.get("votes", 0)), total, bool(opt.get("chosen")), lang)
            self.bars.append(bar)
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(bar, row, 2)
            row += 1
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        lines = []
        chosen = next((o for o in options if o.get("chosen")), None)
        expert = next((o for o in options if o.get("expert")), None)
        if d.get("kind") == "positioning":
            learner = (d.get("position") or {}).get("learner") or []
            if len(learner) == 2:
                lines.append(ui(lang, "placed_at", x=num(learner[0], lang), y=num(learner[1], lang)))
            lines += [localized(t, lang) for t in (d.get("position") or {}).get("feedback") or []]
        elif chosen is not None:
            lines.append(ui(lang, "chosen", text=localized(chosen.get("text"), lang)))
            if d.get("matches_expert"):
                lines.append(ui(lang, "same_as_expert"))
            elif expert is not None:
                lines.append(ui(lang, "expert", text=localized(expert.get("text"), lang)))
        for line in lines:
            grid.addWidget(plain_label(line, "optionText"), row, 0, 1, 3)
            row += 1
        return frame

    def _principles(self, debrief: dict, lang: str) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for r, (pid, s) in enumerate(debrief.get("principles", {}).items()):
            score = s.get("score")
            grid.addWidget(plain_label(report.principle_name(pid, lang), "optionText"), r, 0)
            bar = ScoreBar(score, str(score) if score is not None else ui(lang, "not_scored"))
            bar.setAccessibleName(f"{report.principle_name(pid, lang)}: {bar.text}")
            grid.addWidget(bar, r, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return box

    # -- type size -------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        px = body_px(self.height(), self.width())
        if px == self._px or self.debrief is None:
            return
        self._px = px
        dpi = self.logicalDpiY()
        base = px_font(self.font(), px, dpi=dpi)
        for label in self.body.findChildren(QLabel):
            factor, bold = FACTORS.get(label.objectName(), (1.0, False))
            label.setFont(px_font(base, px * factor, bold, dpi))
        for widget in self.bars + self.body.findChildren(ScoreBar):
            widget.setFont(base)
            widget.updateGeometry()
        self.curve.setFont(px_font(base, px * 0.75, dpi=dpi))
        self.curve.updateGeometry()

    # -- export ------------------------------------------------------------------------------------------
    def export_html(self, path: str | Path) -> Path:
        return write_html(self.debrief, self.lang, path)

    def export_pdf(self, path: str | Path) -> Path:
        return write_summary_pdf(self.debrief, self.lang, path)

    def default_path(self, suffix: str) -> str:
        return str(documents_folder() / default_name(self.debrief or {}, suffix))

    def _save(self, suffix: str, filter_key: str, write) -> None:
        result = save_through_dialog(self, ui(self.lang, "save_title"), self.default_path(suffix),
                                     ui(self.lang, filter_key), suffix, write)
        if result is None:
            return
        written, error = result
        if error is not None:
            self.status.setText(ui(self.lang, "save_failed", error=error))
        else:
            self.status.setText(ui(self.lang, "saved", path=str(written)))
        self.status.show()

    def _save_pdf(self) -> None:
        self._save("pdf", "pdf_filter", self.export_pdf)

    def _save_html(self) -> None:
        self._save("html", "html_filter", self.export_html)

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]


_HOWS = {"how_majority", "how_tie_break", "how_override", "how_hot_seat", "how_timeout", "how_placement"}


def _bullets(lines: list[str]) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    grid.setColumnStretch(1, 1)
    for r, line in enumerate(lines):
        dot = QLabel("•")
        dot.setObjectName("optionText")
        grid.addWidget(dot, r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(plain_label(line, "optionText"), r, 1)
    return box
