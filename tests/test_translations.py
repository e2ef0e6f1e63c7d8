"""Every UI string has its Swedish translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import lagaffektiv.app.i18n as i18n

BIN = Path(sys.executable).parent
TS = i18n.FOLDER / "lagaffektiv_sv.ts"
QM = i18n.FOLDER / "lagaffektiv_sv.qm"


def tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else shutil.which(name) or name


def test_every_source_string_in_the_app_is_translated(tmp_path):
    copy = tmp_path / "sv.ts"
    shutil.copy(TS, copy)
    sources = [str(p) for p in Path(i18n.__file__).parent.rglob("*.py")]
    out = subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(copy)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run make translations and translate the new strings"
    assert "vanished" not in text and "obsolete" not in text, "strings left in the .ts that the code no longer uses"


def test_the_compiled_qm_is_current(tmp_path):
    out = subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(tmp_path / "sv.qm")], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "sv.qm").read_bytes() == QM.read_bytes(), "run make translations"


def test_swedish_and_english_words(qapp):
    from lagaffektiv.app import text as t

    assert t.ui("sv", "scenarios") == "Scenarier" and t.ui("en", "scenarios") == "Scenarios"
    assert t.word(t.ROLES, "dental_nurse", "sv") == "tandsköterska"
    assert t.word(t.ROLES, "unknown_role", "sv") == "unknown_role"


def test_placeholders_survive_translation():
    import re
    import xml.etree.ElementTree as ET

    bad = []
    for msg in ET.parse(TS).getroot().iter("message"):
        source, tr = msg.findtext("source") or "", msg.find("translation")
        if tr is not None and tr.text and sorted(re.findall(r"{\w+}", source)) != sorted(re.findall(r"{\w+}", tr.text)):
            bad.append(source)
    assert bad == []
