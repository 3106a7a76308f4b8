"""Download a page or feed: http(s) only, with a size limit, one deadline for the whole
request, and an address policy checked on every redirect.

Each hop resolves its host, checks the address against the policy (``addresses``),
and connects to exactly that address (TLS still verifies the host name). The deadline
covers everything from the first look-up to the last byte: a watchdog closes the
connection when it passes, so a server that drips its status line and headers one
byte a second cannot hold an ingest past it.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from claims.ingestion.addresses import AddressError, AddressPolicy, IPAddress, any_address, resolve
from claims.ingestion.reading import MAX_BYTES, size_label, too_large

TIMEOUT_SECONDS = 15.0
USER_AGENT = "claims-tracker/0.1 (+news claim tracker)"
ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 10
REDIRECT_CODES = frozenset([301, 302, 303, 307, 308])
_CHUNK = 64 * 1024

# Content types the readers understand: any text, any XML (feeds come as
# application/rss+xml, application/x-rss+xml, text/xml ...), JSON, PDF and Word.
# Anything else (images, video, archives) is refused before its body is read.
ACCEPTED_TYPE = re.compile(
    r"""
    ^(?:
        text/[\w.+-]+                          # text/html, text/plain, text/csv ...
      | application/(?:[\w.-]+\+)?xml          # application/xml, application/atom+xml
      | application/[\w.-]*(?:rss|atom)[\w.+-]* # application/x-rss+xml and kin
      | application/(?:x-)?(?:nd)?json          # application/json, application/x-ndjson
      | application/xhtml\+xml
      | application/pdf                         # press releases, bulletins, reports
      | application/vnd\.openxmlformats-officedocument\.wordprocessingml\.document  # .docx
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


def check_url(url: str) -> None:
    """Raise ``FetchError`` unless ``url`` is an absolute http(s) URL."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is no number raises here, not mid-download
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'none'}:")
    if not host:
        raise FetchError("URL has no host")


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    allowed: AddressPolicy = any_address,
) -> Download:
    """Download ``url``, following at most ``MAX_REDIRECTS`` redirects to http(s) URLs
    whose addresses ``allowed`` accepts; raises ``FetchError`` with a short reason.

    ``timeout`` bounds the whole download, connection to last byte.
    """
    check_url(url)
    deadline = time.monotonic() + timeout
    try:
        for _ in range(MAX_REDIRECTS + 1):
            download = _get(url, max_bytes, deadline, allowed)
            if isinstance(download, Download):
                return download
            url = _next_hop(url, download)
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except AddressError as exc:
        raise FetchError(f"refused: {exc}") from None


def _next_hop(url: str, location: str) -> str:
    """Where a redirect from ``url`` to ``location`` goes, if it may be followed."""
    target = urljoin(url, location)
    try:
        check_url(target)
    except FetchError:
        raise FetchError(f"refused redirect to {target}") from None
    return target


def _get(url: str, max_bytes: int, deadline: float, allowed: AddressPolicy) -> Download | str:
    """One request: the download, or the ``Location`` a redirect points to."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    conn: _Connection | None = None
    watchdog: threading.Timer | None = None
    try:
        address = resolve(host, port, allowed, _remaining(deadline))
        conn = _Connection(host, port, address, https=https, timeout=_remaining(deadline))
        watchdog = threading.Timer(_remaining(deadline), conn.abort)
        watchdog.start()
        result = _exchange(conn, url, max_bytes, deadline)
        if conn.aborted:  # the body ended because the watchdog cut it
            raise TimeoutError
        return result
    except (OSError, http.client.HTTPException) as exc:
        if isinstance(exc, TimeoutError) or (conn is not None and conn.aborted):
            raise TimeoutError from None
        raise FetchError(_connection_failure(exc)) from None
    finally:
        if watchdog is not None:
            watchdog.cancel()
        if conn is not None:
            conn.close()


def _exchange(conn: _Connection, url: str, max_bytes: int, deadline: float) -> Download | str:
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    response = conn.getresponse()
    location = response.getheader("Location")
    if response.status in REDIRECT_CODES and location:
        return location
    if response.status >= 400:
        raise FetchError(f"HTTP {response.status} {response.reason}".rstrip())
    content_type = response.getheader("Content-Type", "")
    base_type = content_type.split(";")[0].strip().lower()
    if base_type and not ACCEPTED_TYPE.match(base_type):
        raise FetchError(f"unsupported content type {base_type}")
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(too_large(int(declared), max_bytes))
    return Download(url, content_type, _read_limited(response, max_bytes, deadline))


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


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _connection_failure(exc: Exception) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "cannot connect (connection refused)"
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return f"cannot connect securely ({exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"download failed ({type(exc).__name__}: {exc})" if str(exc) else "bad response"
    return f"cannot connect ({exc.strerror or exc})" if isinstance(exc, OSError) else str(exc)


class _Connection(http.client.HTTPSConnection):
    """An HTTP(S) connection to ``host`` made to the one ``address`` that was checked."""

    def __init__(
        self, host: str, port: int, address: IPAddress, *, https: bool, timeout: float
    ) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.default_port = 443 if https else 80  # the Host header omits the default port
        self.address = address
        self.https = https
        self.aborted = False
        self._lock = threading.Lock()

    def connect(self) -> None:
        sock = socket.create_connection((str(self.address), self.port), self.timeout)
        with self._lock:
            self.sock = sock
            if self.aborted:
                raise TimeoutError
        if self.https:
            # The certificate is checked against the name asked for, not the address.
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)

    def abort(self) -> None:
        """Cut the connection now (the deadline passed): a blocked read returns at once."""
        with self._lock:
            self.aborted = True
            if self.sock is not None:
                with contextlib.suppress(OSError):  # already closed
                    self.sock.shutdown(socket.SHUT_RDWR)
