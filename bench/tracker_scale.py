"""The tracker on a large store, beside a small one measured in the same run.

Issue 8's goal: `claims metrics` and the Trackers view on a store of 100,000 claims in
under 2 s. Builds synthetic stores with `bench/dashboard.py`'s builder (rows straight into
the real schema, keyed for the tracker) and leaves them as an ingest does (its closing
snapshot works out and keeps the conflicts). Then, for each store, in a fresh process so
that imports and peak memory are its own, times:

- `claims metrics --json` and `claims conflicts --json`, run in-process, output discarded;
- the Trackers view's read of the store (`view_read`: the list, and the metric shown);
- the app's first run opened on the Trackers tab, and a rerun (AppTest);

and reads peak RSS. The synthetic metrics are far busier than news (a few dozen
measured phrases over every claim), so this is a hard case for the tracker.

Beside each store, a story followed for a year by many outlets (issue 12): one metric of
thousands of statements (`STORY_STATEMENTS`: 2,000 beside the baseline, 6,000 beside the
large store), a monthly rate each article states of this month, the last or none, and
the time `claims conflicts --json` takes to work its conflicts out (`story_conflicts`).

Usage: ``python bench/tracker_scale.py [--claims 100000] [--baseline 1000]``
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import resource
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.store import Store

PROJECT_ROOT = Path(__file__).resolve().parents[1]
GOAL_S = 2.0
APPTEST_TIMEOUT_S = 600.0
# The statements of the story's one metric beside a store of at least so many claims.
STORY_STATEMENTS = {0: 2_000, 10_000: 6_000}
STORY_OUTLETS = 40
STORY_KEY = "inflation|||GB|percent|fact"
# The share of its statements that are the level a stated change was made from.
STORY_CHANGES = 0.005


def build(db: Path, n_claims: int) -> None:
    """A synthetic store of ``n_claims``, with its conflicts kept as an ingest leaves them,
    and beside it the story's (`story_path`)."""
    from dashboard import build_store

    from claims.store import Store

    build_store(db, n_claims)
    with Store(db) as store:
        store.snapshot()
    story = story_path(db)
    if not story.exists():
        size = STORY_STATEMENTS[max(n for n in STORY_STATEMENTS if n_claims >= n)]
        build_story(story, size)


def story_path(db: Path) -> Path:
    return db.with_name(f"{db.stem}-story.db")


def build_story(db: Path, n_statements: int, seed: int = 12) -> None:
    """A store of one story's metric: ``n_statements`` articles over a year, each stating
    Britain's inflation rate of this month, the last or no month (a few the level a change
    was made from), its members worked out and its conflicts not (the command times
    working them out)."""
    from dashboard import _copy_key

    from claims.store import Store
    from claims.tracking.records import TRACKER_VERSION

    Store(db).close()  # the schema
    rng = random.Random(seed)
    articles, claims, tracking = [], [], []
    for n in range(n_statements):
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
        start = end = None
        if rng.random() < 0.6:
            first = (day.replace(day=1) - timedelta(days=rng.choice((0, 1)))).replace(day=1)
            last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
            start, end = first.isoformat(), last.isoformat()
        surface = f"{rng.uniform(2, 5):.1f} per cent"
        # Each sentence its own: the same sentence in two articles is a wire copy.
        sentence = f"Inflation in Britain was {surface}, report {n} said."
        at = sentence.index(surface)
        aid = f"story{n:08d}"
        source = f"Outlet {rng.randrange(STORY_OUTLETS):02d}"
        articles.append((aid, f"Prices {n}", source, None, day.isoformat(), None, "-", sentence))
        claims.append(
            (
                n + 1,
                aid,
                surface,
                at,
                at + len(surface),
                float(surface.split()[0]),
                "percent",
                "percentage",
                "inflation rate",
                "bench",
                "Britain",
                start,
                end,
                rng.choice((None, None, "the ONS", "economists")),
                0,
                len(sentence),
            )
        )
        history = rng.random() < STORY_CHANGES  # "raised from 3.1 per cent"
        tracking.append((n + 1, STORY_KEY, _copy_key(sentence, surface), int(history)))
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany(
            "INSERT INTO articles (id, title, source, url, published, author, "
            "ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            articles,
        )
        conn.executemany(
            'INSERT INTO claims (id, article_id, surface, start, "end", value, unit, kind, '
            "measured, extractor_version, place, period_start, period_end, attributed_to, "
            "sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            claims,
        )
        conn.executemany("INSERT INTO tracking VALUES (?, ?, ?, ?)", tracking)
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('tracker_version', ?)", (TRACKER_VERSION,)
        )
    with Store(db) as store:
        store.ensure_members()


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _cli(*argv: str) -> None:
    from claims.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        if main(list(argv)) != 0:
            raise SystemExit(f"claims {' '.join(argv)} failed")


