"""Remembering files that linted clean, so the app does not check an unchanged file again.

Reading and checking the twelve bundled scenarios takes about half a second, at every start.
A verdict depends only on the file's bytes and on this linter and format, so it is kept under
the file's SHA-256 and a stamp of the linter's own source. Entries are JSON, never pickle:
a tampered cache can at worst claim a file is clean, and the schema still shapes what it
holds. Only files without errors are kept; any problem with the cache is a miss, never an
error. Assets are not re-checked on a hit (the play view shows a placeholder for a missing one).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from pathlib import Path

_SOURCES = ("lint", "scenario", "encounter/tuning.py", "principles.py", "sources.py", "floorplan.py",
            "audio/catalog.py", "messages", "errors.py")   # the last two: what a kept message is made of


@functools.lru_cache(maxsize=1)
def stamp() -> str | None:
    """A hash of the code that decides a verdict: any change to it starts a new cache.

    A frozen bundle has no source files to hash (its modules sit compiled inside the executable),
    and its code changes only with a new executable, so the executable's size and time stand in.
    None when neither can be read: the cache is then off, which costs time, never a result.
    """
    h = hashlib.sha256()
    try:
        if getattr(sys, "frozen", False):
            st = Path(sys.executable).stat()
            h.update(f"frozen:{st.st_size}:{st.st_mtime_ns}".encode())
            return "frozen-" + h.hexdigest()[:20]
        root = Path(__file__).resolve().parents[1]
        for name in _SOURCES:
            p = root / name
            for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
                h.update(f.relative_to(root).as_posix().encode())
                h.update(f.read_bytes())
    except OSError:
        return None
    return h.hexdigest()[:20]


class LintCache:
    def __init__(self, folder: str | Path):
        code = stamp()
        self.folder = Path(folder) / code if code else None

    def _path(self, digest: str) -> Path:
        return self.folder / f"{digest}.json"

    def get(self, digest: str) -> dict | None:
        if self.folder is None:
            return None
        try:
            entry = json.loads(self._path(digest).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
            return None
        return entry

    def put(self, digest: str, entry: dict) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self._path(digest).with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self._path(digest))
        except (OSError, TypeError, ValueError):
            pass   # a cache that cannot be written only costs time
