"""Scenario packs (Qt-free): sharing scenarios between clinics as a folder or a .zip.

A pack is hostile input until proven otherwise (it comes from a USB stick). ``import_pack``:

1. copies or unpacks it into a fresh staging folder *inside* the packs root, refusing absolute
   paths, ``..``, drive letters, backslashes, Windows device names, symlinks, device files,
   encrypted entries, file types other than scenarios, images and notes, and anything beyond
   the size, count and compression-ratio limits (zip bombs), reading at most the bytes allowed;
2. lints every scenario with the same checks as ``lagaffektiv lint``: any error rejects the
   whole pack and nothing of it is kept;
3. compares its scenario ids with the library (bundled + packs already imported): an id that
   already exists is an *update* (old and new ``revision``) and is only taken with ``replace``;
4. moves the staging folder to ``<packs root>/<pack name>/`` with a small manifest
   (``lagaffektiv-pack.json``) that records which ids it was allowed to replace.

``library_folders`` and ``load_libraries`` give the app its library: the bundled folder plus
every pack, merged so that a pack's scenario only overrides an existing id when it was
imported as an update.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from dataclasses import dataclass, field, replace as dc_replace
from pathlib import Path, PurePosixPath

from .errors import Diagnostic, LagaffektivError
from .lint.runner import FileReport, lint_paths
from .scenario.model import Scenario
from .scenario.source import MAX_BYTES as MAX_SCENARIO_BYTES

MAX_TOTAL_BYTES = 50 * 1024 * 1024     # whole pack, uncompressed
MAX_FILES = 500
MAX_FILE_BYTES = 10 * 1024 * 1024      # one image or note; scenario files: MAX_SCENARIO_BYTES
MAX_RATIO = 100                        # uncompressed / compressed, for entries over RATIO_FLOOR
RATIO_FLOOR = 64 * 1024                # tiny files may compress absurdly well and do no harm
MAX_DEPTH = 8                          # folder levels inside a pack
ALLOWED_SUFFIXES = (".yaml", ".yml", ".svg", ".png", ".jpg", ".jpeg", ".txt", ".md")
SCENARIO_SUFFIXES = (".yaml", ".yml")
# Litter that zip tools and file managers add; skipped (never unpacked), and said so.
IGNORED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
IGNORED_DIRS = {"__macosx"}
MANIFEST = "lagaffektiv-pack.json"
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_CHUNK = 64 * 1024


class PackError(LagaffektivError):
    """The pack cannot be taken: the message says why in words an educator understands."""


# -- reports ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Update:
    id: str
    old_revision: int
    new_revision: int
    old_file: str

    def describe(self) -> str:
        return (f"'{self.id}' already exists (revision {self.old_revision} in {self.old_file}); "
                f"this pack has revision {self.new_revision}")


@dataclass
class ImportReport:
    source: str
    pack_name: str = ""
    accepted: bool = False
    destination: Path | None = None
    scenarios: list[tuple[str, int]] = field(default_factory=list)   # (id, revision) in the pack
    updates: list[Update] = field(default_factory=list)
    replaced: bool = False            # updates were taken (replace=True)
    refused: list[str] = field(default_factory=list)                 # safety and limit problems
    diagnostics: list[Diagnostic] = field(default_factory=list)      # lint, file paths inside the pack
    ignored: list[str] = field(default_factory=list)                 # litter skipped (__MACOSX, .DS_Store)
    needs_replace: bool = False       # only refused because updates or the name need replace=True

    @property
    def lint_errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    def lines(self) -> list[str]:
        """The outcome in plain sentences, for the CLI and a dialog."""
        out: list[str] = []
        for reason in self.refused:
            out.append(f"refused: {reason}")
        for d in self.diagnostics:
            out.append(d.format())
        for name in self.ignored:
            out.append(f"ignored: {name}")
        for u in self.updates:
            out.append(("update: " if self.accepted else "update (not taken): ") + u.describe())
        if self.accepted:
            ids = ", ".join(f"{sid} (revision {rev})" for sid, rev in self.scenarios)
            out.append(f"imported pack '{self.pack_name}' into {self.destination}: {len(self.scenarios)} "
                       f"scenario(s): {ids}")
        elif self.needs_replace:
            out.append("nothing was imported: the pack would replace scenarios that already exist. "
                       "Check the revisions above and import again with --replace to take the new ones.")
        elif self.lint_errors:
            out.append(f"nothing was imported: {len(self.lint_errors)} error(s) in the pack's scenarios; "
                       "the library is unchanged")
        else:
            out.append("nothing was imported; the library is unchanged")
        return out


@dataclass
class ExportReport:
    out: Path
    scenarios: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)      # names inside the zip


# -- names ------------------------------------------------------------------------------------------------

def _entry_problem(name: str) -> str | None:
    """Why a path inside a pack is refused, or None when it is a plain relative path."""
    if not name or "\x00" in name:
        return "an empty or NUL-containing name"
    if "\\" in name:
        return "a backslash in the name (Windows path tricks are not allowed)"
    if name.startswith("/"):
        return "an absolute path"
    if ":" in name:
        return "a drive letter or ':' in the name"
    parts = PurePosixPath(name).parts
    if any(p == ".." for p in parts):
        return "'..' in the path (it would write outside the pack)"
    if len(parts) > MAX_DEPTH:
        return f"more than {MAX_DEPTH} folder levels"
    for p in parts:
        if p != p.rstrip(" ."):
            return "a name ending in a dot or a space"
        if p.split(".")[0].lower() in WINDOWS_DEVICES:
            return f"a Windows device name ('{p}')"
        if any(ord(c) < 32 for c in p):
            return "control characters in the name"
    return None


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(p.lower() in IGNORED_DIRS for p in parts[:-1]) or parts[-1].lower() in IGNORED_NAMES \
        or parts[-1].startswith("._")


def _type_problem(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return (f"'{name}': file type '{suffix or '(none)'}' is not allowed in a pack "
                f"(allowed: {', '.join(ALLOWED_SUFFIXES)})")
    return None


def _check_collected(report, problems: list[str], count: int, what: str) -> None:
    """What a zip and a folder pack share once their entries are gathered: refusals, emptiness, count."""
    if problems:
        report.refused.extend(problems)
        raise PackError("the pack contains files that are not allowed")
    if not count:
        raise PackError(f"{what} contains no files")
    if count > MAX_FILES:
        raise PackError(f"the pack has {count} files; at most {MAX_FILES} are allowed")


def _size_limit(name: str) -> int:
    return MAX_SCENARIO_BYTES if PurePosixPath(name).suffix.lower() in SCENARIO_SUFFIXES else MAX_FILE_BYTES


def safe_pack_name(name: str) -> str:
    """A folder name for the pack: letters, digits, '-', '_' and '.', never hidden, at most 64 chars."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._-")[:64].rstrip("._-")
    if not cleaned or cleaned.split(".")[0].lower() in WINDOWS_DEVICES:
        cleaned = "pack_" + (cleaned or "unnamed")
    return cleaned


