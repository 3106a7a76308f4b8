"""A fact-checker's path through the real dashboard in a real browser: select a claim and
keep it through filter changes, read it inert and open it at its figure, paste an article
and reach its claims in one click, change a filter while an article is being added and
lose nothing; every tab photographed at 1280 and 1600 pixels; and the page asks nothing of
any host but its own.
"""

from __future__ import annotations

import re
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest
from conftest import ARTICLES
from dashboard_page import (
    LOAD_TIMEOUT_MS,
    choose,
    click_row,
    metric,
    open_page,
    screenshot,
    wait_idle,
)
from playwright.sync_api import Browser, Page, expect

from claims.ingestion.ingest import ingest_articles
from claims.model import Article
from claims.store import Store
from claims.ui.pending import RESUMED
from claims.ui.trackers import TRACKERS_TAB
from claims.views.words import count_of
from tests.pageserver import serve_pages
from tests.reference import newest_first

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# An article whose text would turn into links, an icon and a script link if it were
# rendered as Markdown: it is the newest, so its claims head the table.
HOSTILE = Article(
    text=(
        "See https://evil.example/x or www.evil.example :material/home: for more. "
        "Organisers said 5,000 people came [md link](javascript:alert(6)) on Sunday."
    ),
    title="Crowd of 5,000 https://evil.example/t :material/home:",
    source="Mirror Site",
    published="2025-06-30",
    url="https://example.org/mirror/crowd",
)
PASTED = (
    "Council tax will rise by 4.99% in April, the council said. About 1,300 homes will be "
    "built on the old airfield by 2030."
)
WIDTHS = (1280, 1600)
# How long the run that takes a form's press may take to clear the form.
PRESS_TAKEN_MS = 20_000
# Tall enough for a whole tab: the main area scrolls inside its own container, so a
# full-page shot stops at the viewport.
SHOT_HEIGHT = 2000


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared fixture articles plus the hostile one, through the real ingestion."""
    path = tmp_path_factory.mktemp("reading-store") / "claims.db"
    with Store(path) as store:
        report = ingest_articles([*ARTICLES, HOSTILE], store)
    assert report.ok, report.summary()
    return path


def _frame(db: Path) -> pd.DataFrame:
    with Store(db) as store:
        return store.claims_frame()


def _panel_text(page: Page) -> str:
    """Everything the page shows as plain text below the table (the detail panel)."""
    return "\n".join(page.get_by_test_id("stText").all_inner_texts())


def test_the_selected_claim_stays_selected_until_a_filter_hides_it(
    browser: Browser, dashboard_url: str, filled_db: Path
) -> None:
    frame = _frame(filled_db)
    claim = newest_first(frame, 10_000).iloc[2]
    marked = f"«{claim['surface']}»"
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    open_page(page, dashboard_url)
    click_row(page, 2)
    expect(page.get_by_test_id("stText").filter(has_text=marked).first).to_be_visible(
        timeout=LOAD_TIMEOUT_MS
    )
    # A filter that keeps the claim: the panel still shows it, wherever its row now is.
    choose(page, "Source", claim["source"])
    expect(metric(page, "Claims")).to_have_text(
        f"{int(frame['source'].eq(claim['source']).sum()):,}", timeout=LOAD_TIMEOUT_MS
    )
    wait_idle(page)
    assert marked in _panel_text(page)
    # A filter that hides it: let go, with a word.
    other_kind = next(k for k in frame["kind"].value_counts().index if k != claim["kind"])
    choose(page, "Kind", other_kind)
    expect(page.get_by_text("hidden by the current filters")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_text("Select a row of the table")).to_be_visible()
    page.close()


def test_article_text_stays_text_and_the_link_goes_to_the_figure(
    browser: Browser, dashboard_url: str, filled_db: Path
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    open_page(page, dashboard_url)
    choose(page, "Source", HOSTILE.source)
    click_row(page, 0)
    link = page.get_by_role("link", name="Open the article at this figure")
    expect(link).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    text = _panel_text(page)
    assert "[md link](javascript:alert(6))" in text and ":material/home:" in text
    assert "https://evil.example/t" in text  # the title, as written
    # Nothing of the article became a link or an icon anywhere on the page.
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    assert not [h for h in hrefs if "evil.example" in h or h.startswith("javascript:")]
    assert page.locator("[data-testid='stIconMaterial']").filter(has_text="home").count() == 0
    href = link.get_attribute("href") or ""
    assert href.startswith(HOSTILE.url + "#:~:text=") and "5%2C000%20people" in href
    page.close()


def test_a_pasted_article_is_one_click_from_its_claims(
    browser: Browser, dashboard_url: str, filled_db: Path, screenshot_dirs: list[Path]
) -> None:
    before = _frame(filled_db)
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    open_page(page, dashboard_url)
    kinds = before["kind"].value_counts()
    choose(page, "Kind", kinds.index[0])  # a filter it must undo
    # The filter's rerun must be over before the form is used: a click on a page still
    # being redrawn can be lost (a clean-clone CI run once lost "Add text" here).
    kept = page.get_by_text(f"Download CSV ({count_of(int(kinds.iloc[0]), 'claim')})")
    expect(kept).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    wait_idle(page)
    page.get_by_text("Add news").click()
    text = page.get_by_label("Article text")
    text.fill(PASTED)
    expect(text).to_have_value(PASTED)
    wait_idle(page)
    add = page.get_by_role("button", name="Add text")
    add.click()
    # The run that takes the press clears the form as it begins. In 4 of some 35 runs last
    # stop (one a clean-clone CI run), none in 40 since, the press reached no run: the form
    # kept the text and nothing was added or said, as if the click were lost; the cause is
    # not found. A user sees the text still there and presses again; so does the test, once.
    try:
        expect(text).to_have_value("", timeout=PRESS_TAKEN_MS)
    except AssertionError:
        add.click()
    wait_idle(page)
    expect(page.get_by_text("Added 1 article with")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    # The wait above can pass before the adding run has begun; its message shows the run
    # has, so wait for it to end: a click on a page still being redrawn can be lost.
    wait_idle(page)
    show = page.get_by_role("button", name="Show these claims")
    expect(show).to_be_enabled(timeout=LOAD_TIMEOUT_MS)
    show.click()
    wait_idle(page)
    added = _frame(filled_db).query("article_id not in @before.article_id")
    # Each check waits as long as a page load may take: on a loaded machine the rerun
    # that applies the filter can land after the first of them is met.
    expect(metric(page, "Articles")).to_have_text("1", timeout=LOAD_TIMEOUT_MS)
    expect(metric(page, "Claims")).to_have_text(f"{len(added):,}", timeout=LOAD_TIMEOUT_MS)
    selected = page.get_by_role("tab", name="Claims")
    expect(selected).to_have_attribute("aria-selected", "true", timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_text("Showing only 1 article")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page).to_have_url(re.compile(f"article={added['article_id'].iloc[0]}"))
    assert "kind=" not in page.url
    screenshot(page, screenshot_dirs, "pasted-article-claims.png")
    page.close()


def test_a_filter_changed_while_an_article_is_added_loses_nothing(
    browser: Browser, dashboard_url: str, filled_db: Path
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    sent: list[float] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda _: sent.append(time.monotonic())))
    open_page(page, dashboard_url)
    wait_idle(page)
    before = _frame(filled_db)
    kind = str(before["kind"].value_counts().index[0])
    with serve_pages() as base:
        url = f"{base}/held"  # its answer waits for /release: the add is in flight till then
        page.get_by_text("Add news").click()
        page.get_by_role("tab", name="URL or feed").click()
        page.get_by_label("Article or feed URL").fill(url)
        page.get_by_role("button", name="Fetch and add").click()
        expect(page.get_by_text("Reading…")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
        asked = time.monotonic()
        choose(page, "Kind", kind)  # asks the server for a rerun while the add runs
        while not any(t > asked for t in sent):
            page.wait_for_timeout(100)
        page.wait_for_timeout(1000)  # for the request to cross the local socket
        urllib.request.urlopen(f"{base}/release", timeout=10).close()
        expect(page.get_by_text(RESUMED)).to_be_visible(timeout=LOAD_TIMEOUT_MS)
        expect(page.get_by_text("Added 1 article with")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    added = _frame(filled_db).query("article_id not in @before.article_id")
    assert added["article_id"].nunique() == 1 and len(added) > 0
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_every_tab_photographed_and_nothing_asked_of_other_hosts(
    browser: Browser, dashboard_url: str, screenshot_dirs: list[Path], width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": SHOT_HEIGHT})
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or ""))
    open_page(page, dashboard_url)
    click_row(page, 1)  # the Claims tab with a claim's detail open
    screenshot(page, screenshot_dirs, f"claims-{width}.png")
    for tab, name in (("Charts", "charts"), (TRACKERS_TAB, "trackers")):
        page.get_by_role("tab", name=tab).click()
        wait_idle(page)
        expect(page.get_by_test_id("stException")).to_have_count(0)
        screenshot(page, screenshot_dirs, f"{name}-{width}.png")
    assert hosts <= {"127.0.0.1", ""}, hosts
    page.close()
