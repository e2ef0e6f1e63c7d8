"""Every built-in sound: its id, its captions (sv and en), and the recipe that synthesises it.

Scenarios name sounds by these ids (docs/scenario-format.md, "Sound"); a scenario may also
define its own ids as a built-in sound with its own caption and gain (top-level ``sounds:``).
A caption says what is heard, in square brackets, so the sound is never needed to follow
the story. ``lagaffektiv sounds`` prints this catalog as a table.

When a recipe changes, raise PIPELINE_VERSION: it is part of every cache key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # pydub is loaded only to render: the linter reads ids and captions here
    from .synth import AudioSegment

PIPELINE_VERSION = 2   # 2: normalise corrects rounding overshoot
SILENCE = "silence"          # the ambient id that stops the ambience
LOOP_MS = 12000              # an ambience loop's length (before its seam is folded in)

Text = dict[str, str]


@dataclass(frozen=True)
class Sound:
    id: str
    kind: str                             # "ambient" (a loop) or "cue" (once)
    caption: Text
    recipe: Callable[[int], AudioSegment]  # level -> the raw, unnormalised sound
    busy_caption: Text | None = None      # an ambience at level 2 and above
    what: str = ""                        # how it is made, for the docs

    def render(self, level: int = 0, gain: float = 0.0) -> AudioSegment:
        """The finished sound: normalised, an ambience made a seamless loop, then ``gain`` dB."""
        from . import mix

        if self.kind == "ambient":
            out = mix.normalise(mix.seamless_loop(self.recipe(level)), mix.ambient_target(level))
        else:
            out = mix.normalise(self.recipe(0), mix.CUE_DBFS)
        if gain:
            out = mix.normalise(out, out.dBFS + gain)   # still under the peak ceiling
        return out


# -- recipes ----------------------------------------------------------------------------------

def _ed_waiting_room(level: int) -> AudioSegment:
    from . import mix, synth as s

    ms = LOOP_MS + mix.LOOP_SEAM_MS
    out = mix.mix([(s.murmur(ms, 11, voices=2 + level), 0.0), (s.noise(ms, 5, low=150), -16.0)], ms)
    every = (1500, 1150, 850, 600)[level]
    beep = s.monitor_beep()
    for at in range(300, int(ms), every):
        out = s.put(out, beep.apply_gain(-8), at)
    if level >= 1:
        out = s.put(out, s.ring(1200).apply_gain(-12), 6800)
    if level >= 2:
        out = s.put(out, s.shout(3, 1800).apply_gain(-9), 2600)
    if level >= 3:
        out = s.put(out, s.shout(4, 2000, 260).apply_gain(-5), 8600)
    return out


def _dental_operatory(level: int) -> AudioSegment:
    from . import mix, synth as s

    ms = LOOP_MS + mix.LOOP_SEAM_MS
    out = mix.mix([(s.noise(ms, 21, low=6000, high=1800), -10.0), (s.tone(100, ms), -34.0),
                   (s.noise(ms, 22, low=200), -22.0)], ms)
    freq = 3000 + 200 * level
    for at, length in ((1500, 2600), (6200, 1800), (4200, 1200), (9000, 2200))[:level + 1]:
        out = s.put(out, s.whine(freq, length).apply_gain(-2), at)
    return out


def _phone_ring(level: int) -> AudioSegment:
    from . import synth as s

    return s.ring(1200) + s.silence(1800) + s.ring(1200)


def _door_slam(level: int) -> AudioSegment:
    from . import synth as s

    out = s.bed(900)
    out = s.put(out, s.thump(7, 260), 0)
    out = s.put(out, s.noise(80, 70, high=2000, volume=-14).fade_out(70), 30)   # the frame rattles
    return s.put(out, s.thump(8, 200).apply_gain(-14), 180)                   # the room answers


def _alarm(level: int) -> AudioSegment:
    from . import synth as s

    return s.alarm_tone(3000)


def _raised_voices(level: int) -> AudioSegment:
    from . import mix, synth as s

    # Two people: the second starts a little later and lower, as an answer.
    return mix.mix([(s.shout(5, 2600, 240), 0.0), (s.silence(300) + s.shout(6, 2300, 165), -2.0)])


def _fist_on_counter(level: int) -> AudioSegment:
    from . import synth as s

    out = s.bed(1200)
    for i, at in enumerate((0, 380, 760)):
        out = s.put(out, s.thump(80 + i, 120, freq=110, body_low=700), at)
    return out


def _text(sv: str, en: str) -> Text:
    return {"sv": sv, "en": en}


SOUNDS: dict[str, Sound] = {x.id: x for x in (
    Sound("ed_waiting_room", "ambient",
          _text("[Sorl i väntrummet, en monitor piper]", "[Murmur in the waiting room, a monitor beeps]"),
          _ed_waiting_room,
          _text("[Väntrummet blir högljuddare, monitorn piper tätare]",
                "[The waiting room grows louder, the monitor beeps faster]"),
          "speech-band noise in syllable-long swells (more voices at higher levels), a ventilation hum, "
          "sine monitor beeps (faster at higher levels), a distant phone from level 1, raised voices from level 2"),
    Sound("dental_operatory", "ambient",
          _text("[Salivsugen väser, borren surrar i korta stötar]",
                "[The suction hisses, the drill whines in short bursts]"),
          _dental_operatory,
          _text("[Borren surrar nästan utan paus, sugen väser]",
                "[The drill whines almost without pause, the suction hisses]"),
          "band-passed noise (suction), a low hum, two beating sine tones around 3 kHz (the drill; more "
          "and higher bursts at higher levels)"),
    Sound("phone_ring", "cue", _text("[En telefon ringer]", "[A phone rings]"), _phone_ring,
          what="440 and 480 Hz sines switched on and off 20 times a second, two rings"),
    Sound("door_slam", "cue", _text("[En dörr smälls igen]", "[A door slams]"), _door_slam,
          what="a low-passed noise burst with a dying 55 Hz sine, a short high rattle and a softer echo"),
    Sound("alarm", "cue", _text("[Larmet går]", "[The alarm goes off]"), _alarm,
          what="square waves alternating 880 and 1175 Hz four times a second for 3 s, low-passed"),
    Sound("raised_voices", "cue", _text("[Höjda röster]", "[Raised voices]"), _raised_voices,
          what="two voices of sawtooth syllables at moving pitch, band-passed to the speech band"),
    Sound("fist_on_counter", "cue", _text("[Någon slår näven i disken]", "[Someone bangs a fist on the counter]"),
          _fist_on_counter, what="three short thumps: low-passed noise bursts with a dying 110 Hz sine"),
)}


# -- scenario-defined sounds --------------------------------------------------------------------

@dataclass(frozen=True)
class Resolved:
    """A sound id as a scenario uses it: the built-in sound behind it, its gain and caption."""
    id: str
    base: Sound
    gain: float
    caption: Text
    busy_caption: Text | None

    @property
    def kind(self) -> str:
        return self.base.kind

    def caption_at(self, level: int) -> Text:
        return self.busy_caption if self.busy_caption and level >= 2 else self.caption


def known_ids(defined: Mapping[str, object] | None = None) -> set[str]:
    """Every id a scenario may use: the built-in ones, SILENCE, and its own."""
    return set(SOUNDS) | {SILENCE} | set(defined or {})


def resolve(sound_id: str, defined: Mapping | None = None) -> Resolved | None:
    """The sound behind ``sound_id`` (a scenario's own definition first), or None if unknown."""
    own = (defined or {}).get(sound_id)
    if own is not None:
        base = SOUNDS.get(own.like)
        if base is None:
            return None
        caption = own.caption or base.caption
        return Resolved(sound_id, base, own.gain, caption, None if own.caption else base.busy_caption)
    base = SOUNDS.get(sound_id)
    return None if base is None else Resolved(sound_id, base, 0.0, base.caption, base.busy_caption)


def markdown() -> str:
    """The catalog as a Markdown table (``lagaffektiv sounds``; docs/scenario-format.md)."""
    rows = ["| id | kind | caption (sv) | caption (en) | made from |", "|---|---|---|---|---|"]
    for x in SOUNDS.values():
        sv, en = x.caption["sv"], x.caption["en"]
        if x.busy_caption:
            sv += f"; busier: {x.busy_caption['sv']}"
            en += f"; busier: {x.busy_caption['en']}"
        rows.append(f"| `{x.id}` | {x.kind} | {sv} | {en} | {x.what} |")
    rows.append(f"| `{SILENCE}` | ambient | – | – | stops the ambience |")
    return "\n".join(rows) + "\n"
