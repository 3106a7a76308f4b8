"""The SQLite store on real files: idempotence, whole-article transactions, crashes, errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claims import Article, Claim, Store, StoreError, extract, ingest_articles
from claims.store import SCHEMA_VERSION, article_id

ARTICLES = [
    Article(
        text=f"Article {n}: exports rose {n + 3}% to {n * 10 + 5} billion euros in {2020 + n}.",
        title=f"Article {n}",
        source="Wire",
        published=f"2025-0{n + 1}-01",
    )
    for n in range(5)
]


def claim(value: float | None = 5.0) -> Claim:
    return Claim(surface="5%", start=0, end=2, value=value, unit="percent", kind="percentage")  # type: ignore[arg-type]


def test_same_text_again_adds_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        assert store.add_article(ARTICLES[0], [claim()], "v1") is True
        respaced = Article(text="  " + ARTICLES[0].text.upper().replace(" ", "\n "), title="Other")
        assert store.add_article(respaced, [claim(), claim()], "v1") is False
        assert store.counts() == (1, 1)


def test_an_article_whose_claims_fail_to_insert_leaves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        store.add_article(ARTICLES[0], [claim()], "v1")
        with pytest.raises(StoreError, match="cannot write to database"):
            store.add_article(ARTICLES[1], [claim(), claim(value=None)], "v1")
        assert store.counts() == (1, 1)
        assert not store.has_article(article_id(ARTICLES[1].text))


# A child process that ingests ARTICLES and is killed (SIGKILL, no cleanup at all)
# in the middle of writing the third article's claims.
CRASHING_INGEST = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, sys.argv[2])
    from test_store import ARTICLES
    from claims import Store, ingest_articles

    store = Store(sys.argv[1])
    articles_started = 0

    def trace(sql):
        global articles_started
        if sql.startswith("INSERT OR IGNORE INTO articles"):
            articles_started += 1
        elif sql.startswith("INSERT INTO claims") and articles_started == 3:
            os.kill(os.getpid(), signal.SIGKILL)

    store.conn.set_trace_callback(trace)
    ingest_articles(ARTICLES, store)
    """
)


@pytest.mark.slow
def test_a_crash_mid_ingest_loses_only_the_article_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_INGEST, str(db), str(Path(__file__).parent)],
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr.decode()
    with Store(db) as store:
        stored = store.articles_frame().set_index("title")["claims"].to_dict()
        # Whole articles only: the first two with every one of their claims.
        assert stored == {a.title: len(extract(a.text)) for a in ARTICLES[:2]}
        report = ingest_articles(ARTICLES, store)
        assert (report.added, report.skipped) == (3, 2)
        assert store.counts()[0] == 5


def test_schema_version_and_indexes(tmp_path: Path) -> None:
    Store(tmp_path / "c.db").close()
    conn = sqlite3.connect(tmp_path / "c.db")
    version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert version == (str(SCHEMA_VERSION),)
    assert {"claims_kind", "claims_unit", "articles_source", "articles_published"} <= indexes
    assert mode == "wal"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "c.db").close()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema version 99, newer than"):
        Store(tmp_path / "c.db")


UNUSABLE_PATHS = {
    "under a file": (lambda tmp: tmp / "file.txt" / "c.db", "cannot open database"),
    "a directory": (lambda tmp: tmp, "cannot open database"),
    "not a database": (lambda tmp: tmp / "notes.txt", "cannot open database"),
}


@pytest.mark.parametrize(("make", "reason"), UNUSABLE_PATHS.values(), ids=UNUSABLE_PATHS.keys())
def test_unusable_paths_raise_store_error(tmp_path: Path, make, reason: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "notes.txt").write_text("these are notes, not SQLite " * 100)
    with pytest.raises(StoreError, match=reason):
        Store(make(tmp_path))


