"""export_pack: the chosen scenarios and the pictures they use into one .zip, written to a temporary
file and renamed, so a failed export leaves no half-written pack."""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from ..messages import M
from ..scenario.model import Scenario
from .library import load_libraries
from .records import ExportReport, PackError


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
        raise PackError(M("export_unknown_ids", ids=", ".join(repr(m) for m in missing),
                          known=", ".join(sorted(by_id)) or M("none")))
    if not scenario_ids:
        raise PackError(M("export_nothing"))
    entries: dict[str, Path] = {}

    def add(arcname: str, path: Path) -> None:
        if arcname in entries and entries[arcname].read_bytes() != path.read_bytes():
            raise PackError(M("export_name_clash", name=arcname))
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
