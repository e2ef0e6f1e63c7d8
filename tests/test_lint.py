"""The linter's diagnostic codes: a failing and a clean fixture per code, positions, hostile input.

Fixtures live in tests/lint_fixtures/: LA0xx_bad.yaml triggers LA0xx and nothing else,
LA0xx_good.yaml is the same scenario with the fix applied and lints with no diagnostics at all.
LA026 needs two files, so it has the folders LA026_bad/ and LA026_good/. The failing files of
LA002 (bytes that are not UTF-8) and LA018 (a file that cannot be read) are made here in a
temporary folder rather than committed. Every code also has its page docs/lint/LA0xx.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagaffektiv.errors import Diagnostic
from lagaffektiv.lint.codes import CODES, WARNINGS
from lagaffektiv.lint.runner import FileReport, lint_file, lint_paths
from lagaffektiv.scenario.source import MAX_BYTES, read_file

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "lint_fixtures"
DOCS = HERE.parent / "docs" / "lint"
MINIMAL = HERE / "fixtures" / "minimal.yaml"


# -- the failing files that are made rather than committed ---------------------------------------

def _latin1(tmp_path: Path) -> Path:
    """LA002: the clean fixture saved by an editor set to Latin-1 (å in 'Får' becomes byte 0xe5)."""
    path = tmp_path / "LA002_bad.yaml"
    path.write_bytes((FIXTURES / "LA002_good.yaml").read_text(encoding="utf-8").encode("latin-1"))
    return path


def _oversized(tmp_path: Path) -> Path:
    """LA018: the clean fixture padded with comment lines past the size limit."""
    path = tmp_path / "LA018_bad.yaml"
    pad = ("#" + "x" * 98 + "\n") * (MAX_BYTES // 100 + 1)
    path.write_text((FIXTURES / "LA018_good.yaml").read_text(encoding="utf-8") + pad, encoding="utf-8")
    assert path.stat().st_size > MAX_BYTES
    return path


GENERATED_BAD = {"LA002": _latin1, "LA018": _oversized}


def bad_target(code: str, tmp_path: Path) -> Path:
    if code in GENERATED_BAD:
        return GENERATED_BAD[code](tmp_path)
    folder = FIXTURES / f"{code}_bad"
    return folder if folder.is_dir() else FIXTURES / f"{code}_bad.yaml"


def good_target(code: str) -> Path:
    folder = FIXTURES / f"{code}_good"
    return folder if folder.is_dir() else FIXTURES / f"{code}_good.yaml"


def diagnostics(target: Path) -> list[Diagnostic]:
    return [d for r in lint_paths([target]) for d in r.diagnostics]


# -- what each failing fixture must give: (line, column, part of the message), checked by hand ---
# Lines count the two comment lines at the top of every fixture. Column 1 is the first character.

EXPECTED: dict[str, tuple[int, int, str]] = {
    # the ':' after 'Reviewed by' in "notes: Reviewed by: the clinic safety team"
    "LA001": (32, 19, "YAML syntax error: mapping values are not allowed"),
    # the byte 0xe5 ('å' in Latin-1) in '      question: {sv: "Får du'
    "LA002": (70, 24, "not valid UTF-8 (byte 0xe5); save the file as UTF-8"),
    # the key 'difficulty' of "difficulty: easy"
    "LA003": (11, 1, "'easy' is not allowed here; use one of introductory, intermediate, advanced"),
    # 'empathi' inside "        principles: {own_calm: 2, empathi: 1}"
    "LA004": (47, 35, "unknown principle 'empathi' (did you mean 'empathy'?)"),
    # the key 'id' of the second "      - id: calm"
    "LA005": (52, 9, "choice id 'calm' is used twice"),
    # the key 'to' of "        to: plase"
    "LA006": (56, 9, "goes to unknown node 'plase' (did you mean 'place'?)"),
    # the key 'id' of "  - id: walked_out"
    "LA007": (87, 5, "node 'walked_out' cannot be reached from the start node 'hello'"),
    # the node "  - id: bad_end" (the node itself, at its first key)
    "LA008": (82, 5, "node 'bad_end' has no way on"),
    # the key 'id' of "  - id: escalates"
    "LA009": (57, 5, "from node 'escalates' no ending can be reached"),
    # the key 'choices' of node hello
    "LA010": (43, 5, "every choice of 'hello' has an 'if'"),
    # the key 'feedback' of "        feedback: {sv: Bra.}"
    "LA011": (49, 9, "missing English text ('en:')"),
    # the key 'image' of "    image: ../fixtures/triage.png"
    "LA012": (36, 5, "asset path '../fixtures/triage.png' must be relative to the scenario's folder"),
    # the key 'at' inside "        pat: {at: [5, 1.5], facing: 180}"
    "LA013": (61, 15, "character 'pat' at (5, 1.5) is outside room 'room' (4 × 3 m)"),
    # the second obstacle "      - {id: chair, ...}", at its '{'
    "LA014": (32, 9, "obstacles 'bed' and 'chair' overlap"),
    # the key 'character' of "      - character: patient"
    "LA015": (37, 9, "line spoken by unknown character 'patient' (did you mean 'pat'?)"),
    # 'aksed' inside "        set: {aksed: true}"
    "LA016": (48, 15, "unknown variable 'aksed' (did you mean 'asked'?); declare it under 'variables:'"),
    # the key 'source' of "        source: low_affektive"
    "LA017": (50, 9, "unknown source section 'low_affektive' (did you mean 'low_affective'?)"),
    # a file that is not read has no position: line and column 0 mean "the whole file"
    "LA018": (0, 0, f"a scenario may be at most {MAX_BYTES}"),
    # the key 'next' of the checkpoint node quiz
    "LA019": (77, 5, "node 'quiz' has checkpoint and next"),
    # the '{' of the last branch "        - {if: {flag: pos_ok}, to: quiz}"
    "LA020": (66, 11, "the last branch has an 'if'"),
    # the key 'room' of "      room: triage"
    "LA021": (59, 7, "unknown room 'triage'"),
    # the key 'choices' of node hello
    "LA022": (43, 5, "no choice of 'hello' is marked 'expert: true'"),
    # the key 'options' of the checkpoint
    "LA023": (71, 7, "no answer is marked 'correct: true'"),
    # the node "  - id: place" (the node itself, at its first key)
    "LA024": (57, 5, "positioning node 'place' needs a 'scene'"),
    # the key 'timer' of the checkpoint node quiz
    "LA025": (77, 5, "node 'quiz' has a timer but no choices"),
    # the key 'id' of ward_b.yaml ("id: triage_shouting" on line 4)
    "LA026": (4, 1, "scenario id 'triage_shouting' is already used by"),
    # the key 'positioning' of node place (the room's only door is "exit_for: [patient, companion]")
    "LA027": (62, 5, "room 'room' has no door for staff, so no placement in 'place'"),
    # the character "  - id: pat" (the character itself, at its first key)
    "LA028": (15, 5, "'pat' acts out but has no 'causes:'"),
    # the key 'phases' of "  phases: {escalation: 75}"
    "LA029": (15, 3, "phase thresholds must rise: trigger < escalation < pre_crisis < crisis <= 100 "
                     "(now 20, 75, 70, 85)"),
    # the key 'ambient' in "    sound: {ambient: ed_waiting_rom, intensity_follows: pat}"
    "LA030": (35, 13, "unknown sound 'ed_waiting_rom' (did you mean 'ed_waiting_room'?)"),
    # the '{' of the definition "  - {id: reception_phone, like: phone_ring, gain: -6}"
    "LA031": (15, 5, "sound 'reception_phone' has no caption"),
    # the key 'cue' of "        cue: ed_waiting_room" under the choice 'stop'
    "LA032": (56, 9, "sound 'ed_waiting_room' is an ambience (a loop) and cannot be used as a cue"),
    # the key 'facilitator' of the ending good_end
    "LA035": (82, 5, "node 'good_end' is an ending but has 'facilitator:' notes"),
}

KNOWN_BUGS: dict = {}


def _params(codes, marks: dict | None = None):
    return [pytest.param(c, marks=(marks or {}).get(c, ()), id=c) for c in sorted(codes)]


# -- every code: docs and fixtures exist ---------------------------------------------------------

@pytest.mark.parametrize("code", _params(CODES))
def test_every_code_has_fixtures_docs_and_an_expected_position(code):
    assert (FIXTURES / f"{code}_bad.yaml").is_file() or (FIXTURES / f"{code}_bad").is_dir() \
        or code in GENERATED_BAD, f"add tests/lint_fixtures/{code}_bad.yaml"
    assert good_target(code).exists(), f"add tests/lint_fixtures/{code}_good.yaml"
    assert code in EXPECTED, f"add the hand-checked position of {code} to EXPECTED"
    page = DOCS / f"{code}.md"
    assert page.is_file(), f"add docs/lint/{code}.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith(f"# {code}: "), "the page starts with '# LA0xx: title'"
    for heading in ("## What it means", "## Why it matters", "## Example", "## The message", "## How to fix it"):
        assert heading in text, f"docs/lint/{code}.md lacks '{heading}'"
    assert "```yaml" in text
    severity = "warning" if code in WARNINGS else "error"
    row = f"| [{code}]({code}.md) | {CODES[code]} | {severity} |"
    assert row in (DOCS / "README.md").read_text(encoding="utf-8"), f"docs/lint/README.md needs the row {row}"


def test_no_fixture_or_page_for_a_code_that_does_not_exist():
    named = {re.match(r"(LA\d{3})_(bad|good)", p.name) for p in FIXTURES.iterdir()}
    assert {m.group(1) for m in named if m} <= set(CODES)
    assert {p.stem for p in DOCS.glob("LA*.md")} == set(CODES)
    assert all(p.name in ("assets",) or re.fullmatch(r"LA\d{3}_(bad|good)(\.yaml)?", p.name)
               for p in FIXTURES.iterdir()), sorted(p.name for p in FIXTURES.iterdir())


# -- every code: the failing fixture gives that code only, where expected; the clean one nothing --

@pytest.mark.parametrize("code", _params(CODES, KNOWN_BUGS))
def test_failing_fixture_gives_only_its_code_at_the_expected_place(code, tmp_path):
    target = bad_target(code, tmp_path)
    found = diagnostics(target)
    assert [d.code for d in found] == [code], [d.format() for d in found]
    d = found[0]
    line, col, message = EXPECTED[code]
    assert message in d.message
    assert d.severity == ("warning" if code in WARNINGS else "error")
    assert d.file.startswith(str(target))
    assert (d.line, d.col) == (line, col), d.format()


@pytest.mark.parametrize("code", _params(CODES))
def test_clean_fixture_gives_no_diagnostics(code):
    reports = lint_paths([good_target(code)])
    assert reports, "the clean fixture was not found"
    assert [d.format() for r in reports for d in r.diagnostics] == []
    assert all(r.scenario is not None for r in reports)


def test_all_clean_fixtures_together_are_clean():
    """Each fixture has its own scenario id, so linting them together gives no LA026."""
    reports = lint_paths([good_target(c) for c in sorted(CODES)])
    assert len(reports) == len(CODES) + 1          # LA026_good/ holds two files
    assert [d.format() for r in reports for d in r.diagnostics] == []


def test_la026_keeps_the_first_file_and_refuses_the_second():
    first, second = lint_paths([FIXTURES / "LA026_bad"])
    assert first.path.endswith("ward_a.yaml") and first.diagnostics == [] and first.scenario is not None
    assert second.path.endswith("ward_b.yaml") and second.scenario is None
    assert [d.code for d in second.diagnostics] == ["LA026"]
    assert first.path in second.diagnostics[0].message


def test_la022_is_a_warning_and_the_scenario_still_loads():
    report = lint_file(FIXTURES / "LA022_bad.yaml")
    assert report.ok and report.scenario is not None
    assert [(d.code, d.severity) for d in report.diagnostics] == [("LA022", "warning")]


# -- other ways to trigger some codes ---------------------------------------------------------------

def _variant(tmp_path: Path, old: str, new: str, name: str = "variant.yaml") -> Path:
    text = MINIMAL.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_la005_duplicate_key_in_one_mapping(tmp_path):
    path = _variant(tmp_path, "minutes: 5\n", "minutes: 5\nminutes: 10\n")
    found = lint_file(path).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("LA005", 12, 1)]
    assert found[0].message == "key 'minutes' appears twice in the same mapping (first on line 11)"


@pytest.mark.parametrize("data,name", [(b"\xff\xfef\x00o\x00", "UTF-16"), (b"\xff\xfe\x00\x00f\x00\x00\x00", "UTF-32"),
                                       (b"\xfe\xff\x00f", "UTF-16")])
def test_la002_utf16_and_utf32_are_named(tmp_path, data, name):
    path = tmp_path / "wide.yaml"
    path.write_bytes(data)
    assert [(d.code, d.message) for d in lint_file(path).diagnostics] == [("LA002", f"file is {name}; save it as UTF-8")]


def test_la002_nul_character(tmp_path):
    path = tmp_path / "nul.yaml"
    path.write_bytes(b"format: 1\nid: x\x00\n")
    assert [(d.code, d.line) for d in lint_file(path).diagnostics] == [("LA002", 2)]


def test_utf8_with_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    assert lint_file(path).diagnostics == []


def test_la018_a_folder_named_like_a_scenario(tmp_path):
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    found = lint_file(folder).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("LA018", 0, 0)]
    assert found[0].message.startswith("cannot read the file: ")


def test_la018_a_missing_file(tmp_path):
    found = lint_file(tmp_path / "gone.yaml").diagnostics
    assert [d.code for d in found] == ["LA018"] and "cannot read the file" in found[0].message


def test_la020_branch_without_if_before_the_last(tmp_path):
    path = _variant(tmp_path, "        - {if: {flag: pos_blocks_exit}, to: bad_end}\n        - {to: quiz}",
                    "        - {to: quiz}\n        - {if: {flag: pos_blocks_exit}, to: bad_end}")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA020", "LA020"]    # the fallback is not last, and the last has an 'if'
    assert "must come last" in found[0].message and (found[0].line, found[0].col) == (64, 11)


def test_la023_two_correct_answers_without_multiple(tmp_path):
    path = _variant(tmp_path, '{sv: Ja, en: "Yes"}}', '{sv: Ja, en: "Yes"}, correct: true}')
    found = lint_file(path).diagnostics
    assert [(d.code, d.message) for d in found] == [("LA023", "2 answers are correct but 'multiple' is not true")]
    assert _lines(path)[found[0].line - 1].strip() == "checkpoint:"      # no 'multiple' key: the checkpoint


def test_la024_scene_without_characters(tmp_path):
    path = _variant(tmp_path, "      characters:\n        pat: {at: [2, 1.5], facing: 180}\n", "      characters: {}\n")
    assert [d.code for d in lint_file(path).diagnostics] == ["LA024"]


def test_la003_a_list_instead_of_a_mapping(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- format: 1\n- id: x\n", encoding="utf-8")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA003"] and "must be a mapping" in found[0].message




@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n",
                                  "---\n",
                                  "~\n",
                                  "null\n"])
def test_la003_an_empty_file(tmp_path, text):
    path = tmp_path / "empty.yaml"
    path.write_text(text, encoding="utf-8")
    assert [(d.code, d.message) for d in lint_file(path).diagnostics] == [("LA003", "the file is empty")]


# -- a folder with one broken file and one good file ------------------------------------------------

def test_lint_paths_reports_every_file_and_keeps_the_good_scenario(tmp_path):
    (tmp_path / "a_broken.yaml").write_bytes((FIXTURES / "LA006_bad.yaml").read_bytes())
    (tmp_path / "b_good.yaml").write_bytes(MINIMAL.read_bytes())
    (tmp_path / "readme.txt").write_text("not a scenario", encoding="utf-8")
    reports = lint_paths([tmp_path])
    assert [Path(r.path).name for r in reports] == ["a_broken.yaml", "b_good.yaml"]
    broken, good = reports
    assert [d.code for d in broken.diagnostics] == ["LA006"] and broken.scenario is None and not broken.ok
    assert good.diagnostics == [] and good.ok and good.scenario is not None and good.scenario.id == "minimal"


# -- hostile files: nothing executes, nothing explodes ------------------------------------------------

@pytest.mark.parametrize("template", [
    "!!python/object/apply:os.system [\"{cmd}\"]\n",
    "format: 1\nid: !!python/object/apply:os.system [\"{cmd}\"]\n",
    "format: 1\nnotes: !!python/object/apply:subprocess.check_output [[sh, -c, \"{cmd}\"]]\n",
    "format: 1\nid: !!python/object/new:os.system [\"{cmd}\"]\n",
    "format: 1\nid: !!python/name:os.system\n",
    "format: 1\nnotes: !!python/object:os._wrap_close {{}}\n",
])
def test_python_object_tags_are_refused_and_execute_nothing(tmp_path, template):
    marker = tmp_path / "executed"
    path = tmp_path / "evil.yaml"
    path.write_text(template.format(cmd=f"touch {marker}"), encoding="utf-8")
    report = lint_file(path)
    assert not marker.exists(), "the YAML tag ran a command"
    assert report.scenario is None
    assert report.diagnostics and {d.code for d in report.diagnostics} <= {"LA001", "LA003"}
    assert not any("internal error" in d.message for d in report.diagnostics)


def test_python_tag_inside_a_real_scenario(tmp_path):
    marker = tmp_path / "executed"
    path = _variant(tmp_path, "minutes: 5\n", f'minutes: !!python/object/apply:os.system ["touch {marker}"]\n')
    found = lint_file(path).diagnostics
    assert not marker.exists()
    assert [(d.code, d.line) for d in found] == [("LA001", 11)]


BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{b}: &{b} [" + ",".join([f"*{a}"] * 9) + "]" for a, b in zip("abcdefgh", "bcdefghi")]) + "\n"


@pytest.mark.parametrize("text", [BILLION_LAUGHS, "a: &a [*a]\n", "[" * 3000 + "]" * 3000 + "\n",
                                  "x: " + "[" * 100 + "]" * 100 + "\n"],
                         ids=["billion_laughs", "recursive_alias", "deep_3000", "deep_100"])
def test_alias_bombs_and_deep_nesting_are_refused(tmp_path, text):
    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    # Without the limits this would exhaust memory or hang; the time it takes is not asserted.
    report = lint_file(path)
    assert report.scenario is None
    assert [d.code for d in report.diagnostics] == ["LA001"], [d.format() for d in report.diagnostics]


# -- property tests: whatever the file holds, lint_file gives diagnostics, never an exception ---------

def _check_report(report: FileReport) -> None:
    assert isinstance(report, FileReport)
    assert all(d.code in CODES for d in report.diagnostics)
    assert not any("internal error" in d.message for d in report.diagnostics), [d.format() for d in report.diagnostics]
    if report.scenario is None and not report.errors:
        # The one known way to get here is the null-document bug (see test_la003_an_empty_file).
        src = read_file(report.path)
        assert src.data is None and not src.diagnostics, "a refused file must say why"


YAML_PIECES = st.sampled_from([
    "format: 1\n", "id: x\n", "nodes:\n", "  - id: a\n", "    next: a\n", "- ", ": ", "{", "}", "[", "]", ", ",
    "&a ", "*a", "<<: *a\n", "!!str ", "!!python/name:os.system ", "? ", "|\n", ">\n", "'", '"', "#", "\t", "\n",
    "  ", "---\n", "...\n", "%YAML 1.1\n", "yes", "~", "1e999", "0x1F", "2024-02-30", ".nan", "å", "\u2028",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=200), st.lists(YAML_PIECES | st.text(max_size=5), max_size=40).map("".join)))
def test_any_text_gives_diagnostics_not_exceptions(tmp_path, text):
    path = tmp_path / "any.yaml"
    path.write_text(text, encoding="utf-8")
    _check_report(lint_file(path))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300) | st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]).flatmap(
    lambda bom: st.binary(max_size=100).map(lambda b: bom + b)))
def test_any_bytes_give_diagnostics_not_exceptions(tmp_path, data):
    path = tmp_path / "any.yaml"
    path.write_bytes(data)
    _check_report(lint_file(path))


# Integers stay within what a float can hold: larger ones hit a known bug, tested below.
_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**300, 10**300), st.floats(), st.text(max_size=20))
_keys = st.one_of(st.text(max_size=10), st.sampled_from(
    ["format", "id", "title", "sv", "en", "nodes", "rooms", "characters", "start", "to", "next", "choices",
     "width", "height", "doors", "at", "rect", "minutes", "revision", "arousal"]))
JSON_LIKE = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_keys, inner, max_size=6),
                         max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=JSON_LIKE)
def test_any_json_like_data_gives_diagnostics_not_exceptions(tmp_path, data):
    path = tmp_path / "data.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _check_report(lint_file(path))


def test_negative_obstacle_size_is_a_schema_error(tmp_path):
    """Was an LA018 internal error (ValueError in floorplan.Obstacle) before rect got prefixItems."""
    path = tmp_path / "neg.yaml"
    text = (FIXTURES / "LA014_good.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("rect: [3.2, 0, 0.5, 0.5]", "rect: [3.7, 0, -0.5, 0.5]"), encoding="utf-8")
    found = lint_file(path).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("LA003", 32, 36)], [d.format() for d in found]
    assert found[0].message == "-0.5 must be greater than 0"


# -- regressions: linter bugs found while writing these tests ------------------------------------

def test_duplicate_obstacle_id_is_reported_at_the_duplicate(tmp_path):
    path = tmp_path / "dup.yaml"
    text = (FIXTURES / "LA014_good.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("{id: chair, rect: [3.2", "{id: bed, rect: [3.2"), encoding="utf-8")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA005"]
    assert (found[0].line, found[0].col) == (32, 10)   # 'id' in "      - {id: bed, rect: [3.2, 0, 0.5, 0.5]}"


def test_a_sound_defined_twice_is_reported_at_the_second(tmp_path):
    """The model keeps the first definition, so the author's second caption would vanish silently."""
    path = tmp_path / "dup_sound.yaml"
    text = (FIXTURES / "LA031_good.yaml").read_text(encoding="utf-8")
    first = '    caption: {sv: "[Telefonen i receptionen ringer]", en: "[The reception phone rings]"}\n'
    assert first in text
    path.write_text(text.replace(first, first + "  - id: reception_phone\n    like: phone_ring\n"
                                 '    caption: {sv: "[Igen]", en: "[Again]"}\n', 1), encoding="utf-8")
    found = lint_file(path).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("LA005", 19, 5)], [d.format() for d in found]
    assert "defined twice under 'sounds:'" in found[0].message




