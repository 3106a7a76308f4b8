"""How figures combine and are hedged: ranges, changes, conversions, qualifiers."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claim_lookup import claim_with_surface

from claims import extract


class RangeRow(NamedTuple):
    text: str
    surface: str
    low: float
    high: float
    unit: str | None


RANGES = [
    # Temperatures in decades (issue 11): the low 30s are 30-33, the mid 34-36, the high
    # 37-39; in the article's scale, else its country's (Celsius outside the US).
    RangeRow(
        "Environment Canada forecasts temperatures in the low 30s this week.",
        "the low 30s",
        30,
        33,
        "degree Celsius",
    ),
    RangeRow(
        "Overnight temperatures in Tokyo stayed in the high 20s.",
        "the high 20s",
        27,
        29,
        "degree Celsius",
    ),
    RangeRow(
        "It hit 104F on Monday; today it will be in the mid-80s.",
        "the mid-80s",
        84,
        86,
        "degree Fahrenheit",
    ),
    RangeRow(
        "Ohio temperatures will be in the upper 90s.", "the upper 90s", 97, 99, "degree Fahrenheit"
    ),
    RangeRow("Temperatures reached the low 40s.", "the low 40s", 40, 43, "degree"),
    RangeRow(
        "Between 62 and 68 per cent backed it.", "Between 62 and 68 per cent", 62, 68, "percent"
    ),
    RangeRow("Support was 62-68 per cent.", "62-68 per cent", 62, 68, "percent"),
    RangeRow("Turnout was 62 to 68 per cent.", "62 to 68 per cent", 62, 68, "percent"),
    RangeRow("It may cost $10 to $15 billion.", "$10 to $15 billion", 10e9, 15e9, "USD"),
    RangeRow("Prices rise between 5% and 6%.", "between 5% and 6%", 5, 6, "percent"),
    RangeRow(
        "Forecasts for growth range from 4.8 to 5.2 percent.",
        "from 4.8 to 5.2 percent",
        4.8,
        5.2,
        "percent",
    ),
    RangeRow("They work 40 to 50 hours a week.", "40 to 50 hours a week", 40, 50, "hour per week"),
    RangeRow(
        "Salaries of between $48,000 and $90,000 a year.",
        "between $48,000 and $90,000 a year",
        48e3,
        90e3,
        "USD per year",
    ),
    RangeRow(
        "It will take between one and three years.", "between one and three years", 1, 3, "year"
    ),
    RangeRow(
        "Homes from $750,000 to $1 million sold fast.",
        "from $750,000 to $1 million",
        750e3,
        1e6,
        "USD",
    ),
    RangeRow("It hit 2-3 million homes.", "2-3 million homes", 2e6, 3e6, "home"),
    RangeRow("The deal is worth $1-2 billion.", "$1-2 billion", 1e9, 2e9, "USD"),
    RangeRow("Prices will rise by 3-4% next year.", "3-4%", 3, 4, "percent"),
    RangeRow("Men aged 18 to 34 bet on sport.", "18 to 34", 18, 34, "year of age"),
    RangeRow("Jabs for ages 5 to 11 were approved.", "5 to 11", 5, 11, "year of age"),
    # A bare number before "to" and a unit is a range's start, even after a verb of change.
    RangeRow("Seas will rise 2 to 3 metres.", "2 to 3 metres", 2, 3, "metre"),
    RangeRow("Output grew 5 to 10 per cent.", "5 to 10 per cent", 5, 10, "percent"),
    RangeRow(
        "Four men aged between 24 and 41 were held.", "between 24 and 41", 24, 41, "year of age"
    ),
    RangeRow(
        "Flats from 450 sq ft up to 900 sq ft.",
        "from 450 sq ft up to 900 sq ft",
        450,
        900,
        "square foot",
    ),
    RangeRow("An 8- to 16-metre telescope.", "8- to 16-metre", 8, 16, "metre"),
    RangeRow(
        "Flats are priced from $120,000 to $300,000.",
        "from $120,000 to $300,000",
        120e3,
        300e3,
        "USD",
    ),
    RangeRow(
        "Sizes starting from 450 sq ft up to 900 sq ft.",
        "from 450 sq ft up to 900 sq ft",
        450,
        900,
        "square foot",
    ),
    # A rate after a range belongs to both ends, as it does after one figure ("$3,500 a month").
    RangeRow("Oil traded at $60-65 a barrel.", "$60-65 a barrel", 60, 65, "USD per barrel"),
    RangeRow(
        "Nurses earn £30,000 to £35,000 a year.",
        "£30,000 to £35,000 a year",
        30e3,
        35e3,
        "GBP per year",
    ),
]


# A year after "to" or a dash ends no range: it is when, not how much.
NOT_RANGES = [
    ("It will cost $331 billion to 2050.", ["$331 billion"]),
    ("Spending of £40bn to 2030 was agreed.", ["£40bn"]),
    ("Output rose 12% to 2024 levels.", ["12%"]),
    ("It trains 500 nurses a year to 2030.", ["500 nurses a year"]),
]


@pytest.mark.parametrize(("text", "surfaces"), NOT_RANGES, ids=lambda x: str(x)[:30])
def test_a_year_after_to_ends_no_range(text: str, surfaces: list[str]) -> None:
    claims = extract(text)
    assert [c.surface for c in claims] == surfaces
    assert all(c.low is None and c.high is None for c in claims)


@pytest.mark.parametrize("row", RANGES, ids=lambda r: r.surface)
def test_ranges(row: RangeRow) -> None:
    c = claim_with_surface(row.text, row.surface)
    assert (c.value, c.low, c.high, c.unit) == pytest.approx((row.low, row.low, row.high, row.unit))


class ChangeRow(NamedTuple):
    text: str
    claims: list[tuple[str, float, str | None, str | None]]  # surface, value, unit, direction


CHANGES = [
    ChangeRow(
        "The toll rose from 120 to 135 people.",
        [("120", 120, "person", None), ("135 people", 135, "person", "up")],
    ),
    ChangeRow(
        "The rate was cut from 5% to 4.5% in May.",
        [("5%", 5, "percent", None), ("4.5%", 4.5, "percent", "down")],
    ),
    ChangeRow(
        "He dropped from 208 pounds to 193 by June.",
        [("208 pounds", 208, "pound", None), ("193", 193, "pound", "down")],
    ),
    ChangeRow(
        "Heineken rose 18 sen to RM23.50 on Friday.",
        [("18 sen", 0.18, "MYR", "up"), ("RM23.50", 23.5, "MYR", "up")],
    ),
    ChangeRow(
        "The index rose 64.06 points to 4,577.10 on Monday.",
        [("64.06 points", 64.06, "point", "up"), ("4,577.10", 4577.10, "point", "up")],
    ),
    ChangeRow(
        "Shares rose 5% to 120 pence.",
        [("5%", 5, "percent", "up"), ("120 pence", 1.2, "GBP", "up")],
    ),
    ChangeRow(
        "The deficit increased by $43.6 billion to $419.2 billion.",
        [("$43.6 billion", 43.6e9, "USD", "up"), ("$419.2 billion", 419.2e9, "USD", "up")],
    ),
    # Verbs of a rate's pace: a slowdown or a pick-up is a change too.
    ChangeRow(
        "Growth is forecast to slow from 4.8 to 4.7 percent.",
        [("4.8", 4.8, "percent", None), ("4.7 percent", 4.7, "percent", "down")],
    ),
    ChangeRow(
        "Inflation eased from 3.1% to 2.9% in May.",
        [("3.1%", 3.1, "percent", None), ("2.9%", 2.9, "percent", "down")],
    ),
    ChangeRow(
        "Output accelerated from 1.2% to 2.0% last year.",
        [("1.2%", 1.2, "percent", None), ("2.0%", 2.0, "percent", "up")],
    ),
    ChangeRow(
        "Unemployment rebounded from 3.9% to 4.2%.",
        [("3.9%", 3.9, "percent", None), ("4.2%", 4.2, "percent", "up")],
    ),
]


@pytest.mark.parametrize("row", CHANGES, ids=lambda r: r.text)
def test_a_change_is_two_claims_not_a_range(row: ChangeRow) -> None:
    got = [(c.surface, c.value, c.unit, c.direction) for c in extract(row.text)]
    assert got == row.claims
    assert all(c.low is None for c in extract(row.text))


# A change into a range: the scale and unit written once belong to every figure.
CHANGES_TO_RANGES = [
    (
        "Turnover should rise from 12.5 to 20-22 billion euros.",
        [
            ("12.5", 12.5e9, None, None, "EUR", None),
            ("20-22 billion euros", 20e9, 20e9, 22e9, "EUR", "up"),
        ],
    ),
    (
        "Audiences grew from 1.2 to 1.5 million viewers.",
        [
            ("1.2", 1.2e6, None, None, "viewer", None),
            ("1.5 million viewers", 1.5e6, None, None, "viewer", "up"),
        ],
    ),
    (
        "Its stake fell from 40 to 25-30%.",
        [("40", 40, None, None, "percent", None), ("25-30%", 25, 25, 30, "percent", "down")],
    ),
]


@pytest.mark.parametrize(("text", "claims"), CHANGES_TO_RANGES, ids=lambda x: str(x)[:30])
def test_a_change_into_a_range_shares_its_scale_and_unit(text: str, claims: list) -> None:
    got = [(c.surface, c.value, c.low, c.high, c.unit, c.direction) for c in extract(text)]
    assert got == claims


class AlternativeRow(NamedTuple):
    text: str
    claims: list[tuple[str, float, str | None, str | None]]  # surface, value, unit, qualifier


# "X or Y" names two alternatives, not a range; each takes the unit, currency and scale
# written on the other, and the hedge written before both.
ALTERNATIVES = [
    AlternativeRow(
        "A coffee costs about 4 or $5 here.",
        [("about 4", 4, "USD", "approx"), ("$5", 5, "USD", "approx")],
    ),
    AlternativeRow(
        "Lunch costs seven or eight euros.",
        [("seven", 7, "EUR", None), ("eight euros", 8, "EUR", None)],
    ),
    AlternativeRow(
        "It took three or four years.",
        [("three", 3, "year", None), ("four years", 4, "year", None)],
    ),
    AlternativeRow(
        "The fine is £40 or 50 for a repeat.",
        [("£40", 40, "GBP", None), ("50", 50, "GBP", None)],
    ),
    AlternativeRow(
        "Output may fall by 2 or 3 million tonnes.",
        [("2", 2e6, "tonne", None), ("3 million tonnes", 3e6, "tonne", None)],
    ),
]


@pytest.mark.parametrize("row", ALTERNATIVES, ids=lambda r: r.text)
def test_alternatives_are_two_claims_sharing_unit_and_hedge(row: AlternativeRow) -> None:
    claims = extract(row.text)
    assert [(c.surface, c.value, c.unit, c.qualifier) for c in claims] == row.claims
    assert all(c.low is None and c.high is None for c in claims)


CONVERSIONS = [
    ("Sales hit $175 billion (£147 billion) last year.", ["$175 billion", "£147 billion"]),
    ("The robots measure 15.5 cm (6.1 inches) across.", ["15.5 cm", "6.1 inches"]),
    (
        "The moths fly more than 100 kilometres (60 miles).",
        ["more than 100 kilometres", "60 miles"],
    ),
]


@pytest.mark.parametrize(("text", "surfaces"), CONVERSIONS, ids=lambda x: str(x)[:30])
def test_a_parenthetical_conversion_is_two_positive_claims(text: str, surfaces: list[str]) -> None:
    claims = extract(text)
    assert [c.surface for c in claims] == surfaces
    assert all(c.value > 0 for c in claims)


class QualifierRow(NamedTuple):
    text: str
    surface: str
    qualifier: str | None


QUALIFIERS = [
    QualifierRow("Nearly 450,000 people fled.", "Nearly 450,000 people", "approx"),
    QualifierRow("It took about 40 minutes.", "about 40 minutes", "approx"),
    QualifierRow("Around 70 per cent voted.", "Around 70 per cent", "approx"),
    QualifierRow("Some 300 homes were lost.", "Some 300 homes", "approx"),
    QualifierRow("An estimated 2,000 people marched.", "An estimated 2,000 people", "approx"),
    QualifierRow("Almost 90% of stores shut.", "Almost 90%", "approx"),
    QualifierRow("He paid over £13m in bribes.", "over £13m", "more_than"),
    QualifierRow("It lost more than $30 billion.", "more than $30 billion", "more_than"),
    QualifierRow("Rents are above 3% higher.", "above 3%", "more_than"),
    QualifierRow("Fewer than 20 staff remain.", "Fewer than 20 staff", "less_than"),
    QualifierRow("It costs under $10 a gram.", "under $10 a gram", "less_than"),
    QualifierRow("Growth was below 1% again.", "below 1%", "less_than"),
    QualifierRow("At least 74 mph winds hit.", "At least 74 mph", "at_least"),
    QualifierRow(
        "Inflation of three per cent or higher is likely.", "three per cent or higher", "at_least"
    ),
    QualifierRow("Loans of 95% or more are back.", "95% or more", "at_least"),
    QualifierRow("It is at most 5 km away.", "at most 5 km", "at_most"),
    QualifierRow("No more than 12 people may meet.", "No more than 12 people", "at_most"),
    QualifierRow("Jets reach up to 400 metres per second.", "up to 400 metres per second", "up_to"),
    QualifierRow("Prices rose 5% over 10 years.", "10 years", None),
    QualifierRow("It will spend €800 billion over four years.", "four years", None),
    QualifierRow("He was jailed for over three years.", "over three years", "more_than"),
    QualifierRow("Growth will inch back up to 4.8 percent.", "4.8 percent", None),
    QualifierRow("The storm dumped up to 12 inches of rain.", "up to 12 inches", "up_to"),
    QualifierRow("Shares climbed up to 3% in early trade.", "3%", None),
    QualifierRow("Roughly 300 people came.", "Roughly 300 people", "approx"),
    QualifierRow("Close to 40 per cent voted.", "Close to 40 per cent", "approx"),
    QualifierRow("Just over 2,000 jobs went.", "Just over 2,000 jobs", "more_than"),
    QualifierRow("Just under 5% of votes.", "Just under 5%", "less_than"),
    QualifierRow("As many as 30 people died.", "As many as 30 people", "up_to"),
    QualifierRow("In excess of $5m was spent.", "In excess of $5m", "more_than"),
    QualifierRow("Upwards of 200 homes were hit.", "Upwards of 200 homes", "more_than"),
    QualifierRow("There were 40 or so cars.", "40 or so cars", "approx"),
    QualifierRow("People over 65 should get the jab.", "over 65", "more_than"),
    QualifierRow("The phone is priced from $999.", "priced from $999", "at_least"),
    QualifierRow(
        "Flats start at £250,000, starting at £250,000.", "starting at £250,000", "at_least"
    ),
    QualifierRow("Prices rose from $5 to $7.", "$5", None),
    QualifierRow("Some 40-odd workers left.", "Some 40-odd workers", "approx"),
    QualifierRow("The march drew 5,000-plus people.", "5,000-plus people", "at_least"),
    QualifierRow("It has well over 100 shops.", "well over 100 shops", "more_than"),
    QualifierRow("It lost a little under 2%.", "a little under 2%", "less_than"),
]


@pytest.mark.parametrize("row", QUALIFIERS, ids=lambda r: r.surface)
def test_qualifiers(row: QualifierRow) -> None:
    assert claim_with_surface(row.text, row.surface).qualifier == row.qualifier


DIRECTIONS = [
    ("Unemployment rose 12 per cent in March.", "12 per cent", "up"),
    ("The tariff was cut to 10 per cent.", "10 per cent", "down"),
    ("The firm employs 300 staff.", "300 staff", None),
    ("Revenue: $5.2bn (+12%)", "+12%", "up"),
    ("Shares: -3.2% on the day", "-3.2%", "down"),
    ("It was -5C overnight in Oslo.", "-5C", None),
]


@pytest.mark.parametrize(("text", "surface", "direction"), DIRECTIONS, ids=lambda x: str(x)[:30])
def test_directions(text: str, surface: str, direction: str | None) -> None:
    assert claim_with_surface(text, surface).direction == direction


ARTICLE = """Gaza toll passes 50,000

