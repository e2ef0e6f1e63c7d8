"""The high-contrast setting reaches every view: with it on, each view (the library in the main window,
play, the debrief's two stages, the history) renders mostly dark at 1366×768; with the standard theme
the same view renders mostly light, so the check can fail."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from lagaffektiv.app import theme  # noqa: E402
from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.history import History  # noqa: E402
from lagaffektiv.session import PracticeSession  # noqa: E402

from conftest import FIXTURES  # noqa: E402

SIZE = (1366, 768)
DARK = 60          # HSL lightness (0–255) below which a pixel counts as dark
LIGHT = 190        # and above which it counts as light
SHARE = 0.70       # the share of sampled pixels that must be dark (high contrast) or light (standard)
PLAYED = ["calm", "@0.5:0.5", "no"]   # minimal.yaml to its end: a choice, a placement, a checkpoint


@pytest.fixture(params=[True, False], ids=["high_contrast", "standard"])
def high_contrast(request, qapp):
    """The theme for the test, set before the view is built; the standard theme is always restored."""
    install_fonts(qapp)
    theme.apply(qapp, high_contrast=request.param, text_scale=1.0)
    try:
        yield request.param
    finally:
        theme.apply(qapp, high_contrast=False, text_scale=1.0)


def shown(qtbot, widget: QWidget) -> QImage:
    """``widget`` at 1366×768, shown and laid out, as a picture."""
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert image.width() >= SIZE[0] * 0.95 and image.height() >= SIZE[1] * 0.95, (image.width(), image.height())
    return image


def shares(image: QImage, step: int = 4) -> tuple[float, float]:
    """(dark share, light share) of a grid of pixels."""
    dark = light = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            lightness = QColor(image.pixel(x, y)).lightness()
            dark += lightness < DARK
            light += lightness > LIGHT
            total += 1
    return dark / total, light / total


def check(image: QImage, high_contrast: bool, what: str, tmp_path) -> None:
    dark, light = shares(image)
    picture = tmp_path / f"{what}-{'high_contrast' if high_contrast else 'standard'}.png"
    image.save(str(picture))
    if high_contrast:
        assert dark >= SHARE, f"{what} in high contrast is only {dark:.0%} dark (see {picture})"
    else:
        assert light >= SHARE, f"{what} in the standard theme is only {light:.0%} light (see {picture})"


def finished(scenario, history: History | None = None) -> PracticeSession:
    session = PracticeSession.start(scenario, history)
    for token in PLAYED:
        session.act(token)
    assert session.encounter.finished
    return session


def test_library(high_contrast, qtbot, tmp_path):
    from lagaffektiv.app.window import MainWindow

    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(FIXTURES / "minimal.yaml", folder)
    window = MainWindow([], [], "sv", folder, True, loading=True)
    qtbot.addWidget(window)
    window.load()
    assert window.scenarios and window.pages.currentWidget() is window.library
    check(shown(qtbot, window), high_contrast, "library", tmp_path)


def test_play(high_contrast, minimal, qtbot, tmp_path):
    from lagaffektiv.app.play import PlayView

    view = PlayView("sv")
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.start(PracticeSession.start(minimal, None))
    check(shown(qtbot, view), high_contrast, "play", tmp_path)


@pytest.mark.parametrize("stage", [1, 2])
def test_debrief(high_contrast, stage, minimal, qtbot, tmp_path):
    from lagaffektiv.app.debrief import DebriefView

    debrief = finished(minimal).debrief
    view = DebriefView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.show_debrief(debrief, "sv", reaction="Lite skakig", self_ratings={"own_calm": "delta"})
    if stage == 2:
        view.show_results()
        assert view.sections and view.curve.isVisible()
    assert view.stage == stage
    check(shown(qtbot, view), high_contrast, f"debrief-{stage}", tmp_path)


def test_debrief_of_a_long_encounter(high_contrast, qtbot, tmp_path):
    """Stage 2 of a real long debrief (curve with two people, many results, a disagreement), at the
    place of the curve and of the results."""
    from conftest import SCENARIOS

    from lagaffektiv.app.debrief import DebriefView
    from lagaffektiv.scenario.load import load_scenario

    import yaml

    scenario = load_scenario(SCENARIOS / "ed_waiting_room_long_wait.yaml")
    plans = yaml.safe_load((SCENARIOS / "tests" / "ed_waiting_room_long_wait.yaml").read_text(encoding="utf-8"))
    session = PracticeSession.start(scenario, None)
    for token in next(p for p in plans["paths"] if p["name"] == "classic mistakes")["actions"]:
        session.act(str(token))
    view = DebriefView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    view.show_debrief(session.debrief, "sv", self_ratings={"own_calm": "plus"})
    view.show_results()
    check(shown(qtbot, view), high_contrast, "debrief-long", tmp_path)
    for part in (view.curve, view.score_chart):
        view.scroll.ensureWidgetVisible(part, 0, 0)
        check(shown(qtbot, view), high_contrast, f"debrief-long-{part.objectName()}", tmp_path)


def test_history(high_contrast, minimal, qtbot, tmp_path):
    from lagaffektiv.app.history_view import HistoryView

    with History.open(tmp_path / "history.db") as history:
        for _ in range(3):
            session = finished(minimal, history)
            assert session.saving, session.save_error
        view = HistoryView("sv")
        qtbot.addWidget(view)
        view.resize(*SIZE)
        view.show()
        view.show_history(history, "sv")
        assert view.list.topLevelItemCount() == 3
        check(shown(qtbot, view), high_contrast, "history", tmp_path)
