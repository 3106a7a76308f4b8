"""`claims.extract` adapted to ../shared/bench/score.py: Claim -> the dict it scores.

Units are renamed to the names score.py's ``norm_unit`` knows (ISO codes -> currency
names, ``degree Celsius`` -> ``celsius``); nothing else is changed.
"""

from __future__ import annotations

from typing import Any

from claims import extract as _extract

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
}


def extract(text: str) -> list[dict[str, Any]]:
    """Claims of ``text`` as score.py prediction dicts."""
    out = []
    for c in _extract(text):
        d: dict[str, Any] = {
            "value": c.value,
            "unit": SCORE_UNIT.get(c.unit, c.unit) if c.unit else None,
            "start": c.start,
            "end": c.end,
            "surface": c.surface,
            "kind": c.kind,
        }
        if c.low is not None and c.high is not None:
            d["lower"], d["upper"] = c.low, c.high
        out.append(d)
    return out
