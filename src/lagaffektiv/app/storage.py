"""Where the learner's data lives, and opening the history with a message for every failure."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ..history import History, HistoryError

DATA_ENV = "LAGAFFEKTIV_DATA"   # a folder for all data: tests, and later portable mode


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def settings_store() -> QSettings:
    if os.environ.get(DATA_ENV):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("lagaffektiv", "lagaffektiv")


def open_history() -> tuple[History | None, str | None, Path | None]:
    """(history or None, error text or None, where a corrupt file was moved or None)."""
    try:
        h = History.open(data_dir() / "history.db")
    except (HistoryError, OSError) as exc:
        return None, str(exc), None
    return h, None, h.moved_aside
