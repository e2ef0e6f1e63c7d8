"""What an import or an export found and did, told back to the caller (the app shows it, the CLI prints it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Diagnostic, LagaffektivError


class PackError(LagaffektivError):
    """The pack cannot be taken: the message says why in words an educator understands."""


# -- reports ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Update:
    id: str
    old_revision: int
    new_revision: int
    old_file: str

    def describe(self) -> str:
        return (f"'{self.id}' already exists (revision {self.old_revision} in {self.old_file}); "
                f"this pack has revision {self.new_revision}")


@dataclass
class ImportReport:
    source: str
    pack_name: str = ""
    accepted: bool = False
    destination: Path | None = None
    scenarios: list[tuple[str, int]] = field(default_factory=list)   # (id, revision) in the pack
    updates: list[Update] = field(default_factory=list)
    replaced: bool = False            # updates were taken (replace=True)
    refused: list[str] = field(default_factory=list)                 # safety and limit problems
    diagnostics: list[Diagnostic] = field(default_factory=list)      # lint, file paths inside the pack
    ignored: list[str] = field(default_factory=list)                 # litter skipped (__MACOSX, .DS_Store)
    needs_replace: bool = False       # only refused because updates or the name need replace=True

    @property
    def lint_errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    def lines(self) -> list[str]:
        """The outcome in plain sentences, for the CLI and a dialog."""
        out: list[str] = []
        for reason in self.refused:
            out.append(f"refused: {reason}")
        for d in self.diagnostics:
            out.append(d.format())
        for name in self.ignored:
            out.append(f"ignored: {name}")
        for u in self.updates:
            out.append(("update: " if self.accepted else "update (not taken): ") + u.describe())
        if self.accepted:
            ids = ", ".join(f"{sid} (revision {rev})" for sid, rev in self.scenarios)
            out.append(f"imported pack '{self.pack_name}' into {self.destination}: {len(self.scenarios)} "
                       f"scenario(s): {ids}")
        elif self.needs_replace:
            out.append("nothing was imported: the pack would replace scenarios that already exist. "
                       "Check the revisions above and import again with --replace to take the new ones.")
        elif self.lint_errors:
            out.append(f"nothing was imported: {len(self.lint_errors)} error(s) in the pack's scenarios; "
                       "the library is unchanged")
        else:
            out.append("nothing was imported; the library is unchanged")
        return out


@dataclass
class ExportReport:
    out: Path
    scenarios: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)      # names inside the zip


# -- names ------------------------------------------------------------------------------------------------
