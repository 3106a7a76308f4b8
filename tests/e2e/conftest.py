"""Fixtures for the end-to-end tests: a filled store, the real dashboard server, real chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from claims.ingestion.ingest import ingest_articles
from claims.model import Article
from claims.store import Store

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# The machine's network is closed: without the background-networking flags chromium
# stalls on DNS lookups for its own update and sync services.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
SERVER_START_TIMEOUT = 90.0

# Small articles from three sources with figures of several kinds, so that a filter
# on kind or source visibly narrows the selection, and one metric stated twice.
ARTICLES = (
    Article(
        text=(
            "The government raised tariffs on imported steel to 25% on Monday. "
            "Officials said about 1,200 workers at the Ravenscraig plant would keep their jobs. "
            "The measure is expected to raise $3 billion a year."
        ),
        title="Steel tariff raised to 25%",
        source="Daily Ledger",
        published="2025-03-14",
        url="https://example.org/ledger/steel-tariff",
    ),
    Article(
        text=(
            "The company launched 60 satellites on Tuesday, bringing its constellation to "
            "more than 7,000 satellites. Each launch costs roughly $15 million. "
            "Inflation fell to 2.3% in the same month."
        ),
        # A headline a spreadsheet would run as a formula: the CSV must defuse it.
        title="=Another sixty satellites in orbit",
        source="Orbit Weekly",
        published="2025-04-02",
        url="https://example.org/orbit/sixty-satellites",
    ),
    Article(
        text=(
            "Floods displaced nearly 450,000 people across the region, the agency said. "
            "Rainfall reached 300 millimetres in 24 hours. "
            "Aid of £13m was pledged, and unemployment rose to 5.1%. "
            # Stated by Orbit Weekly too: the one metric the tracker can follow.
            "Inflation was 2.4% in May."
        ),
        title="Floods displace hundreds of thousands",
        source="Coastal Post",
        published="2025-05-20",
        url="https://example.org/coastal/floods",
    ),
)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Poll Streamlit's health endpoint until it answers, the server dies or time runs out."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"streamlit not healthy after {SERVER_START_TIMEOUT}s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store in a temporary directory holding ``ARTICLES``, through the real ingestion."""
    path = tmp_path_factory.mktemp("e2e-store") / "claims.db"
    with Store(path) as store:
        report = ingest_articles(ARTICLES, store)
    assert report.ok and report.added == len(ARTICLES), report.summary()
    return path


@pytest.fixture(scope="module")
def dashboard_url(filled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real dashboard (``streamlit run app.py``) serving ``filled_db`` on a free port."""
    port = free_port()
    log = tmp_path_factory.mktemp("e2e-server") / "streamlit.log"
    # The tests' pages are served from 127.0.0.1, an address the dashboard refuses by default.
    env = {**os.environ, "CLAIMS_DB": str(filled_db), "CLAIMS_PRIVATE_URLS": "allow"}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        # Edits elsewhere in the work tree must not prompt a rerun mid-test.
        "--server.fileWatcherType",
        "none",
    ]
    with log.open("wb") as out:
        server = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, driven through Playwright's sync API."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (.ci/run does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshot_dirs(tmp_path: Path) -> list[Path]:
    """Where to save screenshots: the test's tmp dir, plus ``CLAIMS_SCREENSHOT_DIR`` if set."""
    dirs = [tmp_path]
    extra = os.environ.get("CLAIMS_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        dirs.append(Path(extra))
    return dirs
