"""Qt's translation system for the app's own words (scenario text comes from the scenario).

Source strings are English; translations/lagaffektiv_<lang>.qm hold the others, compiled
from the .ts files by pyside6-lrelease (make translations). Translation is asked of a
QTranslator per language rather than through the application-wide translator, so any view
can render either language at any moment (the language switch re-renders, mid-encounter).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from ..shipped import translations_dir

log = logging.getLogger(__name__)
FOLDER = translations_dir()   # inside the package, or a PyInstaller bundle's copy of it
SOURCE_LANG = "en"
_installed: list[QTranslator] = []


@functools.lru_cache(maxsize=None)
def translator(lang: str) -> QTranslator | None:
    if lang == SOURCE_LANG:
        return None
    tr = QTranslator()
    if not tr.load(str(FOLDER / f"lagaffektiv_{lang}.qm")):
        log.warning("no translations for '%s' in %s; showing English", lang, FOLDER)
        return None
    return tr


def translate(context: str, source: str, lang: str) -> str:
    tr = translator(lang)
    return (tr.translate(context, source) if tr else "") or source


def phrase(context: str, source: str, lang: str, **values: object) -> str:
    """``source`` translated, with ``values`` put in its {fields}. Without values the text is left
    as it is, so a text that shows a literal brace need not double it."""
    text = translate(context, source, lang)
    return text.format(**values) if values else text


def install_qt_translations(app: QApplication, lang: str) -> None:
    """Qt's own words (standard buttons such as Cancel) in ``lang``."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == SOURCE_LANG:
        return
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