# -- staging ------------------------------------------------------------------------------------------

class _Budget:
    def __init__(self) -> None:
        self.files = 0
        self.bytes = 0

    def add_file(self) -> None:
        self.files += 1
        if self.files > MAX_FILES:
            raise PackError(f"the pack has more than {MAX_FILES} files")

    def add_bytes(self, n: int, name: str, so_far: int) -> None:
        self.bytes += n
        if so_far > _size_limit(name):
            raise PackError(f"'{name}' is larger than {_size_limit(name) // 1024} KB")
        if self.bytes > MAX_TOTAL_BYTES:
            raise PackError(f"the pack is larger than {MAX_TOTAL_BYTES // (1024 * 1024)} MB once unpacked")


def _copy_stream(src, dest: Path, name: str, budget: _Budget) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    # O_EXCL: never write through something that already exists (two entries with one name).
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "wb") as out:
        while True:
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            written += len(chunk)
            budget.add_bytes(len(chunk), name, written)
            out.write(chunk)


def _check_names(names: list[str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        low = name.lower()
        if low in seen:   # Windows and macOS would write both to one file
            raise PackError(f"'{name}' and '{seen[low]}' differ only in upper/lower case")
        seen[low] = name


def _common_top(names: list[str]) -> str | None:
    """The single top folder every entry sits in (a zipped folder), or None."""
    tops = {PurePosixPath(n).parts[0] for n in names}
    if len(tops) == 1 and all(len(PurePosixPath(n).parts) > 1 for n in names):
        return tops.pop()
    return None


def _stage_zip(source: Path, staging: Path, report: ImportReport) -> str:
    """Unpack ``source`` into ``staging``; returns the pack's suggested name."""
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(f"'{source.name}' is not a readable zip file ({exc})") from None
    budget = _Budget()
    with zf:
        files: list[zipfile.ZipInfo] = []
        problems: list[str] = []
        for info in zf.infolist():
            name = info.filename
            problem = _entry_problem(name.rstrip("/") if info.is_dir() else name)
            if problem:
                problems.append(f"'{name}': {problem}")
                continue
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_IFMT(mode):   # made on Unix: the entry carries its file type
                if stat.S_ISLNK(mode):
                    problems.append(f"'{name}': symbolic links are not allowed in a pack")
                    continue
                if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                    problems.append(f"'{name}': device files, pipes and sockets are not allowed in a pack")
                    continue
            if info.is_dir():
                continue
            if _ignored(PurePosixPath(name).parts):
                report.ignored.append(name)
                continue
            if info.flag_bits & 0x1:
                problems.append(f"'{name}': encrypted entries are not allowed")
                continue
            problem = _type_problem(name)
            if problem:
                problems.append(problem)
                continue
            if info.file_size > _size_limit(name):
                problems.append(f"'{name}' is {info.file_size} bytes once unpacked; the limit is "
                                f"{_size_limit(name)}")
                continue
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                problems.append(f"'{name}' is compressed {info.file_size // max(info.compress_size, 1)} to 1 "
                                f"(a zip bomb?); the limit is {MAX_RATIO} to 1")
                continue
            files.append(info)
        _check_collected(report, problems, len(files), f"'{source.name}'")
        declared = sum(i.file_size for i in files)
        if declared > MAX_TOTAL_BYTES:
            raise PackError(f"the pack is {declared // (1024 * 1024)} MB once unpacked; at most "
                            f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB are allowed")
        names = [i.filename for i in files]
        _check_names(names)
        top = _common_top(names)
        for info in files:
            parts = PurePosixPath(info.filename).parts
            rel = parts[1:] if top else parts
            dest = staging.joinpath(*rel)
            if staging.resolve() not in dest.resolve().parents:   # belt and braces after the name checks
                raise PackError(f"'{info.filename}' would be written outside the pack")
            budget.add_file()
            try:
                with zf.open(info) as src:   # the sizes actually read are counted, not the header's
                    _copy_stream(src, dest, info.filename, budget)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError,
                    RuntimeError) as exc:
                raise PackError(f"'{info.filename}' could not be unpacked ({exc})") from None
    return top or source.stem


def _stage_folder(source: Path, staging: Path, report: ImportReport) -> str:
    budget = _Budget()
    problems: list[str] = []
    todo: list[tuple[Path, str]] = []
    for root, dirs, filenames in os.walk(source, followlinks=False):
        root_path = Path(root)
        for d in list(dirs):
            full = root_path / d
            rel = full.relative_to(source).as_posix()
            if full.is_symlink():
                problems.append(f"'{rel}': symbolic links are not allowed in a pack")
                dirs.remove(d)
            elif d.lower() in IGNORED_DIRS:
                report.ignored.append(rel + "/")
                dirs.remove(d)
        dirs.sort()
        for f in sorted(filenames):
            full = root_path / f
            rel = full.relative_to(source).as_posix()
            problem = _entry_problem(rel)
            if problem:
                problems.append(f"'{rel}': {problem}")
                continue
            st = full.lstat()
            if stat.S_ISLNK(st.st_mode):
                problems.append(f"'{rel}': symbolic links are not allowed in a pack")
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(f"'{rel}': device files, pipes and sockets are not allowed in a pack")
                continue
            if _ignored(PurePosixPath(rel).parts):
                report.ignored.append(rel)
                continue
            problem = _type_problem(rel)
            if problem:
                problems.append(problem)
                continue
            if st.st_size > _size_limit(rel):
                problems.append(f"'{rel}' is {st.st_size} bytes; the limit is {_size_limit(rel)}")
                continue
            todo.append((full, rel))
    _check_collected(report, problems, len(todo), f"the folder '{source}'")
    _check_names([rel for _, rel in todo])
    for full, rel in todo:
        budget.add_file()
        with open(full, "rb") as src:
            _copy_stream(src, staging.joinpath(*PurePosixPath(rel).parts), rel, budget)
    return source.name


# -- the library -------------------------------------------------------------------------------------------

def read_manifest(folder: Path) -> dict:
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def pack_folders(packs_root: str | Path | None) -> list[Path]:
    """Imported packs, oldest import first (a later update overrides an earlier one)."""
    if packs_root is None:
        return []
    root = Path(packs_root)
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".") and not p.is_symlink()]

    def order(p: Path) -> tuple[float, str]:
        t = read_manifest(p).get("imported")
        return (float(t) if isinstance(t, (int, float)) else 0.0, p.name)

    return sorted(found, key=order)


