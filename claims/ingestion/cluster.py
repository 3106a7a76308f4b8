"""The Dask engine: ``extract_frame`` over chunks of articles on a Dask distributed cluster.

The cluster is a running scheduler's, at an address, or a ``LocalCluster`` of worker
processes started for the run and closed after it. Chunks go out as tasks, at most
four per worker thread in flight (memory stays bounded), and come back in order, so
the store sees exactly what the local engine gives it. A worker process loads the
models once, on its first chunk (`claims.ingestion.batch.warm_up`), and imports only
the extractor and pandas: nothing of the dashboard.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError

import dask
import pandas as pd
from distributed import Client, Future, KilledWorker, LocalCluster

from claims.ingestion.batch import extract_frame
from claims.ingestion.engines import EngineError, Results, WorkerLost

# The dask settings of a LocalCluster started for a run, in its worker processes and in
# this one, which runs its scheduler and its workers' nannies (see _local_cluster).
CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
    # The scheduler hands a worker all its chunks in flight, not one more than it has
    # threads: a worker then starts its next chunk as it ends one, not a round trip later.
    "distributed.scheduler.worker-saturation": math.inf,
}
# Chunks in flight per worker thread: enough that a worker never waits for its next.
IN_FLIGHT_PER_THREAD = 4

# Seconds to reach a scheduler, and then for a first worker to join it.
CONNECT_TIMEOUT = 10
WORKER_TIMEOUT = 30


def extract_on_cluster(
    chunks: Iterable[pd.DataFrame],
    *,
    scheduler: str | None,
    workers: int,
    batches: int,
    time_limit: float,
) -> Results:
    """``(chunk, extract_frame(chunk))`` for each chunk, in order, on a Dask cluster.

    ``scheduler`` is a running cluster's address; without one, a LocalCluster of
    ``workers`` processes (no more than ``batches``) runs for the duration.
    Raises ``EngineError`` when the cluster cannot be reached or cannot run the
    extraction, ``WorkerLost`` when it goes away mid-run.
    """
    if batches == 0:
        return
    with _client(scheduler, min(workers, batches)) as client:
        window = max(2, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
        in_flight: deque[tuple[pd.DataFrame, Future]] = deque()
        for chunk in chunks:
            future = client.submit(extract_frame, chunk, time_limit=time_limit, pure=False)
            in_flight.append((chunk, future))
            if len(in_flight) >= window:
                yield _result(*in_flight.popleft())
        while in_flight:
            yield _result(*in_flight.popleft())


def _result(chunk: pd.DataFrame, future: Future) -> tuple[pd.DataFrame, pd.DataFrame]:
    try:
        return chunk, future.result()
    except KilledWorker:
        raise WorkerLost("extraction worker process died") from None
    except (CancelledError, OSError) as exc:
        raise WorkerLost(f"lost the Dask cluster ({_one_line(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - extract_frame never raises: the worker could not run it
        raise EngineError(f"the Dask workers cannot extract: {_one_line(exc)}") from None


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (with a worker), else of a new LocalCluster."""
    if scheduler is None:
        with (
            dask.config.set(CLUSTER_CONFIG),
            _local_cluster(workers) as cluster,
            Client(cluster, set_as_default=False) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError) as exc:
        message = f"cannot reach the Dask scheduler at {scheduler}: {_one_line(exc)}"
        raise EngineError(message) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except TimeoutError:
            raise EngineError(
                f"no Dask worker joined the scheduler at {scheduler} within {WORKER_TIMEOUT} s"
            ) from None
        yield client


def _local_cluster(workers: int) -> LocalCluster:
    # One thread per process: extraction is Python code, which one process runs on
    # one core at a time. No dashboard; the scheduler's small HTTP server (health,
    # metrics) listens on a free loopback port, not on 8787 of every interface.
    # The cluster's housekeeping is for a dashboard it does not serve, and each wake-up
    # takes a core from the extraction: no statistical profiler (it sampled the task's
    # stack every 10 ms), the event loop's tick and the system monitor at 1 s and 5 s,
    # not 20 ms and 0.5 s, in the workers and in this process, where the nannies check
    # their worker's memory each second, not ten times a second, and the scheduler, with
    # few chunks per worker in flight, steals none. On 160 articles a worker's CPU beyond
    # its task thread's fell from 15% to 3% of that thread's (load 5); on 300, this
    # process's CPU with 2 workers fell from 6 to 8 s to 3.6 s (load 9), and handing a
    # worker all its chunks in flight took 1 worker from 21.9 s to 17.4 s (the local
    # engine: 17.3 s). A running scheduler's cluster keeps its own settings.
    try:
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
            config=CLUSTER_CONFIG,
        )
    except (OSError, RuntimeError) as exc:
        raise EngineError(f"cannot start a local Dask cluster: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
