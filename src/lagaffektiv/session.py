"""A practice session: the running encounter tied to the history, so every action is saved.

The Qt layer talks to this, never to History directly: one place decides what is written
when. Without a history (the database could not be opened) the session still runs and
``saving`` is False, so the app can say that this run is not being saved.
"""

from __future__ import annotations

from .encounter.engine import Encounter
from .encounter.positioning import Assessment
from .encounter.scoring import debrief as compute_debrief
from .errors import LagaffektivError, StateError
from .history import History, HistoryError, Unfinished
from .scenario.model import Scenario


class PracticeSession:
    def __init__(self, encounter: Encounter, history: History | None, encounter_id: int | None):
        self.encounter = encounter
        self.history = history
        self.encounter_id = encounter_id
        self.save_error: str | None = None
        self._debrief: dict | None = None

    @classmethod
    def start(cls, scenario: Scenario, history: History | None, *, mode: str = "practice",
              timer_factor: float | None = 1.0) -> "PracticeSession":
        enc = Encounter(scenario, mode=mode, timer_factor=timer_factor)
        session = cls(enc, history, None)
        session._write(lambda h: setattr(session, "encounter_id", h.start(enc)))
        return session

    @classmethod
    def resume(cls, unfinished: Unfinished, scenarios: dict[str, Scenario], history: History) -> "PracticeSession":
        scenario = scenarios.get(unfinished.scenario_id)
        if scenario is None:
            raise StateError(f"the scenario '{unfinished.scenario_id}' is no longer in the library")
        return cls(Encounter.from_dict(scenario, unfinished.state), history, unfinished.id)

    @property
    def saving(self) -> bool:
        return self.history is not None and self.encounter_id is not None and self.save_error is None

    def _write(self, action) -> None:
        if self.history is None or self.save_error is not None:
            return
        try:
            action(self.history)
        except (HistoryError, OSError) as exc:
            self.save_error = str(exc)
        except Exception as exc:  # noqa: BLE001 - sqlite3 errors: the encounter goes on unsaved
            self.save_error = f"{type(exc).__name__}: {exc}"

    def _after(self, kind: str = "action") -> None:
        if self.encounter_id is not None:
            self._write(lambda h: h.record(self.encounter_id, self.encounter, kind))
        if self.encounter.finished and self._debrief is None:
            self._debrief = compute_debrief(self.encounter)
            if self.encounter_id is not None:
                self._write(lambda h: h.finish(self.encounter_id, self.encounter, self._debrief))

    # -- actions ---------------------------------------------------------------------------------
    def act(self, token: str) -> None:
        self.encounter.act(token)
        self._after()

    def choose(self, choice_id: str) -> None:
        self.encounter.choose(choice_id)
        self._after()

    def timeout(self) -> None:
        self.encounter.timeout()
        self._after()

    def place(self, x: float, y: float) -> Assessment:
        result = self.encounter.place(x, y)
        self._after()
        return result

    def answer(self, option_ids: list[str]) -> bool:
        right = self.encounter.answer(option_ids)
        self._after()
        return right

    def proceed(self) -> None:
        self.encounter.proceed()
        self._after()

    def step_back(self) -> None:
        self.encounter.step_back()
        self._after("step_back")

    def abandon(self) -> None:
        if self.encounter_id is not None and not self.encounter.finished:
            self._write(lambda h: h.abandon(self.encounter_id))

    # -- after the end -----------------------------------------------------------------------------
    @property
    def debrief(self) -> dict:
        if not self.encounter.finished:
            raise LagaffektivError("the encounter has not ended yet")
        if self._debrief is None:
            self._debrief = compute_debrief(self.encounter)
        return self._debrief

    def set_reaction(self, text: str) -> None:
        if self.encounter_id is not None:
            self._write(lambda h: h.set_reaction(self.encounter_id, text))

    def set_self_ratings(self, ratings: dict) -> None:
        if self.encounter_id is not None:
            self._write(lambda h: h.set_self_ratings(self.encounter_id, ratings))
