"""What an import or an export found and did, told back to the caller (the app shows it, the CLI prints it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Diagnostic, LagaffektivError
from ..messages import M, text


class PackError(LagaffektivError):
    """The pack cannot be taken: the message says why in words an educator understands."""

    def __init__(self, message: M):
        super().__init__(message)
        self.message = message

    def text(self, lang: str = "en") -> str:
        return text(self.message, lang)


# -- reports ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Update:
    id: str
    old_revision: int
    new_revision: int
    old_file: str      # a Message ("pack x/a.yaml", "the bundled library: a.yaml") or a path

    def describe(self, lang: str = "en") -> str:
        return M("update", id=self.id, old=self.old_revision, file=self.old_file, new=self.new_revision).text(lang)


@dataclass
class ImportReport:
    source: str
    pack_name: str = ""
    accepted: bool = False
    destination: Path | None = None
    scenarios: list[tuple[str, int]] = field(default_factory=list)   # (id, revision) in the pack
    updates: list[Update] = field(default_factory=list)
    replaced: bool = False            # updates were taken (replace=True)
    refused: list[M] = field(default_factory=list)                   # safety and limit problems
    diagnostics: list[Diagnostic] = field(default_factory=list)      # lint, file paths inside the pack
    ignored: list[str] = field(default_factory=list)                 # litter skipped (__MACOSX, .DS_Store)
    needs_replace: bool = False       # only refused because updates or the name need replace=True

    @property
    def lint_errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    def refusals(self, lang: str = "en") -> list[str]:
        """The safety and limit problems in ``lang``."""
        return [text(reason, lang) for reason in self.refused]

    def lines(self, lang: str = "en") -> list[str]:
        """The outcome in plain sentences, for the CLI and a dialog."""
        out: list[str] = []
        for reason in self.refusals(lang):
            out.append(M("line_refused", reason=reason).text(lang))
        for d in self.diagnostics:
            out.append(d.format(lang))
        for name in self.ignored:
            out.append(M("line_ignored", name=name).text(lang))
        for u in self.updates:
            out.append(M("line_update" if self.accepted else "line_update_not_taken", update=u.describe(lang)).text(lang))
        if self.accepted:
            ids = ", ".join(M("scenario_revision", id=sid, rev=rev).text(lang) for sid, rev in self.scenarios)
            out.append(M("imported", name=self.pack_name, path=str(self.destination), n=len(self.scenarios),
                         ids=ids).text(lang))
        elif self.needs_replace:
            out.append(M("nothing_needs_replace").text(lang))
        elif self.lint_errors:
            out.append(M("nothing_lint_errors", n=len(self.lint_errors)).text(lang))
        else:
            out.append(M("nothing_imported").text(lang))
        return out


@dataclass
class ExportReport:
    out: Path
    scenarios: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)      # names inside the zip


# -- names ------------------------------------------------------------------------------------------------
