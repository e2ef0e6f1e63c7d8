"""Scenario packs: import (folders and zips, every refusal), the merged library, export round trip,
and portable mode. Real files and real zips only."""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from lagaffektiv import packs, paths
from lagaffektiv.cli.main import main
from lagaffektiv.lint import lint_paths
from lagaffektiv.packs import export_pack, import_pack, library_folders, load_libraries

from conftest import FIXTURES, SCENARIOS

LONG_WAIT = "ed_waiting_room_long_wait"
CHAIR = "dental_chair_threat"


def minimal_text(sid: str = "pack_minimal", revision: int = 1) -> str:
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    import yaml

    data = yaml.safe_load(text)
    data["id"] = sid
    data["revision"] = revision
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def make_zip(path: Path, entries: dict[str, bytes | str], *, compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def snapshot(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) if root.exists() else []


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "packs"


# -- good packs ---------------------------------------------------------------------------------------

def test_a_good_folder_pack_is_imported_with_its_images(tmp_path, root):
    pack = tmp_path / "clinic_pack"
    (pack / "images").mkdir(parents=True)
    (pack / "ours.yaml").write_text(minimal_text("clinic_one"), encoding="utf-8")
    (pack / "README.md").write_text("Från akuten i Norrby", encoding="utf-8")
    shutil.copy(SCENARIOS / "images" / "ed_waiting_room.svg", pack / "images" / "room.svg")
    rep = import_pack(pack, root, bundled=SCENARIOS)
    assert rep.accepted, rep.lines()
    assert rep.scenarios == [("clinic_one", 1)]
    assert (root / "clinic_pack" / "ours.yaml").is_file()
    assert (root / "clinic_pack" / "images" / "room.svg").is_file()
    assert not [p for p in root.iterdir() if p.name.startswith(".")], "no staging folder is left behind"
    good, broken = load_libraries(library_folders(SCENARIOS, root))
    assert "clinic_one" in {s.id for s in good} and not broken
    assert len(good) == 13


def test_a_good_zip_pack_with_a_top_folder_and_mac_litter(tmp_path, root):
    z = make_zip(tmp_path / "Norrby pack.zip", {
        "norrby/a.yaml": minimal_text("norrby_a"), "norrby/tests/a.yaml": "scenario: norrby_a\npaths: []\n",
        "__MACOSX/norrby/._a.yaml": b"\x00\x05", "norrby/.DS_Store": b"\x00"})
    rep = import_pack(z, root, bundled=SCENARIOS)
    assert rep.accepted, rep.lines()
    assert rep.pack_name == "norrby"
    assert (root / "norrby" / "a.yaml").is_file() and (root / "norrby" / "tests" / "a.yaml").is_file()
    assert not (root / "norrby" / "__MACOSX").exists() and not (root / "norrby" / ".DS_Store").exists()
    assert rep.ignored


# -- refused: nothing is kept --------------------------------------------------------------------------

def refused(rep, root: Path, words: str) -> None:
    assert not rep.accepted
    text = "\n".join(rep.lines())
    assert words in text, text
    assert snapshot(root) == [], f"nothing of a refused pack is kept: {snapshot(root)}"


@pytest.mark.parametrize("name, words", [
    ("../evil.yaml", "'..'"),
    ("good/../../evil.yaml", "'..'"),
    ("/etc/evil.yaml", "absolute path"),
    ("C:/evil.yaml", "drive letter"),
    ("..\\evil.yaml", "backslash"),
    ("images\\..\\..\\evil.svg", "backslash"),
    ("CON.yaml", "device name"),
])
def test_dangerous_names_are_refused(tmp_path, root, name, words):
    z = make_zip(tmp_path / "p.zip", {"ok.yaml": minimal_text(), name: minimal_text("evil")})
    refused(import_pack(z, root), root, words)
    assert not (tmp_path / "evil.yaml").exists()


def test_a_symlink_entry_is_refused(tmp_path, root):
    z = tmp_path / "p.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("ok.yaml", minimal_text())
        info = zipfile.ZipInfo("images/link.svg")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    refused(import_pack(z, root), root, "symbolic links")


def test_a_device_entry_is_refused(tmp_path, root):
    z = tmp_path / "p.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("ok.yaml", minimal_text())
        info = zipfile.ZipInfo("dev.txt")
        info.create_system = 3
        info.external_attr = (stat.S_IFCHR | 0o666) << 16
        zf.writestr(info, "")
    refused(import_pack(z, root), root, "device files")


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks")
def test_a_symlink_in_a_folder_pack_is_refused(tmp_path, root):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "ok.yaml").write_text(minimal_text(), encoding="utf-8")
    os.symlink("/etc/passwd", pack / "secret.txt")
    refused(import_pack(pack, root), root, "symbolic links")


