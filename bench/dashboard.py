"""Dashboard speed and memory on a large store, beside a small-store baseline from the same run.

Builds synthetic stores of 1,000 and 100,000 claims (rows inserted straight into the real
schema), then, for each, in a fresh Python process so that imports and peak memory are
its own, times with ``streamlit.testing.v1.AppTest``: the first full script run, and a
filter change (a sidebar widget set, then ``run()``), then a rerun with nothing changed
(what every widget interaction costs at least; the first run minus this is mostly imports
and the cold read of the store), and reads peak RSS.

Goals (issue 12): at 1,000,000 claims, first run under 3 s, a filter change under 1 s,
peak memory under 1 GB; at 10,000,000, under 5 s, 2 s and 2 GB. The store is built a chunk
at a time, so 10,000,000 claims take minutes and little memory to build.

Usage: ``python bench/dashboard.py [--claims 100000] [--baseline 1000] [--keep DIR]``

``--keep DIR`` builds each store into ``DIR/claims-N.db`` and leaves it there; a store
already there is used again instead of built (10,000,000 claims take ten minutes or more
to build), after it is brought up to date as an ingest would leave it (the schema, the
kept counts and the tracker's kept metrics), so the timings stay the app's own.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
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
# Claims -> first run and filter change (seconds) and peak memory (MB) goals; a store has
# the goals of the largest size it reaches.
GOALS = {0: (3.0, 1.0, 1024.0), 10_000_000: (5.0, 2.0, 2048.0)}
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


# Articles generated and written at a time: the build holds this many, not the store.
CHUNK_ARTICLES = 5_000
# Each article states the claims of one of these shapes (what each of its figures
# measures, in which kind and unit), with values of its own. The tracker keys a shape
# once, so 10,000,000 claims are keyed without reading each again.
SHAPES = 1_000
# Room for the last article, which takes the claims left over.
SHAPE_CLAIMS = 2 * CLAIMS_PER_ARTICLE - 1
_Template = tuple[str, str | None, str]  # kind, unit, measured


def build_store(path: Path, n_claims: int, seed: int = 4) -> None:
    """Create a store with the real schema at ``path`` and fill it with ``n_claims`` rows,
    each with its tracking row and the kept metrics, as an ingest leaves them. A store
    already at ``path`` (kept by ``--keep``) is only brought up to date."""
    if not path.exists():
        # Built under another name: a build cut short is never taken for a kept store.
        part = path.with_name(f"{path.name}.part")
        for leftover in part.parent.glob(f"{part.name}*"):
            leftover.unlink()
        _fill(part, n_claims, seed)
        part.rename(path)
    _bring_up_to_date(path)


def _bring_up_to_date(path: Path) -> None:
    """Keep each claim's metric and the facet counts, as an ingest does when it stores
    them (and upgrade an older kept store's schema): otherwise the app's first read would
    do it, and the timings would be the tracker's."""
    from claims import counts
    from claims.store import Store

    with Store(path) as store:
        # A cache of a gigabyte, not SQLite's 2 MB: at 10,000,000 claims, working the
        # summaries out read each page from the file again and again (ten minutes).
        store.conn.execute("PRAGMA cache_size = -1000000")
        store.ensure_members()
        counts.ensure(store.conn)


def _fill(path: Path, n_claims: int, seed: int) -> None:
    """The schema and ``n_claims`` synthetic claims with their articles and tracking rows
    at ``path``, the kept counts marked to be worked out."""
    # Imported here, not at the top, so the measuring child starts without pandas loaded.
    from claims import counts
    from claims.store import Store
    from claims.tracking.records import TRACKER_VERSION

    Store(path).close()  # creates the schema, so the rows below match what the app reads
    rng = random.Random(seed)
    kinds = tuple(KIND_UNITS)
    shapes = [[_template(rng, kinds) for _ in range(SHAPE_CLAIMS)] for _ in range(SHAPES)]
    keys = _ShapeKeys(shapes)
    n_articles = max(1, n_claims // CLAIMS_PER_ARTICLE)
    # Closed, not only committed: an open connection leaves the write-ahead log behind, and
    # the app's first close then folds it in, so its second run would read the store again.
    with closing(sqlite3.connect(path)) as conn:
        # Indexes are built once at the end (sorting beats 10,000,000 inserts into each),
        # and the tracker's stale-marking triggers would fire once a row; reopening the
        # store below makes both again.
        for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        ).fetchall():
            conn.execute(f"DROP {kind} {name}")
        claim_id = 0
        for first in range(0, n_articles, CHUNK_ARTICLES):
            rows: tuple[list[tuple[Any, ...]], ...] = ([], [], [])
            for article in range(first, min(first + CHUNK_ARTICLES, n_articles)):
                count = CLAIMS_PER_ARTICLE
                if article == n_articles - 1:
                    count = n_claims - claim_id
                _article(rng, article, claim_id, count, keys, rows)
                claim_id += count
            with conn:
                _insert(conn, *rows)
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('tracker_version', ?)", (TRACKER_VERSION,)
        )
        counts.mark(conn, "stale")  # the rows came in without the triggers that count them
        conn.commit()
    Store(path).close()  # makes the indexes and triggers dropped above


