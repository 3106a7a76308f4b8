"""Narrow the claims frame down, and carry the filter settings in a URL.

``filter_claims`` is the one place rows are selected; ``FilterState`` holds the
settings a reader chose and round-trips them through URL query parameters so a
filtered view can be bookmarked and shared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date

import numpy as np
import pandas as pd

# Labels standing for a missing value, so "no unit" or "not hedged" can be chosen.
NO_UNIT = "(none)"
NO_SOURCE = "(unknown)"
NO_QUALIFIER = "exact"

# Money and counts span orders of magnitude (£3 to £3bn), so their ranges step on a log scale.
LOG_KINDS = frozenset({"currency", "count"})

_LIST_PARAMS = ("kind", "unit", "source", "qualifier")
# Every URL query parameter a FilterState reads and writes; the page may add others.
QUERY_PARAMS = (*_LIST_PARAMS, "since", "until", "min", "max", "q")


@dataclass(frozen=True)
class FilterState:
    """The filter settings of one dashboard view; the default selects everything."""

    kinds: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    value_range: tuple[float, float] | None = None
    qualifiers: tuple[str, ...] = ()
    query: str = ""

    def to_query_params(self) -> dict[str, str | list[str]]:
        """URL query parameters for this state; settings left at their default are omitted."""
        params: dict[str, str | list[str]] = {}
        for name, values in zip(_LIST_PARAMS, self._lists(), strict=True):
            if values:
                params[name] = list(values)
        if self.since:
            params["since"] = self.since.isoformat()
        if self.until:
            params["until"] = self.until.isoformat()
        if self.value_range:
            params["min"] = _plain_number(self.value_range[0])
            params["max"] = _plain_number(self.value_range[1])
        if self.query:
            params["q"] = self.query
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, str | Sequence[str]]) -> FilterState:
        """The state a URL describes; values that do not parse are dropped, never fatal."""
        lists = {name: _as_list(params.get(name)) for name in _LIST_PARAMS}
        low, high = _to_float(_last(params.get("min"))), _to_float(_last(params.get("max")))
        value_range = (
            (min(low, high), max(low, high)) if low is not None and high is not None else None
        )
        return cls(
            kinds=lists["kind"],
            units=lists["unit"],
            sources=lists["source"],
            since=_to_date(_last(params.get("since"))),
            until=_to_date(_last(params.get("until"))),
            value_range=value_range,
            qualifiers=lists["qualifier"],
            query=(_last(params.get("q")) or "").strip(),
        )

    def as_kwargs(self) -> dict[str, object]:
        """Keyword arguments of ``filter_claims`` for this state."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def describe(self) -> str:
        """A short slug of the active filters for file names: ``count_person``, ``all``."""
        parts = [*self.kinds, *self.units, *self.sources, *self.qualifiers]
        if self.query:
            parts.append(self.query)
        if self.since or self.until:
            parts.append(f"{self.since or ''}-{self.until or ''}")
        slug = "_".join(_slug(p) for p in parts if _slug(p))
        return slug[:60].strip("_-") or "all"

    def _lists(self) -> tuple[tuple[str, ...], ...]:
        return (self.kinds, self.units, self.sources, self.qualifiers)


def filter_claims(
    frame: pd.DataFrame,
    *,
    kinds: Iterable[str] = (),
    units: Iterable[str] = (),
    sources: Iterable[str] = (),
    since: date | None = None,
    until: date | None = None,
    value_range: tuple[float, float] | None = None,
    qualifiers: Iterable[str] = (),
    query: str = "",
) -> pd.DataFrame:
    """The rows of a claims frame that pass every given filter (an empty filter passes all).

    ``units``, ``sources`` and ``qualifiers`` accept ``NO_UNIT``, ``NO_SOURCE`` and
    ``NO_QUALIFIER`` for missing values. A date bound drops claims of undated
    articles; ``until`` includes the whole day. ``query`` is a case-insensitive
    substring looked for in ``measured`` and ``sentence``.
    """
    keep = pd.Series(True, index=frame.index)
    keep &= _member(frame["kind"], kinds, None)
    keep &= _member(frame["unit"], units, NO_UNIT)
    keep &= _member(frame["source"], sources, NO_SOURCE)
    keep &= _member(frame["qualifier"], qualifiers, NO_QUALIFIER)
    if since is not None:
        keep &= frame["published"] >= pd.Timestamp(since)
    if until is not None:
        keep &= frame["published"] < pd.Timestamp(until) + pd.Timedelta(days=1)
    if value_range is not None:
        keep &= frame["value"].between(*value_range)
    if query.strip():
        needle = query.strip()
        keep &= frame["measured"].fillna("").str.contains(needle, case=False, regex=False) | frame[
            "sentence"
        ].fillna("").str.contains(needle, case=False, regex=False)
    return frame[keep]


def reset() -> FilterState:
    """The state that selects every claim."""
    return FilterState()


def options(frame: pd.DataFrame, column: str) -> list[str]:
    """The choices for a filter on ``column``, most frequent first, missing values labelled."""
    label = {"unit": NO_UNIT, "source": NO_SOURCE, "qualifier": NO_QUALIFIER}.get(column)
    values = frame[column].fillna(label) if label else frame[column].dropna()
    return values.value_counts().index.astype(str).tolist()


def value_steps(values: pd.Series, *, log: bool, count: int = 60) -> list[float]:
    """Slider stops spanning ``values``: a 1-2-5 series per decade when ``log``, else even steps.

    The exact minimum and maximum are always the end stops, so the full range keeps every row.
    """
    clean = values.dropna()
    if clean.empty:
        return []
    low, high = float(clean.min()), float(clean.max())
    if low == high:
        return [low]
    if log and high > 0:
        floor = max(low, float(clean[clean > 0].min()))
        decades = range(math.floor(math.log10(floor)), math.ceil(math.log10(high)) + 1)
        inner = [m * 10.0**d for d in decades for m in (1, 2, 5)]
    else:
        inner = np.linspace(low, high, count).tolist()
    return sorted({low, high, *(round(v, 10) for v in inner if low < v < high)})


def snap_range(steps: Sequence[float], wanted: tuple[float, float] | None) -> tuple[float, float]:
    """The widest stops of ``steps`` lying inside ``wanted`` (all of ``steps`` when None)."""
    if wanted is None or not steps:
        return (steps[0], steps[-1]) if steps else (0.0, 0.0)
    low = min((s for s in steps if s >= wanted[0]), default=steps[-1])
    high = max((s for s in steps if s <= wanted[1]), default=steps[0])
    return (low, high) if low <= high else (steps[0], steps[-1])


def _member(column: pd.Series, chosen: Iterable[str], missing_label: str | None) -> pd.Series:
    chosen = set(chosen)
    if not chosen:
        return pd.Series(True, index=column.index)
    hit = column.isin(chosen)
    if missing_label is not None and missing_label in chosen:
        hit |= column.isna()
    return hit


def _as_list(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(i for i in items if i))


def _last(value: str | Sequence[str] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value[-1] if value else None


def _to_float(text: str | None) -> float | None:
    try:
        number = float(text) if text is not None else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _to_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-." else "-" for c in str(text).lower()).strip("-")
