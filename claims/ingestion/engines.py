"""Where batch extraction runs: this process, a pool of local processes, or a Dask cluster.

Every engine maps ``extract_frame`` over chunks of articles and yields
``(chunk, claims)`` in the chunks' order, so what is stored, and in which order,
does not depend on the engine. Pool workers load the models once each and exit on
their own when the process that started them dies, even by ``kill -9`` (which runs
no clean-up in the parent).
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import importlib.util
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol

import pandas as pd

from claims.ingestion.batch import extract_frame, warm_up

# Seconds between a worker's checks that its parent is alive.
PARENT_CHECK_INTERVAL = 0.5


# Chunks of articles with their claims, as ``extract_frame`` returns them.
Results = Iterator[tuple[pd.DataFrame, pd.DataFrame]]


class WorkerLost(Exception):
    """An extraction worker died mid-batch (out of memory, killed): the chunks not
    yet returned are lost; those returned before are good."""


class EngineError(Exception):
    """An engine cannot start, be reached, or run the extraction: one line, for the user."""


class Engine(Protocol):
    """Runs ``extract_frame`` over chunks of articles."""

    def extract(
        self, chunks: Iterable[pd.DataFrame], *, batches: int, time_limit: float
    ) -> Results:
        """``(chunk, extract_frame(chunk))`` for each of the ``batches`` chunks, in order."""
        ...


@dataclass(frozen=True)
class LocalEngine:
    """This process (``jobs=1``) or a pool of ``jobs`` processes on this machine."""

    jobs: int = 1

    def extract(
        self, chunks: Iterable[pd.DataFrame], *, batches: int, time_limit: float
    ) -> Results:
        # More processes than chunks would only pay for model loads that do no work.
        jobs = min(self.jobs, batches)
        if jobs <= 1:
            return ((chunk, extract_frame(chunk, time_limit=time_limit)) for chunk in chunks)
        return extract_in_pool(chunks, jobs, time_limit)


@dataclass(frozen=True)
class DaskEngine:
    """A Dask distributed cluster: the running scheduler at ``scheduler``
    (``tcp://host:8786``), else a LocalCluster of ``workers`` processes (default:
    one per core) started for the run. Needs the ``dask`` extra."""

    scheduler: str | None = None
    workers: int | None = None

    def extract(
        self, chunks: Iterable[pd.DataFrame], *, batches: int, time_limit: float
    ) -> Results:
        if importlib.util.find_spec("distributed") is None:
            raise EngineError("the dask engine needs Dask: pip install 'claims[dask]'")
        # Imported here: Dask is an optional extra, and starts nothing until used.
        from claims.ingestion.cluster import extract_on_cluster

        return extract_on_cluster(
            chunks,
            scheduler=self.scheduler,
            workers=self.workers or os.cpu_count() or 1,
            batches=batches,
            time_limit=time_limit,
        )


def pool_context() -> mp.context.BaseContext:
    """How worker processes start: forked when that is safe, else spawned.

    Forking is fastest (workers inherit the loaded models), but forking a process
    that runs other threads (a Streamlit server, an HTTP server) can leave a lock
    held forever in the child, so such a process spawns fresh interpreters.
    """
    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def extract_in_pool(chunks: Iterable[pd.DataFrame], jobs: int, time_limit: float) -> Results:
    """``(chunk, extract_frame(chunk))`` for each chunk, in order, using ``jobs`` processes.

    At most ``2 * jobs`` chunks are in flight, so memory stays bounded whatever
    the number of articles. Each worker loads the models once, in its initializer;
    where workers are forked, the models are loaded here first, so the workers
    inherit them (one load instead of ``jobs``, pages shared copy-on-write).
    Raises ``WorkerLost`` when a worker dies.
    """
    context = pool_context()
    if context.get_start_method() == "fork":
        warm_up()
    extract = functools.partial(extract_frame, time_limit=time_limit)
    with cf.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)
    ) as pool:
        in_flight: deque[tuple[pd.DataFrame, cf.Future[pd.DataFrame]]] = deque()
        try:
            for chunk in chunks:
                in_flight.append((chunk, pool.submit(extract, chunk)))
                if len(in_flight) >= 2 * jobs:
                    done, future = in_flight.popleft()
                    yield done, future.result()
            while in_flight:
                done, future = in_flight.popleft()
                yield done, future.result()
        except BrokenProcessPool:
            raise WorkerLost("extraction worker process died") from None


def start_worker(parent: int) -> None:
    """A pool worker's initializer: exit with ``parent``, and load the models."""
    threading.Thread(
        target=_exit_with_parent, args=(parent,), name="exit-with-parent", daemon=True
    ).start()
    warm_up()


def _exit_with_parent(parent: int) -> None:
    # An orphan is re-parented (to init or a subreaper), so its parent id changes.
    # Polling works wherever the pool forks or spawns; Linux's PR_SET_PDEATHSIG would
    # fire when the parent's *thread* that started the worker ends, not the process.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_INTERVAL)
    os._exit(1)
