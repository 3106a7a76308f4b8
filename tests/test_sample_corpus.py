"""The bundled sample corpus (data/sample) has what the dashboard's first run needs.

The corpus is read here with the standard library, pandas and feedparser only, so
that these checks say what the files contain independently of the project's own
readers (one test at the end checks that those readers agree on the count).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pandas as pd
import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
COLLECTION_FIELDS = ("text", "title", "source", "published", "url")
FRONT_MATTER_FIELDS = ("title", "source", "published", "url")

# A leading front-matter block: "---", "key: value" lines, "---".
FRONT_MATTER = re.compile(
    r"""
    \A---[ \t]*\n
    (?P<meta>(?:[A-Za-z_]+:[^\n]*\n)+)   # one "key: value" per line
    ---[ \t]*\n
    """,
    re.VERBOSE,
)

# On the scraped page, a teaser ends with its outlet's sign-off line: "- The National".
SIGNOFF = re.compile(
    r"""
    ^-[ ](?P<outlet>[A-Z][\w ]{1,40})$   # a dash, a space, a capitalised outlet name
    """,
    re.VERBOSE | re.MULTILINE,
)

# A teaser's relative time line, just under its outlet's name.
RELATIVE_TIME = re.compile(
    r"""
    ^(?:an?|\d+)[ ](?:minute|hour|day|week)s?[ ]ago$   # "an hour ago", "3 hours ago"
    """,
    re.VERBOSE,
)

# The web addresses in the corpus must be made up: reserved .test or example domains.
MADE_UP_URL = re.compile(
    r"""
    \Ahttps://[\w.-]+\.(?:test|example\.com)/   # a host under .test or example.com
    """,
    re.VERBOSE,
)

# An ISO date, possibly followed by a time, at the start of a published field.
ISO_MONTH = re.compile(
    r"""
    \A(?P<month>\d{4}-\d{2})-\d{2}   # YYYY-MM-DD; the month is what we count
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Piece:
    """One article as found in a sample file."""

    file: str
    form: str
    text: str
    title: str
    source: str
    published: str
    url: str | None = None


class _PageReader(HTMLParser):
    """Collects an article page's meta tags, JSON-LD blocks and <article> paragraphs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.json_ld: list[dict] = []
        self.paragraphs: list[str] = []
        self._in_ld = False
        self._in_article = False
        self._in_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("content"):
            key = found.get("property") or found.get("name")
            if key:
                self.meta[key] = found["content"] or ""
        elif tag == "script" and found.get("type") == "application/ld+json":
            self._in_ld = True
        elif tag == "article":
            self._in_article = True
        elif tag == "p" and self._in_article:
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False
        elif tag == "article":
            self._in_article = False
        elif tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_ld and data.strip():
            self.json_ld.append(json.loads(data))
        elif self._in_p:
            self.paragraphs[-1] += data


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front-matter fields of a .txt/.md file and its body."""
    match = FRONT_MATTER.match(text)
    assert match, "no front-matter block"
    meta = dict(line.split(":", 1) for line in match["meta"].splitlines())
    return {k.strip(): v.strip() for k, v in meta.items()}, text[match.end() :]


def read_front_matter_file(path: Path) -> list[Piece]:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    return [
        Piece(
            path.name,
            path.suffix[1:],
            body,
            meta["title"],
            meta["source"],
            meta["published"],
            meta["url"],
        )
    ]


def read_html(path: Path) -> list[Piece]:
    page = _PageReader()
    page.feed(path.read_text(encoding="utf-8"))
    meta = page.meta
    return [
        Piece(
            path.name,
            "html",
            "\n".join(page.paragraphs),
            meta["og:title"],
            meta["og:site_name"],
            meta["article:published_time"],
            meta["og:url"],
        )
    ]


def read_feed(path: Path) -> list[Piece]:
    feed = feedparser.parse(str(path))
    assert not feed.bozo, feed.get("bozo_exception")
    pieces = []
    for entry in feed.entries:
        text = re.sub(r"<[^>]+>", " ", entry.content[0].value)
        published = "{:04d}-{:02d}-{:02d}".format(*entry.published_parsed[:3])
        pieces.append(
            Piece(path.name, "feed", text, entry.title, feed.feed.title, published, entry.link)
        )
    return pieces


def read_collection(frame: pd.DataFrame, name: str, form: str) -> list[Piece]:
    return [
        Piece(name, form, row.text, row.title, row.source, str(row.published), row.url)
        for row in frame.itertuples()
    ]