def library_folders(bundled: str | Path | None, packs_root: str | Path | None = None) -> list[Path]:
    """The bundled scenarios folder followed by every imported pack's folder."""
    folders = [Path(bundled)] if bundled is not None else []
    return folders + pack_folders(packs_root)


def load_libraries(folders: list[str | Path], cache=None) -> tuple[list[Scenario], list[FileReport]]:
    """(scenarios sorted by id, reports of files that cannot be used): like load_library, over several
    folders. A later folder's scenario replaces an earlier one with the same id only when its pack
    manifest says it was imported as an update of that id; any other duplicate is reported (LA026)."""
    chosen: dict[str, Scenario] = {}
    broken: list[FileReport] = []
    for folder in map(Path, folders):
        if not folder.is_dir():
            continue
        allowed = set(read_manifest(folder).get("replaces") or [])
        for r in lint_paths([folder], cache):
            if r.scenario is None:
                broken.append(r)
                continue
            sc = r.scenario
            if sc.id in chosen and sc.id not in allowed:
                r.diagnostics.append(Diagnostic(
                    "LA026", f"scenario id '{sc.id}' is already used by {chosen[sc.id].file}; import this "
                    "pack again with --replace to use this one instead", r.path, *r.id_position))
                r.scenario = None
                broken.append(r)
                continue
            chosen[sc.id] = sc
    return sorted(chosen.values(), key=lambda s: s.id), broken


