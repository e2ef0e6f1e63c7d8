"""The building blocks the debrief's stages are made of: selectable plain-text labels, panels,
and lists with hanging bullets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..widgets import plain_label, scaled_font


def bullets(lines: list[str], name: str = "bodyText") -> QWidget:
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
        grid.addWidget(label(line, name), r, 1)
    return box


def panel(name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(22, 16, 22, 20)
    layout.setSpacing(8)
    return frame


def label(text: str, name: str, base_font=None, factor: float = 1.0, bold: bool = False) -> QLabel:
    widget = plain_label(text, name, selectable=True)
    if base_font is not None and (factor != 1.0 or bold):
        widget.setFont(scaled_font(base_font, factor, bold))
    return widget

