"""Building blocks of every sound: pydub's generators and effects, nothing recorded.

All output is mono, 16-bit, RATE Hz: small files, and plenty for murmur, beeps and thumps
heard through laptop speakers. Noise is seeded, so a recipe renders to the same samples
every time (the cache key is the recipe, and the tests measure exact renders).
"""

from __future__ import annotations

import functools
import random
import warnings

with warnings.catch_warnings():
    # pydub looks for ffmpeg when imported and warns when it is missing; WAV needs no ffmpeg.
    # (It also uses audioop, deprecated in Python 3.12 and gone in 3.13: see README.)
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment
    from pydub.generators import Sawtooth, SignalGenerator, Sine, Square

RATE = 22050
SAMPLE_WIDTH = 2    # bytes: 16-bit


class SeededNoise(SignalGenerator):
    """pydub's WhiteNoise, but from its own random generator: the same seed, the same noise
    (WhiteNoise draws from the shared ``random`` module, which a render thread must not touch)."""

    def __init__(self, seed: int, **kwargs):
        super().__init__(**kwargs)
        self.rng = random.Random(seed)

    def generate(self):
        uniform = self.rng.uniform
        while True:
            yield uniform(-1.0, 1.0)


def silence(ms: float) -> AudioSegment:
    return AudioSegment.silent(duration=int(ms), frame_rate=RATE)


NOISE_PIECE_MS = 2000


# pydub generates and filters sample by sample in Python, which is nearly all of a render's time;
# the levels of an ambience share their pieces, so each piece is made once per process.
# (AudioSegments are immutable: sharing them is safe, also across the render thread.)
@functools.lru_cache(maxsize=64)
def noise(ms: float, seed: int, low: float | None = None, high: float | None = None,
          volume: float = 0.0) -> AudioSegment:
    """Noise, optionally band-limited: ``high`` keeps what lies above it, ``low`` what lies below.

    Noise longer than NOISE_PIECE_MS is one such piece repeated: nobody hears the repeat under
    a murmur or a hiss.
    """
    piece = SeededNoise(seed, sample_rate=RATE).to_audio_segment(duration=min(ms, NOISE_PIECE_MS), volume=volume)
    if high:
        piece = piece.high_pass_filter(high)
    if low:
        piece = piece.low_pass_filter(low)
    out = piece
    while len(out) < ms:
        out = out + piece
    return out[:int(ms)]


@functools.lru_cache(maxsize=128)
def tone(freq: float, ms: float, volume: float = 0.0, shape: str = "sine") -> AudioSegment:
    """A tone; a long one of whole-number frequency is a one-second piece repeated, which joins
    without a seam (a whole number of periods) and saves generating every sample in Python."""
    gen = {"sine": Sine, "square": Square, "saw": Sawtooth}[shape]
    if ms <= 1000 or freq != int(freq):
        return gen(freq, sample_rate=RATE).to_audio_segment(duration=ms, volume=volume)
    second = gen(freq, sample_rate=RATE).to_audio_segment(duration=1000, volume=volume)
    return (second * (int(ms) // 1000 + 1))[:int(ms)]


def shaped(seg: AudioSegment, attack: float = 5, release: float = 20) -> AudioSegment:
    """Soft edges: no clicks where a sound starts and stops."""
    return seg.fade_in(int(min(attack, len(seg) / 2))).fade_out(int(min(release, len(seg) / 2)))


def bed(ms: float) -> AudioSegment:
    return silence(ms)


def put(base: AudioSegment, seg: AudioSegment, at: float) -> AudioSegment:
    """``seg`` mixed into ``base`` at ``at`` ms (cut at the end of ``base``)."""
    return base.overlay(seg, position=int(at))


# -- the recognisable pieces ------------------------------------------------------------------

def murmur(ms: float, seed: int, voices: int = 2) -> AudioSegment:
    """Many people talking at a distance: speech-band noise whose loudness moves syllable by
    syllable, a few such layers on top of each other (one filtered piece, read from different
    places: filtering is the slow part)."""
    rng = random.Random(seed)
    band = noise(NOISE_PIECE_MS, seed, low=900, high=220)
    out = bed(ms)
    for v in range(voices):
        start = rng.randint(0, len(band) - 1)
        source = band[start:] + band[:start]
        layer = bed(0)
        while len(layer) < ms:
            step = rng.randint(140, 320)
            at = len(layer) % len(source)
            layer = layer + source[at:at + step].apply_gain(-rng.uniform(0, 14))
        out = out.overlay(layer[:int(ms)].apply_gain(-3 * v))
    return out


def monitor_beep(freq: float = 960, ms: float = 110) -> AudioSegment:
    return shaped(tone(freq, ms, -6), 4, 25)


def ring(ms: float = 1200) -> AudioSegment:
    """An office telephone's trill: two close tones switched on and off 20 times a second."""
    pair = tone(440, 25, -9).overlay(tone(480, 25, -9))
    burst = bed(0)
    while len(burst) < ms:
        burst = burst + pair + silence(25)
    return shaped(burst[:int(ms)], 10, 40)


def thump(seed: int, ms: float = 260, freq: float = 55, body_low: float = 320) -> AudioSegment:
    """Something heavy hit: a low-passed noise burst and a dying low tone."""
    hit = noise(ms, seed, low=body_low).fade_out(int(ms * 0.85))
    body = tone(freq, ms * 1.3, -4).fade_out(int(ms * 1.2))
    return shaped(hit.overlay(body), 1, 30)


def shout(seed: int, ms: float, pitch: float = 220) -> AudioSegment:
    """Raised voices without words: sawtooth syllables at a tense, moving pitch in the speech band."""
    rng = random.Random(seed)
    out = bed(0)
    while len(out) < ms:
        word = bed(0)
        for _ in range(rng.randint(2, 5)):
            f = pitch * rng.uniform(0.85, 1.35)
            word = word + shaped(tone(f, rng.randint(90, 220), -10, "saw"), 12, 40)
        out = out + word + silence(rng.randint(60, 260))
    return out[:int(ms)].high_pass_filter(280).low_pass_filter(2600)


def whine(freq: float, ms: float) -> AudioSegment:
    """A dental drill: two close high tones beating 54 times a second, and a breath of noise."""
    freq = int(freq)
    return shaped(tone(freq, ms, -12).overlay(tone(freq + 54, ms, -14))
                  .overlay(noise(ms, freq, high=2500, volume=-24)), 120, 200)


def alarm_tone(ms: float) -> AudioSegment:
    """A two-tone alarm: square waves alternating four times a second, softened a little."""
    out = bed(0)
    high = True
    while len(out) < ms:
        out = out + tone(1175 if high else 880, 250, -12, "square")
        high = not high
    return shaped(out[:int(ms)].low_pass_filter(3500), 5, 60)
