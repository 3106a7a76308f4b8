"""The dashboard's questions, asked of the claim store in SQL: only what a page shows is read.

``where`` translates a ``FilterState`` into a parameterised WHERE clause over the claims
(``claims c``), meaning what ``filter_claims`` means on a claims frame; the functions
below count, group and pick claims with it, so a store of millions of claims is never
read into memory whole. Chosen values always travel as bound parameters, never inside the
SQL text. The store's ``claims_facets`` and ``articles_published_utc`` indexes serve them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pandas as pd

from claims import counts
from claims.views.filters import FACETS, LOG_KINDS, FilterState
from claims.views.summary import Headline

# The list filters on a claim's own columns: FilterState field -> column. The others
# (source, articles) and the dates are the article's.
CLAIM_LISTS = {
    name: column
    for name, column, _, _ in FACETS
    if column in ("kind", "unit", "qualifier", "statement", "attributed_to")
}
_MISSING = {name: missing for name, _, _, missing in FACETS}
# Publication as UTC text ('2025-03-01 04:00:00'), as the frame's parsed ``published``;
# the store indexes it.
PUBLISHED = "datetime(a.published)"
_TEXT = "(SELECT text FROM articles WHERE id = c.article_id)"
_SENTENCE = f"substr({_TEXT}, c.sentence_start + 1, c.sentence_end - c.sentence_start)"
_CONTAINS = "contains_text"
# Below this many matching claims the table's newest are found by sorting them; above it
# by reading articles newest first until the page is full.
_SORT_BELOW = 50_000


def where(state: FilterState, *, ignore: Collection[str] = ()) -> tuple[str, list[Any]]:
    """``WHERE …`` over ``claims c`` (or "") keeping the claims ``state`` keeps, and its
    parameters; the filters named in ``ignore`` (``FilterState`` fields) are left out."""
    claim: list[str] = []
    article: list[str] = []
    params: list[Any] = []
    article_params: list[Any] = []
    for name, column, _, missing in FACETS:
        chosen = state.chosen(name)
        if not chosen or name in ignore:
            continue
        expr = "source" if name == "sources" else f"c.{column}"
        (article if name == "sources" else claim).append(_one_of(expr, chosen, missing))
        (article_params if name == "sources" else params).append(json.dumps(chosen))
    if state.since is not None and "since" not in ignore:
        article.append("datetime(published) >= ?")
        article_params.append(f"{state.since.isoformat()} 00:00:00")
    if state.until is not None and "until" not in ignore:
        article.append("datetime(published) < ?")  # the whole of the last day
        article_params.append(f"{(state.until + timedelta(days=1)).isoformat()} 00:00:00")
    if state.value_range is not None and "value_range" not in ignore:
        claim.append("c.value BETWEEN ? AND ?")
        params += [float(state.value_range[0]), float(state.value_range[1])]
    needle = state.query.strip()
    if needle and "query" not in ignore:
        claim.append(f"({_CONTAINS}(c.measured, ?) OR {_CONTAINS}({_SENTENCE}, ?))")
        params += [needle.upper(), needle.upper()]
    if article:
        claim.append(f"c.article_id IN (SELECT id FROM articles WHERE {' AND '.join(article)})")
        params += article_params
    return ("WHERE " + " AND ".join(claim) if claim else ""), params


def _one_of(expr: str, chosen: Collection[str], missing: str | None) -> str:
    """SQL testing that ``expr`` is one of ``chosen`` (one JSON array parameter, however
    many values: a view of a thousand articles), or NULL if ``missing``'s code is chosen."""
    test = f"{expr} IN (SELECT value FROM json_each(?))"
    return f"({test} OR {expr} IS NULL)" if missing in chosen else test


def _counted(state: FilterState) -> bool:
    """Whether the kept counts (`claims.counts`) answer ``state``: it filters on the
    claim list filters and sources alone."""
    return (
        state.since is None
        and state.until is None
        and state.value_range is None
        and not state.query.strip()
        and not state.articles
    )


