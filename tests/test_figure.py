"""Figures as a reader writes them: exact, hedged, bounded, with a human unit."""

from __future__ import annotations

import math

import pytest

from claims.views.figure import figure_text, number_text, unit_words

# (name, value, unit, qualifier, low, high, as shown)
FIGURE_CASES = [
    # The issue's own examples.
    ("exact count, plural noun", 46707.0, "person", None, None, None, "46,707 people"),
    ("dollars to the tenth of a cent", 1.354, "USD", None, None, None, "$1.354"),
    ("hedged pounds", 5460.0, "GBP", "approx", None, None, "~£5,460"),
    ("range with plural unit", 10.0, "tonne", None, 10.0, 12.0, "10–12 tonnes"),
    ("small count", 3.0, "institution", None, None, None, "3 institutions"),
    ("millions of pounds", 13e6, "GBP", None, None, None, "£13m"),
    # Scale words only while they keep the figure exact.
    ("billions", 2.5e9, "USD", None, None, None, "$2.5bn"),
    ("trillions", 1.4e12, "GBP", None, None, None, "£1.4tn"),
    ("three decimals of a scale", 1.354e9, "EUR", None, None, None, "€1.354bn"),
    ("not round in millions", 1234567.0, "person", None, None, None, "1,234,567 people"),
    ("below a million stays whole", 450000.0, "person", None, None, None, "450,000 people"),
    # Hedges.
    ("more than", 13e6, "GBP", "more_than", None, None, ">£13m"),
    ("less than", 400.0, "spacecraft", "less_than", None, None, "<400 spacecraft"),
    ("at least", 80.0, "person", "at_least", None, None, "≥80 people"),
    ("at most", 5.0, "percent", "at_most", None, None, "≤5%"),
    ("up to", 30000.0, "job", "up_to", None, None, "≤30,000 jobs"),
    ("hedged range", 20.0, "person", "approx", 20.0, 30.0, "~20–30 people"),
    # Units.
    ("percent sign", 39.4, "percent", None, None, None, "39.4%"),
    ("percentage points", 1.3, "percentage point", None, None, None, "1.3 percentage points"),
    ("one is singular", 1.0, "satellite", None, None, None, "1 satellite"),
    ("a fraction is plural", 0.5, "tonne", None, None, None, "0.5 tonnes"),
    ("rate: head of the unit is plural", 411000.0, "barrel per day", None, None, None,
     "411,000 barrels per day"),
    ("money rate", 1.326, "GBP per litre", None, None, None, "£1.326 per litre"),
    ("cents shown in full", 58.4, "USD per barrel", None, None, None, "$58.40 per barrel"),
    ("pence as pounds", 0.5, "GBP", None, None, None, "£0.50"),
    ("Australian dollars", 116e9, "AUD", "at_least", None, None, "≥A$116bn"),
    ("code without an English sign", 5000.0, "NPR", None, None, None, "NPR 5,000"),
    ("negative money", -5.0, "USD", None, None, None, "-$5"),
    ("already plural", 3.0, "times", "more_than", None, None, ">3 times"),
    ("invariant noun", 118.0, "staff", None, None, None, "118 staff"),
    ("irregular plural", 12.0, "child", None, None, None, "12 children"),
    ("compound with of", 46.0, "year of age", None, None, None, "46 years of age"),
    ("temperature", 41.0, "degree Celsius", None, None, None, "41°C"),
    ("magnitude comes first", 7.7, "magnitude", None, None, None, "magnitude 7.7"),
    ("no unit", 2.0, None, "approx", None, None, "~2"),
    ("NaN unit is no unit", 7.0, math.nan, None, None, None, "7"),
    # Ranges.
    ("money range sharing a scale", 1.5e9, "GBP", None, 1.5e9, 2e9, "£1.5–2bn"),
    ("money range across scales", 5e5, "GBP", None, 5e5, 2e6, "£500,000–£2m"),
    ("percent range", 62.0, "percent", None, 62.0, 68.0, "62–68%"),
    ("money rate range", 155.0, "AUD per megawatt hour", None, 155.0, 252.0,
     "A$155–252 per megawatt hour"),
    ("equal bounds are one figure", 4.0, "tonne", None, 4.0, 4.0, "4 tonnes"),
    ("NaN bounds are no range", 4.0, "tonne", None, math.nan, math.nan, "4 tonnes"),
    # Missing value.
    ("missing value", math.nan, "tonne", None, None, None, ""),
    ("no value at all", None, "tonne", None, None, None, ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "low", "high", "shown"),
    [c[1:] for c in FIGURE_CASES],
    ids=[c[0] for c in FIGURE_CASES],
)
def test_figure_text(value, unit, qualifier, low, high, shown: str) -> None:
    assert figure_text(value, unit, qualifier=qualifier, low=low, high=high) == shown


NUMBER_CASES = [
    ("whole", 46707.0, "46,707"),
    ("decimal kept exact", 1.354, "1.354"),
    ("tiny decimal, no exponent", 0.00012, "0.00012"),
    ("huge, not round", 1.23456789e15, "1,234,567,890,000,000"),
    ("round huge", 3e15, "3,000tn"),
    ("negative millions", -4e6, "-4m"),
]


@pytest.mark.parametrize(
    ("value", "text"), [c[1:] for c in NUMBER_CASES], ids=[c[0] for c in NUMBER_CASES]
)
def test_number_text(value: float, text: str) -> None:
    assert number_text(value) == text


UNIT_WORD_CASES = [
    ("percent", "percent", "%"),
    ("currency with its sign", "USD", "$ (USD)"),
    ("currency rate", "GBP per litre", "£ per litre (GBP)"),
    ("currency without a sign", "NPR", "NPR"),
    ("counted noun, plural", "person", "people"),
    ("unit, plural", "barrel per day", "barrels per day"),
    ("magnitude", "magnitude", "magnitude"),
]


@pytest.mark.parametrize(
    ("unit", "words"), [c[1:] for c in UNIT_WORD_CASES], ids=[c[0] for c in UNIT_WORD_CASES]
)
def test_unit_words(unit: str, words: str) -> None:
    assert unit_words(unit) == words
