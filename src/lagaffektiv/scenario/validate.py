"""Validation of plain data against the subset of JSON Schema that schema.py uses.

Written here rather than taken from the jsonschema package because the messages are read
by clinic educators: they name the key, suggest the likely spelling, and say what is
allowed, and each error carries the data path so the linter can give line and column.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterator

from .schema import SCHEMA

Path = tuple[str | int, ...]

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
}
_NAMES = {"object": "a mapping", "array": "a list", "string": "a text", "boolean": "true or false",
          "integer": "a whole number", "number": "a number"}


def _describe(value: object) -> str:
    if value is None:
        return "nothing (null)"
    for name in ("boolean", "integer", "number", "string", "array", "object"):
        if _TYPES[name](value):
            return _NAMES[name]
    return type(value).__name__


# Keys renamed or spelt in ways no string distance finds: the old key -> the key to use. An
# unquoted on: reaches the validator as the boolean True, so it is listed under True too.
RENAMED = {"on": "seated_on", True: "seated_on"}


def _bool_hint(value: object) -> str:
    # YAML reads unquoted yes/no/on/off/true/false as booleans, a classic trap for ids like "no".
    if isinstance(value, bool):
        return ' (YAML reads unquoted yes, no, on, off, true and false as true/false: write it in quotes, e.g. "no")'
    return ""


def _resolve(schema: dict) -> dict:
    ref = schema.get("$ref")
    if ref:
        return SCHEMA["$defs"][ref.rsplit("/", 1)[-1]]
    return schema


def _type_ok(schema: dict, value: object) -> bool:
    types = schema.get("type")
    if types is None:
        return True
    if isinstance(types, str):
        types = [types]
    return any(_TYPES[t](value) for t in types)


def _expected(schema: dict) -> str:
    schema = _resolve(schema)
    if "enum" in schema:
        return "one of " + ", ".join(str(x) for x in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    if "anyOf" in schema:
        return " or ".join(_expected(s) for s in schema["anyOf"])
    types = schema.get("type", "anything")
    if isinstance(types, list):
        return " or ".join(_NAMES[t] for t in types)
    if types == "string" and "pattern" in schema:
        return "an id (lower-case letters, digits and _ , starting with a letter)"
    return _NAMES.get(types, types)


def errors(value: object, schema: dict = SCHEMA, path: Path = ()) -> Iterator[tuple[Path, str]]:
    schema = _resolve(schema)
    if "anyOf" in schema:
        branches = [_resolve(s) for s in schema["anyOf"]]
        fitting = [b for b in branches if _type_ok(b, value)]
        if not fitting:
            yield path, f"expected {_expected(schema)}, found {_describe(value)}"
            return
        best: list[tuple[Path, str]] | None = None
        for b in fitting:
            errs = list(errors(value, b, path))
            if not errs:
                return
            if best is None or len(errs) < len(best):
                best = errs
        yield from best or []
        return
    if not _type_ok(schema, value):
        yield path, f"expected {_expected(schema)}, found {_describe(value)}{_bool_hint(value)}"
        return
    if "const" in schema and value != schema["const"]:
        yield path, f"must be {schema['const']!r}, found {value!r}"
    if "enum" in schema and value not in schema["enum"]:
        close = difflib.get_close_matches(str(value), [str(x) for x in schema["enum"]], n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        yield path, f"'{value}' is not allowed here{hint}; use {_expected(schema)}"
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            yield path, f"'{value}' is not a valid id: use lower-case letters, digits and _, starting with a letter"
        if len(value) > schema.get("maxLength", 10**9):
            yield path, f"text is longer than {schema['maxLength']} characters"
        if len(value) < schema.get("minLength", 0):
            yield path, "must not be empty"
    if _TYPES["number"](value):
        if isinstance(value, int) and abs(value) > 10**15:
            yield path, "the number is far too large"
            return
        if not math.isfinite(value):
            yield path, f"{value} is not a usable number; write a finite number"
            return
        if "minimum" in schema and value < schema["minimum"]:
            yield path, f"{value} is below the minimum {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            yield path, f"{value} is above the maximum {schema['maximum']}"
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield path, f"{value} must be greater than {schema['exclusiveMinimum']}"
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            yield path, f"needs at least {schema['minItems']} item(s), found {len(value)}"
        if len(value) > schema.get("maxItems", 10**9):
            yield path, f"allows at most {schema['maxItems']} item(s), found {len(value)}"
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if sub is not None:
                yield from errors(item, sub, path + (i,))
    if isinstance(value, dict):
        yield from _object_errors(value, schema, path)


def _object_errors(value: dict, schema: dict, path: Path) -> Iterator[tuple[Path, str]]:
    props = schema.get("properties", {})
    if len(value) < schema.get("minProperties", 0):
        yield path, "must not be empty"
    for key in schema.get("required", []):
        if key not in value:
            yield path, f"missing required key '{key}'"
    names = schema.get("propertyNames")
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key is True and RENAMED.get(True) in props:
            yield path + ("True",), (f"unknown key 'on' (YAML reads an unquoted on as true); "
                                     f"write {RENAMED[True]}: instead")
            continue
        if not isinstance(key, str):
            yield path + (str(key),), f"key {key!r} must be a text{_bool_hint(key)}"
            continue
        if key in props:
            yield from errors(item, props[key], path + (key,))
            continue
        if names is not None:
            name_errs = list(errors(key, names, path + (key,)))
            if name_errs:
                yield path + (key,), f"'{key}' is not a valid name here: " + name_errs[0][1]
                continue
        if extra is False:
            close = [RENAMED[key]] if RENAMED.get(key) in props else \
                difflib.get_close_matches(key, list(props), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            allowed = ", ".join(props) if len(props) <= 12 else ", ".join(list(props)[:12]) + ", ..."
            yield path + (key,), f"unknown key '{key}'{hint}; allowed here: {allowed}"
        elif isinstance(extra, dict):
            yield from errors(item, extra, path + (key,))


def text_paths(value: object, schema: dict = SCHEMA, path: Path = ()) -> Iterator[tuple[Path, object]]:
    """Yield (path, value) of every sv/en text field in schema-valid data."""
    ref = schema.get("$ref", "")
    if ref.endswith("/text"):
        yield path, value
        return
    schema = _resolve(schema)
    if "anyOf" in schema:
        for branch in schema["anyOf"]:
            if _type_ok(_resolve(branch), value) and not list(errors(value, branch, path)):
                yield from text_paths(value, branch, path)
                return
        return
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            yield from text_paths(item, schema["items"], path + (i,))
    elif isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = props.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                yield from text_paths(item, sub, path + (key,))
