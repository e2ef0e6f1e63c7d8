"""The built bundle (make package → dist/lagaffektiv/) works on its own: its self-test passes with no
network, portable mode keeps data beside the executable, and what the spec leaves out is really out.

Marked ``bundle``: ``make test`` leaves these out (there is no bundle before ``make package``);
CI runs them after building it (``make test-bundle``). A missing bundle fails, it is not skipped.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from test_packs import make_zip, minimal_text
from lagaffektiv import selftest

pytestmark = pytest.mark.bundle

BUNDLE = Path(os.environ.get("LAGAFFEKTIV_BUNDLE", REPO / "dist" / "lagaffektiv"))
EXE_NAME = "lagaffektiv-console.exe" if sys.platform.startswith("win") else "lagaffektiv"


def internal(bundle: Path = BUNDLE) -> Path:
    return bundle / "_internal"


@pytest.fixture(scope="module")
def exe() -> Path:
    path = BUNDLE / EXE_NAME
    if not path.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: run `make package` first")
    return path


def no_network_prefix() -> list[str]:
    """`unshare -rn` runs the program in a new network namespace with no interfaces (Linux, where
    unprivileged user namespaces are allowed); elsewhere the program runs as it is."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAGAFFEKTIV_")}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_the_bundle_passes_its_self_test_without_network(exe, tmp_path):
    prefix = no_network_prefix()
    if sys.platform.startswith("linux") and not prefix:
        print("unshare -rn is not allowed here: the self-test runs with the network present")
    proc = subprocess.run([*prefix, str(exe), "--self-test"], cwd=tmp_path, env=clean_env(LAGAFFEKTIV_DATA=str(tmp_path)),
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    expected = len(selftest._checks(Path(), Path(), {}))   # the bundle runs every check the source has
    assert f"self-test passed: {expected} checks" in proc.stdout
    assert "✗" not in proc.stdout
    assert str(internal(BUNDLE) / "scenarios") in proc.stdout, "the bundled scenarios are used, not a checkout's"
    assert "Traceback" not in proc.stdout + proc.stderr


def test_portable_mode_keeps_the_data_beside_the_executable(exe, tmp_path):
    # A linked copy of the bundle (as on a USB stick) with portable.txt beside the executable.
    stick = tmp_path / "stick" / "lagaffektiv"
    shutil.copytree(BUNDLE, stick, symlinks=True, copy_function=os.link)
    (stick / "portable.txt").write_text("", encoding="utf-8")
    pack = make_zip(tmp_path / "norrby.zip", {"norrby/ours.yaml": minimal_text("clinic_one")})
    proc = subprocess.run([str(stick / EXE_NAME), "import", str(pack)], cwd=tmp_path, env=clean_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (stick / "lagaffektiv-data" / "packs" / "norrby" / "ours.yaml").is_file()


def test_what_the_spec_leaves_out_is_not_in_the_bundle(exe):
    files = [p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*")]
    for unwanted in ("/qml/", "plugins/tls/", "plugins/sqldrivers/", "plugins/printsupport/",
                     "plugins/platformthemes/libqgtk3", "plugins/imageformats/libqpdf", "QtQml.", "QtQuick.",
                     "QtWebEngine", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6Charts", "Qt63D", "Qt6Designer", "tkinter"):
        assert not [f for f in files if unwanted in f], unwanted
    qt_translations = [f for f in files if "/Qt/translations/" in f or "PySide6/translations/" in f]
    assert [Path(f).name for f in qt_translations] == ["qtbase_sv.qm"]
    for needed in ("_internal/scenarios/ed_waiting_room_long_wait.yaml", "_internal/assets/fonts/DejaVuSans.ttf",
                   "_internal/assets/icons/lagaffektiv-256.png", "_internal/lagaffektiv/app/translations/lagaffektiv_sv.qm"):
        assert needed in files, needed
    if importlib.util.find_spec("PySide6.QtMultimedia") is not None:   # the venv it was built from has sound
        assert [f for f in files if "ffmpegmediaplugin" in f], "the sound backend is bundled"
        assert not [f for f in files if "/plugins/multimedia/" in f and "ffmpeg" not in f], "only ffmpeg"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_every_bundled_library_finds_the_qt_libraries_it_links(exe):
    # The spec drops libraries nothing kept links; a mistake there would show as "not found" here.
    missing = []
    libs = [p for p in internal().rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert len(libs) > 50
    for lib in libs:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
        missing += [f"{lib.name}: {line.split()[0]}" for line in out.splitlines()
                    if "not found" in line and line.split()[0].startswith(("libQt6", "libav", "libsw", "libicu",
                                                                           "libpyside", "libshiboken", "libpython"))]
    assert not missing, missing
