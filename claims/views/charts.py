"""Altair chart specifications of a claims frame.

Every chart is drawn from counts, so the data it embeds stays far below Altair's
5,000-row limit however large the store is: counts are grouped by category and values
are counted in size bands. Each ``…_chart`` counts a claims frame; its ``…_view`` draws
counts made anywhere (the dashboard counts in SQL, `claims.views.query`), each group with
its ``first`` claim id, whose surface and sentence (``examples``) the tooltip shows. A
metric's history is the Trackers view's (`claims.views.trackers`).
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import numpy as np
import pandas as pd

from claims.views.figure import figure_text, unit_words
from claims.views.filters import round_step
from claims.views.words import UNKNOWN_SOURCE

# Colours stay readable up to about this many sources; the rest are pooled.
MAX_SOURCES = 10
OTHER_SOURCES = "other sources"
# Tooltips show this much of a sentence; the detail panel shows all of it.
SENTENCE_CHARS = 160

_TOOLTIP_EXAMPLE = [
    alt.Tooltip("surface:N", title="example figure"),
    alt.Tooltip("example_source:N", title="its source"),
    alt.Tooltip("sentence:N", title="its sentence"),
]
# Counts of claims are whole numbers: no "0.5 claims" tick.
_COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)
# Name of the click selection on the "most frequent measured" bars (the metric clicked).
FOLLOW_SELECTION = "follow"


# Claim ids -> a frame of their ``surface``, ``sentence`` and ``source``, indexed by claim
# id: what the tooltips show of each group's first claim, read only for the groups drawn.
Examples = Callable[[list[int]], pd.DataFrame]
EXAMPLE_COLUMNS = ["surface", "sentence", "source"]


def examples_of(frame: pd.DataFrame) -> Examples:
    """The ``Examples`` of a claims frame's claims."""
    by_id = frame.set_index("claim_id")[EXAMPLE_COLUMNS]
    return lambda ids: by_id.loc[ids]


def kind_source_chart(frame: pd.DataFrame) -> alt.Chart:
    """``kind_source_view`` of a claims frame."""
    counts = (
        frame.groupby(["kind", "source"], dropna=False)
        .agg(claims=("claim_id", "size"), first=("claim_id", "min"))
        .reset_index()
    )
    return kind_source_view(counts, examples_of(frame))


def kind_source_view(counts: pd.DataFrame, examples: Examples) -> alt.Chart:
    """Stacked bars: how many claims of each kind each source made (``counts``: ``kind``,
    ``source``, ``claims``, ``first``); the legend highlights.

    The legend sits below the bars in columns, so every source is listed however few
    kinds the selection leaves.
    """
    table = (
        _pool_sources(counts)
        .groupby(["kind", "source"])
        .agg(claims=("claims", "sum"), first=("first", "min"))
        .reset_index()
    )
    table = _with_examples(table.assign(example_source=table["source"]), examples)
    # Busiest source first in the legend; the pooled rest last.
    order = table.groupby("source")["claims"].sum().sort_values(ascending=False).index.tolist()
    if OTHER_SOURCES in order:
        order.remove(OTHER_SOURCES)
        order.append(OTHER_SOURCES)
    # Clicking a source in the legend brings its bars forward and fades the others.
    picked = alt.selection_point(fields=["source"], bind="legend")
    return (
        alt.Chart(table, title="Claims by kind of figure and source")
        .mark_bar()
        .encode(
            x=alt.X("sum(claims):Q", title="claims", axis=_COUNT_AXIS),
            y=alt.Y("kind:N", sort="-x", title=None),
            color=alt.Color(
                "source:N",
                title="source",
                scale=alt.Scale(domain=order),
                legend=alt.Legend(
                    orient="bottom", columns=2, symbolLimit=0, labelLimit=0, direction="vertical"
                ),
            ),
            opacity=alt.condition(picked, alt.value(1.0), alt.value(0.25)),
            tooltip=["kind:N", "source:N", "claims:Q", *_TOOLTIP_EXAMPLE],
        )
        .add_params(picked)
    )


def value_distribution_chart(frame: pd.DataFrame, unit: str) -> alt.Chart:
    """``value_distribution_view`` of a claims frame's claims in ``unit``."""
    rows = frame.loc[frame["unit"].eq(unit), ["claim_id", "value"]]
    return value_distribution_view(rows, unit, examples_of(frame))


def value_distribution_view(rows: pd.DataFrame, unit: str, examples: Examples) -> alt.Chart:
    """How many claims state a figure of each size in ``unit``: bars per size band, of
    ``rows`` (``claim_id`` and ``value`` of the claims in ``unit``), each with its first
    claim as the example.

    Bands are decades (``$1m–$10m``) when the figures span more than a hundredfold,
    else even bands of a round width (``10–20%``); each is labelled as a reader writes
    it. Zero and negative values have no decade; the title says how many were left out.
    """
    table, left_out = _size_bands(rows, unit, examples)
    title = f"Figures in {unit_words(unit)} by size: how many claims state each"
    if left_out:
        title += f" ({left_out} zero or negative not shown)"
    return (
        alt.Chart(table, title=title)
        .mark_bar()
        .encode(
            x=alt.X(
                "band:N",
                sort=alt.SortField("band_start"),
                title=f"size of the figure ({unit_words(unit)})",
                axis=alt.Axis(labelAngle=0, labelOverlap=True),
            ),
            y=alt.Y("claims:Q", title="claims", axis=_COUNT_AXIS),
            tooltip=[
                alt.Tooltip("band:N", title="figures from"),
                "claims:Q",
                *_TOOLTIP_EXAMPLE,
            ],
        )
    )


