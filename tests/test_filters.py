"""filter_claims, FilterState's URL round trip and the value-range steps, by example tables."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from claim_frames import claims_frame
from hypothesis import assume, given
from hypothesis import strategies as st

from claims.views.filters import (
    NO_QUALIFIER,
    NO_SOURCE,
    NO_UNIT,
    OWN_VOICE,
    FilterState,
    filter_claims,
    reset,
    snap_range,
    value_steps,
)
from tests.reference import facet_counts, options

ROWS = [
    # claim_id 1..6
    dict(kind="percentage", unit="percent", value=25.0, source="Wire", published="2025-03-01",
         measured="tariff on steel", sentence="The tariff on steel is 25%."),
    dict(kind="currency", unit="USD", value=3e9, source="Post", published="2025-04-02",
         measured="imports", sentence="About $3bn of imports.", qualifier="approx"),
    dict(kind="count", unit="person", value=1200.0, source="Wire", published="2025-04-30",
         measured="jobs lost", sentence="1,200 people lost jobs."),
    dict(kind="count", unit="person", value=50000.0, source=None, published=None,
         measured="death toll", sentence="More than 50,000 killed.", qualifier="more_than"),
    dict(kind="other", unit=None, value=7.0, source="Ledger", published="2025-05-10",
         measured=None, sentence="Seven ways the TARIFF bites."),
    dict(kind="currency", unit="USD", value=5e3, source="Post", published="2025-05-10",
         measured="fine", sentence="A fine of $5,000."),
]  # fmt: skip

FILTER_CASES = [
    ("no filter keeps all", {}, [1, 2, 3, 4, 5, 6]),
    ("one kind", {"kinds": ["count"]}, [3, 4]),
    ("two kinds", {"kinds": ["count", "percentage"]}, [1, 3, 4]),
    ("unit", {"units": ["USD"]}, [2, 6]),
    ("no unit label", {"units": [NO_UNIT]}, [5]),
    ("source", {"sources": ["Wire"]}, [1, 3]),
    ("unknown source label", {"sources": [NO_SOURCE]}, [4]),
    ("qualifier", {"qualifiers": ["approx"]}, [2]),
    ("exact label", {"qualifiers": [NO_QUALIFIER]}, [1, 3, 5, 6]),
    ("since drops undated", {"since": date(2025, 4, 2)}, [2, 3, 5, 6]),
    ("until includes the day", {"until": date(2025, 4, 30)}, [1, 2, 3]),
    ("date window", {"since": date(2025, 4, 1), "until": date(2025, 4, 30)}, [2, 3]),
    ("value range inclusive", {"value_range": (1200.0, 5e4)}, [3, 4, 6]),
    ("query in measured", {"query": "steel"}, [1]),
    ("query in sentence, any case", {"query": "tariff"}, [1, 5]),
    ("query is not a regex", {"query": "$3bn"}, [2]),
    ("query blank is no filter", {"query": "   "}, [1, 2, 3, 4, 5, 6]),
    ("filters combine", {"kinds": ["currency"], "value_range": (0.0, 1e4)}, [6]),
    ("nothing matches", {"kinds": ["count"], "sources": ["Ledger"]}, []),
]


@pytest.mark.parametrize(
    ("kwargs", "expected"), [c[1:] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES]
)
def test_filter_claims(kwargs: dict, expected: list[int]) -> None:
    frame = claims_frame(ROWS)
    assert filter_claims(frame, **kwargs)["claim_id"].tolist() == expected


def test_filter_state_applies_as_keyword_arguments() -> None:
    frame = claims_frame(ROWS)
    state = FilterState(kinds=("count",), sources=("Wire",))
    assert filter_claims(frame, **state.as_kwargs())["claim_id"].tolist() == [3]
    assert filter_claims(frame, **reset().as_kwargs()).equals(frame)


ROUND_TRIP_CASES = [
    ("default", FilterState()),
    ("lists", FilterState(kinds=("count", "currency"), units=("person",), sources=("A B",))),
    ("labels", FilterState(units=(NO_UNIT,), sources=(NO_SOURCE,), qualifiers=(NO_QUALIFIER,))),
    ("dates", FilterState(since=date(2025, 1, 2), until=date(2025, 12, 31))),
    ("value range", FilterState(units=("USD",), value_range=(2000.0, 5e9))),
    ("fractional range", FilterState(value_range=(0.25, 12.5))),
    ("query", FilterState(query="tariff & steel")),
]


@pytest.mark.parametrize(
    "state", [c[1] for c in ROUND_TRIP_CASES], ids=[c[0] for c in ROUND_TRIP_CASES]
)
def test_query_params_round_trip(state: FilterState) -> None:
    assert FilterState.from_query_params(state.to_query_params()) == state


def test_default_state_writes_no_query_params() -> None:
    assert FilterState().to_query_params() == {}


BAD_URL_CASES = [
    ("bad date dropped", {"since": "yesterday"}, FilterState()),
    ("half a range dropped", {"min": "5"}, FilterState()),
    ("non-number range dropped", {"min": "a", "max": "9"}, FilterState()),
    ("infinite range dropped", {"min": "-inf", "max": "inf"}, FilterState()),
    ("reversed range ordered", {"min": "9", "max": "2"}, FilterState(value_range=(2.0, 9.0))),
    ("single value becomes a list", {"kind": "count"}, FilterState(kinds=("count",))),
    ("duplicates, blanks dropped", {"kind": ["count", "", "count"]}, FilterState(kinds=("count",))),
    ("last of repeated scalars wins", {"q": ["a", "b"]}, FilterState(query="b")),
    ("unknown parameters ignored", {"utm_source": "x"}, FilterState()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected"), [c[1:] for c in BAD_URL_CASES], ids=[c[0] for c in BAD_URL_CASES]
)
def test_from_query_params_tolerates_bad_values(params: dict, expected: FilterState) -> None:
    assert FilterState.from_query_params(params) == expected


DESCRIBE_CASES = [
    ("nothing", FilterState(), "all"),
    ("kind and unit", FilterState(kinds=("count",), units=("person",)), "count_person"),
    ("spaces and symbols", FilterState(sources=("The Post!",)), "the-post"),
    ("dates", FilterState(since=date(2025, 1, 1)), "2025-01-01"),
]


@pytest.mark.parametrize(
    ("state", "slug"), [c[1:] for c in DESCRIBE_CASES], ids=[c[0] for c in DESCRIBE_CASES]
)
def test_describe_names_the_filters(state: FilterState, slug: str) -> None:
    assert state.describe() == slug


def test_options_most_frequent_first_with_missing_labelled() -> None:
    frame = claims_frame(ROWS)
    assert options(frame, "kind")[:2] == ["currency", "count"]
    assert NO_UNIT in options(frame, "unit")
    assert NO_SOURCE in options(frame, "source")
    assert options(frame, "qualifier")[0] == NO_QUALIFIER


def test_log_steps_run_one_two_five_per_decade_between_the_exact_ends() -> None:
    steps = value_steps(pd.Series([3.0, 40.0, 7e5]), log=True)
    assert steps[0] == 3.0 and steps[-1] == 7e5
    assert {5.0, 10.0, 20.0, 50.0, 1e5, 2e5, 5e5} <= set(steps)
    assert steps == sorted(steps)


def test_linear_steps_are_even() -> None:
    steps = value_steps(pd.Series([0.0, 100.0]), log=False, count=11)
    assert steps == [float(v) for v in range(0, 101, 10)]


def test_log_steps_keep_zero_and_negative_minimum() -> None:
    steps = value_steps(pd.Series([-5.0, 0.0, 10.0, 1000.0]), log=True)
    assert steps[0] == -5.0 and steps[-1] == 1000.0 and 100.0 in steps


def test_steps_of_one_value_or_none() -> None:
    assert value_steps(pd.Series([4.0, 4.0]), log=True) == [4.0]
    assert value_steps(pd.Series([], dtype=float), log=True) == []


SNAP_CASES = [
    ("none is everything", None, (1.0, 100.0)),
    ("inside stops", (2.0, 50.0), (2.0, 50.0)),
    ("between stops narrows inward", (3.0, 60.0), (5.0, 50.0)),
    ("outside widens to the ends", (0.1, 1e9), (1.0, 100.0)),
    ("empty window resets", (6.0, 7.0), (1.0, 100.0)),
]


@pytest.mark.parametrize(
    ("wanted", "snapped"), [c[1:] for c in SNAP_CASES], ids=[c[0] for c in SNAP_CASES]
)
def test_snap_range(wanted: tuple[float, float] | None, snapped: tuple[float, float]) -> None:
    assert snap_range([1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0], wanted) == snapped


_names = st.lists(st.text(min_size=1, max_size=12), max_size=3, unique=True).map(tuple)
_numbers = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def filter_states(draw: st.DrawFn) -> FilterState:
    bounds = draw(st.none() | st.tuples(_numbers, _numbers).map(lambda b: tuple(sorted(b))))
    return FilterState(
        kinds=draw(_names),
        units=draw(_names),
        sources=draw(_names),
        since=draw(st.none() | st.dates()),
        until=draw(st.none() | st.dates()),
        value_range=bounds,
        qualifiers=draw(_names),
        query=draw(st.text(max_size=20)).strip(),
        statements=draw(_names),
        attributed=draw(_names),
        articles=draw(_names),
    )


@given(filter_states())
def test_any_state_survives_the_url(state: FilterState) -> None:
    assert FilterState.from_query_params(state.to_query_params()) == state


_FRAME = claims_frame(ROWS)
_SINGLE_FILTERS = [c[1] for c in FILTER_CASES if len(c[1]) == 1]


@given(st.sampled_from(_SINGLE_FILTERS), st.sampled_from(_SINGLE_FILTERS))
def test_two_filters_select_the_rows_both_select(first: dict, second: dict) -> None:
    assume(first.keys() != second.keys())  # one keyword cannot be given twice
    both = set(filter_claims(_FRAME, **first, **second)["claim_id"])
    each = set(filter_claims(_FRAME, **first)["claim_id"]) & set(
        filter_claims(_FRAME, **second)["claim_id"]
    )
    assert both == each


# Claims 1..6 of ROWS, plus statements and who says so for the context filters.
CONTEXT_ROWS = [
    {**ROWS[0], "statement": "fact", "attributed_to": "the ministry", "article_id": "a"},
    {**ROWS[1], "statement": "forecast", "attributed_to": "analysts", "article_id": "a"},
    {**ROWS[2], "statement": "fact", "attributed_to": None, "article_id": "b"},
    {**ROWS[3], "statement": "estimate", "attributed_to": "the ministry", "article_id": "b"},
    {**ROWS[4], "statement": "fact", "attributed_to": None, "article_id": "c"},
    {**ROWS[5], "statement": "target", "attributed_to": None, "article_id": "c"},
]

CONTEXT_FILTER_CASES = [
    ("statement", {"statements": ["forecast", "target"]}, [2, 6]),
    ("who says so", {"attributed": ["the ministry"]}, [1, 4]),
    ("the article's own voice", {"attributed": [OWN_VOICE]}, [3, 5, 6]),
    ("one article", {"articles": ["b"]}, [3, 4]),
    ("article and kind", {"articles": ["b", "c"], "kinds": ["count"]}, [3, 4]),
]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [c[1:] for c in CONTEXT_FILTER_CASES],
    ids=[c[0] for c in CONTEXT_FILTER_CASES],
)
def test_context_filters(kwargs: dict, expected: list[int]) -> None:
    assert filter_claims(claims_frame(CONTEXT_ROWS), **kwargs)["claim_id"].tolist() == expected


# (name, state, facet, offered choices with counts)
FACET_CASES = [
    ("all kinds when nothing is chosen", FilterState(), "kinds",
     [("currency", 2), ("count", 2), ("percentage", 1), ("other", 1)]),
    ("units under the kind filter only offer that kind's", FilterState(kinds=("currency",)),
     "units", [("USD", 2)]),
    ("a facet ignores its own choice", FilterState(kinds=("currency",)), "kinds",
     [("currency", 2), ("count", 2), ("percentage", 1), ("other", 1)]),
    ("missing values under their code", FilterState(sources=("Wire", NO_SOURCE)), "units",
     [("person", 2), ("percent", 1)]),
    ("a chosen value the others exclude stays, with 0", FilterState(kinds=("count",),
     units=("USD",)), "units", [("person", 2), ("USD", 0)]),
    ("unit facet ignores the value range", FilterState(units=("USD",),
     value_range=(0.0, 10.0)), "units", [("USD", 2), ("person", 2), ("percent", 1),
     (NO_UNIT, 1)]),
    ("other facets obey the value range", FilterState(units=("USD",), value_range=(0.0, 1e4)),
     "sources", [("Post", 1)]),
    ("hedges, not hedged first", FilterState(), "qualifiers",
     [(NO_QUALIFIER, 4), ("approx", 1), ("more_than", 1)]),
    ("who says so", FilterState(kinds=("count",)), "attributed",
     [("the ministry", 1), (OWN_VOICE, 1)]),
    ("statements under a source", FilterState(sources=("Post",)), "statements",
     [("forecast", 1), ("target", 1)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("state", "facet", "offered"),
    [c[1:] for c in FACET_CASES],
    ids=[c[0] for c in FACET_CASES],
)
def test_facet_counts(state: FilterState, facet: str, offered: list[tuple[str, int]]) -> None:
    counts = facet_counts(claims_frame(CONTEXT_ROWS), state, facet)
    assert sorted(counts, key=lambda c: (-c[1], c[0])) == sorted(
        offered, key=lambda c: (-c[1], c[0])
    )
    assert [n for _, n in counts] == sorted((n for _, n in counts), reverse=True)


def test_new_filters_survive_the_url() -> None:
    state = FilterState(
        statements=("forecast",), attributed=(OWN_VOICE, "the WHO"), articles=("a",)
    )
    params = state.to_query_params()
    assert params == {
        "statement": ["forecast"],
        "said_by": [OWN_VOICE, "the WHO"],
        "article": ["a"],
    }
    assert FilterState.from_query_params(params) == state
