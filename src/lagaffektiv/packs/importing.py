"""import_pack: stage, lint, compare with the library, then move into place with a manifest; any
failure leaves the library as it was."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import replace as dc_replace
from pathlib import Path

from ..lint.runner import lint_paths
from ..messages import M
from .library import library_folders, load_libraries
from .limits import MANIFEST, safe_pack_name
from .records import ImportReport, PackError, Update
from .staging import _stage_folder, _stage_zip


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
        report.refused.append(M("source_missing", path=str(source)))
        return report
    if source.is_symlink():
        report.refused.append(M("source_symlink", path=str(source)))
        return report
    is_zip = source.is_file() and zipfile.is_zipfile(source)
    if not (source.is_dir() or is_zip):
        report.refused.append(M("source_kind", name=source.name))
        return report
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    except OSError as exc:
        report.refused.append(M("root_unwritable", path=str(root), reason=str(exc.strerror or exc)))
        return report
    try:
        try:
            suggested = _stage_zip(source, staging, report) if is_zip else _stage_folder(source, staging, report)
        except PackError as exc:
            report.refused.insert(0, exc.message)
            return report
        except OSError as exc:
            report.refused.insert(0, M("pack_unreadable", reason=str(exc.strerror or exc)))
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
                report.refused.append(M("already_imported", name=report.pack_name))
            return report
        manifest = {"name": report.pack_name, "source": source.name, "imported": time.time(),
                    "scenarios": {sid: rev for sid, rev in report.scenarios},
                    "replaces": sorted(new_ids & set(by_id))}
        try:
            (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
            _install(staging, target)
        except OSError as exc:   # a full disk, a folder in use: refused, the library as it was
            report.refused.append(M("root_unwritable", path=str(root), reason=str(exc.strerror or exc)))
            return report
        report.accepted = True
        report.replaced = bool(report.updates)
        report.destination = target
        return report
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _display(file: str, root: Path, bundled: str | Path | None = None) -> M | str:
    p = Path(file)
    for base, key in ((root, "in_pack"), (bundled, "in_bundled")):
        if base is None:
            continue
        try:
            return M(key, path=Path(p).resolve().relative_to(Path(base).resolve()).as_posix())
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
        report.refused.append(M("no_scenarios"))


def _install(staging: Path, target: Path) -> None:
    """Swap the checked staging folder in; the previous version is only deleted once the new one is in place.

    The previous version waits in ``.old-*/<its name>``: if the swap is interrupted (a crash, a power
    cut), remove_leftovers puts it back, so an update can never lose both versions.
    """
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=target.parent))
        os.replace(target, old / target.name)
    try:
        os.replace(staging, target)
    except OSError:
        if old is not None:
            os.replace(old / target.name, target)
            old.rmdir()
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(packs_root: str | Path) -> None:
    """Clean up after an interrupted import (called after the app's first paint): staging folders
    are deleted; a previous pack version still waiting in ``.old-*`` is put back if the new one never
    arrived, else deleted."""
    root = Path(packs_root)
    if not root.is_dir():
        return
    for p in root.iterdir():
        if p.is_dir() and p.name.startswith(".old-"):
            for kept in p.iterdir():
                if kept.is_dir() and not (root / kept.name).exists():
                    try:
                        os.replace(kept, root / kept.name)
                    except OSError:
                        continue    # left for the next start rather than lost
            if not any(p.iterdir()) or all((root / k.name).exists() for k in p.iterdir()):
                shutil.rmtree(p, ignore_errors=True)
        elif p.is_dir() and p.name.startswith(".import-"):
            shutil.rmtree(p, ignore_errors=True)


# -- export -----------------------------------------------------------------------------------------------
