"""Rates: what an amount is counted per ("$3,500 a month", "$58 per barrel", "1,000 a day")."""

from __future__ import annotations

import re

from claims.extraction.scope.places import demonym
from claims.extraction.vocabulary.plurals import singular
from claims.model import Kind

# What an amount is counted per, as written -> its canonical name.
PER = {
    "millisecond": "millisecond",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "night",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    # the parts of a year fees are paid for, and a sports season: "CHF 2,450 a semester"
    "semester": "semester",
    "term": "term",
    "season": "season",
    # a quarter of a year, and the seasons a household pays or burns fuel by
    "quarter": "quarter",
    "winter": "winter",
    "summer": "summer",
    "share": "share",
    "barrel": "barrel",
    "gallon": "gallon",
    "litre": "litre",
    "liter": "litre",
    "tonne": "tonne",
    "ton": "ton",
    "ounce": "ounce",
    "kg": "kilogram",
    "gram": "gram",
    "gramme": "gram",
    "kilogramme": "kilogram",
    "kilogram": "kilogram",
    "person": "person",
    "head": "person",
    "capita": "person",
    "household": "household",
    "century": "century",
    "decade": "decade",
    "pound": "pound",
    "lb": "pound",
    "mile": "mile",
    "kilometre": "kilometre",
    "km": "kilometre",
    "cm": "centimetre",
    "cm2": "square centimetre",
    "m2": "square metre",
    "square foot": "square foot",
    "sq ft": "square foot",
    "square yard": "square yard",
    "yard": "yard",
    "square metre": "square metre",
    "square meter": "square metre",
    "cubic metre": "cubic metre",
    "m3": "cubic metre",
    "kwh": "kilowatt hour",
    "kilowatt hour": "kilowatt hour",
    "mwh": "megawatt hour",
    "megawatt hour": "megawatt hour",
    "therm": "therm",
    "dose": "dose",
    "mmbtu": "million British thermal unit",
    "million british thermal unit": "million British thermal unit",
    "btu": "British thermal unit",
    "british thermal unit": "British thermal unit",
    "ticket": "ticket",
    "seat": "seat",
    "passenger": "passenger",
    "game": "game",
    "match": "match",
    "unit": "unit",
    "employee": "employee",
    "student": "student",
    "cubic meter": "cubic metre",
    "kilometer": "kilometre",
    "hectare": "hectare",
    "acre": "acre",
    "metric ton": "tonne",
    "metric tonne": "tonne",
    "carat": "carat",
    "vehicle": "vehicle",
    "bushel": "bushel",
    "kilo": "kilogram",
    "pint": "pint",
    "bottle": "bottle",
    # the containers farm goods are priced by: "$6.85 a box", "7,800 birr a quintal"
    "box": "box",
    "bag": "bag",
    "sack": "sack",
    "bale": "bale",
    "crate": "crate",
    "carton": "carton",
    "quintal": "quintal",
    # data, as a plan or a cloud sells it: "NZ$2 a gigabyte"
    "megabyte": "megabyte",
    "gigabyte": "gigabyte",
    "terabyte": "terabyte",
    "gb": "gigabyte",
    "launch": "launch",  # what a rocket costs: "$70 million a launch"
}
_PER = "|".join(sorted((re.escape(p).replace(r"\ ", r"[\s-]") for p in PER), key=len, reverse=True))
_RATE = re.compile(
    r"""(?:\s+more)?                  # "CHF 1,400 more a year"
    (?: (?: (?:\s+|-) (?:per|a|an|each|every) [\s-]+ | / )
        (?P<per>"""
    + _PER
    + r""") (?:e?s)? \b             # "per million British thermal units"
        (?!\s+(?:earlier|later|ago|before|after))   # "a week earlier" is a date
        (?!(?<=quarter)\s+of\b)       # "a quarter of" is a share
        (?!-)                          # "a season-long loan", "a term-time job" are no rate
      | \s+per\s+ (?P<count> \d{1,3}(?:,\d{3})+ | \d+ ) \s+ (?P<counted> [a-z]{3,} ) \b
                                       # per a number of things: "per 1,000 litres"
      | \s+per\s+ (?: (?! (?:per|cents?|and|or|the|for|with|from|of) \b ) [a-z]{3,} \s+ ){1,2}?
        (?P<head>"""
    + _PER
    + r""") (?:e?s)? \b (?!-)      # a thing named with words before it: "per cruise passenger"
      | \s+per\s+ (?P<noun> (?!cents?\b|annum\b) [a-z]{3,} ) \b   # any noun: "per boat"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Denominators of a rate over time: the amount keeps its kind ("900 hours a year").
_TIMES = frozenset(["millisecond", "second", "minute", "hour", "day", "night", "week", "month"])
_TIMES |= {"year", "decade", "century", "semester", "term", "season", "quarter", "winter", "summer"}
_PREPOSITIONS = "(?:for|in|to|on|at|by|with|from|over|during|into|under|per|and|or)"
# What an amount is of, in one to three words, before a rate: "of CO2", "of crude oil".
_OF_WHAT = [
    re.compile(rf"\s+of(?:\s+(?!{_PREPOSITIONS}\b)[A-Za-z0-9][\w-]*){{{n}}}", re.IGNORECASE)
    for n in (1, 2, 3)
]  # never across a preposition: "54GB of 5G data for a month" is no rate


# A short aside in brackets right after an amount: its conversion ("(about $630)").
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")


def rate_at(sentence: str, pos: int) -> tuple[str, int] | None:
    """``(denominator, end)`` of a rate written at ``pos`` ("a day", "per share"), if any."""
    m = _RATE.match(sentence, pos)
    return (_per(m), m.end()) if m else None


def rate_after_what(sentence: str, pos: int) -> str | None:
    """The denominator of a rate after what an amount is of: "a year" in "40m tonnes of
    CO2 a year" (the figure's surface stays "40m tonnes"), also past a conversion in
    brackets ("1.2 million euros (roughly $1.3 million) of electricity every day")."""
    if aside := _ASIDE.match(sentence, pos):
        pos = aside.end()
    for of_what in _OF_WHAT:
        of = of_what.match(sentence, pos)
        if of and (rate := _RATE.match(sentence, of.end())):
            return _per(rate)
    return None


def rate_kind(kind: Kind, per: str) -> Kind:
    """The kind of a quantity of ``kind`` per ``per``: an amount per period stays of its
    kind ("300 TWh a year" is energy), a length per period is a speed, and an amount
    per another quantity ("kg per cubic metre") is other."""
    if per not in _TIMES:
        return "currency" if kind == "currency" else "other"
    return "speed" if kind == "length" else kind


def _per(rate: re.Match[str]) -> str:
    """Canonical denominator of a `_RATE` match ("per square-foot" -> "square foot",
    "per 1,000 litres" -> "1000 litre", "per cruise passenger" -> "passenger")."""
    if rate.group("count") is not None:
        counted = singular(rate.group("counted").lower())
        return f"{rate.group('count').replace(',', '')} {PER.get(counted, counted)}"
    if rate.group("head") is not None:
        return PER[re.sub(r"[\s-]+", " ", rate.group("head").lower())]
    if rate.group("per") is None:
        noun = rate.group("noun")
        if noun[0].isupper() and demonym(noun) is not None:
            return "person"  # "3.6 million kroner per Norwegian"
        return singular(noun.lower())  # "per boat"; "per boats" is rare
    return PER[re.sub(r"[\s-]+", " ", rate.group("per").lower())]
