"""Loading scenarios for play: only files that lint without errors are played."""

from __future__ import annotations

from pathlib import Path

from ..errors import ScenarioError
from .model import Scenario


def load_scenario(path: str | Path) -> Scenario:
    from ..lint.runner import lint_file  # the linter is the loader's validation pass

    report = lint_file(path)
    if report.scenario is None:
        raise ScenarioError(report.errors or report.diagnostics)
    return report.scenario


def load_library(folder: str | Path, cache=None):
    """(scenarios, broken reports) of a folder, sorted by id; broken files are never hidden.
    ``cache`` (a lint.cache.LintCache) skips unchanged files that were clean before."""
    from ..lint.runner import lint_paths

    reports = lint_paths([folder], cache)
    good = sorted((r.scenario for r in reports if r.scenario is not None), key=lambda s: s.id)
    broken = [r for r in reports if r.scenario is None]
    return good, broken
