"""The dashboard's downloads: the filtered claims under a telling file name.

The files are the command line's (``claims.views.export``): spreadsheet-safe CSV, JSON.
"""

from __future__ import annotations

from datetime import datetime

from claims.views.filters import FilterState


def export_name(state: FilterState, now: datetime, extension: str) -> str:
    """``claims_<filters>_<YYYYmmdd-HHMM>.<extension>``: what was exported, and when."""
    return f"claims_{state.describe()}_{now:%Y%m%d-%H%M}.{extension}"
