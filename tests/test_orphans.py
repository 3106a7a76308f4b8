"""Extraction workers exit when the process that started them dies (``kill -9``)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

# Each takes seconds to extract, so the workers are still busy when their parent is killed.
SLOW_ARTICLE = " ".join(f"{i} tonnes and {i}% of ${i}m" for i in range(8_000))


def _children_once_started(
    parent: psutil.Process, count: int, timeout: float
) -> list[psutil.Process]:
    """The parent's descendants once it has at least ``count`` child processes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(parent.children()) >= count:
            return parent.children(recursive=True)
        time.sleep(0.2)
    raise AssertionError(f"fewer than {count} worker processes started within {timeout} s")


@pytest.mark.slow
def test_kill_9_of_an_ingest_with_jobs_2_leaves_no_worker_alive(tmp_path: Path) -> None:
    corpus = tmp_path / "slow.jsonl"
    rows = [{"title": f"Slow {n}", "text": f"Report {n}. {SLOW_ARTICLE}"} for n in range(40)]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    script = shutil.which("claims") or "claims"
    child = subprocess.Popen(
        [script, "ingest", str(corpus), "--jobs", "2", "--db", str(tmp_path / "c.db")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        workers = _children_once_started(psutil.Process(child.pid), 2, timeout=120)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert alive == []
    finally:
        child.kill()
        for worker in workers:  # only if the test failed: leave nothing running
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()
