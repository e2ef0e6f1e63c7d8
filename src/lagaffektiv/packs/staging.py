"""Copying or unpacking a pack into a fresh staging folder, entry by entry through the checks of
limits.py, reading at most the bytes allowed (a zip's declared sizes are not trusted)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

from ..messages import M
from .limits import (IGNORED_DIRS, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR, _Budget, _check_collected, _check_names,
                     _common_top, _copy_stream, _entry_problem, _ignored, _size_limit, _type_problem)
from .records import ImportReport, PackError


def _stage_zip(source: Path, staging: Path, report: ImportReport) -> str:
    """Unpack ``source`` into ``staging``; returns the pack's suggested name."""
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(M("bad_zip", name=source.name, reason=str(exc))) from None
    budget = _Budget()
    with zf:
        files: list[zipfile.ZipInfo] = []
        problems: list[M] = []
        for info in zf.infolist():
            name = info.filename
            problem = _entry_problem(name.rstrip("/") if info.is_dir() else name)
            if problem:
                problems.append(M("entry_problem", name=name, problem=problem))
                continue
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_IFMT(mode):   # made on Unix: the entry carries its file type
                if stat.S_ISLNK(mode):
                    problems.append(M("symlink", name=name))
                    continue
                if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                    problems.append(M("special_file", name=name))
                    continue
            if info.is_dir():
                continue
            if not _admit(name, info.file_size, "entry_too_big_unpacked", report, problems):
                continue
            if info.flag_bits & 0x1:
                problems.append(M("encrypted", name=name))
                continue
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                problems.append(M("zip_bomb", name=name, ratio=info.file_size // max(info.compress_size, 1),
                                  limit=MAX_RATIO))
                continue
            files.append(info)
        _check_collected(report, problems, len(files), M("zip_no_files", name=source.name))
        declared = sum(i.file_size for i in files)
        if declared > MAX_TOTAL_BYTES:
            raise PackError(M("pack_too_big", mb=declared // (1024 * 1024), limit=MAX_TOTAL_BYTES // (1024 * 1024)))
        names = [i.filename for i in files]
        _check_names(names)
        top = _common_top(names)
        for info in files:
            parts = PurePosixPath(info.filename).parts
            rel = parts[1:] if top else parts
            dest = staging.joinpath(*rel)
            if staging.resolve() not in dest.resolve().parents:   # belt and braces after the name checks
                raise PackError(M("outside_pack", name=info.filename))
            budget.add_file()
            try:
                with zf.open(info) as src:   # the sizes actually read are counted, not the header's
                    _copy_stream(src, dest, info.filename, budget)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError,
                    RuntimeError) as exc:
                raise PackError(M("cannot_unpack", name=info.filename, reason=str(exc))) from None
    return top or source.stem


def _admit(name: str, size: int, too_big: str, report: ImportReport, problems: list[M]) -> bool:
    """The pack's file policy, the same for a zip entry and a file in a folder: names to skip are
    noted as ignored, a type not allowed or a file over its limit is a problem. True: take the file."""
    if _ignored(PurePosixPath(name).parts):
        report.ignored.append(name)
        return False
    problem = _type_problem(name)
    if problem:
        problems.append(problem)
        return False
    if size > _size_limit(name):
        problems.append(M(too_big, name=name, size=size, limit=_size_limit(name)))
        return False
    return True


def _stage_folder(source: Path, staging: Path, report: ImportReport) -> str:
    budget = _Budget()
    problems: list[M] = []
    todo: list[tuple[Path, str]] = []
    for root, dirs, filenames in os.walk(source, followlinks=False):
        root_path = Path(root)
        for d in list(dirs):
            full = root_path / d
            rel = full.relative_to(source).as_posix()
            if full.is_symlink():
                problems.append(M("symlink", name=rel))
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
                problems.append(M("entry_problem", name=rel, problem=problem))
                continue
            st = full.lstat()
            if stat.S_ISLNK(st.st_mode):
                problems.append(M("symlink", name=rel))
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(M("special_file", name=rel))
                continue
            if _admit(rel, st.st_size, "entry_too_big", report, problems):
                todo.append((full, rel))
    _check_collected(report, problems, len(todo), M("folder_no_files", path=str(source)))
    _check_names([rel for _, rel in todo])
    for full, rel in todo:
        budget.add_file()
        with open(full, "rb") as src:
            _copy_stream(src, staging.joinpath(*PurePosixPath(rel).parts), rel, budget)
    return source.name


# -- the library -------------------------------------------------------------------------------------------
