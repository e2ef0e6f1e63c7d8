"""Reading a scenario file into plain data plus a map from data paths to file positions.

Only PyYAML's safe constructs are used (the C loader when available). Hostile input is
expected (issue 7: packs from other clinics), so size, node count and alias expansion are
bounded before anything is constructed: a "billion laughs" file is refused, not expanded.
"""

from __future__ import annotations

import codecs
import gc
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import Diagnostic
from ..messages import M

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 2 * 1024 * 1024      # a large scenario is ~100 KB; 2 MB leaves room and stops abuse
MAX_NODES = 200_000              # YAML nodes after alias expansion
MAX_DEPTH = 64

Key = str | int
DataPath = tuple[Key, ...]


@dataclass
class Source:
    """One scenario file as data, with positions for every mapping key and list item."""

    file: str
    data: object = None
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def where(self, path: DataPath) -> tuple[int, int]:
        """Best known (line, col) for a path: the path itself or its nearest ancestor."""
        p = tuple(path)
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), (1, 1))

    def diag(self, code: str, message: M, path: DataPath = (), severity: str = "error") -> Diagnostic:
        line, col = self.where(path)
        return Diagnostic(code, message, self.file, line, col, severity)


def _decode(raw: bytes, src: Source) -> str | None:
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if raw.startswith(bom):
            src.diagnostics.append(Diagnostic("LA002", M("utf16_32", encoding=name), src.file, 1, 1))
            return None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        src.diagnostics.append(Diagnostic(
            "LA002", M("not_utf8", byte=raw[exc.start]),
            src.file, line, col))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        src.diagnostics.append(Diagnostic("LA002", M("nul_characters"),
                                          src.file, line, 1))
        return None
    return text


class _TooBig(Exception):
    pass


def _walk(node: yaml.Node, path: DataPath, src: Source, budget: list[int], stack: set[int]) -> None:
    """Record positions and duplicate keys, counting nodes as they would be expanded."""
    budget[0] -= 1
    if budget[0] < 0 or len(path) > MAX_DEPTH:
        raise _TooBig
    if id(node) in stack:  # a recursive alias would loop forever when constructed
        raise _TooBig
    src.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        stack.add(id(node))
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key == "<<":
                _walk(value_node, path, src, budget, stack)
                continue
            if key in seen:
                src.diagnostics.append(Diagnostic(
                    "LA005", M("duplicate_key", key=key, line=seen[key]),
                    src.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1))
            seen.setdefault(key, key_node.start_mark.line + 1)
            src.positions.setdefault(path + (key,), (key_node.start_mark.line + 1, key_node.start_mark.column + 1))
            _walk(value_node, path + (key,), src, budget, stack)
        stack.discard(id(node))
    elif isinstance(node, yaml.SequenceNode):
        stack.add(id(node))
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), src, budget, stack)
        stack.discard(id(node))


def read_text(text: str, file: str = "<input>") -> Source:
    # A YAML node tree is hundreds of thousands of small objects, none of them cyclic garbage:
    # the cyclic collector would run over and over during the parse, making time superlinear.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_text(text, file)
    finally:
        if paused:
            gc.enable()


def _read_text(text: str, file: str) -> Source:
    src = Source(file)
    try:
        loader = SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                src.diagnostics.append(Diagnostic("LA003", M("empty_file"), file, 1, 1))
                return src
            try:
                _walk(node, (), src, [MAX_NODES], set())
            except _TooBig:
                src.diagnostics.append(Diagnostic(
                    "LA001", M("too_large_expanded", nodes=MAX_NODES, depth=MAX_DEPTH), file, 1, 1))
                return src
            src.data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(x for x in (exc.context, exc.problem) if x) or "YAML syntax error"   # PyYAML's English
        if "could not determine a constructor" in what:
            what = M("yaml_tags", what=what)
        src.diagnostics.append(Diagnostic("LA001", M("yaml_syntax", what=what), file, line, col))
    except ValueError as exc:
        msg = M("too_many_digits") if "digits" in str(exc) else str(exc).splitlines()[0]
        src.diagnostics.append(Diagnostic("LA001", M("yaml_unreadable", reason=msg), file, 1, 1))
    except (yaml.YAMLError, TypeError, RecursionError, OverflowError) as exc:
        # The C loader reports some errors without marks, and constructing odd scalars
        # (e.g. timestamps out of range) raises plain ValueError.
        src.diagnostics.append(Diagnostic("LA001", M("yaml_unreadable", reason=(str(exc).splitlines() or [""])[0]),
                                          file, 1, 1))
    return src


def file_bytes(path: str | Path) -> bytes | Diagnostic:
    """The file's bytes, or why they cannot be had (too large, unreadable)."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            return Diagnostic("LA018", M("file_too_big", size=size, limit=MAX_BYTES), name, 0, 0)
        return p.read_bytes()
    except OSError as exc:
        return Diagnostic("LA018", M("cannot_read", reason=str(exc.strerror or exc)), name, 0, 0)


def read_bytes(raw: bytes, name: str) -> Source:
    src = Source(name)
    text = _decode(raw, src)
    if text is None:
        return src
    return read_text(text, name)


def read_file(path: str | Path) -> Source:
    got = file_bytes(path)
    if isinstance(got, Diagnostic):
        src = Source(str(path))
        src.diagnostics.append(got)
        return src
    return read_bytes(got, str(path))
