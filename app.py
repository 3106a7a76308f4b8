"""The claim tracker dashboard (``streamlit run app.py``): layout and widgets only.

Every component lives in ``claims.ui``; the filtering, charts and tracking they
show are plain functions in ``claims``.
"""

from functools import partial
from pathlib import Path

import streamlit as st

from claims.store import StoreError, default_db_path
from claims.ui import PAGE_ICON
from claims.ui.add_news import add_news_panel
from claims.ui.data import first_run, load_claims
from claims.ui.detail import claim_detail
from claims.ui.overview import headline_metrics, overview_charts
from claims.ui.reextract import reextract_notice
from claims.ui.sidebar import filter_sidebar, show_articles
from claims.ui.table import claims_table, export_buttons
from claims.ui.trackers import TRACKERS_TAB, trackers_view

# The icon is a file beside the code: a Material icon name would be fetched from Google.
st.set_page_config(page_title="Claim tracker", page_icon=str(PAGE_ICON), layout="wide")
st.title("Claim tracker")
db_path = default_db_path()
# The corpus beside this file, wherever the package itself was installed.
sample_dir = Path(__file__).resolve().parent / "data" / "sample"
st.caption(
    "Every figure the articles state, with its unit, what it measures, how it is hedged "
    f"and its sentence. Store: `{db_path}`"
)

try:
    first_run(db_path, sample_dir)
    reextract_notice(db_path, key="reextract")
    add_news_panel(db_path, key="add", show=partial(show_articles, key="filters", tabs_key="view"))
    claims = load_claims(db_path)
    total = claims.total()
except StoreError as exc:
    st.error(f"The claim store cannot be opened: {exc}. Set CLAIMS_DB to a writable file.")
    st.stop()

if total.claims == 0:
    st.info(
        "No claims yet. Open “Add news” above to paste an article, upload files or give a "
        "page or feed URL, or load a folder from the command line: `claims ingest data/sample/`."
    )
    st.stop()

state = filter_sidebar(claims, key="filters")
shown = claims.headline(state)
headline_metrics(shown, total)
if shown.claims == 0:
    st.warning(
        "No claims match these filters. Remove a filter in the sidebar, or press "
        "“Reset filters” to see every claim again."
    )
    st.stop()

# Only the open tab is drawn, so a filter change costs just the view the reader is looking at.
# The open tab, like the filters, is in the URL.
claims_tab, charts_tab, tracker_tab = st.tabs(
    ["Claims", "Charts", TRACKERS_TAB], key="view", on_change="rerun", bind="query-params"
)
if claims_tab.open:
    with claims_tab:
        export_buttons(claims, state, shown.claims, key="export")
        claim = claims_table(claims, state, shown.claims, key="claims_table")
        with st.container(border=True):
            claim_detail(claim, claims, key="detail")
if charts_tab.open:
    with charts_tab:
        overview_charts(claims, state, key="charts", follow_key="metric", tabs_key="view")
if tracker_tab.open:
    with tracker_tab:
        trackers_view(claims, state, db_path, key="metric")
