"""What a reader is told about odd input: one clear line, the right line number, nothing
changed in silence (a text not in UTF-8 is read and said so)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pageserver import serve_pages

from claims import Store, ingest
from claims.ingestion.formats import markdown_to_text, read_bytes
from claims.ingestion.ingest import read_input
from claims.ingestion.reading import MAX_BYTES, ReadError

NESTED = (
    b"<html><head><title>Deep page</title><script>var figures = [1, 2];</script></head><body>"
    + b"<div>" * 5000
    + b"<p>Prices rose 5% in May, the statistics office said on Tuesday.</p>"
    + b"</div>" * 5000
    + b"</body></html>"
)

# name, bytes -> (texts read, problems, notes)
READINGS = {
    "a bad CSV row named by its own line": (
        "a.csv",
        b'text\nPrices rose 3%.\n"' + b"x" * 140_000 + b'"\nWages rose 2%.\n',
        (
            ["Prices rose 3%.", "Wages rose 2%."],
            [("a.csv:3", "bad CSV (field larger than field limit (131072))")],
            [],
        ),
    ),
    "a multi-line CSV row named by its first line": (
        "a.csv",
        b'text,title\n"Prices rose\n3% in May.",A\n,B\nWages rose 2%.,C\n',
        (["Prices rose\n3% in May.", "Wages rose 2%."], [("a.csv:4", "no text")], []),
    ),
    "JSON text that is not a string": (
        "a.jsonl",
        b'{"text": 12345}\n{"text": {"body": "x"}}\n{"text": ["a"]}\n{"text": "Up 3%."}\n',
        (
            ["Up 3%."],
            [
                ("a.jsonl:1", "text is not a string but a number"),
                ("a.jsonl:2", "text is not a string but an object"),
                ("a.jsonl:3", "text is not a string but a list"),
            ],
            [],
        ),
    ),
    "Windows-1252 text": (
        "a.txt",
        "Costs rose to £5m – a “record”.".encode("cp1252"),
        (
            ["Costs rose to £5m – a “record”."],
            [],
            [("a.txt", "not UTF-8 (byte 0xa3 at offset 14): read as Windows-1252")],
        ),
    ),
    "Latin-1 text Windows-1252 leaves undefined": (
        "a.csv",
        "text\nCosts \x81rose to £5m.\n".encode("latin-1"),
        (
            ["Costs \x81rose to £5m."],
            [],
            [("a.csv", "not UTF-8 (byte 0x81 at offset 11): read as Latin-1")],
        ),
    ),
    "HTML nested deeper than a tree parser reads": (
        "deep.html",
        NESTED,
        (
            ["Prices rose 5% in May, the statistics office said on Tuesday."],
            [],
            [
                (
                    "deep.html",
                    "the page nests 5,003 elements deep, too deep to tell its article from "
                    "its menus: all its text was read",
                )
            ],
        ),
    ),
}


@pytest.mark.parametrize(("name", "data", "read"), READINGS.values(), ids=READINGS.keys())
def test_what_a_reading_says(name: str, data: bytes, read: tuple) -> None:
    reading = read_bytes(name, data)
    assert ([a.text for a in reading.articles], reading.problems, reading.notes) == read


REFUSALS = {
    "one byte over the limit": ("a.txt", b"x" * (MAX_BYTES + 1), "too large (more than 10 MB)"),
    "well over the limit": ("a.txt", b"x" * (12 * 1024 * 1024), "too large (12 MB > 10 MB)"),
    "a shallow page without an article": (
        "a.html",
        b"<html><body><nav>Home News</nav></body></html>",
        "no article text found in the page",
    ),
}


@pytest.mark.parametrize(("name", "data", "reason"), REFUSALS.values(), ids=REFUSALS.keys())
def test_refusals(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(name, data)
    assert str(caught.value) == reason


def test_standard_input_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"word " * (MAX_BYTES // 5 + 1)))
    monkeypatch.setattr(sys, "stdin", stdin)
    with pytest.raises(ReadError, match=r"^too large \(more than 10 MB\)$"):
        read_input("-")


MARKDOWN = {
    "a javascript link": ("[md link](javascript:alert(6)) rose 5%", "md link rose 5%"),
    "a link with parentheses": ("[Wiki](https://w.org/a_(b)) says 3%", "Wiki says 3%"),
    "an image with parentheses": ("![chart](c(1).png) Up 4%", " Up 4%"),
    "a plain link": ("[BBC](https://bbc.co.uk) reported 7%", "BBC reported 7%"),
}


@pytest.mark.parametrize(("markdown", "text"), MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_links_leave_no_stray_parenthesis(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve_pages() as url:
        yield url


def test_a_declared_charset_is_honoured(base: str, tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        report = ingest([f"{base}/latin-1"], store)
        (text,) = [store.article(aid).text for aid in store.article_ids()]
    assert (report.failed, report.notes) == ([], [])
    assert text == "Costs rose to £5m, up 12% on the year, the council said."


def test_a_windows_file_is_stored_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "council.txt"
    page.write_bytes("Costs rose to £5m, up 12% on the year.".encode("cp1252"))
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": 12345}) + "\n" + json.dumps({"text": "Up 3%."}) + "\n")
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(page), str(rows)], store)
    assert report.added == 2
    assert report.failed == [(f"{rows}:1", "text is not a string but a number")]
    assert report.notes == [(str(page), "not UTF-8 (byte 0xa3 at offset 14): read as Windows-1252")]
