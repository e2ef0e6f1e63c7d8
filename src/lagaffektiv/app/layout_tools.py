"""Two layout chores every view repeats: a column that scrolls down only, and emptying a box
before a step is shown again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


def vertical_scroll(widget: QWidget | None = None, *, takes_focus: bool = True) -> QScrollArea:
    """A frameless scroll area that wraps its text to its width (never a sideways bar).
    ``takes_focus=False`` where the keys must reach the view's own handlers, not scroll."""
    scroll = QScrollArea()
    if widget is not None:
        scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not takes_focus:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def empty_box(box: QLayout, keep: QWidget | None = None) -> None:
    """Take every widget out of ``box`` and delete it, except ``keep`` (reused, so only taken out).
    Hidden first: a widget waiting for deleteLater would otherwise flash at the top-left."""
    while box.count():
        widget = box.takeAt(0).widget()
        if widget is not None and widget is not keep:
            widget.hide()
            widget.deleteLater()
