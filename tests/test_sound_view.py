"""Sound in the app: captions always on screen, the sound settings, and silent running where
QtMultimedia or an audio output is missing (real subprocesses: tests/sound_runner.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lagaffektiv.app.play import PlayView
from lagaffektiv.app.settings import Settings
from lagaffektiv.app.settings_dialog import SettingsDialog
from lagaffektiv.scenario.load import load_scenario
from lagaffektiv.session import PracticeSession

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE.parent / "scenarios"
NO_DEVICE = "No sound: this computer has no audio output"
NO_MULTIMEDIA = "No sound: the audio part of the app could not be loaded"


def view(qtbot, lang="sv", sound=False) -> PlayView:
    play = PlayView(lang)
    qtbot.addWidget(play)
    play.set_sound_settings(Settings(sound=sound))
    play.start(PracticeSession.start(load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml"), None))
    play.resize(1200, 800)
    play.show()
    return play


def test_captions_are_shown_with_the_sound_switched_off(qtbot):
    play = view(qtbot)
    assert play.captions.isVisible()
    assert play.captions.text().splitlines() == ["[Väntrummet blir högljuddare, monitorn piper tätare]",
                                                 "[En telefon ringer]"]
    assert "[En telefon ringer]" in play.captions.accessibleName()
    assert not play.sound_notice.isVisible() and not play.mute_button.isVisible()
    assert play.sound.reason is None        # switched off: no attempt to play, so nothing to report
    play.proceed()
    assert play.captions.text().splitlines()[-1] == "[Höjda röster]"
    play.set_language("en")
    assert play.captions.text().splitlines()[-1] == "[Raised voices]"


def test_no_captions_where_nothing_sounds(qtbot, minimal):
    play = PlayView("sv")
    qtbot.addWidget(play)
    play.start(PracticeSession.start(minimal, None))
    assert play.captions.text() == "" and not play.captions.isVisibleTo(play)


def test_sound_on_without_an_audio_output_says_so_once(qtbot):
    """This machine has QtMultimedia but no audio device: silent, one notice, captions as ever."""
    play = view(qtbot, sound=True)
    if play.sound.reason is None:
        pytest.skip("this machine has an audio output")
    assert play.sound.reason == "no_device" and play.sound_notice.isVisible()
    assert NO_DEVICE not in play.sound_notice.label.text()          # Swedish
    assert "ljudutgång" in play.sound_notice.label.text()
    play.sound_notice.close_button.click()
    play.proceed()
    play.choose("approach_calmly")
    assert not play.sound_notice.isVisible() and play.captions.isVisible()
    assert not play.mute_button.isVisible()


def test_the_settings_dialog_keeps_the_volumes(qtbot):
    dialog = SettingsDialog(Settings(ambience_volume=30, cue_volume=90))
    qtbot.addWidget(dialog)
    assert (dialog.ambience_volume.value(), dialog.cue_volume.value()) == (30, 90)
    dialog.cue_volume.setValue(45)
    dialog.sound.setChecked(False)
    assert not dialog.ambience_volume.isEnabled()
    result = dialog.result_settings()
    assert (result.sound, result.ambience_volume, result.cue_volume) == (False, 30, 45)


def test_volumes_are_stored_and_bad_values_fall_back(tmp_path):
    from PySide6.QtCore import QSettings

    from lagaffektiv.app.settings import load, save

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save(store, Settings(ambience_volume=10, cue_volume=100))
    assert (load(store).ambience_volume, load(store).cue_volume) == (10, 100)
    store.setValue("ambience_volume", "loud")
    store.setValue("cue_volume", 250)
    assert (load(store).ambience_volume, load(store).cue_volume) == (60, 80)


# -- the real app in a subprocess ----------------------------------------------------------------

def run(*flags: str, tmp_path: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAGAFFEKTIV_DATA": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, str(HERE / "sound_runner.py"), str(SCENARIOS), *flags],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[-1] == "done", out.stdout + out.stderr[-2000:]
    return lines


def _check_silent_run(lines: list[str], notice: str) -> None:
    notices = [ln for ln in lines if ln.startswith("notice=")]
    captions = [ln for ln in lines if ln.startswith("captions=")]
    assert len(notices) == len(captions) == 4
    # Shown at the first sound, closed by the learner, never again.
    assert notice not in notices[0] and notices[0] != "notice=" and notices[1:] == ["notice="] * 3
    assert "[En telefon ringer]" in captions[0] and "[Höjda röster]" in captions[1]
    assert "node=counter_position" in lines


def test_a_scenario_plays_with_sound_on_when_qtmultimedia_cannot_be_loaded(tmp_path):
    lines = run("--no-multimedia", tmp_path=tmp_path)
    _check_silent_run(lines, NO_MULTIMEDIA)
    assert "ljuddel" in lines[0]
    assert "reason=no_multimedia" in lines and "multimedia-loaded=False" in lines


def test_a_scenario_plays_with_sound_on_and_no_audio_output(tmp_path):
    lines = run(tmp_path=tmp_path)
    if "reason=None" in lines:
        pytest.skip("this machine has an audio output")
    _check_silent_run(lines, NO_DEVICE)
    assert "reason=no_device" in lines and "multimedia-loaded=True" in lines


def test_with_the_sound_switched_off_qtmultimedia_is_never_loaded(tmp_path):
    lines = run("--silent", tmp_path=tmp_path)
    assert all(ln == "notice=" for ln in lines if ln.startswith("notice="))
    assert "multimedia-loaded=False" in lines and "reason=None" in lines
    assert any("[En telefon ringer]" in ln for ln in lines)
    assert not (tmp_path / "data" / "cache" / "sounds").exists()     # nothing rendered for nobody


def test_the_ambience_players_crossfade_and_let_failed_cues_go(qtbot, tmp_path):
    """The QtMultimedia side itself (real players; without a device they play into nothing)."""
    from PySide6.QtCore import QObject

    qm = pytest.importorskip("PySide6.QtMultimedia")
    from lagaffektiv.app.sound import _Players
    from lagaffektiv.audio.cache import SoundCache

    cache = SoundCache(tmp_path)
    first, second = cache.get("ed_waiting_room", 0), cache.get("dental_operatory", 0)
    owner = QObject()
    players = _Players(qm, owner)
    try:
        players.ambient(first, 0.6, 200)
        qtbot.waitUntil(lambda: not players.timer.isActive(), timeout=5000)
        target = players.linear(0.6)
        assert players.slots[players.current][1].volume() == pytest.approx(target, abs=0.01)
        players.ambient(second, 0.6, 200)
        assert players.timer.isActive() and players.path == second
        qtbot.waitUntil(lambda: not players.timer.isActive(), timeout=5000)
        assert players.slots[players.current][1].volume() == pytest.approx(target, abs=0.01)
        assert players.slots[1 - players.current][1].volume() == pytest.approx(0.0, abs=0.01)
        players.ambient(second, 0.3, 200)                       # the same loop, a new volume: no fade
        assert not players.timer.isActive()
        assert players.slots[players.current][1].volume() == pytest.approx(players.linear(0.3), abs=0.01)
        players.cue(cache.get("door_slam"), 0.8)
        if not qm.QMediaDevices.audioOutputs():
            qtbot.waitUntil(lambda: players.cues == [], timeout=5000)     # no device: let go, not kept
    finally:
        players.stop()
        owner.deleteLater()


def test_a_settings_change_after_the_learner_left_starts_no_sound(qtbot):
    """Quit to the library, then switch the sound on there (or press the language button): the
    exercise left behind stays silent; it sounds again only when it is shown again."""
    from dataclasses import replace

    from lagaffektiv.app.window import MainWindow

    settings = Settings(sound=False)
    w = MainWindow([], [], "sv", SCENARIOS, True, loading=True, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.load()
    w.start_scenario("ed_waiting_room_long_wait")
    play = w.play
    assert play.isVisible() and play.sound.current is not None      # the waiting room's ambience is due
    play.quit_button.click()
    assert w.pages.currentWidget() is w.library and play.sound.current is None
    w.apply_settings(replace(settings, sound=True))
    w.language_button.click()
    assert play.sound.current is None
    assert play.sound.reason is None        # nothing was even tried: no device probed, nothing rendered
