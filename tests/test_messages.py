"""The core's messages in English and Swedish (lagaffektiv.messages): the catalogue is complete, every
lint diagnostic, schema error and pack refusal goes through it, and English stays as it was."""

from __future__ import annotations

import ast
import copy
import re
import stat
import zipfile
from pathlib import Path

import pytest
import yaml

from lagaffektiv.cli.main import main
from lagaffektiv.errors import Diagnostic
from lagaffektiv.lint import lint_paths
from lagaffektiv.lint.cache import LintCache
from lagaffektiv.lint.runner import lint_file
from lagaffektiv.messages import CATALOGUE, M, Message, fields
from lagaffektiv.packs import MAX_FILES, MAX_SCENARIO_BYTES, PackError, export_pack, import_pack
from lagaffektiv.scenario.validate import errors as schema_errors

from conftest import FIXTURES, SCENARIOS
from test_packs import make_zip, minimal_text

LINT_FIXTURES = Path(__file__).parent / "lint_fixtures"
SRC = Path(__file__).resolve().parents[1] / "src" / "lagaffektiv"
# Messages that read the same in both languages: only a frame around values that are data.
SAME_IN_BOTH = {"entry_problem"}


def assert_both_languages(message) -> None:
    """A message from the catalogue, different in Swedish, with every field filled in."""
    assert isinstance(message, Message), f"not from the catalogue: {message!r}"
    en, sv = message.text("en"), message.text("sv")
    assert en == str(message), "a message is its English text"
    assert sv and sv != en, f"'{message.key}' is not translated: {en}"
    for lang_text, template in ((en, CATALOGUE[message.key][0]), (sv, CATALOGUE[message.key][1])):
        for name in fields(template):
            assert "{" + name not in lang_text, f"unfilled {{{name}}} in: {lang_text}"


# -- the catalogue ------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_english_and_swedish_with_the_same_fields(key):
    en, sv = CATALOGUE[key]
    assert en.strip() and sv.strip(), key
    assert fields(en) == fields(sv), f"{key}: {fields(en)} != {fields(sv)}"
    if key not in SAME_IN_BOTH:
        assert en != sv, f"{key} is not translated"


def test_a_message_renders_nested_hints_in_its_own_language():
    m = M("goto_unknown_node", name="plase", hint=M("did_you_mean", name="place"))
    assert m == "goes to unknown node 'plase' (did you mean 'place'?)"
    assert m.text("sv") == "går till en okänd nod 'plase' (menade du 'place'?)"
    assert Message.from_dict(m.to_dict()).text("sv") == m.text("sv")
    assert copy.deepcopy(m).text("sv") == m.text("sv")
    with pytest.raises(KeyError):
        M("no_such_message")


# -- every message of the core goes through the catalogue ----------------------------------------------

# (function or method name, index of the message argument) for the calls that make a shown message.
MESSAGE_CALLS = {"report": 1, "diag": 1, "Diagnostic": 1, "PackError": 0}
MESSAGE_LISTS = {"refused", "problems"}


def _core_files() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if "app" not in p.relative_to(SRC).parts[:1]]


def test_no_message_of_the_core_is_written_as_a_plain_string():
    """A literal or f-string handed to report(), diag(), Diagnostic(), PackError() or to a list of
    refusals would reach Swedish users in English."""
    plain: list[str] = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = MESSAGE_CALLS.get(name)
            if (isinstance(func, ast.Attribute) and name in ("append", "insert", "extend")
                    and getattr(func.value, "attr", getattr(func.value, "id", "")) in MESSAGE_LISTS):
                index = 1 if name == "insert" else 0
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, (ast.JoinedStr, ast.BinOp)) or (isinstance(arg, ast.Constant)
                                                              and isinstance(arg.value, str)):
                plain.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert plain == [], f"messages outside the catalogue: {plain}"


@pytest.mark.parametrize("fixture", sorted(LINT_FIXTURES.glob("LA*_bad.yaml")), ids=lambda p: p.stem)
def test_every_failing_fixture_is_reported_in_both_languages(fixture):
    found = lint_file(fixture).diagnostics
    assert found
    for d in found:
        assert_both_languages(d.message)
        assert d.text("en") == d.message and d.key == d.message.key


