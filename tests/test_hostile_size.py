"""No input blows up the store: each sentence is stored once, each article's claims bounded.

A 100 KB text without full stops once gave 6,522 claims, each storing the whole text
as its sentence: a 655 MB store, and a dashboard that could not send its table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import Article, Store, extract, ingest, ingest_articles
from claims.cli import main
from claims.excerpt import EXCERPT_CHARS
from claims.ingestion.limits import (
    CHARS_PER_CLAIM,
    FREE_CLAIMS,
    MAX_CLAIMS,
    ClaimBudget,
    extract_within_limit,
)

# Text without a digit: the extractor only scans it, so long texts stay fast to read.
FILLER = "the council met again and talked at length about the harbour wall "  # 67 characters
DENSE = "the 3 firms paid $4m and 12% more "  # 3 figures in 34 characters, no full stop


def test_a_long_text_is_read_in_windows_with_true_offsets() -> None:
    paragraph = FILLER * 400  # 26,800 characters without a full stop: read in pieces
    parts = [paragraph + f"Exports rose {n}% in the year.\n\n" for n in range(1, 9)]
    text = "".join(parts)
    claims = extract_within_limit(text).claims
    assert [c.value for c in claims] == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.surface
        assert claim.sentence in text


def test_an_ingest_keeps_free_claims_and_one_per_25_characters() -> None:
    budget = ClaimBudget()
    ordinary = (FILLER + "Exports rose 4% to $12bn. ") * 20  # 1,860 characters, 40 claims
    table = " ".join(f"{n}%" for n in range(100, 300))  # 999 characters, 200 claims
    claims = extract(ordinary)
    assert budget.keep(ordinary, claims) == (claims, None)
    allowed = FREE_CLAIMS + (len(ordinary) + len(table)) // CHARS_PER_CLAIM - len(claims)
    kept, note = budget.keep(table, extract_within_limit(table).claims)
    assert [c.surface for c in kept] == [f"{n}%" for n in range(100, 100 + allowed)]
    assert note == (
        f"kept its first {allowed} claims (an ingest keeps 100 claims and one per 25 "
        "characters of its text: a denser text is a table of numbers); the text after "
        f"character {kept[-1].end} of 999 was not read for claims"
    )


def test_many_dense_articles_keep_the_store_small(tmp_path: Path) -> None:
    rates = (" ".join(f"{n + i}%" for i in range(8)) for n in range(100, 400))
    articles = [Article(text=f"Rates: {figures}") for figures in rates]
    text = sum(len(a.text) for a in articles)
    with Store(tmp_path / "c.db") as store:
        report = ingest_articles(articles, store)
        assert report.added == 300
        assert store.counts()[1] == FREE_CLAIMS + text // CHARS_PER_CLAIM
        # The first articles fit the free claims whole; the rest keep what the text allows.
        assert 250 < len(report.notes) < 300
        assert all(note.startswith("kept its first") for _, note in report.notes)


def test_the_cli_warns_when_an_articles_claims_were_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "rates.txt"
    page.write_text("Rates\n\n" + " ".join(f"{n}%" for n in range(100, 300)) + "\n")
    assert main(["ingest", str(page), "--db", str(tmp_path / "c.db")]) == 0
    out, err = capsys.readouterr()
    assert err == (
        f"claims: warning: {page}: kept its first 140 claims (an ingest keeps 100 claims and "
        "one per 25 characters of its text: a denser text is a table of numbers); "
        "the text after character 706 of 1,006 was not read for claims\n"
    )
    assert out.startswith("1 article added")


@pytest.mark.slow
def test_200_kb_without_a_full_stop_makes_a_small_store(tmp_path: Path) -> None:
    page = tmp_path / "table.txt"
    page.write_text((DENSE * 6000)[:200_000])
    with Store(tmp_path / "c.db") as store:
        # Time enough to parse it all on a loaded machine: this test is of sizes; a parse
        # cut short for lack of time adds its own note (test_hostile_parse).
        report = ingest([str(page)], store, time_limit=600)
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
