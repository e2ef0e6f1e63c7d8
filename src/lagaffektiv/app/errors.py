"""Unexpected errors: a message box with a copyable report, never a traceback in a console only."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from . import text as t

log = logging.getLogger(__name__)


def error_box(exc: BaseException, details: str, lang: str = "sv") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, t.ui(lang, "error_title"),
                      f"{t.ui(lang, 'error_intro')}\n\n{type(exc).__name__}: {exc}\n\n{t.ui(lang, 'error_report')}")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    return box


def show_error(exc: BaseException, details: str, lang: str = "sv") -> None:
    """Tell the user in a message box; without a QApplication only stderr is left."""
    if QApplication.instance() is None:
        print(f"lagaffektiv: internal error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    error_box(exc, details, lang).exec()


def make_excepthook(lang: str = "sv"):
    def excepthook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error: %s: %s", exc_type.__name__, exc)
        log.debug("%s", details)   # the dialog has the copyable report; LAGAFFEKTIV_DEBUG shows it here
        try:
            show_error(exc, details, lang)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            sys.__excepthook__(exc_type, exc, tb)
    return excepthook


