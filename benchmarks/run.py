"""lagaffektiv benchmarks: start-up, lint time and memory. Run with `make bench`.

Not part of the test suite. Prints a Markdown table (for the README) with the date and machine:

(a) start-up: a fresh process from spawn to the main window shown and the event loop idle,
    against a bare PySide6 QMainWindow shown the same way (benchmarks/bare_window.py);
    the two are run interleaved, medians and their ratio are reported (goal ≤ 1.3×).
(b) lint time, in-process (lagaffektiv.lint.lint_paths): the bundled scenarios folder and
    synthetic scenarios of 1,000 and 10,000 nodes (benchmarks/synthetic.py), which must lint
    clean; the 10k/1k ratio shows growth (goal ≤ 0.5 s at 10,000 nodes, close to linear).
(c) peak RSS of each start-up child (os.wait4 rusage) at the main window vs the bare window.

Options: --repeats N (start-up runs of each, default 5), --lint-repeats N (default 3),
--profile (cProfile of the 10,000-node lint: the hot spots), --skip-startup, --skip-lint.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import io
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from lagaffektiv.cli.main import bundled_scenarios  # noqa: E402
from lagaffektiv.lint import lint_paths  # noqa: E402
from lagaffektiv.scenario import source  # noqa: E402

MARK = "LAGAFFEKTIV_BENCH"
APP_CODE = "import sys; from lagaffektiv.cli.main import main; sys.exit(main())"  # as the console script
STARTUP_GOAL = 1.3
LINT_GOAL_S = 0.5


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    return (f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}")


# -- (a) and (c): start-up and memory ----------------------------------------------------------

def spawn(argv: list[str], extra_env: dict[str, str] | None = None) -> tuple[float, int, float | None]:
    """(seconds from spawn to idle, peak RSS in KiB, seconds to the library listed or None) of one child."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LAGAFFEKTIV_BENCH_EXIT"] = "1"
    for key, value in (extra_env or {}).items():
        if value:
            env[key] = value
        else:
            env.pop(key, None)
    t0 = time.monotonic()
    env["LAGAFFEKTIV_BENCH_T0"] = repr(t0)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()  # until the child closes it, i.e. exits
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
    proc.returncode = os.waitstatus_to_exitcode(status)
    idle = next((line for line in out.splitlines() if line.startswith(MARK)), None)
    if proc.returncode != 0 or idle is None:
        raise RuntimeError(f"{argv} exited {proc.returncode} without the idle mark\n{out}")
    fields = dict(part.split("=", 1) for part in idle.split()[1:])
    ready = next((line for line in out.splitlines() if line.startswith(MARK + "_READY")), None)
    ready_s = float(ready.split("=", 1)[1]) - t0 if ready else None
    return float(fields["idle"]) - t0, usage.ru_maxrss, ready_s


def startup(repeats: int, scenarios: Path, pycache: Path) -> dict[str, list[tuple[float, int, float | None]]]:
    """Interleaved runs of the app, the bare window, and the app without any bytecode cache.

    The first two run with Python's bytecode cached (in ``pycache``, via PYTHONPYCACHEPREFIX),
    as an installed or bundled app runs; the untimed warm-up runs fill that cache. The third
    runs with PYTHONDONTWRITEBYTECODE=1 and the usual __pycache__ folders: the standard library
    and the venv have theirs, but a checkout whose src/ has none compiles the project's
    sources at every start (so does `make run` where that variable is set).
    """
    # The app gets a data folder of its own (never the user's); the untimed warm-up run fills its
    # lint cache, as the first start on a clinic PC does.
    data = {"LAGAFFEKTIV_DATA": str(pycache / "data")}
    cached = {"PYTHONPYCACHEPREFIX": str(pycache), "PYTHONDONTWRITEBYTECODE": "", **data}
    uncached = {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": "", **data}  # stdlib and venv keep theirs
    app = [sys.executable, "-c", APP_CODE, "--scenarios", str(scenarios)]
    kinds = {"app": (app, cached), "bare": ([sys.executable, str(HERE / "bare_window.py")], cached),
             "app_uncached": (app, uncached)}
    runs: dict[str, list[tuple[float, int, float | None]]] = {kind: [] for kind in kinds}
    for argv, env in kinds.values():
        spawn(argv, env)  # warm-up, untimed: fills the bytecode and file caches
    for i in range(repeats):
        order = ("bare", "app", "app_uncached") if i % 2 == 0 else ("app_uncached", "app", "bare")
        for kind in order:
            runs[kind].append(spawn(*kinds[kind]))
    return runs


# -- (b): lint time ------------------------------------------------------------------------------

@contextmanager
def raised_limits(max_bytes: int, max_nodes: int):
    """The loader's size limits, raised for one synthetic file that is larger than they allow."""
    old = source.MAX_BYTES, source.MAX_NODES
    source.MAX_BYTES, source.MAX_NODES = max(old[0], max_bytes), max(old[1], max_nodes)
    try:
        yield
    finally:
        source.MAX_BYTES, source.MAX_NODES = old


def yaml_nodes(path: Path) -> int:
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    todo = [yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)]
    n = 0
    while todo:
        node = todo.pop()
        n += 1
        if isinstance(node, yaml.MappingNode):
            todo.extend(v for _, v in node.value)  # values only, as the loader counts them
        elif isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
    return n


