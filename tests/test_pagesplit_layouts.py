"""Layouts of pages copied from news aggregators, each split into its articles.

Each case is a whole page, with what it must split into; the near-misses are text that
looks like page furniture but is an article's own.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from pageserver import PAGES

from claims import extract
from claims.ingestion.dates import Reference
from claims.ingestion.ingest import read_input
from claims.ingestion.pagesplit import drop_inline_furniture, split_page

UTC = datetime.UTC
AT_NOON = Reference.at(datetime.datetime(2025, 7, 8, 12, 0, tzinfo=UTC))

# The seed layout: a main article, page furniture, then teasers introduced by
# "Outlet / time / - Outlet", each one long paragraph with inline teasers and captions.
SEED = (PAGES / "layout-seed.txt").read_text(encoding="utf-8")

# Outlet and time on one line, in the orders and with the separators aggregators use.
ONE_LINE = (PAGES / "layout-one-line.txt").read_text(encoding="utf-8")

# A bulleted list of related headlines with no bodies, between two articles.
BULLETS = (PAGES / "layout-bullets.txt").read_text(encoding="utf-8")

# page -> [(source, published, title, body starts with, body ends with)], and figures
# that must not be any article's claims
LAYOUTS = {
    "seed layout": (
        SEED,
        [
            (
                "Pasted Source",
                None,
                "Ministry extends fuel subsidy for another year",
                "Ministry extends",
                "risen 12% since last year.",
            ),
            (
                "The Harbour Times",
                "2025-07-08T11:00:00+00:00",
                "Port strike enters second week as 40 ships wait offshore",
                "Port strike enters",
                "without agreement, a spokesman said. "
                "The port handles 2.1 million containers a year.",
            ),
            (
                "Coastline Courier",
                "2025-07-08T10:00:00+00:00",
                "Heatwave pushes power demand to record 48GW",
                "Heatwave pushes",
                "peaked at 48GW at 5pm. Reserve margins fell to 4%.",
            ),
        ],
        {3.0, 30.0},
    ),
    "outlet and time on one line": (
        ONE_LINE,
        [
            (
                "Pasted Source",
                None,
                "Rail fares to rise 4.6% in March",
                "Rail fares",
                "government said.",
            ),
            (
                "Reuters",
                "2025-07-05",
                "Train operators cut 1,200 services",
                "Train",
                "in passengers.",
            ),
            (
                "The Meridian Post",
                "2025-07-08T11:15:00+00:00",
                "Unions plan two-day walkout",
                "Unions",
                "next month.",
            ),
            (
                "Continental Wire",
                "2025-07-07",
                "Ticket sales recover to 92% of 2019 levels",
                "Ticket",
                "industry body said.",
            ),
        ],
        set(),
    ),
    "a bulleted list of related headlines": (
        BULLETS,
        [
            (
                "Pasted Source",
                None,
                "Central bank holds rates at 5.25%",
                "Central bank",
                "inflation of 3.4%.",
            ),
            (
                "Continental Wire",
                "2025-07-08T08:00:00+00:00",
                "Markets shrug off the decision",
                "Markets",
                "no change.",
            ),
        ],
        {43_000.0, 3.0, 4.0, 0.5},
    ),
}


@pytest.mark.parametrize(("page", "split", "not_claims"), LAYOUTS.values(), ids=LAYOUTS.keys())
def test_layouts_split_into_their_articles(page: str, split: list, not_claims: set) -> None:
    articles = split_page(page, title=None, source="Pasted Source", reference=AT_NOON)
    found = [(a.source, a.published, a.title) for a in articles]
    assert found == [item[:3] for item in split]
    for article, (*_, starts, ends) in zip(articles, split, strict=True):
        assert article.text.startswith(starts) and article.text.endswith(ends)
    values = {c.value for a in articles for c in extract(a.text)}
    assert values.isdisjoint(not_claims)


INLINE = {
    "a teaser cut where the story's own sentence starts": (
        "Workers walked out. READ MORE: Union rejects 3% offer Talks resumed on Tuesday.",
        "Workers walked out. Talks resumed on Tuesday.",
    ),
    "a teaser with a number before the story resumes": (
        "It was hot. READ MORE: Five ways to keep cool at 30C Grid demand rose 2%.",
        "It was hot. Grid demand rose 2%.",
    ),
    "an image caption": (
        "Rain fell. (Image: Getty Images) Rivers rose 2m.",
        "Rain fell. Rivers rose 2m.",
    ),
    "a picture credit": (
        "Rain fell. (Picture: Reuters/John Smith) Rivers rose.",
        "Rain fell. Rivers rose.",
    ),
    # Near-misses: the article's own words.
    "read more in lower case": (
        "Readers can read more: the report runs to 40 pages.",
        "Readers can read more: the report runs to 40 pages.",
    ),
    "a parenthesis that is no caption": (
        "The index (image quality: 92%) rose.",
        "The index (image quality: 92%) rose.",
    ),
}


@pytest.mark.parametrize(("line", "kept"), INLINE.values(), ids=INLINE.keys())
def test_inline_teasers_and_captions(line: str, kept: str) -> None:
    assert drop_inline_furniture(line) == kept


def test_an_hour_ago_counts_back_from_the_files_time(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SEED)
    saved = datetime.datetime(2025, 7, 8, 15, 30, tzinfo=UTC)
    os.utime(page, (saved.timestamp(), saved.timestamp()))
    reading = read_input(str(page))
    assert [a.published for a in reading.articles[1:]] == [
        "2025-07-08T14:30:00+00:00",
        "2025-07-08T13:30:00+00:00",
    ]
    dated = read_input(str(page), date=datetime.date(2025, 7, 1))
    assert [a.published for a in dated.articles] == ["2025-07-01"] * 3


def test_a_teaser_deep_in_a_long_paragraph_is_cut_where_its_headline_ends() -> None:
    before = "Dock workers walked out on Monday and stayed out. " * 2_000
    line = before + "READ MORE: Union rejects 3% offer Talks resumed on Tuesday."
    kept = drop_inline_furniture(line)
    assert kept.endswith("stayed out. Talks resumed on Tuesday.")
    assert "Union rejects" not in kept
