"""Chart specifications: marks, encodings, tooltips, and data aggregated below Altair's row cap."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd
import pytest
from claim_frames import big_frame, claims_frame

from claims.views import charts

ALTAIR_ROW_LIMIT = 5000

ROWS = [
    dict(kind="percentage", unit="percent", value=25.0, source="Wire", published="2025-03-01",
         measured="The tariff", surface="25%", sentence="The tariff is 25%.", metric="t1",
         metric_label="tariff"),
    dict(kind="percentage", unit="percent", value=30.0, source="Post", published="2025-04-01",
         measured="tariff", surface="about 30%", sentence="The tariff is about 30%.",
         qualifier="approx", metric="t1", metric_label="tariff"),
    dict(kind="percentage", unit="percent", value=20.0, low=20.0, high=40.0, source="Post",
         published="2025-05-01", measured="tariff", surface="20 to 40%",
         sentence="A tariff of 20 to 40%.", metric="t1", metric_label="tariff"),
    dict(kind="count", unit="person", value=1200.0, source="Wire", published="2025-04-30",
         measured="jobs lost", surface="1,200 people", sentence="1,200 people lost jobs.",
         metric="j1", metric_label="jobs lost"),
    dict(kind="count", unit="person", value=0.0, source="Ledger", published=None,
         measured="deaths", surface="no one", sentence="No one died."),
    dict(kind="count", unit="person", value=3e6, source="Ledger", published="2025-06-01",
         measured="jobs lost", surface="3m people", sentence="3m people lost jobs.",
         metric="j1", metric_label="jobs lost"),
]  # fmt: skip

BUILDERS: list[tuple[str, Callable[[pd.DataFrame], alt.TopLevelMixin]]] = [
    ("kind and source", charts.kind_source_chart),
    ("value distribution", lambda f: charts.value_distribution_chart(f, "USD")),
    ("most frequent measured", charts.top_measured_chart),
]
# The charts with an axis of claim counts.
COUNTING = ["kind and source", "value distribution", "most frequent measured"]


def _rows(spec: dict) -> list[list[dict]]:
    return list(spec["datasets"].values())


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer", [spec])


def _tooltip_fields(layer: dict) -> set[str]:
    return {t["field"] for t in layer["encoding"]["tooltip"]}


@pytest.mark.slow
@pytest.mark.parametrize("build", [b[1] for b in BUILDERS], ids=[b[0] for b in BUILDERS])
def test_charts_of_100k_claims_embed_few_rows(build: Callable) -> None:
    spec = build(big_frame(100_000)).to_dict()  # to_dict raises past Altair's row limit
    assert all(0 < len(rows) <= ALTAIR_ROW_LIMIT for rows in _rows(spec))


@pytest.mark.parametrize("build", [b[1] for b in BUILDERS], ids=[b[0] for b in BUILDERS])
def test_every_chart_tooltip_shows_surface_source_and_sentence(build: Callable) -> None:
    for layer in _layers(build(big_frame(2000)).to_dict()):
        fields = _tooltip_fields(layer)
        assert "surface" in fields and "sentence" in fields
        assert {"source", "example_source"} & fields


@pytest.mark.parametrize("build", [b[1] for b in BUILDERS if b[0] in COUNTING], ids=COUNTING)
def test_claim_count_axes_tick_whole_numbers(build: Callable) -> None:
    axes = [
        channel["axis"]
        for layer in _layers(build(big_frame(50)).to_dict())
        for channel in layer["encoding"].values()
        if isinstance(channel, dict) and channel.get("title") == "claims"
    ]
    assert axes and all(axis == {"format": "d", "tickMinStep": 1} for axis in axes)


def test_kind_source_chart_counts_every_claim() -> None:
    spec = charts.kind_source_chart(claims_frame(ROWS)).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["color"]["field"] == "source"
    assert spec["encoding"]["y"]["field"] == "kind"
    assert spec["params"][0]["bind"] == "legend"
    assert spec["encoding"]["opacity"]["condition"]["param"] == spec["params"][0]["name"]
    (rows,) = _rows(spec)
    assert sum(r["claims"] for r in rows) == len(ROWS)
    assert {(r["kind"], r["source"], r["claims"]) for r in rows} >= {("percentage", "Post", 2)}


def test_kind_source_chart_pools_sources_beyond_the_palette() -> None:
    (rows,) = _rows(charts.kind_source_chart(big_frame(5000)).to_dict())
    sources = {r["source"] for r in rows}
    assert len(sources) == charts.MAX_SOURCES + 1 and charts.OTHER_SOURCES in sources


def test_value_distribution_counts_decades_and_says_what_it_left_out() -> None:
    spec = charts.value_distribution_chart(claims_frame(ROWS), "person").to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["title"] == (
        "Figures in people by size: how many claims state each (1 zero or negative not shown)"
    )
    (rows,) = _rows(spec)
    # 1,200 and 3m people span more than a hundredfold: decades; the 0 has none.
    assert [(r["band"], r["claims"]) for r in rows] == [
        ("1,000–10,000 people", 1),
        ("1–10m people", 1),
    ]
    assert spec["encoding"]["x"]["sort"] == {"field": "band_start"}


BAND_CASES = [
    ("money in decades", [5.0, 40.0, 2e6, 3e9], "USD", ["$1–10", "$10–100", "$1–10m", "$1–10bn"]),
    ("percent in even round bands", [12.0, 18.0, 25.0, 31.0], "percent",
     ["12–14%", "18–20%", "24–26%", "30–32%"]),
    ("one value", [50.0, 50.0], "tonne", ["50–51 tonnes"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("values", "unit", "bands"), [c[1:] for c in BAND_CASES], ids=[c[0] for c in BAND_CASES]
)
def test_value_bands_read_as_figures(values: list[float], unit: str, bands: list[str]) -> None:
    frame = claims_frame([dict(unit=unit, value=v) for v in values])
    (rows,) = _rows(charts.value_distribution_chart(frame, unit).to_dict())
    assert [r["band"] for r in rows] == bands
    assert sum(r["claims"] for r in rows) == len(values)


def test_top_measured_counts_claims_and_sources_per_metric() -> None:
    spec = charts.top_measured_chart(claims_frame(ROWS), top=2).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["y"]["axis"]["labelLimit"] >= 300  # no label cut short
    (rows,) = _rows(spec)
    assert [(r["metric_label"], r["claims"], r["sources"]) for r in rows] == [
        ("tariff", 3, 2),
        ("jobs lost", 2, 2),
    ]


def test_top_measured_leaves_out_figures_stated_once() -> None:
    frame = claims_frame(ROWS)
    assert charts.top_measured_chart(frame.iloc[[0, 3]]) is None
    (rows,) = _rows(charts.top_measured_chart(frame.iloc[[0, 1, 3]]).to_dict())
    assert [r["metric_label"] for r in rows] == ["tariff"]


def test_kind_source_legend_lists_every_source_below_the_bars() -> None:
    spec = charts.kind_source_chart(big_frame(5000)).to_dict()
    legend = spec["encoding"]["color"]["legend"]
    assert legend["orient"] == "bottom" and legend["symbolLimit"] == 0
    domain = spec["encoding"]["color"]["scale"]["domain"]
    assert len(domain) == charts.MAX_SOURCES + 1 and domain[-1] == charts.OTHER_SOURCES


def test_long_sentences_are_shortened_in_tooltips() -> None:
    frame = claims_frame([dict(kind="count", sentence="word " * 200)])
    (rows,) = _rows(charts.kind_source_chart(frame).to_dict())
    assert len(rows[0]["sentence"]) == charts.SENTENCE_CHARS


def test_empty_selection_still_builds_every_chart() -> None:
    empty = claims_frame(ROWS).iloc[0:0]
    for name, build in BUILDERS:
        chart = build(empty)
        assert chart is None if name == "most frequent measured" else chart.to_dict()
