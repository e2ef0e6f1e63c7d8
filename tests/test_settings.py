"""Settings: stored with QSettings, checked when read, applied to the whole window."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lagaffektiv.app import theme
from lagaffektiv.app.settings import Settings, load, save
from lagaffektiv.app.settings_dialog import SettingsDialog
from lagaffektiv.app.storage import settings_store
from lagaffektiv.app.window import MainWindow


def test_settings_round_trip_and_bad_values_fall_back(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save(store, Settings(language="en", text_scale=1.5, high_contrast=True, timers="off", hide_state=True,
                         sound=False, mode="assessment"))
    again = load(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again == Settings("en", 1.5, True, "off", True, False, "assessment") and again.timer_factor is None
    for key, value in (("language", "klingon"), ("text_scale", "huge"), ("timers", "slow"), ("mode", "exam"),
                       ("high_contrast", "perhaps")):
        store.setValue(key, value)
    assert load(store) == Settings(high_contrast=False, hide_state=True, sound=False)


def test_the_dialog_returns_what_was_chosen(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(2.0))
    dialog.timers.setCurrentIndex(dialog.timers.findData("extended"))
    dialog.high_contrast.setChecked(True)
    result = dialog.result_settings()
    assert (result.language, result.text_scale, result.timers, result.high_contrast) == ("en", 2.0, "extended", True)
    assert result.timer_factor == 2.0


def test_applying_settings_reaches_the_window_and_is_kept(qtbot, minimal):
    app = QApplication.instance()
    window = MainWindow([minimal], [], "sv", settings=Settings())
    qtbot.addWidget(window)
    before = app.font().pointSizeF()
    try:
        window.apply_settings(Settings(language="en", text_scale=2.0, high_contrast=True, timers="off"))
        assert theme.current() is theme.HIGH_CONTRAST
        assert "#000000" in window.library.styleSheet() and "#ffff00" in window.top_bar.styleSheet()
        assert abs(app.font().pointSizeF() - 2 * before) < 0.01
        assert window.lang == "en" and window.timer_factor is None
        assert load(settings_store()).high_contrast is True
    finally:
        window.apply_settings(Settings())
    assert theme.current() is theme.STANDARD and abs(app.font().pointSizeF() - before) < 0.01
