"""Headline figures and number formatting."""

from __future__ import annotations

from claim_frames import claims_frame

from tests.reference import headline


def test_headline_counts_articles_claims_sources_and_dates() -> None:
    frame = claims_frame(
        [
            dict(article_id="a", source="Wire", published="2025-03-01"),
            dict(article_id="a", source="Wire", published="2025-03-01"),
            dict(article_id="b", source="Post", published="2025-03-10 18:00"),
            dict(article_id="c", source=None, published=None),
        ]
    )
    head = headline(frame)
    assert (head.articles, head.claims, head.sources) == (3, 4, 2)
    assert head.date_span == "1 – 10 Mar 2025"
    assert head.days == 10


def test_headline_of_nothing() -> None:
    head = headline(claims_frame([dict()]).iloc[0:0])
    assert (head.articles, head.claims, head.sources) == (0, 0, 0)
    assert head.date_span == "no dates" and head.days is None


def test_headline_of_one_day() -> None:
    head = headline(claims_frame([dict(published="2025-01-02")]))
    assert head.date_span == "2 Jan 2025" and head.days == 1
