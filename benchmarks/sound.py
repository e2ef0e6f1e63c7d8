"""lagaffektiv sound benchmark: rendering every built-in sound cold, then from a warm cache.

Not part of the test suite. Run: `PYTHONPATH=src python benchmarks/sound.py [--repeats N]`.
Prints a Markdown table (for the README) with the date and machine, in the style of run.py:

(a) cold: every built-in sound at every level it has (4 per ambience, 1 per cue) rendered
    into an empty cache folder: what the first use of sound costs at most;
(b) the same for one scenario (ed_waiting_room_long_wait: its ambience at all four levels
    and its cues): what the app renders, off the GUI thread, on the first need;
(c) warm: the same requests again from a fresh SoundCache on the filled folder (each file's
    header and data are read and checked, nothing is rendered).
Medians over --repeats runs (default 3).
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import machine  # noqa: E402

from lagaffektiv.audio import catalog, synth  # noqa: E402
from lagaffektiv.audio.cache import SoundCache  # noqa: E402
from lagaffektiv.audio.mix import LEVELS  # noqa: E402
from lagaffektiv.audio.state import sounds_used  # noqa: E402
from lagaffektiv.cli.main import bundled_scenarios  # noqa: E402
from lagaffektiv.scenario.load import load_scenario  # noqa: E402


def all_requests() -> list[tuple[str, int, float]]:
    return [(i, lv, 0.0) for i, x in catalog.SOUNDS.items() for lv in (range(LEVELS) if x.kind == "ambient" else [0])]


def scenario_requests(name: str) -> list[tuple[str, int, float]]:
    sc = load_scenario(bundled_scenarios() / f"{name}.yaml")
    out = []
    for sound_id, level in sounds_used(sc):
        r = catalog.resolve(sound_id, sc.sounds)
        out.append((r.base.id, level or 0, r.gain))
    return out


def timed(requests, folder: Path) -> tuple[float, int]:
    cache = SoundCache(folder)
    t0 = time.perf_counter()
    for base, level, gain in requests:
        cache.get(base, level, gain)
    return time.perf_counter() - t0, cache.renders


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args()
    rows = []
    for label, requests in (("all built-in sounds", all_requests()),
                            ("ed_waiting_room_long_wait", scenario_requests("ed_waiting_room_long_wait"))):
        cold, warm, files = [], [], 0
        for _ in range(args.repeats):
            synth.noise.cache_clear()     # cold: as in a fresh app process
            synth.tone.cache_clear()
            with tempfile.TemporaryDirectory() as tmp:
                seconds, renders = timed(requests, Path(tmp))
                cold.append(seconds)
                files = renders
                seconds, renders = timed(requests, Path(tmp))
                assert renders == 0, "the warm run rendered"
                warm.append(seconds)
        rows.append(f"| {label} | {files} | {statistics.median(cold):.2f} s | {statistics.median(warm) * 1000:.0f} ms |")
    print(f"Sound rendering, {datetime.date.today()}, {machine()}; median of {args.repeats}\n")
    print("| what | WAV files | cold (render) | warm (cache) |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
