"""Messages of the Qt-free core in English and Swedish: lint diagnostics, load errors, pack outcomes.

The app is Swedish first, but the core (linter, loader, pack import) cannot use Qt's translations.
So every message it shows a person is a ``Message``: a stable key from the catalogue plus named
values, rendered to either language with ``text(lang)``. A Message *is* its English text (a str
subclass), so the CLI, the JSON output and everything that treated messages as strings stay
byte-identical; only the app and ``--lang sv`` ask for ``text("sv")``.

A value may itself be a Message (a hint such as "(did you mean 'x'?)"), rendered in the same
language. Ids, keys and quoted values are data and are never translated.

The catalogue is split by area: lint.py (the checks), schema.py (the validator), files.py
(reading a file), packs.py (pack import and export). Each maps key -> (English, Swedish).
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from . import files, lint, packs, schema

LANGS = ("en", "sv")


def _merge(*parts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for part in parts:
        for key, pair in part.items():
            if key in merged:
                raise ValueError(f"message key '{key}' is defined twice")
            merged[key] = pair
    return merged


CATALOGUE: dict[str, tuple[str, str]] = _merge(lint.MESSAGES, schema.MESSAGES, files.MESSAGES, packs.MESSAGES)


def fields(template: str) -> set[str]:
    """The names of the ``{fields}`` a template uses (format specs and conversions left out)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Message(str):
    """One message: its catalogue key and values; the str value is the English text."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> Message:
        if key not in CATALOGUE:
            raise KeyError(f"no message '{key}' in the catalogue")
        self = super().__new__(cls, _render(key, values, "en"))
        self.key = key
        self.values = values
        return self

    def text(self, lang: str = "en") -> str:
        return str(self) if lang == "en" else _render(self.key, self.values, lang)

    def to_dict(self) -> dict:
        """JSON-ready form (nested messages included), for the lint cache."""
        return {"key": self.key, "values": {k: v.to_dict() if isinstance(v, Message) else v
                                            for k, v in self.values.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> Message:
        values = {k: cls.from_dict(v) if isinstance(v, dict) else v for k, v in data["values"].items()}
        return cls(data["key"], **values)

    def __reduce__(self):   # copy, deepcopy and pickle rebuild from key and values
        return (_rebuild, (self.key, self.values))


def _rebuild(key: str, values: dict) -> Message:
    return Message(key, **values)


def _render(key: str, values: Mapping[str, object], lang: str) -> str:
    template = CATALOGUE[key][LANGS.index(lang) if lang in LANGS else 0]
    shown = {k: v.text(lang) if isinstance(v, Message) else v for k, v in values.items()}
    return template.format(**shown)


def text(message: str, lang: str = "en") -> str:
    """Any message in ``lang``: a Message is rendered, a plain string (older data) stays as it is."""
    return message.text(lang) if isinstance(message, Message) else str(message)


def joined(items: list[str], key: str) -> Message | str:
    """Items joined by a message of two fields, e.g. "and": "a and b and c" / "a och b och c"."""
    if not items:
        return NOTHING
    out: Message | str = items[0]
    for item in items[1:]:
        out = Message(key, a=out, b=item)
    return out


M = Message
NOTHING = ""    # an empty hint: renders as nothing in every language
