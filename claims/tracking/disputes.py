"""The conflicts between sources, worked out once after the store changes and kept in it.

Finding conflicts compares every statement of a metric with those of the same time: at
100,000 claims that is seconds, too slow to repeat for every session. The store keeps
the conflicts of the default window; any change to the tracked claims marks them stale
(triggers on the tracking table), as does a new version of the tracker, and the next
reader works them out again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

from claims.tracking import stamps
from claims.tracking.conflicts import Conflict
from claims.tracking.metrics import Metric

SCHEMA = """
CREATE TABLE IF NOT EXISTS conflicts (
    id INTEGER PRIMARY KEY, metric_key TEXT NOT NULL, why TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS conflict_claims (
    conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL
);
""" + stamps.stale_triggers("conflicts", stamps.TRACKING_CHANGES)
_READ = """
SELECT c.id, c.metric_key, c.why, k.claim_id
FROM conflicts c JOIN conflict_claims k ON k.conflict_id = c.id
WHERE c.metric_key IN (SELECT value FROM json_each(?))
ORDER BY c.id, k.rowid
"""


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the kept conflicts are those of the store as it is now."""
    return stamps.is_current(conn, "conflicts")


def disputed(conn: sqlite3.Connection) -> list[str]:
    """The keys of the metrics the kept conflicts are in (current or not)."""
    return [row[0] for row in conn.execute("SELECT DISTINCT metric_key FROM conflicts")]


def kept(
    conn: sqlite3.Connection,
    metrics: Sequence[Metric],
    work_out: Callable[[Sequence[Metric]], list[Conflict]],
) -> list[Conflict]:
    """The conflicts of ``metrics`` (every metric the store tracks): as kept, when nothing
    changed since they were worked out, else ``work_out(metrics)``, then kept."""
    found = read(conn, metrics) if is_current(conn) else None
    if found is None:
        found = work_out(metrics)
        _write(conn, found)
    return found


def read(conn: sqlite3.Connection, metrics: Sequence[Metric]) -> list[Conflict] | None:
    """The kept conflicts of ``metrics``, their statements taken from them; ``None`` when
    one of their statements is not there (the metrics were read with other settings)."""
    by_key = {m.key: m for m in metrics}
    statements = {s.claim_id: s for m in metrics for s in m.statements}
    rows: dict[int, tuple[str, str, list[int]]] = {}
    for cid, key, why, claim_id in conn.execute(_READ, (json.dumps(list(by_key)),)):
        rows.setdefault(cid, (key, why, []))[2].append(claim_id)
    found = []
    for key, why, ids in rows.values():
        metric = by_key[key]
        if any(i not in statements for i in ids):
            return None
        found.append(Conflict(metric, [statements[i] for i in ids], why))
    return found


def _write(conn: sqlite3.Connection, conflicts: list[Conflict]) -> None:
    with conn:
        conn.execute("DELETE FROM conflict_claims")  # ids of new conflicts may be reused
        conn.execute("DELETE FROM conflicts")
        for conflict in conflicts:
            cur = conn.execute(
                "INSERT INTO conflicts (metric_key, why) VALUES (?, ?)",
                (conflict.metric.key, conflict.why),
            )
            conn.executemany(
                "INSERT INTO conflict_claims VALUES (?, ?)",
                [(cur.lastrowid, s.claim_id) for s in conflict.statements],
            )
        stamps.mark_current(conn, "conflicts")
