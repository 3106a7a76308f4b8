"""A time limit on a block of Python code, in whatever thread it runs.

Extraction runs in the main thread of a CLI process or a pool worker, in a Dask
worker's task thread, or in a Spark Python worker, so the limit cannot rest on
``signal.alarm`` (main thread only). A watcher thread instead raises
``TimeLimitExceeded`` in the limited thread (CPython's ``PyThreadState_SetAsyncExc``).
The exception lands between two Python steps: one long call into C (one spaCy
parse, one regex match) finishes before the block is stopped. It is raised once:
raising again could land after the block, in code that never expects it.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """A block ran past its time limit.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception``
    inside the limited code can swallow it and run on.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in this thread if the block runs ``seconds`` or longer.

    Once the block has ended, nothing is raised: the watcher raises at most once,
    only while the block runs, under a lock the block's end takes, and the end
    withdraws an interruption raised but not yet delivered.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    finished = threading.Event()

    def watch() -> None:
        if finished.wait(seconds):
            return
        with lock:
            if not finished.is_set():
                _raise_in(target, TimeLimitExceeded)

    watcher = threading.Thread(target=watch, name="time-limit", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with lock:
            finished.set()
            _raise_in(target, None)
        watcher.join()


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Have ``thread`` raise ``exception`` at its next Python step; ``None`` withdraws it."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), None if exception is None else ctypes.py_object(exception)
    )
