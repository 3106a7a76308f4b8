"""Downloads from a real HTTP server on 127.0.0.1: limits, timeouts, refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pageserver import PAGES, serve_pages

from claims.ingestion.fetch import ACCEPTED_TYPE, FetchError, check_url, fetch


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve_pages() as url:
        yield url


def test_fetches_a_page_with_its_content_type(base: str) -> None:
    download = fetch(f"{base}/article.html")
    assert download.data == (PAGES / "article.html").read_bytes()
    assert download.content_type.startswith("text/html")
    assert download.url == f"{base}/article.html"


REFUSALS = {
    "declared too large": ("/big", {}, "too large (11 MB > 10 MB)"),
    "streamed too large": ("/big-chunked", {}, "too large (more than 10 MB)"),
    "small limit": ("/article.html", {"max_bytes": 1024}, "too large"),
    "slow": ("/slow", {"timeout": 0.5}, "timed out after 0.5 s"),
    "image": ("/image.png", {}, "unsupported content type image/png"),
    "redirect to ftp": ("/to-ftp", {}, "refused redirect to ftp://127.0.0.1/pub/article.txt"),
    "not found": ("/missing", {}, "HTTP 404"),
}


@pytest.mark.parametrize(("path", "options", "reason"), REFUSALS.values(), ids=REFUSALS.keys())
def test_refuses_with_a_reason(base: str, path: str, options: dict, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(base + path, **options)
    assert str(caught.value).startswith(reason)


CONTENT_TYPES = {
    "text/html": True,
    "text/plain": True,
    "application/rss+xml": True,
    "application/x-rss+xml": True,
    "application/atom+xml": True,
    "text/xml": True,
    "application/json": True,
    "application/x-ndjson": True,
    "application/xhtml+xml": True,
    "image/png": False,
    "application/pdf": True,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": True,
    "application/octet-stream": False,
    "video/mp4": False,
    "application/zip": False,
}


@pytest.mark.parametrize(
    ("content_type", "accepted"), CONTENT_TYPES.items(), ids=CONTENT_TYPES.keys()
)
def test_accepted_content_types(content_type: str, accepted: bool) -> None:
    assert bool(ACCEPTED_TYPE.match(content_type)) is accepted


BAD_URLS = {
    "file": ("file:///etc/passwd", "only http and https URLs are fetched, not file:"),
    "ftp": ("ftp://example.test/a.txt", "only http and https URLs are fetched, not ftp:"),
    "javascript": ("javascript:alert(1)", "only http and https URLs are fetched, not javascript:"),
    "no host": ("http:///path", "URL has no host"),
}


@pytest.mark.parametrize(("url", "reason"), BAD_URLS.values(), ids=BAD_URLS.keys())
def test_only_http_urls_are_fetched(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert str(caught.value) == reason


def test_unreachable_host_is_a_clean_error() -> None:
    # Port 9 on loopback: nothing listens there, so the connection is refused at once.
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", timeout=2)
