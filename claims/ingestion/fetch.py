"""Download a page or feed: http(s) only, with a size limit and a timeout."""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from claims.ingestion.reading import MAX_BYTES, size_label, too_large

TIMEOUT_SECONDS = 15.0
USER_AGENT = "claims-tracker/0.1 (+news claim tracker)"
ALLOWED_SCHEMES = ("http", "https")
_CHUNK = 64 * 1024

# Content types the readers understand: any text, any XML (feeds come as
# application/rss+xml, application/x-rss+xml, text/xml ...) and JSON. Anything
# else (images, PDFs, video, archives) is refused before its body is read.
ACCEPTED_TYPE = re.compile(
    r"""
    ^(?:
        text/[\w.+-]+                          # text/html, text/plain, text/csv ...
      | application/(?:[\w.-]+\+)?xml          # application/xml, application/atom+xml
      | application/[\w.-]*(?:rss|atom)[\w.+-]* # application/x-rss+xml and kin
      | application/(?:x-)?(?:nd)?json          # application/json, application/x-ndjson
      | application/xhtml\+xml
    )$
    """,
    re.VERBOSE,
)


class FetchError(Exception):
    """A URL cannot be downloaded; the message is a short reason."""


@dataclass(frozen=True)
class Download:
    """A fetched document: the final URL after redirects, its content type and bytes."""

    url: str
    content_type: str
    data: bytes


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not send us to file:// or ftp://."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchError(f"refused redirect to {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> None:
    """Raise ``FetchError`` unless ``url`` is an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'none'}:")
    if not parts.hostname:
        raise FetchError("URL has no host")


def fetch(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_SECONDS) -> Download:
    """Download ``url``; raises ``FetchError`` with a short reason on any failure.

    ``timeout`` bounds the whole download, not just each read, so a server that
    trickles bytes cannot hold an ingest forever.
    """
    check_url(url)
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            base_type = content_type.split(";")[0].strip().lower()
            if base_type and not ACCEPTED_TYPE.match(base_type):
                raise FetchError(f"unsupported content type {base_type}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(too_large(int(declared), max_bytes))
            data = _read_limited(response, max_bytes, deadline)
            return Download(response.geturl(), content_type, data)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot connect ({exc.reason})") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"download failed ({exc})") from None


def _read_limited(response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (more than {size_label(max_bytes)})")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)
