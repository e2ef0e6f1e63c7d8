"""The limits a pack must keep and the checks on each entry's name, type and size: a pack is hostile
until proven otherwise, so these run before a byte of it is written outside the staging folder."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from ..messages import M
from ..scenario.source import MAX_BYTES as MAX_SCENARIO_BYTES
from .records import PackError


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


def _entry_problem(name: str) -> M | None:
    """Why a path inside a pack is refused, or None when it is a plain relative path."""
    if not name or "\x00" in name:
        return M("name_empty")
    if "\\" in name:
        return M("name_backslash")
    if name.startswith("/"):
        return M("name_absolute")
    if ":" in name:
        return M("name_drive")
    parts = PurePosixPath(name).parts
    if any(p == ".." for p in parts):
        return M("name_dotdot")
    if len(parts) > MAX_DEPTH:
        return M("name_deep", n=MAX_DEPTH)
    for p in parts:
        if p != p.rstrip(" ."):
            return M("name_trailing")
        if p.split(".")[0].lower() in WINDOWS_DEVICES:
            return M("name_device", name=p)
        if any(ord(c) < 32 for c in p):
            return M("name_control")
    return None


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(p.lower() in IGNORED_DIRS for p in parts[:-1]) or parts[-1].lower() in IGNORED_NAMES \
        or parts[-1].startswith("._")


def _type_problem(name: str) -> M | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return M("type_not_allowed", name=name, suffix=suffix or M("no_suffix"), allowed=", ".join(ALLOWED_SUFFIXES))
    return None


def _check_collected(report, problems: list[M], count: int, empty: M) -> None:
    """What a zip and a folder pack share once their entries are gathered: refusals, emptiness
    (``empty`` says which pack has no files), count."""
    if problems:
        report.refused.extend(problems)
        raise PackError(M("files_not_allowed"))
    if not count:
        raise PackError(empty)
    if count > MAX_FILES:
        raise PackError(M("too_many_files", n=count, limit=MAX_FILES))


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
            raise PackError(M("more_files_than", limit=MAX_FILES))

    def add_bytes(self, n: int, name: str, so_far: int) -> None:
        self.bytes += n
        if so_far > _size_limit(name):
            raise PackError(M("file_larger_than", name=name, kb=_size_limit(name) // 1024))
        if self.bytes > MAX_TOTAL_BYTES:
            raise PackError(M("pack_larger_than", mb=MAX_TOTAL_BYTES // (1024 * 1024)))


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
            raise PackError(M("case_clash", name=name, other=seen[low]))
        seen[low] = name


def _common_top(names: list[str]) -> str | None:
    """The single top folder every entry sits in (a zipped folder), or None."""
    tops = {PurePosixPath(n).parts[0] for n in names}
    if len(tops) == 1 and all(len(PurePosixPath(n).parts) > 1 for n in names):
        return tops.pop()
    return None
