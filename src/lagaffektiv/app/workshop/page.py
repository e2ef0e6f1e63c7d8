"""WorkshopPage: one workshop in progress, and where its two views go.

Two screens: the projected view in its own top-level window, full screen on the second screen
(the projector), and the presenter panel filling the page in the main window. One screen: the
projected view fills the page and the presenter panel sits beside it, collapsed by default so
the notes never reach the projector by accident (F2 or the small button opens it); the vote keys
work either way (screens.py). The page acts on the Workshop and saves it after every step; the
votes and the keys are in vote_entry.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...lengths import DOWN
from ..play.feedback import Outcome
from ..play.words import num
from ..play.words import ui as play_ui
from .projected import ProjectedView
from .presenter import PresenterPanel
from .screens import ProjectedWindow, ScreenLayout, screen_count
from .vote_entry import VoteEntry
from .words import localized, ui

log = logging.getLogger(__name__)

class WorkshopPage(ScreenLayout, VoteEntry, QWidget):
    finished = Signal(object)      # the workshop, once the room has seen the ending
    paused = Signal()

    def __init__(self, ws, store, lang: str = "sv", parent: QWidget | None = None, *,
                 screens: int | None = None, clock=None, confirm=None):
        super().__init__(parent)
        self.ws = ws
        self.store = store
        self.lang = lang
        self.selected: int | None = None
        self.outcome = None               # (Decision, Outcome) while the room looks at a result
        self.timer_text: str | None = None
        self.save_error: str | None = None
        self.left = False                 # the facilitator left it (suspend): inert from then on
        self._marker: tuple | None = None   # (step, (x, y)) kept over a re-render
        self._confirm = confirm or self._ask_override
        self.setObjectName("workshopPage")
        self.projected = ProjectedView(lang, clock=clock)
        self.presenter = PresenterPanel(lang)
        self.toggle = QPushButton()
        self.toggle.setObjectName("panelToggle")
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.clicked.connect(self.toggle_panel)
        self.window_out: ProjectedWindow | None = None
        self.two_screens = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.arrange(screen_count() if screens is None else screens)
        QGuiApplication.instance().screenRemoved.connect(self.screen_removed)
        self._connect()
        self.render()

    def _connect(self) -> None:
        p = self.presenter
        p.vote.connect(self.vote)
        p.select.connect(self.select)
        p.follow.connect(self.follow)
        p.pick.connect(self.pick)
        p.timer_start.connect(self.start_timer)
        p.confirm_place.connect(self.confirm_place)
        p.continue_on.connect(self.continue_on)
        p.undo.connect(self.undo)
        p.pause.connect(self.pause)
        p.voters.connect(self.set_voters)
        cd = self.projected.countdown
        cd.expired.connect(self.expired)
        cd.changed.connect(self._timer_changed)
        plan = self.projected.plan
        plan.position_changed.connect(self.preview)
        plan.place_requested.connect(lambda x, y: self.confirm_place())
        for owner in (self, ):
            for seq, slot in ((QKeySequence(QKeySequence.StandardKey.Undo), self.undo),
                              (QKeySequence(Qt.Key.Key_F2), self.toggle_panel)):
                shortcut = QShortcut(seq, owner)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # -- rendering ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.projected.set_language(lang)
        self.projected.restyle()
        self.presenter.restyle()
        self._label_toggle()
        self.render()

    def render(self) -> None:
        ws = self.ws
        hot = ws.hot_seat_here
        focused = QApplication.focusWidget()
        had_keys = focused is not None and (self.isAncestorOf(focused) or (
            self.window_out is not None and self.window_out.isAncestorOf(focused)))
        self.projected.show_step(ws, self.lang, outcome=self.outcome, hot_seat=hot)
        if self.outcome is None and ws.kind == "positioning":
            key = ws.steps
            start = self._marker[1] if self._marker and self._marker[0] == key else ws.node.positioning.learner_start
            self.projected.plan.begin_positioning(start, ws.can_stand)
            self.preview(*self.projected.plan.learner)
        if self.timer_text is None or self.outcome is not None:
            self.projected.countdown.stop()
            self.timer_text = None
        if self.selected is not None and not 1 <= self.selected <= len(ws.options):
            self.selected = None
        self.presenter.show_step(ws, self.lang, outcome=self.outcome is not None, selected=self.selected,
                                 timer=self.timer_text)
        self._tie_notice()
        if had_keys and not focused.isVisible():
            # The button pressed (by Tab and Space) is gone for this step: Qt would hand the focus
            # to the next button, which keeps the vote keys; the page takes them instead.
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- deciding ----------------------------------------------------------------------------------
    def follow(self) -> None:
        ws = self.ws
        if ws.kind == "checkpoint" and ws.multiple:
            self._act(lambda: ws.decide_checkpoint(None))
        else:
            self._act(lambda: ws.decide(None))

    def pick(self) -> None:
        ws = self.ws
        if self.outcome is not None:
            return
        if ws.multiple:
            self._pick_ticked()
            return
        if self.selected is None:
            return
        option_id = ws.options[self.selected - 1][0]
        tally = ws.tally()
        if not ws.hot_seat_here and option_id not in tally.leaders and not self._confirmed(self.selected):
            return
        if ws.kind == "checkpoint":
            self._act(lambda: ws.decide_checkpoint([option_id]))
        else:
            self._act(lambda: ws.decide(option_id))

    def _pick_ticked(self) -> None:
        """A multiple-answer checkpoint: go on with the answers ticked in the presenter panel."""
        ws = self.ws
        ids = self.presenter.ticked()
        if not ids:
            return
        numbers = ", ".join(str(i + 1) for i, (oid, _) in enumerate(ws.options) if oid in ids)
        if not ws.hot_seat_here and sorted(ids) != ws.room_answer and not self._confirmed(numbers):
            return
        self._act(lambda: ws.decide_checkpoint(ids))

    def _confirmed(self, n: int | str) -> bool:
        """The facilitator confirms an override, with the room's time stopped meanwhile; False as
        well if the step was decided while the question was open (the time ran out, say): the
        answer was about that step, not the next."""
        countdown = self.projected.countdown
        running = countdown.running
        countdown.pause()
        step = (self.ws.steps, self.ws.node.id)
        try:
            yes = self._confirm(n)
        finally:
            if running and self.outcome is None:
                countdown.resume()
        return yes and self.outcome is None and (self.ws.steps, self.ws.node.id) == step

    def _ask_override(self, n: int | str) -> bool:
        many = isinstance(n, str) and "," in n
        box = QMessageBox(QMessageBox.Icon.Question, ui(self.lang, "override_title"),
                          ui(self.lang, "override_text_many" if many else "override_text", n=n), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(ui(self.lang, "override_yes"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(ui(self.lang, "override_no"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def start_timer(self) -> None:
        seconds = self.ws.timer_seconds
        if seconds is None or self.outcome is not None:
            return
        self.projected.countdown.start(seconds)
        self.timer_text = self.projected.countdown.label.text()
        self.presenter.show_step(self.ws, self.lang, outcome=False, selected=self.selected, timer=self.timer_text)

    def _timer_changed(self, text: str) -> None:
        if self.timer_text is not None:
            self.timer_text = text
            self.presenter.set_timer(text, self.ws.hot_seat_here)

    def expired(self) -> None:
        ws = self.ws
        if ws.can_timeout:
            self._act(ws.timeout)
        else:
            self.presenter.set_notice(ui(self.lang, "hot_expired"))

    def preview(self, x: float, y: float) -> None:
        ws = self.ws
        if ws.kind != "positioning" or self.outcome is not None:
            return
        self._marker = (ws.steps, (x, y))
        from ...errors import LagaffektivError

        try:
            assessment = ws.assess(x, y)
        except LagaffektivError:
            return
        self.projected.plan.set_preview(assessment)
        names = ws.scenario.characters
        lines = [play_ui(self.lang, "distance_to", name=localized(names[c.character].name, self.lang),
                         d=num(c.distance, self.lang, DOWN)) for c in assessment.checks]
        lines += [f"•  {localized(text, self.lang)}" for text in assessment.feedback]
        self.presenter.set_preview(lines)

    def confirm_place(self) -> None:
        ws = self.ws
        if ws.kind != "positioning" or self.outcome is not None or self.projected.plan.learner is None:
            return
        x, y = self.projected.plan.learner
        from ...errors import LagaffektivError

        try:
            assessment = ws.assess(x, y)    # what the placement will be judged as, for the plan after it
        except LagaffektivError:
            assessment = None
        self._act(lambda: ws.place(x, y), assessment)

    def _act(self, action, assessment=None) -> None:
        from ...errors import LagaffektivError

        ws = self.ws
        enc = ws.encounter
        node, room, placements = enc.node, enc.room, dict(enc.placements or {})
        try:
            decision = action()
        except LagaffektivError as exc:
            self.presenter.set_notice(ui(self.lang, "failed", error=str(exc)))
            return
        enc = ws.encounter
        step = enc.steps[-1]
        self.outcome = (decision, Outcome(node, step, enc.finished, assessment, room, placements))
        self.selected = None
        self.timer_text = None
        self._marker = None
        self.projected.countdown.stop()
        self._save()
        self.render()

    def continue_on(self) -> None:
        from ...errors import LagaffektivError

        ws = self.ws
        if self.outcome is not None:
            self.outcome = None
        elif ws.kind == "passage":
            try:
                ws.proceed()
            except LagaffektivError as exc:
                self.presenter.set_notice(ui(self.lang, "failed", error=str(exc)))
                return
            self._save()
        elif ws.kind != "ended":
            return
        if ws.finished and self.outcome is None and ws.kind == "ended" and self._seen_ending():
            self.finished.emit(ws)     # the projector's window stays up for the team debrief
            return
        self.render()

    def _seen_ending(self) -> bool:
        """The ending's own text was on the projector before the debrief: the first Continue after
        the last decision shows the ending, the second goes on to the debrief."""
        seen = getattr(self, "_ending_shown", False)
        self._ending_shown = True
        return seen

    def undo(self) -> None:
        from ...errors import LagaffektivError

        try:
            self.ws.undo()
        except LagaffektivError as exc:
            self.presenter.set_notice(ui(self.lang, "failed", error=str(exc)))
            return
        self.outcome = None
        self.selected = None
        self.timer_text = None
        self._ending_shown = False
        self._save()
        self.render()

    def pause(self) -> None:
        self.suspend()
        self.paused.emit()

    def suspend(self) -> None:
        """Stop the time, save, and take the view off the projector (the workshop is left)."""
        self.projected.countdown.pause()
        self._save()
        self.close_projected()
        self.left = True      # gone until resumed from its file: no key may act or save any more

    def _save(self) -> None:
        from ...errors import LagaffektivError

        if self.left:    # a discarded workshop is never written back
            return

        try:
            if self.ws.finished:
                self.store.finish(self.ws)
            else:
                self.store.save(self.ws)
        except (LagaffektivError, OSError) as exc:
            log.warning("the workshop could not be saved: %s", exc)
            self.save_error = str(exc)
            self._tie_notice()
            return
        self.save_error = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.projected.countdown.pause()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.two_screens and self.window_out is not None and not self.window_out.isVisible():
            self.show_projected()
        if self.timer_text is not None:
            self.projected.countdown.resume()