def read_scraped_page(path: Path) -> list[Piece]:
    """The main article (up to the first "Hashtags" line) and each teaser."""
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    main = body.split("\nHashtags\n", 1)[0]
    pieces = [
        Piece(
            path.name,
            "scraped",
            main,
            meta["title"],
            meta["source"],
            meta["published"],
            meta["url"],
        )
    ]
    lines = body.splitlines()
    for i, line in enumerate(lines):
        signoff = SIGNOFF.match(line)
        if not signoff:
            continue
        # Walk back to this teaser's header: the outlet's name over a relative time.
        start = max(j for j in range(i) if lines[j] == signoff["outlet"])
        assert RELATIVE_TIME.match(lines[start + 1]), lines[start + 1]
        pieces.append(
            Piece(
                path.name,
                "teaser",
                "\n".join(lines[start + 3 : i]),
                lines[start + 2],
                signoff["outlet"],
                lines[start + 1],
            )
        )
    return pieces


@cache
def corpus() -> tuple[Piece, ...]:
    """Every article in the sample corpus, read once per test session."""
    pieces: list[Piece] = []
    for path in sorted(SAMPLE.iterdir()):
        if path.name == "README.md":
            continue
        if path.name == "scraped_page.txt":
            pieces += read_scraped_page(path)
        elif path.suffix in (".txt", ".md"):
            pieces += read_front_matter_file(path)
        elif path.suffix == ".html":
            pieces += read_html(path)
        elif path.suffix == ".xml":
            pieces += read_feed(path)
        elif path.suffix == ".jsonl":
            pieces += read_collection(
                pd.read_json(path, lines=True, dtype=False), path.name, "jsonl"
            )
        elif path.suffix == ".csv":
            pieces += read_collection(pd.read_csv(path), path.name, "csv")
        else:
            raise AssertionError(f"unexpected file in the sample corpus: {path.name}")
    return tuple(pieces)


def full_articles() -> list[Piece]:
    return [p for p in corpus() if p.form != "teaser"]


def test_enough_articles_outlets_and_months() -> None:
    months = {ISO_MONTH.match(p.published)["month"] for p in full_articles()}
    assert len(full_articles()) >= 20
    assert len({p.source for p in corpus()}) >= 6
    assert len(months) >= 4, months


# Each input format the ingestion reads, with the least number of articles it holds.
FORMATS = {
    "txt": 3,
    "md": 3,
    "html": 3,
    "feed": 3,
    "jsonl": 2,
    "csv": 2,
    "scraped": 1,
    "teaser": 3,
}


@pytest.mark.parametrize(("form", "least"), FORMATS.items(), ids=list(FORMATS))
def test_every_format_is_present(form: str, least: int) -> None:
    assert Counter(p.form for p in corpus())[form] >= least


# Each topic the corpus must cover, with words that show an article is about it.
TOPICS = {
    "trade tariffs": r"\btariffs?\b",
    "casualty counts": r"\b(?:killed|death toll|injured|displaced)\b",
    "satellites and space": r"\bsatellites?\b",
    "public money": r"\b(?:budget|spending|lakh crore)\b",
    "drug seizures": r"\b(?:cocaine|fentanyl)\b",
    "energy": r"\b(?:GW|barrels|renewables?)\b",
}


@pytest.mark.parametrize(("topic", "words"), TOPICS.items(), ids=list(TOPICS))
def test_every_topic_is_covered(topic: str, words: str) -> None:
    about = [p for p in full_articles() if len(re.findall(words, p.text)) >= 2]
    assert len(about) >= 3, topic


# Figures the tracking view shows: a pattern naming what is measured, and the
# values reported for it. Each must appear in 3+ articles from 2+ outlets.
TRACKED = {
    "US tariff on Chinese goods": (r"Chinese goods", r"\b(?:145|30)(?:%| per cent)"),
    "US steel tariff": (r"\bsteel\b", r"\b(?:25|50)(?:%| per cent)"),
    "Gaza death toll": (r"\bGaza\b", r"\b(?:46,70\d|50,021|54,607)\b"),
    "Myanmar earthquake toll": (r"\bMyanmar\b", r"\b(?:1,644|2,719|3,649)\b"),
    "Starlink satellites in orbit": (r"\bStarlink\b", r"\b(?:6,900|7,000|7,200|7,600)\b"),
    "UK defence share of GDP": (r"\bdefen[cs]e\b", r"\b2\.[56](?:%| per cent)"),
    "Rotterdam cocaine in 2024": (r"\bRotterdam\b", r"\b(?:22\.9|23) tonnes"),
    "Rotterdam banana haul": (r"\bbanana", r"\b(?:2\.42?[- ]tonnes?|2,420 kg)"),
    "Australia renewable share": (r"\b82 per cent\b", r"\b(?:39(?:\.4)?|40) per cent"),
    "OPEC+ monthly increase": (r"\bOPEC\+", r"\b411,000 barrels"),
}


