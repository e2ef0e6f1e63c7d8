"""The one timestamp format of saved data: ISO 8601 in UTC to the second, so that the history
database and the workshop files sort and compare alike (plain stdlib: the store stays free of sqlite3)."""

from __future__ import annotations

from datetime import datetime, timezone


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
