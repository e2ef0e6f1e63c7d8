"""The vote entry of a workshop: a number key selects an option, + and − (or the arrows) count a
vote for it, as the presenter's buttons do; a tie is said to the facilitator. Every count is saved
at once, so a killed app loses no vote.

A mixin of WorkshopPage, which owns the workshop, the views and the saving; kept apart so each
reads in one sitting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from .words import ui

PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Up)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Down)


class VoteEntry:
    """WorkshopPage's votes and keys (uses its ws, projected, presenter, outcome, selected,
    save_error, _save, toggle_panel and undo)."""

    def _tie_notice(self) -> None:
        ws = self.ws
        if self.save_error:
            self.presenter.set_notice(ui(self.lang, "not_saved", error=self.save_error))
            return
        if self.outcome is None and ws.options and not ws.hot_seat_here:
            tally = ws.tally()
            if tally.tie and not ws.multiple:
                numbers = [str(i + 1) for i, (oid, _) in enumerate(ws.options) if oid in tally.leaders]
                self.presenter.set_notice(ui(self.lang, "tie", options=", ".join(numbers)))
                return
        self.presenter.set_notice("")

    # -- votes -------------------------------------------------------------------------------------
    def select(self, n: int) -> None:
        if 1 <= n <= len(self.ws.options) and self.outcome is None:
            self.selected = n
            self.presenter.update_votes(self.ws, self.selected)

    def vote(self, option_id: str, delta: int) -> None:
        if self.outcome is not None:
            return
        self.ws.add_vote(option_id, delta)
        self.projected.update_votes(self.ws)
        self.presenter.update_votes(self.ws, self.selected)
        self._tie_notice()
        self._save()

    def set_voters(self, n: int | None) -> None:
        """The head count at a multiple-answer checkpoint: half of it takes an answer."""
        from ...errors import LagaffektivError

        if self.outcome is not None or not self.ws.multiple:
            return
        try:
            self.ws.set_voters(n)
        except LagaffektivError as exc:
            self.presenter.set_notice(ui(self.lang, "failed", error=str(exc)))
            return
        self.projected.update_votes(self.ws)
        self.presenter.update_votes(self.ws, self.selected)
        self._save()

    def vote_selected(self, delta: int) -> None:
        options = self.ws.options
        if self.selected is not None and 1 <= self.selected <= len(options) and self.outcome is None:
            self.vote(options[self.selected - 1][0], delta)

    # -- keys (from the page, or from the projector's window) ---------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        if self.left:
            return False
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.select(key - Qt.Key.Key_0)
        elif key in PLUS_KEYS:
            self.vote_selected(1)
        elif key in MINUS_KEYS:
            self.vote_selected(-1)
        elif key == Qt.Key.Key_F2:
            self.toggle_panel()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            return False
        return True
