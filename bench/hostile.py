"""Hostile inputs: time, peak memory and store size of the worst cases, beside ordinary news.

Each case is a file written here; each step runs in a fresh Python process, so that its
peak memory is its own: ``claims ingest`` into a new store, ``claims export`` of that
store to CSV, and the dashboard's first run on it (``streamlit.testing.v1.AppTest``), with
the largest element the page would send to the browser (Streamlit refuses messages over
200 MB). The baseline, measured in the same run, is the sample corpus (ordinary news).

Cases (their size set by ``--mb``, default 10):
    one line of figures   figures without a full stop ("the 3 firms paid $4m and 12% more ...")
    JSONL of dense rows   many short articles that are nothing but figures
    one long article      the sample corpus's prose as one article, no headings between

For each case, the share of stored claims with a ``measured`` phrase in the first and in
the last 100 KB that the ingest read (an article keeps its first 5,000 claims); and for
the long article, ``extract`` on its first megabyte in a process of its own: its time,
peak memory and that share at the start and at the end of the text (issue 13, item 9:
past a parse budget, claims once got no context; the last 100 KB of 1 MB had 0%, the
first 94%).

Goals: no input of 10 MB or less costs more than 1 GB of memory in ingest, export or the
dashboard, or makes a store larger than 20 times its size.

    python bench/hostile.py [--mb 10] [--cases NAME ...] [--no-dashboard]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE = PROJECT_ROOT / "data" / "sample"
APP = PROJECT_ROOT / "app.py"
GOAL_MEMORY_MB = 1024.0
GOAL_STORE_RATIO = 20.0
SHARE_CHARS = 100_000
CONTEXT_CHARS = 1_000_000
DENSE = "the 3 firms paid $4m and 12% more "


def one_line_of_figures(path: Path, size: int) -> Path:
    out = path / "figures.txt"
    out.write_text((DENSE * (size // len(DENSE) + 1))[:size])
    return out


def jsonl_of_dense_rows(path: Path, size: int) -> Path:
    out = path / "dense.jsonl"
    with out.open("w") as rows:
        written, n = 0, 0
        while written < size:
            line = json.dumps({"text": " ".join(f"{n + i}%" for i in range(20))}) + "\n"
            rows.write(line)
            written += len(line)
            n += 20
    return out


def one_long_article(path: Path, size: int) -> Path:
    prose = " ".join(p.read_text() for p in sorted(SAMPLE.iterdir()) if p.suffix in (".txt", ".md"))
    prose = " ".join(line for line in prose.splitlines() if line.strip() and line != "---")
    out = path / "long.txt"
    out.write_text((prose * (size // len(prose) + 1))[:size])
    return out


CASES = {
    "one line of figures": one_line_of_figures,
    "JSONL of dense rows": jsonl_of_dense_rows,
    "one long article": one_long_article,
}


def step(kind: str, db: str, target: str) -> dict[str, object]:
    """In this process: one step (ingest, export, dashboard or extract), its time and peak
    memory."""
    sys.path.insert(0, str(PROJECT_ROOT))
    os.chdir(PROJECT_ROOT)
    if kind == "extract":
        from claims.ingestion.batch import warm_up

        warm_up()  # the model's load is not the article's time
    start = time.perf_counter()
    result: dict[str, object] = {}
    if kind == "dashboard":
        result = _dashboard(db)
    elif kind == "extract":
        result = _extract(target)
    else:
        from claims.cli import main

        argv = ["ingest", target, "--db", db] if kind == "ingest" else ["export", "--db", db]
        result["status"] = main([*argv, "-o", target] if kind == "export" else argv)
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _dashboard(db: str) -> dict[str, object]:
    os.environ["CLAIMS_DB"] = db
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=1200)
    at.run()
    sizes = [proto.ByteSize() for proto in _protos(at._tree)]
    return {
        "largest_message_mb": max(sizes, default=0) / 1e6,
        "errors": "; ".join(str(e.value) for e in at.exception) or None,
    }


def _extract(target: str) -> dict[str, object]:
    from claims import extract

    text = Path(target).read_text()[:CONTEXT_CHARS]
    claims = extract(text)
    ends = [(c.start, c.measured is not None) for c in claims]
    return {"claims": len(claims), "measured": _shares(ends, len(text))}


def _shares(claims: list[tuple[int, bool]], end: int) -> tuple[float | None, float | None]:
    """Of ``(start, measured)`` claims, the share measured in the first 100 KB and in the
    100 KB before ``end``, in per cent."""

    def share(part: list[bool]) -> float | None:
        return 100 * sum(part) / len(part) if part else None

    first = [m for start, m in claims if start < SHARE_CHARS]
    last = [m for start, m in claims if end - SHARE_CHARS <= start < end]
    return share(first), share(last)


def _protos(node: object) -> list[Any]:
    """The protocol messages of every element on the page (tables, charts, text)."""
    found = []
    children = getattr(node, "children", None)
    for child in children.values() if isinstance(children, dict) else []:
        if getattr(child, "proto", None) is not None:
            found.append(child.proto)
        found += _protos(child)
    return found


def _child(kind: str, db: Path, target: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--step", kind, str(db), str(target)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        return {"status": done.returncode, "error": done.stderr.strip().splitlines()[-1:]}
    result = json.loads(lines[-1])
    result["stderr"] = done.stderr.strip().splitlines()[:3]
    return result


def _claims(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])


def _stored_shares(db: Path) -> tuple[float | None, float | None]:
    """The share of the stored claims of the article with the most that are measured, at
    its start and at the end of what was read of it (where reading stopped)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT start, measured IS NOT NULL FROM claims WHERE article_id = (SELECT "
            "article_id FROM claims GROUP BY article_id ORDER BY COUNT(*) DESC LIMIT 1)"
        ).fetchall()
    return _shares([(int(s), bool(m)) for s, m in rows], max((s for s, _ in rows), default=0) + 1)


