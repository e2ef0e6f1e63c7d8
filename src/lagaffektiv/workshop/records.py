"""The plain records of a workshop: its settings, a vote tally and one decision as it was taken.

Only counts and ids: nothing here has a place for who voted or for anything typed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from ..errors import LagaffektivError

WORKSHOP_VERSION = 1
DECISION_KINDS = ("choice", "positioning", "checkpoint")
HOWS = ("majority", "tie_break", "override", "hot_seat", "timeout", "placement")
ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")


class WorkshopError(LagaffektivError):
    """A workshop action or a saved workshop that cannot be used; the message says why."""


@dataclass(frozen=True)
class WorkshopConfig:
    scenario_id: str
    pause_at: frozenset[str] | None = None   # decision node ids to pause at; None = every decision
    hot_seat: frozenset[str] = frozenset()   # decision node ids played as hot-seat rounds
    timer_factor: float | None = 1.0         # None: timers off (a hot seat still has one)
    lang: str = "sv"                         # the language the room sees

    def to_dict(self) -> dict:
        return {"scenario_id": self.scenario_id,
                "pause_at": None if self.pause_at is None else sorted(self.pause_at),
                "hot_seat": sorted(self.hot_seat), "timer_factor": self.timer_factor, "lang": self.lang}

    @classmethod
    def from_dict(cls, data: dict) -> "WorkshopConfig":
        try:
            pause = data.get("pause_at")
            factor = data.get("timer_factor", 1.0)
            lang = str(data.get("lang", "sv"))
            return cls(scenario_id=str(data["scenario_id"]),
                       pause_at=None if pause is None else frozenset(str(p) for p in pause),
                       hot_seat=frozenset(str(h) for h in data.get("hot_seat", ())),
                       timer_factor=None if factor is None else float(factor),
                       lang=lang if lang in ("sv", "en") else "sv")
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise WorkshopError(f"the workshop settings are unreadable ({exc})") from None


@dataclass(frozen=True)
class Tally:
    counts: dict[str, int]        # option id -> votes; every option present (0 if none)
    total: int
    leaders: tuple[str, ...]      # the most-voted options; more than one is a tie; empty without votes

    @property
    def tie(self) -> bool:
        return len(self.leaders) > 1

    def share(self, option_id: str) -> float:
        return self.counts.get(option_id, 0) / self.total if self.total else 0.0

    @classmethod
    def of(cls, counts: dict[str, int]) -> "Tally":
        total = sum(counts.values())
        top = max(counts.values(), default=0)
        leaders = tuple(o for o, n in counts.items() if n == top) if top > 0 else ()
        return cls(dict(counts), total, leaders)


@dataclass(frozen=True)
class Decision:
    index: int                    # 0, 1, ... among the workshop's decisions
    node: str
    kind: str                     # choice | positioning | checkpoint
    counts: dict[str, int]
    leaders: tuple[str, ...]
    chosen: str                   # the action token given to the encounter
    how: str                      # one of HOWS
    hot_seat: bool
    expert: str | None            # the node's expert choice (None for positioning/checkpoint)
    step: int = 0                 # the encounter step this decision was (passages are steps too)
    voters: int | None = None     # people who voted at a multiple-answer checkpoint, when given

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict:
        d = asdict(self)
        d["leaders"] = list(self.leaders)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "Decision":
        try:
            how = str(data["how"])
            if how not in HOWS:
                raise ValueError(f"unknown way of deciding '{how}'")
            counts = {str(k): int(v) for k, v in dict(data["counts"]).items()}
            if any(v < 0 for v in counts.values()):
                raise ValueError("a negative vote count")
            voters = data.get("voters")
            return cls(index=int(data["index"]), node=str(data["node"]), kind=str(data["kind"]), counts=counts,
                       leaders=tuple(str(x) for x in data["leaders"]), chosen=str(data["chosen"]), how=how,
                       hot_seat=bool(data["hot_seat"]),
                       expert=None if data.get("expert") is None else str(data["expert"]),
                       step=int(data["step"]), voters=None if voters is None else int(voters))
        except (KeyError, TypeError, ValueError) as exc:
            raise WorkshopError(f"a saved decision is unreadable ({exc})") from None
