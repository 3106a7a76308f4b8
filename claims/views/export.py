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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
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
        # Each distinct date written once (an article's claims share it); text always:
        # mapped, a column of unknown dates would come back as dates.
        texts = {moment: _iso(moment) for moment in out["published"].unique()}
        iso = [texts[moment] for moment in out["published"]]
        out = out.assign(published=pd.Series(iso, index=out.index, dtype=object))
    return out


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every formula-like text cell neutralised by a leading apostrophe."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_numeric_dtype(safe[column]) or pd.api.types.is_bool_dtype(safe[column]):
            continue
        cells = safe[column]
        # Only the formula-like cells are changed: finding them is one pass in pandas.
        risky = cells.map(_is_formula_like) if cells.dtype == object else None
        if risky is None:
            risky = cells.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
        if risky.any():
            safe[column] = cells.where(~risky, "'" + cells[risky].astype(str))
    return safe


def csv_bytes(frame: pd.DataFrame, *, bom: bool = True) -> bytes:
    """Spreadsheet-safe UTF-8 CSV of ``frame``.

    The byte-order mark (on by default) makes Excel read the file as UTF-8, so
    ``£`` and ``€`` survive a double-click.
    """
    return _bytes(lambda out: write_csv([frame], out, bom=bom))


def jsonl_bytes(frame: pd.DataFrame) -> bytes:
    """One JSON object per claim, UTF-8, missing values as ``null``."""
    return _bytes(lambda out: write_jsonl([frame], out))


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """The claims as a Parquet file's bytes."""
    return _bytes(lambda out: write_parquet([frame], out))


def json_bytes(frame: pd.DataFrame) -> bytes:
    """A JSON array of the claims, one object per row, dates as ISO text, missing values null."""
    return _bytes(lambda out: write_json([frame], out))


def xlsx_bytes(frame: pd.DataFrame) -> bytes:
    """The claims as an Excel workbook: one sheet, a header row, numbers as numbers and
    every text cell as text (formula-like ones with Excel's quote prefix)."""
    return _bytes(lambda out: write_xlsx([frame], out))


def _bytes(write: Callable[[BinaryIO], None]) -> bytes:
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()


# The writers below take the claims as a series of frames with the same columns (the
# first may be empty; it names the columns) and write them as one file, holding one
# frame at a time: an export of millions of claims needs the memory of one batch.


def write_csv(batches: Iterable[pd.DataFrame], out: BinaryIO, *, bom: bool = True) -> None:
    """Spreadsheet-safe UTF-8 CSV, the header once, with a byte-order mark if ``bom``."""
    for i, frame in enumerate(batches):
        text = spreadsheet_safe(export_frame(frame)).to_csv(index=False, header=i == 0)
        out.write(text.encode("utf-8-sig" if bom and i == 0 else "utf-8"))


def write_jsonl(batches: Iterable[pd.DataFrame], out: BinaryIO) -> None:
    """One JSON object per claim and line."""
    for frame in batches:
        if not frame.empty:
            text = export_frame(frame).to_json(orient="records", lines=True, force_ascii=False)
            out.write(text.encode("utf-8"))


def write_json(batches: Iterable[pd.DataFrame], out: BinaryIO) -> None:
    """One JSON array of every claim."""
    out.write(b"[")
    separator = b""
    for frame in batches:
        if frame.empty:
            continue
        text = export_frame(frame).to_json(
            orient="records", date_format="iso", force_ascii=False, indent=1
        )
        # Each batch's own array, without its brackets, continues the one array.
        out.write(separator + text[1:-1].encode("utf-8"))
        separator = b","
    out.write(b"]")


def write_parquet(batches: Iterable[pd.DataFrame], out: BinaryIO) -> None:
    """A Parquet file of one row group per batch."""
    writer: pq.ParquetWriter | None = None
    for frame in batches:
        rows = export_frame(frame)
        if writer is None:
            # Fixed by the columns, not by the first batch's values: a batch whose
            # ranges are all missing must not type ``low`` as null for the whole file.
            writer = pq.ParquetWriter(out, _arrow_schema(rows))
        writer.write_table(pa.Table.from_pandas(rows, schema=writer.schema, preserve_index=False))
    if writer is not None:
        writer.close()


def write_xlsx(batches: Iterable[pd.DataFrame], out: BinaryIO) -> None:
    """An Excel workbook: one sheet, a header row, numbers as numbers and every text cell
    as text (formula-like ones with Excel's quote prefix)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("claims")
    for i, frame in enumerate(batches):
        if i == 0:
            sheet.append(list(frame.columns))
        for row in export_frame(frame).itertuples(index=False):
            sheet.append([_xlsx_cell(sheet, value) for value in row])
    book.save(out)


def write_export(
    batches: Iterable[pd.DataFrame], fmt: str, out: BinaryIO, *, bom: bool = True
) -> None:
    """Write the frames ``batches`` to ``out`` as one file in format ``fmt`` (one of
    ``FORMATS``)."""
    writers: dict[str, Callable[[Iterable[pd.DataFrame], BinaryIO], None]] = {
        "csv": lambda b, o: write_csv(b, o, bom=bom),
        "jsonl": write_jsonl,
        "json": write_json,
        "parquet": write_parquet,
        "xlsx": write_xlsx,
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    writers[fmt](batches, out)


# Arrow types of the claims' numeric columns; every other column is text.
_ARROW_NUMBERS = {
    "claim_id": pa.int64(),
    "value": pa.float64(),
    "low": pa.float64(),
    "high": pa.float64(),
    "page": pa.int64(),
    "start": pa.int64(),
    "end": pa.int64(),
}


def _arrow_schema(frame: pd.DataFrame) -> pa.Schema:
    """Arrow types of ``frame``'s columns: the claims' numbers as numbers, and text where
    the first batch holds no value to tell (pandas reads an all-missing column as null)."""
    inferred = pa.Schema.from_pandas(frame, preserve_index=False)
    return pa.schema(
        pa.field(
            f.name,
            _ARROW_NUMBERS.get(f.name, pa.string() if pa.types.is_null(f.type) else f.type),
        )
        for f in inferred
    )


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


def _is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _iso(moment: pd.Timestamp) -> str | None:
    if pd.isna(moment):
        return None
    if moment == moment.normalize():
        return moment.date().isoformat()
    return moment.isoformat()
