"""The app's main window and ``run()``, which ``lagaffektiv`` (no sub-command) calls."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import text as t
from . import theme
from .assets import app_icon, install_fonts
from .errors import make_excepthook
from .i18n import install_qt_translations
from .settings import load as load_settings
from .storage import settings_store
from .window import MainWindow

log = logging.getLogger(__name__)

EXIT_INTERNAL = 3
BENCH_ENV = "LAGAFFEKTIV_BENCH_EXIT"
BENCH_T0_ENV = "LAGAFFEKTIV_BENCH_T0"  # time.monotonic() in the parent at spawn
BENCH_MARK = "LAGAFFEKTIV_BENCH"

def default_size(app: QApplication) -> tuple[int, int]:
    """A comfortable first size that still fits a 1366 × 768 screen with its task bar."""
    screen = app.primaryScreen()
    if screen is None:
        return 1280, 720
    avail = screen.availableGeometry()
    return min(1280, avail.width()), min(760, avail.height())


# -- benchmark support ------------------------------------------------------------------------

def _bench_idle(app: QApplication, window: MainWindow) -> None:
    """Print when the event loop first runs after show(), and quit (benchmarks/run.py).

    time.monotonic() is one system-wide clock on Linux, so the parent can subtract the
    timestamp it took at spawn (passed as LAGAFFEKTIV_BENCH_T0) from the one printed here.
    """
    try:
        import resource  # Unix only; the benchmark runs on Linux
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        rss = -1
    now = time.monotonic()
    line = f"{BENCH_MARK} idle={now:.6f} maxrss_kb={rss}"
    t0 = os.environ.get(BENCH_T0_ENV)
    if t0:
        line += f" elapsed_ms={(now - float(t0)) * 1000:.1f}"
    print(line, flush=True)
    window.load()

    def ready() -> None:
        print(f"{BENCH_MARK}_READY ready={time.monotonic():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)


def _after_first_paint(window: MainWindow) -> None:
    """Read the library, open the history, say what went wrong with it, offer to resume."""
    from ..packs import remove_leftovers
    from .storage import open_history, packs_dir

    try:   # staging folders of an import that was interrupted (power cut, killed app)
        remove_leftovers(packs_dir())
    except OSError:
        log.warning("could not tidy the packs folder", exc_info=True)
    window.load()
    history, error, moved = open_history()
    window.history = history
    window.show_library()                       # now with the best results
    lang = window.lang
    if error:
        box = QMessageBox(QMessageBox.Icon.Warning, t.ui(lang, "history_title"),
                          t.ui(lang, "history_unavailable", reason=error), parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    if moved:
        box = QMessageBox(QMessageBox.Icon.Information, t.ui(lang, "history_title"),
                          t.ui(lang, "history_moved", path=moved), parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    window.offer_resume()


def run(scenarios_folder: Path, lang: str | None = None) -> int:
    """Open the main window on ``scenarios_folder`` and run the event loop; the exit code."""
    if not logging.getLogger().handlers:
        level = logging.DEBUG if os.environ.get("LAGAFFEKTIV_DEBUG") else logging.WARNING
        logging.basicConfig(level=level, format="lagaffektiv: %(levelname)s: %(message)s")
    hook = make_excepthook(lang or "sv")
    previous = sys.excepthook
    sys.excepthook = hook  # also catches exceptions raised in Qt slots
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("lagaffektiv")
        app.setOrganizationName("lagaffektiv")
        install_fonts(app)
        app.setWindowIcon(app_icon())
        app.setDesktopFileName("lagaffektiv")   # Wayland takes the icon from lagaffektiv.desktop
        settings = load_settings(settings_store())
        lang = lang if lang in ("sv", "en") else settings.language
        install_qt_translations(app, lang)
        try:
            theme.apply(app, high_contrast=settings.high_contrast, text_scale=settings.text_scale)
            window = MainWindow([], [], lang, Path(scenarios_folder), True, loading=True, mode=settings.mode,
                                timer_factor=settings.timer_factor, hide_state=settings.hide_state,
                                settings=settings)
            window.resize(*default_size(app))
            window.show()
        except Exception:  # noqa: BLE001 - shown to the user, not lost in a console
            hook(*sys.exc_info())
            return EXIT_INTERNAL
        if os.environ.get(BENCH_ENV) == "1":
            QTimer.singleShot(0, lambda: _bench_idle(app, window))
        else:
            QTimer.singleShot(0, lambda: _after_first_paint(window))   # errors reach the excepthook's dialog
        return app.exec()
    finally:
        sys.excepthook = previous
