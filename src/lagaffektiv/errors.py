"""The project's own error types and the diagnostic record shared by loader and linter."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Diagnostic:
    code: str          # stable, e.g. "LA006"; documented in docs/lint/<code>.md
    message: str
    file: str = ""
    line: int = 0      # 1-based; 0 when unknown
    col: int = 0       # 1-based; 0 when unknown
    severity: str = "error"   # "error" | "warning"

    def format(self) -> str:
        where = self.file or "<input>"
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        tag = self.code if self.severity == "error" else f"{self.code} (warning)"
        return f"{where}: {tag} {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


class LagaffektivError(Exception):
    """Base of every error the project raises on purpose; anything else is a bug."""


class ScenarioError(LagaffektivError):
    """A scenario file could not be used; ``diagnostics`` says where and why."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = list(diagnostics)
        first = self.diagnostics[0].format() if self.diagnostics else "invalid scenario"
        more = len(self.diagnostics) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))


class EncounterError(LagaffektivError):
    """An action that the running encounter cannot take (unknown choice, wrong step kind...)."""


class StateError(LagaffektivError):
    """A saved encounter state that cannot be restored."""