# -- import ----------------------------------------------------------------------------------------------

def import_pack(source: str | Path, packs_root: str | Path, *, bundled: str | Path | None = None,
                replace: bool = False) -> ImportReport:
    """Check ``source`` (a folder or .zip) and, if everything is right, add it to ``packs_root``.

    Never raises for a bad pack: the report says what was refused. ``bundled`` is the app's own
    scenarios folder, so updates of bundled scenarios are recognised.
    """
    source = Path(source)
    report = ImportReport(str(source))
    root = Path(packs_root)
    if not source.exists():
        report.refused.append(f"'{source}' does not exist")
        return report
    if source.is_symlink():
        report.refused.append(f"'{source}' is a symbolic link; choose the pack itself")
        return report
    is_zip = source.is_file() and zipfile.is_zipfile(source)
    if not (source.is_dir() or is_zip):
        report.refused.append(f"'{source.name}' is neither a folder nor a .zip file")
        return report
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    except OSError as exc:
        report.refused.append(f"cannot write to the packs folder '{root}': {exc.strerror or exc}")
        return report
    try:
        try:
            suggested = _stage_zip(source, staging, report) if is_zip else _stage_folder(source, staging, report)
        except PackError as exc:
            report.refused.insert(0, str(exc))
            return report
        except OSError as exc:
            report.refused.insert(0, f"the pack could not be read: {exc.strerror or exc}")
            return report
        report.pack_name = safe_pack_name(suggested)
        _lint_staged(staging, report)
        if report.refused or report.lint_errors:
            return report
        target = root / report.pack_name
        others = [f for f in library_folders(bundled, root) if f.resolve() != target.resolve()]
        existing, _ = load_libraries(others)
        by_id = {s.id: s for s in existing}
        new_ids = {sid for sid, _ in report.scenarios}
        for sid, rev in report.scenarios:
            if sid in by_id:
                old = by_id[sid]
                report.updates.append(Update(sid, old.revision, rev, _display(old.file, root, bundled)))
        if target.exists():   # the same pack again: its scenarios are updates of themselves
            previous = {s.id: s for s in load_libraries([target])[0]}
            for sid, rev in report.scenarios:
                if sid in previous and sid not in by_id:
                    old = previous[sid]
                    report.updates.append(Update(sid, old.revision, rev, _display(old.file, root)))
        if (report.updates or target.exists()) and not replace:
            report.needs_replace = True
            if target.exists() and not report.updates:
                report.refused.append(f"a pack named '{report.pack_name}' is already imported")
            return report
        manifest = {"name": report.pack_name, "source": source.name, "imported": time.time(),
                    "scenarios": {sid: rev for sid, rev in report.scenarios},
                    "replaces": sorted(new_ids & set(by_id))}
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        _install(staging, target)
        report.accepted = True
        report.replaced = bool(report.updates)
        report.destination = target
        return report
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _display(file: str, root: Path, bundled: str | Path | None = None) -> str:
    p = Path(file)
    for base, label in ((root, "pack "), (bundled, "the bundled library: ")):
        if base is None:
            continue
        try:
            return label + Path(p).resolve().relative_to(Path(base).resolve()).as_posix()
        except ValueError:
            pass
    return str(p)


