"""The Trackers view: every figure stated more than once, followed across sources and
time, with the conflicts between sources; and the fact-checker's own trackers.

Article text (labels, sentences) is shown as plain text or table cells, never Markdown.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from claims.store import Store, StoreError
from claims.tracking.conflicts import Conflict
from claims.tracking.metrics import Metric
from claims.tracking.trackers import Tracker, parse_words
from claims.ui.data import StoredClaims
from claims.views.export import csv_bytes
from claims.views.filters import FilterState
from claims.views.metrics import tracker_line
from claims.views.trackers import (
    choice_label,
    ordered,
    statements_table,
    timeline_chart,
    within,
)

TRACKERS_TAB = "Trackers"


def trackers_view(
    claims: StoredClaims, state: FilterState, path: Path, *, key: str = "metric"
) -> None:
    """Headline counts, a metric picker (kept in the URL under ``key``), the metric's
    timeline, conflicts and statements, and the hand-made trackers (of the store at
    ``path``). The list comes from the store's kept summaries; only the metric shown is
    read with its statements."""
    listing = claims.tracked_metrics(state)
    shown = set(listing["metric_key"])
    disputed = {k: n for k, n in claims.disputed_metrics(state).items() if k in shown}
    left, right = st.columns(2)
    left.metric("Metrics stated more than once", f"{len(listing):,}")
    right.metric("Conflicts between sources", f"{sum(disputed.values()):,}")
    if listing.empty:
        st.info(
            "No figure is stated more than once in this selection. Widen the filters or add "
            "articles that report the same figures to compare sources."
        )
    else:
        columns = ("metric_id", "metric_key", "label", "statements", "sources")
        rows = list(zip(*(listing[c] for c in columns), strict=True))
        names = {
            metric_id: choice_label(label, n, sources, disputed=metric_key in disputed)
            for metric_id, metric_key, label, n, sources in rows
        }
        key_of = {metric_id: metric_key for metric_id, metric_key, *_ in rows}
        chosen = st.selectbox(
            "Metric",
            ordered(listing, disputed),
            format_func=names.__getitem__,
            key=key,
            bind="query-params",
            help="Type to search. Metrics where sources disagree come first (⚠).",
        )
        if chosen in key_of:
            _chosen(claims, state, key_of[chosen], key=key)
    _trackers(path, key=f"{key}_trackers")


def _chosen(claims: StoredClaims, state: FilterState, metric_key: str, *, key: str) -> None:
    """The metric ``metric_key`` as the selection keeps it, read with its statements."""
    found = claims.metric(metric_key)
    if found is None:
        return
    ids = claims.metric_claim_ids(state, metric_key)
    shown = within([found[0]], found[1], ids)
    if shown.metrics:
        _metric(shown.metrics[0], shown.conflicts, key=key)


def _metric(metric: Metric, conflicts: list[Conflict], *, key: str) -> None:
    st.subheader(metric.label, anchor=False)
    st.caption(f"Put together because: {metric.why}.")
    st.altair_chart(timeline_chart(metric, conflicts), key=f"{key}_chart")
    for conflict in conflicts:
        st.error(
            f"Sources disagree (spread {conflict.spread:.0%}): {conflict.why}.",
            icon=":material/warning:",
        )
    table = statements_table(metric)
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "date": st.column_config.TextColumn("Date"),
            "source": st.column_config.TextColumn("Outlet"),
            "says": st.column_config.TextColumn("Says who"),
            "figure": st.column_config.TextColumn("Figure"),
            "value": st.column_config.NumberColumn(
                f"Value ({metric.unit or metric.kind})", format="localized"
            ),
            "refers": st.column_config.TextColumn(
                "Refers to", help="The period the figure is about, when its sentence says"
            ),
            "statement": st.column_config.TextColumn("Statement"),
            "hedge": st.column_config.TextColumn("Hedge"),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "copy": st.column_config.TextColumn("Wire copy"),
        },
        key=f"{key}_statements",
    )
    st.download_button(
        "Download this metric's claims (CSV)",
        data=csv_bytes(table),
        file_name=f"metric-{metric.metric_id}.csv",
        mime="text/csv",
        key=f"{key}_download",
    )


_FIELDS = ("name", "words", "unit", "entity", "place")


def _trackers(path: Path, *, key: str) -> None:
    """The hand-made trackers: add one, remove one."""
    with st.expander("Your trackers", icon=":material/track_changes:"):
        st.caption(
            "A tracker follows a figure you name: claims whose measured phrase or sentence "
            "holds all its words (and its unit, entity and place, when given) join it, "
            "before any automatic grouping."
        )
        try:
            with Store(path) as store:
                found = store.trackers()
        except StoreError as exc:
            st.error(f"The trackers cannot be read: {exc}")
            return
        for tracker in found:
            line, button = st.columns([5, 1])
            line.text(tracker_line(tracker))
            button.button(
                "Remove",
                key=f"{key}_remove_{tracker.id}",
                on_click=_remove,
                args=(path, tracker.name),
            )
        with st.form(f"{key}_add", clear_on_submit=True):
            st.text_input("Name", placeholder="Peru quake deaths", key=f"{key}_name")
            st.text_input(
                "Words that must appear", placeholder="killed earthquake", key=f"{key}_words"
            )
            unit, entity, place = st.columns(3)
            unit.text_input("Unit (optional)", placeholder="person", key=f"{key}_unit")
            entity.text_input("Entity (optional)", key=f"{key}_entity")
            place.text_input("Place (optional)", placeholder="Peru", key=f"{key}_place")
            st.form_submit_button("Add tracker", on_click=_add, args=(path, key))


def _add(path: Path, key: str) -> None:
    """Callback of the add form: save the tracker it describes, or say what is missing."""
    given = {f: str(st.session_state.get(f"{key}_{f}") or "").strip() for f in _FIELDS}
    words = parse_words(given["words"])
    if not given["name"] or not words:
        st.toast("A tracker needs a name and at least one word.", icon=":material/error:")
        return
    tracker = Tracker(
        given["name"], words, given["unit"] or None, given["entity"] or None, given["place"] or None
    )
    try:
        with Store(path) as store:
            store.add_tracker(tracker)
    except StoreError as exc:
        st.toast(str(exc), icon=":material/error:")
        return
    st.toast(f"Tracking '{tracker.name}'.")


def _remove(path: Path, name: str) -> None:
    """Callback of a tracker's Remove button."""
    with Store(path) as store:
        store.remove_tracker(name)
    st.toast(f"Removed tracker '{name}'.")
