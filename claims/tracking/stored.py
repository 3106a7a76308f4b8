"""The tracker's tables in the claim store: each claim's metric (computed when it is
stored), and the hand-made trackers.

Functions here take the store's connection; `claims.store.Store` calls them inside its
own transactions, so a claim and its tracking row commit together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from claims.model import Claim
from claims.tracking.records import TRACKER_VERSION, Tracking, article_tracking
from claims.tracking.trackers import Tracker

SCHEMA = """
CREATE TABLE IF NOT EXISTS tracking (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    metric_key TEXT, copy_key TEXT NOT NULL, history INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tracking_metric ON tracking(metric_key);
CREATE TABLE IF NOT EXISTS trackers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    words TEXT NOT NULL, unit TEXT, entity TEXT, place TEXT,
    created TEXT NOT NULL
);
"""


def record(
    conn: sqlite3.Connection,
    aid: str,
    title: str | None,
    claims: Sequence[Claim],
    sentences: Sequence[tuple[int, int]],
    keys: Sequence[str | None] | None = None,
    published: str | None = None,
) -> None:
    """Store the tracking rows of article ``aid``'s claims, just inserted in this order,
    whose sentences start at ``sentences`` in the article's text (``keys``: their
    automatic keys, when the extraction computed them; ``published``: its date)."""
    ids = [
        row[0]
        for row in conn.execute("SELECT id FROM claims WHERE article_id = ? ORDER BY id", (aid,))
    ]
    starts = [claim.start - span[0] for claim, span in zip(claims, sentences, strict=True)]
    found = article_tracking(claims, starts, title, trackers(conn), keys, published)
    rows = [_row(cid, t) for cid, t in zip(ids, found, strict=True)]
    conn.executemany("INSERT OR REPLACE INTO tracking VALUES (?, ?, ?, ?)", rows)


def _row(claim_id: int, t: Tracking) -> tuple[object, ...]:
    return (claim_id, t.metric_key, t.copy_key, int(t.history))


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether every claim has a tracking row made by this version of the tracker."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'tracker_version'").fetchone()
    if row is None or row[0] != TRACKER_VERSION:
        return False
    missing = conn.execute(
        "SELECT 1 FROM claims c LEFT JOIN tracking t ON t.claim_id = c.id "
        "WHERE t.claim_id IS NULL LIMIT 1"
    ).fetchone()
    return missing is None


def retrack(conn: sqlite3.Connection) -> int:
    """Key every stored claim again (after the tracker changed, or a tracker was added or
    removed); returns how many claims. One transaction."""
    found = trackers(conn)
    n = 0
    with conn:
        conn.execute("DELETE FROM tracking")
        for title, published, batch in stored_claims(conn):
            ids, claims, starts = zip(*batch, strict=True) if batch else ((), (), ())
            tracked = article_tracking(claims, starts, title, found, published=published)
            rows = [_row(cid, t) for cid, t in zip(ids, tracked, strict=True)]
            conn.executemany("INSERT INTO tracking VALUES (?, ?, ?, ?)", rows)
            n += len(rows)
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('tracker_version', ?)", (TRACKER_VERSION,)
        )
    return n


# The claim fields the tracker reads, as the store keeps them.
_FIELDS: tuple[str, ...] = ("surface", "start", "end", "value", "low", "high", "unit", "kind")
_FIELDS += ("measured", "qualifier", "statement", "entity", "place", "attributed_to")
_FIELDS += ("period_start", "period_end")  # an event of a stated year is that year's


def stored_claims(
    conn: sqlite3.Connection,
) -> Iterator[tuple[str | None, str | None, list[tuple[int, Claim, int]]]]:
    """Per article, its title, its date and its claims: ``(claim id, claim, where its
    figure starts in its sentence)``, the sentence read back from the article's text."""
    articles = conn.execute(
        "SELECT id, title, published, text FROM articles "
        "WHERE id IN (SELECT article_id FROM claims)"
    )
    columns = ", ".join(f'"{f}"' for f in _FIELDS)
    for aid, title, published, text in articles:
        rows = conn.execute(
            f"SELECT id, sentence_start, sentence_end, {columns} FROM claims "
            "WHERE article_id = ? ORDER BY id",
            (aid,),
        )
        batch = []
        for cid, s0, s1, *values in rows:
            claim = Claim(**dict(zip(_FIELDS, values, strict=True)), sentence=text[s0:s1])
            batch.append((cid, claim, claim.start - s0))
        yield title, published, batch


def trackers(conn: sqlite3.Connection) -> list[Tracker]:
    """The hand-made trackers, oldest first."""
    rows = conn.execute("SELECT id, name, words, unit, entity, place FROM trackers ORDER BY id")
    return [
        Tracker(
            name=name, words=tuple(words.split()), unit=unit, entity=entity, place=place, id=tid
        )
        for tid, name, words, unit, entity, place in rows
    ]


def add_tracker(conn: sqlite3.Connection, tracker: Tracker) -> Tracker:
    """Save ``tracker`` (its name must be new) and key the stored claims again."""
    with conn:
        cur = conn.execute(
            "INSERT INTO trackers (name, words, unit, entity, place, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                tracker.name,
                " ".join(tracker.words),
                tracker.unit,
                tracker.entity,
                tracker.place,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
    retrack(conn)
    return Tracker(
        tracker.name, tracker.words, tracker.unit, tracker.entity, tracker.place, cur.lastrowid
    )


def remove_tracker(conn: sqlite3.Connection, name: str) -> bool:
    """Delete the tracker called ``name``; whether there was one."""
    with conn:
        gone = conn.execute("DELETE FROM trackers WHERE name = ?", (name,)).rowcount > 0
    if gone:
        retrack(conn)
    return gone
