"""Render the app's windows to PNG files for review: python scripts/screenshots.py OUTDIR

Uses the offscreen Qt platform (unless QT_QPA_PLATFORM says otherwise) and the same start-up
as the app (bundled font, window at 1366 × 768, the size of a common clinic laptop). Writes,
in Swedish and English:

  main-LANG.png          the library of the bundled scenarios folder
  main-broken-LANG.png   a library with broken files (test fixture + two broken files)
  main-missing-LANG.png  the empty state for a scenarios folder that does not exist

Later views (play, debrief) add their images here.
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
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
