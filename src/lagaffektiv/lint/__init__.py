"""The scenario linter: stable diagnostic codes (docs/lint/LA0xx.md) over files and folders."""

from .runner import FileReport, lint_file, lint_paths

__all__ = ["FileReport", "lint_file", "lint_paths"]
