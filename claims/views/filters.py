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
from typing import Any

import pandas as pd

# Codes standing for a missing value, so "no unit" or "not hedged" can be chosen. They are
# what URLs and the command line carry; claims.views.words has the words readers see.
NO_UNIT = "(none)"
NO_SOURCE = "(unknown)"
NO_QUALIFIER = "exact"
OWN_VOICE = "(article)"

# Money and counts span orders of magnitude (£3 to £3bn), so their ranges step on a log scale.
LOG_KINDS = frozenset({"currency", "count"})

# The list filters: FilterState field, frame column, URL parameter, code for a missing value.
FACETS: tuple[tuple[str, str, str, str | None], ...] = (
    ("kinds", "kind", "kind", None),
    ("units", "unit", "unit", NO_UNIT),
    ("sources", "source", "source", NO_SOURCE),
    ("qualifiers", "qualifier", "qualifier", NO_QUALIFIER),
    ("statements", "statement", "statement", None),
    ("attributed", "attributed_to", "said_by", OWN_VOICE),
    ("articles", "article_id", "article", None),
)
_COLUMN = {name: column for name, column, _, _ in FACETS}
_MISSING = {name: missing for name, _, _, missing in FACETS}
_PARAM = {name: param for name, _, param, _ in FACETS}
# Every URL query parameter a FilterState reads and writes; the page may add others.
QUERY_PARAMS = (*_PARAM.values(), "since", "until", "min", "max", "q")


@dataclass(frozen=True)
class FilterState:
    """The filter settings of one dashboard view; the default selects everything.

    The list filters (``FACETS``) keep claims whose column holds one of the chosen
    values; ``articles`` holds article ids (the dashboard's "Show these claims").
    """

    kinds: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    value_range: tuple[float, float] | None = None
    qualifiers: tuple[str, ...] = ()
    query: str = ""
    statements: tuple[str, ...] = ()
    attributed: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    @classmethod
    def of(cls, **settings: Any) -> FilterState:
        """The state of keyword settings, its lists given as any iterables of strings."""
        for name in _COLUMN:
            if name in settings:
                settings[name] = tuple(dict.fromkeys(str(v) for v in settings[name]))
        return cls(**settings)

    def chosen(self, name: str) -> tuple[str, ...]:
        """The values chosen for the list filter ``name`` (a field of ``FACETS``)."""
        return tuple(getattr(self, name))

    def to_query_params(self) -> dict[str, str | list[str]]:
        """URL query parameters for this state; settings left at their default are omitted."""
        params: dict[str, str | list[str]] = {}
        for name, param in _PARAM.items():
            if self.chosen(name):
                params[param] = list(self.chosen(name))
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
        lists = {name: _as_list(params.get(param)) for name, param in _PARAM.items()}
        low, high = _to_float(_last(params.get("min"))), _to_float(_last(params.get("max")))
        value_range = (
            (min(low, high), max(low, high)) if low is not None and high is not None else None
        )
        return cls(
            **lists,
            since=_to_date(_last(params.get("since"))),
            until=_to_date(_last(params.get("until"))),
            value_range=value_range,
            query=(_last(params.get("q")) or "").strip(),
        )

    def as_kwargs(self) -> dict[str, object]:
        """Keyword arguments of ``filter_claims`` for this state."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def describe(self) -> str:
        """A short slug of the active filters for file names: ``count_person``, ``all``."""
        parts = [v for name in _COLUMN if name != "articles" for v in self.chosen(name)]
        if self.articles:
            parts.append("article" if len(self.articles) == 1 else "articles")
        if self.query:
            parts.append(self.query)
        if self.since or self.until:
            parts.append(f"{self.since or ''}-{self.until or ''}")
        slug = "_".join(_slug(p) for p in parts if _slug(p))
        return slug[:60].strip("_-") or "all"


def filter_claims(frame: pd.DataFrame, **settings: object) -> pd.DataFrame:
    """The rows of a claims frame that pass every given filter (an empty filter passes all).

    ``settings`` are the fields of ``FilterState``. The list filters accept the codes
    ``NO_UNIT``, ``NO_SOURCE``, ``NO_QUALIFIER`` and ``OWN_VOICE`` for missing values.
    A date bound drops claims of undated articles; ``until`` includes the whole day.
    ``query`` is a case-insensitive substring looked for in ``measured`` and ``sentence``.
    """
    return frame[_all(filter_masks(frame, FilterState.of(**settings)).values(), frame.index)]


def filter_masks(frame: pd.DataFrame, state: FilterState) -> dict[str, pd.Series]:
    """One boolean mask of ``frame`` per active filter of ``state``, keyed by field name."""
    masks = {
        name: _member(frame[column], state.chosen(name), _MISSING[name])
        for name, column in _COLUMN.items()
        if state.chosen(name)
    }
    if state.since is not None:
        masks["since"] = frame["published"] >= pd.Timestamp(state.since)
    if state.until is not None:
        masks["until"] = frame["published"] < pd.Timestamp(state.until) + pd.Timedelta(days=1)
    if state.value_range is not None:
        masks["value_range"] = frame["value"].between(*state.value_range)
    needle = state.query.strip()
    if needle:
        masks["query"] = _contains(frame["measured"], needle) | _contains(frame["sentence"], needle)
    return masks


def reset() -> FilterState:
    """The state that selects every claim."""
    return FilterState()


def value_steps(values: pd.Series, *, log: bool, count: int = 60) -> list[float]:
    """Slider stops spanning ``values``: a 1-2-5 series per decade when ``log``, else even
    steps of a round size (1, 2 or 5 times a power of ten), about ``count`` of them.

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
        # Round stops (12.5, 13, 13.5 or 20, 40, 60), so the slider's labels stay short.
        step = round_step((high - low) / count)
        inner = [k * step for k in range(math.ceil(low / step), math.floor(high / step) + 1)]
    return sorted({low, high, *(round(v, 10) for v in inner if low < v < high)})


def round_step(raw: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is at least ``raw``."""
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def snap_range(steps: Sequence[float], wanted: tuple[float, float] | None) -> tuple[float, float]:
    """The widest stops of ``steps`` lying inside ``wanted`` (all of ``steps`` when None)."""
    if wanted is None or not steps:
        return (steps[0], steps[-1]) if steps else (0.0, 0.0)
    low = min((s for s in steps if s >= wanted[0]), default=steps[-1])
    high = max((s for s in steps if s <= wanted[1]), default=steps[0])
    return (low, high) if low <= high else (steps[0], steps[-1])


def _member(column: pd.Series, chosen: Iterable[str], missing: str | None) -> pd.Series:
    chosen = set(chosen)
    hit = column.isin(chosen)
    if missing is not None and missing in chosen:
        hit |= column.isna()
    return hit


def _all(masks: Iterable[pd.Series], index: pd.Index) -> pd.Series:
    keep = pd.Series(True, index=index)
    for mask in masks:
        keep &= mask
    return keep


def _contains(column: pd.Series, needle: str) -> pd.Series:
    return column.fillna("").str.contains(needle, case=False, regex=False)


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
