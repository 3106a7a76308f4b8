"""The real dashboard in a real browser: load, filter, download the CSV, screenshot.

The claims table is a canvas grid whose cells are not in the DOM, so row counts are
read from the headline "Claims" metric and the downloaded CSV.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from dashboard_page import LOAD_TIMEOUT_MS, choose, metric, open_page, screenshot, wait_idle
from playwright.sync_api import Browser, Page, expect

from claims.store import Store
from claims.ui.trackers import TRACKERS_TAB
from claims.views.export import FORMULA_STARTS
from claims.views.filters import filter_claims

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# Tall enough for the screenshot to show the table and the first charts: Streamlit's main
# area scrolls inside its own container, so a full-page shot stops at the viewport.
VIEWPORT = {"width": 1400, "height": 1600}


def _claims_frame(db: Path) -> pd.DataFrame:
    with Store(db) as store:
        return store.claims_frame()


def _narrowing_kind(frame: pd.DataFrame) -> str:
    """The commonest kind, when not every claim has it: choosing it must narrow the table."""
    counts = frame["kind"].value_counts()
    assert len(counts) > 1, f"the fixture articles gave only one kind: {counts.to_dict()}"
    return str(counts.index[0])


def _download_csv(page: Page, target: Path) -> list[dict[str, str]]:
    """Click "Download CSV", save the file to ``target`` and return its rows."""
    wait_idle(page)
    button = page.get_by_test_id("stDownloadButton").filter(has_text="Download CSV")
    with page.expect_download() as download:
        button.get_by_role("button").click()
    download.value.save_as(target)
    assert download.value.suggested_filename.endswith(".csv")
    return list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))


def test_filter_then_download_csv(
    browser: Browser,
    dashboard_url: str,
    filled_db: Path,
    screenshot_dirs: list[Path],
    tmp_path: Path,
) -> None:
    frame = _claims_frame(filled_db)
    kind = _narrowing_kind(frame)
    expected = filter_claims(frame, kinds=[kind])
    page = browser.new_page(viewport=VIEWPORT, accept_downloads=True)

    open_page(page, dashboard_url)
    expect(metric(page, "Claims")).to_have_text(f"{len(frame):,}", timeout=LOAD_TIMEOUT_MS)

    choose(page, "Kind", kind)
    expect(metric(page, "Claims")).to_have_text(f"{len(expected):,}", timeout=LOAD_TIMEOUT_MS)
    expect(metric(page, "Articles")).to_have_text(
        f"{expected['article_id'].nunique():,}", timeout=LOAD_TIMEOUT_MS
    )
    # The filter lives in the URL, so the view can be bookmarked.
    expect(page).to_have_url(re.compile(rf"[?&]kind={kind}\b"), timeout=LOAD_TIMEOUT_MS)

    rows = _download_csv(page, tmp_path / "claims.csv")
    assert {row["kind"] for row in rows} == {kind}
    assert sorted(int(row["claim_id"]) for row in rows) == sorted(expected["claim_id"])
    assert sorted(row["surface"] for row in rows) == sorted(expected["surface"])
    # Spreadsheet-safe: formula-like text is defused, numbers stay numbers.
    defused = {f"'{t}" if t.startswith(FORMULA_STARTS) else t for t in expected["title"]}
    assert {row["title"] for row in rows} == defused
    assert not [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_STARTS)]
    assert all(float(row["value"]) > 0 for row in rows)
    screenshot(page, screenshot_dirs, "dashboard-filtered.png")
    page.close()


def test_bookmarked_filter_opens_filtered(
    browser: Browser, dashboard_url: str, filled_db: Path, screenshot_dirs: list[Path]
) -> None:
    frame = _claims_frame(filled_db)
    kind = _narrowing_kind(frame)
    expected = filter_claims(frame, kinds=[kind])
    page = browser.new_page(viewport=VIEWPORT)

    open_page(page, f"{dashboard_url}/?kind={kind}")
    expect(metric(page, "Claims")).to_have_text(f"{len(expected):,}", timeout=LOAD_TIMEOUT_MS)
    screenshot(page, screenshot_dirs, "dashboard-bookmarked.png")
    page.close()


def test_charts_tab_draws_its_charts(
    browser: Browser, dashboard_url: str, screenshot_dirs: list[Path]
) -> None:
    page = browser.new_page(viewport=VIEWPORT)

    open_page(page, dashboard_url)
    page.get_by_role("tab", name="Charts").click()
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts.first).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    wait_idle(page)
    # Vega draws into a canvas (or an svg) only when the spec is valid for its data.
    for chart in charts.all():
        expect(chart.locator("canvas, svg").first).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    screenshot(page, screenshot_dirs, "dashboard-charts.png")
    page.close()


def test_clicking_a_measured_bar_follows_that_metric(
    browser: Browser, dashboard_url: str, filled_db: Path
) -> None:
    with Store(filled_db) as store:
        metric = store.metrics()[0]
    page = browser.new_page(viewport=VIEWPORT)

    open_page(page, dashboard_url)
    page.get_by_role("tab", name="Charts").click()
    wait_idle(page)
    # Vega draws the chart as svg: each bar is a mark labelled with its tooltip fields.
    bar = page.locator(
        f".st-key-charts_top [aria-roledescription='bar'][aria-label*='{metric.label}']"
    )
    expect(bar).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    bar.click()

    expect(page.get_by_role("tab", name=TRACKERS_TAB)).to_have_attribute(
        "aria-selected", "true", timeout=LOAD_TIMEOUT_MS
    )
    expect(page.get_by_role("heading", name=metric.label)).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    page.close()