def run_case(name: str, source: Path, tmp: Path, dashboard: bool) -> dict[str, object]:
    db = tmp / f"{name.replace(' ', '-')}.db"
    size = sum(p.stat().st_size for p in source.rglob("*")) if source.is_dir() else None
    row: dict[str, object] = {
        "case": name,
        "input_mb": (size if size is not None else source.stat().st_size) / 1e6,
    }
    row["ingest"] = _child("ingest", db, source)
    row["store_mb"] = db.stat().st_size / 1e6 if db.exists() else None
    row["claims"] = _claims(db) if db.exists() else None
    row["measured"] = _stored_shares(db) if db.exists() else (None, None)
    row["export"] = _child("export", db, tmp / "out.csv")
    if dashboard:
        row["dashboard"] = _child("dashboard", db, tmp)
    if name == "one long article":
        row["extract"] = _child("extract", db, source)
    return row


def _fmt_step(result: object) -> str:
    if not isinstance(result, dict):
        return "-"
    if "seconds" not in result:
        return f"failed {result.get('error')}"
    return f"{result['seconds']:7.1f} s {result['peak_mb']:6.0f} MB"


def _pct(share: object) -> str:
    return f"{share:5.1f}%" if isinstance(share, float) else "     -"


def report_context(rows: list[dict[str, object]]) -> None:
    """Context to the end: the share of claims measured at the start and the end, and
    the ingest's warnings (claims left out, claims read without a parse)."""
    print()
    print(f"{'measured, first / last 100 KB':<30} {'claims':>9} {'':>17}  {'first':>6} {'last':>6}")
    for row in rows:
        first, last = row.get("measured") or (None, None)
        label = f"{row['case']}: ingest"
        print(f"{label:<30} {row['claims'] or 0:>9,} {'':>17}  {_pct(first)} {_pct(last)}")
        done = row.get("extract")
        if isinstance(done, dict):
            first, last = done.get("measured") or (None, None)
            label = f"{row['case']}: extract()"
            print(
                f"{label:<30} {done.get('claims') or 0:>9,} "
                f"{_fmt_step(done):>17}  {_pct(first)} {_pct(last)}"
            )
    for row in rows:
        ingest = row["ingest"]
        for line in ingest.get("stderr") or [] if isinstance(ingest, dict) else []:
            print(f"{row['case']}: ingest: {line}")


def report(rows: list[dict[str, object]]) -> None:
    print()
    header = (
        f"{'case':<22} {'input':>8} {'claims':>9} {'ingest':>17} {'store':>9} {'x input':>8} "
        f"{'export':>17} {'dashboard':>17} {'message':>9}"
    )
    print(header)
    for row in rows:
        store = row["store_mb"]
        ratio = store / row["input_mb"] if isinstance(store, float) and row["input_mb"] else None
        dash = row.get("dashboard")
        message = dash.get("largest_message_mb") if isinstance(dash, dict) else None
        print(
            f"{row['case']:<22} {row['input_mb']:>5.2f} MB {row['claims'] or 0:>9,} "
            f"{_fmt_step(row['ingest']):>17} "
            f"{'-' if store is None else f'{store:6.1f} MB':>9} "
            f"{'-' if ratio is None else f'{ratio:7.1f}x':>8} "
            f"{_fmt_step(row['export']):>17} {_fmt_step(dash):>17} "
            f"{'-' if message is None else f'{message:6.2f} MB':>9}"
        )
    print(
        f"{'goal':<22} {'<= 10 MB':>8} {'':>9} {'< 1024 MB':>17} {'':>9} "
        f"{f'< {GOAL_STORE_RATIO:.0f}x':>8} {'< 1024 MB':>17} {'< 1024 MB':>17} {'< 200 MB':>9}"
    )
    for row in rows:
        for kind in ("ingest", "export", "dashboard"):
            result = row.get(kind)
            if isinstance(result, dict) and (result.get("errors") or result.get("error")):
                print(f"{row['case']}: {kind}: {result.get('errors') or result.get('error')}")
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of each case's input")
    parser.add_argument("--cases", nargs="*", choices=list(CASES), default=list(CASES))
    parser.add_argument("--no-dashboard", action="store_true", help="skip the dashboard step")
    parser.add_argument("--step", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(*args.step)))
        return
    size = int(args.mb * 1e6)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as name:
        tmp = Path(name)
        rows.append(run_case("baseline: sample news", SAMPLE, tmp, not args.no_dashboard))
        for case in args.cases:
            source = CASES[case](tmp, size)
            print(f"{case}: {source.stat().st_size / 1e6:.2f} MB", flush=True)
            rows.append(run_case(case, source, tmp, not args.no_dashboard))
    report(rows)
    report_context(rows)


if __name__ == "__main__":
    main()