@contextmanager
def gc_paused(paused: bool):
    """Python's cyclic GC off while linting (it rescans the growing YAML node tree again and again)."""
    was = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def time_lint(paths: list[Path], repeats: int, pause_gc: bool = False) -> tuple[float, list]:
    times, reports = [], []
    for _ in range(repeats):
        reports = []
        gc.collect()
        with gc_paused(pause_gc):
            t = time.perf_counter()
            reports = lint_paths(paths)
            times.append(time.perf_counter() - t)
    return statistics.median(times), reports


def lint_synthetic(n: int, folder: Path, repeats: int) -> dict:
    path = synthetic.write(n, folder)
    size, nodes = path.stat().st_size, yaml_nodes(path)
    within = size <= source.MAX_BYTES and nodes <= source.MAX_NODES
    with raised_limits(size, nodes + 1):
        seconds, reports = time_lint([path], repeats)
        diags = [d.format() for r in reports for d in r.diagnostics]
        assert not diags, f"synthetic {n}-node scenario must lint clean:\n" + "\n".join(diags[:10])
        assert reports[0].scenario is not None and len(reports[0].scenario.nodes) == n
        del reports
        no_gc, _ = time_lint([path], 1, pause_gc=True)
    return {"n": n, "path": path, "bytes": size, "yaml_nodes": nodes, "within": within, "seconds": seconds,
            "no_gc": no_gc}


def phases(path: Path, size: int, nodes: int) -> str:
    """Where one lint of ``path`` spends its time, step by step (uses core internals; may break)."""
    import hashlib

    from lagaffektiv.lint.checks import Checker
    from lagaffektiv.scenario import model
    from lagaffektiv.scenario.validate import errors as schema_errors

    lines: list[str] = []

    def step(name: str, func):
        t = time.perf_counter()
        result = func()
        lines.append(f"{(time.perf_counter() - t) * 1000:9.1f} ms  {name}")
        return result

    try:
        raw = path.read_bytes()
        src = source.Source(str(path))
        loader = source.SafeLoader(raw.decode("utf-8"))
        node = step("compose: libyaml parser building the Python node tree", loader.get_single_node)
        step("positions: source._walk over the node tree", lambda: source._walk(node, (), src, [nodes + 1], set()))
        src.data = step("construct: PyYAML's Python constructor", lambda: loader.construct_document(node))
        loader.dispose()
        step("schema validation", lambda: list(schema_errors(src.data)))
        sc = step("model.build", lambda: model.build(src.data, str(path), str(path.parent),
                                                      hashlib.sha256(raw).hexdigest()))
        checker = Checker(src, sc)
        for name in ("duplicates", "texts", "kinds", "references", "graph", "principles", "sources",
                     "assets", "rooms", "decisions"):
            step(f"check: {name}", getattr(checker, name))
    except Exception as exc:  # noqa: BLE001 - internals may have moved; the profile still stands
        lines.append(f"(phase breakdown unavailable: {type(exc).__name__}: {exc})")
    return "\n".join(lines)


def profile_lint(path: Path, size: int, nodes: int) -> str:
    prof = cProfile.Profile()
    with raised_limits(size, nodes + 1):
        prof.enable()
        lint_paths([path])
        prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(25)
    return out.getvalue()


# -- the table ----------------------------------------------------------------------------------

