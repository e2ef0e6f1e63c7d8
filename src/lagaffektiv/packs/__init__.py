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

The parts: records.py (what an import or export reports), limits.py (the limits and the checks on
each entry), staging.py (1.), importing.py (2.–4.), library.py, export.py.
"""

from __future__ import annotations

# Every name lagaffektiv.packs had before it became a package, for the app, the CLI and the tests.
from ..scenario.source import MAX_BYTES as MAX_SCENARIO_BYTES  # noqa: F401
from .export import export_pack  # noqa: F401
from .importing import import_pack, remove_leftovers  # noqa: F401
from .library import library_folders, load_libraries, pack_folders, read_manifest  # noqa: F401
from .limits import (ALLOWED_SUFFIXES, IGNORED_DIRS, IGNORED_NAMES, MANIFEST, MAX_DEPTH, MAX_FILE_BYTES,  # noqa: F401
                     MAX_FILES, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR, SCENARIO_SUFFIXES, WINDOWS_DEVICES,
                     safe_pack_name)
from .records import ExportReport, ImportReport, PackError, Update  # noqa: F401
