"""The detail panel of the selected claim: its sentence, its facts, its article.

Everything taken from an article is shown as plain text (``st.text``, table cells), never
as Markdown or HTML, so nothing in an article can become a link, an icon or markup.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from claims.ui.data import StoredClaims
from claims.ui.table import COLUMN_CONFIG
from claims.views.facts import claim_facts
from claims.views.links import link_to_figure
from claims.views.sentence import is_headline, marked_sentence
from claims.views.table import table_rows
from claims.views.words import UNKNOWN_SOURCE, count_of, day_text

# Facts side by side in the panel.
FACT_COLUMNS = 5
_OTHER_COLUMNS = ["surface", "figure", "measured", "context"]


def claim_detail(claim: pd.Series | None, claims: StoredClaims, *, key: str = "detail") -> None:
    """The selected claim in its sentence, its facts in words, its article and other claims."""
    if claim is None:
        st.caption(
            "Select a row of the table to see the claim in its sentence, what it measures, "
            "whose figure it is and who says so."
        )
        return
    st.markdown("##### The claim in its sentence")
    sentence = claim["sentence"] if isinstance(claim["sentence"], str) else ""
    st.text(
        marked_sentence(sentence, claim["surface"], headline=is_headline(sentence, claim["title"]))
    )
    _facts(claim)
    _article(claim)
    _other_claims(claim, claims.article_claims(claim["article_id"]), key=key)


def _facts(claim: pd.Series) -> None:
    facts = claim_facts(claim.to_dict())
    for first in range(0, len(facts), FACT_COLUMNS):
        for column, (label, text) in zip(
            st.columns(FACT_COLUMNS), facts[first : first + FACT_COLUMNS], strict=False
        ):
            column.caption(label)
            column.text(text)


def _article(claim: pd.Series) -> None:
    st.markdown("##### The article")
    title = claim["title"] if isinstance(claim["title"], str) and claim["title"] else "Untitled"
    source = claim["source"] if isinstance(claim["source"], str) else UNKNOWN_SOURCE
    st.text(f"{title}\n{source} · {day_text(claim['published']) or 'date unknown'}")
    link = link_to_figure(claim["url"], claim["sentence"], claim["surface"])
    if link:
        st.link_button(
            "Open the article at this figure",
            link,
            help="Opens the page and highlights the figure, in browsers that support it",
        )


def _other_claims(claim: pd.Series, article: pd.DataFrame, *, key: str) -> None:
    others = article[article["claim_id"].ne(claim["claim_id"])].sort_values("start")
    st.markdown(f"##### Other claims in this article ({len(others):,})")
    if others.empty:
        st.caption(f"The article states no other figure than this {count_of(1, 'claim')[2:]}.")
        return
    st.dataframe(
        table_rows(others)[_OTHER_COLUMNS],
        hide_index=True,
        column_config={name: COLUMN_CONFIG[name] for name in _OTHER_COLUMNS},
        key=f"{key}_others",
    )
