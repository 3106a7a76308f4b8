"""The sidebar filters, mirrored in the URL query parameters both ways.

On a session's first run the URL seeds the widgets (a bookmarked or shared view);
on every run the widgets' state is written back to the URL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from claims.views.filters import (
    LOG_KINDS,
    QUERY_PARAMS,
    FilterState,
    options,
    reset,
    snap_range,
    value_steps,
)
from claims.views.summary import with_unit


def _key(panel: str, name: str) -> str:
    """Session-state key of one widget of a filter panel."""
    return f"{panel}_{name}"


# Date inputs otherwise only reach ten years back from today; archives go further.
_FIRST, _LAST = date(1900, 1, 1), date(2100, 12, 31)
_LIST_WIDGETS = ("kinds", "units", "sources", "qualifiers")
_LABELS = {"kinds": "Kind", "units": "Unit", "sources": "Source", "qualifiers": "Qualifier"}
_COLUMNS = {"kinds": "kind", "units": "unit", "sources": "source", "qualifiers": "qualifier"}


def filter_sidebar(frame: pd.DataFrame, *, key: str = "filters") -> FilterState:
    """Draw the filters for ``frame`` in the sidebar and return the state they describe."""
    if _key(key, "seeded") not in st.session_state:
        _seed(key, frame, _url_state())
    with st.sidebar:
        st.header("Filters")
        chosen = {
            name: tuple(
                st.multiselect(
                    _LABELS[name],
                    options(frame, _COLUMNS[name]),
                    key=_key(key, name),
                    placeholder="All",
                )
            )
            for name in _LIST_WIDGETS[:2]
        }
        value_range = _value_range(frame, key, chosen["units"])
        for name in _LIST_WIDGETS[2:]:
            chosen[name] = tuple(
                st.multiselect(
                    _LABELS[name],
                    options(frame, _COLUMNS[name]),
                    key=_key(key, name),
                    placeholder="All",
                )
            )
        since = st.date_input(
            "Published from", value=None, key=_key(key, "since"), min_value=_FIRST, max_value=_LAST
        )
        until = st.date_input(
            "Published until", value=None, key=_key(key, "until"), min_value=_FIRST, max_value=_LAST
        )
        query = st.text_input(
            "Search measured and sentence", key=_key(key, "query"), placeholder="e.g. tariff"
        )
        st.button("Reset filters", on_click=reset_filters, args=(key,), key=_key(key, "reset"))
    state = FilterState(
        **chosen, since=since, until=until, value_range=value_range, query=query.strip()
    )
    _write_url(state)
    return state


def reset_filters(key: str = "filters") -> None:
    """Callback of "Reset filters": every widget back to "all", and a clean URL."""
    _set_widgets(key, reset())
    # Range sliders are recreated, at full range, the next time their unit is chosen.
    for name in [k for k in st.session_state if str(k).startswith(_key(key, "range_"))]:
        del st.session_state[name]
    for name in QUERY_PARAMS:
        st.query_params.pop(name, None)


def _value_range(
    frame: pd.DataFrame, key: str, units: tuple[str, ...]
) -> tuple[float, float] | None:
    """A value-range slider when exactly one unit is chosen; None when it spans everything.

    Money and counts step through 1-2-5 per decade, so £3 and £3bn are both reachable.
    """
    if len(units) != 1:
        st.caption("Choose one unit to filter by value.")
        return None
    unit = units[0]
    rows = frame[frame["unit"].eq(unit)]
    log = bool(rows["kind"].isin(LOG_KINDS).any())
    steps = value_steps(rows["value"], log=log)
    if len(steps) < 2:
        return None
    wanted = st.session_state.get(_key(key, "wanted_range"))
    chosen = st.select_slider(
        "Value range",
        options=steps,
        value=snap_range(steps, wanted),
        format_func=lambda v: with_unit(v, unit),
        key=_key(key, f"range_{unit}"),
    )
    low, high = chosen
    return None if (low, high) == (steps[0], steps[-1]) else (low, high)


def _url_state() -> FilterState:
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    return FilterState.from_query_params(params)


def _seed(key: str, frame: pd.DataFrame, state: FilterState) -> None:
    """Put a URL's filter state into the widgets, keeping only values the data still has."""
    known = {name: set(options(frame, _COLUMNS[name])) for name in _LIST_WIDGETS}
    present = {name: tuple(v for v in getattr(state, name) if v in known[name]) for name in known}
    seeded = replace(
        state,
        kinds=present["kinds"],
        units=present["units"],
        sources=present["sources"],
        qualifiers=present["qualifiers"],
    )
    _set_widgets(key, seeded)
    st.session_state[_key(key, "seeded")] = True


def _set_widgets(key: str, state: FilterState) -> None:
    for name in _LIST_WIDGETS:
        st.session_state[_key(key, name)] = list(getattr(state, name))
    st.session_state[_key(key, "since")] = state.since
    st.session_state[_key(key, "until")] = state.until
    st.session_state[_key(key, "query")] = state.query
    # Not a widget: the range slider starts from it when it is (re)created.
    st.session_state[_key(key, "wanted_range")] = state.value_range


def _write_url(state: FilterState) -> None:
    """Mirror ``state`` in the URL, leaving the page's other parameters alone."""
    wanted = {
        name: [value] if isinstance(value, str) else value
        for name, value in state.to_query_params().items()
    }
    for name in QUERY_PARAMS:
        if name not in wanted:
            st.query_params.pop(name, None)
        elif st.query_params.get_all(name) != wanted[name]:
            st.query_params[name] = wanted[name]
