"""The dashboard's questions, asked of the claim store in SQL: only what a page shows is read.

``where`` translates a ``FilterState`` into a parameterised WHERE clause over the claims
joined with their articles (``FROM``), meaning what ``filter_claims`` means on a claims
frame; the functions below count, group and pick claims with it, so a store of millions of
claims is never read into memory whole. Chosen values always travel as bound parameters,
never inside the SQL text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from datetime import timedelta

import pandas as pd

from claims.views.filters import FACETS, FilterState
from claims.views.summary import Headline

FROM = "claims c JOIN articles a ON a.id = c.article_id"
# Frame column -> its SQL expression over FROM.
COLUMNS = {
    "kind": "c.kind",
    "unit": "c.unit",
    "source": "a.source",
    "qualifier": "c.qualifier",
    "statement": "c.statement",
    "attributed_to": "c.attributed_to",
    "article_id": "c.article_id",
}
# Publication as UTC text ('2025-03-01 04:00:00'), as the frame's parsed ``published``.
PUBLISHED = "datetime(a.published)"
_SENTENCE = "substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start)"
_FACET = {name: (COLUMNS[column], missing) for name, column, _, missing in FACETS}
_CONTAINS = "contains_text"


def where(state: FilterState, *, ignore: Collection[str] = ()) -> tuple[str, list[object]]:
    """``WHERE …`` (or "") keeping the claims ``state`` keeps, and its parameters; the
    filters named in ``ignore`` (``FilterState`` fields) are left out."""
    clauses: list[str] = []
    params: list[object] = []
    for name, (expr, missing) in _FACET.items():
        chosen = state.chosen(name)
        if not chosen or name in ignore:
            continue
        # One JSON array parameter, however many values (a view of a thousand articles).
        test = f"{expr} IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(chosen))
        clauses.append(f"({test} OR {expr} IS NULL)" if missing in chosen else test)
    if state.since is not None and "since" not in ignore:
        clauses.append(f"{PUBLISHED} >= ?")
        params.append(f"{state.since.isoformat()} 00:00:00")
    if state.until is not None and "until" not in ignore:
        clauses.append(f"{PUBLISHED} < ?")  # the whole of the last day
        params.append(f"{(state.until + timedelta(days=1)).isoformat()} 00:00:00")
    if state.value_range is not None and "value_range" not in ignore:
        clauses.append("c.value BETWEEN ? AND ?")
        params += [float(state.value_range[0]), float(state.value_range[1])]
    needle = state.query.strip()
    if needle and "query" not in ignore:
        clauses.append(f"({_CONTAINS}(c.measured, ?) OR {_CONTAINS}({_SENTENCE}, ?))")
        params += [needle.upper(), needle.upper()]
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` able to run ``where``'s clauses (it adds their text search function)."""
    conn.create_function(_CONTAINS, 2, _contains, deterministic=True)
    return conn


def _contains(text: str | None, upper_needle: str) -> bool:
    # As pandas' case-insensitive ``str.contains``: both sides upper-cased, in Python.
    return text is not None and upper_needle in text.upper()


def options(conn: sqlite3.Connection, column: str) -> list[str]:
    """The stored values of ``column`` (a ``COLUMNS`` key) as ``filters.options`` lists
    them: most frequent first, missing values as their code or left out."""
    missing = {column: code for _, column, _, code in FACETS}.get(column)
    return [value for value, _ in _counts(conn, COLUMNS[column], missing, "", [])]


def facet_counts(conn: sqlite3.Connection, state: FilterState, name: str) -> list[tuple[str, int]]:
    """``filters.facet_counts`` over the store: the choices of the list filter ``name``
    with how many claims each would keep under every other filter of ``state``."""
    ignored = {name, "value_range"} if name == "units" else {name}
    clause, params = where(state, ignore=ignored)
    expr, missing = _FACET[name]
    offered = _counts(conn, expr, missing, clause, params)
    present = {value for value, _ in offered}
    return offered + [(v, 0) for v in state.chosen(name) if v not in present]


def _counts(
    conn: sqlite3.Connection, expr: str, missing: str | None, clause: str, params: list[object]
) -> list[tuple[str, int]]:
    """(value, claims) of ``expr`` over the claims ``clause`` keeps, most first; ties in
    the order the values first appear (as pandas counts a frame in claim order)."""
    if missing is None:
        clause = f"{clause} AND {expr} IS NOT NULL" if clause else f"WHERE {expr} IS NOT NULL"
    rows = prepare(conn).execute(
        f"SELECT {expr}, COUNT(*) AS n, MIN(c.id) AS first FROM {FROM} {clause} "
        f"GROUP BY {expr} ORDER BY n DESC, first",
        params,
    )
    # A missing value is only counted, and named, when its filter has a code for it.
    return [(str(missing if value is None else value), int(n)) for value, n, _ in rows]


def headline(conn: sqlite3.Connection, state: FilterState) -> Headline:
    """``summary.headline`` of the claims ``state`` keeps."""
    clause, params = where(state)
    claims, articles, sources, first, last = (
        prepare(conn)
        .execute(
            "SELECT COUNT(*), COUNT(DISTINCT c.article_id), COUNT(DISTINCT a.source), "
            f"MIN({PUBLISHED}), MAX({PUBLISHED}) FROM {FROM} {clause}",
            params,
        )
        .fetchone()
    )
    return Headline(
        articles=articles,
        claims=claims,
        sources=sources,
        first=pd.Timestamp(first) if first else None,
        last=pd.Timestamp(last) if last else None,
    )


def newest_ids(conn: sqlite3.Connection, state: FilterState, limit: int) -> list[int]:
    """At most ``limit`` ids of the claims ``state`` keeps, newest first (undated last), by
    claim id: ``table.newest_first``'s order."""
    clause, params = where(state)
    rows = prepare(conn).execute(
        f"SELECT c.id FROM {FROM} {clause} "
        f"ORDER BY {PUBLISHED} IS NULL, {PUBLISHED} DESC, c.id LIMIT ?",
        [*params, limit],
    )
    return [row[0] for row in rows]


def matching_ids(conn: sqlite3.Connection, state: FilterState) -> list[int]:
    """Every id of the claims ``state`` keeps, in id order."""
    clause, params = where(state)
    rows = prepare(conn).execute(f"SELECT c.id FROM {FROM} {clause} ORDER BY c.id", params)
    return [row[0] for row in rows]


def unit_values(conn: sqlite3.Connection, unit: str) -> tuple[pd.Series, bool]:
    """What ``filters.value_steps`` needs of the claims in ``unit``: their smallest,
    largest and smallest positive value; and whether any is of a kind stepped on a log scale."""
    low, high, positive, log = conn.execute(
        "SELECT MIN(value), MAX(value), MIN(CASE WHEN value > 0 THEN value END), "
        "MAX(kind IN ('currency', 'count')) FROM claims WHERE unit = ?",
        (unit,),
    ).fetchone()
    values = pd.Series([v for v in (low, high, positive) if v is not None], dtype=float)
    return values, bool(log)
