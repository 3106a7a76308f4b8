"""`claims.extract` adapted to ../shared/bench/score.py: Claim -> the dict it scores.

Units are renamed to the names score.py's ``norm_unit`` knows (ISO codes -> currency
names, ``degree Celsius`` -> ``celsius``). For a count, NewsQuant's unit is the whole
counted noun phrase without function words (``about 460 Kia and Hyundai vehicles`` ->
``Kia Hyundai vehicles``), where our ``unit`` is its head noun (``vehicle``); the
adapter reads that phrase from the claim's surface. A multiple ("four times the number",
"sixfold") has no unit in the spec and ``times`` in NewsQuant. Values are not changed.
"""

from __future__ import annotations

import re
from typing import Any

from claims import Claim
from claims import extract as _extract
from claims.extraction.figures.numbers import NUMBER, SCALE

_FUNCTION_WORDS = frozenset(["and", "of", "the", "a", "an", "or", "to"])
_FUNCTION_WORDS |= frozenset(["so", "more", "fewer", "-odd", "-plus"])  # "40 or so cars"

# Our canonical names -> the names score.py normalises to (only where they differ).
SCORE_UNIT = {
    "USD": "dollar",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "GBP": "pound sterling",
    "EUR": "euro",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "INR": "indian rupee",
    "CHF": "swiss franc",
    "MYR": "malaysian ringgit",
    "HRK": "croatian kuna",
    "ILS": "shekel",
    "BTC": "bitcoin",
    "degree Celsius": "celsius",
    "degree Fahrenheit": "fahrenheit",
    "pound": "pound-mass",
    "person": "people",
    "million British thermal unit": "mega british thermal unit",
    "TRY": "turkish lira",
    "MXN": "mexican peso",
    "GEL": "georgian lari",
    "LAK": "lao kip",
    "LKR": "sri lankan rupee",
}
# A participle opening the counted phrase is a description, not part of what is counted:
# NewsQuant writes "400 charging stations" as "station" but "60 commercial fishermen"
# as "commercial fisherman".
_PARTICIPLE = re.compile(r"[a-z]+(?:ing|ed)$")
# A multiple's surface ends so: "more than four times", "sixfold", "10-fold".
_MULTIPLE = re.compile(r"(?:\btimes|fold)$", re.IGNORECASE)


def _count_phrase(c: Claim) -> str | None:
    """The counted noun phrase of a count claim, read from its surface after the number."""
    numbers = list(NUMBER.finditer(c.surface))
    if not numbers or " per " in c.unit:  # a rate keeps our name: "migrant per day"
        return SCORE_UNIT.get(c.unit, c.unit)
    end = numbers[-1].end()
    scale = SCALE.match(c.surface, end)
    words = c.surface[scale.end() if scale else end :].split()
    head = c.unit.split()[-1]  # our unit is singular: "fisherman" for "fishermen"
    if not words or not words[-1].lower().startswith(head[:4].lower()):
        return SCORE_UNIT.get(c.unit, c.unit)  # the surface ends otherwise ("35 or above")
    words = [w for w in words[:-1] if w.lower() not in _FUNCTION_WORDS] + [head]
    if len(words) > 1 and _PARTICIPLE.fullmatch(words[0]):
        words = words[1:]
    return " ".join(words)


def extract(text: str) -> list[dict[str, Any]]:
    """Claims of ``text`` as score.py prediction dicts."""
    out = []
    for c in _extract(text):
        d: dict[str, Any] = {
            "value": c.value,
            "unit": _count_phrase(c) if c.kind == "count" and c.unit else _unit(c.unit),
            "start": c.start,
            "end": c.end,
            "surface": c.surface,
            "kind": c.kind,
        }
        if c.unit is None and c.kind == "other" and _MULTIPLE.search(c.surface):
            d["unit"] = "times"
        if c.low is not None and c.high is not None:
            d["lower"], d["upper"] = c.low, c.high
        out.append(d)
    return out


def _unit(unit: str | None) -> str | None:
    if not unit:
        return None
    base, per, denominator = unit.partition(" per ")
    return SCORE_UNIT.get(base, base) + per + SCORE_UNIT.get(denominator, denominator)
