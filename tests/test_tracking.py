"""Tracked metrics: which claims count as the same measured thing, and where sources disagree."""

from __future__ import annotations

import pytest
from claim_frames import big_frame, claims_frame

from claims.views.tracking import (
    METRIC_COLUMNS,
    claims_of_metric,
    metric_key,
    normalise_measured,
    tracked_metrics,
)

NORMALISE_CASES = [
    ("lower case", "Death Toll", "death toll"),
    ("leading article", "the tariff rate", "tariff rate"),
    ("stacked determiners", "The its budget", "budget"),
    ("punctuation", "U.S. tariffs, on steel", "u s tariffs on steel"),
    ("inner article kept", "cost of the war", "cost of the war"),
    ("spaces", "  jobs \n lost ", "jobs lost"),
    ("none", None, ""),
    ("only an article", "the", "the"),
]


@pytest.mark.parametrize(
    ("phrase", "key"), [c[1:] for c in NORMALISE_CASES], ids=[c[0] for c in NORMALISE_CASES]
)
def test_normalise_measured(phrase: str | None, key: str) -> None:
    assert normalise_measured(phrase) == key


def test_metric_key_joins_phrase_and_unit() -> None:
    assert metric_key("The tariff", "percent") == "tariff [percent]"
    assert metric_key("tariff", None) == "tariff"


TOLL = [
    dict(measured="The death toll", unit="person", value=100.0, source="Wire",
         published="2025-01-01"),
    dict(measured="death toll", unit="person", value=150.0, source="Wire", published="2025-01-05"),
    dict(measured="death toll", unit="person", value=300.0, source="Post", published="2025-01-03"),
    dict(measured="death toll", unit="percent", value=5.0, source="Post", published="2025-01-03"),
    dict(measured="tariff", unit="percent", value=25.0, source="Wire", published="2025-02-01"),
    dict(measured="tariff", unit="percent", value=25.5, source="Post", published="2025-02-02"),
    dict(measured="budget", unit="GBP", value=1e9, source="Wire", published="2025-02-01"),
    dict(measured=None, unit="GBP", value=1e9, source="Wire", published="2025-02-01"),
    dict(measured=None, unit="GBP", value=2e9, source="Post", published="2025-02-01"),
]  # fmt: skip


def test_tracked_metrics_table() -> None:
    table = tracked_metrics(claims_frame(TOLL))
    assert list(table.columns) == list(METRIC_COLUMNS)
    assert table["metric"].tolist() == ["death toll [person]", "tariff [percent]"]
    toll = table.iloc[0]
    assert (toll["sources"], toll["claims"], toll["min"], toll["max"]) == (2, 3, 100.0, 300.0)
    assert toll["spread"] == pytest.approx(200 / 300)
    assert (toll["latest"], toll["latest_source"]) == (150.0, "Wire")
    assert toll["latest_date"].isoformat().startswith("2025-01-05")


def test_sources_disagree_beyond_five_percent_only() -> None:
    table = tracked_metrics(claims_frame(TOLL)).set_index("metric")
    assert table.loc["death toll [person]", "conflict"]  # Wire says 150 now, Post 300
    assert not table.loc["tariff [percent]", "conflict"]  # 25 vs 25.5 is within 5%


def test_one_source_revising_its_figure_is_no_conflict() -> None:
    rows = [dict(measured="toll", unit="person", value=v, source="Wire") for v in (10.0, 90.0)]
    assert not tracked_metrics(claims_frame(rows))["conflict"].any()


def test_min_claims_and_empty_input() -> None:
    assert "budget [GBP]" in tracked_metrics(claims_frame(TOLL), min_claims=1)["metric"].tolist()
    empty = tracked_metrics(claims_frame(TOLL).iloc[0:0])
    assert empty.empty and list(empty.columns) == list(METRIC_COLUMNS)


def test_claims_of_metric() -> None:
    rows = claims_of_metric(claims_frame(TOLL), "death toll [person]")
    assert rows["claim_id"].tolist() == [1, 2, 3]


@pytest.mark.slow
def test_tracked_metrics_of_100k_claims() -> None:
    table = tracked_metrics(big_frame(100_000))
    assert len(table) == 800  # 200 phrases x 4 units
    assert table["claims"].sum() == 100_000


def test_claims_without_measured_or_unit_track_nothing() -> None:
    frame = claims_frame([dict(measured=None, unit=None)] * 3)
    assert tracked_metrics(frame).empty
