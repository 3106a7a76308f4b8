"""Pandas references for the dashboard's questions, on a claims frame: what the store's
SQL (`claims.views.query`) must answer. The package asks the store; these are kept for
the tests that check its answers against them."""

from __future__ import annotations

import pandas as pd

from claims.views.filters import FACETS, FilterState, filter_masks
from claims.views.summary import Headline

_COLUMN = {name: column for name, column, _, _ in FACETS}
_MISSING = {name: missing for name, _, _, missing in FACETS}


def facet_counts(frame: pd.DataFrame, state: FilterState, name: str) -> list[tuple[str, int]]:
    """The choices of the list filter ``name`` with how many claims each would keep.

    Counted under every other filter of ``state`` (a unit's value range too, when the
    facet is not the unit), most frequent first; values already chosen are always
    offered, with 0 when the other filters leave none of them.
    """
    masks = filter_masks(frame, state)
    ignored = {name, "value_range"} if name == "units" else {name}
    others = [m for k, m in masks.items() if k not in ignored]
    # Only the one column is narrowed: selecting whole rows moves every column.
    column = frame[_COLUMN[name]]
    if others:
        keep = pd.Series(True, index=frame.index)
        for mask in others:
            keep &= mask
        column = column[keep]
    counts = _labelled(column, _MISSING[name]).value_counts()
    offered = [(str(v), int(n)) for v, n in counts.items()]
    present = {v for v, _ in offered}
    return offered + [(v, 0) for v in state.chosen(name) if v not in present]


def options(frame: pd.DataFrame, column: str) -> list[str]:
    """The choices for a filter on ``column``, most frequent first, missing values labelled."""
    missing = {column: code for name, column, _, code in FACETS}.get(column)
    return _labelled(frame[column], missing).value_counts().index.astype(str).tolist()


def _labelled(column: pd.Series, missing: str | None) -> pd.Series:
    """``column`` with missing values as the code ``missing``, or dropped when it has none."""
    return column.fillna(missing) if missing is not None else column.dropna()


def newest_first(selection: pd.DataFrame, limit: int) -> pd.DataFrame:
    """At most ``limit`` claims of ``selection``, newest first (undated last), by claim id."""
    order = selection[["published", "claim_id"]].sort_values(
        ["published", "claim_id"], ascending=[False, True], na_position="last"
    )
    return selection.loc[order.index[:limit]]


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
