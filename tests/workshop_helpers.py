"""What the workshop tests do alike: answer a message box the page opens, and play a workshop on,
through the presenter's buttons or straight on the core."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_box(button_text: str, seen: list) -> None:
    """Once a message box is open, note its text in ``seen`` and press its ``button_text``.
    A box without that button is rejected and noted, so an unexpected dialog never hangs a test."""
    def go():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            match = [b for b in box.buttons() if b.text() == button_text]
            if match:
                match[0].click()
            else:
                seen.append("no button " + button_text + " among " + str([b.text() for b in box.buttons()]))
                box.reject()
        else:
            QTimer.singleShot(20, go)
    QTimer.singleShot(0, go)


def play_to_the_end(page, tries: int = 40) -> list:
    """Click through the presenter panel, following a vote for the first option at each decision,
    until the page says the workshop is finished; returns what ``finished`` emitted."""
    ws = page.ws
    finished = []
    page.finished.connect(finished.append)
    for _ in range(tries):
        if finished:
            break
        if page.outcome is not None or ws.kind in ("passage", "ended"):
            page.presenter.continue_button.click()
        elif ws.kind == "positioning":
            page.presenter.place_button.click()
        else:
            page.presenter.rows[0].more.click()
            page.presenter.follow_button.click()
    return finished


def play_by_the_expert(ws, until, tries: int = 40) -> None:
    """Play ``ws`` on the core as the expert would (the first option at a checkpoint, the start
    spot when placing) until ``until(ws)`` holds or the workshop ends."""
    for _ in range(tries):
        if until(ws) or ws.finished:
            break
        if ws.kind == "passage":
            ws.proceed()
        elif ws.kind == "positioning":
            ws.place(*ws.node.positioning.learner_start)
        elif ws.kind == "checkpoint":
            ws.decide_checkpoint([ws.options[0][0]])
        else:
            ws.decide(ws.expert)
