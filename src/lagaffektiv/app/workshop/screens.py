"""Where the workshop's two views go. Two screens: the projected view in its own window, full
screen on the second screen (the projector), and the presenter panel filling the page. One screen:
the projected view fills the page and the presenter panel opens beside it, collapsed at first so
the notes never reach the projector by accident.

A mixin of WorkshopPage, which owns the views and the state; kept apart so each reads in one sitting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .words import ui

if TYPE_CHECKING:
    from .page import WorkshopPage

PANEL_SHARE, PANEL_MIN, PANEL_MAX = 0.33, 340, 520


def screen_count() -> int:
    return len(QGuiApplication.screens())


class ProjectedWindow(QWidget):
    """The projector's own window; its keys go to the page like the main window's do. A window
    of the page's own (deleted with it, kept in the main window's family), and never the one that
    keeps the app running once the main window is closed."""

    def __init__(self, page: "WorkshopPage", content: QWidget):
        super().__init__(page, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.page = page
        self.setObjectName("projectedWindow")
        self.setWindowTitle("lagaffektiv")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.page.handle_key(event):
            super().keyPressEvent(event)


class ScreenLayout:
    """WorkshopPage's placing of its views (uses its projected, presenter, toggle, _layout and lang)."""

    def arrange(self, screens: int) -> None:
        """Two or more screens: the projected view to its own window on the second one."""
        self.two_screens = screens > 1
        if self.two_screens:
            self.window_out = ProjectedWindow(self, self.projected)
            self.window_out.setStyleSheet(self.projected.styleSheet())
            self._layout.addWidget(self.presenter, 1)
            self.toggle.hide()
            self.presenter.show()
        else:
            self._layout.addWidget(self.projected, 1)
            self._side = side = QVBoxLayout()
            side.setContentsMargins(4, 4, 4, 4)
            side.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
            side.addStretch(1)
            self._layout.addLayout(side)
            self._layout.addWidget(self.presenter, 0)
            self._size_panel()
            self.presenter.hide()
        self._label_toggle()

    def show_projected(self) -> None:
        """Put the projected window full screen on the second screen (two-screen mode)."""
        if self.window_out is None:
            return
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = screens[1]
            self.window_out.setScreen(target)
            self.window_out.setGeometry(target.geometry())
            self.window_out.showFullScreen()
        else:
            self.window_out.show()

    def close_projected(self) -> None:
        if self.window_out is not None:
            self.window_out.hide()

    @property
    def panel_open(self) -> bool:
        return self.two_screens or self.presenter.isVisibleTo(self)

    def toggle_panel(self) -> None:
        if self.two_screens:
            return
        open_ = not self.presenter.isVisibleTo(self)
        # Open, the button sits in the panel's top row: the projected view keeps the width.
        if open_:
            self._side.removeWidget(self.toggle)
            self.presenter.set_corner(self.toggle)
        else:
            self.presenter.set_corner(None)
            self._side.insertWidget(0, self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self.presenter.setVisible(open_)
        self.toggle.show()
        self._label_toggle()

    def _size_panel(self) -> None:
        """One screen: the panel takes a third of the width, enough for the notes and the votes."""
        self.presenter.setFixedWidth(max(PANEL_MIN, min(PANEL_MAX, round(self.width() * PANEL_SHARE))))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.two_screens:
            self._size_panel()
        super().resizeEvent(event)

    def _label_toggle(self) -> None:
        open_ = self.presenter.isVisibleTo(self)
        self.toggle.setText(ui(self.lang, "panel_hide" if open_ else "panel_show"))
        self.toggle.setToolTip(ui(self.lang, "panel_tip"))
        self.toggle.setAccessibleName(ui(self.lang, "panel_tip"))
