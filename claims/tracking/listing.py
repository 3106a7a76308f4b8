"""The metrics stated at least twice and the kept conflicts, each with its statements as
plain records, read from the store's kept tables one metric at a time: what an export of
every metric or conflict needs.

`metrics.metrics` makes a `Statement` of each claim and a `Metric` of each metric, then
counts again what the kept summary says; at 100,000 claims that was most of the seconds
`claims metrics --json` took. Here a metric's label, unit, kind and why are the kept
summary's, its statements are records of `FIELDS`, and only one metric's records and
(within a budget) the article texts read so far are held at a time. The order is
`metrics.metrics`'s: busiest first, then by label, then the metric stated first; each
metric's statements by publication day (unknown first), then claim id.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from claims.tracking import membership
from claims.tracking.conflicts import spread
from claims.tracking.membership import Summary
from claims.tracking.metrics import sentence_of, value_in

# A statement's fields in a record, in this order; `sentence`, `copy_of` and its value in
# the metric's unit are worked out here, the others read.
FIELDS = (
    "claim_id",
    "article_id",
    "title",
    "source",
    "published",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "surface",
    "sentence",
    "start",
    "end",
    "copy_of",
    "attributed_to",
    "period_start",
    "period_end",
    "statement",
    "value_in_metric_unit",
)
# A metric's statements; their articles come from `_Articles`, and they are put in order
# here: joining the articles and sorting in SQL took half as long again.
_STATEMENTS = """
SELECT c.id, c.article_id, c.value, c.low, c.high, c.unit, c.qualifier, c.surface, c.start,
       c."end", c.attributed_to, c.period_start, c.period_end, c.statement, t.copy_key,
       c.sentence_start, c.sentence_end, c.kind
FROM metric_members m JOIN tracking t ON t.claim_id = m.claim_id
JOIN claims c ON c.id = m.claim_id
WHERE m.metric_key = ?
ORDER BY m.claim_id
"""
_FIRST = """
SELECT a.published, c.id
FROM metric_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
WHERE m.metric_key = ?
ORDER BY a.published, c.id LIMIT 1
"""


def listed(
    conn: sqlite3.Connection, *, min_statements: int = 2
) -> Iterator[tuple[Summary, list[dict[str, Any]]]]:
    """Each metric with at least ``min_statements`` statements and its statements'
    records (see `FIELDS`), as `metrics.metrics` orders them."""
    articles = _Articles(conn)
    for summary in _ordered(conn, membership.summaries(conn, min_statements=min_statements)):
        yield summary, _records(*_statements(conn, summary.key, articles), summary.unit)


# The kept conflicts, each's statements in the order kept (`disputes`).
_CONFLICTS = """
SELECT c.id, c.metric_key, c.why, k.claim_id
FROM conflicts c JOIN conflict_claims k ON k.conflict_id = c.id
ORDER BY c.id, k.rowid
"""


# A conflict: its metric's summary, why, its statements' records and their spread.
Disputed = tuple[Summary, str, list[dict[str, Any]], float]


def disputed(conn: sqlite3.Connection) -> Iterator[Disputed]:
    """Each kept conflict (which the caller makes current) as `Store.conflicts` gives
    them: its metric's summary, why, its statements' records and their spread."""
    summaries = {s.key: s for s in membership.summaries(conn)}
    articles = _Articles(conn)
    key = None
    for (_, metric_key, why), rows in itertools.groupby(conn.execute(_CONFLICTS), _conflict):
        summary = summaries[metric_key]
        if metric_key != key:  # a metric's conflicts are kept one after another
            key = metric_key
            found, of = _statements(conn, key, articles)
            kind = {row[0]: row[-1] for row in found}
            record = {r["claim_id"]: r for r in _records(found, of, summary.unit)}
        records = [record[row[-1]] for row in rows]
        values = (
            value_in(r["value"], r["unit"], kind[r["claim_id"]], summary.unit) for r in records
        )
        yield summary, why, records, spread(values)


def _conflict(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row[:3]


def _ordered(conn: sqlite3.Connection, summaries: list[Summary]) -> list[Summary]:
    """``summaries`` (busiest first, then by label) with each run of metrics tied on both
    in the order they were first stated."""
    ordered: list[Summary] = []
    for _, tied in itertools.groupby(summaries, key=lambda s: (s.statements, s.label)):
        run = list(tied)
        if len(run) > 1:
            run.sort(key=lambda s: _first_stated(conn, s.key))
        ordered += run
    return ordered


def _first_stated(conn: sqlite3.Connection, key: str) -> tuple[tuple[bool, str], int]:
    published, claim_id = conn.execute(_FIRST, (key,)).fetchone()
    return _day_order(published), claim_id


def _day_order(published: str | None) -> tuple[bool, str]:
    """Where a day comes in SQL's ``ORDER BY published``: no date first."""
    return published is not None, published or ""


