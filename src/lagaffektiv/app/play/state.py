"""How each character present is: name, the phase in words, and a small bar.

The word carries the meaning; the bar and its colour only support it. The panel is hidden
when the learner chose to hide it, and always in assessment mode (PlayView decides).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ...encounter.arousal import PHASE_LABELS
from ..widgets import plain_label, scaled_font
from .style import PHASE_COLOURS, colours
from .words import localized, ui


class PhaseBar(QWidget):
    """A thin bar: arousal 0–100 as a share of its width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = 0.0
        self.phase = "calm"
        self.setFixedHeight(8)

    def set(self, value: float, phase: str) -> None:
        self.value, self.phase = value, phase
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect())
        p.fillRect(track, colours().furniture)
        share = max(0.02, min(1.0, self.value / 100))
        p.fillRect(QRectF(0, 0, track.width() * share, track.height()),
                   PHASE_COLOURS.get(self.phase, QColor("#6b7480")))
        p.end()


class StatePanel(QFrame):
    def __init__(self, lang: str = "sv", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statePanel")
        self.lang = lang
        self.rows: dict[str, tuple] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        self.heading = plain_label("", "stateHeading")
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(2, 1)
        layout.addLayout(self.grid)

    def show_state(self, encounter, lang: str) -> None:
        """One row per character present, in the scenario's order."""
        self.lang = lang
        self.heading.setText(ui(lang, "state_heading"))
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.rows = {}
        phases = encounter.phases()
        present = set(encounter.present())
        for row, (cid, ch) in enumerate((c, ch) for c, ch in encounter.scenario.characters.items() if c in present):
            name = plain_label(localized(ch.name, lang), "stateName")
            name.setFont(scaled_font(self.font(), 1.0, bold=True))
            name.setWordWrap(False)
            phase = phases[cid]
            word = plain_label(PHASE_LABELS.get(phase, {}).get(lang, phase), "statePhase")
            word.setWordWrap(False)
            bar = PhaseBar()
            bar.set(encounter.arousal[cid], phase)
            bar.setAccessibleName(f"{name.text()}: {word.text()}")
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(word, row, 1)
            self.grid.addWidget(bar, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self.rows[cid] = (name, word, bar)
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription("; ".join(f"{n.text()}: {w.text()}" for n, w, _ in self.rows.values()))

    def phase_words(self) -> dict[str, str]:
        return {cid: word.text() for cid, (_, word, _) in self.rows.items()}
