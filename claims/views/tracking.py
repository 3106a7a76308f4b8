"""Follow one measured thing across sources and time, and flag where sources disagree.

Two claims track the same metric when their ``measured`` phrases normalise to the
same key and they share a unit: "The death toll" and "death toll" in persons are one
metric; a death toll and a tariff rate are not.
"""

from __future__ import annotations

import re

import pandas as pd

# Leading words that do not change what is measured ("the tariff" == "tariff").
_LEADING_FILLER = re.compile(
    r"""
    ^(?: (?:the|a|an|its|their|his|her|our|this|that|these|those) \s+ )+
    """,
    re.VERBOSE,
)
_NON_WORD = re.compile(
    r"[^\w\s]+  # punctuation and symbols: noise when comparing phrases", re.VERBOSE
)
_SPACES = re.compile(r"\s+  # a run of whitespace, to collapse into one space", re.VERBOSE)

# Sources disagree when their latest figures differ by more than this share of the larger.
CONFLICT_TOLERANCE = 0.05

METRIC_COLUMNS = (
    "metric",
    "measured",
    "unit",
    "sources",
    "claims",
    "min",
    "max",
    "spread",
    "latest",
    "latest_source",
    "latest_date",
    "conflict",
)


def normalise_measured(phrase: str | None) -> str:
    """The comparison key of a measured phrase: lower case, no punctuation or leading article."""
    if not phrase:
        return ""
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", phrase.casefold())).strip()
    return _LEADING_FILLER.sub("", text)


def metric_key(measured: str | None, unit: str | None) -> str:
    """The id of a tracked metric: the normalised phrase and unit, ``"tariff rate [percent]"``."""
    phrase = normalise_measured(measured)
    return f"{phrase} [{unit}]" if unit else phrase


def with_metric(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` plus a ``metric`` column (empty string when nothing is measured).

    A frame that already has the column is returned as it is, so the dashboard tags
    its cached frame once and every chart reuses the tags.
    """
    if "metric" in frame.columns:
        return frame
    # Normalise each distinct phrase once: stores repeat the same few phrases many times.
    distinct = frame["measured"].dropna().unique()
    keys = {phrase: normalise_measured(phrase) for phrase in distinct}
    # As strings first: a column of nothing but missing values arrives as float NaN.
    phrases = frame["measured"].map(keys).astype("string").fillna("")
    units = frame["unit"].astype("string").fillna("")
    metric = phrases.where(units.eq(""), phrases + " [" + units + "]")
    return frame.assign(metric=metric.where(phrases.ne(""), ""))


def tracked_metrics(frame: pd.DataFrame, *, min_claims: int = 2) -> pd.DataFrame:
    """One row per metric stated at least ``min_claims`` times, conflicts and busiest first.

    Columns ``METRIC_COLUMNS``: ``spread`` is (max - min) / max of the absolute values,
    ``latest`` the figure of the most recently published claim, and ``conflict`` is
    True when two sources' latest figures differ by more than ``CONFLICT_TOLERANCE``.
    """
    # Only the columns the table needs: sorting a frame moves every column, long sentences too.
    tagged = with_metric(frame)[
        ["metric", "measured", "unit", "source", "claim_id", "value", "published"]
    ]
    tagged = tagged[tagged["metric"].ne("")]
    if tagged.empty:
        return pd.DataFrame(columns=list(METRIC_COLUMNS))
    tagged = tagged.sort_values(["published", "claim_id"], na_position="first")
    grouped = tagged.groupby("metric", sort=False)
    table = grouped.agg(
        measured=("measured", "last"),
        unit=("unit", "last"),
        sources=("source", "nunique"),
        claims=("claim_id", "size"),
        min=("value", "min"),
        max=("value", "max"),
        latest=("value", "last"),
        latest_source=("source", "last"),
        latest_date=("published", "last"),
    )
    table = table[table["claims"] >= min_claims]
    biggest = table[["min", "max"]].abs().max(axis=1)
    table["spread"] = ((table["max"] - table["min"]) / biggest.where(biggest > 0)).fillna(0.0)
    table["conflict"] = _source_conflicts(tagged).reindex(table.index, fill_value=False)
    table = table.reset_index().sort_values(
        ["conflict", "sources", "claims"], ascending=[False, False, False], kind="stable"
    )
    return table[list(METRIC_COLUMNS)].reset_index(drop=True)


def claims_of_metric(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The claims of ``frame`` that state ``metric`` (a key from ``metric_key``)."""
    tagged = with_metric(frame)
    return tagged[tagged["metric"].eq(metric)]


def _source_conflicts(tagged: pd.DataFrame) -> pd.Series:
    """Per metric: do the sources' latest figures disagree beyond the tolerance?"""
    latest = tagged.dropna(subset=["source"]).groupby(["metric", "source"], sort=False)["value"]
    per_source = latest.last().groupby(level="metric")
    low, high = per_source.min(), per_source.max()
    biggest = pd.concat([low.abs(), high.abs()], axis=1).max(axis=1)
    return ((high - low) > CONFLICT_TOLERANCE * biggest) & (per_source.size() > 1)
