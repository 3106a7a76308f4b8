"""A claim's sentence as plain text with the figure marked, whole or cut to a window."""

from __future__ import annotations

import pytest

from claims.views.links import link_to_figure
from claims.views.sentence import is_headline, marked_sentence

LONG = (
    "In a statement released late on Wednesday evening, the ministry of finance said that "
    "spending on flood defences would reach £2.5bn over the next five years, far more than "
    "campaigners had expected and well beyond what the previous government had pledged."
)

MARK_CASES = [
    ("whole sentence", "Tariffs rose to 25%.", "25%", None, None, "Tariffs rose to «25%»."),
    ("whitespace collapsed", "About\n 40\ntonnes  left", "40", None, None,
     "About «40» tonnes left"),
    ("first occurrence", "5 of 5", "5", None, None, "«5» of 5"),
    ("offset picks the second", "5 of 5", "5", 5, None, "5 of «5»"),
    ("wrong offset falls back", "5 of 5", "5", 2, None, "«5» of 5"),
    ("not found: appended", "Five dead.", "5", None, None, "Five dead. — «5»"),
    ("markup stays text", "[x](javascript:1) :material/home: 3 <b>", "3", None, None,
     "[x](javascript:1) :material/home: «3» <b>"),
    ("window cut at words", LONG, "£2.5bn", None, (30, 40),
     "…flood defences would reach «£2.5bn» over the next five years, far more…"),
    ("short sides kept whole", "It cost £3.", "£3", None, (30, 40), "It cost «£3»."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "surface", "at", "window", "shown"),
    [c[1:] for c in MARK_CASES],
    ids=[c[0] for c in MARK_CASES],
)
def test_marked_sentence(sentence, surface, at, window, shown: str) -> None:
    assert marked_sentence(sentence, surface, at=at, window=window) == shown


def test_headline_is_said() -> None:
    assert marked_sentence("Tariff hits 25%", "25%", headline=True) == "Headline: Tariff hits «25%»"
    assert is_headline("Tariff hits  25%\n", "Tariff hits 25%")
    assert not is_headline("Tariff hits 25% today.", "Tariff hits 25%")
    assert not is_headline("", None)


LINK_CASES = [
    ("prefix words and figure", "https://ex.org/a", "The tariff rose to 25% on Monday.", "25%",
     "https://ex.org/a#:~:text=tariff%20rose%20to-,25%25"),
    ("only three words before", "https://ex.org/a", "Then in the end it was 5 more.", "5",
     "https://ex.org/a#:~:text=end%20it%20was-,5"),
    ("figure opens the sentence", "http://ex.org/a", "40,000 people fled.", "40,000 people",
     "http://ex.org/a#:~:text=40%2C000%20people"),
    ("dash and ampersand encoded", "https://ex.org/a", "R&D up 5-6%", "5-6%",
     "https://ex.org/a#:~:text=R%26D%20up-,5%2D6%25"),
    ("an existing fragment is kept", "https://ex.org/a#top", "It was 3.", "3",
     "https://ex.org/a#top:~:text=It%20was-,3"),
    ("no web address, no link", "javascript:alert(1)", "It was 3.", "3", ""),
    ("missing URL", None, "It was 3.", "3", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "sentence", "surface", "link"),
    [c[1:] for c in LINK_CASES],
    ids=[c[0] for c in LINK_CASES],
)
def test_link_to_figure(url, sentence: str, surface: str, link: str) -> None:
    assert link_to_figure(url, sentence, surface) == link
