"""The library's own words (context "library"); the Swedish ones come from the .ts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import translate

WORDS: dict[str, str] = {
    "filters": QT_TRANSLATE_NOOP("library", "Filter the scenarios"),
    "all": QT_TRANSLATE_NOOP("library", "All"),
    "your_role": QT_TRANSLATE_NOOP("library", "Your role"),
    "up_to": QT_TRANSLATE_NOOP("library", "up to {n} min"),
    "longer_than": QT_TRANSLATE_NOOP("library", "longer than {n} min"),
    "shown_of": QT_TRANSLATE_NOOP("library", "{shown} of {total} scenarios"),
    "show_all": QT_TRANSLATE_NOOP("library", "Show all scenarios"),
    "show_all_tip": QT_TRANSLATE_NOOP("library", "Set every filter back to All"),
    "no_match": QT_TRANSLATE_NOOP("library", "No scenario matches the filters. Choose All in one of the lists "
                                             "above, or show all scenarios."),
    "lead": QT_TRANSLATE_NOOP("library", "Lead a workshop"),
    "lead_tip": QT_TRANSLATE_NOOP("library", "Run this scenario with a group on a projector: the group votes at "
                                             "each decision"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go), as in debrief/words.py.


def words(lang: str, key: str, **values: object) -> str:
    source = WORDS[key]
    text = translate("library", source, lang)
    return text.format(**values) if values else text

