"""Adding news from the dashboard: pasted text, uploaded files, or a page or feed URL.

Each form's handler reads, extracts and stores through ``claims.ingestion.ingest`` with a
progress bar, then shows what was added, skipped and refused. Problems are shown
as messages, never as an exception page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import streamlit as st

from claims.ingestion.fetch import FetchError
from claims.ingestion.formats import KIND_BY_SUFFIX, read_bytes
from claims.ingestion.ingest import IngestReport, ReadError, ingest, ingest_articles, read_pasted
from claims.model import Article
from claims.store import Store, StoreError
from claims.ui.data import Progress, progress_to
from claims.ui.report import show_report
from claims.views.markup import escape_markdown

# An ingest to run against an open store, reporting progress as it goes.
Job = Callable[[Store, Progress], IngestReport]

UPLOAD_TYPES = sorted(suffix.lstrip(".") for suffix in KIND_BY_SUFFIX)


def add_news_panel(db_path: Path, *, key: str = "add", expanded: bool = False) -> None:
    """An "Add news" expander with one tab per way in."""
    with st.expander("Add news", expanded=expanded):
        paste, upload, link = st.tabs(["Paste text", "Upload files", "URL or feed"])
        with paste, st.form(f"{key}_paste", clear_on_submit=True):
            text = st.text_area("Article text", height=160)
            title = st.text_input("Title (optional)")
            source = st.text_input("Source (optional)")
            published = st.date_input("Published (optional)", value=None)
            if st.form_submit_button("Add text"):
                add_pasted(db_path, text, title=title, source=source, published=published)
        with upload, st.form(f"{key}_upload", clear_on_submit=True):
            files = st.file_uploader(
                "Files", type=UPLOAD_TYPES, accept_multiple_files=True, help=_UPLOAD_HELP
            )
            if st.form_submit_button("Add files"):
                add_uploads(db_path, [(f.name, f.getvalue()) for f in files or []])
        with link, st.form(f"{key}_url", clear_on_submit=False):
            url = st.text_input("Article or feed URL", placeholder="https://…")
            if st.form_submit_button("Fetch and add"):
                add_url(db_path, url)


_UPLOAD_HELP = (
    "Plain text or Markdown (front matter for title, source, date), HTML pages, "
    "RSS/Atom feeds, JSON Lines or CSV with a text column."
)


def add_pasted(
    db_path: Path, text: str, *, title: str = "", source: str = "", published: date | None = None
) -> None:
    """Store pasted text (one article, or one per story of a scraped page) and show the result."""
    if not text.strip():
        st.warning("Paste the article text first.")
        return
    try:
        articles = read_pasted(
            text, title=title.strip() or None, source=source.strip() or None, date=published
        )
    except ReadError as exc:
        st.error(f"The pasted text cannot be read: {exc}")
        return
    _run(db_path, lambda store, progress: ingest_articles(articles, store, progress=progress))


def add_uploads(db_path: Path, files: list[tuple[str, bytes]]) -> None:
    """Read and store uploaded files; a file that cannot be read is refused with its reason."""
    if not files:
        st.warning("Choose one or more files first.")
        return
    articles: list[Article] = []
    refused: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    for name, data in files:
        try:
            reading = read_bytes(name, data)
        except ReadError as exc:
            refused.append((name, str(exc)))
            continue
        # A collection (CSV, JSON Lines, feed) can lose single rows; those are refused too.
        articles.extend(reading.articles)
        refused.extend(reading.problems)
        notes.extend(reading.notes)

    _run(
        db_path,
        lambda store, progress: ingest_articles(articles, store, progress=progress),
        refused=refused,
        notes=notes,
    )


def add_url(db_path: Path, url: str) -> None:
    """Fetch an article page or a feed and store what it holds."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        st.error("Give a web address starting with http:// or https://.")
        return
    _run(db_path, lambda store, progress: ingest([url], store, progress=progress))


def _run(
    db_path: Path,
    job: Job,
    *,
    refused: Sequence[tuple[str, str]] = (),
    notes: Sequence[tuple[str, str]] = (),
) -> None:
    """Run an ingest ``job(store, progress)`` under a progress bar and show its report.

    ``refused`` lists inputs turned away before the job ran, ``notes`` what reading them
    changed; both are reported with it.
    """
    bar = st.progress(0.0, text="Reading…")
    try:
        with Store(db_path) as store:
            report = job(store, progress_to(bar, "articles"))
    except (StoreError, ReadError, FetchError) as exc:
        st.error(f"Nothing was added: {escape_markdown(str(exc))}")
        return
    finally:
        bar.empty()
    show_report(replace(report, failed=[*refused, *report.failed]))
    for name, note in [*notes, *report.notes]:
        st.warning(f"{escape_markdown(name)}: {escape_markdown(note)}")
