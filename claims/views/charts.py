"""Altair chart specifications of a claims frame.

Every builder aggregates in pandas before it draws, so the data a chart embeds
stays far below Altair's 5,000-row limit however large the store is: counts are
grouped by category and values are binned on a log scale. A metric's history is the
Trackers view's (`claims.views.trackers`).
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from claims.views.filters import NO_SOURCE

# Colours stay readable up to about this many sources; the rest are pooled.
MAX_SOURCES = 10
OTHER_SOURCES = "other sources"
# Tooltips show this much of a sentence; the detail panel shows all of it.
SENTENCE_CHARS = 160

# Aggregations that keep one example claim per group for the tooltip, and their inputs.
_EXAMPLE_COLUMNS = ["claim_id", "source", "surface", "sentence"]
_EXAMPLE_AGG = {
    "surface": ("surface", "first"),
    "example_source": ("source", "first"),
    "sentence": ("sentence", "first"),
}
_TOOLTIP_EXAMPLE = [
    alt.Tooltip("surface:N", title="example figure"),
    alt.Tooltip("example_source:N", title="its source"),
    alt.Tooltip("sentence:N", title="its sentence"),
]
# Counts of claims are whole numbers: no "0.5 claims" tick.
_COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)
# Name of the click selection on the "most frequent measured" bars (the metric clicked).
FOLLOW_SELECTION = "follow"


def kind_source_chart(frame: pd.DataFrame) -> alt.Chart:
    """Stacked bars: how many claims of each kind each source made; the legend highlights."""
    data = _pool_sources(frame[["kind", *_EXAMPLE_COLUMNS]])
    table = (
        data.groupby(["kind", "source"], dropna=False)
        .agg(claims=("claim_id", "size"), **_EXAMPLE_AGG)
        .reset_index()
    )
    table = _short_sentences(table)
    # Clicking a source in the legend brings its bars forward and fades the others.
    picked = alt.selection_point(fields=["source"], bind="legend")
    return (
        alt.Chart(table, title="Claims by kind and source")
        .mark_bar()
        .encode(
            x=alt.X("sum(claims):Q", title="claims", axis=_COUNT_AXIS),
            y=alt.Y("kind:N", sort="-x", title=None),
            color=alt.Color("source:N", title="source"),
            opacity=alt.condition(picked, alt.value(1.0), alt.value(0.25)),
            tooltip=["kind:N", "source:N", "claims:Q", *_TOOLTIP_EXAMPLE],
        )
        .add_params(picked)
    )


def value_distribution_chart(frame: pd.DataFrame, unit: str, *, bins: int = 40) -> alt.Chart:
    """Histogram of the values stated in ``unit``, on log-spaced bins and a log axis.

    Zero and negative values cannot sit on a log axis; the title says how many were left out.
    """
    values = frame.loc[frame["unit"].eq(unit), ["value", *_EXAMPLE_COLUMNS]]
    positive = values[values["value"] > 0]
    left_out = len(values) - len(positive)
    title = f"Values in {unit}" + (f" ({left_out} zero or negative not shown)" if left_out else "")
    table = _log_bins(positive, bins)
    return (
        alt.Chart(table, title=title)
        .mark_bar()
        .encode(
            x=alt.X("bin_start:Q", scale=alt.Scale(type="log"), title=f"value ({unit})"),
            x2="bin_end:Q",
            y=alt.Y("claims:Q", title="claims", axis=_COUNT_AXIS),
            y2=alt.datum(0),
            tooltip=[
                alt.Tooltip("bin_start:Q", title="from", format=",.4~g"),
                alt.Tooltip("bin_end:Q", title="to", format=",.4~g"),
                "claims:Q",
                *_TOOLTIP_EXAMPLE,
            ],
        )
        .interactive(bind_y=False)
    )


def top_measured_chart(frame: pd.DataFrame, *, top: int = 15) -> alt.Chart:
    """Horizontal bars: the figures stated most often (the tracker's metrics, ``metric``
    and ``metric_label`` columns), with how many sources state them.

    A click on a bar selects its metric, as the point selection ``FOLLOW_SELECTION``.
    """
    tagged = frame.loc[frame["metric"].ne(""), ["metric", "metric_label", *_EXAMPLE_COLUMNS]]
    table = (
        tagged.groupby(["metric", "metric_label"])
        .agg(
            claims=("claim_id", "size"),
            sources=("source", "nunique"),
            **_EXAMPLE_AGG,
        )
        .nlargest(top, "claims")
        .reset_index()
    )
    table = _short_sentences(table)
    return (
        alt.Chart(table, title="Figures stated most often")
        .mark_bar()
        .encode(
            x=alt.X("claims:Q", title="claims", axis=_COUNT_AXIS),
            y=alt.Y("metric_label:N", sort="-x", title=None),
            color=alt.Color(
                "sources:Q",
                title="sources",
                scale=alt.Scale(scheme="blues"),
                legend=alt.Legend(format="d", tickMinStep=1),
            ),
            tooltip=[
                alt.Tooltip("metric_label:N", title="figure"),
                "claims:Q",
                "sources:Q",
                *_TOOLTIP_EXAMPLE,
            ],
        )
        .add_params(alt.selection_point(name=FOLLOW_SELECTION, fields=["metric"]))
    )


def _pool_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """Name missing sources and pool all but the ``MAX_SOURCES`` busiest into one colour."""
    source = frame["source"].fillna(NO_SOURCE)
    busiest = source.value_counts().index[:MAX_SOURCES]
    return frame.assign(source=source.where(source.isin(busiest), OTHER_SOURCES))


def _short_sentences(table: pd.DataFrame) -> pd.DataFrame:
    sentence = table["sentence"].fillna("")
    cut = sentence.str.len() > SENTENCE_CHARS
    shortened = sentence.str.slice(0, SENTENCE_CHARS - 1) + "…"
    return table.assign(sentence=shortened.where(cut, sentence))


def _log_bins(rows: pd.DataFrame, bins: int) -> pd.DataFrame:
    """Counts of ``rows`` per log-spaced value bin, with an example claim of each bin."""
    columns = ["bin_start", "bin_end", "claims", *_EXAMPLE_AGG]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    low, high = np.log10(rows["value"].min()), np.log10(rows["value"].max())
    if high - low < 1e-9:
        # One distinct value: a narrow bin around it still shows on a log axis.
        low, high = low - 0.05, high + 0.05
    edges = np.logspace(low, high, bins + 1)
    index = np.clip(np.searchsorted(edges, rows["value"], side="right") - 1, 0, bins - 1)
    table = rows.assign(bin=index).groupby("bin").agg(claims=("claim_id", "size"), **_EXAMPLE_AGG)
    table["bin_start"] = edges[table.index]
    table["bin_end"] = edges[table.index + 1]
    return _short_sentences(table.reset_index())[columns]
