"""Each claim as the interval of values it allows: claims whose intervals overlap agree.

A range is its bounds; "at least 1,300" is [1,300, ∞); "fewer than 100" is (-∞, 100);
"about 12,000" allows a twentieth either way and "nearly 2,000" a twentieth below (a
hedge is little wider than rounding: a rival's figure a tenth away is another reading);
and every figure allows what rounds to it as written: "1.2 million" is 1.15 to 1.25 million and
"12,000" anything from 11,500 to 12,500, while a share is read to its last digit ("20%"
is 19.5 to 20.5). Rounding by trailing zeros reaches at most a twentieth of the figure:
"2,000" is 1,900 to 2,100.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from claims.model import Kind, Qualifier

# The first number written in a surface: its digits, and its decimals if any.
_WRITTEN = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_BELOW = re.compile(r"^(?:nearly|almost|just\s+(?:under|below|short\s+of))\b", re.IGNORECASE)
# How far "about" reaches either way: news hedges a figure it rounded, so a little past
# its rounding; "about 41%" is no reading of 44.8%, nor "about €590 million" of €560 million.
APPROX = 0.05
# How far trailing zeros may round a figure, at most.
_ROUNDING = 0.05


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low < other.high and other.low < self.high


def interval(
    value: float,
    low: float | None,
    high: float | None,
    qualifier: Qualifier | None,
    surface: str,
    kind: Kind,
) -> Interval:
    """The values a claim allows, as written."""
    lo, hi = (low, high) if low is not None and high is not None else (value, value)
    step = _half_step(value, surface, share=kind == "percentage")
    lo, hi = lo - step, hi + step
    if qualifier == "approx":
        if _BELOW.match(surface):
            return Interval(min(lo, value * (1 - APPROX)), hi)
        return Interval(min(lo, value - abs(value) * APPROX), max(hi, value + abs(value) * APPROX))
    if qualifier in ("more_than", "at_least"):
        return Interval(lo, math.inf)
    if qualifier in ("less_than", "at_most", "up_to"):
        return Interval(-math.inf, hi)
    return Interval(lo, hi)


def _half_step(value: float, surface: str, *, share: bool) -> float:
    """Half the step of the last digit written: what rounds to the figure as written.

    The written number is scaled to the value ("1.2 million": 1.2 written, 1.2e6 meant);
    trailing zeros of a whole number are rounding ("12,000"), except in a share.
    """
    m = _WRITTEN.search(surface)
    if m is None:  # written in words: "a thousand", "two days"
        whole = value == int(value)
        return _rounded(abs(value), _trailing_zeros(int(abs(value)))) if whole else 0.0
    digits, decimals = m.group(1).replace(",", ""), m.group(2)
    written = float(digits + ("." + decimals if decimals else ""))
    factor = abs(value) / written if written else 1.0
    if decimals:
        return 0.5 * 10.0 ** -len(decimals) * factor
    zeros = 0 if share else _trailing_zeros(int(digits))
    return _rounded(abs(value), zeros, factor)


def _rounded(value: float, zeros: int, factor: float = 1.0) -> float:
    """Half a step of the last digit written, for a whole number with ``zeros`` trailing
    zeros, capped at a twentieth of the value."""
    half = 0.5 * 10.0**zeros * factor
    return min(half, value * _ROUNDING) if zeros else half


def _trailing_zeros(n: int) -> int:
    if n == 0:
        return 0
    zeros = 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros
