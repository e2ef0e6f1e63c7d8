"""The workshop's way through the main window: set up and start, pause, resume (from the library
or when the app starts), the team debrief. The window calls these with itself; they keep the
window's own code to a few lines and import the workshop only when it is used."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..library import plain_label
from .words import localized, ui

log = logging.getLogger(__name__)


def store():
    from ...workshop import WorkshopStore
    from ..storage import workshops_dir

    return WorkshopStore(workshops_dir())


def _scenarios(window) -> dict:
    return {sc.id: sc for sc in window.scenarios}


def start(window, scenario_id: str, *, config=None) -> None:
    """The setup dialog, then the workshop (``config`` skips the dialog: tests, scripts)."""
    from ...workshop import Workshop
    from .setup import WorkshopSetup

    scenario = _scenarios(window).get(scenario_id)
    if scenario is None:
        return
    if config is None:
        dialog = WorkshopSetup(scenario, window.lang, window)
        if not dialog.exec():
            return
        config = dialog.config()
    open_page(window, Workshop.new(scenario, config))


def open_page(window, ws, *, screens: int | None = None):
    from .page import WorkshopPage

    close_page(window)
    page = WorkshopPage(ws, store(), window.lang, screens=screens)
    page.finished.connect(lambda w: show_team_debrief(window, w))
    page.paused.connect(lambda: (close_page(window), window.show_library()))
    window.workshop_page = page
    window.pages.addWidget(page)
    page._save()
    window._show_page(page)
    page.setFocus(Qt.FocusReason.OtherFocusReason)
    if page.two_screens:
        page.show_projected()
    return page


def close_page(window) -> None:
    """Take the workshop page away, its projector window with it (a child of the page)."""
    page = getattr(window, "workshop_page", None)
    if page is None:
        return
    page.close_projected()
    window.pages.removeWidget(page)
    page.hide()
    page.deleteLater()
    window.workshop_page = None


def leave(window) -> None:
    """The facilitator went elsewhere (the top bar, a practice run, the window closed): the
    workshop is paused and saved, off the projector and gone, so nothing acts on it behind the
    library's offer to resume it."""
    page = getattr(window, "workshop_page", None)
    if page is None:
        return
    page.suspend()
    close_page(window)


def show_team_debrief(window, ws) -> None:
    from ...workshop import team_debrief
    from .team_debrief import TeamDebriefView

    page = window.workshop_page
    outside = page.window_out if getattr(page, "two_screens", False) else None
    data = team_debrief(ws)
    view = getattr(window, "team_debrief", None)
    if view is None:
        view = TeamDebriefView()
        view.back_to_library.connect(lambda: _leave_debrief(window))
        window.team_debrief = view
        window.pages.addWidget(view)
    view.show_debrief(data, window.lang)
    close_debrief_copy(window)       # an earlier run's, if it is still there
    if outside is not None:   # the room goes on looking at the projector, in the same window
        copy = TeamDebriefView(exports=False)
        copy.show_debrief(data, window.lang)
        window.projected_debrief = copy
        layout = outside.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
        layout.addWidget(copy)
        copy.show()               # a child added to a window already showing is not shown with it
        if not outside.isVisible():
            outside.show()
    if page is not None:
        # Kept (out of the stack) until the debrief is left: the projector's window is its child.
        window.pages.removeWidget(page)
        page.hide()
        window.workshop_page = None
        window.finished_workshop = page
    window._show_page(view)


def close_debrief_copy(window) -> None:
    """The team debrief is left: its copy on the projector goes, with the finished page."""
    page = getattr(window, "finished_workshop", None)
    if page is not None:
        page.close_projected()
        page.deleteLater()
    window.finished_workshop = None
    window.projected_debrief = None


def _leave_debrief(window) -> None:
    close_debrief_copy(window)
    window.show_library()


# -- resuming -----------------------------------------------------------------------------------------

def unfinished(window) -> tuple[list, list[str]]:
    """(saved workshops of scenarios in the library, problems to tell) — never raises."""
    try:
        s = store()
        saved = s.unfinished()
    except Exception as exc:  # noqa: BLE001 - a list of saved workshops is never a reason to fail
        log.warning("saved workshops could not be listed: %s", exc)
        return [], [str(exc)]
    known = _scenarios(window)
    return [w for w in saved if w.scenario_id in known], list(s.problems)


def resume(window, workshop_id: str) -> bool:
    from ...errors import LagaffektivError

    try:
        ws = store().load(workshop_id, _scenarios(window))
    except LagaffektivError as exc:
        QMessageBox.warning(window, ui(window.lang, "resume_title"),
                            ui(window.lang, "resume_failed", reason=str(exc)))
        window.show_library()
        return False
    open_page(window, ws)
    return True


def discard(window, workshop_id: str) -> None:
    from ...errors import LagaffektivError

    try:
        store().discard(workshop_id)
    except LagaffektivError as exc:
        QMessageBox.warning(window, ui(window.lang, "resume_title"), str(exc))
    window.show_library()


def title_of(window, saved) -> str:
    sc = _scenarios(window).get(saved.scenario_id)
    return localized(sc.title, window.lang) if sc else saved.scenario_id


def banner(window) -> QWidget | None:
    """The library's lines for unfinished workshops (and a saved workshop that could not be read)."""
    saved, problems = unfinished(window)
    if not saved and not problems:
        return None
    lang = window.lang
    frame = QFrame()
    frame.setObjectName("unfinishedWorkshop")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    frame.rows = []
    for w in saved:
        row = QHBoxLayout()
        label = plain_label(ui(lang, "unfinished", title=title_of(window, w), n=w.steps + 1), "brokenNotice")
        go = QPushButton(ui(lang, "resume"))
        drop = QPushButton(ui(lang, "discard"))
        go.setObjectName("startButton")
        go.clicked.connect(lambda _=False, i=w.id: resume(window, i))
        drop.clicked.connect(lambda _=False, i=w.id: discard(window, i))
        row.addWidget(label, 1)
        row.addWidget(go)
        row.addWidget(drop)
        layout.addLayout(row)
        frame.rows.append((w.id, label, go, drop))
    for problem in problems:
        layout.addWidget(plain_label(ui(lang, "saved_corrupt", reason=problem), "brokenNotice", selectable=True))
    return frame


def offer(window) -> bool:
    """After the first paint: offer the newest unfinished workshop; True if one was resumed."""
    saved, problems = unfinished(window)
    lang = window.lang
    for problem in problems:   # told, not blocking the start: the library banner says it too
        log.warning("%s", problem)
    for w in saved[:1]:
        box = QMessageBox(QMessageBox.Icon.Question, ui(lang, "resume_title"),
                          ui(lang, "resume_text", title=title_of(window, w), n=w.steps + 1), parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(ui(lang, "resume"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(ui(lang, "discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(ui(lang, "later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.exec()
        if box.clickedButton() is go:
            return resume(window, w.id)
        if box.clickedButton() is drop:
            discard(window, w.id)
    return False
