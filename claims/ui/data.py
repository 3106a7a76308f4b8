"""Loading the claim store into the dashboard, and the first run's sample corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from claims.ingestion.batch import Progress
from claims.ingestion.ingest import IngestReport, ingest
from claims.store import Store
from claims.views.trackers import with_metrics


def store_stamp(path: Path) -> tuple[int, int, int, int]:
    """Modification time and size of the database and its WAL file: changes on every write."""
    stamp: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        stat = file.stat() if file.exists() else None
        stamp += [stat.st_mtime_ns, stat.st_size] if stat else [0, 0]
    return stamp[0], stamp[1], stamp[2], stamp[3]


def load_claims(path: Path) -> pd.DataFrame:
    """Every stored claim with its ``metric`` and ``metric_label``; re-read only after the
    database changed."""
    return _read_claims(str(path), store_stamp(path))


# A resource, not data: st.cache_data would pickle the frame on every read (half a second at
# 100,000 claims). Sessions share the one frame, and nothing in the dashboard mutates it.
@st.cache_resource(show_spinner="Reading the claim store…", max_entries=2)
def _read_claims(path: str, stamp: tuple[int, int, int, int]) -> pd.DataFrame:
    # ``stamp`` is part of the cache key only: a new ingest changes it, so the frame is re-read.
    with Store(path) as store:
        return with_metrics(store.claims_frame(), store.metric_members())


def store_is_empty(path: Path) -> bool:
    """True when no article is stored yet."""
    with Store(path) as store:
        return store.counts()[0] == 0


def load_sample(path: Path, sample_dir: Path) -> IngestReport | None:
    """Ingest the bundled sample corpus into the empty store at ``path``, with a progress bar.

    Returns None when there is no sample corpus to load.
    """
    if not sample_dir.is_dir() or not any(sample_dir.iterdir()):
        return None
    bar = st.progress(0.0, text="First run: loading the sample articles…")
    with Store(path) as store:
        report = ingest([str(sample_dir)], store, progress=progress_to(bar, "sample articles"))
    bar.empty()
    return report


def progress_to(bar: DeltaGenerator, what: str) -> Progress:
    """An ingest ``progress(done, total)`` callback that moves ``bar``."""

    def show(done: int, total: int) -> None:
        share = done / total if total else 1.0
        bar.progress(share, text=f"Reading {what}: {done} of {total}")

    return show


def first_run(path: Path, sample_dir: Path, *, key: str = "first_run") -> None:
    """Once per session: if the store is empty, load the sample corpus and say so."""
    if key not in st.session_state:
        st.session_state[key] = load_sample(path, sample_dir) if store_is_empty(path) else None
        report = st.session_state[key]
        if report is not None:
            st.success(
                f"First run: loaded {report.added} sample articles with "
                f"{report.claims_added} claims from the sample corpus. "
                "Add your own under “Add news”."
            )
