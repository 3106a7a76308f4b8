"""`claims export` at scale: time and peak memory of exporting every claim, per format,
on a large store beside a small-store baseline from the same run.

Builds synthetic stores (as bench/dashboard.py does: real schema, rows inserted straight
in) of ``--baseline`` and ``--claims`` claims; each export is `claims export --db STORE
-o FILE` in a fresh Python process, so its peak memory (``ru_maxrss``) is its own, and
"imports" is the peak of a process that only imports the command: the fixed part.

Goal (issue 12): exporting 1,000,000 claims stays under 500 MB of memory. Wall-clock
time grows with the load of a shared machine, so CPU seconds are printed beside it.

Usage: ``python bench/export.py --claims 1000000 --baseline 100000``
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
GOAL_MB = 500.0
# The formats measured: every streaming writer (an .xlsx workbook is for a spreadsheet's
# row limit, about a million rows, not for a full export at scale).
FORMATS = ("csv", "jsonl", "json", "parquet")
# Runs the checkout's command, not a copy `pip install .` may have put in site-packages.
_CLI = f"import sys; sys.path.insert(0, {str(PROJECT_ROOT)!r}); from claims.cli import main; "
COMMAND = _CLI + "raise SystemExit(main(sys.argv[1:]))"
IMPORTS_ONLY = _CLI + "raise SystemExit(0)"


def build(db: Path, n_claims: int) -> None:
    """A synthetic store of ``n_claims`` claims (bench/dashboard.py's)."""
    from dashboard import build_store

    build_store(db, n_claims)


def _run(code: str, *args: str) -> dict[str, float]:
    """``python -c code args`` in a fresh process: its wall and CPU seconds, its peak RSS,
    and the 1-minute load average when it started."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    # wait4 gives this child's own usage; RUSAGE_CHILDREN would keep the largest peak of all.
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    stderr = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"claims {' '.join(args)} failed:\n{stderr}")
    return {
        "s": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "load": load,
    }


def measure(db: Path) -> dict[str, Any]:
    """Each format's export of every claim in ``db``, and the imports-only baseline."""
    results: dict[str, Any] = {"imports": _run(IMPORTS_ONLY)}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        for fmt in FORMATS:
            out = Path(tmp) / f"claims.{fmt}"
            results[fmt] = _run(COMMAND, "export", "--db", str(db), "-o", str(out))
            results[fmt]["file_mb"] = out.stat().st_size / 1e6
            out.unlink()
    return results


def main() -> None:
    from dashboard import in_children

    found = in_children(__file__, (__doc__ or "").splitlines()[0], build, measure)
    if found is None:
        return
    args, results = found
    print()
    print("`claims export` of every claim, one fresh process each; load: the 1-minute load")
    print("average as it started")
    header = f"{'claims':>9}  {'format':<8}  {'load':>4}  {'wall s':>7}  {'CPU s':>6}"
    print(f"{header}  {'peak RSS':>9}  {'file':>9}")
    for n, r in results.items():
        for fmt in ("imports", *FORMATS):
            f = r[fmt]
            size = f"{f['file_mb']:>6.0f} MB" if "file_mb" in f else "-"
            print(
                f"{n:>9,}  {fmt:<8}  {f['load']:>4.1f}  {f['s']:>7.2f}  {f['cpu']:>6.1f}  "
                f"{f['peak_mb']:>6.0f} MB  {size:>9}"
            )
    big = results[args.claims]
    worst = max(FORMATS, key=lambda fmt: big[fmt]["peak_mb"])
    peak = big[worst]["peak_mb"]
    verdict = "met" if peak < GOAL_MB else "NOT met"
    print(
        f"goal at {args.claims:,} claims: every format under {GOAL_MB:.0f} MB: {verdict} "
        f"(largest: {worst}, {peak:.0f} MB)"
    )
    print(f"load average (1, 5, 15 min) at end: {_load()}")


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
