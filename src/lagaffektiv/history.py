"""The learner's local history: every decision written as it happens, in one SQLite file.

Durability matters more than speed here (a clinic PC may lose power mid-encounter): WAL with
synchronous=FULL, one transaction per decision. The file is versioned with numbered
migrations; a database newer than the app is refused untouched, a corrupt one is moved aside
(never deleted) and a new one started, and the caller is told which file was kept.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import LagaffektivError
from .timestamps import now_utc

# Each entry takes the database from version i to i + 1. Never edit a published one; add more.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE encounter (
        id INTEGER PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        scenario_revision INTEGER NOT NULL,
        title_sv TEXT NOT NULL,
        title_en TEXT NOT NULL,
        mode TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT,
        abandoned INTEGER NOT NULL DEFAULT 0,
        state_json TEXT NOT NULL,
        ending_class TEXT,
        overall INTEGER,
        knowledge INTEGER,
        debrief_json TEXT,
        reaction TEXT,
        self_ratings_json TEXT
    );
    CREATE TABLE decision (
        encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,            -- 'action' or 'step_back'
        action TEXT NOT NULL,
        node TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (encounter_id, seq)
    );
    CREATE TABLE principle_result (
        encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
        principle TEXT NOT NULL,
        score INTEGER,
        adherence INTEGER NOT NULL,
        violations INTEGER NOT NULL,
        PRIMARY KEY (encounter_id, principle)
    );
    CREATE INDEX encounter_scenario ON encounter(scenario_id, finished_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(LagaffektivError):
    """The history database cannot be used."""


class NewerDatabaseError(HistoryError):
    """The database was written by a newer lagaffektiv; it is left untouched."""


@dataclass(frozen=True)
class Unfinished:
    id: int
    scenario_id: str
    title: dict[str, str]
    mode: str
    updated_at: str
    decisions: int
    state: dict


class History:
    def __init__(self, path: Path, conn: sqlite3.Connection, moved_aside: Path | None):
        self.path = path
        self.conn = conn
        self.moved_aside = moved_aside   # where a corrupt file was put, for the app to tell the learner

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> "History":
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        moved = None
        try:
            conn = cls._connect_checked(path)
        except NewerDatabaseError:
            raise
        except sqlite3.OperationalError as exc:
            # Locked, read-only, a folder in the way: not corruption, so nothing is moved.
            raise HistoryError(f"the history database {path} cannot be opened: {exc}") from None
        except sqlite3.DatabaseError:
            if not path.is_file():
                raise HistoryError(f"the history database {path} is not a file") from None
            moved = _move_aside(path)
            try:
                conn = cls._connect_checked(path)
            except sqlite3.DatabaseError as exc:
                raise HistoryError(f"a new history database could not be created at {path}: {exc}") from None
        return cls(path, conn, moved)

    @staticmethod
    def _connect_checked(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerDatabaseError(
                    f"{path} was written by a newer version of lagaffektiv (database version {version}, this app "
                    f"reads up to {SCHEMA_VERSION}); update the app. The file has not been changed.")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _statements(MIGRATIONS[target - 1]):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {target}")
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            return conn
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _tx(self):
        return _Transaction(self.conn)

    # -- writing an encounter as it happens -------------------------------------------------------
    def start(self, enc) -> int:
        sc = enc.scenario
        now = now_utc()
        with self._tx():
            cur = self.conn.execute(
                "INSERT INTO encounter (scenario_id, scenario_revision, title_sv, title_en, mode, started_at, "
                "updated_at, state_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (sc.id, sc.revision, sc.title["sv"], sc.title["en"], enc.mode, now, now, json.dumps(enc.to_dict())))
            return int(cur.lastrowid)

    def record(self, encounter_id: int, enc, kind: str = "action") -> None:
        """Write the newest action (or step back) and the whole state, in one transaction."""
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM decision WHERE encounter_id = ?",
                                (encounter_id,)).fetchone()[0]
        if kind == "step_back":
            last = enc.step_backs[-1]
            action, node = last["undone"], last["node"]
        else:
            action = enc.actions[-1]
            node = enc.steps[-1].node if enc.steps else enc.node_id
        now = now_utc()
        with self._tx():
            self.conn.execute("INSERT INTO decision VALUES (?, ?, ?, ?, ?, ?)",
                              (encounter_id, seq, kind, action, node, now))
            self.conn.execute("UPDATE encounter SET state_json = ?, updated_at = ? WHERE id = ?",
                              (json.dumps(enc.to_dict()), now, encounter_id))

    def finish(self, encounter_id: int, enc, debrief: dict) -> None:
        ending = debrief.get("ending") or {}
        with self._tx():
            self.conn.execute(
                "UPDATE encounter SET state_json = ?, updated_at = ?, finished_at = ?, ending_class = ?, "
                "overall = ?, knowledge = ?, debrief_json = ? WHERE id = ?",
                (json.dumps(enc.to_dict()), now_utc(), now_utc(), ending.get("class"), debrief.get("overall"),
                 debrief["knowledge"]["score"], json.dumps(debrief, ensure_ascii=False), encounter_id))
            self.conn.execute("DELETE FROM principle_result WHERE encounter_id = ?", (encounter_id,))
            self.conn.executemany(
                "INSERT INTO principle_result VALUES (?, ?, ?, ?, ?)",
                [(encounter_id, pid, r["score"], r["adherence"], r["violations"])
                 for pid, r in debrief["principles"].items()])

    def set_reaction(self, encounter_id: int, text: str) -> None:
        with self._tx():
            self.conn.execute("UPDATE encounter SET reaction = ? WHERE id = ?", (text, encounter_id))

    def set_self_ratings(self, encounter_id: int, ratings: dict) -> None:
        with self._tx():
            self.conn.execute("UPDATE encounter SET self_ratings_json = ? WHERE id = ?",
                              (json.dumps(ratings), encounter_id))

    def abandon(self, encounter_id: int) -> None:
        with self._tx():
            self.conn.execute("UPDATE encounter SET abandoned = 1 WHERE id = ?", (encounter_id,))

    # -- reading ----------------------------------------------------------------------------------
    def unfinished(self) -> list[Unfinished]:
        rows = self.conn.execute(
            "SELECT e.id, e.scenario_id, e.title_sv, e.title_en, e.mode, e.updated_at, e.state_json, "
            "(SELECT COUNT(*) FROM decision d WHERE d.encounter_id = e.id) "
            "FROM encounter e WHERE e.finished_at IS NULL AND e.abandoned = 0 ORDER BY e.updated_at DESC, e.id DESC")
        return [Unfinished(r[0], r[1], {"sv": r[2], "en": r[3]}, r[4], r[5], r[7], json.loads(r[6])) for r in rows]

    def state(self, encounter_id: int) -> dict:
        row = self.conn.execute("SELECT state_json FROM encounter WHERE id = ?", (encounter_id,)).fetchone()
        if row is None:
            raise HistoryError(f"no encounter {encounter_id} in the history")
        return json.loads(row[0])

    def debrief(self, encounter_id: int) -> dict | None:
        row = self.conn.execute("SELECT debrief_json FROM encounter WHERE id = ?", (encounter_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def best_overall(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT scenario_id, MAX(overall) FROM encounter WHERE finished_at IS NOT NULL "
                                 "AND overall IS NOT NULL GROUP BY scenario_id")
        return {r[0]: r[1] for r in rows}

    def finished(self) -> list[dict]:
        rows = self.conn.execute(
            "SELECT id, scenario_id, title_sv, title_en, mode, finished_at, ending_class, overall, knowledge "
            "FROM encounter WHERE finished_at IS NOT NULL ORDER BY finished_at, id")
        keys = ("id", "scenario_id", "title_sv", "title_en", "mode", "finished_at", "ending_class", "overall",
                "knowledge")
        return [dict(zip(keys, r)) for r in rows]

    def progress(self) -> dict[str, list[tuple[str, int]]]:
        """Per principle, its score in each finished encounter over time: (finished_at, score)."""
        rows = self.conn.execute(
            "SELECT r.principle, e.finished_at, r.score FROM principle_result r JOIN encounter e "
            "ON e.id = r.encounter_id WHERE e.finished_at IS NOT NULL AND r.score IS NOT NULL "
            "ORDER BY e.finished_at, e.id")
        out: dict[str, list[tuple[str, int]]] = {}
        for principle, at, score in rows:
            out.setdefault(principle, []).append((at, score))
        return out

    def export(self) -> dict:
        """Everything stored about the learner, as JSON-safe data (the right to one's own data)."""
        enc_cols = [c[1] for c in self.conn.execute("PRAGMA table_info(encounter)")]
        encounters = []
        for row in self.conn.execute("SELECT * FROM encounter ORDER BY id"):
            item = dict(zip(enc_cols, row))
            for key in ("state_json", "debrief_json", "self_ratings_json"):
                raw = item.pop(key)
                item[key[:-5]] = json.loads(raw) if raw else None
            item["decisions"] = [
                {"seq": s, "kind": k, "action": a, "node": n, "at": t}
                for s, k, a, n, t in self.conn.execute(
                    "SELECT seq, kind, action, node, at FROM decision WHERE encounter_id = ? ORDER BY seq",
                    (item["id"],))]
            encounters.append(item)
        return {"format": "lagaffektiv-history", "schema_version": SCHEMA_VERSION, "exported_at": now_utc(),
                "encounters": encounters}

    def delete_all(self) -> None:
        with self._tx():
            self.conn.execute("DELETE FROM decision")
            self.conn.execute("DELETE FROM principle_result")
            self.conn.execute("DELETE FROM encounter")
        self.conn.execute("VACUUM")   # so deleted text does not linger in free pages


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip() and not s.strip().startswith("--")]


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
