"""Ingestion end to end on real files, a real local HTTP server and a real SQLite file."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from pageserver import PAGES, serve_pages

from claims import Article, ReadError, Store, extract, ingest, ingest_articles
from claims.ingestion.batch import BATCH_COLUMNS, claims_by_article, currency_hint, extract_frame
from claims.ingestion.engines import pool_context
from claims.ingestion.ingest import read_pasted
from claims.model import ARTICLE_FIELDS
from claims.tracking import stored as tracking

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

# What tests/pages holds, as (articles readable, problems reported).
PAGE_ARTICLES = {
    "article.html": 1,
    "bundled-budget.txt": 3,
    "bundled-quake.txt": 2,
    "bundled-tariffs.txt": 4,
    "collection.csv": 2,
    "collection.jsonl": 3,
    "energy.atom": 1,
    "jsonld-only.html": 1,
    "layout-bullets.txt": 2,
    "layout-one-line.txt": 4,
    "layout-seed.txt": 3,
    "feed.rss": 2,
    "notes.md": 1,
}
PAGE_PROBLEMS = [
    ("collection.csv:3", "no text"),
    ("collection.jsonl:2", "no text"),
    ("collection.jsonl:4", "invalid JSON (Expecting value)"),
    ("feed.rss: entry 3", "no text"),
]


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve_pages() as url:
        yield url


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "news"
    shutil.copytree(PAGES, pages / "nested")
    (pages / ".hidden").mkdir()
    (pages / ".hidden" / "secret.txt").write_text("Hidden files hold 99 secrets.")
    (pages / "nested" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pages / "README.md").write_text("# About this folder\n\nIt holds 15 articles from 2025.\n")
    return pages


def problems_by_file(failed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted((Path(name).name, reason) for name, reason in failed)


def test_a_folder_is_walked_and_reingesting_it_adds_nothing(folder: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(folder)], store, date=datetime.date(2025, 7, 8))
        assert report.added == sum(PAGE_ARTICLES.values())
        assert report.skipped == 0
        assert problems_by_file(report.failed) == PAGE_PROBLEMS
        assert report.claims_added == store.counts()[1] > 0
        assert "Seoul seeks exemption for carmakers" in report.titles
        again = ingest([str(folder)], store)
        assert (again.added, again.skipped, again.claims_added) == (0, report.added, 0)
        assert store.counts() == (report.added, report.claims_added)


def test_bad_files_are_reported_by_name_and_the_rest_is_stored(tmp_path: Path) -> None:
    bad = {
        "binary.txt": (b"\x00\x01\x02 not text", "binary file"),
        "empty.md": (b"", "empty file"),
    }
    # Not UTF-8: read as Windows-1252, with a warning (tests/test_hostile_messages.py).
    (tmp_path / "latin1.txt").write_bytes("Budget: £5m".encode("latin-1"))
    for name, (data, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    with open(tmp_path / "huge.txt", "wb") as huge:
        huge.truncate(12 * 1024 * 1024)  # sparse: 12 MB on paper, nothing on disk
    inputs = [str(tmp_path / n) for n in bad] + [
        str(tmp_path / "latin1.txt"),
        str(tmp_path / "huge.txt"),
        str(tmp_path / "missing.txt"),
        str(PAGES / "notes.md"),
    ]
    with Store(tmp_path / "c.db") as store:
        report = ingest(inputs, store)
        assert report.added == 2
        assert problems_by_file(report.failed) == sorted(
            [(name, reason) for name, (_, reason) in bad.items()]
            + [
                ("huge.txt", "too large (12 MB > 10 MB)"),
                ("missing.txt", "no such file or directory"),
            ]
        )
        assert store.counts()[0] == 2


def test_pages_and_feeds_by_url(base: str, tmp_path: Path) -> None:
    urls = [
        f"{base}/article.html",
        f"{base}/feed.rss",
        f"{base}/big",
        f"{base}/image.png",
        "ftp://127.0.0.1/article.txt",
    ]
    with Store(tmp_path / "c.db") as store:
        report = ingest(urls, store)
        assert report.added == 3
        assert report.failed == [
            ("feed.rss: entry 3".replace("feed.rss", f"{base}/feed.rss"), "no text"),
            (f"{base}/big", "too large (11 MB > 10 MB)"),
            (f"{base}/image.png", "unsupported content type image/png"),
            ("ftp://127.0.0.1/article.txt", "only http and https URLs are fetched, not ftp:"),
        ]
        articles = store.articles_frame()
    assert sorted(articles["source"]) == ["Orbital Times", "Orbital Times", "The Harbour Courier"]


def test_the_served_page_furniture_never_becomes_claims(base: str, tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        ingest([f"{base}/article.html"], store)
        values = set(store.claims_frame()["value"])
    assert {9000.0, 680e6} <= values
    assert values.isdisjoint({48213, 99, 3412, 87, 55512345, 1_200_000, 250_000})


@pytest.mark.slow
def test_jobs_2_stores_exactly_what_jobs_1_stores(tmp_path: Path) -> None:
    articles = [
        Article(text=f"Story {n}: output rose {n}% to {n * 7} tonnes, with {n + 2} mines shut.")
        for n in range(1, 30)
    ]

    def stored(jobs: int) -> pd.DataFrame:
        with Store(tmp_path / f"jobs{jobs}.db") as store:
            report = ingest_articles(articles, store, jobs=jobs)
            assert (report.added, report.failed) == (len(articles), [])
            return store.claims_frame().drop(columns=["claim_id", "ingested_at"])

    pd.testing.assert_frame_equal(stored(1), stored(2))


def test_workers_are_spawned_while_other_threads_run() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert pool_context().get_start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


@pytest.mark.slow
def test_workers_are_forked_from_a_single_threaded_process() -> None:
    code = "from claims.ingestion.engines import pool_context as c; print(c().get_start_method())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "fork"


def test_progress_reports_every_article(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    articles = [Article(text=f"Rates rose to {n}% in month {n}.") for n in range(1, 20)]
    articles.append(articles[0])  # a duplicate within the batch: skipped, not counted
    with Store(tmp_path / "c.db") as store:
        report = ingest_articles(articles, store, progress=lambda d, t: calls.append((d, t)))
    assert (report.added, report.skipped) == (19, 1)
    assert calls[0] == (0, 19)
    assert calls[-1] == (19, 19)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_dates_of_library_articles_are_stored_in_iso_form(tmp_path: Path) -> None:
    articles = [
        Article(text="Exports rose 3%.", published="Tue, 29 Apr 2025 17:30:00 GMT"),
        Article(text="Imports fell 2%.", published="sometime in spring"),
    ]
    with Store(tmp_path / "c.db") as store:
        ingest_articles(articles, store)
        stored = store.articles_frame().set_index("published").index.tolist()
    assert sorted(stored) == ["2025-04-29T17:30:00+00:00", "sometime in spring"]


def test_a_pasted_scraped_page_becomes_one_article_per_story() -> None:
    text = (PAGES / "bundled-quake.txt").read_text()
    day = datetime.date(2025, 4, 3)
    articles = read_pasted(text, title="Quake toll", source="Pasted", date=day)
    assert [(a.title, a.source, a.published) for a in articles] == [
        ("Quake toll", "The Meridian Post", "2025-04-03"),
        ("UN appeals for $275 million in quake aid", "Continental Wire", "2025-04-03"),
    ]
    with pytest.raises(ReadError, match="empty file"):
        read_pasted("  \n ")


def test_extract_frame_reports_a_bad_article_and_keeps_the_rest() -> None:
    frame = pd.DataFrame(
        [
            {"text": "Inflation rose to 3.2% in May.", "url": None},
            {"text": None, "url": None},  # no text: extraction raises
            {"text": "Unemployment fell to 4.1%.", "url": "https://news.test.com.au/a"},
        ],
        columns=list(ARTICLE_FIELDS),
        index=[10, 11, 12],
    )
    result = extract_frame(frame)
    assert tuple(result.columns) == BATCH_COLUMNS
    grouped = claims_by_article(result)
    assert grouped[10] == extract("Inflation rose to 3.2% in May.")
    assert isinstance(grouped[11], str) and grouped[11]
    assert grouped[12] == extract("Unemployment fell to 4.1%.", currency="AUD")


def test_the_metric_keys_extraction_computes_are_those_the_store_computes(
    tmp_path: Path,
) -> None:
    def rows(store: Store) -> list[tuple[object, ...]]:
        return store.conn.execute("SELECT * FROM tracking ORDER BY claim_id").fetchall()

    with Store(tmp_path / "c.db") as store:
        ingest([str(SAMPLE)], store)  # keys from extract_frame, beside the claims
        beside_extraction = rows(store)
        tracking.retrack(store.conn)  # keys worked out by the store from stored claims
        assert rows(store) == beside_extraction
    assert sum(row[1] is not None for row in beside_extraction) > 100


CURRENCY_HINTS = {
    "australian site": ("https://www.abc.net.au/news/x", "AUD"),
    "new zealand site": ("https://www.rnz.co.nz/x", "NZD"),
    "canadian site": ("https://www.cbc.ca/news", "CAD"),
    "us site": ("https://www.nytimes.com/x", None),
    "no url": (None, None),
}


@pytest.mark.parametrize(("url", "currency"), CURRENCY_HINTS.values(), ids=CURRENCY_HINTS.keys())
def test_currency_hint(url: str | None, currency: str | None) -> None:
    assert currency_hint(url) == currency