def view_read(store: Store) -> None:
    """What the Trackers view reads of the store for a first look: the list of metrics and
    conflicts of every claim, and the first metric with its statements and conflicts."""
    from claims.views import query
    from claims.views.filters import FilterState

    listing = query.tracked_metrics(store.conn, FilterState())
    query.disputed_metrics(store.conn, FilterState())
    metric = store.metric(str(listing["metric_key"].iloc[0]))
    if metric is not None:
        store.metric_conflicts(metric)


def measure(db: Path) -> dict[str, float]:
    """In this process: the tracker's commands, the view's read and the app's runs (the
    imports done first, so the figures are the work, not Python starting)."""
    import claims.cli  # noqa: F401
    from claims.store import Store
    from claims.tracking.units import convert

    convert(1.0, "hectare", "acre")  # loads pint's registry
    found: dict[str, float] = {}
    found["metrics"] = _timed(lambda: _cli("metrics", "--db", str(db), "--json"))
    found["conflicts"] = _timed(lambda: _cli("conflicts", "--db", str(db), "--json"))
    with Store(db) as store:
        found["view_read"] = _timed(lambda: view_read(store))

    os.environ["CLAIMS_DB"] = str(db)
    os.chdir(PROJECT_ROOT)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=APPTEST_TIMEOUT_S)
    at.query_params["view"] = "Trackers"
    found["app_first"] = _timed(at.run)
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception[0].value}")
    found["app_rerun"] = _timed(at.run)
    found["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # On a copy: the command keeps the conflicts it works out, and a kept store is reused.
    story = story_path(db).with_name(f"{db.stem}-story-run.db")
    shutil.copyfile(story_path(db), story)
    with Store(story) as store:
        found["story_statements"] = store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    found["story_conflicts"] = _timed(lambda: _cli("conflicts", "--db", str(story), "--json"))
    story.unlink()
    return found


def main() -> None:
    # bench/dashboard.py is found beside this file (the script's folder is on the path).
    from dashboard import in_children

    found = in_children(__file__, __doc__.splitlines()[0], build, measure)
    if found is None:
        return
    _, results = found
    load = os.getloadavg()[0]
    print(f"seconds, load average {load:.1f} on {os.cpu_count()} cores; goal < {GOAL_S:.0f} s")
    columns = ("metrics", "conflicts", "view_read", "app_first", "app_rerun")
    names = ("metrics --json", "conflicts --json", "view's read", "app 1st run", "rerun")
    print(f"{'claims':>9}  " + "  ".join(f"{n:>16}" for n in names) + f"  {'peak':>8}")
    for n, r in results.items():
        cells = "  ".join(f"{r[c]:>16.2f}" for c in columns)
        print(f"{n:>9,}  {cells}  {r['peak_mb']:>5.0f} MB")
    print(f"a story's one metric: seconds of conflicts --json, goal < {GOAL_S:.0f} s")
    for r in results.values():
        print(f"{r['story_statements']:>9,} statements  {r['story_conflicts']:>8.2f}")


if __name__ == "__main__":
    main()
