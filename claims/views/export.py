"""Write claims out as CSV, JSON Lines, JSON, Parquet or an Excel workbook (.xlsx).

CSV is made spreadsheet-safe: a text cell beginning with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice
or Google Sheets show it as text instead of running it as a formula. Numeric
columns are left as numbers. In a workbook every text cell is stored as text, and a
formula-like one is also marked as typed text (Excel's quote prefix), so editing it
cannot turn it into a formula either; its text is kept exactly.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMATS = ("csv", "jsonl", "json", "parquet", "xlsx")
# Suffixes of files a spreadsheet or data tool would open as one of those formats, or
# as something we do not write: a file named so must hold what its name says.
_SUFFIX_FORMATS = {
    "csv": "csv",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "json": "json",
    "parquet": "parquet",
    "xlsx": "xlsx",
}
_FOREIGN_SUFFIXES = frozenset({"xls", "xlsm", "xlsb", "ods", "numbers", "tsv", "txt"})

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """An export that cannot be written as asked, with a one-line reason."""


def format_for(path: str | None, requested: str | None) -> str:
    """The export format: as requested, else from the output file's suffix, else CSV.

    Raises ``ExportError`` when the file's name says one format and the request another,
    or names a format this does not write (``out.xls``, ``out.ods``): a file must hold
    what its name says.
    """
    suffix = Path(path).suffix.lower().lstrip(".") if path else ""
    named = _SUFFIX_FORMATS.get(suffix)
    if suffix in _FOREIGN_SUFFIXES or (suffix and not named and not requested):
        raise ExportError(
            f"{path}: cannot write .{suffix} files; name the file .csv, .jsonl, .json, "
            ".parquet or .xlsx, or give --format"
        )
    if requested and named and requested != named:
        raise ExportError(f"{path} is named as {named} but --format {requested} was asked for")
    return requested or named or "csv"


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


def json_bytes(frame: pd.DataFrame) -> bytes:
    """A JSON array of the claims, one object per row, dates as ISO text, missing values null."""
    text = export_frame(frame).to_json(
        orient="records", date_format="iso", force_ascii=False, indent=1
    )
    return text.encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame) -> bytes:
    """The claims as an Excel workbook: one sheet, a header row, numbers as numbers and
    every text cell as text (formula-like ones with Excel's quote prefix)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("claims")
    sheet.append(list(frame.columns))
    for row in export_frame(frame).itertuples(index=False):
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_export(frame: pd.DataFrame, fmt: str, out: BinaryIO, *, bom: bool = True) -> None:
    """Write ``frame`` to ``out`` in format ``fmt`` (one of ``FORMATS``)."""
    writers = {
        "csv": lambda f: csv_bytes(f, bom=bom),
        "jsonl": jsonl_bytes,
        "json": json_bytes,
        "parquet": parquet_bytes,
        "xlsx": xlsx_bytes,
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    out.write(writers[fmt](frame))


def _xlsx_cell(sheet: WriteOnlyWorksheet, value: object) -> object:
    """A workbook cell for ``value``: text always as text, never read as a formula."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if not isinstance(value, str):
        return value.item() if isinstance(value, np.generic) else value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl would store "=..." as a formula
    cell.quotePrefix = value.startswith(FORMULA_STARTS)
    return cell


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
