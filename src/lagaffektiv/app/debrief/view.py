"""The debrief after an encounter, in the order of principles.md §12 (PEARLS).

Stage 1, reactions: "how are you feeling?" with a private free-text box, then the learner's own
plus/delta rating per principle that was at stake. No result is shown and none is built yet.
Stage 2, the debrief: the ending; what happened (the arousal curve and the timeline of
decisions); the analysis (overall and per-principle results with the learner's own rating
beside them and the disagreements marked, the teaching per principle, the knowledge
questions); the summary (take-aways, then the wellbeing close, principles.md §8).

Stage 1 is built in ``reactions``, stage 2 in ``results`` (with ``timeline`` and ``analysis``);
this module holds the view itself: the page, the bar at the bottom, and what the learner does.

The view only presents the debrief dict the core computed (``scoring.debrief``); the numbering
of decisions and the disagreement rule come from ``lagaffektiv.report``, which also writes the
exports. Everything a scenario or the learner wrote is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPalette, QTextDocument
from PySide6.QtWidgets import (QApplication, QBoxLayout, QButtonGroup, QCheckBox, QFileDialog, QFrame, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from ... import report
from .. import theme
from . import export
from .reactions import ReactionsStage
from .results import ResultsStage
from .style import style
from .words import ui

LANGS = ("sv", "en")
READABLE_CHARS = 125      # the column is capped near this many characters per line
REACTION_DEBOUNCE_MS = 700


class DebriefView(ReactionsStage, ResultsStage, QWidget):
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


__all__ = ["DebriefView"]
