"""The kept facet counts (claims.counts) against a GROUP BY over the claims: on a real store
of a few hundred claims, after inserts, deletes, re-extraction, an article's source or date
changing and an article deleted; and a store of the version before them gains them."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from claims import Article, Claim, Store, counts
from claims.store import SCHEMA_VERSION
from tests.test_store import write_v3_store

KINDS = {
    "percentage": ("percent", "percentage point"),
    "currency": ("USD", "GBP"),
    "count": ("person", None),
    "other": (None,),
}
SOURCES = ("Wire", "Post", None)
DATES = ("2025-03-01", "2025-04-30T23:30:00-02:00", None, "someday", "2025-05-10")


def _claims(rng: random.Random, text: str, n: int) -> list[Claim]:
    found = []
    for _ in range(n):
        kind = rng.choice(list(KINDS))
        found.append(
            Claim(
                surface="12",
                start=0,
                end=2,
                value=12.0,
                unit=rng.choice(KINDS[kind]),
                kind=kind,  # type: ignore[arg-type]
                qualifier=rng.choice((None, "approx", "more_than")),
                statement=rng.choice(("fact", "forecast")),  # type: ignore[arg-type]
                attributed_to=rng.choice((None, "the ministry")),
                sentence=text,
            )
        )
    return found


def _fill(store: Store, rng: random.Random, articles: int) -> list[str]:
    ids = []
    for n in range(articles):
        text = f"12 of article {n} {rng.random()}."
        article = Article(
            text=text, title=f"T{n}", source=rng.choice(SOURCES), published=rng.choice(DATES)
        )
        store.add_article(article, _claims(rng, text, rng.randrange(0, 12)), "v1")
        ids.append(store.claims_frame()["article_id"].iloc[-1])
    return sorted(set(ids))


def _kept(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return (
        sorted(conn.execute("SELECT * FROM facet_counts").fetchall(), key=repr),
        sorted(conn.execute("SELECT * FROM source_articles").fetchall(), key=repr),
    )


def _worked_out(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    return (
        sorted(conn.execute(counts.worked_out_counts()).fetchall(), key=repr),
        sorted(conn.execute(counts.worked_out_articles()).fetchall(), key=repr),
    )


def _agrees(store: Store) -> None:
    """The kept counts, made current, are the claims' own."""
    counts.ensure(store.conn)
    assert _kept(store.conn) == _worked_out(store.conn)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "c.db") as store:
        yield store


def test_inserts_keep_the_counts_without_working_them_out(store: Store) -> None:
    rng = random.Random(1)
    _fill(store, rng, 60)
    assert store.counts()[1] > 250
    assert counts.is_current(store.conn)  # the triggers kept them: nothing to work out
    assert _kept(store.conn) == _worked_out(store.conn)
    assert len(_kept(store.conn)[0]) < store.counts()[1]  # fewer rows than claims


def test_deletes_and_reextraction_keep_the_counts(store: Store) -> None:
    rng = random.Random(2)
    ids = _fill(store, rng, 60)
    # Not an article's first claim of its combination: the counts follow without a rework.
    last = store.conn.execute("SELECT MAX(id) FROM claims").fetchone()[0]
    with store.conn:
        store.conn.execute("DELETE FROM claims WHERE id = ?", (last,))
    _agrees(store)
    for aid in rng.sample(ids, 20):  # read again: every claim of the article replaced
        text = store.article(aid).text
        store.replace_claims(aid, _claims(rng, text, rng.randrange(0, 8)), "v2")
        _agrees(store)
    with store.conn:
        store.conn.execute("DELETE FROM claims WHERE id % 3 = 0")
    _agrees(store)


def test_an_articles_source_date_or_removal_is_followed(store: Store) -> None:
    rng = random.Random(3)
    ids = _fill(store, rng, 40)
    with store.conn:
        store.conn.execute("UPDATE articles SET source = 'Ledger' WHERE id = ?", (ids[0],))
    assert not counts.is_current(store.conn)
    _agrees(store)
    with store.conn:
        store.conn.execute("UPDATE articles SET published = '2030-01-01' WHERE id = ?", (ids[1],))
    _agrees(store)
    with store.conn:
        store.conn.execute("DELETE FROM articles WHERE id = ?", (ids[2],))
    _agrees(store)
    with store.conn:  # what changes nothing counted keeps them current
        store.conn.execute("UPDATE articles SET title = 'New' WHERE id = ?", (ids[3],))
    assert counts.is_current(store.conn)


