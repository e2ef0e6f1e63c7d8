"""Render the app's windows to PNG files for review: python scripts/screenshots.py OUTDIR

Uses the offscreen Qt platform (unless QT_QPA_PLATFORM says otherwise) and the same start-up
as the app (bundled font, window at 1366 × 768, the size of a common clinic laptop). Writes,
in Swedish and English:

  main-LANG.png          the library of the bundled scenarios folder
  main-broken-LANG.png   a library with broken files (test fixture + two broken files)
  main-missing-LANG.png  the empty state for a scenarios folder that does not exist

The play view, on the bundled scenario ed_waiting_room_long_wait, window 1366 × 768:

  play-choice-LANG.png        a timed decision with the state indicator and the countdown
  play-positioning-LANG.png   the floor plan during a positioning decision (marker moved)
  play-placed-LANG.png        the engine's feedback on a placement that blocks a way out
  play-triage-LANG.png        the second room: a positioning decision in the triage room
  play-checkpoint-LANG.png    a knowledge checkpoint

The debrief view, after the "classic mistakes" path of ed_waiting_room_long_wait (a mixed
result), window 1366 × 768:

  debrief-reactions-LANG.png  stage 1: how are you feeling, and the learner's own rating
  debrief-top-LANG.png        stage 2 at the top: the ending and the start of the curve
  debrief-curve-LANG.png      stage 2 scrolled to the arousal curve
  debrief-scores-LANG.png     stage 2 scrolled to the results per principle (with disagreements)
  debrief-LANG.pdf            the PDF export, and debrief-pdf-LANG-N.png of its first pages when
                              pdftoppm (poppler-utils) is installed

The history view with six exercises really played (test-plan paths of three bundled scenarios,
dates spread out for the picture), and the library with filters set, 1366 × 768:

  history-LANG.png            the finished exercises and the overall result over time
  history-principle-LANG.png  the same, the chart showing one principle (Own calm)
  library-filtered-LANG.png   the library filtered to dental clinic, intermediate level

Workshop mode at 1920 × 1080 and 1280 × 720 (render_workshop): the projected view at a vote
with the distribution showing, the presenter view, the one-screen layout with the panel open,
and the team debrief.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.app.main import MainWindow  # noqa: E402
from lagaffektiv.cli.main import bundled_scenarios  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
LANGS = ("sv", "en")


def shooter(app: QApplication, outdir: Path, written: list[Path]):
    """shot(widget, name): settle pending layout, grab the widget into outdir/name, remember the file."""
    def shot(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        out = outdir / name
        if not widget.grab().save(str(out)):
            raise OSError(f"could not write {out}")
        written.append(out)
    return shot


def render(app: QApplication, folder: Path, lang: str, out: Path) -> Path:
    window = MainWindow.from_folder(folder, lang)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    window.close()
    window.deleteLater()
    app.processEvents()
    return out


# -- the play view ---------------------------------------------------------------------------------
PLAY_SCENARIO = "ed_waiting_room_long_wait.yaml"
EXPERT = [">", "approach_calmly", "@6.9:1.6", "reflect_feelings", "retriage_now", "ask_colleague"]
PLAY_SHOTS = {
    # name: (actions before the shot, where to move the marker, a placement to take, seconds run off the clock)
    "play-choice": ([">"], None, None, 7),
    "play-positioning": ([">", "approach_calmly"], (6.9, 1.6), None, 0),
    "play-placed": ([">", "approach_calmly"], None, (1.0, 4.2), 0),
    "play-triage": (EXPERT, (0.6, 1.5), None, 0),
    "play-checkpoint": (EXPERT + ["@0.6:1.5", "clear_plan", ">"], None, None, 0),
}


def render_play(app: QApplication, name: str, lang: str, out: Path) -> Path:
    from lagaffektiv.app.play import PlayView
    from lagaffektiv.scenario.load import load_scenario
    from lagaffektiv.session import PracticeSession

    actions, marker, placement, run_off = PLAY_SHOTS[name]
    session = PracticeSession.start(load_scenario(bundled_scenarios() / PLAY_SCENARIO), None)
    for token in actions:
        session.act(token)
    now = [0.0]
    view = PlayView(lang, clock=lambda: now[0])   # a frozen clock: the countdown shows a stable time
    view.resize(*SIZE)
    view.show()
    view.start(session)
    app.processEvents()
    if run_off:
        view.countdown.tick(run_off * 1000)
    if marker:
        view.plan.move_learner(*marker)
    if placement:
        view.place(*placement)
    app.processEvents()
    if not view.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    view.close()
    view.deleteLater()
    app.processEvents()
    return out


# -- the debrief view -------------------------------------------------------------------------------
DEBRIEF_PATH = "classic mistakes"   # from scenarios/tests/ed_waiting_room_long_wait.yaml
DEBRIEF_RATINGS = {"own_calm": "plus", "listen": "plus", "exits": "delta", "safety": "unsure"}
DEBRIEF_REACTION = {"sv": "Hjärtat slog hårt när han kom närmare. Lite skakig fortfarande.",
                    "en": "My heart was pounding when he came closer. Still a bit shaky."}


def render_debrief(app: QApplication, outdir: Path) -> list[Path]:
    import yaml

    from lagaffektiv.app.debrief import DebriefView
    from lagaffektiv.scenario.load import load_scenario
    from lagaffektiv.session import PracticeSession

    plans = yaml.safe_load((REPO / "scenarios" / "tests" / PLAY_SCENARIO).read_text(encoding="utf-8"))["paths"]
    session = PracticeSession.start(load_scenario(bundled_scenarios() / PLAY_SCENARIO), None)
    for token in next(p for p in plans if p["name"] == DEBRIEF_PATH)["actions"]:
        session.act(str(token))
    written = []

    shot = shooter(app, outdir, written)

    for lang in LANGS:
        view = DebriefView()
        view.resize(*SIZE)
        view.show()
        view.show_debrief(session.debrief, lang, reaction=DEBRIEF_REACTION[lang], self_ratings=DEBRIEF_RATINGS)
        shot(view, f"debrief-reactions-{lang}.png")
        view.show_results()
        shot(view, f"debrief-top-{lang}.png")
        for name, widget in (("curve", view.curve), ("scores", view.sections[2])):
            app.processEvents()
            view.scroll.verticalScrollBar().setValue(widget.mapTo(view.body, widget.rect().topLeft()).y() - 16)
            shot(view, f"debrief-{name}-{lang}.png")
        pdf = view.export_pdf(outdir / f"debrief-{lang}.pdf")
        written.append(pdf)
        if shutil.which("pdftoppm"):
            import subprocess

            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "3", str(pdf),
                            str(outdir / f"debrief-pdf-{lang}")], check=True, timeout=120)
            written.extend(sorted(outdir.glob(f"debrief-pdf-{lang}-*.png")))
        view.close()
        view.deleteLater()
        app.processEvents()
    return written


# -- the history view and the library filters ---------------------------------------------------------
HISTORY_GAMES = [("ed_waiting_room_long_wait", "classic mistakes"), ("dental_chair_threat", "classic mistakes"),
                 ("ed_waiting_room_long_wait", "crisis handled with withdrawal and the alarm"),
                 ("dental_father_forces_in", "classic mistakes"), ("ed_waiting_room_long_wait", "expert"),
                 ("dental_chair_threat", "expert")]
LIBRARY_FILTERS = {"setting": "dental_clinic", "difficulty": "intermediate"}


def render_history_and_filters(app: QApplication, outdir: Path) -> list[Path]:
    import yaml

    from lagaffektiv.app.history_view import HistoryView
    from lagaffektiv.history import History
    from lagaffektiv.scenario.load import load_scenario
    from lagaffektiv.session import PracticeSession

    folder = bundled_scenarios()
    written = []

    shot = shooter(app, outdir, written)

    with tempfile.TemporaryDirectory(prefix="lagaffektiv-history-") as tmp, History.open(Path(tmp) / "h.db") as h:
        for scenario_id, path_name in HISTORY_GAMES:
            plans = yaml.safe_load((folder / "tests" / f"{scenario_id}.yaml").read_text(encoding="utf-8"))["paths"]
            session = PracticeSession.start(load_scenario(folder / f"{scenario_id}.yaml"), h)
            for token in next(p for p in plans if p["name"] == path_name)["actions"]:
                session.act(str(token))
        # Played a second apart, they would all have today's date: spread them over a month for the picture.
        for i, row in enumerate(h.finished()):
            h.conn.execute("UPDATE encounter SET finished_at = ? WHERE id = ?",
                           (f"2025-03-{3 + 4 * i:02d}T13:{10 + i}:00+00:00", row["id"]))
        for lang in LANGS:
            view = HistoryView(lang)
            view.resize(*SIZE)
            view.show()
            view.show_history(h, lang)
            shot(view, f"history-{lang}.png")
            view.select_series("own_calm")
            shot(view, f"history-principle-{lang}.png")
            view.close()
            view.deleteLater()
            app.processEvents()

    for lang in LANGS:
        window = MainWindow.from_folder(folder, lang)
        window.resize(*SIZE)
        window.show()
        window.library.set_filter_state(LIBRARY_FILTERS)
        shot(window, f"library-filtered-{lang}.png")
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def render_window_and_settings(app: QApplication, outdir: Path) -> list[Path]:
    """The whole window on the play page (top bar and navigation included), the settings dialog,
    and the library in high contrast at 150 % text."""
    from lagaffektiv.app import theme
    from lagaffektiv.app.settings import Settings
    from lagaffektiv.app.settings_dialog import SettingsDialog
    from lagaffektiv.app.window import MainWindow

    written = []
    for lang in LANGS:
        window = MainWindow([], [], lang, bundled_scenarios(), True, loading=True, settings=Settings(language=lang))
        window.resize(1366, 768)
        window.show()
        window.load()
        window.start_scenario("dental_chair_threat")
        app.processEvents()
        written.append(outdir / f"window-play-{lang}.png")
        window.grab().save(str(written[-1]))
        dialog = SettingsDialog(Settings(language=lang), window)
        dialog.show()
        app.processEvents()
        written.append(outdir / f"settings-{lang}.png")
        dialog.grab().save(str(written[-1]))
        dialog.close()
        window.close()
    theme.apply(app, high_contrast=True, text_scale=1.5)
    try:
        window = MainWindow([], [], "sv", bundled_scenarios(), True, loading=True,
                            settings=Settings(high_contrast=True, text_scale=1.5))
        window.resize(1366, 768)
        window.show()
        window.load()
        app.processEvents()
        written.append(outdir / "library-high-contrast-sv.png")
        window.grab().save(str(written[-1]))
        window.close()
    finally:
        theme.apply(app, high_contrast=False, text_scale=1.0)
    return written


# -- workshop mode -----------------------------------------------------------------------------------
WORKSHOP_SIZES = ((1920, 1080), (1280, 720))
WORKSHOP_VOTES = (9, 4, 2)    # at the first timed decision of ed_waiting_room_long_wait


def render_workshop(app: QApplication, outdir: Path) -> list[Path]:
    """workshop-projected-WxH-LANG.png (the projected view at a vote), workshop-presenter-WxH-LANG.png
    (the presenter panel of the two-screen layout), workshop-onescreen-WxH-LANG.png (one screen, the
    panel open) and workshop-debrief-WxH-LANG.png (the team debrief after the expert path)."""
    from lagaffektiv.app.workshop.page import WorkshopPage
    from lagaffektiv.app.workshop.team_debrief import TeamDebriefView
    from lagaffektiv.scenario.load import load_scenario
    from lagaffektiv.workshop import Workshop, WorkshopConfig, WorkshopStore, team_debrief

    scenario = load_scenario(bundled_scenarios() / PLAY_SCENARIO)
    written = []

    shot = shooter(app, outdir, written)

    with tempfile.TemporaryDirectory(prefix="lagaffektiv-ws-") as tmp:
        store = WorkshopStore(Path(tmp))
        for lang in LANGS:
            for w, h in WORKSHOP_SIZES:
                for screens in (2, 1):
                    ws = Workshop.new(scenario, WorkshopConfig(scenario.id, lang=lang))
                    ws.proceed()
                    for (oid, _), n in zip(ws.options, WORKSHOP_VOTES):
                        ws.set_vote(oid, n)
                    now = [0.0]
                    page = WorkshopPage(ws, store, lang, screens=screens, clock=lambda: now[0])
                    page.select(1)
                    if screens == 2:
                        page.resize(w, h)
                        page.show()
                        page.window_out.resize(w, h)
                        page.window_out.show()
                        shot(page.window_out, f"workshop-projected-{w}x{h}-{lang}.png")
                        shot(page, f"workshop-presenter-{w}x{h}-{lang}.png")
                        page.close_projected()
                        page.window_out.deleteLater()
                    else:
                        page.resize(w, h)
                        page.show()
                        page.toggle_panel()
                        shot(page, f"workshop-onescreen-{w}x{h}-{lang}.png")
                    page.close()
                    page.deleteLater()
                    app.processEvents()
                ws = Workshop.new(scenario, WorkshopConfig(scenario.id, lang=lang))
                for token in EXPERT + ["@0.6:1.5", "clear_plan", ">", "ask_anita", "hold_limit_warmly"]:
                    if token == ">":
                        ws.proceed()
                    elif token.startswith("@"):
                        ws.place(*(float(v) for v in token[1:].split(":")))
                    else:
                        ws.set_vote(token, 8)
                        other = next(o for o, _ in ws.options if o != token)
                        ws.set_vote(other, 3)
                        ws.decide()
                view = TeamDebriefView()
                view.resize(w, h)
                view.show()
                view.show_debrief(team_debrief(ws), lang)
                app.processEvents()
                path_heading = next(lbl for lbl in view.body.findChildren(type(view.status))
                                    if lbl.objectName() == "wsSub")
                view.scroll.verticalScrollBar().setValue(path_heading.y() + 200)
                shot(view, f"workshop-debrief-{w}x{h}-{lang}.png")
                view.close()
                view.deleteLater()
                app.processEvents()
    return written


def broken_library(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "tests" / "fixtures" / "minimal.yaml", folder / "minimal.yaml")
    (folder / "syntax.yaml").write_text("format: 1\nid: [oops\n", encoding="utf-8")
    (folder / "incomplete.yaml").write_text(
        "format: 1\nid: incomplete\nrevision: 1\ntitle: {sv: Halvfärdig}\nsetting: emergency_room\n",
        encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts(app)
    written = []
    with tempfile.TemporaryDirectory(prefix="lagaffektiv-shots-") as tmp:
        folders = {"main": bundled_scenarios(), "main-broken": broken_library(Path(tmp) / "scenarios"),
                   "main-missing": Path(tmp) / "no-such-folder"}
        for name, folder in folders.items():
            for lang in LANGS:
                written.append(render(app, folder, lang, outdir / f"{name}-{lang}.png"))
    for name in PLAY_SHOTS:
        for lang in LANGS:
            written.append(render_play(app, name, lang, outdir / f"{name}-{lang}.png"))
    written.extend(render_debrief(app, outdir))
    written.extend(render_history_and_filters(app, outdir))
    written.extend(render_window_and_settings(app, outdir))
    written.extend(render_workshop(app, outdir))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
