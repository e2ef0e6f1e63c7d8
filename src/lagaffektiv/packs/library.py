"""The app's library: the bundled folder plus every imported pack, merged so that a pack's scenario
only overrides an existing id when it was imported as an update."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import Diagnostic
from ..messages import M
from ..lint.runner import FileReport, lint_paths
from ..scenario.model import Scenario
from .limits import MANIFEST


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
                    "LA026", M("id_used_by_replace", id=sc.id, file=chosen[sc.id].file), r.path, *r.id_position))
                r.scenario = None
                broken.append(r)
                continue
            chosen[sc.id] = sc
    return sorted(chosen.values(), key=lambda s: s.id), broken


# -- import ----------------------------------------------------------------------------------------------