def test_a_store_of_the_version_before_gains_them_keeping_every_claim(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    write_v3_store(path)
    with Store(path) as store:
        assert store.counts() == (3, 202)
        assert store.stats()["schema_version"] == SCHEMA_VERSION == 6
        assert counts.is_current(store.conn)
        assert _kept(store.conn) == _worked_out(store.conn)
        assert sum(row[6] for row in _kept(store.conn)[0]) == 202


def test_an_article_leaving_inside_the_span_is_followed_without_a_rework(store: Store) -> None:
    for n, published in enumerate(("2025-01-01", "2025-02-01", "2025-03-01")):
        text = f"12 of article {n}."
        claim = Claim(surface="12", start=0, end=2, value=12.0, unit="person", kind="count")
        store.add_article(Article(text=text, source="Wire", published=published), [claim], "v1")
    middle = store.conn.execute("SELECT MAX(id) - 1 FROM claims").fetchone()[0]
    with store.conn:  # neither the first claim of its combination nor at an edge of the span
        store.conn.execute("DELETE FROM claims WHERE id = ?", (middle,))
    assert counts.is_current(store.conn)
    assert _kept(store.conn) == _worked_out(store.conn)
    assert store.conn.execute("SELECT articles FROM source_articles").fetchall() == [(2,), (2,)]
    last = store.conn.execute("SELECT MAX(id) FROM claims").fetchone()[0]
    with store.conn:  # at the end of the span: the span is worked out again
        store.conn.execute("DELETE FROM claims WHERE id = ?", (last,))
    assert not counts.is_current(store.conn)
    _agrees(store)
    spans = store.conn.execute("SELECT articles, since, until FROM source_articles").fetchall()
    assert spans == [(1, "2025-01-01 00:00:00", "2025-01-01 00:00:00")] * 2


def _figure(kind: str, unit: str | None, qualifier: str | None = None) -> Claim:
    return Claim(
        surface="12", start=0, end=2, value=12.0, unit=unit, kind=kind,  # type: ignore[arg-type]
        qualifier=qualifier,  # type: ignore[arg-type]
    )  # fmt: skip


def _current_and_right(store: Store) -> bool:
    """Whether the triggers alone kept the counts (then they must be the claims' own)."""
    if not counts.is_current(store.conn):
        return False
    assert _kept(store.conn) == _worked_out(store.conn)
    return True


def test_an_article_read_again_is_followed_without_a_rework(store: Store) -> None:
    articles = {  # Wire's span runs from A to C; D is Post's only article
        "A": ("Wire", "2025-01-01", [_figure("count", "person", "approx")]),
        "B": ("Wire", "2025-02-01", [_figure("count", "person")]),
        "C": ("Wire", "2025-03-01", [_figure("currency", "USD")]),
        "D": ("Post", "2025-01-05", [_figure("count", "person"), _figure("other", None)]),
    }
    ids = {}
    for name, (source, published, found) in articles.items():
        article = Article(text=f"12 in {name}.", source=source, published=published)
        store.add_article(article, found, "v1")
        ids[name] = store.conn.execute(
            "SELECT article_id FROM claims ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
    assert _current_and_right(store)
    # At the edge of both its spans, the first (and only) claim of its combination: its
    # new claims come in before the old go, so it never leaves its rows.
    store.replace_claims(ids["A"], [_figure("count", "person", "approx")] * 2, "v2")
    assert _current_and_right(store)
    # The only article of its source: its rows go with it.
    store.replace_claims(ids["D"], [], "v2")
    assert _current_and_right(store)
    # Another kind: the last article of its kind's row leaves it, and joins another.
    store.replace_claims(ids["C"], [_figure("count", "person", "approx")], "v2")
    assert _current_and_right(store)
    # The first claims of a combination C's claim shares, at the edge of the span B and C
    # are in: worked out again by the next reader.
    store.replace_claims(ids["A"], [], "v2")
    assert not _current_and_right(store)
    _agrees(store)


def test_a_store_of_the_version_before_gets_the_new_delete_trigger(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        made = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'facet_counts_on_delete'"
        ).fetchone()
    path = tmp_path / "v5.db"
    with Store(path) as store, store.conn:  # as version 5 left it: another trigger body
        store.conn.execute("DROP TRIGGER facet_counts_on_delete")
        store.conn.execute(
            "CREATE TRIGGER facet_counts_on_delete AFTER DELETE ON claims BEGIN "
            "INSERT OR REPLACE INTO meta VALUES ('facet_counts', 'stale'); END"
        )
        store.conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with Store(path) as store:
        found = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'facet_counts_on_delete'"
        ).fetchone()
    assert found == made
