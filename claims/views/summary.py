"""Headline figures of a selection of claims, and how numbers are written for readers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

# Scale words for large figures, biggest first.
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


@dataclass(frozen=True)
class Headline:
    """What a selection of claims covers."""

    articles: int
    claims: int
    sources: int
    first: pd.Timestamp | None
    last: pd.Timestamp | None

    @property
    def date_span(self) -> str:
        """``2025-01-03 – 2025-03-14``, one date when they match, ``no dates`` when unknown."""
        if self.first is None or self.last is None:
            return "no dates"
        first, last = self.first.date().isoformat(), self.last.date().isoformat()
        return first if first == last else f"{first} – {last}"

    @property
    def days(self) -> int | None:
        """Days between the first and last publication date, inclusive."""
        if self.first is None or self.last is None:
            return None
        return (self.last.normalize() - self.first.normalize()).days + 1


def headline(frame: pd.DataFrame) -> Headline:
    """Articles, claims, sources and publication dates of the claims in ``frame``."""
    published = frame["published"].dropna()
    return Headline(
        articles=int(frame["article_id"].nunique()),
        claims=len(frame),
        sources=int(frame["source"].dropna().nunique()),
        first=published.min() if not published.empty else None,
        last=published.max() if not published.empty else None,
    )


def human_number(value: float | None) -> str:
    """A figure short enough for an axis or a slider: ``1.2m``, ``350k``, ``42``, ``0.25``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:.3g}{word}"
    return f"{value:.3g}" if value != int(value) else f"{int(value)}"


def with_unit(value: float | None, unit: str | None) -> str:
    """``12%``, ``3.2m person``, ``450 tonne``: a figure and its unit (None or NaN: none)."""
    number = human_number(value)
    if not isinstance(unit, str) or not unit:
        return number
    return f"{number}%" if unit == "percent" else f"{number} {unit}"


def count_of(n: int, noun: str) -> str:
    """``1 claim``, ``1,204 claims``: a count with its noun in the right number."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
