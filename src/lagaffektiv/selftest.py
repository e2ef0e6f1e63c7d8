"""``lagaffektiv --self-test``: is this installation whole? Runs on a locked-down clinic PC.

No window is shown (Qt runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise), no
network is used and the learner's own data is never touched: the history written here lives in
a temporary folder that is deleted afterwards. One line per check, ✓ or ✗, and the exit code
says whether all passed. A failing check never stops the others and never shows a traceback.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

SCENARIO = "ed_waiting_room_long_wait"
EXIT_FAILED = 1


class CheckFailed(Exception):
    pass


def _say(line: str) -> None:
    try:
        print(line, flush=True)
    except UnicodeEncodeError:   # a Windows console without UTF-8
        print(line.replace("✓", "OK").replace("✗", "FAIL").encode("ascii", "replace").decode(), flush=True)


def _first_plan_path(folder: Path) -> list[str]:
    from .scenario.source import read_file

    src = read_file(folder / "tests" / f"{SCENARIO}.yaml")
    try:
        return [str(a) for a in src.data["paths"][0]["actions"]]
    except (TypeError, KeyError, IndexError):
        raise CheckFailed(f"the test plan of {SCENARIO} has no first path") from None


def run(scenarios: str | Path, out: Callable[[str], None] = _say) -> int:
    """Run every check on the bundled library ``scenarios``; 0 when all pass."""
    if not os.environ.get("QT_QPA_PLATFORM"):   # never a window, and no display needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(scenarios)
    results: list[bool] = []
    state: dict = {}
    with tempfile.TemporaryDirectory(prefix="lagaffektiv-selftest-") as tmp:
        tmp_path = Path(tmp)
        saved_env = os.environ.get("LAGAFFEKTIV_DATA")
        os.environ["LAGAFFEKTIV_DATA"] = str(tmp_path / "data")   # nothing may touch the learner's data
        try:
            def check(what: str, fn: Callable[[], str | None]) -> None:
                try:
                    detail = fn()
                except CheckFailed as exc:
                    out(f"✗ {exc}")
                    results.append(False)
                except Exception as exc:  # noqa: BLE001 - one line, the other checks go on
                    if os.environ.get("LAGAFFEKTIV_DEBUG"):
                        traceback.print_exc()
                    out(f"✗ {what}: {type(exc).__name__}: {exc}".splitlines()[0])
                    results.append(False)
                else:
                    out(f"✓ {what}" + (f" ({detail})" if detail else ""))
                    results.append(True)

            for what, fn in _checks(folder, tmp_path, state):
                check(what, fn)
        finally:
            for obj in state.get("cleanup", []):
                try:
                    obj()
                except Exception:  # noqa: BLE001 - best effort
                    pass
            if saved_env is None:
                os.environ.pop("LAGAFFEKTIV_DATA", None)
            else:
                os.environ["LAGAFFEKTIV_DATA"] = saved_env
    failed = results.count(False)
    if failed:
        out(f"self-test FAILED: {failed} of {len(results)} check(s) failed. Reinstall lagaffektiv or report "
            "the lines marked ✗ (run with LAGAFFEKTIV_DEBUG=1 for details).")
        return EXIT_FAILED
    out(f"self-test passed: {len(results)} checks")
    return 0


def _qt_check(name: str) -> Callable[[], str]:
    """A check that lives in the Qt layer (app/selftest_views.py), imported only when it runs."""
    def check() -> str:
        from .app import selftest_views

        return getattr(selftest_views, name)()
    return check


def _checks(folder: Path, tmp: Path, state: dict):
    cleanup: list = state.setdefault("cleanup", [])

    def lint() -> str:
        from .lint import lint_paths

        if not folder.is_dir():
            raise CheckFailed(f"the scenario library was not found at {folder}")
        reports = lint_paths([folder])
        bad = [r for r in reports if not r.ok]
        if bad:
            first = bad[0].errors[0].format() if bad[0].errors else bad[0].path
            raise CheckFailed(f"{len(bad)} of {len(reports)} scenario file(s) do not lint clean; first: {first}")
        state["scenarios"] = sorted((r.scenario for r in reports), key=lambda s: s.id)
        return f"{len(reports)} scenarios in {folder}"

    def library_cached() -> str:
        # The app lists its library through the lint cache; a bundle once had no sources to stamp it with.
        from .lint.cache import LintCache
        from .packs import load_libraries

        counts = []
        for _ in range(2):   # cold, then warm from what the first pass wrote
            scenarios, broken = load_libraries([folder], LintCache(tmp / "lint-cache"))
            if broken:
                raise CheckFailed(f"library: {len(broken)} file(s) refused when loaded as the app does")
            counts.append(len(scenarios))
        if counts[0] != counts[1] or counts[0] != len(state.get("scenarios", [])):
            raise CheckFailed(f"library: {counts[0]} scenarios cold, {counts[1]} warm")
        return f"{counts[1]} scenarios, cold and warm"

    def sound_render() -> str:
        from .audio.cache import SoundCache, valid

        cache = SoundCache(tmp / "sounds")
        path = cache.get("door_slam")
        if not valid(path):
            raise CheckFailed(f"sound: the rendered {path.name} is not a whole WAV file")
        return f"{path.name}, {path.stat().st_size // 1024} KiB"

    def history_open() -> str:
        from .history import History

        h = History.open(tmp / "history" / "history.db")
        state["history"] = h
        cleanup.append(h.close)
        return str(tmp / "history" / "history.db")

    def play() -> str:
        from .session import PracticeSession

        sc = next((s for s in state.get("scenarios", []) if s.id == SCENARIO), None)
        if sc is None:
            raise CheckFailed(f"play {SCENARIO}: the scenario is not in the library")
        actions = _first_plan_path(folder)
        session = PracticeSession.start(sc, state.get("history"))
        for token in actions:
            session.act(token)
        if not session.encounter.finished:
            raise CheckFailed(f"play {SCENARIO}: the first plan path stops at '{session.encounter.node_id}'")
        if session.save_error:
            raise CheckFailed(f"play {SCENARIO}: the history could not be written: {session.save_error}")
        state["session"] = session
        d = session.debrief
        state["debrief"] = d
        return f"{len(actions)} actions, ending '{d['ending']['node']}', overall {d['overall']}"

    def history_read() -> str:
        from .history import History

        h = state.get("history")
        if h is None or "session" not in state:
            raise CheckFailed("history: nothing was written (see above)")
        h.close()
        with History.open(tmp / "history" / "history.db") as again:
            rows = again.finished()
            best = again.best_overall()
            state["history"] = History.open(tmp / "history" / "history.db")
            cleanup.append(state["history"].close)
        if len(rows) != 1 or SCENARIO not in best:
            raise CheckFailed(f"history: wrote one finished exercise, read back {len(rows)}")
        return f"1 exercise written and read back, best {best[SCENARIO]}"

    def qt() -> str:
        from .app.selftest_views import start_qt

        app, font = start_qt()
        state["app"] = app
        return f"platform '{app.platformName()}'" + (f", font {font}" if font else "")

    def library_view() -> str:
        from .app.selftest_views import not_blank
        from .app.window import MainWindow

        w = MainWindow(state.get("scenarios", []), [], "sv", folder, True, history=state.get("history"))
        cleanup.append(w.deleteLater)
        w.resize(1280, 760)
        w.show()
        w.show_library()
        from .app.library import ScenarioEntry

        cards = len(w.library.findChildren(ScenarioEntry)) if w.library is not None else 0
        if cards != len(state.get("scenarios", [])) or not cards:
            raise CheckFailed(f"library view: {cards} scenario card(s) for {len(state.get('scenarios', []))} scenarios")
        return f"{cards} cards, " + not_blank(w, "library view")

    def play_view() -> str:
        from .app.selftest_views import not_blank
        from .app.play import PlayView
        from .session import PracticeSession

        sc = next(s for s in state.get("scenarios", []) if s.id == SCENARIO)
        v = PlayView("sv")
        cleanup.append(v.deleteLater)
        v.resize(1280, 760)
        v.show()
        v.start(PracticeSession.start(sc, None))
        return not_blank(v, "play view")

    def debrief_view() -> str:
        from .app.selftest_views import not_blank
        from .app.debrief.view import DebriefView

        if "debrief" not in state:
            raise CheckFailed("debrief view: no debrief to show (the play check failed)")
        v = DebriefView()
        cleanup.append(v.deleteLater)
        v.resize(1280, 760)
        v.show()
        v.show_debrief(state["debrief"], "sv")
        v.show_results()
        return not_blank(v, "debrief view")

    def history_view() -> str:
        from .app.selftest_views import not_blank
        from .app.history_view import HistoryView

        v = HistoryView("sv")
        cleanup.append(v.deleteLater)
        v.resize(1280, 760)
        v.show()
        v.show_history(state.get("history"), "sv")
        return not_blank(v, "history view")

    def workshop_views() -> str:
        from .app.selftest_views import not_blank
        from .app.workshop.page import WorkshopPage
        from .app.workshop.team_debrief import TeamDebriefView
        from .workshop import Workshop, WorkshopConfig, WorkshopStore, team_debrief

        sc = next(s for s in state.get("scenarios", []) if s.id == SCENARIO)
        ws = Workshop.new(sc, WorkshopConfig(sc.id))
        ws.proceed()
        ws.set_vote(ws.options[0][0], 3)
        page = WorkshopPage(ws, WorkshopStore(tmp / "workshops"), "sv", screens=1)
        cleanup.append(page.deleteLater)
        page.resize(1280, 720)
        page.show()
        page.toggle_panel()
        shown = not_blank(page, "workshop view")
        ws.decide()
        view = TeamDebriefView()
        cleanup.append(view.deleteLater)
        view.resize(1280, 720)
        view.show()
        view.show_debrief(team_debrief(ws), "sv")
        return shown + "; team debrief " + not_blank(view, "team debrief view")

    return [
        ("bundled scenarios lint clean", lint),
        ("the library loads as the app loads it (lint cache)", library_cached),
        ("a sound renders into a temporary cache (pydub)", sound_render),
        ("history database opens in a temporary folder", history_open),
        (f"{SCENARIO} plays to its debrief (first test-plan path)", play),
        ("history database reads back what was written", history_read),
        ("Qt starts without a display", qt),
        ("the app's Swedish words load", _qt_check("translations_load")),
        ("the app icon and the image readers (PNG, JPEG, SVG) are there", _qt_check("images_and_icon")),
        ("Qt Multimedia, if installed, has a sound backend", _qt_check("sound_backend")),
        ("library view renders", library_view),
        ("play view renders", play_view),
        ("debrief view renders", debrief_view),
        ("history view renders", history_view),
        ("workshop view and team debrief render", workshop_views),
    ]
