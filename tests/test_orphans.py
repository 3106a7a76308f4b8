"""Extraction workers exit when the process that started them dies (``kill -9``)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest
from pathological import PATHOLOGICAL

from claims.ingestion.batch import CHUNK_SIZE

ENGINES = {
    "process pool": ["--jobs", "2"],
    "dask local cluster": ["--engine", "dask", "--workers", "2"],
}


def _descendants_once_started(parent: psutil.Process, workers: int) -> list[psutil.Process]:
    """All the parent's descendants, once ``workers`` worker processes have started
    (multiprocessing's resource tracker, a child too, is no worker)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if sum(_is_worker(child) for child in parent.children()) >= workers:
            return parent.children(recursive=True)
        time.sleep(0.2)
    raise AssertionError(f"fewer than {workers} worker processes started within 120 s")


def _is_worker(process: psutil.Process) -> bool:
    try:
        return "resource_tracker" not in " ".join(process.cmdline())
    except psutil.Error:  # gone, or a zombie
        return False


@pytest.mark.slow
@pytest.mark.parametrize("options", ENGINES.values(), ids=ENGINES.keys())
def test_kill_9_of_an_ingest_leaves_no_worker_alive(tmp_path: Path, options: list[str]) -> None:
    corpus = tmp_path / "slow"
    corpus.mkdir()
    # Two chunks of articles that take many seconds each: both workers are busy when
    # their parent is killed.
    for n in range(2 * CHUNK_SIZE):
        (corpus / f"slow-{n}.txt").write_text(f"Report {n}. {PATHOLOGICAL}")
    script = shutil.which("claims") or "claims"
    child = subprocess.Popen(
        [script, "ingest", str(corpus), *options, "--db", str(tmp_path / "c.db")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        workers = _descendants_once_started(psutil.Process(child.pid), 2)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert alive == []
    finally:
        child.kill()
        for worker in workers:  # only if the test failed: leave nothing running
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()
