"""Showing what an ingest did: added, skipped, refused, with reasons."""

from __future__ import annotations

import streamlit as st

from claims.ingestion.ingest import IngestReport
from claims.views.markup import escape_markdown


def show_report(report: IngestReport) -> None:
    """Success, skip and failure messages for one ingest, failures one per line with reasons."""
    if report.added:
        titles = ", ".join(escape_markdown(t) for t in report.titles[:5] if t)
        more = f" and {len(report.titles) - 5} more" if len(report.titles) > 5 else ""
        st.success(
            f"Added {report.added} article(s) with {report.claims_added} claim(s)"
            + (f": {titles}{more}" if titles else ".")
        )
    if report.skipped:
        st.info(f"Skipped {report.skipped} article(s) already in the store.")
    for name, reason in report.failed:
        st.error(f"Refused {escape_markdown(name)}: {escape_markdown(reason)}")
    if not (report.added or report.skipped or report.failed):
        st.warning("Nothing was found to add.")
