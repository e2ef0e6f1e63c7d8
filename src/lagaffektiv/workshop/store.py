"""Autosave for workshops: one JSON file per workshop, written atomically after every step.

A workshop can be interrupted at any moment (the laptop is closed, the app killed, the power
goes), so every write goes to a temporary file that is flushed to disk and then renamed over the
old one: the file on disk is always either the previous or the new state, never half of each.
A file that cannot be read is moved aside (never deleted) and the caller is told where it went.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..scenario.model import Scenario
from ..timestamps import now_utc
from .model import Workshop
from .records import ID_PATTERN, WORKSHOP_VERSION, WorkshopError

SUFFIX = ".json"


@dataclass(frozen=True)
class SavedWorkshop:
    id: str
    scenario_id: str
    updated: str          # ISO 8601, UTC
    steps: int            # actions taken so far (decisions and passages)
    decisions: int = 0
    finished: bool = False
    started: str = ""


def write_json_atomic(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:   # make the rename itself durable where the platform allows it (not on Windows)
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


class WorkshopStore:
    def __init__(self, folder: Path | str):
        self.folder = Path(folder)
        self.problems: list[str] = []   # what unfinished() had to move aside, for the app to show

    def path(self, workshop_id: str) -> Path:
        if not ID_PATTERN.match(str(workshop_id)):
            raise WorkshopError(f"'{workshop_id}' is not a workshop id")
        return self.folder / f"{workshop_id}{SUFFIX}"

    # -- writing ----------------------------------------------------------------------------------
    def save(self, ws: Workshop) -> None:
        path = self.path(ws.workshop_id)
        started = self._started(path)
        data = ws.to_dict()
        data["started"] = started or now_utc()
        data["updated"] = now_utc()
        try:
            write_json_atomic(path, data)
        except OSError as exc:
            raise WorkshopError(f"the workshop could not be saved to {path}: {exc.strerror or exc}") from None

    def _started(self, path: Path) -> str | None:
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        started = old.get("started") if isinstance(old, dict) else None
        return started if isinstance(started, str) else None

    def finish(self, ws: Workshop) -> None:
        """Save the ended workshop; it is no longer offered for resuming but kept for its summary."""
        if not ws.finished:
            raise WorkshopError("the workshop has not reached an ending yet")
        self.save(ws)

    def discard(self, workshop_id: str) -> None:
        """Delete a workshop the facilitator chose to throw away (a missing file is fine)."""
        try:
            self.path(workshop_id).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise WorkshopError(f"the workshop could not be removed: {exc.strerror or exc}") from None

    # -- reading ----------------------------------------------------------------------------------
    def move_aside(self, path: Path, why: str, tag: str = "corrupt") -> str:
        """Rename an unusable file out of the way (never delete it); returns the message to show."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.stem}.{tag}-{stamp}{SUFFIX}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.stem}.{tag}-{stamp}-{n}{SUFFIX}")
        try:
            os.replace(path, target)
        except OSError as exc:
            return f"the saved workshop {path.name} {why}, and it could not be moved aside ({exc.strerror or exc})"
        return f"the saved workshop {path.name} {why}; it was kept as {target.name}"

    def _read(self, path: Path) -> dict:
        """The saved data, or WorkshopError after moving an unreadable file aside."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise WorkshopError(f"there is no saved workshop {path.name}") from None
        except OSError as exc:
            raise WorkshopError(f"the saved workshop {path.name} cannot be read: {exc.strerror or exc}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise WorkshopError(self.move_aside(path, "is not UTF-8 text")) from None
        except ValueError as exc:
            why = f"{exc.msg}, line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise WorkshopError(self.move_aside(path, f"is not valid JSON ({why})")) from None
        if not isinstance(data, dict):
            raise WorkshopError(self.move_aside(path, "is not a JSON object"))
        version = data.get("workshop_version")
        if version != WORKSHOP_VERSION:
            if isinstance(version, int) and version > WORKSHOP_VERSION:
                # Written by a newer lagaffektiv: leave it untouched for that version.
                raise WorkshopError(f"the saved workshop {path.name} was written by a newer version of "
                                    f"lagaffektiv (workshop version {version}); it was left as it is")
            raise WorkshopError(self.move_aside(path, f"has an unknown workshop version {version!r}"))
        if not isinstance(data.get("scenario"), str) or not isinstance(data.get("actions"), list):
            raise WorkshopError(self.move_aside(path, "lacks its scenario or its steps"))
        return data

    def _summary(self, wid: str, data: dict) -> SavedWorkshop:
        decisions = data.get("decisions")
        return SavedWorkshop(id=wid, scenario_id=data["scenario"], updated=str(data.get("updated", "")),
                             steps=len(data["actions"]),
                             decisions=len(decisions) if isinstance(decisions, list) else 0,
                             finished=bool(data.get("finished")), started=str(data.get("started", "")))

    def _all(self) -> list[SavedWorkshop]:
        self.problems = []
        out = []
        if not self.folder.is_dir():
            return out
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            if not ID_PATTERN.match(path.stem):
                continue   # moved-aside files and anything else not ours
            try:
                out.append(self._summary(path.stem, self._read(path)))
            except WorkshopError as exc:
                self.problems.append(str(exc))
        return sorted(out, key=lambda s: (s.updated, s.id), reverse=True)

    def unfinished(self) -> list[SavedWorkshop]:
        """Workshops that can be resumed, newest first. Unreadable files are moved aside and
        described in ``problems``."""
        return [s for s in self._all() if not s.finished]

    def finished(self) -> list[SavedWorkshop]:
        """Ended workshops kept for their summary, newest first."""
        return [s for s in self._all() if s.finished]

    def load(self, workshop_id: str, scenarios: dict[str, Scenario]) -> Workshop:
        path = self.path(workshop_id)
        data = self._read(path)
        scenario = scenarios.get(data["scenario"])
        if scenario is None:
            # Left in place: the scenario may come back (a pack imported again).
            raise WorkshopError(f"the saved workshop uses the scenario '{data['scenario']}', which is not in the "
                                f"library; the file {path.name} was left as it is")
        try:
            return Workshop.from_dict(scenario, data)
        except WorkshopError as exc:
            # It will never replay on this scenario again: move it out of the resume list, keep it.
            raise WorkshopError(self.move_aside(path, f"cannot be resumed: {exc}", tag="stale")) from None
