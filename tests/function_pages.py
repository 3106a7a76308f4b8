"""Run one dashboard function as a page of its own, in a real Streamlit script run."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from streamlit.testing.v1 import AppTest


def run_page(page: Callable[..., None], *args: Any) -> AppTest:
    """``page(*args)`` run by ``AppTest``; the finished run, to read its elements.

    A script run leaves its page installed as ``__main__``; a process pool that spawns its
    workers later would run that page in each of them, so the real ``__main__`` is put back.
    """
    main = sys.modules["__main__"]
    try:
        return AppTest.from_function(page, args=args, default_timeout=120).run()
    finally:
        sys.modules["__main__"] = main
