"""The dashboard's downloads: the filtered claims as CSV and JSON, under a telling file name.

The CSV is the command line's spreadsheet-safe CSV (``claims.views.export.csv_bytes``).
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from claims.views.export import export_frame
from claims.views.filters import FilterState


def export_name(state: FilterState, now: datetime, extension: str) -> str:
    """``claims_<filters>_<YYYYmmdd-HHMM>.<extension>``: what was exported, and when."""
    return f"claims_{state.describe()}_{now:%Y%m%d-%H%M}.{extension}"


def json_bytes(frame: pd.DataFrame) -> bytes:
    """A JSON array of the claims, one object per row, dates as ISO text, missing values null."""
    text = export_frame(frame).to_json(
        orient="records", date_format="iso", force_ascii=False, indent=1
    )
    return text.encode("utf-8")
