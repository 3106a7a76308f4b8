"""Reading stored articles again with the current extractor, on a real store file."""

from __future__ import annotations

from pathlib import Path

from claims import Article, Store, counts, extract, ingest_articles
from claims.extraction.pipeline import EXTRACTOR_VERSION
from claims.ingestion.reextract import reextract, stale_articles
from claims.store import article_id

ARTICLES = [
    Article(text="Dockers accepted a 7% pay rise after a 12-day strike.", title="Strike ends"),
    Article(text="The council will spend £4.5m on roads, up 12% on last year.", title="Budget"),
]


def _values(store: Store) -> dict[str, list[str]]:
    frame = store.claims_frame()
    return frame.groupby("article_id")["surface"].apply(sorted).to_dict()


def test_articles_an_older_extractor_read_are_read_again(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        ingest_articles(ARTICLES, store)
        fresh = _values(store)
        old = article_id(ARTICLES[1].text)
        store.replace_claims(old, [], "0.1.0")  # as an old extractor that found nothing
        assert stale_articles(store) == 1

        report = reextract(store)

        assert report.summary() == (
            f"1 article read again: {len(extract(ARTICLES[1].text))} claims, 0 before; 0 failed"
        )
        assert report.ok
        assert _values(store) == fresh
        assert stale_articles(store) == 0
        assert set(store.claims_frame()["extractor_version"]) == {EXTRACTOR_VERSION}


def test_nothing_stale_reads_nothing_and_every_reads_all(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        ingest_articles(ARTICLES, store)
        claims = store.counts()[1]
        progress: list[tuple[int, int]] = []

        assert reextract(store).summary() == "0 articles read again: 0 claims, 0 before; 0 failed"
        report = reextract(store, every=True, progress=lambda d, t: progress.append((d, t)))

        assert (report.articles, report.claims_before, report.claims_after) == (2, claims, claims)
        assert progress == [(0, 2), (2, 2)]
        assert store.counts() == (2, claims)


def test_a_reread_leaves_the_kept_counts_worked_out(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        shared = [  # each states a bare percentage: one combination of the counts
            Article(text="Inflation was 3% in May.", title="Prices"),
            Article(text="Turnout was 61% on Sunday.", title="Vote"),
        ]
        ingest_articles(shared, store)
        with store.conn:  # both read by an older extractor
            store.conn.execute("UPDATE articles SET extractor_version = '0.1.0'")

        reextract(store)  # re-reading the first claim's article leaves them stale

        assert counts.is_current(store.conn)
        kept = sorted(store.conn.execute("SELECT * FROM facet_counts").fetchall(), key=repr)
        worked_out = store.conn.execute(counts.worked_out_counts()).fetchall()
        assert kept == sorted(worked_out, key=repr)
