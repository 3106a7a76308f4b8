"""Headline figures and the charts of the current selection."""

from __future__ import annotations

from functools import partial

import streamlit as st

from claims.ui.data import StoredClaims
from claims.ui.trackers import TRACKERS_TAB
from claims.views import charts
from claims.views.figure import unit_words
from claims.views.filters import FilterState
from claims.views.summary import Headline
from claims.views.words import count_of

# The figures stated more than once that the chart draws, busiest first.
TOP_METRICS = 15


def headline_metrics(shown: Headline, total: Headline) -> None:
    """Articles, claims, sources and date span of the selection, against the whole store."""
    articles, claims, sources, span = st.columns([1, 1, 1, 2])
    articles.metric("Articles", f"{shown.articles:,}", help=f"{total.articles:,} in the store")
    claims.metric("Claims", f"{shown.claims:,}", help=f"{total.claims:,} in the store")
    sources.metric("Sources", f"{shown.sources:,}", help=f"{total.sources:,} in the store")
    days = count_of(shown.days or 0, "day")
    span.metric("Date span", shown.date_span, help=f"{shown.exact_span}: {days}")


def overview_charts(
    claims: StoredClaims,
    state: FilterState,
    *,
    key: str = "charts",
    follow_key: str = "metric",
    tabs_key: str = "view",
) -> None:
    """Claims by kind and source, the most frequent measured things, and a unit's values,
    of the claims ``state`` keeps, counted in the store.

    A click on a "figures stated more than once" bar opens the ``TRACKERS_TAB`` tab (the tabs
    widget ``tabs_key``) following that metric (the selectbox ``follow_key``).
    """
    top = charts.top_measured_view(claims.top_metrics(state, TOP_METRICS), claims.examples)
    if top is None:
        st.caption(
            "No figure is stated more than once in this selection, so there is nothing to "
            "compare yet."
        )
    else:
        st.altair_chart(
            top,
            key=f"{key}_top",
            on_select=partial(_follow_clicked, f"{key}_top", follow_key, tabs_key),
            selection_mode=charts.FOLLOW_SELECTION,
        )
        st.caption("Click a bar to follow that metric over time.")
    left, right = st.columns(2)
    kinds = charts.kind_source_view(claims.kind_source_counts(state), claims.examples)
    left.altair_chart(kinds, key=f"{key}_kinds")
    units = claims.units(state)
    if not units:
        right.caption("No claim in the selection has a unit, so there is no value distribution.")
        return
    with right:
        unit = st.selectbox(
            "Unit to chart", units, format_func=unit_words, key=f"{key}_unit", bind="query-params"
        )
        values = charts.value_distribution_view(
            claims.unit_rows(state, unit), unit, claims.examples
        )
        st.altair_chart(values, key=f"{key}_values")


def _follow_clicked(chart_key: str, follow_key: str, tabs_key: str) -> None:
    """Callback of the figures chart: follow the clicked metric in the Trackers tab."""
    points = st.session_state[chart_key].selection.get(charts.FOLLOW_SELECTION, [])
    metric = points[0].get("metric") if points else None
    if metric is None:
        return
    st.session_state[follow_key] = metric
    st.session_state[tabs_key] = TRACKERS_TAB
