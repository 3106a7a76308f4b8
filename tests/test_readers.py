"""Files -> articles: every format on real files, and every way a file can be bad."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from pageserver import PAGES

from claims import ReadError, extract, read_upload
from claims.ingestion.formats import MAX_BYTES, front_matter, kind_of, markdown_to_text, read_bytes

DAY = datetime.date(2025, 7, 8)


def read(name: str, **options: object):
    return read_bytes(name, (PAGES / name).read_bytes(), **options)


def test_plain_text_without_front_matter_takes_title_source_and_date_from_outside() -> None:
    data = b"# Port strike ends\n\nDockers accepted a 7% pay rise after 12 days.\n"
    [article] = read_bytes("strike.txt", data, source="Harbour Times", date=DAY).articles
    assert article.title == "Port strike ends"
    assert article.source == "Harbour Times"
    assert article.published == "2025-07-08"
    assert article.text == "# Port strike ends\n\nDockers accepted a 7% pay rise after 12 days."


FRONT_MATTER = {
    "plain": (
        "---\ntitle: A\nsource: B\npublished: 2025-01-02\n---\nbody",
        {"title": "A", "source": "B", "published": "2025-01-02"},
        "body",
    ),
    "quoted and aliases": (
        "---\ntitle: \"Q: 5%\"\noutlet: 'Wire'\ndate: 2025-01-02\nlink: https://x.test/1\n---\nb",
        {"title": "Q: 5%", "source": "Wire", "published": "2025-01-02", "url": "https://x.test/1"},
        "b",
    ),
    "crlf and unknown keys": (
        "---\r\ntitle: A\r\ntags: x, y\r\n---\r\nbody",
        {"title": "A"},
        "body",
    ),
    "no closing fence": ("---\ntitle: A\nbody", {}, "---\ntitle: A\nbody"),
    "not at the start": ("intro\n---\ntitle: A\n---\n", {}, "intro\n---\ntitle: A\n---\n"),
}


@pytest.mark.parametrize(("text", "meta", "body"), FRONT_MATTER.values(), ids=FRONT_MATTER.keys())
def test_front_matter(text: str, meta: dict[str, str], body: str) -> None:
    assert front_matter(text) == (meta, body)


MARKDOWN = {
    "link keeps its text": ("a [report](https://x.test/2025/07/9) b", "a report b"),
    "image dropped": ("![chart](https://img.test/77.png)", ""),
    "heading and bold": ("## **Big** news", "Big news"),
    "quote": ("> 5% said so", "5% said so"),
}


@pytest.mark.parametrize(("markdown", "text"), MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_to_text(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


def test_markdown_file_keeps_no_digits_from_link_targets() -> None:
    [article] = read("notes.md").articles
    assert article.title == "Germany's 500 billion euro infrastructure fund"
    assert (article.source, article.published, article.author) == (
        "Continental Wire",
        "2025-03-18",
        "Jonas Weber",
    )
    assert "special fund of 500 billion euros" in article.text
    for target in ("15096", "7781", "https://"):
        assert target not in article.text


def test_html_page_main_text_and_metadata() -> None:
    [article] = read("article.html").articles
    assert article.title == "Rotterdam seizes record 9,000 kg of cocaine in banana crates"
    assert article.source == "The Harbour Courier"
    assert article.published == "2025-03-14"
    assert article.author == "Marit de Vries"
    assert article.url == "https://harbourcourier.test/crime/2025/03/14/rotterdam-cocaine-record"
    assert "680 million euros" in article.text


def test_html_metadata_from_json_ld_alone() -> None:
    [article] = read("jsonld-only.html").articles
    assert (article.title, article.source, article.published, article.author, article.url) == (
        "Kenya's tea exports hit record as prices recover",
        "Nairobi Ledger",
        "2025-05-19",
        "Wanjiru Mwangi",
        "https://nairobiledger.test/business/tea-exports-record",
    )
    assert "1,450" not in article.text
    assert "E-paper" not in article.text


# Numbers that appear only in the page's scripts, navigation, ticker, comments,
# side bar and footer: none may become a claim.
HTML_FURNITURE_NUMBERS = (48213, 17, 42, 99, 24, 1.8, 71.40, 3412, 87, 15, 90, 110, 2000, 55512345)


def test_html_page_furniture_numbers_never_become_claims() -> None:
    [article] = read("article.html").articles
    values = {claim.value for claim in extract(article.text)}
    assert {9000.0, 680e6, 46000.0} <= values  # the article's own figures are all there
    assert values.isdisjoint(HTML_FURNITURE_NUMBERS)


def test_feed_entries_become_articles() -> None:
    reading = read("feed.rss")
    first, second = reading.articles
    assert first.title == "Amazon launches first 27 Kuiper satellites"
    assert first.source == "Orbital Times"
    assert first.published == "2025-04-29T17:30:00+00:00"
    assert first.url == "https://orbitaltimes.test/2025/04/29/kuiper-first-batch"
    assert first.author == "Priya Raman"
    assert "constellation of 3,236." in first.text
    assert "99999" not in first.text
    assert second.text.startswith("SpaceX now operates more than 7,000 Starlink")
    assert reading.problems == [("feed.rss: entry 3", "no text")]


def test_atom_feed_entries_become_articles() -> None:
    [article] = read("energy.atom").articles
    assert (article.title, article.source, article.author) == (
        "Battery storage doubles in a year",
        "Grid Watch",
        "Sam Okoye",
    )
    assert article.published == "2025-06-02T07:00:00+00:00"
    assert article.text == (
        "Grid-scale battery capacity reached 6.8 GW at the end of May, up from 3.4 GW a year "
        "earlier.\nOperators expect another 2 GW by December."
    )


def test_jsonl_collection_reports_bad_lines_and_keeps_the_rest() -> None:
    reading = read("collection.jsonl", date=DAY)
    assert [a.source for a in reading.articles] == [
        "Delhi Dispatch",
        "Continental Wire",
        None,
    ]
    assert [a.published for a in reading.articles] == [
        "2025-02-01",
        "2025-05-03T12:00:00+00:00",
        "2025-05-05",
    ]
    assert (
        reading.articles[1].title
        == "OPEC+ agreed to raise output by 411,000 barrels a day in June."
    )
    assert reading.problems == [
        ("collection.jsonl:2", "no text"),
        ("collection.jsonl:4", "invalid JSON (Expecting value)"),
    ]


def test_csv_collection_reports_bad_rows_and_keeps_the_rest() -> None:
    reading = read("collection.csv")
    assert [a.title for a in reading.articles] == ["UK spending review", "Formula headline"]
    assert reading.articles[0].url == "https://harbourtimes.test/review"
    assert reading.problems == [("collection.csv:3", "no text")]


def test_semicolon_csv_from_european_spreadsheets() -> None:
    data = "title;text;source\nBudget;Spending rose 4,5% to €12 billion, officials said;Wire\n"
    [article] = read_bytes("export.csv", data.encode()).articles
    assert (article.title, article.source) == ("Budget", "Wire")
    assert article.text == "Spending rose 4,5% to €12 billion, officials said"


def test_json_array_collection_reports_bad_items() -> None:
    data = b'{"articles": [{"text": "Fares rose 3%.", "source": "Wire"}, "oops", {"title": "x"}]}'
    reading = read_bytes("archive.json", data)
    assert [a.text for a in reading.articles] == ["Fares rose 3%."]
    assert reading.problems == [
        ("archive.json: item 2", "not a JSON object"),
        ("archive.json: item 3", "no text"),
    ]


BAD_FILES = {
    "empty": ("a.txt", b"", "empty file"),
    "blank": ("a.txt", b" \n\t\n", "empty file"),
    "NUL bytes": ("a.txt", b"abc\x00def", "binary file"),
    "broken PDF": ("report.txt", b"%PDF-1.7\n...", "not a readable PDF"),
    "PNG": ("a.md", b"\x89PNG\r\n\x1a\n", "binary file (PNG image)"),
    "too large": ("a.txt", b"x" * (MAX_BYTES + 1), "too large (more than 10 MB)"),
    "too large a page": ("a.html", b"<html>" + b"x" * MAX_BYTES, "too large (more than 10 MB)"),
    "csv without text": ("a.csv", b"title,source\nA,B\n", "CSV has no 'text' column"),
    "jsonl all bad": (
        "a.jsonl",
        b"nope\n{}\n",
        "no readable article (a.jsonl:1: invalid JSON (Expecting value), and 1 more)",
    ),
    "html without article": (
        "a.html",
        b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        b"<form><input name=q></form><footer>Copyright 2025</footer></body></html>",
        "no article text found in the page",
    ),
    "feed without entries": ("a.rss", b"<rss><channel><title>T</title></channel></rss>", "feed"),
    "front matter only": ("a.md", b"---\ntitle: A\n---\n\n", "no article text found"),
    "broken json": ("a.json", b'[{"text": "a"', "invalid JSON (Expecting"),
    "json scalar": ("a.json", b"42", "JSON holds no list of articles"),
}


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_files_raise_a_one_line_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_upload(name, data)
    message = str(caught.value)
    assert message.startswith(reason)
    assert "\n" not in message


KINDS = {
    "markdown by suffix": ("a.md", b"x", None, "markdown"),
    "upper-case suffix": ("A.HTML", b"x", None, "html"),
    "feed URL path": ("https://x.test/feed.rss?x=1", b"x", None, "feed"),
    "content type": ("https://x.test/news", b"x", "text/html; charset=utf-8", "html"),
    "rss content type": ("https://x.test/news", b"x", "application/rss+xml", "feed"),
    "sniffed html": ("page", b"  <!DOCTYPE html><html>", None, "html"),
    "sniffed feed": ("feed", b"<?xml version='1.0'?><rss>", None, "feed"),
    "sniffed jsonl": ("dump", b'{"text": "a"}\n{"text": "b"}', None, "jsonl"),
    "sniffed json array": ("dump", b'[{"text": "a"}]', None, "json"),
    "sniffed json object": ("dump", b'{\n  "articles": []\n}', None, "json"),
    "tsv": ("a.tsv", b"x", None, "csv"),
    "anything else": ("notes", b"Hello", None, "text"),
}


@pytest.mark.parametrize(("name", "data", "content_type", "kind"), KINDS.values(), ids=KINDS.keys())
def test_kind_of(name: str, data: bytes, content_type: str | None, kind: str) -> None:
    assert kind_of(name, data, content_type) == kind


@pytest.mark.slow
def test_collections_may_be_larger_than_single_documents() -> None:
    row = b'{"text": "Exports rose 3% in March, the ministry said on Monday."}\n'
    data = row * (MAX_BYTES // len(row) + 10)
    assert len(read_upload("archive.jsonl", data)) == len(data) // len(row)


def test_utf16_text_from_windows_editors_is_read() -> None:
    data = "Title\n\nFuel duty rose 5p, costing £1.2bn.".encode("utf-16")
    [article] = read_upload("note.txt", data)
    assert article.text == "Title\n\nFuel duty rose 5p, costing £1.2bn."


def test_read_upload_sniffs_an_upload_without_extension(tmp_path: Path) -> None:
    articles = read_upload("pasted", (PAGES / "article.html").read_bytes(), date=DAY)
    assert [a.source for a in articles] == ["The Harbour Courier"]


def test_url_host_is_the_source_when_nothing_else_says() -> None:
    data = b"A 5% rise in exports was reported on Monday by the ministry of trade."
    [article] = read_bytes(
        "page", data, content_type="text/plain", url="https://www.example.test/x"
    ).articles
    assert article.source == "example.test"
    assert article.url == "https://www.example.test/x"
