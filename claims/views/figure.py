"""A figure as a reader writes it: exact, with its hedge, its bounds and a human unit.

``46,707 people``, ``$1.354``, ``~£5,460``, ``10–12 tonnes``, ``£13m``. The scaled
value itself (``13000000.0``) stays in the data; this is only how it is shown.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from babel.numbers import get_currency_symbol

from claims.views.words import plural

# Sign before a hedged figure; "up to" and "at most" both cap it.
HEDGE_SIGNS = {
    "approx": "~",
    "more_than": ">",
    "less_than": "<",
    "at_least": "≥",
    "at_most": "≤",
    "up_to": "≤",
}
# Scale words a newsroom writes after big round figures (£13m, $2.5bn, $1tn).
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
# A figure takes a scale word only when that keeps it exact within this many decimals.
_SCALE_DECIMALS = 3
# Units written as a sign straight after the number.
_UNIT_SIGNS = {"percent": "%", "degree Celsius": "°C", "degree Fahrenheit": "°F"}
# Units written before the number: "magnitude 7.7".
_UNIT_BEFORE = frozenset({"magnitude"})
_CURRENCY = re.compile(
    r"""
    ^ (?P<code> [A-Z]{3} )            # an ISO 4217 code: USD, GBP, AUD
    (?P<rate> \s per \s .+ )? $       # optionally a rate: "GBP per litre"
    """,
    re.VERBOSE,
)
RANGE_DASH = "–"


def figure_text(
    value: object,
    unit: object,
    *,
    qualifier: object = None,
    low: object = None,
    high: object = None,
) -> str:
    """The figure as a reader writes it; missing parts (None or NaN, as frames hold them)
    are simply left out, and a missing value gives an empty string."""
    number, low_end, high_end = _number(value), _number(low), _number(high)
    if number is None:
        return ""
    sign = HEDGE_SIGNS.get(qualifier, "") if isinstance(qualifier, str) else ""
    unit_name = unit if isinstance(unit, str) and unit else None
    if low_end is not None and high_end is not None and low_end != high_end:
        return sign + _range_text(low_end, high_end, unit_name)
    return sign + _with_unit(number_text(number), number, unit_name)


def number_text(value: float) -> str:
    """``46,707``, ``1.354``, ``13m``, ``2.5bn``: exact, with the scale word of its size
    when that stays exact to three decimals (``1,234,567`` stays whole)."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = round(value / scale, _SCALE_DECIMALS)
            exact = math.isclose(scaled * scale, value, rel_tol=1e-12)
            return _plain(scaled) + word if exact else _plain(value)
    return _plain(value)


def _range_text(low: float, high: float, unit: str | None) -> str:
    """``10–12 tonnes``, ``£10–12m``, ``62–68%``; both ends in full when their scales differ."""
    low_text, high_text = number_text(low), number_text(high)
    shared = _scale_word(low_text)
    if shared and shared == _scale_word(high_text):
        low_text = low_text[: -len(shared)]
    elif _scale_word(low_text) != _scale_word(high_text):
        return f"{_with_unit(low_text, low, unit)}{RANGE_DASH}{_with_unit(high_text, high, unit)}"
    return _with_unit(f"{low_text}{RANGE_DASH}{high_text}", high, unit)


def _with_unit(number: str, value: float, unit: str | None) -> str:
    if unit is None:
        return number
    if unit in _UNIT_SIGNS:
        return number + _UNIT_SIGNS[unit]
    if unit in _UNIT_BEFORE:
        return f"{unit} {number}"
    money = _CURRENCY.match(unit)
    if money:
        symbol = currency_symbol(money["code"])
        number = _in_cents(number)
        # "-$5", "NPR 5,000": a sign stays outside the symbol, a bare code takes a space.
        minus, number = ("-", number[1:]) if number.startswith("-") else ("", number)
        gap = " " if symbol == money["code"] else ""
        return f"{minus}{symbol}{gap}{number}{money['rate'] or ''}"
    return f"{number} {plural(unit, value)}"


@lru_cache(maxsize=256)
def currency_symbol(code: str) -> str:
    """``$`` for USD, ``£`` for GBP, ``A$`` for AUD; the code itself when English has no sign."""
    return str(get_currency_symbol(code, locale="en"))


def _in_cents(number: str) -> str:
    """``58.4`` -> ``58.40``: money with a fraction shows at least two decimals."""
    whole, point, fraction = number.partition(".")
    if not point or not fraction[-1:].isdigit():
        return number
    return f"{whole}.{fraction.ljust(2, '0')}"


def _scale_word(text: str) -> str:
    for _, word in _SCALES:
        if text.endswith(word):
            return word
    return ""


def _plain(value: float) -> str:
    """The shortest exact decimal of ``value`` with thousands separators, never an exponent."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{Decimal(repr(float(value))):,f}"


def _number(value: object) -> float | None:
    """``value`` as a finite float; None for None, NaN and anything that is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def unit_words(unit: str) -> str:
    """A unit as a filter option reads: ``%``, ``$ (USD)``, ``£ per litre (GBP)``, ``people``."""
    if unit in _UNIT_SIGNS:
        return _UNIT_SIGNS[unit]
    money = _CURRENCY.match(unit)
    if money:
        symbol = currency_symbol(money["code"])
        named = f"{symbol}{money['rate'] or ''}"
        return f"{named} ({money['code']})" if symbol != money["code"] else unit
    return unit if unit in _UNIT_BEFORE else plural(unit)
