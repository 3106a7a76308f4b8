"""Adding news from the dashboard: pasted text, uploaded files, or a page or feed URL.

Each form's handler reads, extracts and stores through ``claims.ingestion.ingest`` with a
progress bar, then shows what was added, skipped and refused, and offers to show the
claims of what was just added. Problems are shown as messages, never as an exception page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path, PurePath

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from claims.ingestion.addresses import private_urls_allowed
from claims.ingestion.fetch import FetchError
from claims.ingestion.formats import KIND_BY_SUFFIX, read_bytes
from claims.ingestion.ingest import IngestReport, ReadError, ingest, ingest_articles, read_pasted
from claims.ingestion.reading import MAX_BYTES, too_large
from claims.model import Article
from claims.store import Store, StoreError, article_id
from claims.tracking.alerts import changes
from claims.ui.data import Progress, progress_to
from claims.ui.pending import keep, run_kept
from claims.ui.report import show_report
from claims.views.markup import escape_markdown
from claims.views.words import day_text

# An ingest to run against an open store, reporting progress as it goes.
Job = Callable[[Store, Progress], IngestReport]
# What "Show these claims" does with the ids of the articles just added or found again.
ShowArticles = Callable[[Sequence[str]], None]

READ_SUFFIXES = sorted(KIND_BY_SUFFIX)


def add_news_panel(
    db_path: Path,
    *,
    key: str = "add",
    show: ShowArticles | None = None,
    expanded: bool = False,
) -> None:
    """An "Add news" expander with one tab per way in; ``show`` backs "Show these claims"."""
    with st.expander("Add news", expanded=expanded):
        paste, upload, link = st.tabs(["Paste text", "Upload files", "URL or feed"])
        with paste:
            _paste_form(db_path, f"{key}_paste", show)
        with upload:
            _upload_form(db_path, f"{key}_upload", show)
        with link:
            _url_form(db_path, f"{key}_url", show)


# Each form's result is drawn below the form, where a "Show these claims" button may go.
# What a form submits is kept until its handler has run to the end (``claims.ui.pending``).
def _paste_form(db_path: Path, key: str, show: ShowArticles | None) -> None:
    with st.form(key, clear_on_submit=True):
        text = st.text_area("Article text", height=160)
        title = st.text_input("Title (optional)")
        source = st.text_input("Source (optional)")
        published = st.date_input(
            "Published",
            value="today",
            help="Today unless you change it; clear it if the date is unknown.",
        )
        submitted = st.form_submit_button("Add text")
    if submitted:
        keep(
            key,
            partial(
                add_pasted,
                db_path,
                text,
                title=title,
                source=source,
                published=published,
                show=show,
            ),
        )
    run_kept(key)


def _upload_form(db_path: Path, key: str, show: ShowArticles | None) -> None:
    with st.form(key, clear_on_submit=True):
        # Any file is taken, so one we cannot read gets our reason, not a generic one.
        files = st.file_uploader("Files", accept_multiple_files=True, help=UPLOAD_HELP)
        submitted = st.form_submit_button("Add files")
    if submitted:
        readable, refused = within_upload_limit(files or [])
        keep(key, partial(add_uploads, db_path, readable, refused=refused, show=show))
    run_kept(key)


def _url_form(db_path: Path, key: str, show: ShowArticles | None) -> None:
    with st.form(key, clear_on_submit=False):
        url = st.text_input("Article or feed URL", placeholder="https://…")
        submitted = st.form_submit_button("Fetch and add")
    if submitted:
        keep(key, partial(add_url, db_path, url, show=show))
    run_kept(key)


UPLOAD_HELP = (
    "Plain text or Markdown (front matter for title, source, date), HTML pages, "
    "RSS/Atom feeds, JSON Lines, JSON or CSV with a text column: " + ", ".join(READ_SUFFIXES) + "."
)


def add_pasted(
    db_path: Path,
    text: str,
    *,
    title: str = "",
    source: str = "",
    published: date | None = None,
    show: ShowArticles | None = None,
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
        st.error(f"The pasted text cannot be read: {escape_markdown(str(exc))}")
        return
    if _run(db_path, _storing(articles), articles=articles, show=show):
        st.caption(
            f"Dated {day_text(published)} where the text gives no date."
            if published
            else "No date given: these claims sort after the dated ones."
        )


def within_upload_limit(
    files: Sequence[UploadedFile],
) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """``(name, bytes)`` of the uploads within ``MAX_BYTES``, and ``(name, reason)`` of the
    others, refused by their size before their bytes are read."""
    readable = [(f.name, f.getvalue()) for f in files if f.size <= MAX_BYTES]
    refused = [(f.name, too_large(f.size)) for f in files if f.size > MAX_BYTES]
    return readable, refused


def add_uploads(
    db_path: Path,
    files: list[tuple[str, bytes]],
    *,
    refused: Sequence[tuple[str, str]] = (),
    show: ShowArticles | None = None,
) -> None:
    """Read and store uploaded files; a file that cannot be read is refused with its reason,
    as are those in ``refused`` (turned away before they were read)."""
    if not files and not refused:
        st.warning("Choose one or more files first.")
        return
    articles: list[Article] = []
    refused = list(refused)
    notes: list[tuple[str, str]] = []
    for name, data in files:
        suffix = PurePath(name).suffix.lower()
        if suffix not in KIND_BY_SUFFIX:
            refused.append((name, not_read_reason(suffix)))
            continue
        try:
            reading = read_bytes(name, data)
        except ReadError as exc:
            refused.append((name, str(exc)))
            continue
        # A collection (CSV, JSON Lines, feed) can lose single rows; those are refused too.
        articles.extend(reading.articles)
        refused.extend(reading.problems)
        notes.extend(reading.notes)
    _run(db_path, _storing(articles), refused=refused, notes=notes, articles=articles, show=show)


def not_read_reason(suffix: str) -> str:
    """Why an upload of this extension is refused, and what to do instead."""
    kind = f"{suffix} files are" if suffix else "files without an extension are"
    return (
        f"{kind} not read here; the dashboard reads {', '.join(READ_SUFFIXES)}. "
        "Copy the article's text and paste it under “Paste text” instead."
    )


def add_url(db_path: Path, url: str, *, show: ShowArticles | None = None) -> None:
    """Fetch an article page or a feed and store what it holds."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        st.error("Give a web address starting with http:// or https://.")
        return
    # Anyone who can open the dashboard can type a URL: by default it reaches no address
    # inside the server's own network (CLAIMS_PRIVATE_URLS=allow permits that).
    allow_private = private_urls_allowed(default=False)
    _run(
        db_path,
        lambda store, progress: ingest(
            [url], store, allow_private=allow_private, progress=progress
        ),
        show=show,
    )