def test_create_false_refuses_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_claims_frame_parses_dates_and_datetimes_side_by_side(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        for published in ("2025-03-01", "2025-03-02T10:30:00+00:00", None):
            article = Article(text=f"Prices rose 5% on {published}.", published=published)
            store.add_article(article, [claim()], "v1")
        frame = store.claims_frame()
    assert [str(p) for p in frame["published"]] == [
        "2025-03-01 00:00:00",
        "2025-03-02 10:30:00",
        "NaT",
    ]


def test_stats(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        store.add_article(ARTICLES[0], [claim(), claim()], "v1")
        store.add_article(ARTICLES[3], [claim()], "v2")
        stats = store.stats()
    assert stats == {
        "articles": 2,
        "claims": 3,
        "sources": ["Wire"],
        "kinds": {"percentage": 3},
        "first_published": "2025-01-01",
        "last_published": "2025-04-01",
        "extractor_versions": ["v1", "v2"],
        "schema_version": SCHEMA_VERSION,
    }


STORED_URLS = [
    ("https://outlet.test/a", "https://outlet.test/a"),
    ("  http://outlet.test/b ", "http://outlet.test/b"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("file:///etc/passwd", None),
    ("https://", None),
    ("http://[::1", None),
    ("", None),
]


@pytest.mark.parametrize(("given", "stored"), STORED_URLS)
def test_only_web_urls_are_stored(tmp_path: Path, given: str, stored: str | None) -> None:
    with Store(tmp_path / "claims.db") as store:
        store.add_article(Article(text="Exports fell 3 per cent.", url=given), [], "test")
        assert store.articles_frame()["url"].tolist() == [stored]


# The version 1 schema, as the first release created it.
SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, published TEXT, author TEXT,
    ingested_at TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL NOT NULL, low REAL, high REAL, unit TEXT, kind TEXT NOT NULL, measured TEXT,
    qualifier TEXT, direction TEXT, sentence TEXT NOT NULL, extractor_version TEXT NOT NULL
);
INSERT INTO articles VALUES ('a1', 'With claims', NULL, NULL, '2025-01-01', NULL, 'x', 'Up 5%.');
INSERT INTO articles VALUES ('a2', 'Without', NULL, NULL, '2025-01-02', NULL, 'x', 'No figures.');
INSERT INTO claims VALUES (1, 'a1', '5%', 3, 5, 5.0, NULL, NULL, 'percent', 'percentage',
                           NULL, NULL, 'up', 'Up 5%.', '1.0.0');
"""


def test_a_version_1_store_is_upgraded_in_place_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_V1)
    with Store(path) as store:
        assert store.counts() == (2, 1)
        # The version that read an article is its claims'; an article without claims is unknown.
        assert store.article_ids(not_read_by="1.0.0") == ["a2"]
        assert store.article_ids(not_read_by="2.0.0") == ["a1", "a2"]
        assert store.stats()["schema_version"] == SCHEMA_VERSION == 3
        # The claim is kept; the context columns it predates are empty, its statement a fact.
        (row,) = store.claims_frame().to_dict("records")
        assert (row["surface"], row["place"], row["statement"]) == ("5%", None, "fact")
    with Store(path) as store:  # opening again migrates nothing twice
        assert store.article_ids(not_read_by="1.0.0") == ["a2"]


def test_claims_keep_their_context_through_the_store(tmp_path: Path) -> None:
    claim = Claim(
        surface="1,200 people",
        start=0,
        end=12,
        value=1200.0,
        unit="person",
        kind="count",
        sentence="1,200 people died in the quake, officials said last year.",
        entity=None,
        place="Myanmar",
        period="last year",
        period_start="2024-01-01",
        period_end="2024-12-31",
        attributed_to="officials",
        statement="fact",
    )
    with Store(tmp_path / "c.db") as store:
        store.add_article(Article(text=claim.sentence), [claim], "test")
        (row,) = store.claims_frame().to_dict("records")
    assert {f: row[f] for f in ("place", "period", "period_start", "period_end")} == {
        "place": "Myanmar",
        "period": "last year",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }
    assert (row["attributed_to"], row["statement"], row["entity"]) == ("officials", "fact", None)


def test_replace_claims_swaps_an_articles_claims_and_its_version(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        for article in ARTICLES[:2]:
            store.add_article(article, [claim(), claim()], "v1")
        first, second = (article_id(a.text) for a in ARTICLES[:2])
        assert store.article(first) == ARTICLES[0]
        assert store.article_ids(not_read_by="v2") == [first, second]

        assert store.replace_claims(first, [claim(7.0)], "v2") == 2
        frame = store.claims_frame()
        assert frame.groupby("article_id")["value"].apply(list).to_dict() == {
            first: [7.0],
            second: [5.0, 5.0],
        }
        assert store.article_ids(not_read_by="v2") == [second]
        # A claim that cannot be stored leaves the old ones and the old version in place.
        with pytest.raises(StoreError, match="cannot write to database"):
            store.replace_claims(second, [claim(), claim(value=None)], "v2")
        assert store.counts() == (2, 3)
        assert store.article_ids(not_read_by="v2") == [second]


def test_an_unknown_article_id_is_a_key_error(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store, pytest.raises(KeyError):
        store.article("0123456789abcdef")
