"""Where the learner's data lives (Qt-free): an explicit folder, portable mode, or the platform default.

Resolution order of ``data_dir()``:

1. ``LAGAFFEKTIV_DATA`` (tests, and anyone who wants the data somewhere else);
2. portable mode: ``--portable`` was given (the CLI calls ``set_portable(True)``), or a file
   ``portable.txt`` sits next to the executable → ``<that folder>/lagaffektiv-data/``;
3. ``None``: the platform's own user data folder, which the Qt layer resolves
   (lagaffektiv.app.storage uses QStandardPaths' AppDataLocation for it).

Whenever ``data_dir()`` is not None the settings are an INI file inside that folder, so a USB
stick carries history, settings and imported scenario packs together.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

DATA_ENV = "LAGAFFEKTIV_DATA"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "lagaffektiv-data"
PACKS_FOLDER = "packs"
WORKSHOPS_FOLDER = "workshops"
SETTINGS_FILE = "settings.ini"
HISTORY_FILE = "history.db"
SOUND_CACHE = ("cache", "sounds")

_portable_requested = False


def set_portable(on: bool = True) -> None:
    """The CLI's ``--portable``: keep every piece of data next to the executable."""
    global _portable_requested
    _portable_requested = bool(on)


def portable_requested() -> bool:
    return _portable_requested


def executable_dir(executable: str | Path | None = None) -> Path:
    """The folder of the running program: ``sys.executable``'s folder (for a frozen app that is the
    app's own folder, e.g. the USB stick). ``executable`` replaces ``sys.executable`` in tests."""
    # Not resolve(): a virtual environment's python is a symlink into /usr/bin.
    return Path(os.path.abspath(executable if executable is not None else sys.executable)).parent


def portable_dir(executable: str | Path | None = None) -> Path | None:
    """``<executable folder>/lagaffektiv-data`` in portable mode, else None."""
    folder = executable_dir(executable)
    if _portable_requested or (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_FOLDER
    return None


def data_dir(executable: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The data folder, or None for "the platform's user data folder" (resolved by the Qt layer)."""
    env = os.environ if environ is None else environ
    override = env.get(DATA_ENV)
    if override:
        return Path(override)
    return portable_dir(executable)


def mode(executable: str | Path | None = None, environ: Mapping[str, str] | None = None) -> str:
    """"env", "portable" or "platform": for messages and the self-test."""
    env = os.environ if environ is None else environ
    if env.get(DATA_ENV):
        return "env"
    return "portable" if portable_dir(executable) is not None else "platform"


def settings_file(executable: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The INI file the settings live in, or None for the platform's native settings store."""
    base = data_dir(executable, environ)
    return None if base is None else base / SETTINGS_FILE


def packs_dir(base: Path) -> Path:
    """Imported scenario packs live in ``<data folder>/packs/<pack name>/``."""
    return Path(base) / PACKS_FOLDER


def sound_cache_dir(base: Path) -> Path:
    """Rendered sounds (WAV) live in ``<data folder>/cache/sounds/``: in portable mode on the stick."""
    return Path(base).joinpath(*SOUND_CACHE)


def workshops_dir(base: Path) -> Path:
    """Saved workshops (one JSON file each) live in ``<data folder>/workshops/``."""
    return Path(base) / WORKSHOPS_FOLDER