def test_the_hint_is_translated_and_the_english_line_is_unchanged():
    [d] = lint_file(LINT_FIXTURES / "LA006_bad.yaml").diagnostics
    assert d.format().endswith("LA006 goes to unknown node 'plase' (did you mean 'place'?)")
    assert d.format("sv").endswith("LA006 går till en okänd nod 'plase' (menade du 'place'?)")
    assert d.to_dict()["message"] == "goes to unknown node 'plase' (did you mean 'place'?)"
    assert type(d.to_dict()["message"]) is str


def test_a_warning_is_tagged_in_the_language_asked():
    [d] = lint_file(LINT_FIXTURES / "LA022_bad.yaml").diagnostics
    assert "LA022 (warning) no choice of 'hello'" in d.format()
    assert "LA022 (varning) inget val i 'hello'" in d.format("sv")


def test_messages_of_files_that_cannot_be_read(tmp_path):
    (tmp_path / "utf16.yaml").write_bytes("format: 1\n".encode("utf-16"))
    (tmp_path / "latin1.yaml").write_bytes("title: å\n".encode("latin-1"))
    (tmp_path / "nul.yaml").write_bytes(b"a: 1\n\x00\n")
    (tmp_path / "twice.yaml").write_text("a: 1\na: 2\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    (tmp_path / "tag.yaml").write_text("a: !!python/object:os.system x\n", encoding="utf-8")
    (tmp_path / "big.yaml").write_bytes(b"a: " + b"x" * (MAX_SCENARIO_BYTES + 1))
    (tmp_path / "bomb.yaml").write_text("a: &a [" + ", ".join(["1"] * 50) + "]\n"
                                        + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 50)}]\n"
                                                  for p, c in zip("abcd", "bcde")), encoding="utf-8")
    reports = lint_paths([tmp_path, tmp_path / "missing.yaml"])
    keys = set()
    for r in reports:
        assert r.diagnostics, r.path
        for d in r.diagnostics:
            assert_both_languages(d.message)
            keys.add(d.key)
    assert {"utf16_32", "not_utf8", "nul_characters", "duplicate_key", "empty_file", "not_a_mapping",
            "yaml_syntax", "file_too_big", "too_large_expanded", "no_such_path"} <= keys, keys
    (tmp_path / "sub").mkdir()
    [r] = lint_paths([tmp_path / "sub"])
    assert_both_languages(r.diagnostics[0].message)


def test_a_kept_warning_is_still_swedish_when_read_from_the_cache(tmp_path):
    cache = LintCache(tmp_path / "cache")
    first = lint_file(LINT_FIXTURES / "LA022_bad.yaml", cache)
    again = lint_file(LINT_FIXTURES / "LA022_bad.yaml", cache)
    assert list(cache.folder.glob("*.json")), "the clean file was kept"
    assert [d.format("sv") for d in again.diagnostics] == [d.format("sv") for d in first.diagnostics]
    assert "varning" in again.diagnostics[0].format("sv")
    assert Diagnostic.from_record(first.diagnostics[0].to_record()) == first.diagnostics[0]


# -- the validator's messages -----------------------------------------------------------------------------

def _set(*path, value):
    def edit(data):
        for p in path[:-1]:
            data = data[p]
        data[path[-1]] = value
    return edit


def _delete(key):
    return lambda data: data.pop(key)


SCHEMA_CASES = {
    "expected": _set("title", value=5),
    "yaml_bool": _set("id", value=True),
    "bad_id": _set("id", value="Bad Id"),
    "missing_key": _delete("start"),
    "unknown_key": _set("titel", value={"sv": "x", "en": "y"}),
    "below_minimum": _set("revision", value=-3),
    "above_maximum": _set("characters", 0, "arousal", value=500),
    "too_few_items": _set("learner_roles", value=[]),
    "too_many_items": _set("rooms", 0, "doors", 0, "at", value=[1, 2, 3]),
    "number_too_large": _set("minutes", value=10**20),
    "not_finite": _set("characters", 0, "arousal", value=float("inf")),
    "key_not_text": _set(5, value="x"),
    "must_be": _set("format", value=2),
    "not_allowed": _set("difficulty", value="intermedate"),
    "bad_name": _set("variables", value={"Bad": 1}),
    "too_long": _set("id", value="a" * 70),
    "empty": _set("characters", 0, "portrait", value=""),
    "not_greater": _set("rooms", 0, "width", value=0),
    "or": _set("nodes", 0, "choices", 0, "to", value=5),
    "key_on": _set("nodes", 1, "scene", "characters", "pat", True, value="chair"),
    "type_null": _set("minutes", value=None),
}


