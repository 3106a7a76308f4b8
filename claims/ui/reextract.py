"""Offering to read stored articles again when the extractor has improved since."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from claims.ingestion.reextract import reextract, stale_articles
from claims.store import Store
from claims.ui.data import store_stamp
from claims.views.markup import escape_markdown
from claims.views.words import count_of


def reextract_notice(path: Path, *, key: str = "reextract") -> None:
    """If an older extractor read some stored articles, say so and offer to read them again.

    The outcome of the last re-read is shown once, on the run after it.
    """
    report = st.session_state.pop(f"{key}_report", None)
    if report is not None:
        st.success(f"Read again with the current extractor: {report.summary()}.")
        for name, reason in report.failed:
            st.error(f"Kept the old claims of {escape_markdown(name)}: {escape_markdown(reason)}")
    stale = _stale(str(path), store_stamp(path))
    if not stale:
        return
    with st.container(border=True):
        st.info(
            f"{count_of(stale, 'article')} in the store {'was' if stale == 1 else 'were'} read "
            "by an older version of the extractor. Reading them again replaces their claims "
            "with what it finds now; the articles themselves stay as they are."
        )
        st.button("Read them again", key=key, on_click=_reextract, args=(path, key))


@st.cache_data(show_spinner=False, max_entries=4)
def _stale(path: str, stamp: tuple[int, int, int, int]) -> int:
    # ``stamp`` is part of the cache key only: the count changes only when the store does
    # (it reads every article's row, text and all: a tenth of a second at 50,000 articles).
    with Store(path) as store:
        return stale_articles(store)


def _reextract(path: Path, key: str) -> None:
    with st.spinner("Reading the articles again…"), Store(path) as store:
        st.session_state[f"{key}_report"] = reextract(store)
