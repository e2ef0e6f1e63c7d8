"""The learner's own data in the history view: export it as JSON, or delete all of it.

Everything stays on this computer; the learner can take a copy with them or remove it at any time.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .history_words import w

log = logging.getLogger(__name__)


class YourData:
    """Export and delete for ``HistoryView``; the view holds ``history``, ``lang``, ``render`` and
    ``_say``, and the ``data_deleted`` signal."""

    def export_to(self, path: str | Path) -> Path:
        """Write everything the history holds to ``path`` as JSON (UTF-8, indented), replacing the file
        only once the whole export is written."""
        if self.history is None:
            raise OSError("there is no history to export")
        path = Path(path)
        data = self.history.export()
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def default_export_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{w(self.lang, 'file_stem')}-{date.today().isoformat()}.json"

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, w(self.lang, "export_title"), str(self.default_export_path()),
                                              w(self.lang, "json_filter"))
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            saved = self.export_to(path)
        except (OSError, sqlite3.Error, ValueError) as exc:
            self._say(w(self.lang, "save_failed", error=exc))
            QMessageBox.warning(self, w(self.lang, "export_title"), w(self.lang, "save_failed", error=exc))
            return
        self._say(w(self.lang, "saved", path=saved))

    def delete_confirmed(self) -> None:
        """Delete the whole history (the learner has confirmed), show the empty state, tell the window."""
        if self.history is None:
            return
        self.history.delete_all()
        self.render()
        self._say(w(self.lang, "deleted"))
        self.data_deleted.emit()

    def ask_delete(self) -> None:
        if self.history is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, w(self.lang, "delete_title"), w(self.lang, "delete_question"),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(w(self.lang, "delete_explain"))
        yes = box.addButton(w(self.lang, "delete_yes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(w(self.lang, "delete_no"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            self.delete_confirmed()
        except (sqlite3.Error, OSError) as exc:
            log.warning("the history could not be deleted", exc_info=True)
            self._say(w(self.lang, "delete_failed", error=exc))
            QMessageBox.warning(self, w(self.lang, "delete_title"), w(self.lang, "delete_failed", error=exc))
