"""The start-up baseline: an empty PySide6 QMainWindow, shown and measured like the app.

Spawned by benchmarks/run.py. Prints the same line as lagaffektiv.app.main does with
LAGAFFEKTIV_BENCH_EXIT=1 when the event loop first runs after show(), then quits.
"""

import os
import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def idle(app: QApplication) -> None:
    now = time.monotonic()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line = f"LAGAFFEKTIV_BENCH idle={now:.6f} maxrss_kb={rss}"
    t0 = os.environ.get("LAGAFFEKTIV_BENCH_T0")
    if t0:
        line += f" elapsed_ms={(now - float(t0)) * 1000:.1f}"
    print(line, flush=True)
    app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    avail = app.primaryScreen().availableGeometry()
    window.resize(min(1280, avail.width()), min(760, avail.height()))  # the app's default size
    window.show()
    QTimer.singleShot(0, lambda: idle(app))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
