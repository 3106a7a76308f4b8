"""Kept counts of the claims per facet combination, so the dashboard's unfiltered page and
its single-kind filters read hundreds of rows, not every claim.

``facet_counts``: claims and the first claim id per (article source, kind, unit, hedge,
statement, speaker). ``source_articles``: per source, and per source and kind (``kind``
NULL: any kind), the articles with such claims and the span of their publication (UTC
text, as ``datetime(published)``).

Triggers on the claims keep both as claims come and go. A change they cannot follow
cheaply (a combination's first claim leaving while other articles' claims stay, an article
at the edge of a span leaving while others stay, an article's source or date changing, an
article deleted) marks the stamp stale instead, and the next reader works both out again
from the claims (`ensure`). Re-reading an article (`Store.replace_claims`) stores its new
claims before it deletes the old, so an article that keeps a kind never leaves its rows,
and a combination only its claims make keeps its first claim without a rework.
"""

from __future__ import annotations

import sqlite3

STAMP = "facet_counts"
# The claim columns the counts are kept by, beside the article's source.
COLUMNS = ("kind", "unit", "qualifier", "statement", "attributed_to")

_SOURCE = "(SELECT source FROM articles WHERE id = {row}.article_id)"
_PUBLISHED = "(SELECT datetime(published) FROM articles WHERE id = {row}.article_id)"


def _key(row: str) -> str:
    """The ``facet_counts`` row of the claim ``row`` (NEW or OLD); ``IS`` matches NULLs."""
    tests = [f"{column} IS {row}.{column}" for column in COLUMNS]
    return " AND ".join([*tests, f"source IS {_SOURCE.format(row=row)}"])


def _row_of(row: str, kind: str) -> str:
    """The ``source_articles`` row of the claim ``row`` (NEW or OLD) of ``kind``: "kind"
    for its kind's, "NULL" for any kind's."""
    kind_test = f"kind = {row}.kind" if kind == "kind" else "kind IS NULL"
    return f"{kind_test} AND source IS {_SOURCE.format(row=row)}"


def _alone(row: str, kind: str) -> str:
    """Whether the claim ``row`` is (was) its article's only claim of its kind (``kind``
    "kind") or of any kind ("NULL"): whether it alone puts its article in that row. The
    article's (id, kind) index answers it."""
    same = f" AND kind = {row}.kind" if kind == "kind" else ""
    others = f"SELECT 1 FROM claims WHERE article_id = {row}.article_id AND id <> {row}.id{same}"
    return f"{_row_of(row, kind)} AND NOT EXISTS ({others})"


_STALE = f"INSERT OR REPLACE INTO meta SELECT '{STAMP}', 'stale'"
# The claims left of the deleted claim OLD's article in its combination (the article's
# (id, kind) index finds them). When they are all its combination has left, its first
# claim is theirs: an article read again, whose new claims are stored before the old go.
_SIBLINGS = " AND ".join(
    ["article_id = OLD.article_id", *(f"{column} IS OLD.{column}" for column in COLUMNS)]
)
_COLUMN_LIST = ", ".join(COLUMNS)
_NEW_PUBLISHED = _PUBLISHED.format(row="NEW")
_OLD_PUBLISHED = _PUBLISHED.format(row="OLD")


def _joins(kind: str) -> str:
    """Trigger statement: the inserted claim NEW's article joins its ``source_articles``
    row of ``kind`` if NEW is its first claim of it."""
    span = (
        f"since = coalesce(min(since, {_NEW_PUBLISHED}), since, {_NEW_PUBLISHED}), "
        f"until = coalesce(max(until, {_NEW_PUBLISHED}), until, {_NEW_PUBLISHED})"
    )
    return (
        f"    UPDATE source_articles SET articles = articles + 1, {span} "
        f"WHERE {_alone('NEW', kind)};\n"
    )