def _counted_where(state: FilterState) -> tuple[str, list[str]]:
    """``WHERE …`` over ``facet_counts`` keeping the rows of the claims ``state``'s list
    filters (claim lists and sources) keep, and its parameters."""
    tests, params = [], []
    for name, column, _, missing in FACETS:
        chosen = state.chosen(name)
        if chosen and name != "articles":
            tests.append(_one_of(column, chosen, missing))
            params.append(json.dumps(chosen))
    return ("WHERE " + " AND ".join(tests) if tests else ""), params


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` able to run ``where``'s clauses (it adds their text search function)."""
    conn.create_function(_CONTAINS, 2, _contains, deterministic=True)
    return conn


def _contains(text: str | None, upper_needle: str) -> bool:
    # As pandas' case-insensitive ``str.contains``: both sides upper-cased, in Python.
    return text is not None and upper_needle in text.upper()


def cube(conn: sqlite3.Connection, state: FilterState) -> pd.DataFrame:
    """How many claims each combination of the claim's list columns (``CLAIM_LISTS``) has
    under ``state``'s other filters, with the first claim id of each (``claims``, ``first``).

    One pass over an index, however many claim filters change afterwards: ``list_counts``
    answers each of their facets from it.
    """
    if _counted(state):
        kept = without_claim_lists(state)
        clause, params = _counted_where(kept)
        counts.ensure(conn)
        columns = ", ".join(CLAIM_LISTS.values())
        return pd.read_sql_query(
            f"SELECT {columns}, SUM(claims) AS claims, MIN(first) AS first FROM facet_counts "
            f"{clause} GROUP BY {columns}",
            conn,
            params=params,
        )
    clause, params = where(state, ignore=CLAIM_LISTS)
    columns = ", ".join(f"c.{column}" for column in CLAIM_LISTS.values())
    return pd.read_sql_query(
        f"SELECT {columns}, COUNT(*) AS claims, MIN(c.id) AS first FROM claims c {clause} "
        f"GROUP BY {columns}",
        prepare(conn),
        params=params,
    )


def without_claim_lists(state: FilterState) -> FilterState:
    """``state`` without its ``CLAIM_LISTS`` filters: what a ``cube`` depends on, so one
    cube serves every choice of kinds, units, hedges, statements and speakers."""
    return replace(state, kinds=(), units=(), qualifiers=(), statements=(), attributed=())


def list_counts(table: pd.DataFrame, state: FilterState, name: str) -> list[tuple[str, int]]:
    """The choices of the claim list filter ``name`` with how many claims each would keep
    under the other filters, most frequent first (chosen values always offered), from a
    ``cube`` made under ``state`` (its value range left out for the unit facet)."""
    column, missing = CLAIM_LISTS[name], _MISSING[name]
    kept = table.loc[_kept(table, state, but=name), [column, "claims", "first"]]
    kept = kept.fillna({column: missing}) if missing is not None else kept.dropna(subset=[column])
    counts = _busiest(kept, column)
    return _with_chosen([(str(v), int(n)) for v, n in counts["claims"].items()], state, name)


def cube_units(table: pd.DataFrame, state: FilterState) -> list[str]:
    """The units of the claims ``state`` keeps, most frequent first, from a ``cube`` made
    under ``without_claim_lists(state)``: a cube already asked answers it, where asking
    the claims took seconds at millions of them."""
    kept = table.loc[_kept(table, state) & table["unit"].notna(), ["unit", "claims", "first"]]
    return [str(unit) for unit in _busiest(kept, "unit").index]


def _kept(table: pd.DataFrame, state: FilterState, *, but: str | None = None) -> pd.Series:
    """Which rows of a ``cube`` the claim list filters of ``state`` (but ``but``) keep."""
    keep = pd.Series(True, index=table.index)
    for other, column in CLAIM_LISTS.items():
        chosen = set(state.chosen(other))
        if other != but and chosen:
            hit = table[column].isin(chosen)
            if _MISSING[other] in chosen:
                hit |= table[column].isna()
            keep &= hit
    return keep


def _busiest(kept: pd.DataFrame, column: str) -> pd.DataFrame:
    """``kept`` cube rows summed by ``column``: most claims first, then first stated."""
    counts = kept.groupby(column).agg(claims=("claims", "sum"), first=("first", "min"))
    return counts.sort_values(["claims", "first"], ascending=[False, True])


def by_source(conn: sqlite3.Connection, state: FilterState) -> pd.DataFrame:
    """Per source (None when unknown), under every filter of ``state`` but the source
    filter: its ``articles``, ``claims``, ``first`` claim id and publication span (``since``,
    ``until``). Sources partition articles, so one table gives both the source facet and,
    keeping the chosen sources' rows, the headline."""
    others = [name for name in CLAIM_LISTS if name != "kinds" and state.chosen(name)]
    if _counted(state) and not others and len(state.kinds) <= 1:
        # An article counts once however many claims it has: kept per source and kind.
        clause, params = _counted_where(replace(state, sources=()))
        counts.ensure(conn)
        return pd.read_sql_query(
            "SELECT s.source, s.articles, f.claims, f.first, s.since, s.until "
            "FROM source_articles s JOIN (SELECT source, SUM(claims) AS claims, "
            f"MIN(first) AS first FROM facet_counts {clause} GROUP BY source) f "
            "ON f.source IS s.source WHERE s.kind IS ?",
            conn,
            params=[*params, state.kinds[0] if state.kinds else None],
        )
    clause, params = where(state, ignore={"sources"})
    return pd.read_sql_query(
        f"SELECT a.source, COUNT(*) AS articles, SUM(g.n) AS claims, MIN(g.first) AS first, "
        f"MIN({PUBLISHED}) AS since, MAX({PUBLISHED}) AS until FROM ("
        f"SELECT c.article_id, COUNT(*) AS n, MIN(c.id) AS first FROM claims c {clause} "
        "GROUP BY c.article_id) g JOIN articles a ON a.id = g.article_id GROUP BY a.source",
        prepare(conn),
        params=params,
    )


def source_counts(table: pd.DataFrame, state: FilterState) -> list[tuple[str, int]]:
    """The choices of the source filter with their claims, as ``list_counts`` offers a
    claim list's, from a ``by_source`` table."""
    ordered = table.sort_values(["claims", "first"], ascending=[False, True])
    sources = ordered["source"].fillna(_MISSING["sources"])
    offered = [(str(v), int(n)) for v, n in zip(sources, ordered["claims"], strict=True)]
    return _with_chosen(offered, state, "sources")


def headline(table: pd.DataFrame, state: FilterState) -> Headline:
    """The headline (articles, claims, sources, dates) of the claims ``state`` keeps,
    from a ``by_source`` table made under ``state``."""
    if state.sources:
        chosen = set(state.sources)
        hit = table["source"].isin(chosen)
        table = table[hit | table["source"].isna()] if _MISSING["sources"] in chosen else table[hit]
    first, last = table["since"].dropna(), table["until"].dropna()
    return Headline(
        articles=int(table["articles"].sum()),
        claims=int(table["claims"].sum()),
        sources=int(table["source"].notna().sum()),
        first=pd.Timestamp(first.min()) if not first.empty else None,
        last=pd.Timestamp(last.max()) if not last.empty else None,
    )


def _with_chosen(
    offered: list[tuple[str, int]], state: FilterState, name: str
) -> list[tuple[str, int]]:
    """``offered``, and the values chosen for ``name`` that it lacks with 0 claims."""
    present = {value for value, _ in offered}
    return offered + [(v, 0) for v in state.chosen(name) if v not in present]


def newest_ids(
    conn: sqlite3.Connection, state: FilterState, limit: int, *, matching: int
) -> list[int]:
    """At most ``limit`` ids of the ``matching`` claims ``state`` keeps, newest first
    (undated last), by claim id."""
    clause, params = where(state)
    # Many matches: read articles newest first until the page is full (the published index
    # gives the order). Few: find them by their filters and sort them.
    many = matching >= _SORT_BELOW
    join = "articles a CROSS JOIN claims c" if many else "claims c JOIN articles a"
    rows = prepare(conn).execute(
        f"SELECT c.id FROM {join} ON a.id = c.article_id {clause} "
        f"ORDER BY {PUBLISHED} DESC, c.id LIMIT ?",
        [*params, limit],
    )
    return [row[0] for row in rows]


def kind_source_counts(conn: sqlite3.Connection, state: FilterState) -> pd.DataFrame:
    """Claims per kind and source under ``state`` (``kind``, ``source``, ``claims``,
    ``first`` claim id): what ``charts.kind_source_view`` draws."""
    if _counted(state):
        counted, counted_params = _counted_where(state)
        counts.ensure(conn)
        return pd.read_sql_query(
            "SELECT kind, source, SUM(claims) AS claims, MIN(first) AS first FROM facet_counts "
            f"{counted} GROUP BY kind, source ORDER BY kind, source",
            conn,
            params=counted_params,
        )
    clause, params = where(state)
    return pd.read_sql_query(
        "SELECT g.kind, a.source, SUM(g.n) AS claims, MIN(g.first) AS first FROM ("
        "SELECT c.article_id, c.kind, COUNT(*) AS n, MIN(c.id) AS first FROM claims c "
        f"{clause} GROUP BY c.article_id, c.kind) g JOIN articles a ON a.id = g.article_id "
        "GROUP BY g.kind, a.source ORDER BY g.kind, a.source",
        prepare(conn),
        params=params,
    )


def unit_rows(conn: sqlite3.Connection, state: FilterState, unit: str) -> pd.DataFrame:
    """``claim_id`` and ``value`` of the claims in ``unit`` ``state`` keeps: what
    ``charts.value_distribution_view`` counts (its examples' sources are read for the
    bands drawn: joining every claim's article took half the time)."""
    clause, params = where(state)
    clause = f"{clause} AND c.unit = ?" if clause else "WHERE c.unit = ?"
    return pd.read_sql_query(
        f"SELECT c.id AS claim_id, c.value FROM claims c {clause}",
        prepare(conn),
        params=[*params, unit],
    )


def matching_ids(conn: sqlite3.Connection, state: FilterState) -> list[int]:
    """Every id of the claims ``state`` keeps, in id order."""
    clause, params = where(state)
    rows = prepare(conn).execute(f"SELECT c.id FROM claims c {clause} ORDER BY c.id", params)
    return [row[0] for row in rows]


def keeps(conn: sqlite3.Connection, state: FilterState, claim_id: int) -> bool:
    """Whether ``state`` keeps the claim ``claim_id``."""
    clause, params = where(state)
    test = f"{clause} AND c.id = ?" if clause else "WHERE c.id = ?"
    row = prepare(conn).execute(f"SELECT 1 FROM claims c {test}", [*params, claim_id])
    return row.fetchone() is not None


def options(conn: sqlite3.Connection, column: str) -> list[str]:
    """The stored values of the frame column ``column`` (a list filter's, not articles')
    as its filter offers them: most frequent first, missing values as their code or left
    out."""
    name = next(name for name, col, _, _ in FACETS if col == column)
    if name == "sources":
        return [value for value, _ in source_counts(by_source(conn, FilterState()), FilterState())]
    return [value for value, _ in list_counts(cube(conn, FilterState()), FilterState(), name)]


def articles_with_claims(conn: sqlite3.Connection, article_ids: Collection[str]) -> set[str]:
    """Those of ``article_ids`` that have claims."""
    rows = conn.execute(
        "SELECT DISTINCT article_id FROM claims WHERE article_id IN "
        "(SELECT value FROM json_each(?))",
        (json.dumps(list(article_ids)),),
    )
    return {row[0] for row in rows}


def titles(conn: sqlite3.Connection, article_ids: Collection[str]) -> list[str]:
    """The titles of the articles ``article_ids`` that have claims, in store order."""
    rows = conn.execute(
        "SELECT title FROM articles WHERE id IN (SELECT value FROM json_each(?)) "
        "AND title IS NOT NULL AND id IN (SELECT article_id FROM claims) ORDER BY rowid",
        (json.dumps(list(article_ids)),),
    )
    return [row[0] for row in rows]


def unit_values(conn: sqlite3.Connection, unit: str) -> tuple[pd.Series, bool]:
    """What ``filters.value_steps`` needs of the claims in ``unit``: their smallest,
    largest and smallest positive value; and whether any is of a kind stepped on a log scale."""
    low, high, positive, log = conn.execute(
        "SELECT MIN(value), MAX(value), MIN(CASE WHEN value > 0 THEN value END), "
        "MAX(kind IN (SELECT value FROM json_each(?))) FROM claims WHERE unit = ?",
        (json.dumps(sorted(LOG_KINDS)), unit),
    ).fetchone()
    values = pd.Series([v for v in (low, high, positive) if v is not None], dtype=float)
    return values, bool(log)


# The tracker's kept tables (`claims.tracking.membership`, `claims.tracking.disputes`):
# each claim's metric, each metric's summary and the conflicts. The callers make them
# current first (`Store.ensure_conflicts`).
_MEMBERS = (
    "claims c JOIN metric_members m ON m.claim_id = c.id "
    "JOIN metric_summary s ON s.metric_key = m.metric_key AND s.statements >= 2"
)
_SAID_BY = "said_by"


def _and(clause: str, test: str) -> str:
    return f"{clause} AND {test}" if clause else f"WHERE {test}"


def tracked_metrics(conn: sqlite3.Connection, state: FilterState) -> pd.DataFrame:
    """The metrics stated at least twice among the claims ``state`` keeps (wire copies
    counted once), as the store lists them (busiest first): ``metric_id``,
    ``metric_key``, ``label``, and the ``statements`` and ``sources`` in the selection."""
    clause, params = where(state)
    if not clause:  # every claim: as kept
        return pd.read_sql_query(
            "SELECT metric_id, metric_key, label, statements, sources FROM metric_summary "
            "WHERE statements >= 2 ORDER BY statements DESC, label",
            conn,
        )
    conn.create_function(_SAID_BY, 1, _casefold, deterministic=True)
    return pd.read_sql_query(
        "SELECT s.metric_id, s.metric_key, s.label, COUNT(DISTINCT t.copy_key) AS statements, "
        f"COUNT(DISTINCT {_SAID_BY}(coalesce(c.attributed_to, a.source, c.article_id))) "
        f"AS sources FROM {_MEMBERS} JOIN tracking t ON t.claim_id = c.id "
        f"JOIN articles a ON a.id = c.article_id {clause} GROUP BY m.metric_key "
        "HAVING COUNT(DISTINCT t.copy_key) >= 2 ORDER BY s.statements DESC, s.label",
        prepare(conn),
        params=params,
    )


def _casefold(text: str | None) -> str | None:
    # As `Statement.said_by`: one source however it is cased.
    return None if text is None else text.casefold()


def disputed_metrics(conn: sqlite3.Connection, state: FilterState) -> dict[str, int]:
    """The keys of the metrics with kept conflicts at least two of whose claims ``state``
    keeps -> how many such conflicts."""
    clause, params = where(state)
    rows = prepare(conn).execute(
        "SELECT metric_key, COUNT(*) FROM (SELECT f.id, f.metric_key FROM conflicts f "
        "JOIN conflict_claims k ON k.conflict_id = f.id "
        f"WHERE k.claim_id IN (SELECT c.id FROM claims c {clause}) "
        "GROUP BY f.id HAVING COUNT(*) >= 2) GROUP BY metric_key",
        params,
    )
    return dict(rows.fetchall())


def metric_claim_ids(conn: sqlite3.Connection, state: FilterState, key: str) -> list[int]:
    """The ids of the claims of the metric ``key`` that ``state`` keeps, in id order."""
    clause, params = where(state)
    rows = prepare(conn).execute(
        f"SELECT c.id FROM {_MEMBERS} {_and(clause, 'm.metric_key = ?')} ORDER BY c.id",
        [*params, key],
    )
    return [row[0] for row in rows]


def top_metrics(conn: sqlite3.Connection, state: FilterState, top: int) -> pd.DataFrame:
    """The ``top`` metrics stated at least twice with the most claims ``state`` keeps (at
    least two), as ``charts.top_measured_view`` draws them: ``metric`` (its id),
    ``metric_label``, ``claims``, ``sources``, ``first`` claim id and its source
    (``example_source``). Under the list filters alone they are summed from the kept
    ``metric_facets``; other filters count the claims they keep."""
    clause, params = where(state)
    if not clause:  # every claim: as kept
        return pd.read_sql_query(
            "SELECT s.metric_id AS metric, s.label AS metric_label, s.claims, "
            "s.outlets AS sources, s.first_claim AS first, a.source AS example_source "
            "FROM metric_summary s JOIN claims c ON c.id = s.first_claim "
            "JOIN articles a ON a.id = c.article_id WHERE s.statements >= 2 "
            "ORDER BY claims DESC, sources DESC, metric_label LIMIT ?",
            conn,
            params=[top],
        )
    # With one MIN() aggregate, SQLite takes a bare column (the source) from its row.
    if _counted(state):  # the list filters alone: the kept claims per metric and facets
        counted, counted_params = _counted_where(state)
        return pd.read_sql_query(
            "SELECT s.metric_id AS metric, s.label AS metric_label, SUM(f.claims) AS claims, "
            "COUNT(DISTINCT f.source) AS sources, MIN(f.first) AS first, "
            f"f.source AS example_source FROM (SELECT * FROM metric_facets {counted}) f "
            "JOIN metric_summary s ON s.metric_key = f.metric_key "
            "GROUP BY f.metric_key HAVING SUM(f.claims) >= 2 "
            "ORDER BY claims DESC, sources DESC, metric_label LIMIT ?",
            conn,
            params=[*counted_params, top],
        )
    return pd.read_sql_query(
        "SELECT s.metric_id AS metric, s.label AS metric_label, COUNT(*) AS claims, "
        "COUNT(DISTINCT a.source) AS sources, MIN(c.id) AS first, a.source AS example_source "
        f"FROM {_MEMBERS} JOIN articles a ON a.id = c.article_id {clause} "
        "GROUP BY m.metric_key HAVING COUNT(*) >= 2 "
        "ORDER BY claims DESC, sources DESC, metric_label LIMIT ?",
        prepare(conn),
        params=[*params, top],
    )
