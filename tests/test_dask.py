"""Extraction on a real Dask cluster: a LocalCluster the engine starts, and a scheduler with
two workers started here as ``dask`` processes on 127.0.0.1; real store files."""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import psutil
import pytest
from daskcluster import running_cluster
from distributed import Client
from pathological import LIMIT, PATHOLOGICAL

from claims import Article, IngestReport, Store, ingest, ingest_articles
from claims.cli import main
from claims.extraction.nlp import nlp
from claims.ingestion.cluster import _client
from claims.ingestion.engines import DaskEngine

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
# Packages a worker has no use for: the dashboard's, and the page reader's.
NOT_ON_WORKERS = frozenset(["streamlit", "altair", "trafilatura"])


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_cluster(tmp_path_factory.mktemp("dask"), workers=2) as address:
        yield address


@dataclass(frozen=True)
class Baseline:
    """The sample corpus ingested by the local engine."""

    report: IngestReport
    progress: list[tuple[int, int]]
    db: Path


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    progress: list[tuple[int, int]] = []
    db = tmp_path_factory.mktemp("local") / "c.db"
    with Store(db) as store:
        report = ingest([str(SAMPLE)], store, progress=lambda d, t: progress.append((d, t)))
    return Baseline(report, progress, db)


def stored(db: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What a store holds, less the columns that differ from run to run."""
    with Store(db) as store:
        claims = store.claims_frame().drop(columns=["claim_id", "ingested_at"])
        articles = store.articles_frame().drop(columns=["ingested_at"], errors="ignore")
    return claims, articles


@pytest.mark.slow
def test_a_local_cluster_stores_exactly_what_the_local_engine_stores(
    local: Baseline, tmp_path: Path
) -> None:
    before = _processes_started_here()
    progress: list[tuple[int, int]] = []
    engine = DaskEngine(workers=2)
    with Store(tmp_path / "dask.db") as store:
        report = ingest(
            [str(SAMPLE)], store, engine=engine, progress=lambda d, t: progress.append((d, t))
        )
        again = ingest([str(SAMPLE)], store, engine=engine)
    assert (report, progress) == (local.report, local.progress)
    assert (again.added, again.skipped, again.failed) == (0, report.added, [])
    for ours, theirs in zip(stored(tmp_path / "dask.db"), stored(local.db), strict=True):
        pd.testing.assert_frame_equal(ours, theirs)
    # The cluster's processes are gone with the run.
    assert _processes_started_here() <= before


def _processes_started_here() -> set[int]:
    """This process's live descendants, less multiprocessing's lifelong resource tracker."""
    alive = set()
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):  # gone, or a zombie: not running
            if "resource_tracker" not in " ".join(process.cmdline()):
                alive.add(process.pid)
    return alive


@pytest.mark.slow
def test_the_engine_s_own_workers_run_no_profiler_and_wake_seldom() -> None:
    with _client(None, 1) as client:
        (callbacks,) = client.run(
            lambda dask_worker: {
                name: callback.callback_time
                for name, callback in dask_worker.periodic_callbacks.items()
            }
        ).values()
    # A worker's periodic tasks run, but not the profiler that samples the task's stack,
    # and the loop's tick and the system monitor wake it seldom (milliseconds).
    assert "heartbeat" in callbacks
    assert "profile" not in callbacks
    assert (callbacks["tick"], callbacks["monitor"]) == (1000, 5000)


@pytest.mark.slow
def test_ingest_and_reextract_on_a_scheduler_from_the_command_line(
    scheduler: str,
    local: Baseline,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(tmp_path / "c.db")
    dask = ["--engine", "dask", "--scheduler", scheduler, "--db", db]
    assert main(["ingest", str(SAMPLE), *dask]) == 0
    target = (tmp_path / "c.db").resolve()
    out, err = capsys.readouterr()
    # The summary, then any conflicts the new claims open (the tracker's alerts).
    assert (out.splitlines()[0], err) == (f"{local.report.summary()} (store: {target}, new)", "")
    for ours, theirs in zip(stored(tmp_path / "c.db"), stored(local.db), strict=True):
        pd.testing.assert_frame_equal(ours, theirs)
    assert main(["ingest", str(SAMPLE), *dask]) == 0
    assert capsys.readouterr().out.startswith(f"0 articles added, {local.report.added} skipped ")
    assert main(["reextract", "--all", *dask]) == 0
    claims = local.report.claims_added
    assert capsys.readouterr() == (
        f"{local.report.added} articles read again: {claims} claims, {claims} before; 0 failed"
        f" (store: {target})\n",
        "",
    )


@pytest.mark.slow
def test_workers_load_the_model_once_and_nothing_of_the_dashboard(
    scheduler: str, tmp_path: Path
) -> None:
    articles = [
        Article(text=f"Output rose {n}% to {n * 7} tonnes at {n} mines.") for n in range(64)
    ]
    with Store(tmp_path / "c.db") as store:
        report = ingest_articles(articles, store, engine=DaskEngine(scheduler=scheduler))
    assert (report.added, report.failed) == (64, [])
    with Client(scheduler, set_as_default=False) as client:
        # Eight chunks over two workers: each loaded the model once, not once per chunk.
        assert set(client.run(lambda: nlp.cache_info().misses).values()) == {1}
        loaded = client.run(lambda: sorted(NOT_ON_WORKERS & set(sys.modules)))
    assert list(loaded.values()) == [[], []]


@pytest.mark.slow
def test_a_pathological_article_is_a_reported_failure_on_the_cluster(
    scheduler: str, tmp_path: Path
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SAMPLE / sorted(p.name for p in SAMPLE.glob("*.md"))[0], news)
    (news / "figures.txt").write_text(PATHOLOGICAL)
    with Store(tmp_path / "c.db") as store:
        report = ingest(
            [str(news)], store, engine=DaskEngine(scheduler=scheduler), time_limit=LIMIT
        )
        assert report.failed == [
            (str(news / "figures.txt"), f"extraction failed: timed out after {LIMIT} s")
        ]
        assert report.added == store.counts()[0] == 1


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    code = main(
        ["ingest", str(SAMPLE), "--engine", "dask", "--scheduler", address, "--db", str(db)]
    )
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith(f"claims: error: cannot reach the Dask scheduler at {address}: ")
    assert err.count("\n") == 1
    with Store(db) as store:
        assert store.counts() == (0, 0)


ENGINE_USAGE_ERRORS = {
    "jobs with dask": (
        ["--engine", "dask", "--jobs", "2"],
        "--jobs is for the local engine; the dask engine takes --workers",
    ),
    "workers without dask": (["--workers", "2"], "--scheduler and --workers need --engine dask"),
    "scheduler without dask": (
        ["--scheduler", "tcp://127.0.0.1:8786"],
        "--scheduler and --workers need --engine dask",
    ),
    "both scheduler and workers": (
        ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
        "argument --workers: not allowed with argument --scheduler",
    ),
    "unknown engine": (["--engine", "spark"], "argument --engine: invalid choice: 'spark'"),
}


@pytest.mark.parametrize("command", ["ingest", "reextract"])
@pytest.mark.parametrize(
    ("options", "message"), ENGINE_USAGE_ERRORS.values(), ids=ENGINE_USAGE_ERRORS.keys()
)
def test_engine_option_mistakes_are_one_line(
    command: str, options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = ["x.txt"] if command == "ingest" else []
    assert main([command, *inputs, *options]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"claims: error: {message}")
    assert err.count("\n") == 1