def test_integer_too_large_for_a_float_is_a_schema_error(tmp_path):
    path = _variant(tmp_path, "at: [2, 1.5]", "at: [1" + "0" * 400 + ", 1.5]")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA003"], [d.format() for d in found]


def test_timer_on_a_decision_with_an_extra_next_is_only_la019(tmp_path):
    path = _variant(tmp_path, "        to: place\n  - id: place", "        to: place\n    next: place\n  - id: place")
    assert [d.code for d in lint_file(path).diagnostics] == ["LA019"]


def test_unquoted_yes_as_an_id_says_to_quote_it(tmp_path):
    path = _variant(tmp_path, '{id: "yes",', "{id: yes,")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA003"]
    assert "quote" in found[0].message or '"yes"' in found[0].message, found[0].message


TWO_ROOMS = """\
  - id: corridor
    name: {sv: Korridor, en: Corridor}
    kind: corridor
    width: 10
    height: 2
    doors:
      - {id: exit, at: [10, 1], width: 0.9, exit_for: [everyone]}
start: hello
"""


def test_scene_without_room_in_a_two_room_scenario_must_name_it(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace("start: hello\n", TWO_ROOMS)
    text = text.replace("    narration: {sv: Pat skriker., en: Pat shouts.}\n",
                        "    narration: {sv: Pat skriker., en: Pat shouts.}\n    scene:\n      room: corridor\n"
                        "      characters:\n        pat: {at: [8, 1], facing: 180}\n")
    # 'place' has no 'room:'; with two rooms that is ambiguous, so the scene must name it.
    text = text.replace("      room: room\n      characters:\n        pat: {at: [2, 1.5], facing: 180}\n",
                        "      characters:\n        pat: {at: [8, 1], facing: 180}\n")
    text = text.replace("learner_start: [0.5, 2.5]", "learner_start: [5, 1]")
    path = tmp_path / "two_rooms.yaml"
    path.write_text(text, encoding="utf-8")
    found = lint_file(path).diagnostics
    assert [d.code for d in found] == ["LA021"], [d.format() for d in found]
    assert "must say which room" in found[0].message


# -- LA027, LA028, LA029: the other ways to trigger them, and what does not -------------------------

def _with_settings(tmp_path: Path, settings_yaml: str) -> Path:
    return _variant(tmp_path, "sources: [low_affective]\n", f"sources: [low_affective]\nsettings:\n{settings_yaml}")


@pytest.mark.parametrize("settings_yaml,where,message", [
    ("  phases: {crisis: 101}\n", (14, 3), "(now 20, 40, 70, 101)"),
    ("  phases: {escalation: 70}\n", (14, 3), "(now 20, 70, 70, 85)"),      # equal is not rising
    ("  positioning: {angle_min: 110}\n", (14, 3), "angle_min (110) must be below angle_max (105)"),
    ("  positioning: {angle_max: 200}\n", (14, 3), "angle_min (30) must be below angle_max (200), which is at most 180"),
    ("  positioning: {agitated_from: 10}\n", (14, 17), "agitated_from (10) is below the trigger threshold (20)"),
    # agitated_from is not written, so the position falls back to 'settings:'
    ("  phases: {trigger: 30}\n", (13, 1), "agitated_from (20) is below the trigger threshold (30)"),
])
def test_la029_each_inconsistency(tmp_path, settings_yaml, where, message):
    found = lint_file(_with_settings(tmp_path, settings_yaml)).diagnostics
    assert [d.code for d in found] == ["LA029"], [d.format() for d in found]
    assert message in found[0].message and (found[0].line, found[0].col) == where, found[0].format()


@pytest.mark.parametrize("settings_yaml", [
    "  phases: {trigger: 30}\n  positioning: {agitated_from: 30}\n",   # agitated_from may equal the trigger
    "  phases: {crisis: 100}\n",
    "  positioning: {angle_min: 0, angle_max: 180}\n",
])
def test_la029_consistent_settings_are_clean(tmp_path, settings_yaml):
    assert lint_file(_with_settings(tmp_path, settings_yaml)).diagnostics == []


@pytest.mark.parametrize("old,new,codes", [
    ("    causes: [pain]\n", "    causes: []\n", ["LA028"]),
    ("    causes: [pain]\n", "    aggression: instrumental\n", ["LA028"]),
    ("    causes: [pain]\n", "    aggression: none\n", []),                # does not act out: no cause needed
    ("    role: patient\n    arousal: 50\n    causes: [pain]\n", "    role: staff\n    arousal: 50\n", []),
])
def test_la028_only_acting_out_patients_and_companions(tmp_path, old, new, codes):
    assert [d.code for d in lint_file(_variant(tmp_path, old, new)).diagnostics] == codes


def test_la027_a_room_without_doors(tmp_path):
    path = _variant(tmp_path, "    doors:\n      - {id: door, at: [4, 1.5], width: 0.9, exit_for: [everyone]}\n",
                    "    doors: []\n")
    found = lint_file(path).diagnostics
    assert [(d.code, d.severity) for d in found] == [("LA027", "warning")]
    assert _lines(path)[found[0].line - 1].strip() == "positioning:"


# -- LA035: facilitator notes where the room decides nothing ---------------------------------------

FACILITATOR = "    facilitator:\n      notes: {sv: Fråga hur det kändes., en: Ask how it felt.}\n"


def test_la035_notes_on_a_passage(tmp_path):
    path = _variant(tmp_path, "      source: confidentiality\n      to: good_end\n",
                    "      source: confidentiality\n      to: pause\n  - id: pause\n"
                    "    narration: {sv: Tio minuter senare., en: Ten minutes later.}\n    next: good_end\n" + FACILITATOR)
    found = lint_file(path).diagnostics
    assert [(d.code, d.severity) for d in found] == [("LA035", "warning")], [d.format() for d in found]
    assert "node 'pause' is a passage" in found[0].message
    assert _lines(path)[found[0].line - 1].strip() == "facilitator:"


@pytest.mark.parametrize("anchor", ["  - id: place\n", "  - id: quiz\n"])
def test_la035_notes_on_positioning_and_checkpoint_are_clean(tmp_path, anchor):
    assert lint_file(_variant(tmp_path, anchor, anchor + FACILITATOR)).diagnostics == []
