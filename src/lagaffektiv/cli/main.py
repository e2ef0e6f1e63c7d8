"""Entry point of the ``lagaffektiv`` command. Never shows a traceback unless asked to."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

from ..errors import LagaffektivError, ScenarioError

EXIT_USAGE = 2
EXIT_INTERNAL = 3


def bundled_scenarios() -> Path:
    """The scenarios folder shipped with the app (a checkout's, or a PyInstaller bundle's)."""
    from ..shipped import scenarios_dir

    return scenarios_dir()


def _cmd_lint(args: argparse.Namespace) -> int:
    from ..lint import lint_paths
    from ..messages import M

    reports = lint_paths(args.paths)
    diags = [d for r in reports for d in r.diagnostics]
    errors = [d for d in diags if d.severity == "error"]
    if args.format == "json":
        json.dump({"files": len(reports), "errors": len(errors), "warnings": len(diags) - len(errors),
                   "diagnostics": [{**d.to_dict(), "message": d.text(args.lang)} for d in diags]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for d in diags:
            print(d.format(args.lang))
        print(M("lint_summary", files=len(reports), errors=len(errors), warnings=len(diags) - len(errors))
              .text(args.lang), file=sys.stderr)
    return 1 if errors else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from ..scenario.schema import SCHEMA

    json.dump(SCHEMA, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _timer_factor(name: str) -> float | None:
    return {"normal": 1.0, "extended": 2.0, "off": None}[name]


def _cmd_play(args: argparse.Namespace) -> int:
    from ..encounter.engine import Encounter
    from ..encounter.scoring import debrief
    from ..scenario.load import load_scenario
    from .terminal import play_interactive

    sc = load_scenario(args.scenario)
    enc = Encounter(sc, mode=args.mode, timer_factor=_timer_factor(args.timers))
    if args.choices is None:
        return play_interactive(enc, args.lang)
    for token in [t for t in args.choices.split(",") if t.strip()]:
        enc.act(token)
    data = debrief(enc)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        from .terminal import print_debrief
        print_debrief(data, args.lang)
    return 0


def _cmd_walk(args: argparse.Namespace) -> int:
    from ..encounter.walk import walk
    from ..scenario.load import load_scenario

    rep = walk(load_scenario(args.scenario), args.runs, args.seed, _timer_factor(args.timers)).to_dict()
    if args.json:
        json.dump(rep, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"{rep['runs']} runs, seed {rep['seed']}")
        print(f"nodes visited:  {rep['nodes']['seen']}/{rep['nodes']['total']}")
        print(f"choices taken:  {rep['choices']['seen']}/{rep['choices']['total']}")
        for ending, n in rep["endings"].items():
            print(f"ending {ending}: {n}")
        if rep["score_range"]:
            print(f"overall score range: {rep['score_range'][0]}–{rep['score_range'][1]}")
        for name in ("unvisited_nodes", "untaken_choices"):
            if rep[name]:
                print(f"{name.replace('_', ' ')}: {', '.join(rep[name])}")
        for s in rep["stuck"]:
            print(f"STUCK run {s['run']} at '{s['node']}': {s['reason']}\n  actions: {','.join(s['actions'])}")
    return 1 if rep["stuck"] else 0


def _cmd_graph(args: argparse.Namespace) -> int:
    from ..scenario.graph import to_dot, to_mermaid
    from ..scenario.load import load_scenario

    sc = load_scenario(args.scenario)
    sys.stdout.write(to_dot(sc) if args.format == "dot" else to_mermaid(sc))
    return 0


def _cmd_test_plans(args: argparse.Namespace) -> int:
    from ..scenario.load import load_library
    from ..testplan import run_plan

    good, broken = load_library(args.scenarios)
    if args.only:   # other files may be mid-edit: only the named scenarios count
        broken = [r for r in broken if Path(r.path).stem in args.only]
    for r in broken:
        for d in r.errors[:3]:
            print(d.format())
    by_id = {s.id: s for s in good}
    plans = sorted(Path(args.plans or Path(args.scenarios) / "tests").glob("*.yaml"))
    if args.only:
        plans = [p for p in plans if p.stem in args.only]
    failed = 0
    for plan in plans:
        for res in run_plan(plan, by_id):
            print(f"{'ok  ' if res.ok else 'FAIL'} {plan.name}: {res.name}")
            for f in res.failures:
                print(f"     {f}")
            failed += not res.ok
    print(f"{len(plans)} plan(s), {failed} failing path(s)", file=sys.stderr)
    return 1 if failed or broken or not plans else 0


def _cmd_catalog(args: argparse.Namespace) -> int:
    from ..catalog import markdown
    from ..scenario.load import load_library

    good, broken = load_library(args.scenarios)
    for r in broken:
        for d in r.errors[:3]:
            print(d.format(), file=sys.stderr)
    sys.stdout.write(markdown(good))
    return 1 if broken else 0


def _cmd_sounds(args: argparse.Namespace) -> int:
    """The sound catalog; or, for a scenario, what is heard at each step of a path; --render
    renders the scenario's sounds (or all) into the cache and says how long it took."""
    import time

    from ..audio import catalog

    if args.scenario is None and not args.render:
        sys.stdout.write(catalog.markdown())
        return 0
    sc = None
    if args.scenario is not None:
        from ..scenario.load import load_scenario

        sc = load_scenario(args.scenario)
    if args.render:
        from .. import paths
        from ..audio.cache import SoundCache
        from ..audio.mix import LEVELS
        from ..audio.state import sounds_used

        base = paths.data_dir()
        folder = Path(args.cache) if args.cache else (paths.sound_cache_dir(base) if base else None)
        if folder is None:
            raise LagaffektivError("give a cache folder with --cache (or --portable, or LAGAFFEKTIV_DATA)")
        cache = SoundCache(folder)
        wanted = [(catalog.resolve(i, sc.sounds), lv) for i, lv in sounds_used(sc)] if sc else \
            [(catalog.resolve(i), lv) for i, x in catalog.SOUNDS.items()
             for lv in (range(LEVELS) if x.kind == "ambient" else [None])]
        t0 = time.perf_counter()
        for sound, level in wanted:
            cache.for_sound(sound, level or 0)
        print(f"{len(wanted)} sound file(s) in {folder}: {cache.renders} rendered, "
              f"{len(wanted) - cache.renders} from the cache, {time.perf_counter() - t0:.2f} s")
        return 0
    from ..audio.state import sound_state
    from ..encounter.engine import Encounter

    enc = Encounter(sc, timer_factor=_timer_factor("normal"))
    tokens = [t.strip() for t in (args.choices or "").split(",") if t.strip()]
    for i in range(len(tokens) + 1):
        if i:
            enc.act(tokens[i - 1])
        st = sound_state(enc)
        amb = f"{st.ambient_id} (intensity {st.intensity:.2f}, level {st.level})" if st.ambient else "-"
        print(f"{enc.node_id}: ambience {amb}; cues {', '.join(c.id for c in st.cues) or '-'}")
        for caption in st.captions(args.lang):
            print(f"    {caption}")
    return 0


