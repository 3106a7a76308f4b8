"""A real HTTP server on 127.0.0.1 serving tests/pages, plus routes that misbehave.

Routes besides the files:
    /big          declares a body larger than the download limit
    /big-chunked  streams more than the limit without declaring its length
    /slow         trickles bytes slower than any test's timeout
    /image.png    an image (a content type the readers do not take)
    /to-ftp       redirects to an ftp:// URL (urllib itself would follow it)
    /to-other-loopback  redirects to the same page on 127.0.0.2 (another loopback address)
    /loop         redirects to itself, for ever
    /drip-headers sends its status line and headers one byte every 0.1 s
    /echo-host    a page whose text is the Host header it was asked with
    /latin-1      plain text in ISO-8859-1, as its Content-Type declares
    /bulletin     a three-page PDF (tests/documents.py), as application/pdf
    /held         article.html, sent only once /release has been asked for (or after
                  HELD_MAX_S): a fetch that stays in flight for as long as a test needs
    /release      lets every /held request of this server go
    /missing      404
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tests.documents import text_pdf

PAGES = Path(__file__).parent / "pages"

BIG_BYTES = 11 * 1024 * 1024
# A /held request waits at most this long for /release, so a test that fails before
# releasing it does not hang the server's teardown.
HELD_MAX_S = 60.0


class _Server(http.server.ThreadingHTTPServer):
    released: threading.Event


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".rss": "application/x-rss+xml",  # what Python's own server and many others send
        ".txt": "text/plain; charset=utf-8",
        ".html": "text/html; charset=utf-8",
    }

    def do_GET(self) -> None:
        route = getattr(
            self, "_route_" + self.path.strip("/").replace("-", "_").replace(".", "_"), None
        )
        if route is None:
            super().do_GET()
        else:
            route()

    def _route_big(self) -> None:
        self._head("text/html", BIG_BYTES)
        self.wfile.write(b"<html>" + b"x" * 1024)

    def _route_big_chunked(self) -> None:
        self._head("text/html")
        chunk = b"<p>" + b"9" * 65536 + b"</p>"
        with contextlib.suppress(OSError):
            for _ in range(BIG_BYTES // len(chunk) + 2):
                self.wfile.write(chunk)

    def _route_slow(self) -> None:
        self._head("text/html")
        with contextlib.suppress(OSError):
            for _ in range(30):
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.2)

    def _route_held(self) -> None:
        assert isinstance(self.server, _Server)
        self.server.released.wait(HELD_MAX_S)
        self.path = "/article.html"
        super().do_GET()

    def _route_release(self) -> None:
        assert isinstance(self.server, _Server)
        self.server.released.set()
        self._head("text/plain", 0)

    def _route_image_png(self) -> None:
        self._head("image/png", 8)
        self.wfile.write(b"\x89PNG\r\n\x1a\n")

    def _route_to_ftp(self) -> None:
        self.send_response(302)
        self.send_header("Location", "ftp://127.0.0.1/pub/article.txt")
        self.end_headers()

    def _route_to_other_loopback(self) -> None:
        self._redirect(f"http://127.0.0.2:{self.server.server_address[1]}/article.html")

    def _route_loop(self) -> None:
        self._redirect("/loop")

    def _route_drip_headers(self) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"x" * 200
        with contextlib.suppress(OSError):
            for byte in head:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        self.close_connection = True

    def _route_echo_host(self) -> None:
        body = f"Asked for host {self.headers['Host']}.".encode()
        self._head("text/plain", len(body))
        self.wfile.write(body)

    def _route_bulletin(self) -> None:
        body = text_pdf()
        self._head("application/pdf", len(body))
        self.wfile.write(body)

    def _route_latin_1(self) -> None:
        body = "Costs rose to £5m, up 12% on the year, the council said.".encode("latin-1")
        self._head("text/plain; charset=iso-8859-1", len(body))
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _head(self, content_type: str, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Keep test output clean."""


@contextlib.contextmanager
def serve_pages() -> Iterator[str]:
    """Serve the test pages; yields the base URL (``http://127.0.0.1:PORT``)."""
    handler = functools.partial(_Handler, directory=str(PAGES))
    server = _Server(("127.0.0.1", 0), handler)
    server.released = threading.Event()
    server.daemon_threads = True
    server.block_on_close = False  # a /slow handler must not hold up the teardown
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
