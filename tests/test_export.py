"""Exports: spreadsheet-safe CSV that stays numeric, JSON Lines and Parquet round trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import Article, Claim, Store
from claims.views.export import (
    FORMULA_STARTS,
    csv_bytes,
    jsonl_bytes,
    parquet_bytes,
    spreadsheet_safe,
    write_export,
)

REQUIRED_COLUMNS = [
    "article_id",
    "source",
    "title",
    "published",
    "url",
    "surface",
    "value",
    "low",
    "high",
    "unit",
    "kind",
    "measured",
    "qualifier",
    "direction",
    "sentence",
    "start",
    "end",
]

# Cells as an attacker or an unlucky headline might write them -> as exported.
CELLS = {
    "formula": ('=HYPERLINK("http://evil.test")', '\'=HYPERLINK("http://evil.test")'),
    "plus": ("+5% on the year", "'+5% on the year"),
    "minus": ("-3 degrees", "'-3 degrees"),
    "at": ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    "tab": ("\t=1+1", "'\t=1+1"),
    "carriage return": ("\r=1+1", "'\r=1+1"),
    "ordinary": ("up 5% = a record", "up 5% = a record"),
    "empty": ("", ""),
}


@pytest.mark.parametrize(("cell", "safe"), CELLS.values(), ids=CELLS.keys())
def test_formula_cells_are_neutralised(cell: str, safe: str) -> None:
    frame = pd.DataFrame({"surface": [cell], "value": [-5.0]})
    out = spreadsheet_safe(frame)
    assert out["surface"].tolist() == [safe]
    assert out["value"].tolist() == [-5.0]


@pytest.fixture
def frame(tmp_path: Path) -> pd.DataFrame:
    with Store(tmp_path / "c.db") as store:
        store.add_article(
            Article(
                text="=cmd|' /C calc'!A0 Temperatures fell -3 degrees; £13m was spent.",
                title="-Cold snap costs £13m",
                source="@Wire",
                published="2025-02-03",
                url="https://wire.test/a",
            ),
            [
                Claim(
                    surface="-3 degrees",
                    start=38,
                    end=48,
                    value=-3.0,
                    unit="degree Celsius",
                    kind="temperature",
                    direction="down",
                    sentence="=cmd|' /C calc'!A0 Temperatures fell -3 degrees; £13m was spent.",
                ),
                Claim(
                    surface="£13m",
                    start=50,
                    end=54,
                    value=13e6,
                    low=12e6,
                    high=14e6,
                    unit="GBP",
                    kind="currency",
                ),
            ],
            "v1",
        )
        return store.claims_frame()


def test_csv_opens_safely_with_numbers_as_numbers(frame: pd.DataFrame) -> None:
    data = csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert set(REQUIRED_COLUMNS) <= set(rows[0])
    assert [r["surface"] for r in rows] == ["'-3 degrees", "£13m"]
    assert rows[0]["title"] == "'-Cold snap costs £13m"
    assert rows[0]["source"] == "'@Wire"
    assert rows[0]["sentence"].startswith("'=cmd|")
    assert rows[0]["published"] == "2025-02-03"
    # Numeric columns are written as bare numbers, never quoted or prefixed.
    assert (rows[0]["value"], rows[1]["value"], rows[1]["low"]) == (
        "-3.0",
        "13000000.0",
        "12000000.0",
    )
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    for column in ("value", "low", "high", "start", "end"):
        assert pd.api.types.is_numeric_dtype(back[column]), column


def test_jsonl_round_trip(frame: pd.DataFrame) -> None:
    records = [json.loads(line) for line in jsonl_bytes(frame).decode().splitlines()]
    assert [r["surface"] for r in records] == ["-3 degrees", "£13m"]
    assert records[0]["low"] is None
    assert records[1]["published"] == "2025-02-03"


def test_parquet_round_trip(frame: pd.DataFrame) -> None:
    back = pd.read_parquet(io.BytesIO(parquet_bytes(frame)))
    assert back["value"].tolist() == [-3.0, 13e6]
    assert back["surface"].tolist() == ["-3 degrees", "£13m"]


@given(st.text())
def test_no_exported_text_cell_can_start_a_formula(cell: str) -> None:
    [safe] = spreadsheet_safe(pd.DataFrame({"surface": [cell]}))["surface"]
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (cell, "'" + cell)


def _batched_store(path: Path) -> Store:
    """A store of three articles' claims, the second article's with ranges (``low``)."""
    store = Store(path)
    for n, ranged in ((1, False), (2, True), (3, False)):
        text = f"Article {n}: =costs of £{n}m and {n}0 people."
        claims = [
            Claim(surface=f"£{n}m", start=text.index("£"), end=text.index("£") + 3,
                  value=n * 1e6, unit="GBP", kind="currency",
                  low=n * 9e5 if ranged else None, high=n * 2e6 if ranged else None),
            Claim(surface=f"{n}0 people", start=text.index(f"{n}0"), end=len(text) - 1,
                  value=n * 10.0, unit="person", kind="count"),
        ]  # fmt: skip
        store.add_article(Article(text=text, title=f"-T{n}", source="@W"), claims, "v1")
    return store


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "parquet", "xlsx"])
def test_an_export_in_batches_holds_what_one_frame_holds(tmp_path: Path, fmt: str) -> None:
    with _batched_store(tmp_path / "c.db") as store:
        whole, batched = io.BytesIO(), io.BytesIO()
        write_export([store.claims_frame()], fmt, whole)
        # Two claims a batch: the first batch has no range, so ``low`` is all missing in it.
        batches = list(store.claim_batches(size=2))
        write_export(iter(batches), fmt, batched)
    assert [len(b) for b in batches] == [2, 2, 2, 0]
    if fmt in ("csv", "jsonl"):
        assert batched.getvalue() == whole.getvalue()
    else:
        assert _records(fmt, batched) == _records(fmt, whole)
        assert len(_records(fmt, batched)) == 6


def _records(fmt: str, data: io.BytesIO) -> list[dict]:
    data.seek(0)
    if fmt == "json":
        return json.load(data)
    frame = pd.read_parquet(data) if fmt == "parquet" else pd.read_excel(data)
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def test_an_empty_store_exports_its_header(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        batches = list(store.claim_batches())
    out = io.BytesIO()
    write_export(batches, "csv", out)
    assert [len(b) for b in batches] == [0]
    assert out.getvalue().decode("utf-8-sig").startswith("claim_id,article_id,source,")