def _packs_root(args: argparse.Namespace) -> Path:
    """--packs-dir, or <data folder>/packs (LAGAFFEKTIV_DATA, portable mode, or the platform's folder)."""
    if getattr(args, "packs_dir", None):
        return Path(args.packs_dir)
    from .. import paths

    base = paths.data_dir()
    if base is not None:
        return paths.packs_dir(base)
    try:
        from ..app.storage import packs_dir
    except ImportError as exc:
        raise LagaffektivError(f"the data folder cannot be found without Qt ({exc}); "
                               "give one with --packs-dir or --portable") from None
    return packs_dir()


def _cmd_import(args: argparse.Namespace) -> int:
    from ..packs import import_pack

    root = _packs_root(args)
    report = import_pack(args.pack, root, bundled=Path(args.scenarios), replace=args.replace)
    for line in report.lines(args.lang):
        print(line, file=sys.stdout if report.accepted else sys.stderr)
    return 0 if report.accepted else 1


def _cmd_export_pack(args: argparse.Namespace) -> int:
    from ..packs import export_pack, library_folders

    out = Path(args.output)
    if out.suffix.lower() != ".zip":
        raise LagaffektivError(f"the pack must be a .zip file: '{out}'")
    root = None if args.bundled_only else _packs_root(args)
    rep = export_pack(args.ids, library_folders(Path(args.scenarios), root), out)
    print(f"wrote {rep.out}: {len(rep.scenarios)} scenario(s), {len(rep.files)} file(s)")
    for name in rep.files:
        print(f"  {name}")
    return 0