@pytest.mark.parametrize(("subject", "figure"), TRACKED.values(), ids=list(TRACKED))
def test_tracked_figure_is_reported_repeatedly(subject: str, figure: str) -> None:
    reports = [p for p in corpus() if re.search(subject, p.text) and re.search(figure, p.text)]
    assert len(reports) >= 3
    assert len({p.source for p in reports}) >= 2


def test_full_articles_are_news_length() -> None:
    lengths = {f"{p.file}: {p.title}": len(p.text.split()) for p in full_articles()}
    assert {k: n for k, n in lengths.items() if not 250 <= n <= 600} == {}


def test_metadata_is_complete_and_addresses_made_up() -> None:
    for piece in full_articles():
        assert piece.title and piece.source and ISO_MONTH.match(piece.published), piece
        assert MADE_UP_URL.match(piece.url or ""), piece.url


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.html")), ids=lambda p: p.name)
def test_html_pages_carry_metadata_and_furniture(path: Path) -> None:
    page = _PageReader()
    html = path.read_text(encoding="utf-8")
    page.feed(html)
    assert {"og:title", "og:site_name", "og:url", "article:published_time", "author"} <= set(
        page.meta
    )
    assert any(block.get("@type") == "NewsArticle" for block in page.json_ld)
    for furniture in ("Top 10 stories", "© 2025", "0800 123 456", "12 comments"):
        assert furniture.lower() in html.lower(), furniture


@pytest.mark.parametrize(
    ("name", "load"),
    [
        ("archive_export.jsonl", lambda p: pd.read_json(p, lines=True, dtype=False)),
        ("newsroom_archive.csv", pd.read_csv),
    ],
    ids=["jsonl", "csv"],
)
def test_collections_parse_with_every_field(
    name: str, load: Callable[[Path], pd.DataFrame]
) -> None:
    frame = load(SAMPLE / name)
    assert set(frame.columns) == set(COLLECTION_FIELDS)
    assert len(frame) >= 2
    assert not frame.isna().any().any()


def test_csv_texts_need_quoting() -> None:
    # The CSV must exercise quoting: commas, double quotes and line breaks in texts.
    with (SAMPLE / "newsroom_archive.csv").open(encoding="utf-8", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    assert all("," in t and '"' in t and "\n\n" in t for t in texts)


def test_feed_has_full_entries() -> None:
    feed = feedparser.parse(str(SAMPLE / "feed.xml"))
    assert feed.feed.title == "The National Review"
    assert len(feed.entries) >= 3
    assert all(e.link and e.published_parsed and e.content for e in feed.entries)


# Page furniture the scraped page must contain, so the splitter has it to drop.
SCRAPED_FURNITURE = (
    "Hashtags",
    "#tariffs #trade",
    "Comments",
    "No comments yet. Be the first to comment",
    "Try Our AI Features",
    "Explore what Meridian AI can do for you",
    "Related Articles",
    "READ MORE: ",
    "Share 24",
    "5 min read",
    "an hour ago",
    "3 hours ago",
    "2 days ago",
)


@pytest.mark.parametrize("line", SCRAPED_FURNITURE)
def test_scraped_page_has_furniture(line: str) -> None:
    assert line in (SAMPLE / "scraped_page.txt").read_text(encoding="utf-8")


def test_teasers_come_from_other_outlets() -> None:
    main = next(p for p in corpus() if p.form == "scraped")
    teasers = [p for p in corpus() if p.form == "teaser"]
    assert teasers and all(t.source != main.source and t.text.strip() for t in teasers)


def test_project_readers_find_the_same_articles() -> None:
    from claims.ingestion.formats import read_bytes

    found = Counter()
    for path in SAMPLE.iterdir():
        if path.name != "README.md":
            found[path.name] = len(read_bytes(path.name, path.read_bytes()).articles)
    assert found == Counter(p.file for p in corpus())
