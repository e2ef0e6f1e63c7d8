"""Packaging parts that need no build: the icon (SVG, PNGs, .ico) and the Linux desktop entry with its
user-level installer."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess

import pytest
from PySide6.QtGui import QImage

from conftest import REPO

ICONS = REPO / "assets" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP = REPO / "packaging" / "linux" / "lagaffektiv.desktop"
INSTALLER = REPO / "packaging" / "linux" / "install-desktop-entry.sh"


def test_the_pngs_are_the_svg_rendered_at_each_size(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "lagaffektiv.svg"))
    assert renderer.isValid()
    for size in SIZES:
        png = QImage(str(ICONS / f"lagaffektiv-{size}.png"))
        assert (png.width(), png.height()) == (size, size)
        fresh = QImage(size, size, QImage.Format.Format_ARGB32)
        fresh.fill(Qt.GlobalColor.transparent)
        painter = QPainter(fresh)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        assert png.convertToFormat(QImage.Format.Format_ARGB32) == fresh, \
            f"lagaffektiv-{size}.png is out of date: run scripts/render_icons.py"


def test_the_ico_holds_every_size():
    data = (ICONS / "lagaffektiv.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sides = [struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)]
    assert sides == list(SIZES)
    for i in range(count):
        length, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)


def test_the_desktop_entry_has_swedish_and_english():
    entry = configparser.RawConfigParser(strict=True)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Icon"] == "lagaffektiv" and d["Exec"]
    assert d["Name[sv]"] == "Lågaffektivt bemötande" and d["Name"]
    assert d["Comment[sv]"] and d["Comment"] and d["Comment"] != d["Comment[sv]"]
    assert d["StartupWMClass"] == "lagaffektiv"


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_desktop_entry_installs_and_uninstalls_without_admin_rights(tmp_path):
    program = tmp_path / "USB stick" / "lagaffektiv" / "lagaffektiv"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    proc = subprocess.run(["sh", str(INSTALLER), str(program)], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    installed = (data / "applications" / "lagaffektiv.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}"' in installed
    assert "Name[sv]=Lågaffektivt bemötande" in installed
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "lagaffektiv.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "lagaffektiv.svg").is_file()
    proc = subprocess.run(["sh", str(INSTALLER), "--uninstall"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert not (data / "applications" / "lagaffektiv.desktop").exists()
    assert not list((data / "icons").rglob("lagaffektiv.*"))


def test_the_installer_says_so_when_the_program_is_missing(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    proc = subprocess.run(["sh", str(INSTALLER), str(tmp_path / "nothing")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1
    assert "was not found" in proc.stderr
    assert not (tmp_path / "share" / "applications" / "lagaffektiv.desktop").exists()