def _cmd_workshop_summary(args: argparse.Namespace) -> int:
    from ..packs import library_folders, load_libraries
    from ..workshop import Workshop, WorkshopError, summary_html, team_debrief

    path = Path(args.saved)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WorkshopError(f"{path}: not a readable saved workshop ({exc})") from None
    # The library as the app sees it: bundled scenarios and imported packs (an update replaces a bundled one).
    good, _broken = load_libraries(library_folders(Path(args.scenarios), _packs_root(args)))
    wanted = data.get("scenario") if isinstance(data, dict) else None
    scenario = next((sc for sc in good if sc.id == wanted), None)
    if scenario is None:
        raise WorkshopError(f"{path}: the scenario '{wanted}' is neither in {args.scenarios} nor in an imported "
                            "pack (give --scenarios or --packs-dir)")
    ws = Workshop.from_dict(scenario, data)
    sys.stdout.write(summary_html(team_debrief(ws), args.summary_lang or args.lang or ws.config.lang))
    return 0


def _cmd_self_test(args: argparse.Namespace) -> int:
    from ..selftest import run as self_test

    return self_test(Path(args.scenarios))


def _cmd_app(args: argparse.Namespace) -> int:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        # Qt would abort with a fatal "could not connect to display" and a core dump.
        print("The window cannot open: no display was found (DISPLAY and WAYLAND_DISPLAY are unset). "
              "Start lagaffektiv from a desktop session.", file=sys.stderr)
        return 1
    try:
        from ..app.main import run
    except ImportError as exc:
        print(f"The window cannot open: Qt could not be loaded ({exc}). The Makefile's 'make run' installs "
              "what it needs; see README.md for the system libraries Qt uses.", file=sys.stderr)
        return EXIT_INTERNAL
    return run(Path(args.scenarios), lang=args.lang)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lagaffektiv", description="Practise meeting aggressive patients and "
                                "companions the low-affective way. Without a command the app opens.")
    p.add_argument("--scenarios", default=str(bundled_scenarios()), help="folder of scenarios for the app")
    p.add_argument("--lang", choices=("sv", "en"), default=None,
                   help="language of the app (default: the one chosen in its settings, Swedish at first)")
    p.add_argument("--portable", action="store_true",
                   help="keep all data (history, settings, scenario packs) in lagaffektiv-data/ next to the "
                        "program, e.g. on a USB stick (also on when a file portable.txt sits there)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation without opening a window; exit 0 when all is well")
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("lint", help="check scenario files and folders")
    s.add_argument("paths", nargs="+")
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.add_argument("--lang", choices=("sv", "en"), default="en",
                   help="language of the messages (default: English; codes and positions are the same)")
    s.set_defaults(func=_cmd_lint)

    s = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    s.set_defaults(func=_cmd_schema)

    s = sub.add_parser("play", help="play a scenario in the terminal, or a scripted path with --choices")
    s.add_argument("scenario")
    s.add_argument("--choices", help="comma-separated actions: choice ids, !timeout, @x:y, answer ids a+b, >")
    s.add_argument("--json", action="store_true", help="print the debrief data as JSON")
    s.add_argument("--mode", choices=("practice", "assessment"), default="practice")
    s.add_argument("--timers", choices=("normal", "extended", "off"), default="normal")
    s.add_argument("--lang", choices=("sv", "en"), default="sv")
    s.set_defaults(func=_cmd_play)

    s = sub.add_parser("walk", help="seeded random walks: coverage and stuck runs")
    s.add_argument("scenario")
    s.add_argument("--runs", type=int, default=200)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--timers", choices=("normal", "extended", "off"), default="normal")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_cmd_walk)

    s = sub.add_parser("graph", help="print the scenario graph")
    s.add_argument("scenario")
    s.add_argument("--format", choices=("dot", "mermaid"), default="dot")
    s.set_defaults(func=_cmd_graph)

    s = sub.add_parser("catalog", help="print the library table (docs/scenarios.md) as Markdown")
    s.add_argument("scenarios", nargs="?", default=str(bundled_scenarios()))
    s.set_defaults(func=_cmd_catalog)

    s = sub.add_parser("sounds", help="list the built-in sounds, or show what a scenario sounds like step by step")
    s.add_argument("scenario", nargs="?", help="a scenario file: print the ambience, cues and captions of each step")
    s.add_argument("--choices", help="the path to follow, as for 'play --choices'")
    s.add_argument("--lang", choices=("sv", "en"), default="sv")
    s.add_argument("--render", action="store_true", help="render the scenario's sounds (or all) into the cache")
    s.add_argument("--cache", help="the cache folder for --render (default: cache/sounds in the data folder)")
    s.set_defaults(func=_cmd_sounds)

    s = sub.add_parser("test-plans", help="run the scenarios' test plans")
    s.add_argument("scenarios", nargs="?", default=str(bundled_scenarios()))
    s.add_argument("--plans", help="folder of plans (default: SCENARIOS/tests)")
    s.add_argument("--only", action="append", metavar="ID", help="run only the plan of this scenario id (repeatable)")
    s.set_defaults(func=_cmd_test_plans)

    s = sub.add_parser("import", help="import a scenario pack (a folder or .zip) after checking it")
    s.add_argument("pack", help="the pack: a folder or a .zip file")
    s.add_argument("--replace", action="store_true",
                   help="take the pack's scenarios even where they update ones already in the library")
    s.add_argument("--packs-dir", help="where packs are kept (default: the packs folder in the data folder)")
    s.add_argument("--lang", choices=("sv", "en"), default="en", help="language of the outcome (default: English)")
    s.set_defaults(func=_cmd_import)

    s = sub.add_parser("export-pack", help="write scenarios, their test plans and images to a .zip pack")
    s.add_argument("ids", nargs="+", metavar="ID", help="scenario ids")
    s.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    s.add_argument("--packs-dir", help="where imported packs are kept (default: the packs folder in the data folder)")
    s.add_argument("--bundled-only", action="store_true", help="look only in the bundled scenarios")
    s.set_defaults(func=_cmd_export_pack)

    s = sub.add_parser("workshop-summary", help="write a saved workshop's team summary as HTML to stdout")
    s.add_argument("saved", help="a saved workshop (<data folder>/workshops/<id>.json)")
    s.add_argument("--lang", dest="summary_lang", choices=("sv", "en"), default=None,
                   help="language of the summary (default: the workshop's own)")
    s.add_argument("--packs-dir", help="where imported packs are kept (default: the packs folder in the data folder)")
    s.set_defaults(func=_cmd_workshop_summary)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .. import paths

    paths.set_portable(args.portable)
    func = _cmd_self_test if args.self_test else getattr(args, "func", _cmd_app)
    try:
        return func(args)
    except ScenarioError as exc:
        for d in exc.diagnostics:
            print(d.format(), file=sys.stderr)
        return 1
    except LagaffektivError as exc:
        print(f"lagaffektiv: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the user gets one line, developers the traceback
        if os.environ.get("LAGAFFEKTIV_DEBUG"):
            traceback.print_exc()
        else:
            print(f"lagaffektiv: internal error ({type(exc).__name__}: {exc}). "
                  "Run with LAGAFFEKTIV_DEBUG=1 for details and report it.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