def _template(rng: random.Random, kinds: tuple[str, ...]) -> _Template:
    kind = rng.choice(kinds)
    return kind, rng.choice(KIND_UNITS[kind][0]), rng.choice(MEASURED)


def _sentence(measured: str, surface: str) -> str:
    return f"Officials said the {measured} reached {surface} this year, up from last."


def _copy_key(sentence: str, surface: str) -> str:
    """The key of a claim's sentence, as the tracker makes it (the synthetic sentences are
    already single-spaced); `_ShapeKeys` checks it against the tracker's."""
    copy = f"{sentence.casefold()}|{surface.casefold()}"
    return hashlib.sha1(copy.encode("utf-8")).hexdigest()[:16]


def _article(
    rng: random.Random,
    article: int,
    first_id: int,
    count: int,
    keys: _ShapeKeys,
    rows: tuple[list[tuple[Any, ...]], ...],
) -> None:
    """Append one article's row, its ``count`` claims (ids from ``first_id`` + 1) and their
    tracking rows to ``rows``."""
    articles, claims, tracking = rows
    aid = f"a{article:015d}"
    shape = rng.randrange(SHAPES)
    metric_keys, history = keys.of(shape, count)
    sentences = []
    s0 = 0
    for n, (kind, unit, measured) in enumerate(keys.shapes[shape][:count]):
        lo, hi = KIND_UNITS[kind][1]
        value = round(math.pow(10, rng.uniform(lo, hi)), 2)
        surface = f"{value:g} {unit or ''}".strip()
        sentence = _sentence(measured, surface)
        is_range = rng.random() < 0.05
        at = s0 + sentence.index(surface)
        cid = first_id + n + 1
        claims.append(
            (
                cid,
                aid,
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
        tracking.append((cid, metric_keys[n], _copy_key(sentence, surface), history[n]))
        sentences.append(sentence)
        s0 += len(sentence) + 1
    day = (date(2023, 1, 1) + timedelta(days=rng.randrange(900))).isoformat()
    articles.append(
        (
            aid,
            f"Synthetic article {article}",
            rng.choice(SOURCES),
            f"https://example.org/article/{article}",
            day,
            None,
            "2026-11-28T00:00:00+00:00",
            " ".join(sentences),
        )
    )


def _insert(
    conn: sqlite3.Connection,
    articles: list[tuple[Any, ...]],
    claims: list[tuple[Any, ...]],
    tracking: list[tuple[Any, ...]],
) -> None:
    conn.executemany(
        "INSERT INTO articles (id, title, source, url, published, author, ingested_at, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        articles,
    )
    conn.executemany(
        'INSERT INTO claims (id, article_id, surface, start, "end", value, low, high, unit, '
        "kind, measured, qualifier, direction, sentence_start, sentence_end, "
        "extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claims,
    )
    conn.executemany("INSERT INTO tracking VALUES (?, ?, ?, ?)", tracking)


class _ShapeKeys:
    """The tracker's keys of the claims of an article of each shape, worked out by the
    tracker itself (`article_tracking`, on an article of that shape) once per shape and
    number of claims. The synthetic sentence names no event and compares with nothing,
    so a key depends on the values only through a figure that names nothing restating
    another's value; a shape with such a figure is refused."""

    def __init__(self, shapes: list[list[_Template]]) -> None:
        self.shapes = shapes
        self._found: dict[tuple[int, int], tuple[list[str | None], list[int]]] = {}

    def of(self, shape: int, count: int) -> tuple[list[str | None], list[int]]:
        """The metric key and history flag of each of the first ``count`` claims."""
        if (shape, count) not in self._found:
            self._found[shape, count] = self._work_out(self.shapes[shape][:count])
        return self._found[shape, count]

    @staticmethod
    def _work_out(templates: list[_Template]) -> tuple[list[str | None], list[int]]:
        from claims.model import Claim
        from claims.tracking.records import article_tracking, tracking_of

        claims, starts = [], []
        for kind, unit, measured in templates:
            surface = f"{12.5:g} {unit or ''}".strip()
            sentence = _sentence(measured, surface)
            at = sentence.index(surface)
            claims.append(
                Claim(
                    surface=surface,
                    start=at,
                    end=at + len(surface),
                    value=12.5,
                    unit=unit,
                    kind=kind,  # type: ignore[arg-type]
                    measured=measured,
                    sentence=sentence,
                )
            )
            starts.append(at)
        title = "Synthetic article 0"
        own = [tracking_of(c, at, title, []) for c, at in zip(claims, starts, strict=True)]
        if any(t.metric_key is None for t in own):
            raise SystemExit("a synthetic template has no metric key: its key may hang on values")
        for claim, t in zip(claims, own, strict=True):
            if t.copy_key != _copy_key(claim.sentence, claim.surface):
                raise SystemExit("the bench's copy key is no longer the tracker's")
        found = article_tracking(claims, starts, title, [])
        return [t.metric_key for t in found], [int(t.history) for t in found]


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
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build the stores into DIR and keep them; use again those already there",
    )
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
    with contextlib.ExitStack() as stack:
        folder = args.keep or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix=f"bench-{Path(script).stem}-"))
        )
        folder.mkdir(parents=True, exist_ok=True)
        for n in (args.baseline, args.claims):
            db = folder / f"claims-{n}.db"
            kept = db.exists()
            start = time.perf_counter()
            child(script, "--build", str(n), str(db))
            done = "brought kept" if kept else "built"
            print(f"{done} {n:,}-claim store in {time.perf_counter() - start:.1f} s ({db})")
            results[n] = json.loads(child(script, "--measure", str(db)))
    return args, results


def _goals(claims: int) -> tuple[float, float, float]:
    return GOALS[max(n for n in GOALS if claims >= n)]


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
    first_goal, filter_goal, memory_goal = _goals(args.claims)
    print(
        f"{'goal':>9}  {'< ' + _fmt(first_goal):>15}  {'< ' + _fmt(filter_goal):>15}  "
        f"{'':>7}  {'< ' + f'{memory_goal:.0f} MB':>11}"
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
        big["first_run_s"] < first_goal
        and big["filter_s"] is not None
        and big["filter_s"] < filter_goal
        and big["peak_mb"] < memory_goal
    )
    print(f"goals at {args.claims:,} claims: {'met' if met else 'NOT met'}")
    for n, r in results.items():
        if r["errors"]:
            print(f"app raised at {n:,} claims: {r['errors']}")


if __name__ == "__main__":
    main()
