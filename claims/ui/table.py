"""The claims table, with a selection that follows the claim, and the export buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from claims.ui.data import StoredClaims
from claims.views.downloads import export_bytes, export_name
from claims.views.figure import figure_text
from claims.views.filters import FilterState
from claims.views.selection import Shown, picked_claim, row_of
from claims.views.table import table_rows
from claims.views.words import count_of

# The table shows this many rows at most, the newest (each is read and laid out on every
# filter change); the export always holds every filtered row.
MAX_TABLE_ROWS = 1000
# Up to this many rows the export files are built with the page; above it, only when a
# button is clicked (a 10,000-row CSV takes about a second, too slow for every rerun).
EAGER_EXPORT_ROWS = 1_000


def _hidden(config: ColumnConfig) -> ColumnConfig:
    """A column the reader can show from the table's column menu; hidden at first."""
    return ColumnConfig(**{**config, "hidden": True})


# Widths in pixels: the first six columns fit beside the sidebar on a 1280-pixel screen.
COLUMN_CONFIG: dict[str, ColumnConfig] = {
    "surface": st.column_config.TextColumn("As written", width=140),
    "figure": st.column_config.TextColumn(
        "Figure", width=85, help="The figure with its hedge (~ about, > more than) and unit"
    ),
    "measured": st.column_config.TextColumn("Measures", width=140),
    "context": st.column_config.TextColumn(
        "In context", width=225, help="The sentence around the figure, marked «like this»"
    ),
    "source": st.column_config.TextColumn("Source", width=90),
    "published": st.column_config.DateColumn("Published", format="D MMM YYYY", width=88),
    "hedge": _hidden(st.column_config.TextColumn("Hedge")),
    "kind": _hidden(st.column_config.TextColumn("Kind")),
    "statement": _hidden(st.column_config.TextColumn("Statement")),
    "attributed_to": _hidden(st.column_config.TextColumn("Who says so")),
    "place": _hidden(st.column_config.TextColumn("Where")),
    "value": _hidden(st.column_config.NumberColumn("Value", format="localized")),
    "title": _hidden(st.column_config.TextColumn("Article")),
    "url": _hidden(st.column_config.LinkColumn("Link", display_text="open")),
    "claim_id": _hidden(st.column_config.NumberColumn("Claim id", format="plain")),
}


def claims_table(
    claims: StoredClaims, state: FilterState, matching: int, *, key: str = "claims_table"
) -> pd.Series | None:
    """The ``matching`` claims ``state`` keeps, newest first, one selectable row each;
    returns the selected claim.

    The selection follows the claim, not the row: after a filter change the same claim
    stays selected wherever it now sits, and a claim the filters hide is let go, saying so.
    """
    shown, rows = _page(claims, state)
    if matching > MAX_TABLE_ROWS:
        st.caption(
            f"Showing the {MAX_TABLE_ROWS:,} newest of {matching:,} claims; "
            "narrow the filters to see the rest. The export holds all of them."
        )
    ids = tuple(int(i) for i in shown["claim_id"])
    claim_id = _selected_id(key, ids)
    row = row_of(ids, claim_id)
    st.dataframe(
        rows,
        column_config=COLUMN_CONFIG,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key=key,
    )
    st.session_state[f"{key}_shown"] = Shown(ids, (row,) if row is not None else ())
    picked = None
    if claim_id is not None:
        # Usually on the page; else read on its own (the filters may still keep it).
        found = shown if row is not None else claims.claim(claim_id)
        if row is not None or claims.keeps(state, claim_id):
            picked = found[found["claim_id"].eq(claim_id)]
        else:
            _say_filtered_out(found)
    st.session_state[f"{key}_claim"] = None if picked is None or picked.empty else claim_id
    return picked.iloc[0] if picked is not None and not picked.empty else None


@st.cache_data(show_spinner=False, max_entries=16)
def _page(claims: StoredClaims, state: FilterState) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The claims the table shows, and its display rows: made once per filter state."""
    shown = claims.newest(state, MAX_TABLE_ROWS)
    return shown, table_rows(shown)


def _selected_id(key: str, ids: tuple[int, ...]) -> int | None:
    """The selected claim's id, and the table's row selection moved onto it (or cleared)."""
    state = st.session_state
    # The table's state, or the selection this function set on the last run.
    rows_now = list(state[key]["selection"]["rows"]) if key in state else None
    claim_id = picked_claim(state.get(f"{key}_shown"), rows_now, state.get(f"{key}_claim"))
    row = row_of(ids, claim_id)
    wanted = [row] if row is not None else []
    if rows_now != wanted:
        # Set before the table is drawn: the table then selects this row itself.
        state[key] = {"selection": {"rows": wanted, "columns": []}}
    return claim_id


def _say_filtered_out(claim: pd.DataFrame) -> None:
    """Tell the reader their selected claim was let go, and which one it was (as plain text)."""
    st.info(
        "The claim you had selected is hidden by the current filters, so it is no longer "
        "selected. Select another row, or change the filters to bring it back."
    )
    if not claim.empty:
        row = claim.iloc[0]
        figure = figure_text(row["value"], row["unit"], qualifier=row["qualifier"])
        st.text(f"It was {figure}, written “{row['surface']}”, in {row['title'] or 'an article'}.")


def export_buttons(
    claims: StoredClaims, state: FilterState, matching: int, *, key: str = "export"
) -> None:
    """CSV and JSON downloads of exactly the ``matching`` claims ``state`` keeps, named
    after filters and time."""
    now = datetime.now()
    count = count_of(matching, "claim")
    left, right = st.columns(2)
    left.download_button(
        f"Download CSV ({count})",
        _maybe_deferred(claims, state, matching, "csv"),
        file_name=export_name(state, now, "csv"),
        mime="text/csv",
        key=f"{key}_csv",
        on_click="ignore",
    )
    right.download_button(
        f"Download JSON ({count})",
        _maybe_deferred(claims, state, matching, "json"),
        file_name=export_name(state, now, "json"),
        mime="application/json",
        key=f"{key}_json",
        on_click="ignore",
    )


def _maybe_deferred(
    claims: StoredClaims, state: FilterState, matching: int, fmt: str
) -> bytes | Callable[[], bytes]:
    """The file's bytes now for small exports; for big ones, a callable run on click."""
    if matching <= EAGER_EXPORT_ROWS:
        return export_bytes(claims.path, state, fmt)
    return lambda: export_bytes(claims.path, state, fmt)
