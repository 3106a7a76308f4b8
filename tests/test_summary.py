"""Headline figures and number formatting."""

from __future__ import annotations

import math

import pytest
from claim_frames import claims_frame

from claims.views.summary import count_of, headline, human_number, with_unit


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
    assert head.date_span == "2025-03-01 – 2025-03-10"
    assert head.days == 10


def test_headline_of_nothing() -> None:
    head = headline(claims_frame([dict()]).iloc[0:0])
    assert (head.articles, head.claims, head.sources) == (0, 0, 0)
    assert head.date_span == "no dates" and head.days is None


def test_headline_of_one_day() -> None:
    head = headline(claims_frame([dict(published="2025-01-02")]))
    assert head.date_span == "2025-01-02" and head.days == 1


NUMBER_CASES = [
    (42.0, "42"),
    (0.25, "0.25"),
    (1234.0, "1.23k"),
    (350_000.0, "350k"),
    (1_200_000.0, "1.2m"),
    (13e9, "13bn"),
    (2.5e12, "2.5tn"),
    (-4_000_000.0, "-4m"),
    (None, "–"),
    (math.nan, "–"),
]


@pytest.mark.parametrize(("value", "text"), NUMBER_CASES)
def test_human_number(value: float | None, text: str) -> None:
    assert human_number(value) == text


UNIT_CASES = [
    (12.0, "percent", "12%"),
    (3.2e6, "person", "3.2m person"),
    (450.0, "tonne", "450 tonne"),
    (7.0, None, "7"),
    (7.0, math.nan, "7"),
]


@pytest.mark.parametrize(("value", "unit", "text"), UNIT_CASES)
def test_with_unit(value: float, unit: str | None, text: str) -> None:
    assert with_unit(value, unit) == text


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0 claims"), (1, "1 claim"), (2, "2 claims"), (1204, "1,204 claims")]
)
def test_count_of(n: int, expected: str) -> None:
    assert count_of(n, "claim") == expected
