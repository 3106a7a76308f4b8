"""Each claim's metric after merging, and what each metric is, worked out once after the
store changes and kept in it.

Merging vaguer keys into wider ones needs every key's statements counted: at 100,000
claims, reading them and merging on every read made each listing, each Trackers view
and each chart wait seconds. The store keeps each claim's merged metric
(``metric_members``), each metric's summary (``metric_summary``: its label, unit, kind,
why, how many statements, claims and sources, its first and last day) and, for the
metrics stated at least twice, their claims per facet combination (``metric_facets``:
claims and first claim id per article source, kind, unit, hedge, statement and speaker;
the Charts tab's busiest metrics under the list filters read it, not the million claims
a kind keeps at 10,000,000). Any change to the tracked claims marks them stale (triggers
on the tracking table, on the claims for a claim stored without its tracking row, by an
older program, and on an article's source or date), as does a new version of the
tracker, and the next reader works them out again. A metric's key, and so its id, is
what merging gives, never a row number: adding articles renumbers nothing.
"""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from claims.tracking import stored
from claims.tracking.metrics import label, metric_id, metric_keys, why
from claims.tracking.stamps import TRACKING_CHANGES, is_current, mark_current, stale_triggers

SCHEMA = """
CREATE TABLE IF NOT EXISTS metric_members (
    claim_id INTEGER PRIMARY KEY, metric_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS metric_members_key ON metric_members(metric_key);
CREATE TABLE IF NOT EXISTS metric_summary (
    metric_key TEXT PRIMARY KEY, metric_id TEXT NOT NULL, label TEXT NOT NULL, unit TEXT,
    kind TEXT NOT NULL, why TEXT NOT NULL, statements INTEGER NOT NULL,
    claims INTEGER NOT NULL, sources INTEGER NOT NULL, outlets INTEGER NOT NULL,
    first_claim INTEGER NOT NULL, first TEXT, last TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS metric_facets (
    metric_key TEXT NOT NULL, source TEXT, kind TEXT NOT NULL, unit TEXT, qualifier TEXT,
    statement TEXT NOT NULL, attributed_to TEXT, claims INTEGER NOT NULL, first INTEGER NOT NULL
);
""" + stale_triggers(
    "members",
    [
        *TRACKING_CHANGES,
        ("claim", "INSERT", "claims"),
        # The summaries' outlets and days, and the facets' sources, are the articles'.
        ("article", "UPDATE OF source, published", "articles"),
    ],
)
# What a summary is made of: metric by metric, each in statement order (as
# `metrics.metrics` orders them), so one metric is held at a time.
_ROWS = """
SELECT m.metric_key, c.id, c.measured, c.unit, c.kind, t.copy_key, t.metric_key,
       coalesce(c.attributed_to, a.source, c.article_id), a.source, a.published,
       c.entity, c.qualifier, c.statement, c.attributed_to
FROM metric_members m JOIN tracking t ON t.claim_id = m.claim_id
JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
ORDER BY m.metric_key, a.published, c.id
"""
# Each keyed claim's metric, written by SQLite from the map of keys to metrics: a store
# may hold millions of claims but few keys.
_MEMBERS = """
INSERT INTO metric_members
SELECT t.claim_id, k.value FROM tracking t JOIN json_each(?) k ON k.key = t.metric_key
"""


@dataclass(frozen=True)
class Summary:
    """One metric as the listings show it, without its statements."""

    key: str
    metric_id: str
    label: str
    unit: str | None
    kind: str
    why: str
    statements: int
    claims: int
    sources: int
    outlets: int
    first_claim: int
    first: str | None
    last: str | None


_SUMMARY_COLUMNS = "metric_key, metric_id, label, unit, kind, why, statements, claims, sources"
_SUMMARY_COLUMNS += ", outlets, first_claim, first, last"