def _storing(articles: list[Article]) -> Job:
    return lambda store, progress: ingest_articles(articles, store, progress=progress)


def _run(
    db_path: Path,
    job: Job,
    *,
    refused: Sequence[tuple[str, str]] = (),
    notes: Sequence[tuple[str, str]] = (),
    articles: Sequence[Article] | None = None,
    show: ShowArticles | None = None,
) -> bool:
    """Run an ingest ``job(store, progress)`` under a progress bar and show its report.

    ``refused`` lists inputs turned away before the job ran, ``notes`` what reading them
    changed; both are reported with it. The claims of ``articles`` (else of the articles
    the job added) are offered with ``show``. Returns whether the job ran.
    """
    bar = st.progress(0.0, text="Reading…")
    try:
        with Store(db_path) as store:
            before, tracked = set(store.article_ids()), store.snapshot()
            report = job(store, progress_to(bar, "articles"))
            stored = set(store.article_ids())
            moved = changes(tracked, store.snapshot()) if report.added else []
    except (StoreError, ReadError, FetchError) as exc:
        st.error(f"Nothing was added: {escape_markdown(str(exc))}")
        return False
    finally:
        bar.empty()
    show_report(replace(report, failed=[*refused, *report.failed]))
    for name, note in [*notes, *report.notes]:
        st.warning(f"{escape_markdown(name)}: {escape_markdown(note)}")
    if moved:  # labels and figures come from articles: plain text
        st.info("What this changed in the Trackers tab:", icon=":material/track_changes:")
        st.text("\n".join(moved))
    wanted = [article_id(a.text) for a in articles] if articles is not None else stored - before
    ids = sorted(set(wanted) & stored)
    if ids and show is not None:
        st.button("Show these claims", on_click=show, args=(ids,), type="primary")
    return True
