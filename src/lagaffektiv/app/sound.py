"""Playing the encounter's sound: the ambience as a loop, cues once, each with its own volume.

Sound is an extra, never a need. PySide6.QtMultimedia is imported the first time something is
to be heard (never at start-up: it loads FFmpeg and the audio server's client). Where it cannot
be imported, or the computer has no audio output, the controller turns silent and says so
once through ``unavailable``; the play view shows the captions either way.

Rendering (lagaffektiv.audio, pydub) takes from a few milliseconds (a cached file) to about a
second (a new ambience), so it runs on a worker thread and playing starts when the files are
ready; a result that arrives after the learner has moved on is dropped.

Crossfades between ambiences are volume ramps of two players (QTimer): an ambience loops
forever from wherever it is, so a crossfade rendered ahead would have to exist for every pair
of ambiences, every level and every position in the loop, and switching sources gaplessly is
not something QMediaPlayer promises. The ramp follows lagaffektiv.audio.mix.ramp.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

log = logging.getLogger(__name__)

FADE_TICK_MS = 40


class _Players:
    """The QtMultimedia side: two ambience players for crossfades, and the cues in flight."""

    def __init__(self, qm, parent: QObject):
        self.qm = qm
        self.parent = parent
        self.slots = []
        for _ in range(2):
            out = qm.QAudioOutput(parent)
            player = qm.QMediaPlayer(parent)
            player.setAudioOutput(out)
            player.setLoops(qm.QMediaPlayer.Loops.Infinite)
            self.slots.append((player, out))
        self.current = 0            # the slot that holds (or fades in) the ambience
        self.path: Path | None = None
        self.volume = 0.0
        self.cues: list = []
        self.timer = QTimer(parent)
        self.timer.setInterval(FADE_TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.step = self.steps = 0

    def linear(self, volume: float) -> float:
        """A slider's 0..1 as the linear gain that sounds like it (Qt's own conversion)."""
        a = self.qm.QAudio
        return a.convertVolume(volume, a.VolumeScale.LogarithmicVolumeScale, a.VolumeScale.LinearVolumeScale)

    def ambient(self, path: Path | None, volume: float, fade_ms: int) -> None:
        self.volume = self.linear(volume)
        if path == self.path:
            if not self.timer.isActive():
                self.slots[self.current][1].setVolume(self.volume)
            return
        self.path = path
        self.current = 1 - self.current
        player, out = self.slots[self.current]
        if path is None:
            player.stop()
        else:
            out.setVolume(0.0)
            player.setSource(QUrl.fromLocalFile(str(path)))
            player.play()
        self.step, self.steps = 0, max(1, fade_ms // FADE_TICK_MS)
        self.timer.start()

    def _tick(self) -> None:
        from ..audio.mix import ramp

        self.step += 1
        out_f, in_f = ramp(self.step, self.steps)
        self.slots[1 - self.current][1].setVolume(out_f * self.volume)
        if self.path is not None:
            self.slots[self.current][1].setVolume(in_f * self.volume)
        if self.step >= self.steps:
            self.timer.stop()
            self.slots[1 - self.current][0].stop()

    def cue(self, path: Path, volume: float) -> None:
        effect = self.qm.QSoundEffect(self.parent)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(self.linear(volume))
        effect.playingChanged.connect(lambda: self._done(effect))
        effect.statusChanged.connect(lambda: self._done(effect))
        self.cues.append(effect)
        effect.play()

    def _done(self, effect) -> None:
        """Let a cue go once it has played, or once it turns out it cannot (no device, bad file)."""
        if effect not in self.cues:
            return
        failed = effect.status() == self.qm.QSoundEffect.Status.Error
        if failed or (not effect.isPlaying() and effect.status() == self.qm.QSoundEffect.Status.Ready
                      and effect.property("started")):
            self.cues.remove(effect)
            effect.deleteLater()
        elif effect.isPlaying():
            effect.setProperty("started", True)

    def stop(self) -> None:
        self.timer.stop()
        for player, _ in self.slots:
            player.stop()
        self.path = None


class SoundController(QObject):
    """Plays what lagaffektiv.audio.state says; silent (with one notice) where it cannot."""

    unavailable = Signal(str)          # "no_multimedia" or "no_device", once
    _rendered = Signal(int, object)    # from the render thread: (request, (ambience path, cue paths))

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.enabled = True
        self.muted = False
        self.ambience_volume = 0.6
        self.cue_volume = 0.8
        self.reason: str | None = None     # why it is silent, once known
        self._cache_dir = cache_dir
        self._cache = None
        self._players: _Players | None = None
        self._request = 0
        self._last_key: object = None
        self._state = None
        self._rendered.connect(self._play_rendered)

    # -- settings ----------------------------------------------------------------------------
    def configure(self, enabled: bool, ambience: int, cue: int) -> None:
        self.enabled = bool(enabled)
        self.ambience_volume = max(0, min(100, int(ambience))) / 100
        self.cue_volume = max(0, min(100, int(cue))) / 100
        self._refresh()

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)
        self._refresh()

    @property
    def audible(self) -> bool:
        return self.enabled and not self.muted and self.reason is None

    @property
    def current(self):
        """The sound state being played (or due once audible); None once stopped."""
        return self._state

    # -- playing -----------------------------------------------------------------------------
    def show(self, state, key: object) -> None:
        """The sound of a step: ``state`` from lagaffektiv.audio.state.sound_state; ``key`` says
        which arrival it is, so a cue sounds once however often the step is drawn again."""
        fire = key != self._last_key
        self._last_key = key
        self._state = state
        self._start(state, fire)

    def stop(self) -> None:
        """Stop the ambience (the view is hidden); cues in flight end by themselves. Forgotten
        too, so a settings change afterwards (the library's language button) starts nothing;
        the view gives the state again when it is shown."""
        self._state = None
        self._silence()

    def _silence(self) -> None:
        self._request += 1
        if self._players is not None:
            self._players.stop()

    def _refresh(self) -> None:
        """After a settings change: silence, or the same ambience at the new volume (no cues again)."""
        if not self.audible:
            self._silence()
        elif self._state is not None:
            self._start(self._state, False)

    def _start(self, state, fire: bool) -> None:
        if not self.audible or state is None:
            self._silence()
            return
        cues = list(state.cues) if fire else []
        if state.ambient is None and not cues and self._players is None:
            return     # nothing to hear: QtMultimedia stays unloaded
        if not self._ensure_players():
            return
        self._request += 1
        threading.Thread(target=self._render, args=(self._request, state.ambient, state.level, cues),
                         name="lagaffektiv-sound", daemon=True).start()

    def _ensure_players(self) -> bool:
        if self._players is not None:
            return True
        try:
            from PySide6 import QtMultimedia as qm
        except Exception as exc:  # noqa: BLE001 - an ImportError, or a missing system library
            log.warning("sound is off: QtMultimedia cannot be loaded (%s)", exc)
            return self._silent("no_multimedia")
        try:
            if not qm.QMediaDevices.audioOutputs():
                log.info("sound is off: no audio output")
                return self._silent("no_device")
            self._players = _Players(qm, self)
        except Exception as exc:  # noqa: BLE001 - whatever the backend does, the encounter goes on
            log.warning("sound is off: %s", exc)
            return self._silent("no_device")
        return True

    def _silent(self, reason: str) -> bool:
        first = self.reason is None
        self.reason = reason
        if first:
            self.unavailable.emit(reason)
        return False

    def _render(self, request: int, ambient, level: int, cues: list) -> None:
        """On the worker thread: the WAVs from the cache, rendered where missing."""
        try:
            cache = self._sound_cache()
            amb = cache.for_sound(ambient, level) if ambient is not None else None
            paths = [cache.for_sound(c.sound) for c in cues]
        except Exception:  # noqa: BLE001 - a full disk or a broken cache folder: silence, not a crash
            log.warning("sound could not be rendered", exc_info=True)
            return
        self._rendered.emit(request, (amb, paths))

    def _sound_cache(self):
        if self._cache is None:
            from ..audio.cache import SoundCache

            folder = self._cache_dir
            if folder is None:
                from .storage import sound_cache_dir

                folder = sound_cache_dir()
            self._cache = SoundCache(folder)
        return self._cache

    def _play_rendered(self, request: int, result: object) -> None:
        if request != self._request or self._players is None or not self.audible:
            return     # the learner has moved on, or turned the sound off, meanwhile
        from ..audio.mix import SCENE_CROSSFADE_MS

        amb, cues = result
        self._players.ambient(amb, self.ambience_volume, SCENE_CROSSFADE_MS)
        for path in cues:
            self._players.cue(path, self.cue_volume)
