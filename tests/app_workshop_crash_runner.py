"""Run by tests/test_workshop_resume.py as a real subprocess: the real main window on a scenarios
folder, a workshop started from the library's entry (setup dialog accepted as it opens), the
opening passage continued and votes entered by keys until KILL_AFTER decisions are saved; then
the process kills itself with SIGKILL (no cleanup, no close).

Usage: app_workshop_crash_runner.py SCENARIOS KILL_AFTER
"""

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.app.window import MainWindow  # noqa: E402

app = QApplication([])
install_fonts(app)
window = MainWindow([], [], "sv", Path(sys.argv[1]), True, loading=True)
window.resize(1366, 768)
window.show()
window.load()
kill_after = int(sys.argv[2])


def accept_setup():
    from lagaffektiv.app.workshop.setup import WorkshopSetup

    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, WorkshopSetup):
        dialog.start_button.click()
    else:
        QTimer.singleShot(20, accept_setup)


QTimer.singleShot(0, accept_setup)
next(e for e in window.library.entries
     if e.scenario.id == "ed_waiting_room_long_wait").workshop_button.click()
page = window.workshop_page
page.presenter.continue_button.click()          # the opening narration
page.setFocus()
while True:
    ws = page.ws
    if page.outcome is not None:
        page.presenter.continue_button.click()
    elif ws.kind == "positioning":
        page.presenter.place_button.click()
    else:
        QTest.keyClick(page, Qt.Key.Key_1)
        for _ in range(3):
            QTest.keyClick(page, Qt.Key.Key_Plus)
        QTest.keyClick(page, Qt.Key.Key_2)
        QTest.keyClick(page, Qt.Key.Key_Plus)
        page.presenter.follow_button.click()
    app.processEvents()
    print(f"saved {len(ws.decisions)}", flush=True)
    if len(ws.decisions) >= kill_after and page.outcome is None:
        os.kill(os.getpid(), signal.SIGKILL)
