"""Running the checks over files and folders; one bad file never stops the others."""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Diagnostic
from ..messages import M
from ..scenario import model
from ..scenario.source import file_bytes, read_bytes
from ..scenario.validate import errors as schema_errors
from .cache import LintCache
from .checks import semantic

SCENARIO_SUFFIXES = (".yaml", ".yml")
# Folders skipped when a folder is linted: test plans live in scenarios/tests/.
SKIPPED_DIRS = ("tests",)


@dataclass
class FileReport:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    scenario: model.Scenario | None = None
    id_position: tuple[int, int] = (1, 1)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def _from_cache(path: str | Path, cache: LintCache, digest: str) -> FileReport | None:
    entry = cache.get(digest)
    if entry is None:
        return None
    try:
        name = str(path)
        report = FileReport(name, [Diagnostic.from_record(d) for d in entry.get("diagnostics", [])])
        report.scenario = model.build(entry["data"], name, str(Path(path).parent), digest)
        report.id_position = tuple(entry.get("id_position", (1, 1)))
        return report
    except Exception:  # noqa: BLE001 - a stale or tampered entry is a miss
        return None


def lint_file(path: str | Path, cache: LintCache | None = None) -> FileReport:
    """Every diagnostic of one file; ``scenario`` is set when it has no errors.

    With a cache (the app), a file that linted clean before and has not changed is not read
    again; `lagaffektiv lint` never uses one."""
    name = str(path)
    report = FileReport(name)
    try:
        raw = file_bytes(path)   # read once: the digest, the cache and the parse all use it
        if isinstance(raw, Diagnostic):
            report.diagnostics.append(raw)
            return report
        digest = hashlib.sha256(raw).hexdigest()
        if cache is not None:
            cached = _from_cache(path, cache, digest)
            if cached is not None:
                return cached
        src = read_bytes(raw, name)
        report.diagnostics.extend(src.diagnostics)
        if src.data is None:
            if not src.diagnostics:
                report.diagnostics.append(src.diag("LA003", M("empty_file")))
            return report
        if not isinstance(src.data, dict):
            report.diagnostics.append(src.diag("LA003", M("not_a_mapping")))
            return report
        found = list(schema_errors(src.data))
        for dpath, msg in found[:50]:
            report.diagnostics.append(src.diag("LA003", msg, dpath))
        if found:
            return report
        sc = model.build(src.data, name, str(Path(path).parent), digest)
        report.id_position = src.where(("id",))
        report.diagnostics.extend(semantic(src, sc))
        if report.ok:
            report.scenario = sc
            if cache is not None:
                cache.put(digest, {"data": src.data, "id_position": list(report.id_position),
                                   "diagnostics": [d.to_record() for d in report.diagnostics]})
    except Exception as exc:  # noqa: BLE001 - a linter bug must not hide the other files
        last = traceback.extract_tb(exc.__traceback__)[-1]
        report.diagnostics.append(Diagnostic(
            "LA018", M("internal_error", error=type(exc).__name__, where=f"{Path(last.filename).name}:{last.lineno}"),
            name))
    report.diagnostics.sort(key=lambda d: (d.line, d.col, d.code))
    return report


def scenario_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.suffix in SCENARIO_SUFFIXES and f.is_file() and not any(d in SKIPPED_DIRS for d in rel[:-1]):
                    files.append(f)
        else:
            files.append(p)
    return files


def lint_paths(paths: list[str | Path], cache: LintCache | None = None) -> list[FileReport]:
    reports: list[FileReport] = []
    for p in map(Path, paths):
        if not p.exists():
            reports.append(FileReport(str(p), [Diagnostic("LA018", M("no_such_path"), str(p))]))
        elif p.is_dir() and not scenario_files([p]):
            reports.append(FileReport(str(p), [Diagnostic("LA018", M("no_scenario_files"), str(p))]))
        else:
            reports.extend(lint_file(f, cache) for f in scenario_files([p]))
    first: dict[str, str] = {}
    for r in reports:
        if r.scenario is None:
            continue
        sid = r.scenario.id
        if sid in first:
            r.diagnostics.append(Diagnostic("LA026", M("id_used_by", id=sid, file=first[sid]),
                                            r.path, *r.id_position))
            r.scenario = None
        else:
            first[sid] = r.path
    return reports
