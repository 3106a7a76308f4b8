"""The claim store as the dashboard reads it, a question at a time; the first run's sample."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from claims.ingestion.batch import Progress
from claims.ingestion.ingest import IngestReport, ingest
from claims.store import Store
from claims.tracking.conflicts import Conflict
from claims.tracking.metrics import Metric
from claims.ui.pending import keep, run_kept
from claims.views import charts, query
from claims.views.filters import FilterState
from claims.views.summary import Headline


def store_stamp(path: Path) -> tuple[int, int, int, int]:
    """Modification time and size of the database and its WAL file: changes on every write."""
    stamp: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        stat = file.stat() if file.exists() else None
        stamp += [stat.st_mtime_ns, stat.st_size] if stat else [0, 0]
    return stamp[0], stamp[1], stamp[2], stamp[3]


@dataclass(frozen=True)
class StoredClaims:
    """The claim store as the page reads it: each read asks the database for what is
    shown, and is cached under the store's stamp, so a new ingest is seen at once and an
    unchanged store is asked each question once."""

    path: str
    stamp: tuple[int, int, int, int]

    def total(self) -> Headline:
        """The headline of every stored claim (the page's first question: the unfiltered
        cube is asked beside it)."""
        self.prefetch(FilterState())
        return self.headline(FilterState())

    def headline(self, state: FilterState) -> Headline:
        return query.headline(self._by_source(state), state)

    def _by_source(self, state: FilterState) -> pd.DataFrame:
        # One table per state but its sources: it holds the headline of any choice of them.
        return _ask(self, "by_source", replace(state, sources=()))

    def prefetch(self, state: FilterState) -> None:
        """Ask the two slowest questions of a filter state side by side (SQLite lets go of
        Python's lock while it reads), so the facets and the headline find them answered."""
        with ThreadPoolExecutor(max_workers=2) as pool:
            cube = pool.submit(_cube, self, query.without_claim_lists(state))
            sources = pool.submit(self._by_source, state)
            cube.result(), sources.result()

    def facet_counts(self, state: FilterState, name: str) -> list[tuple[str, int]]:
        """``query.list_counts`` (``query.source_counts`` for sources) of the list
        filter ``name`` over the store."""
        if name == "sources":
            return query.source_counts(self._by_source(state), state)
        # The counts of a claim's own columns come from one cube made under the filters on
        # everything else: changing a kind or a hedge asks the database nothing.
        under = replace(state, value_range=None) if name == "units" else state
        return query.list_counts(_cube(self, query.without_claim_lists(under)), state, name)

    def options(self, column: str) -> list[str]:
        return _ask(self, "options", column)

    def articles_with_claims(self, ids: tuple[str, ...]) -> set[str]:
        return _ask(self, "articles_with_claims", ids)

    def titles(self, ids: tuple[str, ...]) -> list[str]:
        return _ask(self, "titles", ids)

    def unit_values(self, unit: str) -> tuple[pd.Series, bool]:
        return _ask(self, "unit_values", unit)

    def newest(self, state: FilterState, limit: int) -> pd.DataFrame:
        """At most ``limit`` claims ``state`` keeps, newest first, as claims-frame rows
        (uncached: the page caches what it makes of them)."""
        matching = self.headline(state).claims
        with Store(self.path) as store:
            ids = query.newest_ids(store.conn, state, limit, matching=matching)
            return store.claims_with_ids(ids)

    def keeps(self, state: FilterState, claim_id: int) -> bool:
        return _ask(self, "keeps", state, claim_id)

    def claim(self, claim_id: int) -> pd.DataFrame:
        """The claim ``claim_id`` as a claims-frame row (none if it is gone)."""
        return _claims(self, (claim_id,))

    def article_claims(self, article_id: str) -> pd.DataFrame:
        """Every claim of the article ``article_id``, as claims-frame rows."""
        return _article_claims(self, article_id)

    def kind_source_counts(self, state: FilterState) -> pd.DataFrame:
        return _ask(self, "kind_source_counts", state)

    def units(self, state: FilterState) -> list[str]:
        """``query.cube_units``: from the cube the facets ask for, not the claims."""
        return query.cube_units(_cube(self, query.without_claim_lists(state)), state)

    def unit_rows(self, state: FilterState, unit: str) -> pd.DataFrame:
        return _ask(self, "unit_rows", state, unit)

    def top_metrics(self, state: FilterState, top: int) -> pd.DataFrame:
        """``query.top_metrics``: the busiest metrics of the claims ``state`` keeps,
        counted in the store's kept membership."""
        _ensure_members(self)
        return _ask(self, "top_metrics", state, top)

    def tracked_metrics(self, state: FilterState) -> pd.DataFrame:
        """``query.tracked_metrics``: the metrics stated at least twice in the selection."""
        self.ensure_tracked()
        return _ask(self, "tracked_metrics", state)

    def disputed_metrics(self, state: FilterState) -> dict[str, int]:
        """``query.disputed_metrics``: the metrics with conflicts in the selection."""
        self.ensure_tracked()
        return _ask(self, "disputed_metrics", state)

    def metric_claim_ids(self, state: FilterState, key: str) -> list[int]:
        return _ask(self, "metric_claim_ids", state, key)

    def metric(self, key: str) -> tuple[Metric, list[Conflict]] | None:
        """The metric ``key`` with its statements (and their sentences) and its kept
        conflicts; ``None`` when it is no longer stated twice."""
        self.ensure_tracked()
        return _metric(self, key)

    def ensure_tracked(self) -> None:
        """Work out and keep the tracker's members, summaries and conflicts, if the store
        changed since they were (once per stamp of the store)."""
        _ensure_tracked(self)

    def examples(self, ids: list[int]) -> pd.DataFrame:
        """``charts.Examples`` of the store: the claims ``ids``' surface, sentence, source."""
        return _claims(self, tuple(ids)).set_index("claim_id")[charts.EXAMPLE_COLUMNS]


def load_claims(path: Path) -> StoredClaims:
    """The store at ``path``, to be read as the page needs it."""
    return StoredClaims(str(path), store_stamp(path))


@st.cache_data(show_spinner=False, max_entries=256)
def _ask(claims: StoredClaims, question: str, *args: Any, **kwargs: Any) -> Any:
    """``claims.views.query``'s function ``question`` on the store, cached by the store's
    stamp and the arguments (the answers are small: counts, ids, a few values)."""
    with Store(claims.path) as store:
        return getattr(query, question)(store.conn, *args, **kwargs)


@st.cache_data(show_spinner=False, max_entries=64)
def _cube(claims: StoredClaims, state: FilterState) -> pd.DataFrame:
    with Store(claims.path) as store:
        return query.cube(store.conn, state)


@st.cache_data(show_spinner=False, max_entries=32)
def _article_claims(claims: StoredClaims, article_id: str) -> pd.DataFrame:
    with Store(claims.path) as store:
        return store.claims_of_article(article_id)


@st.cache_data(show_spinner=False, max_entries=32)
def _claims(claims: StoredClaims, ids: tuple[int, ...]) -> pd.DataFrame:
    with Store(claims.path) as store:
        return store.claims_with_ids(ids)


# Once per stamp for every session: working them out reads every tracked claim (an ingest
# leaves them worked out).
@st.cache_resource(show_spinner="Following figures across sources…", max_entries=2)
def _ensure_tracked(claims: StoredClaims) -> None:
    with Store(claims.path) as store:
        store.ensure_conflicts()


@st.cache_resource(show_spinner="Counting the figures stated more than once…", max_entries=2)
def _ensure_members(claims: StoredClaims) -> None:
    with Store(claims.path) as store:
        store.ensure_members()


@st.cache_data(show_spinner=False, max_entries=16)
def _metric(claims: StoredClaims, key: str) -> tuple[Metric, list[Conflict]] | None:
    with Store(claims.path) as store:
        metric = store.metric(key)
        return None if metric is None else (metric, store.metric_conflicts(metric))


def store_is_empty(path: Path) -> bool:
    """True when no article is stored yet."""
    with Store(path) as store:
        return not store.has_articles()


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
        st.session_state[key] = None
        if store_is_empty(path):
            # A load stopped part-way would leave the store no longer empty: keep it until done.
            keep(key, partial(_load_and_say, path, sample_dir))
    run_kept(key)


def _load_and_say(path: Path, sample_dir: Path) -> None:
    report = load_sample(path, sample_dir)
    if report is not None:
        st.success(
            f"First run: loaded {report.added} sample articles with "
            f"{report.claims_added} claims from the sample corpus. "
            "Add your own under “Add news”."
        )
