"""The project's own error types and the diagnostic record shared by loader and linter."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .messages import M, Message, text


@dataclass(frozen=True)
class Diagnostic:
    code: str          # stable, e.g. "LA006"; documented in docs/lint/<code>.md
    message: str       # English; a lagaffektiv.messages.Message renders to Swedish too
    file: str = ""
    line: int = 0      # 1-based; 0 when unknown
    col: int = 0       # 1-based; 0 when unknown
    severity: str = "error"   # "error" | "warning"

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` ("sv" or "en"); ``message`` itself is always the English text."""
        return text(self.message, lang)

    @property
    def key(self) -> str:
        """The message's catalogue key (lagaffektiv.messages), "" for a message made outside it."""
        return getattr(self.message, "key", "")

    @property
    def values(self) -> dict:
        return dict(getattr(self.message, "values", {}))

    def format(self, lang: str = "en") -> str:
        where = self.file or "<input>"
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        tag = self.code if self.severity == "error" else f"{self.code} ({M('warning').text(lang)})"
        return f"{where}: {tag} {self.text(lang)}"

    def to_dict(self) -> dict:
        """The JSON form of `lagaffektiv lint --format json`: the English message as a plain string."""
        return {**asdict(self), "message": str(self.message)}

    def to_record(self) -> dict:
        """``to_dict`` plus the message's key and values, so a stored diagnostic renders in both languages."""
        record = self.to_dict()
        if self.key:
            record["msg"] = self.message.to_dict()
        return record

    @classmethod
    def from_record(cls, record: dict) -> Diagnostic:
        fields = dict(record)
        msg = fields.pop("msg", None)
        if msg is not None:
            fields["message"] = Message.from_dict(msg)
        return cls(**fields)


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
