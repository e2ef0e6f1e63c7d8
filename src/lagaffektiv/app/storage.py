"""Where the learner's data lives, and opening the history with a message for every failure.

The folder is decided by lagaffektiv.paths (LAGAFFEKTIV_DATA, portable mode); only the platform
default (Qt's AppDataLocation) is resolved here, because only Qt knows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from .. import paths

if TYPE_CHECKING:
    from ..history import History

DATA_ENV = paths.DATA_ENV   # kept for callers that import it from here


def _ensure_names() -> None:
    """The same AppDataLocation with or without the app's QApplication (the CLI has none)."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName("lagaffektiv")
    if QCoreApplication.applicationName() != "lagaffektiv":
        QCoreApplication.setApplicationName("lagaffektiv")


def data_dir() -> Path:
    chosen = paths.data_dir()
    if chosen is not None:
        return chosen
    _ensure_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def packs_dir() -> Path:
    """Imported scenario packs: ``<data folder>/packs``."""
    return paths.packs_dir(data_dir())


def workshops_dir() -> Path:
    """Saved workshops: ``<data folder>/workshops`` (lagaffektiv.workshop.WorkshopStore)."""
    return paths.workshops_dir(data_dir())


def settings_store() -> QSettings:
    ini = paths.settings_file()
    if ini is not None:
        return QSettings(str(ini), QSettings.Format.IniFormat)
    return QSettings("lagaffektiv", "lagaffektiv")


def open_history() -> tuple[History | None, str | None, Path | None]:
    """(history or None, error text or None, where a corrupt file was moved or None)."""
    from ..history import History, HistoryError   # after the first paint: sqlite3 is not needed sooner

    try:
        h = History.open(data_dir() / paths.HISTORY_FILE)
    except (HistoryError, OSError) as exc:
        return None, str(exc), None
    return h, None, h.moved_aside


def lint_cache_dir() -> Path:
    """Where the app remembers which unchanged scenario files linted clean."""
    base = data_dir()
    return base / "cache" / "lint"


def sound_cache_dir() -> Path:
    """Where the app keeps the sounds it has rendered (lagaffektiv.audio.cache)."""
    return paths.sound_cache_dir(data_dir())