def test_too_many_files_are_refused(tmp_path, root):
    entries = {"ok.yaml": minimal_text()} | {f"notes/{i}.txt": "x" for i in range(packs.MAX_FILES + 1)}
    refused(import_pack(make_zip(tmp_path / "p.zip", entries), root), root, f"at most {packs.MAX_FILES}")


def test_a_zip_bomb_is_refused(tmp_path, root):
    bomb = b"\0" * (8 * 1024 * 1024)     # 8 MB of zeros compress to a few KB
    z = make_zip(tmp_path / "p.zip", {"ok.yaml": minimal_text(), "notes/bomb.txt": bomb})
    assert z.stat().st_size < 100_000
    refused(import_pack(z, root), root, "zip bomb")


def test_a_scenario_file_over_the_size_limit_is_refused(tmp_path, root):
    z = tmp_path / "p.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("ok.yaml", minimal_text())
        zf.writestr("big.yaml", b"a: " + b"x" * (packs.MAX_SCENARIO_BYTES + 1))
    refused(import_pack(z, root), root, "'big.yaml' is")


def test_a_disallowed_file_type_is_refused(tmp_path, root):
    z = make_zip(tmp_path / "p.zip", {"ok.yaml": minimal_text(), "run.exe": b"MZ", "macro.py": "print(1)"})
    rep = import_pack(z, root)
    refused(rep, root, "'.exe' is not allowed")
    assert any("'.py'" in r for r in rep.refused)


def test_a_pack_with_a_lint_error_is_refused_and_the_library_is_untouched(tmp_path, root):
    assert import_pack(make_zip(tmp_path / "first.zip", {"a.yaml": minimal_text("first_a")}), root).accepted
    before = snapshot(root)
    broken = minimal_text("second_b").replace("revision: 1", "revision: one")
    z = make_zip(tmp_path / "second.zip", {"b.yaml": broken, "c.yaml": minimal_text("second_c"),
                                           "d.yaml": "id: [unclosed\n"})
    rep = import_pack(z, root)
    assert not rep.accepted
    codes = {d.code for d in rep.lint_errors}
    assert "LA001" in codes and "LA003" in codes
    assert all(d.file.startswith("second/") for d in rep.diagnostics), "paths are shown inside the pack"
    assert any(line.startswith("second/b.yaml") for line in rep.lines())
    assert snapshot(root) == before


def test_an_empty_pack_and_a_non_zip_are_refused(tmp_path, root):
    (tmp_path / "empty").mkdir()
    refused(import_pack(tmp_path / "empty", root), root, "no files")
    (tmp_path / "x.zip").write_bytes(b"not a zip at all")
    refused(import_pack(tmp_path / "x.zip", root), root, "neither a folder nor a .zip")
    refused(import_pack(tmp_path / "missing.zip", root), root, "does not exist")


# -- updates --------------------------------------------------------------------------------------------

def bundled_with_new_revision(tmp_path: Path) -> Path:
    """The long wait as another clinic edited it: revision 2, same id."""
    pack = tmp_path / "long_wait_v2"
    shutil.copytree(SCENARIOS / "images", pack / "images")
    text = (SCENARIOS / f"{LONG_WAIT}.yaml").read_text(encoding="utf-8")
    (pack / f"{LONG_WAIT}.yaml").write_text(text.replace("\nrevision: 1\n", "\nrevision: 2\n", 1), encoding="utf-8")
    return pack


