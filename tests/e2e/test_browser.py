"""The real dashboard in a real browser: load, filter, download the CSV, screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.e2e


def test_dashboard_loads(browser: Browser, dashboard_url: str, screenshot_dirs: list[Path]) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(dashboard_url)
    expect(page.get_by_role("heading", name="Claim tracker")).to_be_visible(timeout=30_000)
    for directory in screenshot_dirs:
        page.screenshot(path=directory / "dashboard.png", full_page=True)
