"""The claims table, the detail of a selected claim, and the export buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pandas as pd
import streamlit as st

from claims.store import FRAME_COLUMNS
from claims.views.downloads import export_name, json_bytes
from claims.views.export import csv_bytes
from claims.views.filters import NO_QUALIFIER, FilterState
from claims.views.markup import escape_markdown, mark_figure
from claims.views.summary import count_of, with_unit

# The table shows this many rows at most; the export always holds every filtered row.
MAX_TABLE_ROWS = 5000
# Up to this many rows the export files are built with the page; above it, only when a
# button is clicked (a 10,000-row CSV takes about a second, too slow for every rerun).
EAGER_EXPORT_ROWS = 1_000

_TABLE_COLUMNS = [
    "published",
    "source",
    "surface",
    "figure",
    "value",
    "kind",
    "measured",
    "qualifier",
    "sentence",
    "title",
    "url",
]
_COLUMN_CONFIG = {
    "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
    "source": st.column_config.TextColumn("Source"),
    "surface": st.column_config.TextColumn("As written"),
    "figure": st.column_config.TextColumn("Figure", help="The value with its unit"),
    "value": st.column_config.NumberColumn("Value", format="localized", width="medium"),
    "kind": st.column_config.TextColumn("Kind"),
    "measured": st.column_config.TextColumn("Measured"),
    "qualifier": st.column_config.TextColumn("Qualifier"),
    "sentence": st.column_config.TextColumn("Sentence", width="large"),
    "title": st.column_config.TextColumn("Article"),
    "url": st.column_config.LinkColumn("Link", display_text="open"),
}


def claims_table(selection: pd.DataFrame, *, key: str = "claims") -> pd.Series | None:
    """The filtered claims, newest first, one selectable row each; returns the selected claim."""
    # Sort just the two key columns, then take the rows shown: moving whole rows is slow.
    newest = selection[["published", "claim_id"]].sort_values(
        ["published", "claim_id"], ascending=[False, True], na_position="last"
    )
    shown = selection.loc[newest.index[:MAX_TABLE_ROWS]]
    if len(selection) > MAX_TABLE_ROWS:
        st.caption(
            f"Showing the {MAX_TABLE_ROWS:,} newest of {len(selection):,} claims; "
            "narrow the filters to see the rest. The export holds all of them."
        )
    table = shown.assign(
        figure=[with_unit(v, u) for v, u in zip(shown["value"], shown["unit"], strict=True)]
    )
    event = st.dataframe(
        table[_TABLE_COLUMNS],
        column_config=_COLUMN_CONFIG,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key=key,
    )
    rows = event.selection.rows
    # A selection can outlive a filter change that shortened the table.
    return shown.iloc[rows[0]] if rows and rows[0] < len(shown) else None


def claim_detail(claim: pd.Series | None, frame: pd.DataFrame) -> None:
    """The selected claim in its sentence, its article, and the article's other claims."""
    if claim is None:
        st.caption("Select a row of the table to see the claim in its sentence.")
        return
    st.markdown(f"#### {escape_markdown(_text(claim['title'], 'Untitled article'))}")
    published = claim["published"]
    date = published.date().isoformat() if pd.notna(published) else "date unknown"
    st.caption(f"{escape_markdown(_text(claim['source'], 'unknown source'))} · {date}")
    st.markdown(mark_figure(claim["sentence"], claim["surface"]))
    facts = {
        "value": with_unit(claim["value"], claim["unit"]),
        "kind": claim["kind"],
        "measures": _text(claim["measured"], "–"),
        "qualifier": _text(claim["qualifier"], NO_QUALIFIER),
    }
    if _text(claim["direction"], ""):
        facts["change"] = claim["direction"]
    if pd.notna(claim["low"]) and pd.notna(claim["high"]):
        low, high = (with_unit(claim[end], claim["unit"]) for end in ("low", "high"))
        facts["range"] = f"{low} to {high}"
    st.text("  ·  ".join(f"{name}: {value}" for name, value in facts.items()))
    if isinstance(claim["url"], str) and claim["url"].startswith(("http://", "https://")):
        st.link_button("Open the article", claim["url"])
    others = frame[
        frame["article_id"].eq(claim["article_id"]) & frame["claim_id"].ne(claim["claim_id"])
    ]
    st.markdown(f"**Other claims in this article** ({len(others)})")
    if not others.empty:
        st.dataframe(
            others[["surface", "value", "unit", "kind", "measured", "qualifier"]],
            hide_index=True,
            column_config={"value": st.column_config.NumberColumn(format="localized")},
        )


def _text(value: object, missing: str) -> str:
    """``value`` as display text, ``missing`` for None or NaN (frames hold both)."""
    return str(value) if isinstance(value, str) and value else missing


def export_buttons(selection: pd.DataFrame, state: FilterState, *, key: str = "export") -> None:
    """CSV and JSON downloads of exactly the filtered claims, named after filters and time."""
    rows = selection[list(FRAME_COLUMNS)]
    now = datetime.now()
    left, right = st.columns(2)
    left.download_button(
        f"Download CSV ({count_of(len(rows), 'claim')})",
        _maybe_deferred(csv_bytes, rows),
        file_name=export_name(state, now, "csv"),
        mime="text/csv",
        key=f"{key}_csv",
        on_click="ignore",
    )
    right.download_button(
        f"Download JSON ({count_of(len(rows), 'claim')})",
        _maybe_deferred(json_bytes, rows),
        file_name=export_name(state, now, "json"),
        mime="application/json",
        key=f"{key}_json",
        on_click="ignore",
    )


def _maybe_deferred(
    convert: Callable[[pd.DataFrame], bytes], rows: pd.DataFrame
) -> bytes | Callable[[], bytes]:
    """The file's bytes now for small exports; for big ones, a callable run on click."""
    if len(rows) <= EAGER_EXPORT_ROWS:
        return convert(rows)
    return lambda: convert(rows)
