"""Dashboard speed and memory on a large store, beside a small-store baseline from the same run.

Builds synthetic stores of 1,000 and 100,000 claims (rows inserted straight into the real
schema), then, for each, in a fresh Python process so that imports and peak memory are
its own, times with ``streamlit.testing.v1.AppTest``: the first full script run, and a
filter change (a sidebar widget set, then ``run()``), then a rerun with nothing changed
(what every widget interaction costs at least; the first run minus this is mostly imports
and the cold read of the store), and reads peak RSS.

Goals: first run under 3 s, a filter change under 1 s, peak memory under 1 GB.

Usage: ``python bench/dashboard.py [--claims 100000] [--baseline 1000]``
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
APP = PROJECT_ROOT / "app.py"
GOAL_FIRST_RUN_S = 3.0
GOAL_FILTER_S = 1.0
GOAL_MEMORY_MB = 1024.0
CLAIMS_PER_ARTICLE = 20
# Generous: the 100,000-claim run may be slow, and a timeout would hide the figure.
APPTEST_TIMEOUT_S = 600.0

SOURCES = tuple(f"Source {i:02d}" for i in range(25))
# kind -> (units, log10 of the smallest and largest value)
KIND_UNITS: dict[str, tuple[tuple[str | None, ...], tuple[float, float]]] = {
    "percentage": (("percent", "percentage point"), (-1.0, 2.0)),
    "currency": (("USD", "GBP", "EUR"), (3.0, 12.0)),
    "count": (("person", "satellite", "job", "vehicle", "death"), (0.0, 7.0)),
    "mass": (("tonne", "kilogram"), (0.0, 9.0)),
    "length": (("kilometre", "metre"), (0.0, 5.0)),
    "duration": (("year", "day"), (0.0, 2.5)),
    "energy": (("kilowatt hour",), (3.0, 12.0)),
    "other": ((None,), (0.0, 4.0)),
}
MEASURED = tuple(
    f"{what} {where}"
    for what in ("tariff on", "budget for", "deaths in", "exports of", "launches by", "jobs at")
    for where in ("steel", "cars", "Gaza", "Ukraine", "SpaceX", "the NHS", "wheat", "solar")
)
QUALIFIERS = (None, None, None, "approx", "more_than", "less_than", "up_to")


def build_store(path: Path, n_claims: int, seed: int = 4) -> None:
    """Create a store with the real schema at ``path`` and fill it with ``n_claims`` rows."""
    # Imported here, not at the top, so the measuring child starts without pandas loaded.
    from claims.store import Store
    from claims.tracking.stored import retrack

    Store(path).close()  # creates the schema, so the rows below match what the app reads
    rng = random.Random(seed)
    n_articles = max(1, n_claims // CLAIMS_PER_ARTICLE)
    first_day = date(2023, 1, 1)
    articles = [
        (
            f"a{i:015d}",
            f"Synthetic article {i}",
            rng.choice(SOURCES),
            f"https://example.org/article/{i}",
            (first_day + timedelta(days=rng.randrange(900))).isoformat(),
            None,
            "2026-11-28T00:00:00+00:00",
        )
        for i in range(n_articles)
    ]
    # Each article's text is its claims' sentences; claims keep their sentence's offsets.
    texts: list[list[str]] = [[] for _ in range(n_articles)]
    lengths = [0] * n_articles
    kinds = tuple(KIND_UNITS)
    claims = []
    for i in range(n_claims):
        kind = rng.choice(kinds)
        units, (lo, hi) = KIND_UNITS[kind]
        unit = rng.choice(units)
        value = round(math.pow(10, rng.uniform(lo, hi)), 2)
        measured = rng.choice(MEASURED)
        surface = f"{value:g} {unit or ''}".strip()
        sentence = f"Officials said the {measured} reached {surface} this year, up from last."
        is_range = rng.random() < 0.05
        article = i % n_articles
        s0 = lengths[article]
        texts[article].append(sentence)
        lengths[article] += len(sentence) + 1
        at = s0 + sentence.index(surface)
        claims.append(
            (
                f"a{article:015d}",
                surface,
                at,
                at + len(surface),
                value,
                value if is_range else None,
                value * 1.2 if is_range else None,
                unit,
                kind,
                measured,
                rng.choice(QUALIFIERS),
                rng.choice((None, None, "up", "down")),
                s0,
                s0 + len(sentence),
                "bench",
            )
        )
    # Closed, not only committed: an open connection leaves the write-ahead log behind, and
    # the app's first close then folds it in, so its second run would read the store again.
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(
            "INSERT INTO articles (id, title, source, url, published, author, ingested_at, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, " ".join(text)) for row, text in zip(articles, texts, strict=True)],
        )
        conn.executemany(
            'INSERT INTO claims (article_id, surface, start, "end", value, low, high, unit, '
            "kind, measured, qualifier, direction, sentence_start, sentence_end, "
            "extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            claims,
        )
    # Key every claim for the tracker and keep each claim's metric, as an ingest does when
    # it stores them: otherwise the app's first read would do it, and the timings would be
    # the tracker's.
    with Store(path) as store:
        retrack(store.conn)
        store.ensure_members()


def _filter_widget(at: object) -> object | None:
    """The sidebar kind filter if there is one, else the first sidebar multiselect."""
    multiselects = list(at.sidebar.multiselect)  # type: ignore[attr-defined]
    for widget in multiselects:
        if "kind" in widget.label.lower():
            return widget
    return multiselects[0] if multiselects else None


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``action``; CPU counts all threads, as AppTest runs the
    script in a thread of its own."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(db: Path) -> dict[str, float | str | None]:
    """In this process: first run and a filter change of the app on ``db``, and peak RSS."""
    os.environ["CLAIMS_DB"] = str(db)
    os.chdir(PROJECT_ROOT)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=APPTEST_TIMEOUT_S)
    first_s, first_cpu = _timed(at.run)
    errors = [str(e.value) for e in at.exception]

    filter_s = filter_cpu = None
    filter_label = "no sidebar multiselect in app.py"
    widget = _filter_widget(at)
    if widget is not None and widget.options:
        # Options read "duration (12,579)": the value, then how many claims it keeps.
        choice = widget.options[0].rsplit(" (", 1)[0]
        filter_label = f"{widget.label} = {widget.options[0]}"
        filter_s, filter_cpu = _timed(widget.set_value([choice]).run)
        errors += [str(e.value) for e in at.exception]

    rerun_s, _ = _timed(at.run)
    charts = _charts_tab(widget is not None and bool(widget.options))
    # ru_maxrss is in kilobytes on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "first_run_s": first_s,
        "first_run_cpu": first_cpu,
        "filter_s": filter_s,
        "filter_cpu": filter_cpu,
        "rerun_s": rerun_s,
        "filter": filter_label,
        "peak_mb": peak_mb,
        **charts,
        "errors": "; ".join(errors + charts.pop("charts_errors")) or None,
    }


def _charts_tab(can_filter: bool) -> dict[str, Any]:
    """The Charts tab opened by a link in a second session (imports and the questions the
    first session asked already answered), then the same filter change there."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=APPTEST_TIMEOUT_S)
    at.query_params["view"] = "Charts"
    open_s, open_cpu = _timed(at.run)
    errors = [str(e.value) for e in at.exception]
    filter_s = filter_cpu = None
    widget = _filter_widget(at)
    if can_filter and widget is not None and widget.options:
        choice = widget.options[0].rsplit(" (", 1)[0]
        filter_s, filter_cpu = _timed(widget.set_value([choice]).run)
        errors += [str(e.value) for e in at.exception]
    return {
        "charts_s": open_s,
        "charts_cpu": open_cpu,
        "charts_filter_s": filter_s,
        "charts_filter_cpu": filter_cpu,
        "charts_errors": errors,
    }