def _parts(message) -> set[str]:
    """The keys of a message and of the messages nested in it."""
    nested = [v for v in getattr(message, "values", {}).values() if isinstance(v, Message)]
    return {message.key}.union(*(_parts(v) for v in nested))


@pytest.mark.parametrize("key", sorted(SCHEMA_CASES))
def test_every_schema_message_is_in_both_languages(key):
    data = yaml.safe_load((FIXTURES / "minimal.yaml").read_text(encoding="utf-8"))
    SCHEMA_CASES[key](data)
    found = [m for _, m in schema_errors(data)]
    assert found, key
    for m in found:
        assert_both_languages(m)
    assert key in set().union(*map(_parts, found)), [m.key for m in found]


def test_the_schema_messages_read_naturally_in_swedish():
    data = yaml.safe_load((FIXTURES / "minimal.yaml").read_text(encoding="utf-8"))
    data["difficulty"] = "intermedate"
    data["titel"] = data.pop("title")
    texts = [m.text("sv") for _, m in schema_errors(data)]
    assert "'intermedate' är inte tillåtet här (menade du 'intermediate'?); använd en av introductory, " \
           "intermediate, advanced" in texts
    assert any(t.startswith("okänd nyckel 'titel' (menade du 'title'?); tillåtna här: format, id,") for t in texts)
    assert "den obligatoriska nyckeln 'title' saknas" in texts


# -- packs -------------------------------------------------------------------------------------------------

def _zip_with_entry(tmp_path: Path, name: str, mode: int) -> Path:
    z = tmp_path / f"{name.replace('/', '_')}.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("ok.yaml", minimal_text())
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = mode << 16
        zf.writestr(info, "x")
    return z


def hostile_packs(tmp_path: Path) -> dict[str, Path]:
    """The refused packs of test_packs.py, and a few more reasons."""
    z = lambda name, entries, **kw: make_zip(tmp_path / name, entries, **kw)  # noqa: E731
    ok = {"ok.yaml": minimal_text()}
    packs = {f"name{i}": z(f"n{i}.zip", ok | {name: "x: 1"}) for i, name in enumerate(
        ["../evil.yaml", "/etc/evil.yaml", "C:/evil.yaml", "..\\evil.yaml", "CON.yaml", "a/b/c/d/e/f/g/h/i/j.yaml",
         "trailing./x.yaml", "ctrl\x01.yaml"])}
    packs["symlink"] = _zip_with_entry(tmp_path, "images/link.svg", stat.S_IFLNK | 0o777)
    packs["device"] = _zip_with_entry(tmp_path, "dev.txt", stat.S_IFCHR | 0o666)
    packs["many"] = z("many.zip", ok | {f"notes/{i}.txt": "x" for i in range(MAX_FILES + 1)})
    packs["bomb"] = z("bomb.zip", ok | {"notes/bomb.txt": b"\0" * (8 * 1024 * 1024)})
    packs["big"] = z("big.zip", ok | {"big.yaml": b"a: " + b"x" * (MAX_SCENARIO_BYTES + 1)},
                     compression=zipfile.ZIP_STORED)
    packs["types"] = z("types.zip", ok | {"run.exe": b"MZ", "Makefile": "x"})
    packs["lint"] = z("lint.zip", {"b.yaml": minimal_text("b").replace("revision: 1", "revision: one"),
                                   "d.yaml": "id: [unclosed\n"})
    packs["case"] = z("case.zip", ok | {"A.txt": "x", "a.txt": "y"})
    packs["no_scenarios"] = z("notes.zip", {"notes.txt": "x"})
    (tmp_path / "empty").mkdir()
    packs["empty_folder"] = tmp_path / "empty"
    (tmp_path / "not.zip").write_bytes(b"not a zip")
    packs["not_zip"] = tmp_path / "not.zip"
    packs["missing"] = tmp_path / "missing.zip"
    return packs


