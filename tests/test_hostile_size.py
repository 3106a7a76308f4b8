"""No input blows up the store: each sentence is stored once, each article's claims bounded.

A 100 KB text without full stops once gave 6,522 claims, each storing the whole text
as its sentence: a 655 MB store, and a dashboard that could not send its table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import Article, Store, ingest, ingest_articles
from claims.cli import main
from claims.excerpt import EXCERPT_CHARS
from claims.ingestion.limits import (
    CHARS_PER_CLAIM,
    MAX_CLAIMS,
    SLICE_CHARS,
    claim_limit,
    extract_within_limit,
    keep_within_limit,
    slice_end,
)

# Text without a digit: the extractor only scans it, so long texts stay fast to read.
FILLER = "the council met again and talked at length about the harbour wall "  # 67 characters
DENSE = "the 3 firms paid $4m and 12% more "  # 3 figures in 34 characters, no full stop

LIMITS = {
    "an empty text keeps none but may keep one": ("", 1),
    "a headline of figures": ("5% 6% 7%", 1),
    "one per 20 characters": ("x" * 800, 40),
    "never more than the maximum": ("x" * (CHARS_PER_CLAIM * MAX_CLAIMS * 3), MAX_CLAIMS),
}


@pytest.mark.parametrize(("text", "limit"), LIMITS.values(), ids=LIMITS.keys())
def test_claim_limit(text: str, limit: int) -> None:
    assert claim_limit(text) == limit


SLICE_ENDS = {
    "a short text is one slice": ("word " * 10, 0, 50),
    "at a paragraph break": (
        "a" * 60_000 + "\n\n" + "b" * 30_000 + "\n" + "c" * 30_000,
        0,
        60_002,
    ),
    "at a line break when no paragraph ends late enough": (
        "a" * 30_000 + "\n\n" + "b" * 40_000 + "\n" + "c" * 50_000,
        0,
        70_003,
    ),
    "at a sentence end": ("a" * 80_000 + ". " + "b" * 50_000, 0, 80_002),
    "at a space": ("a" * 90_000 + " " + "b" * 50_000, 0, 90_001),
    "hard, in one endless word": ("a" * 150_000, 0, SLICE_CHARS),
    "from a later start": ("a" * 150_000 + " " + "b" * 100_000, 100_000, 150_001),
}


@pytest.mark.parametrize(("text", "start", "end"), SLICE_ENDS.values(), ids=SLICE_ENDS.keys())
def test_slice_end(text: str, start: int, end: int) -> None:
    assert slice_end(text, start) == end


def test_a_long_text_is_read_in_slices_with_true_offsets() -> None:
    paragraph = FILLER * 400  # 26,800 characters
    parts = [paragraph + f"Exports rose {n}% in the year.\n\n" for n in range(1, 9)]
    text = "".join(parts)
    assert len(text) > 2 * SLICE_CHARS
    claims = extract_within_limit(text)
    assert [c.value for c in claims] == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.surface
        assert claim.sentence in text


def test_keep_within_limit_keeps_the_first_claims_and_says_where_reading_stopped() -> None:
    text = " ".join(f"{n}%" for n in range(10, 30))  # 79 characters: 3 claims at most
    claims = extract_within_limit(text)
    assert len(claims) == 4  # one more than the limit: some were left out
    kept, note = keep_within_limit(text, claims)
    assert [c.surface for c in kept] == ["10%", "11%", "12%"]
    assert note == (
        "kept its first 3 claims (one per 20 characters of text: a denser text is a table); "
        "the text after character 11 of 79 was not read for claims"
    )
    assert keep_within_limit("Up 5%.", claims[:1]) == (claims[:1], None)


def test_many_dense_articles_keep_the_store_small(tmp_path: Path) -> None:
    rates = (" ".join(f"{n + i}%" for i in range(8)) for n in range(100, 400))
    articles = [Article(text=f"Rates: {figures}") for figures in rates]
    with Store(tmp_path / "c.db") as store:
        report = ingest_articles(articles, store)
        assert report.added == 300
        assert store.counts()[1] == 300 * 2  # 46 characters each: 2 claims kept of 8
        assert len(report.notes) == 300
    text = sum(len(a.text) for a in articles)
    assert (tmp_path / "c.db").stat().st_size < 20 * text


def test_the_cli_warns_when_an_articles_claims_were_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "rates.txt"
    page.write_text("Rates\n\n" + " ".join(f"{n}%" for n in range(10, 30)) + "\n")
    assert main(["ingest", str(page), "--db", str(tmp_path / "c.db")]) == 0
    out, err = capsys.readouterr()
    assert err == (
        f"claims: warning: {page}: kept its first 4 claims (one per 20 characters of text: "
        "a denser text is a table); the text after character 22 of 86 was not read for claims\n"
    )
    assert out.startswith("1 article added")


@pytest.mark.slow
def test_200_kb_without_a_full_stop_makes_a_small_store(tmp_path: Path) -> None:
    page = tmp_path / "table.txt"
    page.write_text((DENSE * 6000)[:200_000])
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(page)], store)
        assert report.added == 1
        assert store.counts()[1] == MAX_CLAIMS
        [(_, note)] = report.notes
        assert note == (
            f"kept its first {MAX_CLAIMS:,} claims (the most one article keeps); "
            "the text after character 56,664 of 199,999 was not read for claims"
        )
        sentences = store.claims_frame()["sentence"]
    assert sentences.str.len().max() <= EXCERPT_CHARS
    assert (tmp_path / "c.db").stat().st_size < 20 * page.stat().st_size
