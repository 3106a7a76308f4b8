"""Driving the dashboard page in the browser: open it, read a metric, choose a filter, wait,
click a row of the claims table, take screenshots. Shared by the end-to-end test modules."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

# Streamlit renders after the websocket connects and the script runs: allow for a slow CI.
LOAD_TIMEOUT_MS = 60_000
# The claims table's header and row heights, in pixels (Streamlit's defaults): the table is
# a canvas, so a row is clicked by where it is drawn.
HEADER_PX = 35
ROW_PX = 35


def metric(page: Page, label: str) -> Locator:
    """The value of the headline metric called ``label``."""
    box = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    )
    return box.get_by_test_id("stMetricValue")


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name="Claim tracker")).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=LOAD_TIMEOUT_MS)


def choose(page: Page, label: str, option: str) -> None:
    """Pick ``option`` (shown with its count, "count (5)") in the sidebar multiselect called
    ``label``, then close its list."""
    widget = (
        page.get_by_test_id("stSidebar")
        .get_by_test_id("stMultiSelect")
        .filter(has=page.get_by_role("combobox", name=label, exact=True))
    )
    widget.click()
    page.get_by_role("option", name=re.compile(rf"^{re.escape(option)} \(\d[\d,]*\)$")).click()
    page.keyboard.press("Escape")


def wait_idle(page: Page) -> None:
    """Wait until the script run finishes, so the page shows (and serves) its final state."""
    running = page.locator('[data-testid^="stStatusWidgetRunning"]')
    expect(running).to_have_count(0, timeout=LOAD_TIMEOUT_MS)


def click_row(page: Page, row: int) -> None:
    """Select row ``row`` (0 = first) of the claims table by clicking its row marker."""
    wait_idle(page)
    table = page.locator(".st-key-claims_table").get_by_test_id("stDataFrame")
    box = table.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 18, box["y"] + HEADER_PX + ROW_PX * row + ROW_PX / 2)
    wait_idle(page)


# Whether every chart shown on the page has drawn its canvas or svg.
_CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
    .filter((chart) => chart.offsetParent !== null)
    .every((chart) => chart.querySelector("canvas, svg") !== null)"""


def screenshot(page: Page, directories: list[Path], name: str) -> None:
    """Save the whole page once its run has finished and every chart is drawn."""
    # A click's rerun starts a moment after the click: let it begin before waiting for it.
    page.wait_for_timeout(500)
    wait_idle(page)
    # Asked of the page as it is at each poll: a chart of the tab just left may still be
    # on the page when the wait begins and gone a moment later, never to be drawn.
    page.wait_for_function(_CHARTS_DRAWN, timeout=LOAD_TIMEOUT_MS)
    for directory in directories:
        page.screenshot(path=directory / name, full_page=True)