def test_a_duplicate_id_is_an_update_and_needs_replace(tmp_path, root):
    pack = bundled_with_new_revision(tmp_path)
    rep = import_pack(pack, root, bundled=SCENARIOS)
    assert not rep.accepted and rep.needs_replace
    assert [(u.id, u.old_revision, u.new_revision) for u in rep.updates] == [(LONG_WAIT, 1, 2)]
    assert "bundled library" in rep.updates[0].old_file
    assert "--replace" in "\n".join(rep.lines())
    assert snapshot(root) == []
    good, _ = load_libraries(library_folders(SCENARIOS, root))
    assert next(s for s in good if s.id == LONG_WAIT).revision == 1


def test_with_replace_the_update_wins_in_the_library(tmp_path, root):
    rep = import_pack(bundled_with_new_revision(tmp_path), root, bundled=SCENARIOS, replace=True)
    assert rep.accepted and rep.replaced, rep.lines()
    assert [(u.old_revision, u.new_revision) for u in rep.updates] == [(1, 2)]
    good, broken = load_libraries(library_folders(SCENARIOS, root))
    assert not broken
    assert next(s for s in good if s.id == LONG_WAIT).revision == 2
    assert len(good) == 12


def test_a_pack_copied_in_by_hand_does_not_override_silently(tmp_path, root):
    shutil.copytree(bundled_with_new_revision(tmp_path), root / "by_hand")
    good, broken = load_libraries(library_folders(SCENARIOS, root))
    assert next(s for s in good if s.id == LONG_WAIT).revision == 1
    assert [d.code for r in broken for d in r.errors] == ["LA026"]


def test_importing_the_same_pack_again_needs_replace(tmp_path, root):
    z = make_zip(tmp_path / "p.zip", {"a.yaml": minimal_text("again")})
    assert import_pack(z, root).accepted
    rep = import_pack(z, root)
    assert not rep.accepted and rep.needs_replace
    (tmp_path / "p2").mkdir()
    z2 = make_zip(tmp_path / "p2" / "p.zip", {"a.yaml": minimal_text("again", 3)})
    rep = import_pack(z2, root, replace=True)
    assert rep.accepted and [(u.old_revision, u.new_revision) for u in rep.updates] == [(1, 3)]
    good, broken = load_libraries(library_folders(None, root))
    assert [(s.id, s.revision) for s in good] == [("again", 3)] and not broken


# -- export -------------------------------------------------------------------------------------------

def test_export_round_trip(tmp_path, root):
    out = tmp_path / "share" / "ours.zip"
    rep = export_pack([LONG_WAIT, CHAIR], [SCENARIOS], out)
    names = set(zipfile.ZipFile(out).namelist())
    assert {f"{LONG_WAIT}.yaml", f"{CHAIR}.yaml", f"tests/{LONG_WAIT}.yaml", f"tests/{CHAIR}.yaml",
            "images/portrait_anita.svg", "images/ed_waiting_room.svg"} <= names
    assert "images/ed_intoxicated_weapon_triage_room.svg" not in names, "only the images they use"
    assert rep.scenarios == [LONG_WAIT, CHAIR]
    imp = import_pack(out, root)
    assert imp.accepted, imp.lines()
    assert sorted(sid for sid, _ in imp.scenarios) == sorted([CHAIR, LONG_WAIT])
    folder = root / "ours"
    assert all(r.ok for r in lint_paths([folder]))
    for name in names:
        assert (folder / name).read_bytes() == (SCENARIOS / name).read_bytes()


