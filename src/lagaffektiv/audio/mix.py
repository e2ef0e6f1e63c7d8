"""Loudness, loops, crossfades and intensity: what turns raw synth pieces into playable sounds.

Loudness is pydub's dBFS: the RMS level relative to full scale. Ambiences sit well under the
cues (an ambience is a background; a slammed door should make you look up), and no render
ever peaks above PEAK_CEILING, so mixing and gain never clip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:   # pydub is loaded when something is rendered, not to compute a level
    from .synth import AudioSegment

LEVELS = 4                  # intensity steps an ambience is rendered at: calm, tense, heated, crisis
AMBIENT_DBFS = -32.0        # RMS of an ambience at level 0 ...
LEVEL_STEP_DB = 3.0         # ... and this much louder per level
CUE_DBFS = -20.0            # RMS a cue aims at (a short bang reaches its peak ceiling first)
PEAK_CEILING = -1.0         # dBFS: the loudest sample of any render
LOOP_SEAM_MS = 400          # an ambience's end crossfaded into its start, so the loop has no seam
SCENE_CROSSFADE_MS = 1200   # from one ambience to the next


def level_of(intensity: float) -> int:
    """The rendered level (0..LEVELS-1) for an intensity in 0..1."""
    x = min(1.0, max(0.0, float(intensity)))
    return min(LEVELS - 1, int(x * LEVELS))


def ambient_target(level: int) -> float:
    return AMBIENT_DBFS + LEVEL_STEP_DB * max(0, min(LEVELS - 1, level))


def normalise(seg: AudioSegment, target_dbfs: float, ceiling: float = PEAK_CEILING) -> AudioSegment:
    """Gain ``seg`` to ``target_dbfs`` RMS, but never past ``ceiling`` at its loudest sample."""
    if seg.rms == 0:
        return seg
    gain = target_dbfs - seg.dBFS
    gain = min(gain, ceiling - seg.max_dBFS)
    out = seg.apply_gain(gain)
    # Samples are integers: after a large gain their rounding can overshoot by a few hundredths
    # of a dB. One small correction brings the result back under both the target and the ceiling.
    over = max(out.dBFS - target_dbfs, out.max_dBFS - ceiling)
    return out.apply_gain(-(over + 0.01)) if over > 0 else out


def mix(layers: list[tuple[AudioSegment, float]], ms: float | None = None) -> AudioSegment:
    """Overlay (segment, gain dB) layers on silence as long as the longest (or ``ms``).

    pydub's overlay clips at full scale; the layers here are quiet and the result is normalised
    afterwards, and ``normalise`` pulls any loud peak back under the ceiling.
    """
    from .synth import silence    # every piece here is at synth.RATE

    length = int(ms if ms is not None else max(len(s) for s, _ in layers))
    out = silence(length)
    for seg, gain in layers:
        out = out.overlay(seg.apply_gain(gain))
    return out


def crossfade(a: AudioSegment, b: AudioSegment, ms: int = SCENE_CROSSFADE_MS) -> AudioSegment:
    """``a`` fading out while ``b`` fades in over ``ms``: len(a) + len(b) - ms long."""
    ms = int(min(ms, len(a), len(b)))
    return a.append(b, crossfade=ms)


def seamless_loop(seg: AudioSegment, seam_ms: int = LOOP_SEAM_MS) -> AudioSegment:
    """A loop whose end runs into its start without a click: the last ``seam_ms`` are
    crossfaded over the first ones, so the result is ``seam_ms`` shorter than ``seg``."""
    seam_ms = int(min(seam_ms, len(seg) // 3))
    if seam_ms <= 0:
        return seg
    body = seg[seam_ms:]
    head = seg[:seam_ms]
    # The crossfade's tail (end of body into head) then wraps exactly onto body's start.
    return body[:-seam_ms].append(body[-seam_ms:].fade_out(seam_ms).overlay(head.fade_in(seam_ms)), crossfade=0)


def ramp(step: int, steps: int) -> tuple[float, float]:
    """(outgoing, incoming) volume factors at ``step`` of a linear ``steps``-step crossfade;
    the app's ambience crossfade follows this, so the sum is always 1 (no dip, no bump)."""
    if steps <= 0:
        return 0.0, 1.0
    x = min(1.0, max(0.0, step / steps))
    return 1.0 - x, x