def child(script: str, *args: str) -> str:
    """Run ``script`` with ``args`` in a fresh interpreter; its last line of output.

    Both the build and the measurement run in children: Linux carries ``ru_maxrss`` across
    fork and exec, so the parent must stay small for a child's peak to be its own.
    """
    done = subprocess.run(
        [sys.executable, script, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def _fmt(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:.2f} s"


def _with_cpu(wall: float | None, cpu: float | None) -> str:
    return "n/a" if wall is None or cpu is None else f"{_fmt(wall)} ({cpu:.1f})"


def in_children(
    script: str,
    description: str,
    build: Callable[[Path, int], None],
    measure: Callable[[Path], dict[str, Any]],
) -> tuple[argparse.Namespace, dict[int, dict[str, Any]]] | None:
    """The part of a bench's ``main`` that measures stores of two sizes (``--baseline``
    and ``--claims``): run as a child with ``--build N DB`` or ``--measure DB``, it does
    that and returns ``None``; else it builds and measures each size in fresh children of
    ``script`` and returns the arguments and each size's figures."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, metavar=("N", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    # Measure the checkout, not a copy `pip install .` may have put in site-packages.
    sys.path.insert(0, str(PROJECT_ROOT))
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return None
    if args.build:
        build(Path(args.build[1]), int(args.build[0]))
        return None
    results = {}
    with tempfile.TemporaryDirectory(prefix=f"bench-{Path(script).stem}-") as tmp:
        for n in (args.baseline, args.claims):
            db = Path(tmp) / f"claims-{n}.db"
            start = time.perf_counter()
            child(script, "--build", str(n), str(db))
            print(f"built {n:,}-claim store in {time.perf_counter() - start:.1f} s")
            results[n] = json.loads(child(script, "--measure", str(db)))
    return args, results


def main() -> None:
    found = in_children(__file__, __doc__.splitlines()[0], build_store, measure)
    if found is None:
        return
    args, results = found
    print()
    print("wall-clock seconds (CPU seconds of all threads in brackets)")
    header = f"{'claims':>9}  {'first run':>15}  {'filter change':>15}  {'rerun':>7}"
    print(f"{header}  {'peak memory':>11}")
    for n, r in results.items():
        first = _with_cpu(r["first_run_s"], r["first_run_cpu"])
        change = _with_cpu(r["filter_s"], r["filter_cpu"])
        print(
            f"{n:>9,}  {first:>15}  {change:>15}  {_fmt(r['rerun_s']):>7}  {r['peak_mb']:>8.0f} MB"
        )
    print(
        f"{'goal':>9}  {'< ' + _fmt(GOAL_FIRST_RUN_S):>15}  {'< ' + _fmt(GOAL_FILTER_S):>15}  "
        f"{'':>7}  {'< ' + f'{GOAL_MEMORY_MB:.0f} MB':>11}"
    )
    print()
    print("Charts tab opened by a link in a second session, then the same filter change")
    print(f"{'claims':>9}  {'charts open':>15}  {'filter change':>15}")
    for n, r in results.items():
        opened = _with_cpu(r["charts_s"], r["charts_cpu"])
        change = _with_cpu(r["charts_filter_s"], r["charts_filter_cpu"])
        print(f"{n:>9,}  {opened:>15}  {change:>15}")
    # Wall-clock time grows with the load of a shared machine; CPU time much less so.
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    big = results[args.claims]
    print(f"filter changed: {big['filter']}")
    met = (
        big["first_run_s"] < GOAL_FIRST_RUN_S
        and big["filter_s"] is not None
        and big["filter_s"] < GOAL_FILTER_S
        and big["peak_mb"] < GOAL_MEMORY_MB
    )
    print(f"goals at {args.claims:,} claims: {'met' if met else 'NOT met'}")
    for n, r in results.items():
        if r["errors"]:
            print(f"app raised at {n:,} claims: {r['errors']}")


if __name__ == "__main__":
    main()
