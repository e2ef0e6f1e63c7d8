"""The app's lint cache: unchanged clean files are not checked again; anything else is."""

from __future__ import annotations

import json
import sys

from lagaffektiv.lint.cache import LintCache, stamp
from lagaffektiv.lint.runner import lint_file, lint_paths


def test_a_clean_file_is_remembered_and_an_edit_is_noticed(tmp_path, minimal_path):
    cache = LintCache(tmp_path / "cache")
    path = tmp_path / "s.yaml"
    path.write_bytes(minimal_path.read_bytes())
    first = lint_file(path, cache)
    assert first.scenario is not None and len(list(cache.folder.glob("*.json"))) == 1
    again = lint_file(path, cache)
    assert again.scenario is not None and again.scenario.nodes.keys() == first.scenario.nodes.keys()
    assert again.scenario.digest == first.scenario.digest and again.id_position == first.id_position
    path.write_text(path.read_text(encoding="utf-8").replace("to: quiz", "to: quizz"), encoding="utf-8")
    edited = lint_file(path, cache)
    assert edited.scenario is None and edited.errors[0].code == "LA006"


def test_a_broken_file_is_never_cached_and_a_tampered_entry_is_a_miss(tmp_path, minimal_path):
    cache = LintCache(tmp_path / "cache")
    broken = tmp_path / "b.yaml"
    broken.write_text("format: 1\nid: [", encoding="utf-8")
    assert lint_file(broken, cache).errors and not cache.folder.exists()
    good = tmp_path / "g.yaml"
    good.write_bytes(minimal_path.read_bytes())
    lint_file(good, cache)
    (entry,) = cache.folder.glob("*.json")
    entry.write_text(json.dumps({"data": {"nonsense": True}}), encoding="utf-8")
    report = lint_file(good, cache)                      # rebuilt from the file, and re-cached
    assert report.scenario is not None and report.scenario.id == "minimal"


def test_the_stamp_follows_the_linter_and_cross_file_checks_still_run(tmp_path, minimal_path):
    assert len(stamp()) == 20
    cache = LintCache(tmp_path / "cache")
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "lib").mkdir(exist_ok=True)
        (tmp_path / "lib" / name).write_bytes(minimal_path.read_bytes())
    for _ in range(2):                                   # the second pass is all cache hits
        reports = lint_paths([tmp_path / "lib"], cache)
        assert [d.code for r in reports for d in r.diagnostics] == ["LA026"]


def test_a_frozen_bundle_stamps_the_cache_from_its_executable(tmp_path, monkeypatch):
    """A bundle has no .py sources to hash; it once failed to list its library because of that."""
    from lagaffektiv.lint import cache as lint_cache

    exe = tmp_path / "lagaffektiv"
    exe.write_bytes(b"a bundle")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    lint_cache.stamp.cache_clear()
    try:
        first = lint_cache.stamp()
        assert first.startswith("frozen-")
        c = LintCache(tmp_path / "cache")
        c.put("abc", {"data": {"x": 1}})
        assert c.get("abc") == {"data": {"x": 1}}
        exe.write_bytes(b"a new bundle, another size")   # a new build starts a new cache
        lint_cache.stamp.cache_clear()
        assert lint_cache.stamp() != first
    finally:
        lint_cache.stamp.cache_clear()
