"""Extraction engines at scale: articles per second on one generated corpus with the local
engine, Dask with 1 worker and Dask with 2 workers, in one run; the claims of every engine
checked identical.

Each run is `claims ingest` of the same 2,000 generated articles (bench/corpus.py) into a
fresh database, in a fresh Python process, so each pays its real fixed costs: imports, the
model load, and for Dask the LocalCluster's start and its workers' model loads. "steady"
is the rate after the first batch is stored, which leaves those fixed costs out. The
local engine (one process, no pool) is the baseline measured in the same run.

Goals (issue 12): Dask with 2 workers at least 1.7x Dask with 1; Dask with 1 worker
under 15% slower than the local engine. Both need the cores to be free: "load" is the
1-minute load average before each run, "cores used" the CPU seconds of the run and its
workers over its wall time. On a machine shared with other work, rerun when it is quiet.

"warm-1" and "warm-2" are the same ingest sent to a running cluster of 1 and of 2 workers
(`--scheduler ADDRESS`), started and warmed up (models loaded) by this process before the
run: what a newsroom that keeps a cluster running pays per ingest. Their CPU seconds are
the ingest process's alone; the workers' are not counted.



    python bench/scale.py [--articles 2000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from corpus import write_corpus

# The engines measured: the local engine in one process, a Dask LocalCluster of 1 and of
# 2 worker processes started for the run (`claims ingest --engine dask --workers N`), and
# a running cluster of 1 and of 2 warm workers (`--engine dask --scheduler ADDRESS`).
ENGINES = ("local", "dask-1", "dask-2", "warm-1", "warm-2")


def run_one(corpus: str, db: str, engine: str, scheduler: str) -> None:
    """Child process: ingest the corpus, print one JSON line of measurements."""
    from claims import Store, ingest
    from claims.ingestion.engines import DaskEngine, LocalEngine

    if engine == "local":
        chosen: LocalEngine | DaskEngine = LocalEngine()
    elif engine.startswith("warm-"):
        chosen = DaskEngine(scheduler=scheduler)
    else:
        chosen = DaskEngine(workers=int(engine.removeprefix("dask-")))
    marks: list[tuple[float, int]] = []
    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(
            [corpus],
            store,
            engine=chosen,
            progress=lambda done, _: marks.append((time.perf_counter(), done)),
        )
    end = time.perf_counter()
    first_time, first_done = next((m for m in marks if m[1] > 0), (end, 0))
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "added": report.added,
        "failed": len(report.failed),
        "claims": report.claims_added,
        "seconds": end - start,
        "steady_rate": (report.added - first_done) / max(end - first_time, 1e-9),
        "cpu_seconds": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
        "cpu_main": own.ru_utime + own.ru_stime,
        "rss_main_mb": own.ru_maxrss / 1024,
        "rss_worker_mb": workers.ru_maxrss / 1024,
    }
    print(json.dumps(result))


def measure(corpus: Path, db: Path, engine: str) -> dict[str, float]:
    """One ingest in a fresh process into a fresh database; a warm engine's cluster is
    started and warmed up here first, outside the measured process."""
    with warm_cluster(engine) as scheduler:
        return _measure(corpus, db, engine, scheduler)


@contextlib.contextmanager
def warm_cluster(engine: str) -> Iterator[str]:
    """The address of a running cluster of the warm engine's workers, each with the models
    loaded; "" for the other engines."""
    if not engine.startswith("warm-"):
        yield ""
        return
    import dask
    from distributed import Client, LocalCluster

    from claims.ingestion.batch import warm_up
    from claims.ingestion.cluster import CLUSTER_CONFIG

    workers = int(engine.removeprefix("warm-"))
    with (
        dask.config.set(CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        client.run(warm_up)
        yield cluster.scheduler_address


def _measure(corpus: Path, db: Path, engine: str, scheduler: str) -> dict[str, float]:
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(corpus), str(db), engine, scheduler],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started
    result["load"] = load
    return result


def same_claims(dbs: list[Path]) -> str:
    """Whether every database holds the same claims, less ids and ingest times."""
    import pandas as pd

    from claims import Store

    frames = []
    for db in dbs:
        with Store(db) as store:
            frames.append(store.claims_frame().drop(columns=["claim_id", "ingested_at"]))
    for db, frame in zip(dbs[1:], frames[1:], strict=True):
        try:
            pd.testing.assert_frame_equal(frames[0], frame)
        except AssertionError as exc:
            return f"NO: {db.stem} differs from {dbs[0].stem}: {' '.join(str(exc).split())[:200]}"
    return f"yes, {len(frames[0])} claims in each of {len(dbs)} stores"


HEADER = (
    f"{'engine':<7} {'run':>3}  {'load':>4}  {'added':>5}  {'claims':>6}  {'ingest s':>8}  "
    f"{'art/s':>6}  {'steady art/s':>12}  {'CPU s':>6}  {'in main':>7}  {'cores used':>10}  "
    f"{'peak RSS main':>13}  {'per worker':>10}"
)


def row(engine: str, run: int, r: dict[str, float]) -> str:
    worker = f"{r['rss_worker_mb']:.0f} MB" if engine.startswith("dask-") else "-"
    return (
        f"{engine:<7} {run:>3}  {r['load']:>4.1f}  {r['added']:>5}  {r['claims']:>6}  "
        f"{r['seconds']:>8.1f}  {r['added'] / r['seconds']:>6.2f}  {r['steady_rate']:>12.2f}  "
        f"{r['cpu_seconds']:>6.1f}  {r['cpu_main']:>7.1f}  "
        f"{r['cpu_seconds'] / r['process_seconds']:>10.2f}  "
        f"{r['rss_main_mb']:>10.0f} MB  {worker:>10}"
    )


def verdicts(best: dict[str, dict[str, float]]) -> list[str]:
    """The two goals, overall (fixed costs included) and in the steady state, on a cluster
    started for the run and on a running one."""

    def rates(r: dict[str, float]) -> dict[str, float]:
        return {"overall": r["added"] / r["seconds"], "steady": r["steady_rate"]}

    local, one, two, warm_one, warm_two = (rates(best[engine]) for engine in ENGINES)
    lines = []
    for started, (first, second) in (("", (one, two)), ("warm", (warm_one, warm_two))):
        names = ("warm-2", "warm-1") if started else ("dask-2", "dask-1")
        for label in ("overall", "steady"):
            speedup = second[label] / first[label]
            overhead = local[label] / first[label] - 1
            lines.append(
                f"{started + ' ' if started else ''}{label:>7}: {names[0]} / {names[1]} = "
                f"{speedup:.2f}x (goal >= 1.7x: {'met' if speedup >= 1.7 else 'NOT met'}); "
                f"{names[1]} overhead over local = {100 * overhead:.1f}% "
                f"(goal < 15%: {'met' if overhead < 0.15 else 'NOT met'})"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine, interleaved")
    parser.add_argument(
        "--child", nargs=4, metavar=("CORPUS", "DB", "ENGINE", "SCHEDULER"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        run_one(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} generated articles, {corpus.stat().st_size / 1024:.0f} KB")
        print(f"cores: {os.cpu_count()}; load average at start: {os.getloadavg()}")
        print(HEADER, flush=True)
        best: dict[str, dict[str, float]] = {}
        dbs: list[Path] = []
        # Interleaved runs, best of each: other load on a shared machine only slows a run.
        for run in range(1, args.repeat + 1):
            for engine in ENGINES:
                db = workdir / f"{engine}-run{run}.db"
                r = measure(corpus, db, engine)
                dbs.append(db)
                print(row(engine, run, r), flush=True)
                if engine not in best or r["seconds"] < best[engine]["seconds"]:
                    best[engine] = r
        print(f"identical claims from every engine and run: {same_claims(dbs)}")
        for line in verdicts(best):
            print(line)
        print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
