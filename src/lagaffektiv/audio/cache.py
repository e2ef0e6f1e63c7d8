"""Rendered sounds as WAV files in the data folder, keyed by everything that shapes them.

The file name carries a hash of (pipeline version, sample rate, recipe, level, gain), so a
changed input is a different file and an unchanged one is rendered once, ever. A file is
written to a temporary name and moved into place (os.replace), so a crash leaves either the
whole file or none; a file that is nevertheless broken (truncated by a full disk, edited by
hand) fails ``valid()`` and is rendered again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import wave
from pathlib import Path

from .catalog import PIPELINE_VERSION, SOUNDS, Resolved
from .synth import RATE, SAMPLE_WIDTH, AudioSegment

log = logging.getLogger(__name__)


def cache_key(base_id: str, level: int, gain: float) -> str:
    data = {"pipeline": PIPELINE_VERSION, "rate": RATE, "width": SAMPLE_WIDTH, "sound": base_id,
            "level": int(level), "gain": round(float(gain), 2)}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def write_wav(seg: AudioSegment, path: Path) -> None:
    """Write ``seg`` as 16-bit mono WAV through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.stem + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(SAMPLE_WIDTH)
            w.setframerate(RATE)
            w.writeframes(seg.set_channels(1).set_sample_width(SAMPLE_WIDTH).set_frame_rate(RATE).raw_data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def valid(path: Path) -> bool:
    """Whether ``path`` is a complete WAV in the cache's format (the header and the data agree)."""
    try:
        with wave.open(str(path), "rb") as w:
            n = w.getnframes()
            if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, SAMPLE_WIDTH, RATE) or n <= 0:
                return False
            return len(w.readframes(n)) == n * SAMPLE_WIDTH
    except Exception:  # noqa: BLE001 - the wave module raises RuntimeError, struct.error... on a bad header;
        return False   # any damage means "render it again", never an error for the learner


class SoundCache:
    """Rendered WAVs under ``folder``; ``renders`` counts the renders this instance did."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.renders = 0
        self._lock = threading.Lock()    # one render of a file at a time, whichever thread asks

    def path(self, base_id: str, level: int = 0, gain: float = 0.0) -> Path:
        return self.folder / f"{base_id}-{int(level)}-{cache_key(base_id, level, gain)}.wav"

    def get(self, base_id: str, level: int = 0, gain: float = 0.0) -> Path:
        """The WAV of a built-in sound at ``level`` and ``gain``: from the cache, or rendered now."""
        sound = SOUNDS[base_id]
        level = level if sound.kind == "ambient" else 0
        path = self.path(base_id, level, gain)
        with self._lock:
            if valid(path):
                return path
            if path.exists():
                log.info("sound cache: %s is damaged; rendering it again", path.name)
            write_wav(sound.render(level, gain), path)
            self.renders += 1
            return path

    def for_sound(self, sound: Resolved, level: int = 0) -> Path:
        return self.get(sound.base.id, level, sound.gain)
