"""What a running encounter sounds like at its current step, as plain data (no Qt, no audio).

- The **ambience** is the last one named along the way here (``sound: {ambient: ...}`` on a
  node the encounter entered); ``silence`` stops it. Its **intensity** (0..1) follows the
  arousal of the character named in ``intensity_follows`` (arousal / 100, so it rises as the
  room escalates), or is the node's fixed ``intensity``, or 0.25 (calm-ish) when neither is
  given. The intensity picks one of mix.LEVELS renders: busier and louder as it rises.
- The **cues** are what the last transition set off: the cue of the choice taken (or of the
  timeout), then the cue of the node arrived at. At the start, the start node's cue.

The app plays this (lagaffektiv.app.sound) and always shows the captions; the CLI and the
tests read it directly. Nothing here changes the encounter, its scoring or its replay.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..scenario.model import Scenario
from .catalog import SILENCE, Resolved, resolve
from .mix import level_of

DEFAULT_INTENSITY = 0.25

Text = dict[str, str]


@dataclass(frozen=True)
class Cue:
    sound: Resolved

    @property
    def id(self) -> str:
        return self.sound.id

    @property
    def caption(self) -> Text:
        return self.sound.caption


@dataclass(frozen=True)
class SoundState:
    ambient: Resolved | None = None
    intensity: float = 0.0
    cues: tuple[Cue, ...] = ()
    step: int = 0              # how many actions led here: a cue belongs to one arrival

    @property
    def level(self) -> int:
        return level_of(self.intensity)

    @property
    def ambient_id(self) -> str | None:
        return self.ambient.id if self.ambient else None

    def captions(self, lang: str) -> list[str]:
        """Every caption that applies now, ambience first, in ``lang``."""
        out = []
        if self.ambient is not None:
            out.append(self.ambient.caption_at(self.level)[lang])
        out.extend(c.caption[lang] for c in self.cues)
        return out


def _ambient(sc: Scenario, visited: list[str]):
    """The node whose ``sound.ambient`` applies after walking ``visited`` (None: no ambience yet)."""
    for node_id in reversed(visited):
        node = sc.nodes.get(node_id)
        if node is not None and node.sound is not None and node.sound.ambient:
            return node
    return None


def sound_state(encounter) -> SoundState:
    """The sound state at the encounter's current step (an Encounter from lagaffektiv.encounter)."""
    sc: Scenario = encounter.scenario
    ambient, intensity = None, 0.0
    source = _ambient(sc, encounter.visited)
    if source is not None and source.sound.ambient != SILENCE:
        ambient = resolve(source.sound.ambient, sc.sounds)
        follows = source.sound.intensity_follows
        if follows and follows in encounter.arousal:
            intensity = encounter.arousal[follows] / 100.0
        elif source.sound.intensity is not None:
            intensity = source.sound.intensity
        else:
            intensity = DEFAULT_INTENSITY
    cue_ids: list[str] = []
    if encounter.steps:
        step = encounter.steps[-1]
        node = sc.nodes.get(step.node)
        if step.kind == "choice" and node is not None:
            taken = node.timeout if step.timed_out else next((c for c in node.choices if c.id == step.choice), None)
            if taken is not None and taken.cue:
                cue_ids.append(taken.cue)
    here = encounter.node
    if here.sound is not None and here.sound.cue:
        cue_ids.append(here.sound.cue)
    cues = tuple(Cue(r) for r in (resolve(c, sc.sounds) for c in cue_ids) if r is not None)
    return SoundState(ambient, min(1.0, max(0.0, intensity)), cues, len(encounter.actions))


def sounds_used(sc: Scenario) -> list[tuple[str, int | None]]:
    """Every (sound id, ambience level or None for a cue) the scenario can play, for rendering
    ahead: an ambience at all its levels when it follows a character, else at its fixed level."""
    out: dict[tuple[str, int | None], None] = {}
    from .mix import LEVELS

    for node in sc.nodes.values():
        snd = node.sound
        if snd is not None and snd.ambient and snd.ambient != SILENCE:
            if snd.intensity_follows:
                levels = range(LEVELS)
            else:
                levels = [level_of(snd.intensity if snd.intensity is not None else DEFAULT_INTENSITY)]
            for lv in levels:
                out[(snd.ambient, lv)] = None
        if snd is not None and snd.cue:
            out[(snd.cue, None)] = None
        for c in node.all_choices():
            if c.cue:
                out[(c.cue, None)] = None
    return list(out)
