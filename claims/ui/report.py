"""Showing what an ingest did: added, skipped, refused, with reasons."""

from __future__ import annotations

import streamlit as st

from claims.ingestion.ingest import IngestReport
from claims.views.markup import escape_markdown
from claims.views.words import count_of

# Titles listed under "Added …"; the rest are counted.
MAX_TITLES = 5


def show_report(report: IngestReport) -> None:
    """Success, skip and failure messages for one ingest, failures one per line with reasons.

    Titles come from the articles, so they are listed as plain text, never as Markdown.
    """
    if report.added:
        st.success(
            f"Added {count_of(report.added, 'article')} with "
            f"{count_of(report.claims_added, 'claim')}."
        )
        titles = [t for t in report.titles if t]
        if titles:
            more = len(titles) - MAX_TITLES
            st.text("\n".join(titles[:MAX_TITLES]) + (f"\n… and {more} more" if more > 0 else ""))
    if report.skipped:
        st.info(f"Skipped {count_of(report.skipped, 'article')} already in the store.")
    for name, reason in report.failed:
        st.error(f"Refused {escape_markdown(name)}: {escape_markdown(reason)}")
    if not (report.added or report.skipped or report.failed):
        st.warning("Nothing was found to add.")
