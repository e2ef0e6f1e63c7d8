"""The audio core: renders measured with pydub, the WAV cache, the sound state of an encounter,
and the sound fields of the format (parsing and lint)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagaffektiv.audio import catalog, mix
from lagaffektiv.audio.cache import SoundCache, valid
from lagaffektiv.audio.state import sound_state, sounds_used
from lagaffektiv.audio.synth import RATE, AudioSegment, noise, tone
from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.lint.runner import lint_file
from lagaffektiv.scenario.load import load_library, load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
FIXTURES = Path(__file__).resolve().parent / "lint_fixtures"


def wav(path: Path) -> AudioSegment:
    return AudioSegment.from_wav(str(path))


# -- renders: duration and loudness --------------------------------------------------------------

@pytest.mark.parametrize("level", range(mix.LEVELS))
def test_an_ambience_is_a_loop_of_the_expected_length_and_loudness(tmp_path, level):
    path = SoundCache(tmp_path).get("ed_waiting_room", level)
    seg = wav(path)
    assert (seg.channels, seg.frame_rate, seg.sample_width) == (1, RATE, 2)
    assert len(seg) == catalog.LOOP_MS                      # the seam is folded into the loop
    assert seg.dBFS == pytest.approx(mix.ambient_target(level), abs=0.2)
    assert seg.max_dBFS <= mix.PEAK_CEILING + 0.01


@pytest.mark.parametrize("sound_id,ms", [("phone_ring", 4200), ("door_slam", 900), ("alarm", 3000),
                                         ("raised_voices", 2600), ("fist_on_counter", 1200)])
def test_a_cue_has_its_length_and_is_never_louder_than_cues_are(tmp_path, sound_id, ms):
    seg = wav(SoundCache(tmp_path).get(sound_id))
    assert len(seg) == ms
    assert seg.max_dBFS <= mix.PEAK_CEILING + 0.01
    # A cue reaches the cue loudness unless its peak stops it first (a short bang).
    assert seg.dBFS <= mix.CUE_DBFS + 0.2
    assert seg.dBFS == pytest.approx(mix.CUE_DBFS, abs=0.2) or seg.max_dBFS >= mix.PEAK_CEILING - 0.2


def test_a_cue_is_louder_than_every_ambience_at_its_calmest():
    assert mix.CUE_DBFS > mix.ambient_target(mix.LEVELS - 1)


@pytest.mark.parametrize("sound_id", ["ed_waiting_room", "dental_operatory"])
def test_a_higher_intensity_is_louder(sound_id):
    loudness = [catalog.SOUNDS[sound_id].render(level).dBFS for level in range(mix.LEVELS)]
    assert loudness == sorted(loudness) and len(set(round(x, 1) for x in loudness)) == mix.LEVELS


def test_renders_are_the_same_every_time():
    a = catalog.SOUNDS["door_slam"].render()
    b = catalog.SOUNDS["door_slam"].render()
    assert a.raw_data == b.raw_data


def test_gain_of_a_scenarios_own_sound(tmp_path):
    cache = SoundCache(tmp_path)
    plain, softer = wav(cache.get("phone_ring")), wav(cache.get("phone_ring", gain=-6))
    assert softer.dBFS == pytest.approx(plain.dBFS - 6, abs=0.2)


def test_crossfade_and_loop_lengths():
    a, b = tone(440, 3000), tone(660, 2000)
    assert len(mix.crossfade(a, b, 500)) == 3000 + 2000 - 500
    assert len(mix.crossfade(a, b, 5000)) == 3000      # never longer than the shorter part
    assert len(mix.seamless_loop(noise(4000, 1), 400)) == 3600


def test_a_seamless_loop_joins_without_a_jump():
    loop = mix.seamless_loop(tone(100, 4000) .overlay(noise(4000, 3, volume=-20)), 400)
    samples = loop.get_array_of_samples()
    jump = abs(samples[-1] - samples[0])
    typical = max(abs(samples[i + 1] - samples[i]) for i in range(0, 2000))
    assert jump <= typical


@settings(max_examples=60, deadline=None)
@given(gains=st.lists(st.floats(-30, 12), min_size=1, max_size=4), target=st.floats(-40, 0))
def test_mixing_and_normalising_never_clip(gains, target):
    layers = [(tone(220 * (i + 1), 300, -3), g) for i, g in enumerate(gains)]
    out = mix.normalise(mix.mix(layers), target)
    assert out.max_dBFS <= mix.PEAK_CEILING + 0.01
    assert out.dBFS <= target + 0.01


@given(st.floats(-5, 5, allow_nan=False))
def test_intensity_maps_to_a_level_in_range_and_monotonically(x):
    assert 0 <= mix.level_of(x) < mix.LEVELS
    assert mix.level_of(x) <= mix.level_of(x + 0.3)


@given(st.integers(0, 50), st.integers(1, 50))
def test_the_crossfade_ramp_never_dips_or_bumps(step, steps):
    out, inn = mix.ramp(step, steps)
    assert 0 <= out <= 1 and 0 <= inn <= 1 and out + inn == pytest.approx(1)


# -- the cache -------------------------------------------------------------------------------------

def test_the_cache_renders_once_and_then_reuses_the_file(tmp_path):
    cache = SoundCache(tmp_path)
    path = cache.get("door_slam")
    stamp = (path.stat().st_ino, path.stat().st_mtime_ns)
    again = SoundCache(tmp_path)                   # a later run of the app
    assert again.get("door_slam") == path and again.renders == 0
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == stamp
    assert cache.get("door_slam", gain=-3) != path and cache.renders == 2     # other inputs, other file


def test_cue_levels_share_one_file(tmp_path):
    cache = SoundCache(tmp_path)
    assert cache.get("alarm", 3) == cache.get("alarm", 0) and cache.renders == 1


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "wrong_rate"])
def test_a_damaged_cache_file_is_rendered_again(tmp_path, damage):
    cache = SoundCache(tmp_path)
    path = cache.get("fist_on_counter")
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[:len(data) // 2])         # header says more frames than there are
    elif damage == "garbage":
        path.write_bytes(b"not a wav" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        AudioSegment.silent(500, frame_rate=8000).export(str(path), format="wav")
    assert not valid(path)
    again = SoundCache(tmp_path)
    assert again.get("fist_on_counter") == path and again.renders == 1
    assert valid(path) and path.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == [path.name]      # no temporary file left


def test_the_cache_lives_in_the_data_folder(tmp_path, monkeypatch):
    from lagaffektiv import paths

    monkeypatch.setenv(paths.DATA_ENV, str(tmp_path / "data"))
    assert paths.sound_cache_dir(paths.data_dir()) == tmp_path / "data" / "cache" / "sounds"
    monkeypatch.delenv(paths.DATA_ENV)
    exe = tmp_path / "stick" / "lagaffektiv"
    exe.parent.mkdir()
    (exe.parent / paths.PORTABLE_MARKER).write_text("")
    assert paths.sound_cache_dir(paths.data_dir(exe)) == exe.parent / "lagaffektiv-data" / "cache" / "sounds"


# -- the bundled scenarios -------------------------------------------------------------------------

def bundled():
    good, broken = load_library(SCENARIOS)
    assert not broken
    return good


def test_every_sound_the_bundled_scenarios_use_exists_and_has_captions(tmp_path):
    used = 0
    for sc in bundled():
        for sound_id, level in sounds_used(sc):
            found = catalog.resolve(sound_id, sc.sounds)
            assert found is not None, (sc.id, sound_id)
            for lv in range(mix.LEVELS):
                for lang in ("sv", "en"):
                    text = found.caption_at(lv)[lang]
                    assert text.startswith("[") and text.endswith("]") and len(text) > 4, (sc.id, sound_id, lang)
            used += 1
    assert used >= 10
    ids = {i for sc in bundled() for i, _ in sounds_used(sc)}
    assert {"ed_waiting_room", "dental_operatory", "alarm", "phone_ring", "raised_voices"} <= ids


def test_every_built_in_sound_has_both_captions():
    for x in catalog.SOUNDS.values():
        for text in filter(None, (x.caption, x.busy_caption)):
            assert set(text) == {"sv", "en"} and all(v.strip("[] ") for v in text.values())


def test_an_alarm_ending_sounds_the_alarm():
    sc = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    ends = [n for n in sc.nodes.values() if n.ending and n.ending.cls == "alarm_violence"]
    assert ends and all(n.sound and n.sound.cue == "alarm" for n in ends)


# -- the sound state along a path ------------------------------------------------------------------

def test_the_sound_state_follows_the_story_and_the_arousal():
    sc = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    enc = Encounter(sc)
    st0 = sound_state(enc)
    assert st0.ambient_id == "ed_waiting_room" and [c.id for c in st0.cues] == ["phone_ring"]
    assert st0.intensity == pytest.approx(enc.arousal["daniel"] / 100)
    assert st0.captions("en")[-1] == "[A phone rings]"
    enc.act(">")
    assert [c.id for c in sound_state(enc).cues] == ["raised_voices"]
    enc.act("hurry_calm_down")                     # "calm down!" makes Daniel angrier
    hot = sound_state(enc)
    enc.step_back()
    enc.act("approach_calmly")
    calm = sound_state(enc)
    assert hot.intensity > calm.intensity and hot.level >= calm.level
    assert calm.ambient_id == "ed_waiting_room" and calm.cues == ()     # the ambience carries on


def test_a_choice_cue_comes_before_the_cue_of_the_node_it_leads_to():
    sc = load_scenario(FIXTURES / "LA032_good.yaml")
    enc = Encounter(sc)
    enc.act("stop")
    assert [c.id for c in sound_state(enc).cues] == ["raised_voices"]


def test_silence_stops_the_ambience():
    sc = load_scenario(SCENARIOS / "dental_chair_threat.yaml")
    enc = Encounter(sc)
    assert sound_state(enc).ambient_id == "dental_operatory"
    enc.act(">")
    assert sound_state(enc).ambient is None and sound_state(enc).captions("sv") == []


def test_a_scenarios_own_sound_has_its_caption_and_the_base_sound():
    sc = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    own = catalog.resolve("fist_on_wall", sc.sounds)
    assert own.base.id == "fist_on_counter" and own.caption["sv"] == "[Ett hårt slag i väggen]"


def test_the_sound_state_does_not_change_the_encounter():
    sc = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    enc = Encounter(sc)
    enc.act(">")
    before = enc.to_dict()
    sound_state(enc)
    assert enc.to_dict() == before


# -- the format: other ways to trigger the sound checks --------------------------------------------

def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = (FIXTURES / "LA030_good.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("new,codes,message", [
    ("{ambient: ed_waiting_room, intensity_follows: pta}", ["LA015"], "unknown character 'pta' (did you mean 'pat'?)"),
    ("{ambient: silence}", [], ""),
    ("{cue: silence}", ["LA032"], "'silence' stops the ambience; it is not a cue"),
    ("{ambient: door_slam}", ["LA032"], "is a cue (played once) and cannot be used as an ambience"),
    ("{cue: dor_slam}", ["LA030"], "(did you mean 'door_slam'?)"),
    ("{ambient: ed_waiting_room, intensity: 1.5}", ["LA003"], ""),
    ("{}", ["LA003"], ""),
])
def test_node_sound_variants(tmp_path, new, codes, message):
    found = lint_file(_variant(tmp_path, "{ambient: ed_waiting_room, intensity_follows: pat}", new)).diagnostics
    assert [d.code for d in found] == codes, [d.format() for d in found]
    assert all(message in d.message for d in found)


def test_own_sound_with_a_built_in_id_or_an_unknown_base(tmp_path):
    text = (FIXTURES / "LA031_good.yaml").read_text(encoding="utf-8")
    for old, new, code in (("id: reception_phone\n", "id: door_slam\n", "LA032"),
                           ("like: phone_ring", "like: phone_rign", "LA030")):
        path = tmp_path / f"{code}.yaml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        assert code in [d.code for d in lint_file(path).diagnostics]


def test_a_caption_missing_english_is_la011(tmp_path):
    text = (FIXTURES / "LA031_good.yaml").read_text(encoding="utf-8")
    path = tmp_path / "half.yaml"
    path.write_text(text.replace(', en: "[The reception phone rings]"', ""), encoding="utf-8")
    assert [d.code for d in lint_file(path).diagnostics] == ["LA011"]


def test_the_cli_lists_the_sounds_and_a_scenarios_steps(capsys, tmp_path):
    from lagaffektiv.cli.main import main

    assert main(["sounds"]) == 0
    table = capsys.readouterr().out
    assert all(f"`{i}`" in table for i in catalog.SOUNDS)
    assert main(["sounds", str(SCENARIOS / "dental_chair_threat.yaml"), "--choices", ">", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "intro: ambience dental_operatory" in out and "the_grab: ambience -" in out
    assert main(["sounds", str(SCENARIOS / "dental_chair_threat.yaml"), "--render", "--cache", str(tmp_path)]) == 0
    first = capsys.readouterr().out
    assert main(["sounds", str(SCENARIOS / "dental_chair_threat.yaml"), "--render", "--cache", str(tmp_path)]) == 0
    assert " 0 rendered" in capsys.readouterr().out and " 0 rendered" not in first
    assert all(valid(p) for p in tmp_path.iterdir())


def test_docs_list_every_sound():
    text = (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    assert catalog.markdown() in text, "regenerate the table in docs/scenario-format.md ('lagaffektiv sounds')"
    assert os.path.isfile(ROOT / "assets" / "sounds" / "ATTRIBUTION.md")


def test_a_cached_file_with_a_bad_chunk_size_is_rendered_again(tmp_path):
    """A wrong size field makes the wave module raise RuntimeError, not wave.Error."""
    cache = SoundCache(tmp_path)
    path = cache.get("door_slam")
    data = bytearray(path.read_bytes())
    data[16] = 0x20          # the fmt chunk's size
    path.write_bytes(bytes(data))
    assert cache.get("door_slam") == path
    assert cache.renders == 2
