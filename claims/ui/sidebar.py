"""The sidebar filters, mirrored in the URL query parameters both ways.

One ``FilterState`` in the session is the truth; the widgets show it and their
callbacks change it. On a session's first run the URL seeds it (a bookmarked or
shared view); on every run it is written back to the URL. Each list filter offers
only the values the other filters leave, with how many claims each would keep.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from claims.ui.data import StoredClaims
from claims.views.figure import figure_text
from claims.views.filters import (
    FACETS,
    QUERY_PARAMS,
    FilterState,
    reset,
    snap_range,
    value_steps,
)
from claims.views.labels import option_word
from claims.views.words import count_of

# Date inputs otherwise only reach ten years back from today; archives go further.
_FIRST, _LAST = date(1900, 1, 1), date(2100, 12, 31)
_LABELS = {
    "kinds": "Kind",
    "units": "Unit",
    "sources": "Source",
    "qualifiers": "Hedge",
    "statements": "Statement",
    "attributed": "Who says so",
}
_HELP = {
    "statements": "A fact, a forecast, an estimate, a target or limit, or a hypothetical",
    "attributed": "Who the article says gives the figure; “the article itself” when no one",
}


def _key(panel: str, name: str) -> str:
    """Session-state key of one widget (or the state) of a filter panel."""
    return f"{panel}_{name}"


def filter_sidebar(claims: StoredClaims, *, key: str = "filters") -> FilterState:
    """Draw the filters for the store's ``claims`` in the sidebar and return the state
    they describe."""
    if _key(key, "state") not in st.session_state:
        st.session_state[_key(key, "state")] = _known(claims, _url_state())
    state: FilterState = st.session_state[_key(key, "state")]
    claims.prefetch(state)
    with st.sidebar:
        st.header("Filters")
        _article_notice(claims, state, key)
        for name in ("kinds", "units"):
            _facet(claims, state, name, key)
        _value_range(claims, state, key)
        for name in ("sources", "qualifiers", "statements", "attributed"):
            _facet(claims, state, name, key)
        _dates_and_text(state, key)
        st.button("Reset filters", on_click=reset_filters, args=(key,), key=_key(key, "reset"))
    _write_url(state)
    return state


def reset_filters(key: str = "filters") -> None:
    """Callback of "Reset filters": every filter back to "all", and a clean URL."""
    set_filters(reset(), key)


def show_articles(
    ids: Sequence[str], *, key: str = "filters", tabs_key: str = "view", tab: str = "Claims"
) -> None:
    """Callback of "Show these claims": only these articles' claims, in the ``tab`` tab."""
    set_filters(FilterState(articles=tuple(ids)), key)
    st.session_state[tabs_key] = tab


def set_filters(state: FilterState, key: str = "filters") -> None:
    """Make ``state`` the panel's filters (from a callback): the widgets follow on the run."""
    st.session_state[_key(key, "state")] = state
    # Range sliders are made again, from the state, the next time their unit is chosen.
    for name in [k for k in st.session_state if str(k).startswith(_key(key, "range_"))]:
        del st.session_state[name]
    for name in QUERY_PARAMS:
        st.query_params.pop(name, None)


def _facet(claims: StoredClaims, state: FilterState, name: str, key: str) -> None:
    counts = dict(claims.facet_counts(state, name))
    widget = _key(key, name)
    # The labels carry counts that change with the other filters, so the widget's value is
    # set from the state on every run rather than read back from the browser's labels.
    st.session_state[widget] = list(state.chosen(name))
    st.multiselect(
        _LABELS[name],
        list(counts),
        format_func=lambda v: f"{option_word(name, v)} ({counts[v]:,})",
        key=widget,
        placeholder="All",
        help=_HELP.get(name),
        on_change=_take,
        args=(key, name, tuple),
    )


def _value_range(claims: StoredClaims, state: FilterState, key: str) -> None:
    """A value-range slider when exactly one unit is chosen.

    Money and counts step through 1-2-5 per decade, so £3 and £3bn are both reachable.
    """
    if len(state.units) != 1:
        st.caption("Choose one unit to filter by value.")
        return
    unit = state.units[0]
    values, log = claims.unit_values(unit)
    steps = value_steps(values, log=log)
    if len(steps) < 2:
        return
    # One slider per unit, started from the state when it first appears: a range of
    # dollars means nothing for tonnes.
    st.select_slider(
        "Value range",
        options=steps,
        value=snap_range(steps, state.value_range),
        format_func=lambda v: figure_text(v, unit),
        key=_key(key, f"range_{unit}"),
        on_change=_take,
        args=(key, f"range_{unit}", _range_or_all(steps[0], steps[-1])),
    )


def _dates_and_text(state: FilterState, key: str) -> None:
    for name, label in (("since", "Published from"), ("until", "Published until")):
        st.session_state[_key(key, name)] = getattr(state, name)
        st.date_input(
            label,
            key=_key(key, name),
            min_value=_FIRST,
            max_value=_LAST,
            on_change=_take,
            args=(key, name, None),
        )
    st.session_state[_key(key, "query")] = state.query
    st.text_input(
        "Search measured and sentence",
        key=_key(key, "query"),
        placeholder="e.g. tariff",
        on_change=_take,
        args=(key, "query", str.strip),
    )


def _article_notice(claims: StoredClaims, state: FilterState, key: str) -> None:
    """When the view is narrowed to chosen articles, say which, with a way back."""
    if not state.articles:
        return
    titles = claims.titles(state.articles)
    st.caption(f"Showing only {count_of(len(state.articles), 'article')}:")
    st.text("\n".join(str(t) for t in titles[:5]) or "(untitled)")
    st.button(
        "Show every article",
        key=_key(key, "all_articles"),
        on_click=_take_value,
        args=(key, "articles", ()),
    )


def _take(key: str, widget: str, convert: Callable[[object], object] | None) -> None:
    """Widget callback: copy the widget's new value into the panel's state."""
    value = st.session_state[_key(key, widget)]
    name = "value_range" if widget.startswith("range_") else widget
    _take_value(key, name, convert(value) if convert else value)


def _take_value(key: str, name: str, value: object) -> None:
    state = st.session_state[_key(key, "state")]
    changes = {name: value}
    if name == "units":
        changes["value_range"] = None  # a range belongs to the unit it was chosen for
    st.session_state[_key(key, "state")] = replace(state, **changes)


def _range_or_all(low_end: float, high_end: float) -> Callable[[object], object]:
    """The slider's value as a value range; None when it spans every value."""

    def convert(value: object) -> object:
        chosen = tuple(value) if isinstance(value, tuple | list) else (low_end, high_end)
        return None if chosen == (low_end, high_end) else chosen

    return convert


def _url_state() -> FilterState:
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    return FilterState.from_query_params(params)


def _known(claims: StoredClaims, state: FilterState) -> FilterState:
    """``state`` keeping only list values the data still has (a URL may be old or mistyped)."""
    kept: dict[str, Any] = {}
    for name, column, _, _ in FACETS:
        if not state.chosen(name):
            continue
        if name == "articles":
            known = claims.articles_with_claims(state.articles)
        else:
            known = set(claims.options(column))
        kept[name] = tuple(v for v in state.chosen(name) if v in known)
    return replace(state, **kept)


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
