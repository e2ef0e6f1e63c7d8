"""Run by tests/test_sound_view.py as a real subprocess: the main window with sound switched on,
a bundled scenario with sound started from the library and played a few steps by keyboard.

Usage: sound_runner.py SCENARIOS [--no-multimedia]
--no-multimedia makes PySide6.QtMultimedia unimportable (a meta-path finder refuses it), as on
a PC where Qt's multimedia libraries or libpulse are missing; our own code is untouched.
--silent switches the sound off in the settings instead.
Prints 'notice=<text>' (empty when none is shown) and 'captions=<text>' after each step; the
learner closes the notice after the first step, so a notice shown again would print again.
Then 'multimedia-loaded=<bool>', 'reason=<why silent>' and 'done'.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if "--no-multimedia" in sys.argv:
    import importlib.abc

    class RefuseMultimedia(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6.QtMultimedia":
                raise ImportError("QtMultimedia is blocked by the test (as if libpulse0 were missing)")
            return None

    sys.meta_path.insert(0, RefuseMultimedia())

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lagaffektiv.app.assets import install_fonts  # noqa: E402
from lagaffektiv.app.settings import Settings  # noqa: E402
from lagaffektiv.app.window import MainWindow  # noqa: E402

app = QApplication([])
install_fonts(app)
window = MainWindow([], [], "sv", Path(sys.argv[1]), True, loading=True,
                    settings=Settings(sound="--silent" not in sys.argv, ambience_volume=70, cue_volume=90))
window.resize(1366, 768)
window.show()
window.load()
entry = next(e for e in window.library.entries if e.scenario.id == "ed_waiting_room_long_wait")
window.start_scenario(entry.scenario.id)
play = window.play


def report() -> None:
    app.processEvents()
    notice = play.sound_notice.label.text() if play.sound_notice.isVisible() else ""
    print(f"notice={notice}", flush=True)
    print(f"captions={play.captions.text()!r}", flush=True)


report()
play.sound_notice.close_button.click()
for k in (Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return):   # on, the calm approach, continue
    QTest.keyClick(window.focusWidget() or window, k)
    report()
print(f"multimedia-loaded={'PySide6.QtMultimedia' in sys.modules}", flush=True)
print(f"reason={play.sound.reason}", flush=True)
print(f"node={window.session.encounter.node_id}", flush=True)
print("done", flush=True)
# Leave without Python's teardown of live Qt objects, which crashes now and then in PySide6
# 6.11 also without any sound (seen on main's code); the test reads the lines above.
window.close()
app.processEvents()
os._exit(0)
