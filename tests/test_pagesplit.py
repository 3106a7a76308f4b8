"""Scraped pages: one main article and teasers, split apart; furniture dropped; times resolved."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pageserver import PAGES

from claims import extract
from claims.ingestion.dates import Reference, normalise_published, resolve_time_line
from claims.ingestion.formats import read_bytes
from claims.ingestion.pagesplit import is_furniture, split_page

UTC = datetime.UTC
AT_NOON = Reference.at(datetime.datetime(2025, 7, 8, 12, 0, tzinfo=UTC))
ON_DAY = Reference.at(datetime.date(2025, 7, 8))

TIME_LINES = {
    "an hour ago": ("an hour ago", AT_NOON, "2025-07-08T11:00:00+00:00"),
    "minutes": ("25 mins ago", AT_NOON, "2025-07-08T11:35:00+00:00"),
    "short hours": ("3h ago", AT_NOON, "2025-07-08T09:00:00+00:00"),
    "hours on a day-only reference": ("2 hours ago", ON_DAY, "2025-07-08"),
    "hours across midnight": ("13 hours ago", AT_NOON, "2025-07-07T23:00:00+00:00"),
    "days": ("3 days ago", AT_NOON, "2025-07-05"),
    "a day on a day-only reference": ("a day ago", ON_DAY, "2025-07-07"),
    "yesterday": ("Yesterday", AT_NOON, "2025-07-07"),
    "just now": ("just now", AT_NOON, "2025-07-08T12:00:00+00:00"),
    "weeks": ("2 weeks ago", ON_DAY, "2025-06-24"),
    "a month": ("a month ago", ON_DAY, "2025-06-08"),
    "months": ("3 months ago", AT_NOON, "2025-04-08"),
    "a year": ("1 year ago", ON_DAY, "2024-07-08"),
    "bulleted": ("· 5 days ago", ON_DAY, "2025-07-03"),
    "printed date": ("Jul 7, 2025", AT_NOON, "2025-07-07"),
    "printed day-first date": ("7 July 2025", AT_NOON, "2025-07-07"),
    "published prefix": ("Published 3 hours ago", AT_NOON, "2025-07-08T09:00:00+00:00"),
    "compact hours": ("5h", AT_NOON, "2025-07-08T07:00:00+00:00"),
    "compact minutes": ("30m", AT_NOON, "2025-07-08T11:30:00+00:00"),
    "compact days": ("2d", AT_NOON, "2025-07-06"),
    "a weekday before the date": ("Monday, 7 July 2025", AT_NOON, "2025-07-07"),
    "a clock time and zone after the date": ("Tue 8 Jul 2025 09.30 BST", AT_NOON, "2025-07-08"),
    "at a clock time": ("July 7, 2025 at 3:45 PM", AT_NOON, "2025-07-07"),
    "a comma before the clock time": ("8 July 2025, 10:05am", AT_NOON, "2025-07-08"),
    # Near-misses: a span of time with no "ago" is no age.
    "a span in words": ("5 months", AT_NOON, None),
    "a day in words": ("a day", AT_NOON, None),
    # Known miss: an all-digit date is ambiguous (7 August or 8 July?) and is not read.
    "numeric date": pytest.param(
        "08/07/2025", AT_NOON, "2025-07-08", marks=pytest.mark.xfail(strict=True)
    ),
}


@pytest.mark.parametrize(
    ("line", "reference", "stored"), TIME_LINES.values(), ids=TIME_LINES.keys()
)
def test_time_lines_resolve_against_the_reference(
    line: str, reference: Reference, stored: str | None
) -> None:
    assert resolve_time_line(line, reference) == stored


PUBLISHED = {
    "iso date": ("2025-03-14", "2025-03-14"),
    "iso datetime with offset": ("2025-03-14T08:15:00+01:00", "2025-03-14T07:15:00+00:00"),
    "zulu": ("2025-03-14T08:15:00Z", "2025-03-14T08:15:00+00:00"),
    "rfc 2822": ("Fri, 14 Mar 2025 08:15:00 GMT", "2025-03-14T08:15:00+00:00"),
    "written out": ("March 14, 2025", "2025-03-14"),
    "nonsense": ("next Tuesday-ish", None),
    "empty": ("  ", None),
}


@pytest.mark.parametrize(("written", "stored"), PUBLISHED.values(), ids=PUBLISHED.keys())
def test_published_dates_are_normalised(written: str, stored: str | None) -> None:
    assert normalise_published(written) == stored


FURNITURE = {
    "Hashtags": True,
    "#tariffs #trade #japan": True,
    "Comments": True,
    "Comments (3)": True,
    "12 comments": True,
    "No comments yet...": True,
    "Be the first to comment": True,
    "Try Our AI Features": True,
    "Explore what Gulf Ledger AI can do for you": True,
    "Related Articles": True,
    "READ MORE: 5 things to know about the August 1 deadline": True,
    "1,204 views": True,
    "Share": True,
    "Advertisement": True,
    "4 min read": True,
    "Comments from readers show 40% want lower tariffs.": False,
    "Shares in Toyota fell 3% on Tuesday.": False,
    "Related talks resumed in Geneva with 12 delegations.": False,
    "The National": False,
    "By Amelia Hart and Tom Okafor, Political Staff": True,
    "By Marit de Vries": True,
    "By 2030 the share must reach 82%.": False,
    "Share 31": True,
    "Most Popular": True,
    "© 2025 Harbour Times Media Ltd, 12 Quay Street": True,
    "Facebook 2.4M followers": False,
    "Skip to main content": True,
    "Menu": True,
    "Sign in to comment": True,
    "Show comments (14)": True,
    "Story continues below advertisement": True,
    "Photograph: Ben Stansall/AFP/Getty Images": True,
    "Trending Now": True,
    "Recommended for you": True,
    "Sponsored": True,
    "Search teams found 12 more bodies on Sunday.": False,
    "Home sales rose 4% in June.": False,
    "Save the Children said 40 children had died.": False,
    "Photographs show 300 homes under water.": False,
}


@pytest.mark.parametrize(("line", "furniture"), FURNITURE.items(), ids=FURNITURE.keys())
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_bundled_page_splits_into_main_article_and_teasers() -> None:
    reading = read_bytes("bundled-tariffs.txt", (PAGES / "bundled-tariffs.txt").read_bytes())
    summary = [(a.source, a.published, a.title) for a in reading.articles]
    assert summary == [
        (
            "Gulf Ledger",
            "2025-07-08T09:30:00+00:00",
            "Trump sets 25% tariff on Japanese and South Korean goods from August 1",
        ),
        (
            "The National",
            "2025-07-08T08:30:00+00:00",
            "EU prepares countermeasures as tariff deadline nears",
        ),
        ("Reuters", "2025-07-05", "Japan says it will keep negotiating with Washington"),
        ("Korea Herald", "2025-07-07", "Seoul seeks exemption for carmakers"),
    ]
    main = reading.articles[0]
    assert main.url == "https://gulfledger.test/business/trump-tariffs-japan-korea"
    assert main.text.endswith(
        "Japan shipped about $148 billion of goods to the United States last year."
    )
    assert reading.articles[1].text == (
        "EU prepares countermeasures as tariff deadline nears\n\n"
        "Brussels has drawn up a list of US goods worth 72 billion euros "
        "that could face duties if talks fail."
    )


# Numbers printed only by the page's furniture: READ MORE headlines, view and comment counts.
BUNDLE_FURNITURE_NUMBERS = {5.0, 1204.0, 12.0}


def test_no_furniture_number_becomes_a_claim() -> None:
    reading = read_bytes("bundled-tariffs.txt", (PAGES / "bundled-tariffs.txt").read_bytes())
    texts = "\n".join(a.text for a in reading.articles)
    for furniture in ("Hashtags", "comment", "AI", "READ MORE", "views", "- The National"):
        assert furniture not in texts
    values = {c.value for a in reading.articles for c in extract(a.text)}
    assert values.isdisjoint(BUNDLE_FURNITURE_NUMBERS)
    assert {25.0, 72e9, 148e9, 16.0} <= values  # the stories' own figures are all there


def test_page_header_gives_the_main_article_its_outlet_and_time_against_date() -> None:
    data = (PAGES / "bundled-quake.txt").read_bytes()
    reading = read_bytes("bundled-quake.txt", data, date=datetime.date(2025, 4, 3))
    summary = [(a.source, a.published, a.title) for a in reading.articles]
    assert summary == [
        ("The Meridian Post", "2025-04-03", "Myanmar earthquake death toll passes 3,000"),
        ("Continental Wire", "2025-04-03", "UN appeals for $275 million in quake aid"),
    ]
    texts = "\n".join(a.text for a in reading.articles)
    assert "10 photos" not in texts
    assert "Comments (3)" not in texts


def test_bylines_counters_and_footers_are_dropped() -> None:
    reading = read_bytes("bundled-budget.txt", (PAGES / "bundled-budget.txt").read_bytes())
    summary = [(a.source, a.published, a.title) for a in reading.articles]
    assert summary == [
        ("Harbour Times", "2025-03-26", "Chancellor finds £6bn for hospitals in spring statement"),
        ("Continental Wire", "2025-03-26", "Bond yields rise after UK spring statement"),
        ("The Meridian Post", "2025-03-25", "Hospitals warn repair backlog tops £13.8bn"),
    ]
    main, _, last = reading.articles
    assert main.text.startswith(
        "Politics\n\nChancellor finds £6bn for hospitals in spring statement\n\n"
    )
    assert main.text.endswith("£19 billion more than planned.")
    assert last.text.endswith("with 1 in 4 buildings older than 1948.")
    texts = "\n".join(a.text for a in reading.articles)
    for furniture in ("Amelia Hart", "Share", "min read", "Advertisement", "Five charts", "©"):
        assert furniture not in texts
    values = {c.value for a in reading.articles for c in extract(a.text)}
    assert values.isdisjoint({31.0, 14.0, 9.0, 150.0, 2.4e6, 100.0})


def test_one_line_teaser_headers() -> None:
    page = (
        "Main story about ports\n\nThroughput rose 4% to 14.5 million containers this year.\n\n"
        "Related Articles\n"
        "Reuters · 3 days ago\nShipping rates fall\nRates fell 12% in a week.\n"
        "Lloyd's List | 25 mins ago\nSuez traffic recovers\nTransits rose to 40 a day.\n"
    )
    articles = split_page(page, title=None, source="Port Daily", reference=AT_NOON)
    assert [(a.source, a.published, a.title) for a in articles] == [
        ("Port Daily", None, "Main story about ports"),
        ("Reuters", "2025-07-05", "Shipping rates fall"),
        ("Lloyd's List", "2025-07-08T11:35:00+00:00", "Suez traffic recovers"),
    ]


def test_a_page_opening_with_its_outlet_header_keeps_its_main_article() -> None:
    page = (
        "Orbital Times\n2 days ago\nKuiper launch slips to May\n"
        "The second batch of 27 satellites will now fly in May, the company said on Monday.\n"
        "Comments\nReuters\nyesterday\nStarlink adds 24 satellites\nA Falcon 9 carried 24 more.\n"
    )
    articles = split_page(page, title=None, source=None, reference=ON_DAY)
    assert [(a.source, a.published, a.title) for a in articles] == [
        ("Orbital Times", "2025-07-06", "Kuiper launch slips to May"),
        ("Reuters", "2025-07-07", "Starlink adds 24 satellites"),
    ]


def test_relative_times_count_back_from_now_without_a_date() -> None:
    now = datetime.datetime(2025, 4, 3, 18, 0, tzinfo=UTC)
    data = (PAGES / "bundled-quake.txt").read_bytes()
    reading = read_bytes("bundled-quake.txt", data, now=now)
    assert [a.published for a in reading.articles] == [
        "2025-04-03T16:00:00+00:00",
        "2025-04-03T13:00:00+00:00",
    ]


def test_an_ordinary_article_keeps_its_text_exactly() -> None:
    text = "Dockers end strike\n\nThe 12-day strike ended.\nPay rises 7%.\n"
    [article] = split_page(text, title=None, source="Wire", reference=ON_DAY)
    assert article.text == text.strip()
    assert (article.title, article.source, article.published) == (
        "Dockers end strike",
        "Wire",
        None,
    )


@given(
    st.integers(min_value=1, max_value=3000),
    st.sampled_from(["days", "day", "d"]),
    st.datetimes(min_value=datetime.datetime(2000, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
)
def test_n_days_ago_is_n_days_before_the_reference(
    n: int, unit: str, moment: datetime.datetime
) -> None:
    reference = Reference.at(moment.replace(tzinfo=UTC))
    expected = (moment - datetime.timedelta(days=n)).date().isoformat()
    assert resolve_time_line(f"{n} {unit} ago", reference) == expected
