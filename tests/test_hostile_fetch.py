"""Downloads reach only the addresses allowed, on every redirect, and end by one deadline.

A real HTTP server on 127.0.0.1; the policy that allows 127.0.0.1 alone stands for
"public" where a test needs a first hop that passes and a second that does not.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from function_pages import run_page
from pageserver import PAGES, serve_pages

from claims import Store
from claims.cli import main
from claims.ingestion.addresses import IPAddress, is_public
from claims.ingestion.fetch import MAX_REDIRECTS, FetchError, _Connection, fetch

LOOPBACK = ipaddress.ip_address("127.0.0.1")


def only_127_0_0_1(address: IPAddress) -> bool:
    return address == LOOPBACK


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve_pages() as url:
        yield url


PUBLIC = {
    "loopback": ("127.0.0.1", False),
    "loopback elsewhere in 127/8": ("127.5.0.1", False),
    "private 10/8": ("10.1.2.3", False),
    "private 192.168/16": ("192.168.0.1", False),
    "private 172.16/12": ("172.20.0.1", False),
    "link-local cloud metadata": ("169.254.169.254", False),
    "shared address space": ("100.64.0.1", False),
    "unspecified": ("0.0.0.0", False),
    "reserved": ("240.0.0.1", False),
    "documentation": ("192.0.2.1", False),
    "multicast": ("224.0.0.1", False),
    "IPv6 loopback": ("::1", False),
    "IPv6 unique local": ("fd00::1", False),
    "IPv6 link-local": ("fe80::1", False),
    "IPv4 loopback inside IPv6": ("::ffff:127.0.0.1", False),
    "public IPv4": ("93.184.216.34", True),
    "public IPv6": ("2606:2800:220:1::1", True),
    "public IPv4 inside IPv6": ("::ffff:93.184.216.34", True),
}


@pytest.mark.parametrize(("address", "public"), PUBLIC.values(), ids=PUBLIC.keys())
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


REFUSED = {
    "a loopback address": (
        "/article.html",
        is_public,
        "refused: 127.0.0.1 is not a public address",
    ),
    "a redirect to another address": (
        "/to-other-loopback",
        only_127_0_0_1,
        "refused: 127.0.0.2 is not a public address",
    ),
    "a redirect loop": ("/loop", only_127_0_0_1, f"too many redirects (more than {MAX_REDIRECTS})"),
}


@pytest.mark.parametrize(("path", "allowed", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_refused_addresses_and_redirects(base: str, path: str, allowed, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(base + path, allowed=allowed)
    assert str(caught.value) == reason


def test_a_host_name_is_checked_by_the_address_it_resolves_to(base: str) -> None:
    url = base.replace("127.0.0.1", "localhost") + "/article.html"
    with pytest.raises(FetchError, match=r"^refused: localhost \(127.0.0.1\) is not a public"):
        fetch(url, allowed=is_public)
    assert fetch(url, allowed=only_127_0_0_1).data == (PAGES / "article.html").read_bytes()


def test_the_connection_goes_to_the_address_checked_and_asks_for_the_name(base: str) -> None:
    # A name that resolves nowhere: only the address checked can have been connected to.
    port = int(base.rsplit(":", 1)[1])
    conn = _Connection("news.invalid", port, LOOPBACK, https=False, timeout=5)
    try:
        conn.request("GET", "/echo-host")
        assert conn.getresponse().read() == f"Asked for host news.invalid:{port}.".encode()
    finally:
        conn.close()


def test_headers_dripped_a_byte_at_a_time_time_out(base: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(base + "/drip-headers", timeout=1)
    assert str(caught.value) == "timed out after 1 s"


@pytest.mark.slow
def test_the_cli_allows_private_urls_unless_told(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"{base}/article.html"
    db = str(tmp_path / "c.db")
    assert main(["ingest", url, "--db", db, "--private-urls", "refuse"]) == 1
    assert capsys.readouterr().err == (
        f"claims: error: {url}: refused: 127.0.0.1 is not a public address\n"
    )
    monkeypatch.setenv("CLAIMS_PRIVATE_URLS", "refuse")
    assert main(["extract", url]) == 1
    assert "refused: 127.0.0.1 is not a public address" in capsys.readouterr().err
    monkeypatch.delenv("CLAIMS_PRIVATE_URLS")
    assert main(["ingest", url, "--db", db]) == 0
    assert capsys.readouterr().out.startswith("1 article added")


def _url_page(db: str, url: str) -> None:
    from pathlib import Path

    from claims.ui.add_news import add_url

    add_url(Path(db), url)


@pytest.mark.slow
@pytest.mark.parametrize("setting", [None, "allow"])
def test_the_dashboard_refuses_private_urls_unless_allowed(
    base: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str | None
) -> None:
    if setting:
        monkeypatch.setenv("CLAIMS_PRIVATE_URLS", setting)
    else:
        monkeypatch.delenv("CLAIMS_PRIVATE_URLS", raising=False)
    db = str(tmp_path / "c.db")
    url = f"{base}/article.html"
    at = run_page(_url_page, db, url)
    assert not at.exception
    # The messages are Markdown: punctuation escaped, links broken by word joiners.
    errors = [e.value.replace("\\", "").replace("\u2060", "") for e in at.error]
    with Store(db) as store:
        stored = store.counts()[0]
    if setting:
        assert (errors, stored) == ([], 1)
    else:
        assert errors == [f"Refused {url}: refused: 127.0.0.1 is not a public address"]
        assert stored == 0
