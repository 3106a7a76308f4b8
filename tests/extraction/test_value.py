"""The value of a claim: numbers, scale words, ranges, changes, alternatives and
measures written in several units.

Pins `claims/extraction/figures/numbers.py` (digits, number words, fractions, scales),
`claims/extraction/figures/reading.py` and `claims/extraction/figures/joining.py`
(ranges, changes, alternatives, conversions); vocabulary from
`claims/extraction/vocabulary/numbers.py`. Every table is checked through `extract`,
the whole pipeline. `FigureRow` tables (`SCALES`, `NUMBER_WORDS`, `ODD_DIGITS`) check value, unit
and kind together, as the unit tables do (tests/extraction/test_unit.py).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claim_lookup import FigureRow as Row
from claim_lookup import check_figure as check
from claim_lookup import claim_with_surface

from claims import extract

SCALES = [
    Row("The firm paid £13m in fines.", "£13m", 13e6, "GBP", "currency"),
    Row("Revenue reached $2.5bn last year.", "$2.5bn", 2.5e9, "USD", "currency"),
    Row("The fund holds €4.2 bn in bonds.", "€4.2 bn", 4.2e9, "EUR", "currency"),
    Row("Debt stood at $1.2tn in March.", "$1.2tn", 1.2e12, "USD", "currency"),
    Row("The app has 40k users in Kenya.", "40k users", 40e3, "user", "count"),
    Row("About 13m people watched the final.", "About 13m people", 13e6, "person", "count"),
    Row("It raised 3.5 million dollars.", "3.5 million dollars", 3.5e6, "USD", "currency"),
    Row("The state spent Rs 40 crore on roads.", "Rs 40 crore", 4e8, "INR", "currency"),
    Row("Farmers got 6 lakh rupees each.", "6 lakh rupees", 6e5, "INR", "currency"),
    Row("Exports were worth 1.5 trillion yen.", "1.5 trillion yen", 1.5e12, "JPY", "currency"),
    Row("It sold 2mn barrels a week earlier.", "2mn barrels", 2e6, "barrel", "volume"),
    Row("The town has 30 thousand residents.", "30 thousand residents", 30e3, "resident", "count"),
    Row("The site logged 4.5bn visits.", "4.5bn visits", 4.5e9, "visit", "count"),
    # A scale hyphened onto its figure, as an adjective: "a $5-billion plan".
    Row("A $5-billion plan was unveiled.", "$5-billion", 5e9, "USD", "currency"),
    Row("The Rs 500-crore project was approved.", "Rs 500-crore", 5e9, "INR", "currency"),
    Row("A 2.5-million-tonne plant opened.", "2.5-million-tonne", 2.5e6, "tonne", "mass"),
    Row("The app has 1.2 billion users.", "1.2 billion users", 1.2e9, "user", "count"),
    Row("He ran the 100m sprint in Paris.", "100m", 100, "metre", "length"),
    Row("The site is 30m long.", "30m", 30, "metre", "length"),
    Row("Bolt ran the 100m in 9.58 seconds.", "100m", 100, "metre", "length"),
    Row("She won the 400m final in Rome.", "400m", 400, "metre", "length"),
    Row("He took 200m butterfly gold.", "200m", 200, "metre", "length"),
    # Compound Indian and British scales multiply: a lakh crore is 1e12.
    Row("The plan costs Rs 6.81 lakh crore.", "Rs 6.81 lakh crore", 6.81e12, "INR", "currency"),
    Row("Delhi set aside Rs 12 thousand crore.", "Rs 12 thousand crore", 1.2e11, "INR", "currency"),
    Row("The loan is Rs 10 lakh-crore.", "Rs 10 lakh-crore", 1e13, "INR", "currency"),
    Row(
        "Its debts hit two million million pounds.",
        "two million million pounds",
        2e12,
        "GBP",
        "currency",
    ),
    # A spaced "B" or "K" is a scale after a currency symbol; "M"/"k" before a code too.
    Row("The fund is worth $8 B now.", "$8 B", 8e9, "USD", "currency"),
    Row("Its GDP is $2.174T.", "$2.174T", 2.174e12, "USD", "currency"),
    Row("Turnover was $330 m on Friday.", "$330 m", 330e6, "USD", "currency"),
    Row("She won the 100 m hurdles.", "100 m", 100, "metre", "length"),
    Row("He earns $250 K a year.", "$250 K a year", 250e3, "USD per year", "currency"),
    Row("The firm booked 5 MUSD in profit.", "5 MUSD", 5e6, "USD", "currency"),
    Row("A 12 MEUR contract was signed.", "12 MEUR", 12e6, "EUR", "currency"),
    Row("The world holds about 8 B people.", "about 8 B people", 8e9, "person", "count"),
    # Scientific notation, as science news prints it.
    Row("The mass is 1.99×10^30 kilograms.", "1.99×10^30 kilograms", 1.99e30, "kilogram", "mass"),
    Row("A cell weighs 1×10−12 grams.", "1×10−12 grams", 1e-12, "gram", "mass"),
]


NUMBER_WORDS = [
    Row("Six state agencies signed the deal.", "Six state agencies", 6, "agency", "count"),
    Row(
        "The plant employs half a million people.", "half a million people", 5e5, "person", "count"
    ),
    Row("Nearly two-thirds of voters backed it.", "Nearly two-thirds", 2 / 3, None, "other"),
    Row(
        "A quarter of a billion pounds was spent.",
        "A quarter of a billion pounds",
        2.5e8,
        "GBP",
        "currency",
    ),
    Row(
        "They hired three hundred and six nurses.",
        "three hundred and six nurses",
        306,
        "nurse",
        "count",
    ),
    Row(
        "Twenty-five firefighters were injured.",
        "Twenty-five firefighters",
        25,
        "firefighter",
        "count",
    ),
    Row("It took one and a half hours.", "one and a half hours", 1.5, "hour", "duration"),
    Row("A dozen eggs cost more now.", "A dozen eggs", 12, "egg", "count"),
    Row("They sold a thousand tickets.", "a thousand tickets", 1000, "ticket", "count"),
    Row("Add 1/2 cup of olive oil.", "1/2 cup", 0.5, "cup", "count"),
    Row("The door is 2 1/2 inches thick.", "2 1/2 inches", 2.5, "inch", "length"),
    Row("Only one in five adults met it.", "one in five", 0.2, None, "other"),
    Row("Some 3 in 10 voters agreed.", "Some 3 in 10", 0.3, None, "other"),
    Row("He scored 2 in 10 minutes.", "10 minutes", 10, "minute", "duration"),
    Row("Each face comes up one sixth of the time.", "one sixth", 1 / 6, None, "other"),
    Row("The odds are exactly one sixth.", "one sixth", 1 / 6, None, "other"),
    Row("The gap is 1/40 of a hair.", "1/40", 1 / 40, None, "other"),
]


# Digits of other scripts and keyboards, invisible separators, glued fractions (issue 13):
# read as the ASCII figure they stand for, the surface kept as written.
ODD_DIGITS = [
    Row("Prices rose ５０％ in May.", "５０％", 50, "percent", "percentage"),
    Row("Prices rose ١٢٪ in May.", "١٢٪", 12, "percent", "percentage"),
    Row("Turnout was ٦٧٫٥٪ in Cairo.", "٦٧٫٥٪", 67.5, "percent", "percentage"),
    Row("Some ４，０００ people came.", "Some ４，０００ people", 4000, "person", "count"),
    Row("4\u200b000 people came.", "4\u200b000 people", 4000, "person", "count"),
    Row("Prices rose 2½ per cent.", "2½ per cent", 2.5, "percent", "percentage"),
    Row("¾ million people came.", "¾ million people", 750e3, "person", "count"),
    Row("There are 5 million million cells.", "5 million million cells", 5e12, "cell", "count"),
    Row("It cost 5 million million dollars.", "5 million million dollars", 5e12, "USD", "currency"),
    Row("A sample of 1.5e-3 kg was kept.", "1.5e-3 kg", 1.5e-3, "kilogram", "mass"),
]


# Thousands grouped by a plain space, as French and Nordic news writes them, are one
# figure (issue 11: "1 200 000 residents" was three claims); a no-break or narrow
# no-break space groups them too.
SPACE_GROUPED = [
    Row("The city has 1 200 000 residents.", "1 200 000 residents", 1.2e6, "resident", "count"),
    Row(
        "Oslo's council set aside 350 000 kroner for the library.",
        "350 000 kroner",
        350e3,
        "NOK",
        "currency",
    ),
    Row(
        "Prices rose to 2 450 euros a tonne.",
        "2 450 euros a tonne",
        2450,
        "EUR per tonne",
        "currency",
    ),
    Row("Some 12 300 pupils sat the exam.", "Some 12 300 pupils", 12300, "pupil", "count"),
    Row(
        "The city has 1\u00a0200\u00a0000 residents.",
        "1\u00a0200\u00a0000 residents",
        1.2e6,
        "resident",
        "count",
    ),
    Row(
        "The city has 1\u202f200\u202f000 residents.",
        "1\u202f200\u202f000 residents",
        1.2e6,
        "resident",
        "count",
    ),
]

# Near misses: numbers a space parts that are no grouped thousands stay apart: a year or
# a date's day before a count, a score, list numbers. (Telephone numbers in groups: the
# rows of test_claimhood.py.)
NOT_SPACE_GROUPED = [
    ("In 2025 200 people were hurt.", ["200 people"]),
    ("On March 5 200 people were evacuated.", ["200 people"]),
    ("The match ended 3 2 after extra time.", ["3", "2"]),
    ("Results: 1. 200 metres", ["200 metres"]),
]


@pytest.mark.parametrize("row", SPACE_GROUPED, ids=lambda r: r.surface)
def test_space_grouped_thousands(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(("text", "surfaces"), NOT_SPACE_GROUPED, ids=lambda x: str(x)[:30])
def test_numbers_a_space_parts_stay_apart(text: str, surfaces: list[str]) -> None:
    assert [c.surface for c in extract(text)] == surfaces


@pytest.mark.parametrize("row", SCALES, ids=lambda r: r.surface)
def test_scales(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", NUMBER_WORDS, ids=lambda r: r.surface)
def test_number_words(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", ODD_DIGITS, ids=lambda r: r.surface)
def test_odd_digits(row: Row) -> None:
    check(row)


class RangeRow(NamedTuple):
    text: str
    surface: str
    low: float
    high: float
    unit: str | None


RANGES = [
    # A bare start of a range in a minor unit is in that unit too: "220-250 fils" are
    # 0.22-0.25 BHD (unseen9), "40-45p" 0.40-0.45 GBP.
    RangeRow("MANAMA — The indicated range was 220-250 fils.", "220-250 fils", 0.22, 0.25, "BHD"),
    RangeRow("Bus fares rise to 40-45p on Monday.", "40-45p", 0.40, 0.45, "GBP"),
    RangeRow("A coffee on board costs 700 to 800 baisa.", "700 to 800 baisa", 0.7, 0.8, "OMR"),
    # A range's end grouped by a space is read whole; its start stays its own.
    RangeRow(
        "Between 10 and 20 000 people marched.", "Between 10 and 20 000 people", 10, 20e3, "person"
    ),
    # Near misses: a start in the major unit, and a scaled end.
    RangeRow("A litre costs 2-3 dollars.", "2-3 dollars", 2, 3, "USD"),
    RangeRow("It will cost 2 to 3 million euros.", "2 to 3 million euros", 2e6, 3e6, "EUR"),
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
    # "to" glued by a hyphen to a range's end (NewsQuant: "a 200,000 to-260,000 year-old
    # skull") joins the range: after a number, "to-" is no name's prefix as "F-" is.
    RangeRow(
        "It fits a 200,000 to-260,000 year-old skull found in Dali County.",
        "200,000 to-260,000 year-old",
        200e3,
        260e3,
        "year of age",
    ),
    RangeRow("The course lasts 10 to-12 weeks.", "10 to-12 weeks", 10, 12, "week"),
    RangeRow("Turnout was 62 to-68 per cent.", "62 to-68 per cent", 62, 68, "percent"),
]

# Near misses: a hyphened "to" not after a number is still part of a name ("9-to-5").
GLUED_NAMES = [
    ("He quit his 9-to-5 job after 12 years.", ["12 years"]),
    ("Eight F-35 jets flew 600 miles.", ["Eight", "600 miles"]),
]


@pytest.mark.parametrize(("text", "surfaces"), GLUED_NAMES, ids=lambda x: str(x)[:30])
def test_a_number_hyphened_to_a_word_is_a_name(text: str, surfaces: list[str]) -> None:
    assert [c.surface for c in extract(text)] == surfaces


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
    # A change by an amount after any verb of small moves, then the new level (issue 11):
    # not one percentage range "0.4% to 19,210.5"; the size of the change takes no rate.
    ChangeRow(
        "The DAX slipped 0.4% to 19,210.5 on Friday.",
        [("0.4%", 0.4, "percent", "down"), ("19,210.5", 19210.5, "point", "down")],
    ),
    ChangeRow(
        "The FTSE 100 eased 0.2% to 8,120.4.",
        [("0.2%", 0.2, "percent", "down"), ("8,120.4", 8120.4, "point", "down")],
    ),
    ChangeRow(
        "The Nikkei rallied 2.1% to 38,310.8.",
        [("2.1%", 2.1, "percent", "up"), ("38,310.8", 38310.8, "point", "up")],
    ),
    ChangeRow(
        "Brent dipped 40 cents to $74.20 a barrel.",
        [("40 cents", 0.4, "USD", "down"), ("$74.20 a barrel", 74.2, "USD per barrel", "down")],
    ),
    ChangeRow(
        "Copper rose $40 to $9,100 a tonne in London.",
        [("$40", 40, "USD", "up"), ("$9,100 a tonne", 9100, "USD per tonne", "up")],
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
