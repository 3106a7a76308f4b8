"""Write claims out as CSV, JSON Lines or Parquet.

CSV is made spreadsheet-safe: a text cell beginning with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice
or Google Sheets show it as text instead of running it as a formula. Numeric
columns are left as numbers.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pandas as pd

FORMATS = ("csv", "jsonl", "parquet")

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def format_for(path: str | None, requested: str | None) -> str:
    """The export format: as requested, else from the output file's suffix, else CSV."""
    if requested:
        return requested
    suffix = Path(path).suffix.lower().lstrip(".") if path else ""
    return suffix if suffix in FORMATS else "csv"


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` ready to write: ``published`` as ISO text (a bare date when it has no time)."""
    out = frame
    if "published" in out.columns and pd.api.types.is_datetime64_any_dtype(out["published"]):
        out = out.assign(published=out["published"].map(_iso))
    return out


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every formula-like text cell neutralised by a leading apostrophe."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_numeric_dtype(safe[column]) or pd.api.types.is_bool_dtype(safe[column]):
            continue
        safe[column] = safe[column].map(_neutralise)
    return safe


def csv_bytes(frame: pd.DataFrame, *, bom: bool = True) -> bytes:
    """Spreadsheet-safe UTF-8 CSV of ``frame``.

    The byte-order mark (on by default) makes Excel read the file as UTF-8, so
    ``£`` and ``€`` survive a double-click.
    """
    text = spreadsheet_safe(export_frame(frame)).to_csv(index=False)
    return text.encode("utf-8-sig" if bom else "utf-8")


def jsonl_bytes(frame: pd.DataFrame) -> bytes:
    """One JSON object per claim, UTF-8, missing values as ``null``."""
    out = export_frame(frame)
    if out.empty:
        return b""
    return out.to_json(orient="records", lines=True, force_ascii=False).encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """The claims as a Parquet file's bytes."""
    buffer = io.BytesIO()
    export_frame(frame).to_parquet(buffer, index=False)
    return buffer.getvalue()


def write_export(frame: pd.DataFrame, fmt: str, out: BinaryIO, *, bom: bool = True) -> None:
    """Write ``frame`` to ``out`` in format ``fmt`` (one of ``FORMATS``)."""
    if fmt == "csv":
        out.write(csv_bytes(frame, bom=bom))
    elif fmt == "jsonl":
        out.write(jsonl_bytes(frame))
    elif fmt == "parquet":
        out.write(parquet_bytes(frame))
    else:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _iso(moment: pd.Timestamp) -> str | None:
    if pd.isna(moment):
        return None
    if moment == moment.normalize():
        return moment.date().isoformat()
    return moment.isoformat()