def test_every_refused_pack_says_why_in_both_languages(tmp_path):
    root = tmp_path / "packs"
    for name, pack in hostile_packs(tmp_path).items():
        rep = import_pack(pack, root)
        assert not rep.accepted, name
        assert rep.refused or rep.lint_errors, name
        for reason in rep.refused:
            assert_both_languages(reason)
        for d in rep.diagnostics:
            assert_both_languages(d.message)
        en, sv = rep.lines(), rep.lines("sv")
        assert len(en) == len(sv) and all(a != b for a, b in zip(en, sv)), (name, en, sv)
        assert not any(re.search(r"\{[a-z_]+\}", line) for line in sv), sv


def test_the_swedish_outcome_of_a_refused_pack(tmp_path):
    rep = import_pack(make_zip(tmp_path / "p.zip", {"ok.yaml": minimal_text(), "../evil.yaml": "x",
                                                    "run.exe": b"MZ"}), tmp_path / "packs")
    assert rep.lines()[:2] == ["refused: the pack contains files that are not allowed",
                               "refused: '../evil.yaml': '..' in the path (it would write outside the pack)"]
    assert rep.lines("sv") == [
        "avvisat: paketet innehåller filer som inte är tillåtna",
        "avvisat: '../evil.yaml': '..' i sökvägen (det skulle skriva utanför paketet)",
        "avvisat: 'run.exe': filtypen '.exe' är inte tillåten i ett paket (tillåtna: .yaml, .yml, .svg, .png, "
        ".jpg, .jpeg, .txt, .md)",
        "ingenting importerades; biblioteket är oförändrat"]


def test_updates_and_an_accepted_pack_in_swedish(tmp_path):
    root = tmp_path / "packs"
    z = make_zip(tmp_path / "norrby.zip", {"norrby/ours.yaml": minimal_text("clinic_one")})
    rep = import_pack(z, root)
    assert rep.accepted
    assert rep.lines("sv")[-1].startswith("importerade paketet 'norrby' till ")
    assert rep.lines("sv")[-1].endswith(": 1 scenario(r): clinic_one (version 1)")
    again = import_pack(make_zip(tmp_path / "n2.zip", {"norrby/ours.yaml": minimal_text("clinic_one", 2)}), root)
    assert again.needs_replace
    [update] = again.updates
    assert_both_languages(update.old_file)
    assert update.describe("sv") == ("'clinic_one' finns redan (version 1 i paketet norrby/ours.yaml); det här "
                                     "paketet har version 2")
    assert "uppdatering (inte genomförd): 'clinic_one' finns redan" in "\n".join(again.lines("sv"))


def test_export_refusals_are_in_both_languages(tmp_path):
    for ids in (["no_such_id"], []):
        with pytest.raises(PackError) as caught:
            export_pack(ids, [SCENARIOS], tmp_path / "out.zip")
        assert_both_languages(caught.value.message)
        assert caught.value.text("en") == str(caught.value)


# -- the CLI ----------------------------------------------------------------------------------------------

def test_lint_in_swedish_on_request_and_english_by_default(capsys):
    bad = str(LINT_FIXTURES / "LA006_bad.yaml")
    assert main(["lint", bad]) == 1
    out, err = capsys.readouterr()
    assert out.endswith("LA006 goes to unknown node 'plase' (did you mean 'place'?)\n")
    assert err == "1 file(s) checked: 1 error(s), 0 warning(s)\n"
    assert main(["lint", "--lang", "sv", bad]) == 1
    out, err = capsys.readouterr()
    assert out.endswith("LA006 går till en okänd nod 'plase' (menade du 'place'?)\n")
    assert err == "1 fil(er) kontrollerade: 1 fel, 0 varning(ar)\n"
    assert main(["lint", "--lang", "sv", "--format", "json", bad]) == 1
    assert "går till en okänd nod" in capsys.readouterr().out


def test_import_in_swedish_on_request(tmp_path, capsys):
    z = make_zip(tmp_path / "p.zip", {"ok.yaml": minimal_text(), "../evil.yaml": "x"})
    assert main(["import", str(z), "--packs-dir", str(tmp_path / "packs"), "--lang", "sv"]) == 1
    err = capsys.readouterr().err
    assert "avvisat: '../evil.yaml': '..' i sökvägen" in err and "ingenting importerades" in err