The health ministry said on Sunday that more than 50,000 people had been killed in Gaza.
About 113,000 were wounded, it said. Aid agencies said 2.42 tonnes of food arrived.

Officials in Canberra said Australia would give $42 million (£21m) in aid."""


def test_claims_carry_true_offsets_sentences_and_reading_order() -> None:
    claims = extract(ARTICLE)
    assert [c.surface for c in claims] == [
        "50,000",
        "more than 50,000 people",
        "About 113,000",
        "2.42 tonnes",
        "$42 million",
        "£21m",
    ]
    for c in claims:
        assert ARTICLE[c.start : c.end] == c.surface
        assert c.surface in c.sentence and c.sentence in ARTICLE
    assert claims[1].sentence.startswith("The health ministry")
    assert claims[-2].unit == "AUD"


# A bare count told by what happened to people measures that, whatever else is near.
PEOPLE_STATES = [
    ("The junta chief warned of more than 3,000 dead.", "more than 3,000", "dead"),
    ("The blast left 12 dead and 40 wounded.", "40", "wounded"),
]


def test_a_figure_never_measures_another_figure() -> None:
    claims = extract("The scheme will cost Rs 6.81 lakh crore over five years.")
    assert all(c.measured is None or "6.81" not in c.measured for c in claims)


@pytest.mark.parametrize(("text", "surface", "measured"), PEOPLE_STATES, ids=lambda x: str(x)[:30])
def test_a_count_of_people_measures_what_happened_to_them(
    text: str, surface: str, measured: str
) -> None:
    c = claim_with_surface(text, surface)
    assert (c.unit, c.measured) == ("person", measured)