def time_path(repeats: int) -> float:
    """Best time of the engine's A* across a furnished 12 x 10 m room (12,000 cells)."""
    from lagaffektiv.floorplan import Blocker, Door, Obstacle, Room, shortest_path

    room = Room(12, 10, obstacles=(
        Obstacle("table", 3, 2, 2, 1), Obstacle("bed", 6, 4, 1, 4), Obstacle("counter", 9, 0, 0.5, 7)))
    door = Door("e", 12, 5, 0.9, frozenset({"patient", "companion", "staff", "police", "guard", "other"}))
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        shortest_path(room, (0.5, 9.5), [door], [Blocker(8, 8, 1.0)])
        best = min(best, time.perf_counter() - t)
    return best


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:,.1f} MiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--lint-repeats", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--skip-lint", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scenarios = bundled_scenarios()
    rows: list[tuple[str, str, str, str, str]] = []
    notes: list[str] = []

    if not args.skip_startup:
        print(f"start-up: {args.repeats} runs each, interleaved ...", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="lagaffektiv-pycache-") as pycache:
            runs = startup(args.repeats, scenarios, Path(pycache))
        t_app = statistics.median(t for t, _, _ in runs["app"])
        t_bare = statistics.median(t for t, _, _ in runs["bare"])
        r_app = statistics.median(r for _, r, _ in runs["app"])
        r_bare = statistics.median(r for _, r, _ in runs["bare"])
        ratio = t_app / t_bare
        rows.append((f"Start-up to idle main window (median of {args.repeats})", ms(t_app),
                     f"{ms(t_bare)} (bare QMainWindow)", f"{ratio:.2f}×",
                     f"≤ {STARTUP_GOAL}× {'✓' if ratio <= STARTUP_GOAL else '✗'}"))
        t_ready = statistics.median(rd for _, _, rd in runs["app"] if rd is not None)
        rows.append(("Same, until the scenarios are listed (the library loads after the first paint)",
                     ms(t_ready), f"{ms(t_bare)} (bare QMainWindow)", f"{t_ready / t_bare:.2f}×", "–"))
        t_uncached = statistics.median(t for t, _, _ in runs["app_uncached"])
        rows.append(("Same, project sources compiled at each start (PYTHONDONTWRITEBYTECODE=1, as here)",
                     ms(t_uncached), f"{ms(t_bare)} (bare QMainWindow, cached)", f"{t_uncached / t_bare:.2f}×", "–"))
        rows.append(("Peak RSS at the main window (median)", mib(r_app), f"{mib(r_bare)} (bare QMainWindow)",
                     f"{r_app / r_bare:.2f}×", "–"))
        notes.append("Start-up runs (ms), app: " + ", ".join(f"{t * 1000:.0f}" for t, _, _ in runs["app"])
                     + "; bare: " + ", ".join(f"{t * 1000:.0f}" for t, _, _ in runs["bare"])
                     + "; app compiling its sources: "
                     + ", ".join(f"{t * 1000:.0f}" for t, _, _ in runs["app_uncached"]) + ".")
        notes.append(f"Start-up is measured with the bundled scenarios folder ({scenarios}) and bytecode cached "
                     "(PYTHONPYCACHEPREFIX in a temporary folder), as an installed or bundled app starts.")

    rows.append((f"Floor-plan path across a furnished 12 × 10 m room (best of {args.repeats})",
                 ms(time_path(args.repeats)), "–", "–", "≤ 50 ms, so a drag feels immediate"))

    if not args.skip_lint:
        print("lint: bundled scenarios ...", file=sys.stderr)
        seconds, reports = time_lint([scenarios], max(args.lint_repeats, 5))
        good = sum(r.scenario is not None for r in reports)
        rows.append((f"Lint bundled scenarios ({len(reports)} file(s), {good} clean; median)", ms(seconds),
                     "–", "–", "–"))
        with tempfile.TemporaryDirectory(prefix="lagaffektiv-bench-") as tmp:
            results = []
            for n in (1_000, 10_000):
                print(f"lint: synthetic {n} nodes ...", file=sys.stderr)
                results.append(lint_synthetic(n, Path(tmp), args.lint_repeats))
            for res in results:
                size = f"{res['bytes'] / 1024:,.0f} KiB, {res['yaml_nodes']:,} YAML nodes"
                limit = "" if res["within"] else ", over the loader's limits †"
                goal = "–"
                if res["n"] == 10_000:
                    goal = f"≤ {LINT_GOAL_S} s {'✓' if res['seconds'] <= LINT_GOAL_S else '✗'}"
                rows.append((f"Lint synthetic {res['n']:,} nodes ({size}{limit}; median of {args.lint_repeats})",
                             ms(res["seconds"]), "–", "–", goal))
            small, big = results
            growth = big["seconds"] / small["seconds"]
            rows.append(("Lint growth 10,000 / 1,000 nodes", f"{growth:.1f}×", "10× would be linear", "–",
                         "close to 10×"))
            rows.append(("Same, with Python's cyclic GC paused during the lint (1 run each)",
                         f"{ms(small['no_gc'])} / {ms(big['no_gc'])}", "–",
                         f"{big['no_gc'] / small['no_gc']:.1f}×", "–"))
            if not all(r["within"] for r in results):
                notes.append(f"† Larger than the loader accepts ({source.MAX_BYTES:,} bytes, {source.MAX_NODES:,} "
                             "YAML nodes); the benchmark raises those limits in-process for that file only.")
            profile = ""
            if args.profile:
                print("profile: synthetic 10000 nodes ...", file=sys.stderr)
                profile = (phases(big["path"], big["bytes"], big["yaml_nodes"]) + "\n\n"
                           + profile_lint(big["path"], big["bytes"], big["yaml_nodes"]))

    print(f"### Benchmarks, {datetime.date.today().isoformat()}\n")
    print(f"Machine: {machine()}; QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}.\n")
    print("| Measure | lagaffektiv | Baseline | Ratio | Goal |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if notes:
        print()
        for note in notes:
            print(note)
    if not args.skip_lint and args.profile:
        print("\n```\n" + profile.strip("\n") + "\n```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
