"""The ``claims`` command, in-process for exit codes and exact output, plus the real script."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from pageserver import PAGES

from claims import Store, extract
from claims.cli import ProgressBar, main
from claims.extraction.pipeline import EXTRACTOR_VERSION

STRIKE = "Port strike ends\n\nDockers accepted a 7% pay rise after a 12-day strike.\n"
BUDGET = "Council budget\n\nThe council will spend £4.5m on roads, up 12% on last year.\n"


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "strike.txt").write_text(STRIKE)
    (folder / "budget.txt").write_text(BUDGET)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_prints_a_summary_and_reingest_skips(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    claims = len(extract(STRIKE)) + len(extract(BUDGET))
    code, out, err = run(capsys, "ingest", str(news), "--db", db, "--source", "Wire")
    assert (code, err) == (0, "")
    assert out == (
        f"2 articles added, 0 skipped as duplicates, 0 failed; {claims} claims added "
        f"(store: {Path(db).resolve()}, new)\n"
    )
    code, out, err = run(capsys, "ingest", str(news / "strike.txt"), "--db", db)
    assert (code, out, err) == (
        0,
        "0 articles added, 1 skipped as duplicate, 0 failed; "
        f"0 claims added (store: {Path(db).resolve()})\n",
        "",
    )


def test_ingest_reports_bad_files_and_exits_non_zero(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (news / "scan.txt").write_bytes(b"%PDF-1.4 binary")
    missing = str(tmp_path / "missing.txt")
    db = str(tmp_path / "c.db")
    code, out, err = run(capsys, "ingest", str(news), missing, "--db", db)
    assert code == 1
    assert err == (
        f"claims: error: {news / 'scan.txt'}: not a readable PDF (PdfStreamError: "
        "Stream has ended unexpectedly)\n"
        f"claims: error: {missing}: no such file or directory\n"
    )
    assert out.startswith("2 articles added, 0 skipped as duplicates, 2 failed; ")


def test_ingest_date_and_stats(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    run(capsys, "ingest", str(news), "--db", db, "--source", "Wire", "--date", "2025-03-04")
    code, out, err = run(capsys, "stats", "--db", db, "--json")
    stats = json.loads(out)
    assert (code, err) == (0, "")
    assert stats["articles"] == 2
    assert stats["claims"] == len(extract(STRIKE)) + len(extract(BUDGET))
    assert stats["sources"] == ["Wire"]
    assert (stats["first_published"], stats["last_published"]) == ("2025-03-04", "2025-03-04")
    code, out, _ = run(capsys, "stats", "--db", db)
    assert out.splitlines()[:3] == ["articles: 2", f"claims: {stats['claims']}", "sources: Wire"]


def test_extract_prints_a_table_and_stores_nothing(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "extract", str(news / "strike.txt"), "--date", "2025-03-04")
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert lines[0] == "== Port strike ends (2025-03-04) =="
    assert lines[1].split() == ["surface", "value", "unit", "kind", "qualifier", "measured"]
    assert len(lines) == 2 + len(extract(STRIKE.strip()))
    assert not (tmp_path / "data").exists()


def test_extract_context_adds_whose_where_when_who_says_and_the_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "forecast.txt"
    path.write_text("Inflation in Chile will slow to 3% next year, the central bank said.\n")
    code, out, _ = run(capsys, "extract", str(path), "--date", "2026-09-09", "--context")
    assert code == 0
    assert out.splitlines()[1:] == [
        "surface  value  unit     kind        qualifier  measured   entity  place  period     "
        "says              statement",
        "3%       3      percent  percentage             inflation          Chile  next year  "
        "the central bank  forecast",
    ]


def test_extract_json(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(news / "budget.txt"), "--json")
    [article] = json.loads(out)
    assert code == 0
    assert article["title"] == "Council budget"
    assert article["claims"] == [c.to_dict() for c in extract(BUDGET.strip())]


def test_extract_splits_a_bundled_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(PAGES / "bundled-tariffs.txt"))
    headings = [line for line in out.splitlines() if line.startswith("== ")]
    assert code == 0
    assert headings == [
        "== Trump sets 25% tariff on Japanese and South Korean goods from August 1 "
        "(Gulf Ledger, 2025-07-08T09:30:00+00:00) ==",
        "== EU prepares countermeasures as tariff deadline nears "
        "(The National, 2025-07-08T08:30:00+00:00) ==",
        "== Japan says it will keep negotiating with Washington (Reuters, 2025-07-05) ==",
        "== Seoul seeks exemption for carmakers (Korea Herald, 2025-07-07) ==",
    ]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "c.db")
    main(
        ["ingest", str(PAGES / "bundled-tariffs.txt"), str(PAGES / "collection.csv"), "--db", path]
    )
    capsys.readouterr()
    return path


def test_export_csv_to_stdout_with_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "export", "--db", db, "--source", "Reuters", "--source", "Kent Wire"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (code, err) == (0, "")
    assert out.startswith("claim_id,article_id,source,title,published,url,surface,value,")
    assert {r["source"] for r in rows} == {"Reuters", "Kent Wire"}
    assert all(not r["sentence"].startswith("=") for r in rows)


def test_export_since_until_and_query(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "export", "--db", db, "--since", "2025-07-06", "--until", "2025-07-07")
    assert {r["source"] for r in csv.DictReader(io.StringIO(out))} == {"Korea Herald"}
    _, out, _ = run(capsys, "export", "--db", db, "--query", "BRUSSELS", "--format", "jsonl")
    assert {json.loads(line)["source"] for line in out.splitlines()} == {"The National"}


def test_export_parquet_to_a_file(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "claims.parquet"
    code, out, err = run(capsys, "export", "--db", db, "-o", str(target))
    frame = pd.read_parquet(target)
    assert (code, out) == (0, "")
    assert err == f"{len(frame)} claims written to {target}\n"
    assert pd.api.types.is_float_dtype(frame["value"])


USER_MISTAKES = {
    "bad date": (
        ["ingest", "x.txt", "--date", "2025-02-30"],
        2,
        "claims: error: argument --date: bad date '2025-02-30' (expected YYYY-MM-DD)",
    ),
    "bad jobs": (
        ["ingest", "x.txt", "--jobs", "0"],
        2,
        "claims: error: argument --jobs: bad number of jobs '0' (expected 1 or more)",
    ),
    "unknown format": (
        ["export", "--format", "xls"],
        2,
        "claims: error: argument --format: invalid choice: 'xls'",
    ),
    "missing database": (["stats", "--db", "{tmp}/none.db"], 1, "claims: error: no database at"),
    "reextract without a database": (
        ["reextract", "--db", "{tmp}/none.db"],
        1,
        "claims: error: no database at",
    ),
    "unwritable database": (
        ["ingest", "{tmp}/a.txt", "--db", "{tmp}/a.txt/c.db"],
        1,
        "claims: error: cannot open database {tmp}/a.txt/c.db: ",
    ),
    "missing file to extract": (
        ["extract", "{tmp}/none.txt"],
        1,
        "claims: error: {tmp}/none.txt: no such file or directory",
    ),
    "url scheme": (
        ["extract", "file:///etc/passwd"],
        1,
        "claims: error: file:///etc/passwd: only http and https URLs are fetched, not file:",
    ),
    "unwritable output": (
        ["export", "--db", "{tmp}/c.db", "-o", "{tmp}/no/such/dir/x.csv"],
        1,
        "claims: error: cannot write {tmp}/no/such/dir/x.csv: No such file or directory",
    ),
}


@pytest.mark.parametrize(
    ("argv", "status", "line"), USER_MISTAKES.values(), ids=USER_MISTAKES.keys()
)
def test_user_mistakes_are_one_line_on_stderr(
    argv: list[str], status: int, line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(STRIKE)
    main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.db")])
    capsys.readouterr()
    code = main([arg.format(tmp=tmp_path) for arg in argv])
    _, err = capsys.readouterr()
    assert code == status
    assert err.startswith(line.format(tmp=tmp_path))
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.slow
def test_console_script_runs_and_fails_cleanly(tmp_path: Path) -> None:
    script = shutil.which("claims")
    assert script, "the claims console script is not installed (pip install .)"
    (tmp_path / "a.txt").write_text(STRIKE)
    db = str(tmp_path / "c.db")
    done = subprocess.run(
        [script, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "gone.txt"), "--db", db],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == f"claims: error: {tmp_path / 'gone.txt'}: no such file or directory\n"
    assert done.stdout.startswith("1 article added, 0 skipped as duplicates, 1 failed; ")


def test_progress_bar_draws_on_a_terminal_only() -> None:
    master, replica = os.openpty()
    with open(replica, "w") as terminal, ProgressBar(terminal) as bar:
        bar(0, 4)
        bar(4, 4)
    drawn = _read_all(master)
    assert "4/4" in drawn
    piped = io.StringIO()
    with ProgressBar(piped) as bar:
        bar(0, 4)
        bar(4, 4)
    assert piped.getvalue() == ""


@pytest.mark.slow
def test_a_page_piped_to_stdin_is_split_and_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    done = subprocess.run(
        [shutil.which("claims") or "claims", "ingest", "-", "--date", "2025-04-03", "--db", db],
        input=(PAGES / "bundled-quake.txt").read_bytes(),
        capture_output=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"2 articles added, 0 skipped as duplicates, 0 failed; ")


@pytest.mark.slow
def test_export_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(PAGES / "bundled-tariffs.txt"), "--db", db]) == 0
    child = subprocess.Popen(
        [shutil.which("claims") or "claims", "export", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before the first byte is written
    _, err = child.communicate(timeout=120)
    assert child.returncode == 141
    assert err == b""


def _read_all(master: int) -> str:
    """Everything written to a pseudo-terminal whose other end is closed."""
    chunks = []
    try:
        while chunk := os.read(master, 65536):
            chunks.append(chunk)
    except OSError:  # EIO: the terminal's other end is closed and drained
        pass
    os.close(master)
    return b"".join(chunks).decode()


def test_reextract_reads_again_what_an_older_extractor_read(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    run(capsys, "ingest", str(news), "--db", str(db))
    with Store(db) as store:
        first = store.article_ids()[0]
        store.replace_claims(first, [], "0.1.0")
        claims = len(extract(store.article(first).text))

    code, out, err = run(capsys, "reextract", "--db", str(db))
    assert (code, out, err) == (
        0,
        f"1 article read again: {claims} claims, 0 before; 0 failed (store: {db.resolve()})\n",
        "",
    )
    code, out, _ = run(capsys, "stats", "--db", str(db))
    assert out.splitlines()[-1] == f"extractor versions: {EXTRACTOR_VERSION}"
    code, out, _ = run(capsys, "reextract", "--db", str(db), "--all")
    assert out.startswith("2 articles read again: ")