def _leaves(kind: str) -> str:
    """Trigger statements: the deleted claim OLD's article leaves its ``source_articles``
    row of ``kind`` if OLD was its last claim of it; at an edge of the row's span, the
    span must be worked out again, unless it was the row's only article (the row goes)."""
    alone = _alone("OLD", kind)
    edge = f"articles > 1 AND (since = {_OLD_PUBLISHED} OR until = {_OLD_PUBLISHED})"
    return (
        f"    {_STALE} WHERE EXISTS (SELECT 1 FROM source_articles WHERE {alone} AND {edge});\n"
        f"    UPDATE source_articles SET articles = articles - 1 WHERE {alone};\n"
        f"    DELETE FROM source_articles WHERE {_row_of('OLD', kind)} AND articles <= 0;\n"
    )


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS facet_counts (
    source TEXT, kind TEXT NOT NULL, unit TEXT, qualifier TEXT, statement TEXT NOT NULL,
    attributed_to TEXT, claims INTEGER NOT NULL, first INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS facet_counts_key ON facet_counts({_COLUMN_LIST}, source);
CREATE TABLE IF NOT EXISTS source_articles (
    source TEXT, kind TEXT, articles INTEGER NOT NULL, since TEXT, until TEXT
);
CREATE INDEX IF NOT EXISTS source_articles_key ON source_articles(kind, source);
CREATE TRIGGER IF NOT EXISTS facet_counts_on_insert AFTER INSERT ON claims BEGIN
    INSERT INTO facet_counts
        SELECT {_SOURCE.format(row="NEW")}, {", ".join(f"NEW.{c}" for c in COLUMNS)}, 0, NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM facet_counts WHERE {_key("NEW")});
    UPDATE facet_counts SET claims = claims + 1, first = min(first, NEW.id)
        WHERE {_key("NEW")};
    INSERT INTO source_articles
        SELECT {_SOURCE.format(row="NEW")}, k.kind, 0, NULL, NULL
        FROM (SELECT NULL AS kind UNION ALL SELECT NEW.kind) k
        WHERE NOT EXISTS (SELECT 1 FROM source_articles s WHERE s.kind IS k.kind
                          AND s.source IS {_SOURCE.format(row="NEW")});
{_joins("NULL")}{_joins("kind")}END;
CREATE TRIGGER IF NOT EXISTS facet_counts_on_delete AFTER DELETE ON claims BEGIN
    UPDATE facet_counts SET first = (SELECT MIN(id) FROM claims WHERE {_SIBLINGS})
        WHERE {_key("OLD")} AND first = OLD.id AND claims > 1
        AND claims - 1 = (SELECT COUNT(*) FROM claims WHERE {_SIBLINGS});
    {_STALE} WHERE EXISTS (SELECT 1 FROM facet_counts WHERE {_key("OLD")} AND first = OLD.id
                           AND claims > 1);
    UPDATE facet_counts SET claims = claims - 1 WHERE {_key("OLD")};
    DELETE FROM facet_counts WHERE {_key("OLD")} AND claims <= 0;
{_leaves("NULL")}{_leaves("kind")}END;
CREATE TRIGGER IF NOT EXISTS facet_counts_stale_on_article AFTER UPDATE OF source, published
    ON articles WHEN OLD.source IS NOT NEW.source OR OLD.published IS NOT NEW.published
BEGIN {_STALE}; END;
CREATE TRIGGER IF NOT EXISTS facet_counts_stale_on_article_delete AFTER DELETE ON articles
BEGIN {_STALE}; END;
"""


def drop_changed_triggers(conn: sqlite3.Connection) -> None:
    """Drop the triggers an older version made differently (schema 6 changed the delete
    trigger); the store makes them again from ``SCHEMA`` after its upgrades."""
    conn.execute("DROP TRIGGER IF EXISTS facet_counts_on_delete")


def is_current(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (STAMP,)).fetchone()
    return row is not None and row[0] == "current"


def mark(conn: sqlite3.Connection, value: str) -> None:
    """Set the stamp to ``current`` (the tables hold the store's counts) or ``stale``."""
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (STAMP, value))


def ensure(conn: sqlite3.Connection) -> None:
    """Work the counts out again if the stamp is stale (once, however many readers ask at
    the same time: the second finds them current once it may write)."""
    if is_current(conn):
        return
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        if not is_current(conn):
            rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> None:
    """Both tables worked out from the claims, in the caller's transaction."""
    conn.execute("DELETE FROM facet_counts")
    conn.execute(f"INSERT INTO facet_counts {worked_out_counts()}")
    conn.execute("DELETE FROM source_articles")
    conn.execute(f"INSERT INTO source_articles {worked_out_articles()}")
    mark(conn, "current")


def worked_out_counts() -> str:
    """SELECT of the ``facet_counts`` rows from the claims (an article's claims grouped
    first: joining each claim to its article took twice as long)."""
    return (
        f"SELECT a.source, {_COLUMN_LIST}, SUM(g.n), MIN(g.first) FROM ("
        f"SELECT article_id, {_COLUMN_LIST}, COUNT(*) AS n, MIN(id) AS first FROM claims "
        f"GROUP BY article_id, {_COLUMN_LIST}) g JOIN articles a ON a.id = g.article_id "
        f"GROUP BY a.source, {_COLUMN_LIST}"
    )


def worked_out_articles() -> str:
    """SELECT of the ``source_articles`` rows from the claims."""
    span = "COUNT(*), MIN(datetime(a.published)), MAX(datetime(a.published))"
    return (
        f"SELECT a.source, NULL, {span} FROM articles a "
        "WHERE a.id IN (SELECT article_id FROM claims) GROUP BY a.source "
        f"UNION ALL SELECT a.source, g.kind, {span} FROM "
        "(SELECT DISTINCT article_id, kind FROM claims) g JOIN articles a ON a.id = g.article_id "
        "GROUP BY a.source, g.kind"
    )
