"""`extract` never raises on any string, and its claims always point into the text."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import Claim, extract
from claims.extraction.scope.syntax import sentence_before

# Text that looks like news figures, so the property test reaches deep into the rules.
_PIECES = st.sampled_from(
    [
        "$",
        "£",
        "€",
        "US$",
        "HK $",
        "Rs",
        "-",
        "–",
        "(",
        ")",
        "%",
        " per cent",
        " percentage points",
        "m",
        "bn",
        " million",
        " lakh",
        " to ",
        " and ",
        "between ",
        "from ",
        "rose ",
        "nearly ",
        "more than ",
        " or more",
        "half a ",
        "two-thirds",
        "twenty-five",
        " people",
        " tonnes",
        "-year-old",
        "10.45pm",
        "Covid-19",
        "S&P 500",
        ". ",
        "\n\n",
        ",",
        ".",
        "/",
        ":",
        "1",
        "12",
        "2019",
        "3.5",
        "1,200",
        "\x00",
        "\u202e",
        "٣",
        "½",
        "'",
        '"',
        "Y=",
        " or ",
        "-billion",
        "Seven",
    ]
)
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join)
# Any code point at all, lone surrogates included (JSON can carry them), and the digits,
# signs and invisible characters of other scripts and keyboards.
_ANY_CHARACTER = st.characters(exclude_categories=[])
_ODD_DIGITS = st.sampled_from(
    ["١٢", "٪", "٫", "٬", "５０", "％", "\u200b", "\ufeff", "¾", "2½", "e-999", "×10^999", "e+9999"]
)
# Runs of digits past Python's limit for converting them to an int (4,300).
_DIGIT_RUNS = st.integers(min_value=4290, max_value=4400).map("1".__mul__)
ODD = st.lists(
    st.one_of(_PIECES, _ODD_DIGITS, _DIGIT_RUNS, st.text(_ANY_CHARACTER, max_size=5)), max_size=12
).map("".join)


def check_claims(text: str, claims: list[Claim]) -> None:
    previous = -1
    for c in claims:
        assert text[c.start : c.end] == c.surface
        assert c.surface and c.surface in c.sentence
        assert math.isfinite(c.value)
        assert all(v is None or math.isfinite(v) for v in (c.low, c.high))
        assert c.start >= previous  # reading order
        previous = c.start


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), NEWSY))
def test_extract_never_raises_and_claims_point_into_the_text(text: str) -> None:
    check_claims(text, extract(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(_ANY_CHARACTER, max_size=200), ODD))
def test_extract_never_raises_on_any_str(text: str) -> None:
    """Surrogates, digits of any script, runs past the int limit, exponents past floats."""
    check_claims(text, extract(text))


# Each of these raised out of `extract` once.
CRASHERS = {
    "4,301 digits (int's limit)": "1" * 4301,
    "4,301 digits after a name": "Senard, " + "1" * 4301 + ", said",
    "a power of ten past floating point": "The mass is 1.99×10^999 kg.",
    "a lone surrogate": "\ud800",
    "a lone surrogate beside a figure": "Sales \udfff rose 5% to $3m.",
    "a lone surrogate in the title": "Sales rose 5%.",
}


@pytest.mark.parametrize("text", CRASHERS.values(), ids=CRASHERS.keys())
def test_inputs_that_once_raised(text: str) -> None:
    check_claims(text, extract(text, title="\udc80 headline"))


HOSTILE = {
    "20,000 digits": "The figure was " + "9" * 20_000 + " dollars.",
    "20,000 digits with a currency": "$" + "1" * 20_000 + "bn",
    "5,000 nested parentheses": "(" * 5000 + "5 tonnes" + ")" * 5000,
    "NUL and bidi characters": "Sales rose \x00 12\u202e% to \u2066$3m\u2069 \x00 in 2019.",
    "only separators": ",,,,....----////" * 500,
    "a long run of number words": "one two three four five " * 2000,
    "number words without a full stop": "group of seven " * 4000,
    "feet and inches in quotes": "'6'11\" and 7' \"12\"' " * 2000,
    "1 MB without a full stop": ("word " * 999 + "paid $4m ") * 200,
    "1 MB of short sentences": "The sky is blue today. " * 44_000 + "It cost 5 tonnes.",
    "100,000 characters dense with figures": ("The 3 firms paid $4m and 12% more " * 3000)[
        :100_000
    ],
}


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_finishes_with_valid_claims(text: str) -> None:
    check_claims(text, extract(text))


def test_a_huge_number_is_not_a_claim_with_an_infinite_value() -> None:
    assert extract("It cost $" + "9" * 400 + " in total.") == []


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Prices rose in Lima. Rents fell 3%.", "Prices rose in Lima."),
        ("Rents fell 3%.", ""),
        ("Prices rose in Lima.\nRents fell 3%.", ""),
        # a "sentence" longer than any sentence carries nothing over
        ("word " * 1000 + "paid $4m. Rents fell 3%.", ""),
        ("word " * 1000 + "in Lima. Prices rose in Lima. Rents fell 3%.", "Prices rose in Lima."),
    ],
    ids=["one before", "first", "paragraph", "page without stops", "long paragraph"],
)
def test_the_sentence_before_is_a_sentence(text: str, before: str) -> None:
    assert sentence_before(text, text.index("Rents")) == before
