"""Run by tests/test_flow.py as a real subprocess: the real main window, a real history in
LAGAFFEKTIV_DATA, a scenario started from the library and played by keyboard until KILL_AFTER
actions are saved; then the process kills itself with SIGKILL (no cleanup, no close).

Usage: app_crash_runner.py SCENARIOS KILL_AFTER
"""

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.app.storage import open_history  # noqa: E402
from lagaffektiv.app.window import MainWindow  # noqa: E402

app = QApplication([])
install_fonts(app)
history, error, _ = open_history()
assert history is not None, error
window = MainWindow([], [], "sv", Path(sys.argv[1]), True, loading=True, history=history)
window.resize(1366, 768)
window.show()
window.load()
kill_after = int(sys.argv[2])

entry = window.library.entries[0]
entry.start_button.setFocus()
QTest.keyClick(entry.start_button, Qt.Key.Key_Space)
play = window.play
keys = [Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_Up, Qt.Key.Key_Return]   # calm, continue, move, stand
for key in keys:
    QTest.keyClick(window.focusWidget() or window, key)
    app.processEvents()
    done = len(window.session.encounter.actions)
    print(f"saved {done}", flush=True)
    if done >= kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
print("not killed", flush=True)
