"""The dashboard's downloads: the filtered claims under a telling file name.

The files are the command line's (``claims.views.export``): spreadsheet-safe CSV, JSON.
"""

from __future__ import annotations

import io
from datetime import datetime

from claims.store import Store
from claims.views import query
from claims.views.export import write_export
from claims.views.filters import FilterState

# Claims read from the store at a time while a download is written.
BATCH = 20_000


def export_name(state: FilterState, now: datetime, extension: str) -> str:
    """``claims_<filters>_<YYYYmmdd-HHMM>.<extension>``: what was exported, and when."""
    return f"claims_{state.describe()}_{now:%Y%m%d-%H%M}.{extension}"


def export_bytes(path: str, state: FilterState, fmt: str) -> bytes:
    """The claims ``state`` keeps in the store at ``path``, in id order, as a file of
    format ``fmt``; read a batch at a time, so only the file itself grows with them."""
    buffer = io.BytesIO()
    with Store(path, create=False) as store:
        ids = query.matching_ids(store.conn, state)
        # At least one batch, even an empty one: it names the file's columns.
        starts = range(0, max(len(ids), 1), BATCH)
        batches = (store.claims_with_ids(ids[i : i + BATCH]) for i in starts)
        write_export(batches, fmt, buffer)
    return buffer.getvalue()
