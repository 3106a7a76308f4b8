"""The SQLite store on real files: idempotence, whole-article transactions, crashes, errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from claims import Article, Claim, Store, StoreError, extract, ingest_articles
from claims.excerpt import EXCERPT_CHARS
from claims.store import SCHEMA_VERSION, RecordError, article_id

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
        with pytest.raises(RecordError, match="cannot store the article: NOT NULL constraint"):
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
    wanted = {"claims_article_kind", "claims_kind", "articles_source", "articles_published"}
    assert wanted <= indexes
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
        assert store.stats()["schema_version"] == SCHEMA_VERSION == 6
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
        with pytest.raises(RecordError, match="cannot store the article's claims: NOT NULL"):
            store.replace_claims(second, [claim(), claim(value=None)], "v2")
        assert store.counts() == (2, 3)
        assert store.article_ids(not_read_by="v2") == [second]


def test_an_unknown_article_id_is_a_key_error(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store, pytest.raises(KeyError):
        store.article("0123456789abcdef")


# The version 3 schema, as the release before sentence offsets created it: each claim held a
# copy of its sentence. Article b1 is one 60,000-character "sentence" with 200 claims.
SCHEMA_V3 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '3');
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, published TEXT, author TEXT,
    ingested_at TEXT NOT NULL, text TEXT NOT NULL, extractor_version TEXT
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL NOT NULL, low REAL, high REAL, unit TEXT, kind TEXT NOT NULL, measured TEXT,
    qualifier TEXT, direction TEXT, sentence TEXT NOT NULL, extractor_version TEXT NOT NULL,
    entity TEXT, place TEXT, period TEXT, period_start TEXT, period_end TEXT,
    attributed_to TEXT, statement TEXT NOT NULL DEFAULT 'fact'
);
CREATE INDEX claims_article ON claims(article_id);
"""
LONG_SENTENCE = "the 3 firms paid $4m and 12% more " * 1765  # 60,010 characters


def write_v3_store(path: Path) -> None:
    short = "Exports fell 3%. Imports rose 5% to $2bn."
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_V3)
        for aid, text in (("a1", short), ("b1", LONG_SENTENCE), ("c1", "No figures.")):
            conn.execute(
                "INSERT INTO articles VALUES (?, 'T', 'Wire', NULL, '2025-01-01', NULL, 'x', ?, "
                "'1.3.0')",
                (aid, text),
            )
        rows = [
            ("a1", "3%", 13, 15, 3.0, "percent", "percentage", "Exports fell 3%.", "Egypt"),
            ("a1", "$2bn", 36, 40, 2e9, "USD", "currency", "Imports rose 5% to $2bn.", None),
        ]
        rows += [
            ("b1", "$4m", at, at + 3, 4e6, "USD", "currency", LONG_SENTENCE.strip(), None)
            for at in range(17, 200 * 34, 34)
        ]
        conn.executemany(
            'INSERT INTO claims (article_id, surface, start, "end", value, unit, kind, sentence, '
            "place, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '1.3.0')",
            rows,
        )


def test_a_version_3_store_keeps_every_claim_and_stores_each_sentence_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v3.db"
    write_v3_store(path)
    before = path.stat().st_size
    assert before > 200 * len(LONG_SENTENCE)
    with sqlite3.connect(path) as conn:
        old = conn.execute('SELECT id, surface, start, "end", value, place FROM claims').fetchall()
    with Store(path) as store:
        assert store.counts() == (3, 202)
        frame = store.claims_frame()
    kept = list(frame[["claim_id", "surface", "start", "end", "value", "place"]].itertuples(False))
    assert [tuple(None if pd.isna(v) else v for v in row) for row in kept] == old
    assert frame["sentence"].tolist()[:2] == ["Exports fell 3%.", "Imports rose 5% to $2bn."]
    for surface, sentence in zip(frame["surface"][2:], frame["sentence"][2:], strict=True):
        assert surface in sentence and len(sentence) <= EXCERPT_CHARS
    # The copies are gone and their space given back: the text once, and a page or two
    # for each table and index (the tracker's kept tables are three of them), far below
    # the 200 copies it was.
    assert path.stat().st_size < 4 * len(LONG_SENTENCE)
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(claims)")}
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(claims)")}
    assert "sentence" not in columns
    assert "claims_article_kind" in indexes and "claims_article" not in indexes


def test_one_long_sentence_is_stored_once_whatever_its_claims(tmp_path: Path) -> None:
    claims = [
        Claim(
            surface="$4m",
            start=at,
            end=at + 3,
            value=4e6,
            unit="USD",
            kind="currency",
            sentence=LONG_SENTENCE.strip(),
        )
        for at in range(17, len(LONG_SENTENCE) - 34, 34)
    ]
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_article(Article(text=LONG_SENTENCE), claims, "v1")
        frame = store.claims_frame()
    assert len(frame) == len(claims) == 1764
    assert path.stat().st_size < 20 * len(LONG_SENTENCE)  # closed: the WAL is checkpointed
    assert frame["sentence"].str.len().max() <= EXCERPT_CHARS
    assert frame["sentence"][100].startswith("…") and "paid $4m and" in frame["sentence"][100]


def test_a_claims_page_is_found_from_its_articles_page_map(tmp_path: Path) -> None:
    pages = ["Inflation was 5%.", "Rents rose 6%.", "Wages rose 7%."]
    text = "\f".join(pages)
    starts = (0, len(pages[0]) + 1, len(pages[0]) + len(pages[1]) + 2)
    with Store(tmp_path / "c.db") as store:
        store.add_article(Article(text=text, pages=starts), extract(text), "v1")
        store.add_article(Article(text="Unpaged: 8%."), extract("Unpaged: 8%."), "v1")
        frame = store.claims_frame()
        assert store.article(article_id(text)).pages == starts
    assert frame["page"].tolist() == [1, 2, 3, pd.NA]
