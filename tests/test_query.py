"""The dashboard's SQL (claims.views.query) against the frame functions it replaces: on a
real store, every filter keeps, counts and orders exactly the claims the frame's do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claims import Article, Claim, Store
from claims.views import charts, query
from claims.views.filters import (
    FACETS,
    NO_QUALIFIER,
    NO_SOURCE,
    NO_UNIT,
    OWN_VOICE,
    FilterState,
    filter_claims,
)
from tests.reference import facet_counts, headline, newest_first, options

# (source, published, [(figure, value, unit, kind, qualifier, attributed_to, statement)])
ARTICLES = [
    ("Wire", "2025-03-01", [
        ("25%", 25.0, "percent", "percentage", None, None, "fact"),
        ("$3bn", 3e9, "USD", "currency", "approx", "the ministry", "estimate"),
    ]),
    ("Post", "2025-04-30T23:30:00-02:00", [  # 1 May in UTC
        ("1,200", 1200.0, "person", "count", None, None, "fact"),
        ("7", 7.0, None, "other", "more_than", "Analysts", "forecast"),
    ]),
    (None, None, [
        ("50,000", 5e4, "person", "count", "more_than", None, "fact"),
    ]),
    ("Ledger", "2025-05-10", [
        ("$5,000", 5e3, "USD", "currency", None, "the ministry", "fact"),
        ("12%", 12.0, "percent", "percentage", "up_to", None, "target"),
        ("40", 40.0, "person", "count", None, None, "fact"),
    ]),
    ("Wire", "2025-05-10T08:00:00+00:00", [
        ("9%", 9.0, "percent", "percentage", None, None, "fact"),
    ]),
]  # fmt: skip

STATES = {
    "everything": FilterState(),
    "a kind": FilterState(kinds=("count",)),
    "two kinds": FilterState(kinds=("count", "percentage")),
    "no unit": FilterState(units=(NO_UNIT,)),
    "a unit and a range": FilterState(units=("person",), value_range=(40.0, 1200.0)),
    "a source": FilterState(sources=("Wire",)),
    "unknown source": FilterState(sources=(NO_SOURCE, "Post")),
    "not hedged": FilterState(qualifiers=(NO_QUALIFIER,)),
    "a statement": FilterState(statements=("fact",)),
    "own voice": FilterState(attributed=(OWN_VOICE,)),
    "a speaker": FilterState(attributed=("the ministry",)),
    "since, in UTC": FilterState(since=date(2025, 5, 1)),
    "until, the whole day": FilterState(until=date(2025, 4, 30)),
    "a day": FilterState(since=date(2025, 5, 10), until=date(2025, 5, 10)),
    "query in measured, any case": FilterState(query="SPENT"),
    "query in the sentence": FilterState(query="claim 2 "),
    "query is not a pattern": FilterState(query="$3bn"),
    "an article": FilterState(articles=("placeholder",)),
    "a value chosen nowhere kept": FilterState(kinds=("mass",), sources=("Wire",)),
    "everything at once": FilterState(
        kinds=("count", "currency"), sources=("Ledger", "Post"), qualifiers=(NO_QUALIFIER,)
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    with Store(tmp_path_factory.mktemp("query") / "c.db") as store:
        for n, (source, published, claims) in enumerate(ARTICLES):
            sentences = [
                f"In article {n}, claim {i} spent {figure} on it."
                for i, (figure, *_) in enumerate(claims)
            ]
            text = " ".join(sentences)
            found = []
            for sentence, (figure, value, unit, kind, qualifier, said, statement) in zip(
                sentences, claims, strict=True
            ):
                start = text.index(sentence) + sentence.index(figure)
                found.append(
                    Claim(surface=figure, start=start, end=start + len(figure), value=value,
                          unit=unit, kind=kind, qualifier=qualifier, attributed_to=said,
                          statement=statement, measured="money spent", sentence=sentence)
                )  # fmt: skip
            article = Article(text=text, title=f"T{n}", source=source, published=published)
            store.add_article(article, found, "v1")
        yield store


def _state(store: Store, name: str) -> FilterState:
    state = STATES[name]
    if state.articles:  # the second article, whatever its id
        return FilterState(articles=(store.claims_frame()["article_id"].unique()[1],))
    return state


@pytest.mark.parametrize("name", STATES)
def test_sql_keeps_what_the_frame_keeps(store: Store, name: str) -> None:
    state, frame = _state(store, name), store.claims_frame()
    kept = filter_claims(frame, **state.as_kwargs())
    assert query.matching_ids(store.conn, state) == kept["claim_id"].tolist()
    assert query.headline(query.by_source(store.conn, state), state) == headline(kept)
    for limit in (2, 100):
        expected = newest_first(kept, limit)["claim_id"].tolist()
        for matching in (0, 10**9):  # both ways of finding the newest
            assert query.newest_ids(store.conn, state, limit, matching=matching) == expected
    for claim_id in frame["claim_id"]:
        assert query.keeps(store.conn, state, claim_id) == (claim_id in set(kept["claim_id"]))


@pytest.mark.parametrize("name", STATES)
def test_sql_counts_each_facet_as_the_frame_does(store: Store, name: str) -> None:
    state, frame = _state(store, name), store.claims_frame()
    for facet, *_ in FACETS:
        if facet == "articles":
            continue
        if facet == "sources":
            counted = query.source_counts(query.by_source(store.conn, state), state)
        else:
            under = FilterState(**{**state.as_kwargs(), "value_range": None})
            table = query.cube(store.conn, under if facet == "units" else state)
            counted = query.list_counts(table, state, facet)
        assert counted == facet_counts(frame, state, facet), facet


@pytest.mark.parametrize("column", [c for _, c, _, _ in FACETS if c != "article_id"])
def test_sql_options_are_the_frame_options(store: Store, column: str) -> None:
    assert query.options(store.conn, column) == options(store.claims_frame(), column)


def test_values_travel_as_parameters_never_as_sql(store: Store) -> None:
    hostile = "x') OR 1=1; DROP TABLE claims; --"
    state = FilterState(kinds=(hostile,), sources=(hostile,), query=hostile)
    clause, params = query.where(state)
    assert hostile not in clause and params.count(hostile.upper()) == 2
    assert query.matching_ids(store.conn, state) == []
    assert store.counts()[1] == sum(len(claims) for *_, claims in ARTICLES)


def test_unit_values_are_what_the_slider_steps_need(store: Store) -> None:
    values, log = query.unit_values(store.conn, "person")
    assert values.tolist() == [40.0, 5e4, 40.0] and log
    assert query.unit_values(store.conn, "percent")[1] is False
    assert query.unit_values(store.conn, "tonne")[0].empty


def test_titles_and_articles_with_claims(store: Store, tmp_path: Path) -> None:
    ids = store.claims_frame()["article_id"].unique().tolist()
    assert query.titles(store.conn, ids[:2]) == ["T0", "T1"]
    assert query.articles_with_claims(store.conn, [ids[0], "nope"]) == {ids[0]}


@pytest.mark.parametrize("name", ["everything", "a kind", "unknown source", "a unit and a range"])
def test_sql_charts_draw_what_the_frame_charts_draw(store: Store, name: str) -> None:
    state, frame = _state(store, name), store.claims_frame()
    kept = filter_claims(frame, **state.as_kwargs())

    def examples(ids: list[int]) -> pd.DataFrame:
        return store.claims_with_ids(ids).set_index("claim_id")[charts.EXAMPLE_COLUMNS]

    counts = query.kind_source_counts(store.conn, state)
    assert charts.kind_source_view(counts, examples).to_dict() == (
        charts.kind_source_chart(kept).to_dict()
    )
    units = query.cube_units(query.cube(store.conn, query.without_claim_lists(state)), state)
    assert units == kept["unit"].dropna().value_counts().index.tolist()
    for unit in units:
        rows = query.unit_rows(store.conn, state, unit)
        assert charts.value_distribution_view(rows, unit, examples).to_dict() == (
            charts.value_distribution_chart(kept, unit).to_dict()
        )