_Article = tuple[str | None, str | None, str | None, str]  # title, source, published, text


class _Articles:
    """Articles read once and kept while their texts fit in ``budget`` characters: a
    metric's statements are from the articles of other metrics too, and reading each text
    again for every metric cost more than the rest of the listing."""

    def __init__(self, conn: sqlite3.Connection, budget: int = 50_000_000) -> None:
        self._conn, self._budget = conn, budget
        self._kept: dict[str, _Article] = {}
        self._size = 0

    def of(self, ids: set[str]) -> dict[str, _Article]:
        missing = sorted(ids.difference(self._kept))
        if missing:
            found = {
                aid: (title, source, published, text)
                for aid, title, source, published, text in self._conn.execute(
                    "SELECT id, title, source, published, text FROM articles "
                    "WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(missing),),
                )
            }
            size = sum(len(article[3]) for article in found.values())
            if self._size + size > self._budget:  # forget those this metric does not need
                self._kept = {i: a for i, a in self._kept.items() if i in ids}
                self._size = sum(len(article[3]) for article in self._kept.values())
            self._kept.update(found)
            self._size += size
        return self._kept


def _statements(
    conn: sqlite3.Connection, key: str, articles: _Articles
) -> tuple[list[tuple[Any, ...]], dict[str, _Article]]:
    """The rows of `_STATEMENTS` of the metric ``key`` in statement order, and their
    articles."""
    found = conn.execute(_STATEMENTS, (key,)).fetchall()
    of = articles.of(ids := {row[1] for row in found})
    day = {aid: _day_order(of[aid][2]) for aid in ids}
    found.sort(key=lambda row: day[row[1]])  # stable: by claim id within a day
    return found, of


def _records(
    found: list[tuple[Any, ...]], of: dict[str, _Article], unit: str | None
) -> list[dict[str, Any]]:
    """The records of a metric's statements (rows of `_STATEMENTS` in order, in ``unit``),
    their keys in the order of `FIELDS` (a literal, not a zip: half the time)."""
    first: dict[str, int] = {}  # each sentence's first claim in the metric
    records = []
    for (
        claim_id, aid, value, low, high, own_unit, qualifier, surface, start, end,
        said_by, period_start, period_end, statement, copy, s0, s1, kind,
    ) in found:  # fmt: skip
        title, source, published, text = of[aid]
        original = first.setdefault(copy, claim_id)
        records.append(
            {
                "claim_id": claim_id,
                "article_id": aid,
                "title": title,
                "source": source,
                "published": published,
                "value": value,
                "low": low,
                "high": high,
                "unit": own_unit,
                "qualifier": qualifier,
                "surface": surface,
                "sentence": sentence_of(text, (s0, s1), (start, end)),
                "start": start,
                "end": end,
                "copy_of": None if original == claim_id else original,
                "attributed_to": said_by,
                "period_start": period_start,
                "period_end": period_end,
                "statement": statement,
                "value_in_metric_unit": value_in(value, own_unit, kind, unit),
            }
        )
    return records
