"""The countdown of a timed decision: seconds left in words and a bar.

A QTimer wakes it every TICK_MS and it counts down by the time the clock says has passed, so
a slow machine does not stretch the time. The clock is injectable and ``tick(ms)`` counts down
directly, so tests fast-forward without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from ..widgets import plain_label
from .words import ui

TICK_MS = 100


class Countdown(QWidget):
    expired = Signal()

    def __init__(self, lang: str = "sv", clock: Callable[[], float] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.clock = clock or time.monotonic
        self.total_ms = 0.0
        self.remaining_ms = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer)
        self.label = plain_label("", "countdownLabel")
        self.label.setWordWrap(False)
        self.bar = QProgressBar()
        self.bar.setObjectName("countdownBar")
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def seconds_left(self) -> int:
        return math.ceil(self.remaining_ms / 1000 - 1e-9)

    def start(self, seconds: float) -> None:
        self.total_ms = self.remaining_ms = max(0.0, seconds * 1000)
        self._render()
        self.show()
        self.resume()

    def resume(self) -> None:
        if self.remaining_ms > 0:
            self._last = self.clock()
            self._timer.start()

    def pause(self) -> None:
        self._timer.stop()
        self._last = None

    def stop(self) -> None:
        self.pause()
        self.hide()

    def tick(self, ms: float) -> None:
        """Count down by ``ms``; at zero the countdown stops and ``expired`` is emitted once."""
        if self.remaining_ms <= 0:
            return
        before = self.seconds_left
        self.remaining_ms = max(0.0, self.remaining_ms - ms)
        self._render(announce=self.seconds_left != before)
        if self.remaining_ms <= 0:
            self.pause()
            self.expired.emit()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render(announce=True)

    def _on_timer(self) -> None:
        now = self.clock()
        last, self._last = self._last, now
        if last is not None:
            self.tick((now - last) * 1000)

    def _render(self, announce: bool = True) -> None:
        self.label.setText(ui(self.lang, "seconds_left", n=self.seconds_left))
        share = self.remaining_ms / self.total_ms if self.total_ms else 0.0
        self.bar.setValue(round(share * 1000))
        if announce:   # screen readers get whole seconds, not ten updates a second
            self.setAccessibleName(ui(self.lang, "time_left"))
            self.setAccessibleDescription(ui(self.lang, "time_left_long", n=self.seconds_left))
            self.bar.setAccessibleName(ui(self.lang, "time_left_long", n=self.seconds_left))
