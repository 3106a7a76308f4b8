"""The dashboard's downloads: the filtered claims as CSV and JSON, under a telling file name."""

from __future__ import annotations

import json
from datetime import datetime

import pandas as pd

from claims.filters import FilterState

# A cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_name(state: FilterState, now: datetime, extension: str) -> str:
    """``claims_<filters>_<YYYYmmdd-HHMM>.<extension>``: what was exported, and when."""
    return f"claims_{state.describe()}_{now:%Y%m%d-%H%M}.{extension}"


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, for Excel) that spreadsheets open without running formulas.

    Text cells beginning with ``= + - @`` tab or CR get a leading apostrophe; numeric
    columns are left as numbers, so negative values stay negative numbers.
    """
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_defuse, na_action="ignore")
    return safe.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    """A JSON array of the claims, one object per row, dates as ISO strings, nulls as null."""
    records = json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def _defuse(cell: object) -> object:
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell
