"""The stamps of what the tracker works out once and keeps in the store (each claim's
metric, the conflicts): triggers mark a stamp stale when what it was worked out from
changes, and a stamp is current only for the tracker version that wrote it (its rules
change with it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from claims.tracking.records import TRACKER_VERSION

_CURRENT = f"current {TRACKER_VERSION}"


def stale_triggers(stamp: str, changes: Sequence[tuple[str, str, str]]) -> str:
    """SQL creating, for each ``(name, event, table)`` of ``changes``, the trigger
    ``{stamp}_stale_on_{name}`` that marks ``stamp`` stale after ``event`` on ``table``."""
    return "".join(
        f"CREATE TRIGGER IF NOT EXISTS {stamp}_stale_on_{name} AFTER {event} ON {table}\n"
        f"BEGIN INSERT OR REPLACE INTO meta VALUES ('{stamp}', 'stale'); END;\n"
        for name, event, table in changes
    )


# A change to any claim's tracking row.
TRACKING_CHANGES = (
    ("insert", "INSERT", "tracking"),
    ("delete", "DELETE", "tracking"),
    ("update", "UPDATE", "tracking"),
)


def is_current(conn: sqlite3.Connection, stamp: str) -> bool:
    """Whether what ``stamp`` keeps was worked out from the store as it is now."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (stamp,)).fetchone()
    return row is not None and row[0] == _CURRENT


def mark_current(conn: sqlite3.Connection, stamp: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (stamp, _CURRENT))
