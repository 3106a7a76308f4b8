"""Work a rerun must not cut short: a submitted article, the first run's sample.

A rerun asked for while the script runs (a filter changed, another click, a second tab)
stops the running script at its next drawing call, a progress bar's included. A form's
handler stopped so would drop what was submitted: its widgets are already cleared and its
button's press is spent. So such work is kept in the session until it has run to its end,
and the run that stopped it takes it up again. Ingesting skips what the stopped run had
already stored, so nothing is stored twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import streamlit as st

RESUMED = (
    "Another action reran the page while this was running, so it was taken up again where "
    "it stopped: articles already stored by then show as skipped."
)


@dataclass(frozen=True)
class _Kept:
    work: Callable[[], object]
    started: bool = False


def keep(key: str, work: Callable[[], object]) -> None:
    """Hold ``work`` in the session under ``key`` until ``run_kept`` has run it to its end."""
    st.session_state[_name(key)] = _Kept(work)


def run_kept(key: str) -> None:
    """Run the work held under ``key``, if any, and let go of it once it has ended.

    Work that fails is let go of too (its exception propagates): only a stop by a rerun,
    which is no ``Exception``, leaves it held for the next run.
    """
    kept = st.session_state.get(_name(key))
    if kept is None:
        return
    if kept.started:
        st.info(RESUMED)
    st.session_state[_name(key)] = replace(kept, started=True)
    try:
        kept.work()
    except Exception:
        del st.session_state[_name(key)]
        raise
    del st.session_state[_name(key)]


def _name(key: str) -> str:
    return f"{key}_pending"
