"""Copying or unpacking a pack into a fresh staging folder, entry by entry through the checks of
limits.py, reading at most the bytes allowed (a zip's declared sizes are not trusted)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

from .limits import (IGNORED_DIRS, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR, _Budget, _check_collected, _check_names,
                     _common_top, _copy_stream, _entry_problem, _ignored, _size_limit, _type_problem)
from .records import ImportReport, PackError


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
