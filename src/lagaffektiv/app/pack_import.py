"""Importing a scenario pack from the library: choose a .zip or a folder, let the core check it
(lagaffektiv.packs.import_pack), and tell the learner what happened.

Every outcome of ``import_pack`` has its answer here:

- accepted: the library is read again and a message lists the scenarios added;
- an update of scenarios already in the library (``needs_replace``): a question shows each
  scenario's title and id with the installed and the new revision; only a yes imports again with
  ``replace=True``;
- refused (unsafe files, limits, lint errors): a warning with the reasons, file paths relative to
  the pack; nothing of the pack is kept, so the library is as before.

The core's checks (lagaffektiv.packs) are imported when an import starts, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from . import text as t
from .i18n import phrase

if TYPE_CHECKING:
    from ..packs import ImportReport
    from ..scenario.model import Scenario

MAX_LINES_SHOWN = 25   # in the message itself; every line is in the details

WORDS: dict[str, str] = {
    "button": QT_TRANSLATE_NOOP("packs", "Import scenario pack…"),
    "button_tip": QT_TRANSLATE_NOOP("packs", "Add scenarios that an educator has shared as a .zip file or a "
                                             "folder. They are checked before anything is added."),
    "from_zip": QT_TRANSLATE_NOOP("packs", "From a .zip file…"),
    "from_folder": QT_TRANSLATE_NOOP("packs", "From a folder…"),
    "choose_zip": QT_TRANSLATE_NOOP("packs", "Choose a scenario pack (.zip)"),
    "zip_filter": QT_TRANSLATE_NOOP("packs", "Scenario packs (*.zip)"),
    "choose_folder": QT_TRANSLATE_NOOP("packs", "Choose the folder of a scenario pack"),
    "title": QT_TRANSLATE_NOOP("packs", "Import scenario pack"),
    "added": QT_TRANSLATE_NOOP("packs", "The pack “{name}” was added to the library with {n} scenario(s):"),
    "added_line": QT_TRANSLATE_NOOP("packs", "• {title} ({id}, revision {rev})"),
    "replaced": QT_TRANSLATE_NOOP("packs", "The pack's versions are used from now on. The app's own scenarios "
                                           "are not changed: removing the pack brings them back."),
    "warnings": QT_TRANSLATE_NOOP("packs", "The checks found {n} warning(s); see the details."),
    "update_question": QT_TRANSLATE_NOOP("packs", "The pack “{name}” contains newer or different versions of "
                                                  "scenarios you already have:"),
    "update_line": QT_TRANSLATE_NOOP("packs", "{title} ({id}): revision {old} installed, revision {new} in the pack"),
    "update_confirm": QT_TRANSLATE_NOOP("packs", "Replace them with the pack's versions?"),
    "same_pack": QT_TRANSLATE_NOOP("packs", "A pack named “{name}” is already imported. Replace it with this one?"),
    "replace": QT_TRANSLATE_NOOP("packs", "Replace"),
    "keep": QT_TRANSLATE_NOOP("packs", "Keep what I have"),
    "declined": QT_TRANSLATE_NOOP("packs", "Nothing was imported; your library is unchanged."),
    "refused": QT_TRANSLATE_NOOP("packs", "The pack “{name}” was not imported. Nothing of it was kept, and your "
                                          "library is unchanged."),
    "reasons": QT_TRANSLATE_NOOP("packs", "What the checks found:"),
    "more": QT_TRANSLATE_NOOP("packs", "… and {n} more (see the details)."),
    "lint_hint": QT_TRANSLATE_NOOP("packs", "Whoever made the pack can find every message with: "
                                            "lagaffektiv lint FOLDER"),
    "failed": QT_TRANSLATE_NOOP("packs", "The import stopped unexpectedly: {reason}. Your library is unchanged."),
}


def words(lang: str, key: str, **values: object) -> str:
    return phrase("packs", WORDS[key], lang, **values)


# -- choosing the pack --------------------------------------------------------------------------------

def choose_pack(parent: QWidget, lang: str, kind: str) -> Path | None:
    """Ask for a .zip (kind "zip") or a folder (kind "folder"); None when the learner cancels."""
    start = str(Path.home())
    if kind == "folder":
        chosen = QFileDialog.getExistingDirectory(parent, words(lang, "choose_folder"), start)
    else:
        chosen, _ = QFileDialog.getOpenFileName(parent, words(lang, "choose_zip"), start, words(lang, "zip_filter"))
    return Path(chosen) if chosen else None


# -- the messages -------------------------------------------------------------------------------------

def _box(parent: QWidget, icon: QMessageBox.Icon, lang: str, text: str, details: list[str] = ()) -> QMessageBox:
    box = QMessageBox(icon, words(lang, "title"), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # names in a pack are data, never markup
    if details:
        box.setDetailedText("\n".join(details))
    return box


def _shortened(lines: list[str], lang: str) -> str:
    shown = lines[:MAX_LINES_SHOWN]
    if len(lines) > MAX_LINES_SHOWN:
        shown.append(words(lang, "more", n=len(lines) - MAX_LINES_SHOWN))
    return "\n".join(shown)


def _diagnostic_lines(report: ImportReport, lang: str, severity: str | None = None) -> list[str]:
    """Lint messages as "pack/file.yaml: line 3, column 1: LA0xx message", paths inside the pack."""
    return [f"{d.file}: {t.diagnostic_line(d, lang)}" for d in report.diagnostics
            if severity is None or d.severity == severity]


def refusal_lines(report: ImportReport, lang: str) -> list[str]:
    """Why a pack was refused: safety and limit problems first, then the scenarios' errors."""
    return [*report.refusals(lang), *_diagnostic_lines(report, lang, "error")]


