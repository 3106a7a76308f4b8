"""`claims export` refuses what the store does not hold, writes real workbooks, filters like
the dashboard; `claims` alone prints its help; the default store follows the current folder."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from claims.cli import main
from claims.model import Article
from claims.store import Store
from claims.views.choices import UnknownChoice, resolve
from claims.views.export import FORMULA_STARTS, ExportError, format_for
from claims.views.query import options as stored_options

# The console script of this environment: the command a reader types.
CLAIMS = str(Path(sys.executable).with_name("claims"))

ARTICLES = [
    Article(
        text="=SUM(A1) Exports rose to about $3 billion. More than 40,000 tonnes wait at the port.",
        title='=HYPERLINK("http://evil")',
        source="Wire",
        published="2025-03-01",
    ),
    Article(
        text="The tariff is 25%, the ministry said. Officials expect 12% growth next year.",
        title="Tariff",
        source="Post",
        published="2025-04-02",
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from claims.ingestion.ingest import ingest_articles

    path = tmp_path_factory.mktemp("export") / "c.db"
    with Store(path) as store:
        ingest_articles(ARTICLES, store)
    return str(path)


def _frame(db: str) -> pd.DataFrame:
    with Store(db) as store:
        return store.claims_frame()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# (name, arguments, the one error line)
REFUSAL_CASES = [
    ("kind the store lacks", ["--kind", "length"],
     "--kind 'length': no stored claim has it (the store has: "),
    ("no such kind, with a near one", ["--kind", "curency"],
     "--kind 'curency': no stored claim has it; did you mean 'currency'?"),
    ("unknown source", ["--source", "Reuters"], "--source 'Reuters': no stored claim has it"),
    ("hedge in words the store lacks", ["--qualifier", "up to"],
     "--qualifier 'up to': no stored claim has it (the store has: "),
    ("a hedge's near miss is named in words", ["--qualifier", "mor than"],
     "did you mean 'more than'?"),
    ("statement", ["--statement", "rumour"], "--statement 'rumour': no stored claim has it"),
    ("old spreadsheet format", ["-o", "out.xls"],
     "out.xls: cannot write .xls files; name the file .csv, .jsonl, .json, .parquet or .xlsx"),
    ("unknown suffix", ["-o", "out.dat"], "out.dat: cannot write .dat files"),
    ("name and format disagree", ["-o", "out.xlsx", "--format", "csv"],
     "out.xlsx is named as xlsx but --format csv was asked for"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"), [c[1:] for c in REFUSAL_CASES], ids=[c[0] for c in REFUSAL_CASES]
)
def test_export_refuses_with_one_clear_line(
    db: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    os.chdir(tmp_path)  # -o names are relative: nothing may be written anywhere
    code, out, err = run(capsys, "export", "--db", db, *args)
    assert (code, out) == (1, "")
    assert err.startswith("claims: error: ") and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


# (name, arguments, the claims kept, as a query on the frame)
ACCEPT_CASES = [
    ("any case", ["--kind", "Currency"], "kind == 'currency'"),
    ("a reader's word for a kind", ["--kind", "money"], "kind == 'currency'"),
    ("hedge in words", ["--qualifier", "more than"], "qualifier == 'more_than'"),
    ("hedge as stored", ["--qualifier", "approx"], "qualifier == 'approx'"),
    ("no hedge", ["--qualifier", "none"], "qualifier.isna()"),
    ("unit, any case", ["--unit", "usd"], "unit == 'USD'"),
    ("value range", ["--unit", "percent", "--min", "20"], "unit == 'percent' and value >= 20"),
    ("upper bound only", ["--max", "30", "--unit", "percent"], "unit == 'percent' and value <= 30"),
    ("statement", ["--statement", "fact"], "statement == 'fact'"),
]


@pytest.mark.parametrize(
    ("args", "query"), [c[1:] for c in ACCEPT_CASES], ids=[c[0] for c in ACCEPT_CASES]
)
def test_export_reads_values_as_a_person_types_them(
    db: str, args: list[str], query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "--db", db, *args)
    assert (code, err) == (0, "")
    expected = _frame(db).query(query, engine="python")
    assert len(expected) > 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(int(r["claim_id"]) for r in rows) == sorted(expected["claim_id"])


def test_who_says_so_filter_takes_speakers_and_the_articles_own_voice(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = _frame(db)
    for typed, kept in [("none", frame["attributed_to"].isna())] + [
        (speaker.upper(), frame["attributed_to"].eq(speaker))
        for speaker in frame["attributed_to"].dropna().unique()
    ]:
        _, out, _ = run(capsys, "export", "--db", db, "--attributed-to", typed)
        rows = list(csv.DictReader(io.StringIO(out)))
        assert sorted(int(r["claim_id"]) for r in rows) == sorted(frame[kept]["claim_id"])


def test_a_value_range_across_units_is_warned_about(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "--db", db, "--min", "10")
    assert code == 0
    assert err.startswith("claims: warning: --min/--max compare values in ")
    assert err.rstrip().endswith("add --unit to compare like with like")


def test_xlsx_is_a_real_workbook_whose_text_never_runs(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "claims.xlsx"
    code, out, err = run(capsys, "export", "--db", db, "-o", str(target))
    frame = _frame(db)
    assert (code, out, err) == (0, "", f"{len(frame)} claims written to {target}\n")
    sheet = openpyxl.load_workbook(target).active
    header, *rows = list(sheet.iter_rows())
    assert [c.value for c in header][:3] == ["claim_id", "article_id", "source"]
    assert len(rows) == len(frame)
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.data_type == "f"]  # nothing is a formula
    titles = {c.value for c in cells if isinstance(c.value, str) and c.value.startswith("=")}
    assert '=HYPERLINK("http://evil")' in titles  # kept exactly, as text
    assert all(
        c.quotePrefix
        for c in cells
        if isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)
    )
    values = [row[[c.value for c in header].index("value")].value for row in rows]
    assert all(isinstance(v, float | int) for v in values)


def test_json_export_is_an_array(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    _, out, _ = run(capsys, "export", "--db", db, "--format", "json")
    assert len(json.loads(out)) == len(_frame(db))


FORMAT_CASES = {
    "asked for": ("out.txt2", "jsonl", "jsonl"),
    "from suffix": ("out.parquet", None, "parquet"),
    "workbook": ("Claims.XLSX", None, "xlsx"),
    "json": ("out.json", None, "json"),
    "ndjson is json lines": ("out.ndjson", None, "jsonl"),
    "stdout": (None, None, "csv"),
    "stdout as asked": (None, "xlsx", "xlsx"),
}


@pytest.mark.parametrize(
    ("path", "requested", "fmt"), FORMAT_CASES.values(), ids=FORMAT_CASES.keys()
)
def test_format_for(path: str | None, requested: str | None, fmt: str) -> None:
    assert format_for(path, requested) == fmt


@pytest.mark.parametrize("path", ["out.xls", "out.ods", "out.txt", "out.dat"])
def test_format_for_refuses_names_it_cannot_honour(path: str) -> None:
    with pytest.raises(ExportError, match=path):
        format_for(path, None)


def test_resolve_an_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        known = stored_options(store.conn, "kind")
    with pytest.raises(UnknownChoice, match="the store holds no claims"):
        resolve(known, "kinds", ["count"], "--kind")


def test_claims_alone_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    assert out.startswith("usage: claims") and "ingest" in out and "export" in out


@pytest.mark.slow
def test_the_default_store_is_named_where_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Rainfall was 40% above average.\n")
    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_DB"}
    done = subprocess.run(
        [CLAIMS, "ingest", "note.txt"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    store = (tmp_path / "data" / "claims.db").resolve()
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(f"1 claim added (store: {store}, new)")
    assert store.is_file()
    assert (
        "in the current folder"
        in subprocess.run(
            [CLAIMS, "export", "--help"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