def top_measured_chart(frame: pd.DataFrame, *, top: int = 15) -> alt.Chart | None:
    """``top_measured_view`` of a claims frame with the tracker's ``metric`` and
    ``metric_label`` columns ("" for a claim of no metric)."""
    tagged = frame[frame["metric"].ne("")]
    table = (
        tagged.groupby(["metric", "metric_label"])
        .agg(
            claims=("claim_id", "size"),
            sources=("source", "nunique"),
            first=("claim_id", "min"),
        )
        .query("claims >= 2")
        .reset_index()
        .sort_values(["claims", "sources", "metric_label"], ascending=[False, False, True])
        .head(top)
    )
    source = frame.set_index("claim_id")["source"]
    table["example_source"] = source.reindex(table["first"]).to_numpy()
    return top_measured_view(table, examples_of(frame))


def top_measured_view(table: pd.DataFrame, examples: Examples) -> alt.Chart | None:
    """Horizontal bars: the figures stated more than once, with how many sources state
    them (``table``: each metric's ``metric`` id, ``metric_label``, ``claims``,
    ``sources``, ``first`` claim id and its ``example_source``, busiest first, counted
    anywhere: the dashboard counts in SQL); None when there are none.

    A click on a bar selects its metric, as the point selection ``FOLLOW_SELECTION``.
    """
    if table.empty:
        return None
    table = _with_examples(table, examples)
    return (
        alt.Chart(table, title="Figures stated more than once")
        .mark_bar()
        .encode(
            x=alt.X("claims:Q", title="claims", axis=_COUNT_AXIS),
            # Labels in full: two metrics must never look the same for want of room.
            y=alt.Y("metric_label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=360)),
            # Few distinct counts of sources: one legend entry each, darker for more.
            color=alt.Color("sources:O", title="sources", scale=alt.Scale(scheme="blues")),
            tooltip=[
                alt.Tooltip("metric_label:N", title="figure"),
                "claims:Q",
                "sources:Q",
                *_TOOLTIP_EXAMPLE,
            ],
        )
        .add_params(alt.selection_point(name=FOLLOW_SELECTION, fields=["metric"]))
    )


def _pool_sources(counts: pd.DataFrame) -> pd.DataFrame:
    """Name missing sources and pool all but the ``MAX_SOURCES`` busiest into one colour."""
    source = counts["source"].fillna(UNKNOWN_SOURCE)
    totals = (
        counts.assign(source=source)
        .groupby("source")
        .agg(claims=("claims", "sum"), first=("first", "min"))
        .sort_values(["claims", "first"], ascending=[False, True])
    )
    busiest = totals.index[:MAX_SOURCES]
    return counts.assign(source=source.where(source.isin(busiest), OTHER_SOURCES))


def _with_examples(
    table: pd.DataFrame, examples: Examples, *, source: bool = False
) -> pd.DataFrame:
    """``table`` with the ``surface`` and ``sentence`` of each group's ``first`` claim (and
    its source as ``example_source``, if ``source``)."""
    firsts = [int(i) for i in table["first"]]
    shown = examples(firsts).reindex(firsts)
    table = table.assign(surface=shown["surface"].to_numpy(), sentence=shown["sentence"].to_numpy())
    if source:
        table = table.assign(example_source=shown["source"].to_numpy())
    return _short_sentences(table)


def _short_sentences(table: pd.DataFrame) -> pd.DataFrame:
    sentence = table["sentence"].fillna("")
    cut = sentence.str.len() > SENTENCE_CHARS
    shortened = sentence.str.slice(0, SENTENCE_CHARS - 1) + "…"
    return table.assign(sentence=shortened.where(cut, sentence))


def _size_bands(rows: pd.DataFrame, unit: str, examples: Examples) -> tuple[pd.DataFrame, int]:
    """Counts of ``rows`` per size band, labelled, with an example claim; and how many
    values were left out (zero or negative, when the bands are decades)."""
    columns = ["band", "band_start", "claims", "surface", "example_source", "sentence"]
    values = rows["value"]
    positive = values[values > 0]
    decades = not positive.empty and positive.max() / positive.min() > 100
    if decades:
        left_out = len(rows) - len(positive)
        rows = rows[values > 0]
        starts = 10.0 ** np.floor(np.log10(rows["value"]))
        ends = starts * 10
    else:
        left_out = 0
        if rows.empty:
            return pd.DataFrame(columns=columns), 0
        width = round_step((values.max() - values.min()) / 10 or 1.0)
        starts = np.floor(rows["value"] / width) * width
        ends = starts + width
    table = (
        rows.assign(band_start=starts, band_end=ends)
        .groupby(["band_start", "band_end"])
        .agg(claims=("claim_id", "size"), first=("claim_id", "min"))
        .reset_index()
    )
    table["band"] = [
        figure_text(a, unit, low=a, high=b)
        for a, b in zip(table["band_start"], table["band_end"], strict=True)
    ]
    return _with_examples(table, examples, source=True)[columns], left_out
