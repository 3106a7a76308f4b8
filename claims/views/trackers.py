"""What the dashboard's Trackers view shows, as plain functions: the metrics and
conflicts of a selection, one metric's statements as a table, and its timeline."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

import altair as alt
import pandas as pd

from claims.tracking.conflicts import Conflict
from claims.tracking.metrics import Metric, Statement
from claims.views.figure import figure_text
from claims.views.words import (
    NOT_HEDGED,
    UNKNOWN_SOURCE,
    qualifier_word,
    span_text,
    statement_word,
)

# The columns of a metric's statements table, as the reader sees them.
STATEMENT_COLUMNS = (
    "date",
    "source",
    "says",
    "figure",
    "value",
    "refers",
    "statement",
    "hedge",
    "sentence",
    "copy",
)


@dataclass(frozen=True)
class Tracked:
    """The metrics stated at least twice within a selection, and their conflicts."""

    metrics: list[Metric]
    conflicts: list[Conflict]


def within(metrics: list[Metric], conflicts: list[Conflict], claim_ids: Collection[int]) -> Tracked:
    """The metrics and conflicts of the claims ``claim_ids`` (the dashboard's filters):
    a metric keeps only its statements in the selection, and is dropped when fewer than
    two (wire copies counted once) remain; a conflict needs two of its claims."""
    ids = set(claim_ids)
    kept = []
    for m in metrics:
        statements = [s for s in m.statements if s.claim_id in ids]
        if sum(s.copy_of is None for s in statements) >= 2:
            kept.append(
                replace(m, statements=statements) if len(statements) < len(m.statements) else m
            )
    shown = {m.metric_id: m for m in kept}
    disputes = [
        replace(
            c,
            metric=shown[c.metric.metric_id],
            statements=[s for s in c.statements if s.claim_id in ids],
        )
        for c in conflicts
        if c.metric.metric_id in shown and sum(s.claim_id in ids for s in c.statements) >= 2
    ]
    return Tracked(kept, disputes)


def ordered(listing: pd.DataFrame, disputed: Collection[str]) -> list[str]:
    """The ids of the metrics ``listing`` (``metric_id``, ``metric_key``, busiest first)
    in the order a fact-checker reads them: those with conflicts (their keys
    ``disputed``) first, then the busiest."""
    hit = listing["metric_key"].isin(set(disputed))
    return [*listing.loc[hit, "metric_id"], *listing.loc[~hit, "metric_id"]]


def choice_label(label: str, statements: int, sources: int, *, disputed: bool) -> str:
    """A metric as the picker lists it: "⚠ people killed (earthquake, Peru) · 9 statements
    from 4 sources"."""
    mark = "⚠ " if disputed else ""
    return f"{mark}{label} · {statements} statements from {sources} sources"


def statements_table(metric: Metric) -> pd.DataFrame:
    """A metric's statements, oldest first: who said what, when, in which sentence; a
    wire copy, or a conversion in its sentence into another unit ("£13.4 billion ($17
    billion)"), marked with the claim it restates."""
    unit_of = {s.claim_id: s.unit for s in metric.statements}
    rows = [
        {
            "date": s.published,
            "source": s.source or UNKNOWN_SOURCE,
            "says": s.attributed_to or "",
            "figure": figure_text(s.value, s.unit, qualifier=s.qualifier, low=s.low, high=s.high),
            "value": s.value_in(metric.unit),
            "refers": span_text(*stated) if (stated := s.period()) else "",
            "statement": statement_word(s.statement),
            "hedge": qualifier_word(s.qualifier),
            "sentence": s.sentence,
            "copy": _restating(s, unit_of),
        }
        for s in metric.statements
    ]
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))


def _restating(s: Statement, unit_of: Mapping[int, str | None]) -> str:
    if s.copy_of is None:
        return ""
    same = unit_of.get(s.copy_of, s.unit) == s.unit
    return f"{'copy' if same else 'conversion'} of claim {s.copy_of}"


# How each hedge is drawn: a bound points the way it allows.
HEDGE_MARKS = {
    NOT_HEDGED: "circle",
    "about": "diamond",
    "more than": "triangle-up",
    "at least": "triangle-up",
    "less than": "triangle-down",
    "at most": "triangle-down",
    "up to": "triangle-down",
}
_EMPTY = (
    "when",
    "value",
    "low",
    "high",
    "source",
    "says",
    "figure",
    "sentence",
    "hedge",
    "disputed",
)


def timeline_chart(metric: Metric, conflicts: list[Conflict]) -> alt.LayerChart | alt.FacetChart:
    """A metric over time, one colour per source: each statement at the time it refers to
    (its stated period's middle, else the day it was published), a range as a bar from
    its low to its high, a bound as a triangle pointing the way it allows ("at least" up,
    "up to" down), "about" as a diamond; conflicting statements ringed in red; wire copies
    drawn once."""
    disputed = {s.claim_id for c in conflicts for s in c.statements}
    points = [
        row
        for s in metric.statements
        if s.copy_of is None and (row := _point(s, metric.unit, s.claim_id in disputed))
    ]
    table = pd.DataFrame(points, columns=list(_EMPTY))
    hedges = [h for h in HEDGE_MARKS if h in set(table["hedge"])]
    unit = metric.unit or metric.kind
    base = alt.Chart(table, title=f"{metric.label} over time").encode(
        x=alt.X("when:T", title="date", axis=alt.Axis(format="%d %b %Y")),
        color=alt.Color("source:N", title="source"),
        tooltip=[
            "figure:N",
            "source:N",
            alt.Tooltip("says:N", title="says who"),
            alt.Tooltip("when:T", format="%d %b %Y"),
            "sentence:N",
        ],
    )
    ranges = (
        base.transform_filter("isValid(datum.low) && isValid(datum.high)")
        .mark_rule(strokeWidth=3)
        .encode(y=alt.Y("low:Q", title=unit), y2="high:Q")
    )
    marks = base.mark_point(size=110, filled=True, opacity=1).encode(
        y=alt.Y("value:Q", title=unit, scale=alt.Scale(zero=False)),
        shape=alt.Shape(
            "hedge:N",
            title="hedge",
            scale=alt.Scale(domain=hedges, range=[HEDGE_MARKS[h] for h in hedges]),
        ),
    )
    rings = (
        base.transform_filter("datum.disputed")
        .mark_point(size=320, color="#c0392b", strokeWidth=2, filled=False)
        .encode(y="value:Q")
    )
    return alt.layer(ranges, marks, rings)


def _point(s: Statement, unit: str | None, disputed: bool) -> dict[str, object] | None:
    """One statement as a point of the timeline (``None`` if it cannot be placed)."""
    when, value = s.when(), s.value_in(unit)
    if when is None or value is None:
        return None
    start, end = when
    ranged = s.low is not None and s.high is not None
    factor = value / s.value if s.value else 1.0
    return {
        "when": pd.Timestamp(start + (end - start) / 2),
        "value": value,
        "low": s.low * factor if ranged and s.low is not None else None,
        "high": s.high * factor if ranged and s.high is not None else None,
        "source": s.source or UNKNOWN_SOURCE,
        "says": s.attributed_to or "",
        "figure": figure_text(s.value, s.unit, qualifier=s.qualifier, low=s.low, high=s.high),
        "sentence": s.sentence,
        "hedge": qualifier_word(s.qualifier) or NOT_HEDGED,
        "disputed": disputed,
    }
