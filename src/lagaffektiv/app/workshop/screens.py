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


def projector_screen(screens, own):
    """The screen for the projected view: the first that is not the main window's own (the
    laptop need not be the first screen); None where there is no other."""
    return next((s for s in screens if s is not own), None)


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
        target = projector_screen(QGuiApplication.screens(), self.window().screen())
        self._projector = target
        if target is not None:
            self.window_out.setScreen(target)
            self.window_out.setGeometry(target.geometry())
            self.window_out.showFullScreen()
        else:
            self.window_out.show()

    def screen_removed(self, screen) -> None:
        """QGuiApplication.screenRemoved: the projector unplugged mid-workshop. The projected view
        comes back into the page, one-screen style, with the panel collapsed so the notes stay
        off whatever screen the room sees next."""
        out = self.window_out
        if not self.two_screens or out is None or screen not in (getattr(self, "_projector", None), out.screen()):
            return
        if out.layout().indexOf(self.projected) < 0:     # the team debrief's copy: just closed
            out.hide()
            return
        had_keys = out.isActiveWindow()
        out.hide()
        self.window_out = None
        out.layout().removeWidget(self.projected)
        self._layout.removeWidget(self.presenter)
        self.arrange(1)
        self.projected.show()
        self.toggle.show()
        out.deleteLater()
        if had_keys or self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

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
