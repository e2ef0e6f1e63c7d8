"""Validation of plain data against the subset of JSON Schema that schema.py uses.

Written here rather than taken from the jsonschema package because the messages are read
by clinic educators: they name the key, suggest the likely spelling, and say what is
allowed, and each error carries the data path so the linter can give line and column. Each
message is a lagaffektiv.messages.Message (English text, renders to Swedish too); the parts it is
built from (what was expected, what was found, the hints) are messages of their own.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterator

from ..messages import NOTHING, M, joined
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
def _name(type_name: str) -> M | str:
    """"a list", "a text", ...; a type the catalogue does not name is shown as it is."""
    return M(f"type_{type_name}") if type_name in _TYPES or type_name == "anything" else type_name


def _describe(value: object) -> M | str:
    if value is None:
        return M("type_null")
    for name in ("boolean", "integer", "number", "string", "array", "object"):
        if _TYPES[name](value):
            return _name(name)
    return type(value).__name__


# Keys renamed or spelt in ways no string distance finds: the old key -> the key to use. An
# unquoted on: reaches the validator as the boolean True, so it is listed under True too.
RENAMED = {"on": "seated_on", True: "seated_on"}


def _bool_hint(value: object) -> M | str:
    # YAML reads unquoted yes/no/on/off/true/false as booleans, a classic trap for ids like "no".
    return M("yaml_bool") if isinstance(value, bool) else NOTHING


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


def _expected(schema: dict) -> M | str:
    schema = _resolve(schema)
    if "enum" in schema:
        return M("one_of", values=", ".join(str(x) for x in schema["enum"]))
    if "const" in schema:
        return repr(schema["const"])
    if "anyOf" in schema:
        return joined([_expected(s) for s in schema["anyOf"]], "or")
    types = schema.get("type", "anything")
    if isinstance(types, list):
        return joined([_name(t) for t in types], "or")
    if types == "string" and "pattern" in schema:
        return M("type_id")
    return _name(types)


def _did_you_mean(close: list[str]) -> M | str:
    return M("did_you_mean", name=close[0]) if close else NOTHING


def errors(value: object, schema: dict = SCHEMA, path: Path = ()) -> Iterator[tuple[Path, M]]:
    schema = _resolve(schema)
    if "anyOf" in schema:
        branches = [_resolve(s) for s in schema["anyOf"]]
        fitting = [b for b in branches if _type_ok(b, value)]
        if not fitting:
            yield path, M("expected", expected=_expected(schema), found=_describe(value), hint=NOTHING)
            return
        best: list[tuple[Path, M]] | None = None
        for b in fitting:
            errs = list(errors(value, b, path))
            if not errs:
                return
            if best is None or len(errs) < len(best):
                best = errs
        yield from best or []
        return
    if not _type_ok(schema, value):
        yield path, M("expected", expected=_expected(schema), found=_describe(value), hint=_bool_hint(value))
        return
    if "const" in schema and value != schema["const"]:
        yield path, M("must_be", expected=repr(schema["const"]), found=repr(value))
    if "enum" in schema and value not in schema["enum"]:
        close = difflib.get_close_matches(str(value), [str(x) for x in schema["enum"]], n=1)
        yield path, M("not_allowed", value=str(value), hint=_did_you_mean(close), expected=_expected(schema))
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            yield path, M("bad_id", value=value)
        if len(value) > schema.get("maxLength", 10**9):
            yield path, M("too_long", n=schema["maxLength"])
        if len(value) < schema.get("minLength", 0):
            yield path, M("empty")
    if _TYPES["number"](value):
        if isinstance(value, int) and abs(value) > 10**15:
            yield path, M("number_too_large")
            return
        if not math.isfinite(value):
            yield path, M("not_finite", value=str(value))
            return
        if "minimum" in schema and value < schema["minimum"]:
            yield path, M("below_minimum", value=str(value), limit=str(schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            yield path, M("above_maximum", value=str(value), limit=str(schema["maximum"]))
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield path, M("not_greater", value=str(value), limit=str(schema["exclusiveMinimum"]))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            yield path, M("too_few_items", n=schema["minItems"], found=len(value))
        if len(value) > schema.get("maxItems", 10**9):
            yield path, M("too_many_items", n=schema["maxItems"], found=len(value))
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if sub is not None:
                yield from errors(item, sub, path + (i,))
    if isinstance(value, dict):
        yield from _object_errors(value, schema, path)


def _object_errors(value: dict, schema: dict, path: Path) -> Iterator[tuple[Path, M]]:
    props = schema.get("properties", {})
    if len(value) < schema.get("minProperties", 0):
        yield path, M("empty")
    for key in schema.get("required", []):
        if key not in value:
            yield path, M("missing_key", key=key)
    names = schema.get("propertyNames")
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key is True and RENAMED.get(True) in props:
            yield path + ("True",), M("key_on", key=RENAMED[True])
            continue
        if not isinstance(key, str):
            yield path + (str(key),), M("key_not_text", key=repr(key), hint=_bool_hint(key))
            continue
        if key in props:
            yield from errors(item, props[key], path + (key,))
            continue
        if names is not None:
            name_errs = list(errors(key, names, path + (key,)))
            if name_errs:
                yield path + (key,), M("bad_name", key=key, problem=name_errs[0][1])
                continue
        if extra is False:
            close = [RENAMED[key]] if RENAMED.get(key) in props else \
                difflib.get_close_matches(key, list(props), n=1)
            allowed = ", ".join(props) if len(props) <= 12 else ", ".join(list(props)[:12]) + ", ..."
            yield path + (key,), M("unknown_key", key=key, hint=_did_you_mean(close), allowed=allowed)
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
