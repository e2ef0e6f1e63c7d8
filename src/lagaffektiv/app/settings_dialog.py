"""The settings dialog: language, text size, high contrast, timers, state indicator, sound and its
volumes, mode."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSlider,
                               QVBoxLayout, QWidget)

from . import theme
from .i18n import translate
from .settings import TEXT_SCALES, TIMERS, Settings

WORDS = {
    "title": QT_TRANSLATE_NOOP("settings", "Settings"),
    "language": QT_TRANSLATE_NOOP("settings", "Language"),
    "text_size": QT_TRANSLATE_NOOP("settings", "Text size"),
    "high_contrast": QT_TRANSLATE_NOOP("settings", "High contrast (light text on black)"),
    "timers": QT_TRANSLATE_NOOP("settings", "Time limits on decisions"),
    "timers_normal": QT_TRANSLATE_NOOP("settings", "Normal"),
    "timers_extended": QT_TRANSLATE_NOOP("settings", "Extended (twice as long)"),
    "timers_off": QT_TRANSLATE_NOOP("settings", "Off"),
    "hide_state": QT_TRANSLATE_NOOP("settings", "Hide how upset the characters are"),
    "sound": QT_TRANSLATE_NOOP("settings", "Sound (always captioned; nothing depends on hearing it)"),
    "ambience_volume": QT_TRANSLATE_NOOP("settings", "Background sound volume"),
    "cue_volume": QT_TRANSLATE_NOOP("settings", "Volume of single sounds (doors, phones, alarms)"),
    "mode": QT_TRANSLATE_NOOP("settings", "Mode"),
    "mode_practice": QT_TRANSLATE_NOOP("settings", "Practice: feedback after each step, stepping back allowed"),
    "mode_assessment": QT_TRANSLATE_NOOP("settings", "Assessment: feedback only at the end, no stepping back"),
    "next_time": QT_TRANSLATE_NOOP("settings", "Time limits and mode apply from the next exercise you start."),
}


def w(key: str, lang: str) -> str:
    return translate("settings", WORDS[key], lang)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        lang = settings.language
        self.setWindowTitle(w("title", lang))
        self.setObjectName("settingsDialog")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def combo(items: list[tuple[str, object]], value: object, label: str) -> QComboBox:
            box = QComboBox()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.setAccessibleName(label)
            return box

        self.language = combo([("Svenska", "sv"), ("English", "en")], settings.language, w("language", lang))
        self.text_scale = combo([(f"{int(s * 100)} %", s) for s in TEXT_SCALES], settings.text_scale,
                                w("text_size", lang))
        self.timers = combo([(w(f"timers_{k}", lang), k) for k in TIMERS], settings.timers, w("timers", lang))
        self.mode = combo([(w("mode_practice", lang), "practice"), (w("mode_assessment", lang), "assessment")],
                          settings.mode, w("mode", lang))
        self.high_contrast = QCheckBox(w("high_contrast", lang))
        self.high_contrast.setChecked(settings.high_contrast)
        self.hide_state = QCheckBox(w("hide_state", lang))
        self.hide_state.setChecked(settings.hide_state)
        self.sound = QCheckBox(w("sound", lang))
        self.sound.setChecked(settings.sound)

        def slider(value: int, label: str) -> QSlider:
            s = QSlider(Qt.Orientation.Horizontal)
            s.setRange(0, 100)
            s.setSingleStep(5)
            s.setPageStep(10)
            s.setValue(value)
            s.setAccessibleName(label)
            s.setEnabled(settings.sound)
            self.sound.toggled.connect(s.setEnabled)
            return s

        self.ambience_volume = slider(settings.ambience_volume, w("ambience_volume", lang))
        self.cue_volume = slider(settings.cue_volume, w("cue_volume", lang))
        form.addRow(w("language", lang), self.language)
        form.addRow(w("text_size", lang), self.text_scale)
        form.addRow("", self.high_contrast)
        form.addRow(w("timers", lang), self.timers)
        form.addRow(w("mode", lang), self.mode)
        form.addRow("", self.hide_state)
        form.addRow("", self.sound)
        form.addRow(w("ambience_volume", lang), self.ambience_volume)
        form.addRow(w("cue_volume", lang), self.cue_volume)
        note = QLabel(w("next_time", lang))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._settings = settings
        th = theme.current()
        # Qt's default check box draws its box in the palette's text colour on the base colour,
        # which vanishes on black; an explicit outline keeps it visible in every theme.
        self.setStyleSheet(f"""
            QCheckBox::indicator {{ width: 16px; height: 16px; border: 2px solid {th.text};
                                    background: {th.surface}; border-radius: 2px; }}
            QCheckBox::indicator:checked {{ background: {th.focus}; }}
            QCheckBox:focus {{ outline: 2px solid {th.focus}; }}
        """)

    def result_settings(self) -> Settings:
        return replace(self._settings, language=self.language.currentData(), text_scale=self.text_scale.currentData(),
                       timers=self.timers.currentData(), mode=self.mode.currentData(),
                       high_contrast=self.high_contrast.isChecked(), hide_state=self.hide_state.isChecked(),
                       sound=self.sound.isChecked(), ambience_volume=self.ambience_volume.value(),
                       cue_volume=self.cue_volume.value())
