"""The learner's settings, kept with QSettings; every value is checked when read, so a
hand-edited or old settings file can never put the app in a state it cannot show."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

TIMERS = {"normal": 1.0, "extended": 2.0, "off": None}
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)


@dataclass
class Settings:
    language: str = "sv"
    text_scale: float = 1.0
    high_contrast: bool = False
    timers: str = "normal"
    hide_state: bool = False
    sound: bool = True
    mode: str = "practice"
    ambience_volume: int = 60     # 0-100, the background loop
    cue_volume: int = 80          # 0-100, a door, a phone, an alarm

    @property
    def timer_factor(self) -> float | None:
        return TIMERS[self.timers]


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return default


def _volume(value: object, default: int) -> int:
    try:
        v = int(float(value))
    except (TypeError, ValueError):
        return default
    return v if 0 <= v <= 100 else default


def load(store: QSettings) -> Settings:
    d = Settings()
    lang = store.value("language", d.language)
    try:
        scale = float(store.value("text_scale", d.text_scale))
    except (TypeError, ValueError):
        scale = d.text_scale
    timers = store.value("timers", d.timers)
    mode = store.value("mode", d.mode)
    return Settings(
        language=lang if lang in ("sv", "en") else d.language,
        text_scale=scale if scale in TEXT_SCALES else d.text_scale,
        high_contrast=_bool(store.value("high_contrast", d.high_contrast), d.high_contrast),
        timers=timers if timers in TIMERS else d.timers,
        hide_state=_bool(store.value("hide_state", d.hide_state), d.hide_state),
        sound=_bool(store.value("sound", d.sound), d.sound),
        mode=mode if mode in ("practice", "assessment") else d.mode,
        ambience_volume=_volume(store.value("ambience_volume", d.ambience_volume), d.ambience_volume),
        cue_volume=_volume(store.value("cue_volume", d.cue_volume), d.cue_volume),
    )


def save(store: QSettings, s: Settings) -> None:
    for key, value in vars(s).items():
        store.setValue(key, value)
    store.sync()
