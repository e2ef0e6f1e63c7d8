"""The app's main window and ``run()``, which ``lagaffektiv`` (no sub-command) calls."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from typing import TYPE_CHECKING

from . import text as t
from .assets import install_fonts
from .library import LibraryView, plain_label, scaled_font

if TYPE_CHECKING:  # the core's loader is imported when the library is loaded, after the first paint
    from ..lint.runner import FileReport
    from ..scenario.model import Scenario

log = logging.getLogger(__name__)

EXIT_INTERNAL = 3
BENCH_ENV = "LAGAFFEKTIV_BENCH_EXIT"
BENCH_T0_ENV = "LAGAFFEKTIV_BENCH_T0"  # time.monotonic() in the parent at spawn
BENCH_MARK = "LAGAFFEKTIV_BENCH"

TOP_STYLE = """
#topBar { background: #1f3a5f; }
#appName { color: #ffffff; }
#appTagline { color: #dce6f2; }
#languageButton {
    color: #1f3a5f; background: #ffffff; border: 1px solid #ffffff; border-radius: 4px; padding: 5px 14px;
}
#languageButton:hover { background: #e6eef8; }
#languageButton:focus { border: 2px solid #f5c211; }
"""


def load_folder(folder: Path) -> tuple[list[Scenario], list[FileReport], bool]:
    """(scenarios, broken reports, folder exists); a missing folder is an empty library, not an error."""
    if not folder.exists():
        return [], [], False
    from ..scenario.load import load_library

    scenarios, broken = load_library(folder)
    return scenarios, broken, True


class MainWindow(QMainWindow):
    """The main window: a top bar with the language switch, and the scenario library."""

    def __init__(self, scenarios: Sequence[Scenario], broken: Sequence[FileReport], lang: str = "sv",
                 folder: Path | None = None, folder_exists: bool = True, parent: QWidget | None = None,
                 loading: bool = False):
        super().__init__(parent)
        self.loading = loading
        self.scenarios = list(scenarios)
        self.broken = list(broken)
        self.folder = folder
        self.folder_exists = folder_exists
        self.lang = lang
        self.library: LibraryView | None = None
        self.setWindowTitle(t.WINDOW_TITLE)
        self.setMinimumSize(720, 480)

        top = QWidget()
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top.setStyleSheet(TOP_STYLE)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(20, 10, 20, 10)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.app_name = plain_label("", "appName")
        self.app_name.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.app_tagline = plain_label("", "appTagline")
        titles.addWidget(self.app_name)
        titles.addWidget(self.app_tagline)
        top_layout.addLayout(titles, 1)
        self.language_button = QPushButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(self._toggle_language)
        top_layout.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignVCenter)

        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(top)
        self.setCentralWidget(central)

        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setContentsMargins(14, 2, 14, 2)
        self.statusBar().addWidget(self.folder_label, 1)
        self.set_language(lang)

    @classmethod
    def from_folder(cls, folder: Path, lang: str = "sv") -> MainWindow:
        scenarios, broken, exists = load_folder(folder)
        return cls(scenarios, broken, lang, folder, exists)

    def load(self) -> None:
        """Read and check the scenario folder, then show the library (run() calls this after the
        first paint, so the window appears at once even with a large library)."""
        try:
            self.scenarios, self.broken, self.folder_exists = (
                load_folder(self.folder) if self.folder else ([], [], False))
        except Exception as exc:  # noqa: BLE001 - tell the user; the window stays usable
            details = traceback.format_exc()
            log.error("the scenario library could not be loaded\n%s", details)
            self.scenarios, self.broken = [], []
            show_error(exc, details, self.lang)
        self.loading = False
        self.set_language(self.lang)

    def set_language(self, lang: str) -> None:
        """Show everything in ``lang`` (sv or en); the library is rebuilt from the same data."""
        self.lang = lang if lang in t.LANGS else "sv"
        self.app_name.setText(t.ui(self.lang, "app_name"))
        self.app_tagline.setText(t.ui(self.lang, "app_tagline"))
        self.language_button.setText(t.ui(self.lang, "switch_language"))
        self.language_button.setToolTip(t.ui(self.lang, "switch_language_tip"))
        self.language_button.setAccessibleName(t.ui(self.lang, "switch_language_tip"))
        self.folder_label.setText(t.ui(self.lang, "folder", folder=self.folder) if self.folder else "")
        old = self.library
        if self.loading:
            self.library = plain_label(t.ui(self.lang, "loading"), "loadingLabel")
            self.library.setAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            self.library = LibraryView(self.scenarios, self.broken, self.lang, self.folder, self.folder_exists)
        if old is None:
            self._layout.addWidget(self.library, 1)
        else:
            self._layout.replaceWidget(old, self.library)
            old.deleteLater()
        if not self.loading:
            self.library.scenario_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_language(self) -> None:
        self.set_language("en" if self.lang == "sv" else "sv")


def default_size(app: QApplication) -> tuple[int, int]:
    """A comfortable first size that still fits a 1366 × 768 screen with its task bar."""
    screen = app.primaryScreen()
    if screen is None:
        return 1280, 720
    avail = screen.availableGeometry()
    return min(1280, avail.width()), min(760, avail.height())


# -- unexpected errors ------------------------------------------------------------------------

def error_box(exc: BaseException, details: str, lang: str = "sv") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, t.ui(lang, "error_title"),
                      f"{t.ui(lang, 'error_intro')}\n\n{type(exc).__name__}: {exc}\n\n{t.ui(lang, 'error_report')}")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    return box


def show_error(exc: BaseException, details: str, lang: str = "sv") -> None:
    """Tell the user in a message box; without a QApplication only stderr is left."""
    if QApplication.instance() is None:
        print(f"lagaffektiv: internal error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    error_box(exc, details, lang).exec()


def make_excepthook(lang: str = "sv"):
    def excepthook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)  # developers still get the traceback on stderr
        try:
            show_error(exc, details, lang)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            sys.__excepthook__(exc_type, exc, tb)
    return excepthook


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


def run(scenarios_folder: Path, lang: str = "sv") -> int:
    """Open the main window on ``scenarios_folder`` and run the event loop; the exit code."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="lagaffektiv: %(levelname)s: %(message)s")
    hook = make_excepthook(lang)
    previous = sys.excepthook
    sys.excepthook = hook  # also catches exceptions raised in Qt slots
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("lagaffektiv")
        install_fonts(app)
        try:
            window = MainWindow([], [], lang, Path(scenarios_folder), True, loading=True)
            window.resize(*default_size(app))
            window.show()
        except Exception:  # noqa: BLE001 - shown to the user, not lost in a console
            hook(*sys.exc_info())
            return EXIT_INTERNAL
        if os.environ.get(BENCH_ENV) == "1":
            QTimer.singleShot(0, lambda: _bench_idle(app, window))
        else:
            QTimer.singleShot(0, window.load)   # exceptions in it reach the excepthook's dialog
        return app.exec()
    finally:
        sys.excepthook = previous
