"""A real Dask cluster for tests: a scheduler and workers started as ``dask`` processes
on 127.0.0.1, each importing this checkout; stopped when the block ends."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from distributed import Client

ROOT = Path(__file__).resolve().parent.parent
# No dashboard, and the small HTTP server every Dask process runs on a free loopback port.
LOOPBACK_HTTP = ["--no-dashboard", "--dashboard-address", "127.0.0.1:0"]


@contextlib.contextmanager
def running_cluster(folder: Path, workers: int = 2) -> Iterator[str]:
    """The address of a scheduler with ``workers`` one-thread worker processes.

    The processes' logs go to ``folder`` (``scheduler.log``, ``workers.log``).
    """
    scheduler_file = folder / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(
            _start(
                ["distributed.cli.dask_scheduler", "--scheduler-file", str(scheduler_file)],
                ["--host", "127.0.0.1", "--port", "0", *LOOPBACK_HTTP],
                folder / "scheduler.log",
                env,
            )
        )
        address = _address(scheduler_file, processes[0])
        processes.append(
            _start(
                ["distributed.cli.dask_worker", address, "--nworkers", str(workers)],
                ["--nthreads", "1", "--host", "127.0.0.1", *LOOPBACK_HTTP]
                + ["--local-directory", str(folder)],
                folder / "workers.log",
                env,
            )
        )
        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _start(
    module: list[str], options: list[str], log: Path, env: dict[str, str]
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", *module, *options],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )


def _address(scheduler_file: Path, scheduler: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if scheduler.poll() is not None:
            raise RuntimeError(f"the Dask scheduler exited with status {scheduler.returncode}")
        with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
            return str(json.loads(scheduler_file.read_text())["address"])
        time.sleep(0.2)
    raise RuntimeError("the Dask scheduler did not start within 60 s")