def test_export_of_an_unknown_id_says_which(tmp_path):
    with pytest.raises(packs.PackError, match="no_such_id"):
        export_pack(["no_such_id"], [SCENARIOS], tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


# -- the command line -------------------------------------------------------------------------------

def test_cli_import_and_export(tmp_path, capsys, private_data):
    out = tmp_path / "two.zip"
    assert main(["export-pack", LONG_WAIT, CHAIR, "-o", str(out), "--bundled-only"]) == 0
    assert out.is_file()
    assert main(["import", str(out)]) == 1              # both are updates of bundled scenarios
    err = capsys.readouterr().err
    assert "--replace" in err and "Traceback" not in err
    assert main(["import", str(out), "--replace"]) == 0
    assert (paths.packs_dir(private_data) / "two" / f"{LONG_WAIT}.yaml").is_file()
    assert main(["import", str(tmp_path / "nothing.zip")]) == 1
    assert main(["export-pack", "nope", "-o", str(tmp_path / "n.zip")]) == 1
    err = capsys.readouterr().err
    assert "no scenario with id 'nope'" in err and "Traceback" not in err


def test_cli_refuses_a_bad_pack_with_its_reasons(tmp_path, capsys):
    z = make_zip(tmp_path / "bad.zip", {"../evil.yaml": minimal_text()})
    assert main(["import", str(z), "--packs-dir", str(tmp_path / "packs")]) == 1
    err = capsys.readouterr().err
    assert "refused" in err and "'..'" in err and "Traceback" not in err


# -- portable mode -----------------------------------------------------------------------------------

@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A fake USB stick with the program on it; LAGAFFEKTIV_DATA unset, --portable off."""
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    paths.set_portable(False)
    yield tmp_path / "stick"
    paths.set_portable(False)


def test_portable_mode_via_the_marker_file(stick):
    (stick / "lagaffektiv").mkdir(parents=True)
    exe = stick / "lagaffektiv" / "lagaffektiv.exe"
    exe.write_bytes(b"")
    assert paths.data_dir(exe) is None and paths.mode(exe) == "platform"
    (stick / "lagaffektiv" / "portable.txt").write_text("", encoding="utf-8")
    assert paths.data_dir(exe) == stick / "lagaffektiv" / "lagaffektiv-data"
    assert paths.settings_file(exe) == stick / "lagaffektiv" / "lagaffektiv-data" / "settings.ini"
    assert paths.mode(exe) == "portable"


def test_portable_mode_via_the_flag(stick):
    exe = stick / "bin" / "python"
    assert paths.data_dir(exe) is None
    main(["--portable", "schema"])
    assert paths.portable_requested()
    assert paths.data_dir(exe) == stick / "bin" / "lagaffektiv-data"


def test_the_environment_wins_over_portable_mode(stick, tmp_path):
    paths.set_portable(True)
    assert paths.data_dir(stick / "x", {paths.DATA_ENV: str(tmp_path / "d")}) == tmp_path / "d"


def test_storage_uses_the_portable_folder_and_an_ini_file(stick, monkeypatch):
    from lagaffektiv.app import storage

    monkeypatch.setattr("sys.executable", str(stick / "python"))
    paths.set_portable(True)
    assert storage.data_dir() == stick / "lagaffektiv-data"
    assert storage.packs_dir() == stick / "lagaffektiv-data" / "packs"
    s = storage.settings_store()
    assert Path(s.fileName()) == stick / "lagaffektiv-data" / "settings.ini"


def test_an_update_interrupted_between_its_two_renames_gets_the_old_pack_back(tmp_path):
    """A crash after the old version was moved aside and before the new one arrived must not lose both."""
    from lagaffektiv.packs import remove_leftovers

    root = tmp_path / "packs"
    waiting = root / ".old-x1y2" / "mypack"          # the previous version, moved aside by the update
    waiting.mkdir(parents=True)
    (waiting / "a.yaml").write_text("old version", encoding="utf-8")
    stale = root / ".old-z9" / "other"               # an update that finished: the new one is in place
    stale.mkdir(parents=True)
    (root / "other").mkdir()
    (root / "other" / "b.yaml").write_text("new version", encoding="utf-8")
    (root / ".import-q1").mkdir()                    # a staging folder of an interrupted import
    remove_leftovers(root)
    assert (root / "mypack" / "a.yaml").read_text(encoding="utf-8") == "old version"
    assert (root / "other" / "b.yaml").read_text(encoding="utf-8") == "new version"
    assert sorted(p.name for p in root.iterdir()) == ["mypack", "other"]


def test_an_encrypted_zip_entry_is_refused(tmp_path):
    """The app cannot ask for a password, and an encrypted entry cannot be checked before it is read."""
    path = make_zip(tmp_path / "enc.zip", {"pack/pack_minimal.yaml": minimal_text()})
    data = bytearray(path.read_bytes())   # zipfile cannot write encrypted entries: set the flag bit by hand
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + flags_at] |= 0x1
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.infolist()[0].flag_bits & 0x1
    report = import_pack(path, tmp_path / "packs", bundled=None)
    assert not report.accepted
    assert any("encrypted" in str(r) for r in report.refused), report.refused