def _scenario_title(sid: str, scenarios: dict[str, Scenario], lang: str) -> str:
    sc = scenarios.get(sid)
    return (t.localized(sc.title, lang) if sc is not None else "") or sid


def _ask_replace(parent: QWidget, report: ImportReport, scenarios: dict[str, Scenario], lang: str) -> bool:
    if report.updates:
        lines = [words(lang, "update_line", title=_scenario_title(u.id, scenarios, lang), id=u.id,
                       old=u.old_revision, new=u.new_revision) for u in report.updates]
        text = "\n\n".join([words(lang, "update_question", name=report.pack_name), _shortened(lines, lang),
                            words(lang, "update_confirm")])
    else:
        text = words(lang, "same_pack", name=report.pack_name)
    box = _box(parent, QMessageBox.Icon.Question, lang, text)
    replace = box.addButton(words(lang, "replace"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(words(lang, "keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)    # replacing is the learner's explicit choice
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace


def _tell_accepted(parent: QWidget, report: ImportReport, scenarios: dict[str, Scenario], lang: str) -> None:
    lines = [words(lang, "added_line", title=_scenario_title(sid, scenarios, lang), id=sid, rev=rev)
             for sid, rev in report.scenarios]
    parts = [words(lang, "added", name=report.pack_name, n=len(report.scenarios)), _shortened(lines, lang)]
    if report.replaced:
        parts.append(words(lang, "replaced"))
    warnings = _diagnostic_lines(report, lang, "warning")
    if warnings:
        parts.append(words(lang, "warnings", n=len(warnings)))
    _box(parent, QMessageBox.Icon.Information, lang, "\n\n".join(parts), warnings).exec()


def _tell_refused(parent: QWidget, report: ImportReport, source: Path, lang: str) -> None:
    lines = refusal_lines(report, lang)
    parts = [words(lang, "refused", name=report.pack_name or source.name), words(lang, "reasons"),
             _shortened(lines, lang)]
    if report.lint_errors:
        parts.append(words(lang, "lint_hint"))
    _box(parent, QMessageBox.Icon.Warning, lang, "\n\n".join(parts), lines).exec()


# -- the whole flow -----------------------------------------------------------------------------------

def import_interactively(window, source: Path, packs_root: Path) -> ImportReport | None:
    """Check and import ``source`` into ``packs_root`` for ``window`` (the main window: its language,
    its bundled folder and scenarios, and ``load()`` to read the library again), asking before
    updates are taken. Returns the final report (None when the import itself failed)."""
    from ..packs import import_pack

    lang = window.lang
    try:
        report = import_pack(source, packs_root, bundled=window.folder)
        if report.needs_replace and not report.accepted:
            if not _ask_replace(window, report, {sc.id: sc for sc in window.scenarios}, lang):
                _box(window, QMessageBox.Icon.Information, lang, words(lang, "declined")).exec()
                return report
            report = import_pack(source, packs_root, bundled=window.folder, replace=True)
    except Exception as exc:  # noqa: BLE001 - a message, never a traceback; import_pack keeps nothing half-done
        _box(window, QMessageBox.Icon.Warning, lang, words(lang, "failed", reason=f"{type(exc).__name__}: {exc}")
             ).exec()
        return None
    if report.accepted:
        window.load()       # the new scenarios appear in the library, with their titles for the message
        _tell_accepted(window, report, {sc.id: sc for sc in window.scenarios}, lang)
    else:
        _tell_refused(window, report, source, lang)
    return report