def _lint_staged(staging: Path, report: ImportReport) -> None:
    reports = lint_paths([staging])
    for r in reports:
        try:
            rel = Path(r.path).relative_to(staging).as_posix()
        except ValueError:
            rel = report.pack_name or "pack"
        label = f"{report.pack_name}/{rel}" if rel != "." else report.pack_name
        for d in r.diagnostics:
            report.diagnostics.append(dc_replace(d, file=label))
        if r.scenario is not None:
            report.scenarios.append((r.scenario.id, r.scenario.revision))
    if not report.scenarios and not report.lint_errors:
        report.refused.append("the pack contains no scenario files (.yaml)")


def _install(staging: Path, target: Path) -> None:
    """Swap the checked staging folder in; the previous version is only deleted once the new one is in place."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=target.parent))
        os.replace(target, old / "pack")
    try:
        os.replace(staging, target)
    except OSError:
        if old is not None:
            os.replace(old / "pack", target)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(packs_root: str | Path) -> None:
    """Delete staging folders an interrupted import left behind (call at start-up if you like)."""
    root = Path(packs_root)
    if root.is_dir():
        for p in root.iterdir():
            if p.is_dir() and p.name.startswith((".import-", ".old-")):
                shutil.rmtree(p, ignore_errors=True)


# -- export -----------------------------------------------------------------------------------------------

def _assets(sc: Scenario) -> list[str]:
    rels = [ch.portrait for ch in sc.characters.values()] + [node.image for node in sc.nodes.values()]
    return sorted({r for r in rels if r})


def export_pack(scenario_ids: list[str], library_folders: list[str | Path], out_zip: str | Path) -> ExportReport:
    """Write ``out_zip`` with the chosen scenarios, their test plans (``tests/<id>.yaml``) and the
    images they reference, laid out as in a scenarios folder so the zip imports as a pack."""
    scenarios, _ = load_libraries(list(library_folders))
    by_id = {s.id: s for s in scenarios}
    missing = [sid for sid in scenario_ids if sid not in by_id]
    if missing:
        raise PackError(f"no scenario with id {', '.join(repr(m) for m in missing)} in the library "
                        f"(known: {', '.join(sorted(by_id)) or 'none'})")
    if not scenario_ids:
        raise PackError("name at least one scenario id to export")
    entries: dict[str, Path] = {}

    def add(arcname: str, path: Path) -> None:
        if arcname in entries and entries[arcname].read_bytes() != path.read_bytes():
            raise PackError(f"two scenarios use different files named '{arcname}'; rename one of them")
        entries[arcname] = path

    for sid in dict.fromkeys(scenario_ids):
        sc = by_id[sid]
        folder = Path(sc.folder)
        file = Path(sc.file)
        add(file.name, file)
        for stem in dict.fromkeys((sc.id, file.stem)):
            plan = folder / "tests" / f"{stem}.yaml"
            if plan.is_file():
                add(f"tests/{plan.name}", plan)
                break
        for rel in _assets(sc):
            add(rel, folder / rel)
    out = Path(out_zip)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".zip", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for arcname in sorted(entries):
                zf.write(entries[arcname], arcname)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ExportReport(out, list(dict.fromkeys(scenario_ids)), sorted(entries))
