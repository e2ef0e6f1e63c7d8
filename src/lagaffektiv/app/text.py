"""The window's own words and the scenario facts in words, through Qt's translation system.

The English source strings are marked here with QT_TRANSLATE_NOOP (pyside6-lupdate finds
them); the Swedish ones live in translations/lagaffektiv_sv.ts, compiled to .qm. A value the
tables do not know yet (a newer format) is shown as its id rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import phrase, translate

LANGS = ("sv", "en")

WINDOW_TITLE = "lagaffektiv – Lågaffektivt bemötande"

UI: dict[str, str] = {
    'app_name': QT_TRANSLATE_NOOP('ui', 'Low-affective approach'),
    'app_tagline': QT_TRANSLATE_NOOP('ui', 'Practise meeting patients and companions who act out'),
    'switch_language': QT_TRANSLATE_NOOP('ui', 'På svenska'),
    'switch_language_tip': QT_TRANSLATE_NOOP('ui', 'Byt till svenska'),
    'scenarios': QT_TRANSLATE_NOOP('ui', 'Scenarios'),
    'scenario_count': QT_TRANSLATE_NOOP('ui', '{n} scenarios'),
    'scenario_count_one': QT_TRANSLATE_NOOP('ui', '1 scenario'),
    'setting': QT_TRANSLATE_NOOP('ui', 'Setting'),
    'aggressor': QT_TRANSLATE_NOOP('ui', 'Acting out'),
    'difficulty': QT_TRANSLATE_NOOP('ui', 'Level'),
    'duration': QT_TRANSLATE_NOOP('ui', 'Time'),
    'minutes': QT_TRANSLATE_NOOP('ui', 'about {n} min'),
    'roles': QT_TRANSLATE_NOOP('ui', 'For'),
    'broken': QT_TRANSLATE_NOOP('ui', 'Files that cannot be used'),
    'broken_intro': QT_TRANSLATE_NOOP('ui', 'The files below have errors and are therefore not listed as scenarios. Fix the errors and restart the app.'),
    'broken_notice_one': QT_TRANSLATE_NOOP('ui', '1 scenario file could not be used – see the errors in the list on the right.'),
    'broken_notice': QT_TRANSLATE_NOOP('ui', '{n} scenario files could not be used – see the errors in the list on the right.'),
    'more_diagnostics': QT_TRANSLATE_NOOP('ui', '… and {n} more. Show them all with: lagaffektiv lint {path}'),
    'at_line': QT_TRANSLATE_NOOP('ui', 'Line {line}, column {col}'),
    'warning': QT_TRANSLATE_NOOP('ui', 'warning'),
    'empty_title': QT_TRANSLATE_NOOP('ui', 'No scenarios yet'),
    'empty_body': QT_TRANSLATE_NOOP('ui', 'The folder {folder} contains no scenario files (.yaml).'),
    'empty_hint': QT_TRANSLATE_NOOP('ui', 'Put scenario files in the folder, or start with: lagaffektiv --scenarios FOLDER'),
    'missing_title': QT_TRANSLATE_NOOP('ui', 'The scenarios folder does not exist'),
    'missing_body': QT_TRANSLATE_NOOP('ui', 'The folder {folder} does not exist.'),
    'missing_hint': QT_TRANSLATE_NOOP('ui', 'Create the folder and put scenario files in it, or start with: lagaffektiv --scenarios FOLDER'),
    'folder': QT_TRANSLATE_NOOP('ui', 'Scenarios folder: {folder}'),
    'loading': QT_TRANSLATE_NOOP('ui', 'Loading the scenarios …'),
    'practise': QT_TRANSLATE_NOOP('ui', 'Practise'),
    'settings': QT_TRANSLATE_NOOP('ui', 'Settings'),
    'best_result': QT_TRANSLATE_NOOP('ui', 'Your best result: {n} of 100'),
    'not_played': QT_TRANSLATE_NOOP('ui', 'Not played yet'),
    'resume_title': QT_TRANSLATE_NOOP('ui', 'An unfinished exercise'),
    'resume_text': QT_TRANSLATE_NOOP('ui', 'You have an exercise that was not finished: {title} ({n} steps taken). '
                                           'Do you want to go on where you were?'),
    'resume_yes': QT_TRANSLATE_NOOP('ui', 'Go on'),
    'resume_drop': QT_TRANSLATE_NOOP('ui', 'Discard it'),
    'resume_later': QT_TRANSLATE_NOOP('ui', 'Later'),
    'resume_failed': QT_TRANSLATE_NOOP('ui', 'The exercise cannot be resumed: {reason}'),
    'history_title': QT_TRANSLATE_NOOP('ui', 'Your history'),
    'history_unavailable': QT_TRANSLATE_NOOP('ui', 'Your history cannot be opened, so this session is not '
                                                   'saved. You can still practise. ({reason})'),
    'history_moved': QT_TRANSLATE_NOOP('ui', 'Your history file was damaged. It has been kept as {path} and a new, '
                                             'empty history has been started.'),
    'error_title': QT_TRANSLATE_NOOP('ui', 'lagaffektiv – an error occurred'),
    'error_intro': QT_TRANSLATE_NOOP('ui', 'An unexpected error occurred. The app may need to be restarted.'),
    'error_report': QT_TRANSLATE_NOOP('ui', 'Please send the text under "Show Details" to whoever maintains the app.'),
}

SETTINGS: dict[str, str] = {
    'emergency_department': QT_TRANSLATE_NOOP('settings', 'Emergency department'),
    'dental_clinic': QT_TRANSLATE_NOOP('settings', 'Dental clinic'),
    'other': QT_TRANSLATE_NOOP('settings', 'Other care setting'),
}

AGGRESSORS: dict[str, str] = {
    'patient': QT_TRANSLATE_NOOP('aggressors', 'patient'),
    'companion': QT_TRANSLATE_NOOP('aggressors', 'relative or companion'),
    'both': QT_TRANSLATE_NOOP('aggressors', 'patient and companion'),
}

DIFFICULTIES: dict[str, str] = {
    'introductory': QT_TRANSLATE_NOOP('difficulties', 'Introductory'),
    'intermediate': QT_TRANSLATE_NOOP('difficulties', 'Intermediate'),
    'advanced': QT_TRANSLATE_NOOP('difficulties', 'Advanced'),
}

ROLES: dict[str, str] = {
    'nurse': QT_TRANSLATE_NOOP('roles', 'nurse'),
    'assistant_nurse': QT_TRANSLATE_NOOP('roles', 'assistant nurse'),
    'doctor': QT_TRANSLATE_NOOP('roles', 'doctor'),
    'receptionist': QT_TRANSLATE_NOOP('roles', 'receptionist'),
    'dentist': QT_TRANSLATE_NOOP('roles', 'dentist'),
    'dental_nurse': QT_TRANSLATE_NOOP('roles', 'dental nurse'),
    'dental_hygienist': QT_TRANSLATE_NOOP('roles', 'dental hygienist'),
    'guard': QT_TRANSLATE_NOOP('roles', 'security guard'),
    'any': QT_TRANSLATE_NOOP('roles', 'any role'),
}


_CONTEXTS = {id(UI): "ui", id(SETTINGS): "settings", id(AGGRESSORS): "aggressors",
             id(DIFFICULTIES): "difficulties", id(ROLES): "roles"}


def ui(lang: str, key: str, **values: object) -> str:
    return phrase("ui", UI[key], lang, **values)


def word(table: dict[str, str], key: str, lang: str) -> str:
    """A value in words; an unknown value is shown as its id."""
    if key not in table:
        return key
    return translate(_CONTEXTS[id(table)], table[key], lang)


def localized(text: dict[str, str] | None, lang: str) -> str:
    """A scenario text in ``lang``, falling back to the other language rather than to nothing."""
    if not text:
        return ""
    return text.get(lang) or next((text[other] for other in LANGS if text.get(other)), "")


def diagnostic_line(diag, lang: str) -> str:
    """One lint message for a file already named above it: position, code, message (in ``lang``: the core
    renders its own messages, see lagaffektiv.messages)."""
    tag = diag.code if diag.severity == "error" else f"{diag.code} ({ui(lang, 'warning')})"
    where = ui(lang, "at_line", line=diag.line, col=diag.col or 1) + ": " if diag.line else ""
    return f"{where}{tag} {diag.text(lang)}"


def scenario_count(n: int, lang: str) -> str:
    return ui(lang, "scenario_count_one") if n == 1 else ui(lang, "scenario_count", n=n)


NBSP = "\u00a0"


def scenario_facts(sc, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs describing a scenario: setting, aggressor, level, time, roles."""
    roles = ", ".join(word(ROLES, r, lang) for r in sc.learner_roles)
    return [
        (ui(lang, "setting"), word(SETTINGS, sc.setting, lang)),
        (ui(lang, "aggressor"), word(AGGRESSORS, sc.aggressor, lang)),
        (ui(lang, "difficulty"), word(DIFFICULTIES, sc.difficulty, lang)),
        (ui(lang, "duration"), ui(lang, "minutes", n=sc.minutes)),
        (ui(lang, "roles"), roles),
    ]


def facts_lines(sc, lang: str, separator: str = "   ·   ") -> str:
    """The facts as two lines: setting, acting out, level and time; then the roles. Setting and
    time speak for themselves and go without their label. A line wraps only between facts (or
    after a comma in a list), never inside one."""
    def keep(s: str) -> str:
        return s.replace(" ", NBSP).replace("," + NBSP, ", ")
    (_, setting), aggressor, level, (_, time), roles = scenario_facts(sc, lang)
    first = [keep(setting), *(f"{label}:{NBSP}{keep(value)}" for label, value in (aggressor, level)), keep(time)]
    return separator.join(first) + "\n" + f"{roles[0]}:{NBSP}{keep(roles[1])}"
