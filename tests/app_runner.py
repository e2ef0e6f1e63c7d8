"""Run by tests as a real subprocess: the app's run() as `lagaffektiv` runs it, in bench mode
(it quits once the window is idle after loading), with optional faults put in from outside.

Usage: app_runner.py SCENARIOS [--fail-load]
Prints the bench marks, then 'font=<family> <size>' and 'hook-restored=<bool>' after run().
--fail-load makes reading the library raise, and records the error dialog instead of showing it.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LAGAFFEKTIV_BENCH_EXIT"] = "1"

from PySide6.QtWidgets import QApplication  # noqa: E402

from lagaffektiv.app import errors as app_errors  # noqa: E402
from lagaffektiv.app import main as app_main  # noqa: E402
from lagaffektiv.app import window as app_window  # noqa: E402

if "--fail-load" in sys.argv:
    def boom(folder):
        raise OSError("disk gone")

    app_window.load_folder = boom
    app_errors.show_error = lambda exc, details, lang="sv": print(f"error-dialog={exc}", flush=True)

hook = sys.excepthook
code = app_main.run(Path(sys.argv[1]), lang="sv")
font = QApplication.font()
print(f"font={font.family()} {font.pointSizeF()}", flush=True)
print(f"hook-restored={sys.excepthook is hook}", flush=True)
sys.exit(code)
