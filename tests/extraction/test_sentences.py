"""Sentence splitting: the plain cases (`SENTENCE_SPLITS`), then what news text throws
at it (`SPLITS`); a "sentence" too long to read at once, cut in pieces (`CUTS`).

Pins `claims/extraction/sentences.py`. The megabyte of abbreviations and runs of dots
is in tests/test_context.py with the other hostile inputs.
"""

from __future__ import annotations

import pytest

from claims.extraction.sentences import cut_long, split_sentences

# (text, expected sentences)
SENTENCE_SPLITS = [
    ("Prices rose. Wages fell.", ["Prices rose.", "Wages fell."]),
    ("Mr. Smith paid $3.5m. The deal closed.", ["Mr. Smith paid $3.5m.", "The deal closed."]),
    (
        "Exports to the U.S. Treasury rose 3.5 per cent.",
        ["Exports to the U.S. Treasury rose 3.5 per cent."],
    ),
    (
        "It sold weapons to the U.S. The deal was big.",
        ["It sold weapons to the U.S.", "The deal was big."],
    ),
    ("He lives at No. 10 Downing St. with staff.", ["He lives at No. 10 Downing St. with staff."]),
    ("Costs, e.g. fuel, rose. Fares did too.", ["Costs, e.g. fuel, rose.", "Fares did too."]),
    ("Costs rose by 3... Then they fell.", ["Costs rose by 3... Then they fell."]),
    ("Costs rose by 3… Then they fell.", ["Costs rose by 3… Then they fell."]),
    ("J. K. Rowling sold 500m books.", ["J. K. Rowling sold 500m books."]),
    ('He said "we will win." Then he left.', ['He said "we will win."', "Then he left."]),
    ("He said “we won.” Then he left.", ["He said “we won.”", "Then he left."]),
    ("(It fell 3%.) Then it rose.", ["(It fell 3%.)", "Then it rose."]),
    ("Tariffs hit 25%! Really? Yes.", ["Tariffs hit 25%!", "Really?", "Yes."]),
    ("Deaths rose to 45. 12 were children.", ["Deaths rose to 45.", "12 were children."]),
    ("It cost £5m. £2m was spent.", ["It cost £5m.", "£2m was spent."]),
    ("Apple Inc. said sales rose.", ["Apple Inc. said sales rose."]),
    (
        "It was bought by Apple Inc. The price was secret.",
        ["It was bought by Apple Inc.", "The price was secret."],
    ),
    ("Tariffs rise\nThe government said so.", ["Tariffs rise", "The government said so."]),
    ("The tariff will\nrise to 25 per cent.", ["The tariff will\nrise to 25 per cent."]),
    (
        "It followed the decision by\nPresident Trump to act.",
        ["It followed the decision by\nPresident Trump to act."],
    ),
    (
        "Tariffs rise on steel\nPresident Trump acts",
        ["Tariffs rise on steel", "President Trump acts"],
    ),
    ("First paragraph\n\nsecond paragraph", ["First paragraph", "second paragraph"]),
    ("title: Tariffs rise\nsource: Wire", ["title: Tariffs rise", "source: Wire"]),
    ("  Leading space. \n\n  ", ["Leading space."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_SPLITS)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


SPLITS = [
    # An abbreviation that stands before a number ends a sentence when no number follows.
    ("He scored 2 goals, cf. 3 last year.", ["He scored 2 goals, cf. 3 last year."]),
    ("See pp. 12-14 for 40 cases.", ["See pp. 12-14 for 40 cases."]),
    ("It lives at No. 10 with 3 cats.", ["It lives at No. 10 with 3 cats."]),
    ("The hoard held c. 400 coins.", ["The hoard held c. 400 coins."]),
    ("The site is ca. 3,000 years old.", ["The site is ca. 3,000 years old."]),
    (
        "Asked about a cut, he said no. The rate stays at 5%.",
        ["Asked about a cut, he said no.", "The rate stays at 5%."],
    ),
    ("Sales fell 3% on Jan. 6 in 40 stores.", ["Sales fell 3% on Jan. 6 in 40 stores."]),
    (
        "Prices rose 2% in Sept. Analysts had expected 3%.",
        ["Prices rose 2% in Sept.", "Analysts had expected 3%."],
    ),
    # A currency abbreviated with a full stop stands before its amount.
    ("The state spent Rs. 1,500 crore on roads.", ["The state spent Rs. 1,500 crore on roads."]),
    ("Fees rose to Ksh. 2,000 a term.", ["Fees rose to Ksh. 2,000 a term."]),
    # Scraped text loses the space after a full stop.
    (
        "Growth hit 3% in Q3.Exports fell 2% in the period.",
        ["Growth hit 3% in Q3.", "Exports fell 2% in the period."],
    ),
    ("Sales rose 4%.The euro fell.", ["Sales rose 4%.", "The euro fell."]),
    ("Shares in Amazon.com rose 2%.", ["Shares in Amazon.com rose 2%."]),
    ("Mr.Smith paid $5m to the U.S.Treasury.", ["Mr.Smith paid $5m to the U.S.Treasury."]),
    ("It weighs 3.5 kg.", ["It weighs 3.5 kg."]),
    # Windows line ends and Unicode separators break lines as "\n" does.
    (
        "Growth was 3%\r\nin May, up from\r\n2% in April.",
        ["Growth was 3%\r\nin May, up from\r\n2% in April."],
    ),
    ("Sales rose 3%.\r\n\r\nCosts fell 2%.", ["Sales rose 3%.", "Costs fell 2%."]),
    ("Sales Up 3%\u2029Costs fell 2% in May.", ["Sales Up 3%", "Costs fell 2% in May."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=lambda x: str(x)[:40])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# (text, most characters a piece, expected pieces): a "sentence" of more than ``most``
# characters is cut after its last blank before each limit, hard in an endless word.
CUTS = {
    "short enough: whole": ("paid $4m and 12% more", 30, ["paid $4m and 12% more"]),
    "after the last space before the limit": (
        "paid $4m and 12% more to the 3 firms",
        20,
        ["paid $4m and 12%", "more to the 3 firms"],
    ),
    "after a line break": ("aaaa bbbb\ncccc dddd", 12, ["aaaa bbbb", "cccc dddd"]),
    "hard, in one endless word": ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    "a run of blanks leaves no empty piece": ("aaaa" + " " * 20 + "bbbb", 8, ["aaaa", "bbbb"]),
}


@pytest.mark.parametrize(("text", "most", "expected"), CUTS.values(), ids=CUTS.keys())
def test_cut_long(text: str, most: int, expected: list[str]) -> None:
    pieces = cut_long(text, 0, len(text), most)
    assert [text[s:e] for s, e in pieces] == expected
    assert all(e - s <= most for s, e in pieces)


def test_cut_long_keeps_offsets_from_a_later_start() -> None:
    text = "Prices rose. " + "the 3 firms paid $4m " * 10
    start = text.index("the")
    pieces = cut_long(text, start, len(text) - 1, 50)
    assert pieces[0][0] == start
    assert " ".join(text[s:e] for s, e in pieces) == text[start:].strip()


# The dotted signs of the article's money stand before their amount (unseen11: "Nu. 4.6
# billion" in a Bhutanese story); elsewhere, or before a word, the full stop ends.
SIGNED_SPLITS = [
    ("It earned Nu. 4.6 billion.", frozenset(["Nu"]), ["It earned Nu. 4.6 billion."]),
    ("Pay Bs. 3,200 a month.", frozenset(["Bs"]), ["Pay Bs. 3,200 a month."]),
    ("It earned Nu. 4.6 billion.", frozenset(), ["It earned Nu.", "4.6 billion."]),
    ("They met Nu. The fund rose 3%.", frozenset(["Nu"]), ["They met Nu.", "The fund rose 3%."]),
]


@pytest.mark.parametrize(("text", "signs", "expected"), SIGNED_SPLITS, ids=lambda x: str(x)[:40])
def test_split_sentences_with_the_articles_signs(
    text: str, signs: frozenset[str], expected: list[str]
) -> None:
    assert [text[s:e] for s, e in split_sentences(text, signs)] == expected
