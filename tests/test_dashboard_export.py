"""The dashboard's JSON download and its file names (the CSV is export's, tested there)."""

from __future__ import annotations

import json
from datetime import datetime

from claim_frames import claims_frame

from claims.views.downloads import export_name
from claims.views.export import json_bytes
from claims.views.filters import FilterState

ROWS = [
    dict(title="Tariffs", value=-3.5, surface="-3.5%", published="2025-03-01"),
    dict(title="Jobs £", value=7.0, surface="7", published="2025-03-02 14:30"),
    dict(title="Unknown date", value=1e9, surface="$1bn", source=None),
]


def test_json_holds_every_row_with_iso_dates_and_nulls() -> None:
    records = json.loads(json_bytes(claims_frame(ROWS)))
    assert [r["claim_id"] for r in records] == [1, 2, 3]
    assert [r["published"] for r in records] == ["2025-03-01", "2025-03-02T14:30:00", None]
    assert records[0]["low"] is None and records[2]["source"] is None
    assert records[0]["value"] == -3.5 and records[2]["value"] == 1e9
    assert records[1]["title"] == "Jobs £"


def test_json_of_no_rows_is_an_empty_array() -> None:
    assert json.loads(json_bytes(claims_frame(ROWS).iloc[0:0])) == []


def test_export_name_says_what_and_when() -> None:
    name = export_name(FilterState(kinds=("count",)), datetime(2026, 11, 29, 0, 5), "csv")
    assert name == "claims_count_20261129-0005.csv"
