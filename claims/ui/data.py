"""The claim store as the dashboard reads it, a question at a time; the first run's sample."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from claims.ingestion.batch import Progress
from claims.ingestion.ingest import IngestReport, ingest
from claims.store import Store
from claims.views import query
from claims.views.filters import FilterState
from claims.views.summary import Headline
from claims.views.trackers import with_metrics


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
        """``filters.facet_counts`` of the list filter ``name`` over the store."""
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
        return _ask(self, "units", state)

    def unit_rows(self, state: FilterState, unit: str) -> pd.DataFrame:
        return _ask(self, "unit_rows", state, unit)

    def tagged(self, state: FilterState) -> pd.DataFrame:
        """``claim_id``, ``metric``, ``metric_label`` and ``source`` of every claim
        ``state`` keeps ("" for a claim of no metric): the one read that grows with the
        selection, made only when the charts are open."""
        return _tagged(self, state)

    def examples(self, ids: list[int]) -> pd.DataFrame:
        """``charts.Examples`` of the store: the claims ``ids``' surface and sentence."""
        return _claims(self, tuple(ids)).set_index("claim_id")[["surface", "sentence"]]

    def matching(self, state: FilterState) -> pd.DataFrame:
        """The ids (``claim_id``) of every claim ``state`` keeps, for the trackers."""
        return pd.DataFrame({"claim_id": _ask(self, "matching_ids", state)})


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


@st.cache_resource(show_spinner="Counting the figures stated more than once…", max_entries=2)
def _tagged(claims: StoredClaims, state: FilterState) -> pd.DataFrame:
    with Store(claims.path) as store:
        selection = query.sources_of(store.conn, state)
    labels = _metric_labels(claims)
    return selection.assign(
        metric=selection["claim_id"].map(labels["metric"]).fillna(""),
        metric_label=selection["claim_id"].map(labels["metric_label"]).fillna(""),
    )


# A resource: every session shares the one table of the store's metric members.
@st.cache_resource(show_spinner="Reading the tracked figures…", max_entries=1)
def _metric_labels(claims: StoredClaims) -> pd.DataFrame:
    """Each claim of a metric stated at least twice: its ``metric`` and ``metric_label``
    (by claim id), labelled from every claim of the metric, as ``with_metrics`` labels."""
    with Store(claims.path) as store:
        members = store.metric_members()
        stated = query.measured(store.conn, list(members))
    return with_metrics(stated, members).set_index("claim_id")[["metric", "metric_label"]]


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
        st.session_state[key] = load_sample(path, sample_dir) if store_is_empty(path) else None
        report = st.session_state[key]
        if report is not None:
            st.success(
                f"First run: loaded {report.added} sample articles with "
                f"{report.claims_added} claims from the sample corpus. "
                "Add your own under “Add news”."
            )
