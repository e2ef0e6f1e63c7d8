"""Saving an export through the system's save dialog: ask where, make sure of the suffix, write.
The caller words the outcome in its own translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """Where an export is offered first: the user's documents, or home where the system names none."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


def save_through_dialog(parent: QWidget, title: str, default_path: str, file_filter: str, suffix: str,
                        write: Callable[[str], Path]) -> tuple[Path | None, str | None] | None:
    """None when the dialog was cancelled; else (the path written, None) or (None, why it failed).
    OSError and ValueError are the failures a full disk, a locked folder or bad data give: said, not raised."""
    path, _ = QFileDialog.getSaveFileName(parent, title, default_path, file_filter)
    if not path:
        return None
    if not path.lower().endswith("." + suffix):
        path += "." + suffix
    try:
        return write(path), None
    except (OSError, ValueError) as exc:
        return None, str(exc)
