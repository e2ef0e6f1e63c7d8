"""The window's own words, Swedish first, and the scenario facts in words.

Pure functions with no Qt, so the wording can be tested and reused; a value the tables do
not know yet (a newer format) is shown as its id rather than hidden.
"""

from __future__ import annotations

LANGS = ("sv", "en")

WINDOW_TITLE = "lagaffektiv – Lågaffektivt bemötande"

UI: dict[str, dict[str, str]] = {
    "sv": {
        "app_name": "Lågaffektivt bemötande",
        "app_tagline": "Öva på att möta utåtagerande patienter och anhöriga",
        "switch_language": "In English",
        "switch_language_tip": "Switch the app to English",
        "scenarios": "Scenarier",
        "scenario_count": "{n} scenarier",
        "scenario_count_one": "1 scenario",
        "setting": "Miljö",
        "aggressor": "Utåtagerande",
        "difficulty": "Nivå",
        "duration": "Tid",
        "minutes": "ca {n} min",
        "roles": "För",
        "broken": "Filer som inte kan användas",
        "broken_intro": "Filerna nedan har fel och visas därför inte bland scenarierna. "
                        "Rätta felen och starta om appen.",
        "broken_notice_one": "1 scenariofil kunde inte användas – se felen i listan till höger.",
        "broken_notice": "{n} scenariofiler kunde inte användas – se felen i listan till höger.",
        "more_diagnostics": "… och {n} fel till. Visa alla med: lagaffektiv lint {path}",
        "at_line": "Rad {line}, kolumn {col}",
        "warning": "varning",
        "empty_title": "Inga scenarier än",
        "empty_body": "Mappen {folder} innehåller inga scenariofiler (.yaml).",
        "empty_hint": "Lägg scenariofiler i mappen, eller starta med: lagaffektiv --scenarios MAPP",
        "missing_title": "Scenariomappen finns inte",
        "missing_body": "Mappen {folder} finns inte.",
        "missing_hint": "Skapa mappen och lägg scenariofiler där, eller starta med: lagaffektiv --scenarios MAPP",
        "folder": "Scenariomapp: {folder}",
        "loading": "Läser in scenarierna …",
        "error_title": "lagaffektiv – ett fel uppstod",
        "error_intro": "Ett oväntat fel uppstod. Appen kan behöva startas om.",
        "error_report": "Skicka gärna texten under \"Visa detaljer\" till den som förvaltar appen.",
    },
    "en": {
        "app_name": "Low-affective approach",
        "app_tagline": "Practise meeting patients and companions who act out",
        "switch_language": "På svenska",
        "switch_language_tip": "Byt till svenska",
        "scenarios": "Scenarios",
        "scenario_count": "{n} scenarios",
        "scenario_count_one": "1 scenario",
        "setting": "Setting",
        "aggressor": "Acting out",
        "difficulty": "Level",
        "duration": "Time",
        "minutes": "about {n} min",
        "roles": "For",
        "broken": "Files that cannot be used",
        "broken_intro": "The files below have errors and are therefore not listed as scenarios. "
                        "Fix the errors and restart the app.",
        "broken_notice_one": "1 scenario file could not be used – see the errors in the list on the right.",
        "broken_notice": "{n} scenario files could not be used – see the errors in the list on the right.",
        "more_diagnostics": "… and {n} more. Show them all with: lagaffektiv lint {path}",
        "at_line": "Line {line}, column {col}",
        "warning": "warning",
        "empty_title": "No scenarios yet",
        "empty_body": "The folder {folder} contains no scenario files (.yaml).",
        "empty_hint": "Put scenario files in the folder, or start with: lagaffektiv --scenarios FOLDER",
        "missing_title": "The scenarios folder does not exist",
        "missing_body": "The folder {folder} does not exist.",
        "missing_hint": "Create the folder and put scenario files in it, or start with: "
                        "lagaffektiv --scenarios FOLDER",
        "folder": "Scenarios folder: {folder}",
        "loading": "Loading the scenarios …",
        "error_title": "lagaffektiv – an error occurred",
        "error_intro": "An unexpected error occurred. The app may need to be restarted.",
        "error_report": "Please send the text under \"Show Details\" to whoever maintains the app.",
    },
}

SETTINGS = {
    "emergency_department": {"sv": "Akutmottagning", "en": "Emergency department"},
    "dental_clinic": {"sv": "Tandvårdsklinik", "en": "Dental clinic"},
    "other": {"sv": "Annan vårdmiljö", "en": "Other care setting"},
}
AGGRESSORS = {
    "patient": {"sv": "patient", "en": "patient"},
    "companion": {"sv": "anhörig eller medföljande", "en": "relative or companion"},
    "both": {"sv": "patient och anhörig", "en": "patient and companion"},
}
DIFFICULTIES = {
    "introductory": {"sv": "Introduktion", "en": "Introductory"},
    "intermediate": {"sv": "Fortsättning", "en": "Intermediate"},
    "advanced": {"sv": "Fördjupning", "en": "Advanced"},
}
ROLES = {
    "nurse": {"sv": "sjuksköterska", "en": "nurse"},
    "assistant_nurse": {"sv": "undersköterska", "en": "assistant nurse"},
    "doctor": {"sv": "läkare", "en": "doctor"},
    "receptionist": {"sv": "receptionist", "en": "receptionist"},
    "dentist": {"sv": "tandläkare", "en": "dentist"},
    "dental_nurse": {"sv": "tandsköterska", "en": "dental nurse"},
    "dental_hygienist": {"sv": "tandhygienist", "en": "dental hygienist"},
    "guard": {"sv": "väktare", "en": "security guard"},
    "any": {"sv": "alla yrkesroller", "en": "any role"},
}


def ui(lang: str, key: str, **values: object) -> str:
    text = UI.get(lang, UI["sv"])[key]
    return text.format(**values) if values else text


def word(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """A value in words; an unknown value is shown as its id."""
    return table.get(key, {}).get(lang, key)


def localized(text: dict[str, str] | None, lang: str) -> str:
    """A scenario text in ``lang``, falling back to the other language rather than to nothing."""
    if not text:
        return ""
    return text.get(lang) or next((text[other] for other in LANGS if text.get(other)), "")


def diagnostic_line(diag, lang: str) -> str:
    """One lint message for a file already named above it: position, code, message."""
    tag = diag.code if diag.severity == "error" else f"{diag.code} ({ui(lang, 'warning')})"
    where = ui(lang, "at_line", line=diag.line, col=diag.col or 1) + ": " if diag.line else ""
    return f"{where}{tag} {diag.message}"


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
