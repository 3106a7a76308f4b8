"""The dashboard's CSV and JSON downloads."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from claim_frames import claims_frame

from claims.dashboard_export import export_name, to_csv_bytes, to_json_bytes
from claims.filters import FilterState

ROWS = [
    dict(title="=HYPERLINK(\"http://x\")", value=-3.5, surface="-3.5%", published="2025-03-01"),
    dict(title="@SUM(A1)", value=7.0, surface="7", sentence="+7 jobs"),
    dict(title="\tTabbed", value=1e9, surface="$1bn", source="Post"),
]  # fmt: skip


def _csv_rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_defuses_formulas_and_keeps_numbers_numeric() -> None:
    rows = _csv_rows(to_csv_bytes(claims_frame(ROWS)))
    assert [r["title"] for r in rows] == ['\'=HYPERLINK("http://x")', "'@SUM(A1)", "'\tTabbed"]
    assert rows[0]["surface"] == "'-3.5%" and rows[1]["sentence"] == "'+7 jobs"
    assert [float(r["value"]) for r in rows] == [-3.5, 7.0, 1e9]
    assert rows[0]["published"] == "2025-03-01"


def test_json_holds_every_row_with_iso_dates_and_nulls() -> None:
    records = json.loads(to_json_bytes(claims_frame(ROWS)))
    assert len(records) == 3
    assert records[0]["published"].startswith("2025-03-01")
    assert records[1]["published"] is None and records[0]["low"] is None
    assert records[2]["value"] == 1e9


def test_export_name_says_what_and_when() -> None:
    name = export_name(FilterState(kinds=("count",)), datetime(2026, 11, 29, 0, 5), "csv")
    assert name == "claims_count_20261129-0005.csv"
