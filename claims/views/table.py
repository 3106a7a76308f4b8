"""The claims table as a reader sees it: the figure as written, what it measures, where.

``table_rows`` turns claims into display rows: the figure written exactly with its
hedge and bounds, the sentence cut to a window around the figure with the figure
marked, hedges and statements in words. Every cell is plain text for the grid.
"""

from __future__ import annotations

import pandas as pd

from claims.views.figure import figure_text
from claims.views.sentence import TABLE_WINDOW, is_headline, marked_sentence
from claims.views.words import qualifier_word, statement_word

# Display columns, in order: what a fact-checker reads first, then where it came from.
FIRST_COLUMNS = ("surface", "figure", "measured", "context", "source", "published")
# Further columns, hidden until the reader shows them from the table's column menu.
MORE_COLUMNS = (
    "hedge",
    "kind",
    "statement",
    "attributed_to",
    "place",
    "value",
    "title",
    "url",
    "claim_id",
)
TABLE_COLUMNS = (*FIRST_COLUMNS, *MORE_COLUMNS)


def table_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """``claims`` as display rows, columns ``TABLE_COLUMNS``, in the same order."""
    rows = zip(
        claims["value"],
        claims["unit"],
        claims["qualifier"],
        claims["low"],
        claims["high"],
        strict=True,
    )
    figures = [figure_text(v, u, qualifier=q, low=lo, high=hi) for v, u, q, lo, hi in rows]
    contexts = [
        marked_sentence(
            s if isinstance(s, str) else "",
            f,
            window=TABLE_WINDOW,
            headline=is_headline(s, t),
        )
        for s, f, t in zip(claims["sentence"], claims["surface"], claims["title"], strict=True)
    ]
    table = claims.assign(
        figure=figures,
        context=contexts,
        hedge=claims["qualifier"].map(qualifier_word),
        statement=claims["statement"].map(statement_word),
    )
    # Blank, not "None", where a claim has no measured phrase, source or place.
    text = ["surface", "measured", "source", "attributed_to", "place", "title"]
    table[text] = table[text].fillna("")
    return table[list(TABLE_COLUMNS)].reset_index(drop=True)
