"""Headline figures and the charts of the current selection."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from claims.views import charts
from claims.views.summary import headline
from claims.views.tracking import tracked_metrics
from claims.views.words import count_of

TRACKER_TAB = "Tracked metrics"


def headline_metrics(selection: pd.DataFrame, everything: pd.DataFrame) -> None:
    """Articles, claims, sources and date span of the selection, against the whole store."""
    shown, total = headline(selection), headline(everything)
    articles, claims, sources, span = st.columns([1, 1, 1, 2])
    articles.metric("Articles", f"{shown.articles:,}", help=f"{total.articles:,} in the store")
    claims.metric("Claims", f"{shown.claims:,}", help=f"{total.claims:,} in the store")
    sources.metric("Sources", f"{shown.sources:,}", help=f"{total.sources:,} in the store")
    span.metric("Date span", shown.date_span, help=f"{shown.days or 0} days")


def overview_charts(
    selection: pd.DataFrame,
    *,
    key: str = "charts",
    follow_key: str = "metric",
    tabs_key: str = "view",
) -> None:
    """Claims by kind and source, the most frequent measured things, and a unit's values.

    A click on a "most frequent measured" bar opens the ``TRACKER_TAB`` tab (the tabs
    widget ``tabs_key``) following that metric (the selectbox ``follow_key``).
    """
    left, right = st.columns(2)
    left.altair_chart(charts.kind_source_chart(selection), key=f"{key}_kinds")
    right.altair_chart(
        charts.top_measured_chart(selection),
        key=f"{key}_top",
        on_select=partial(_follow_clicked, selection, f"{key}_top", follow_key, tabs_key),
        selection_mode=charts.FOLLOW_SELECTION,
    )
    right.caption("Click a bar to follow that metric over time.")
    units = selection["unit"].dropna().value_counts().index.tolist()
    if not units:
        st.caption("No claim in the selection has a unit, so there is no value distribution.")
        return
    unit = st.selectbox("Unit to chart", units, key=f"{key}_unit", bind="query-params")
    st.altair_chart(charts.value_distribution_chart(selection, unit), key=f"{key}_values")


def metric_tracker(selection: pd.DataFrame, *, key: str = "metric") -> None:
    """The table of metrics stated more than once, and one metric's figures over time.

    The followed metric is kept in the URL under ``key``, so a shared link shows it.
    """
    table = tracked_metrics(selection)
    if table.empty:
        st.info(
            "No measured thing is stated more than once in this selection. "
            "Widen the filters or add more articles to compare figures across sources."
        )
        return
    conflicts = int(table["conflict"].sum())
    st.caption(
        f"{count_of(len(table), 'metric')} stated more than once; {conflicts:,} where sources "
        "disagree "
        "by more than 5%."
    )
    st.dataframe(
        table.drop(columns=["metric"]),
        hide_index=True,
        column_config={
            "measured": st.column_config.TextColumn("Measured"),
            "unit": st.column_config.TextColumn("Unit"),
            "sources": st.column_config.NumberColumn("Sources"),
            "claims": st.column_config.NumberColumn("Claims"),
            "min": st.column_config.NumberColumn("Min", format="localized"),
            "max": st.column_config.NumberColumn("Max", format="localized"),
            "spread": st.column_config.NumberColumn("Spread", format="percent"),
            "latest": st.column_config.NumberColumn("Latest", format="localized"),
            "latest_source": st.column_config.TextColumn("Latest source"),
            "latest_date": st.column_config.DateColumn("Latest date"),
            "conflict": st.column_config.CheckboxColumn("Sources disagree"),
        },
        on_select=partial(_follow_selected, table["metric"].tolist(), key),
        selection_mode="single-row",
        key=f"{key}_table",
    )
    metric = st.selectbox(
        "Metric to follow",
        table["metric"].tolist(),
        key=key,
        help="Or select a row of the table above.",
        bind="query-params",
    )
    st.altair_chart(charts.metric_over_time_chart(selection, metric), key=f"{key}_chart")


def _follow_clicked(
    selection: pd.DataFrame, chart_key: str, follow_key: str, tabs_key: str
) -> None:
    """Callback of the measured-things chart: follow the clicked metric in the tracker tab."""
    points = st.session_state[chart_key].selection.get(charts.FOLLOW_SELECTION, [])
    metric = points[0].get("metric") if points else None
    if metric is None:
        return
    if metric in set(tracked_metrics(selection)["metric"]):
        st.session_state[follow_key] = metric
        st.session_state[tabs_key] = TRACKER_TAB
    else:
        st.toast("That metric is stated only once in this selection: there is nothing to follow.")


def _follow_selected(metrics: list[str], key: str) -> None:
    """Callback of the metrics table: the selected row becomes the metric to follow."""
    rows = st.session_state[f"{key}_table"].selection.rows
    if rows and rows[0] < len(metrics):
        st.session_state[key] = metrics[rows[0]]
