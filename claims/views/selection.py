"""Which claim the reader has selected in the table, kept by claim id across filter changes.

The table reports its selection by row position, and positions change whenever the
filters do. So the dashboard remembers the claim id: a changed row selection is a
new pick, read against the rows the reader was looking at when they clicked; an
unchanged one keeps the claim already picked, wherever it now sits, or nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Shown:
    """What the table showed on the last run: the claim id of each row, and the rows
    it had selected."""

    ids: tuple[int, ...]
    rows: tuple[int, ...]


def picked_claim(
    last: Shown | None, rows_now: Sequence[int] | None, remembered: int | None
) -> int | None:
    """The claim id the reader has selected.

    ``rows_now`` is the table's selection as it arrives with this run (None when the
    table was not on the page last run, so there is nothing new to read); it is a new
    pick when it differs from what the table showed, else ``remembered`` stands.
    """
    if last is None or rows_now is None or tuple(rows_now) == last.rows:
        return remembered
    if rows_now and 0 <= rows_now[0] < len(last.ids):
        return last.ids[rows_now[0]]
    return None


def row_of(ids: Sequence[int], claim_id: int | None) -> int | None:
    """The row that shows ``claim_id`` in a table of ``ids``; None when it is not there."""
    if claim_id is None:
        return None
    try:
        return list(ids).index(claim_id)
    except ValueError:
        return None