def ensure(conn: sqlite3.Connection) -> None:
    """Make the kept members and summaries current (keying the claims first if the
    tracker changed); nothing is read or written when they are."""
    if _is_kept(conn):
        return  # no claim and no tracking row has changed since (the triggers say)
    if not stored.is_current(conn):
        stored.retrack(conn)
    # Read and write in one transaction: an ingest committing in between would otherwise
    # be marked as seen.
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _is_kept(conn):  # unless another reader just did
            _write(conn, metric_keys(conn, min_statements=1))
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _is_kept(conn: sqlite3.Connection) -> bool:
    return is_current(conn, "members")


def summaries(conn: sqlite3.Connection, *, min_statements: int = 2) -> list[Summary]:
    """The metrics with at least ``min_statements`` statements, busiest first."""
    ensure(conn)
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM metric_summary WHERE statements >= ? "
        "ORDER BY statements DESC, label",
        (min_statements,),
    )
    return [Summary(*row) for row in rows]


def mark_stale(conn: sqlite3.Connection) -> None:
    """Have the next reader work the kept tables out again (a store that lacks one)."""
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('members', 'stale')")


def _write(conn: sqlite3.Connection, metric_of: dict[str, str]) -> None:
    for table in ("metric_members", "metric_summary", "metric_facets"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute(_MEMBERS, (json.dumps(metric_of),))
    facets: list[tuple[object, ...]] = []
    conn.executemany(
        f"INSERT INTO metric_summary ({_SUMMARY_COLUMNS}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _summaries(conn, facets),
    )
    conn.executemany("INSERT INTO metric_facets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", facets)
    mark_current(conn, "members")


# A claim's facet combination in ``metric_facets``: source, kind, unit, hedge, statement,
# speaker.
_Facets = tuple[str | None, str, str | None, str | None, str, str | None]


class _Tally:
    """What one metric's statements add up to, in statement order."""

    def __init__(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.measured: list[tuple[str | None, str]] = []
        self.names: list[str | None] = []
        self.units: Counter[str | None] = Counter()
        self.kinds: Counter[str] = Counter()
        self.copies: set[str] = set()
        self.sources: set[str] = set()
        self.outlets: set[str] = set()
        self.ids: list[int] = []
        self.days: list[str] = []
        self.own: set[str] = set()
        # Facet combination -> [claims, first claim id].
        self.facets: dict[_Facets, list[int]] = {}
        for row in rows:
            _, cid, measured, unit, kind, copy, own, said_by, outlet, published, name = row[:11]
            self.names.append(name)
            self.own.add(own)
            self.ids.append(cid)
            facets: _Facets = (outlet, kind, unit, *row[11:])
            counted = self.facets.get(facets)
            if counted is None:
                self.facets[facets] = [1, cid]
            else:
                counted[0] += 1
                counted[1] = min(counted[1], cid)
            if outlet is not None:
                self.outlets.add(outlet)
            self.measured.append((measured, own))
            self.units[unit] += 1
            self.kinds[kind] += 1
            self.copies.add(copy)
            self.sources.add(str(said_by).casefold())
            if published:
                self.days.append(published)


def _summaries(
    conn: sqlite3.Connection, facets: list[tuple[object, ...]]
) -> Iterator[tuple[object, ...]]:
    """Each kept metric's summary row, as `Metric` works out its label, unit and kind;
    the ``metric_facets`` rows of those stated at least twice are added to ``facets``."""
    for key, rows in itertools.groupby(conn.execute(_ROWS), key=operator.itemgetter(0)):
        t = _Tally(rows)
        if len(t.copies) >= 2:
            facets.extend((key, *f, n, first) for f, (n, first) in t.facets.items())
        unit = t.units.most_common(1)[0][0]
        units = sorted(u for u in t.units if u)
        row = (
            key,
            metric_id(key),
            label(key, t.measured, t.names),
            unit,
            t.kinds.most_common(1)[0][0],
        )
        yield (
            *row,
            why(key, units, own=t.own),
            len(t.copies),
            len(t.measured),
            len(t.sources),
            len(t.outlets),
            min(t.ids),
            min(t.days, default=None),
            max(t.days, default=None),
        )
