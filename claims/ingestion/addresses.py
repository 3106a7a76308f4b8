"""Which network addresses a download may reach, and resolving a host to them.

A URL typed into the dashboard must not make the server fetch its own internal pages
(loopback, private networks, link-local cloud metadata at 169.254.169.254, reserved
ranges). The check is made on the address a host name resolves to, on every redirect,
and the connection then goes to that same address, so a name that resolves to a public
address when checked and a private one when connected (DNS rebinding) gets nowhere.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from collections.abc import Callable
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Which addresses a download may connect to.
AddressPolicy = Callable[[IPAddress], bool]

# "allow" or "refuse": whether downloads may reach non-public addresses. The command
# line allows them unless told otherwise (a newsroom's intranet, the tests' local
# server); the dashboard, reachable by anyone who can open it, refuses them.
PRIVATE_URLS_ENV = "CLAIMS_PRIVATE_URLS"
PRIVATE_URLS_CHOICES = ("allow", "refuse")


class AddressError(Exception):
    """A host resolves to no address the policy allows."""


def is_public(address: IPAddress) -> bool:
    """Whether ``address`` is on the public internet: not loopback, private, link-local,
    shared, reserved, unspecified or multicast (an IPv4 address inside IPv6 included)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def any_address(address: IPAddress) -> bool:
    """The policy that allows every address."""
    return True


def policy(*, allow_private: bool) -> AddressPolicy:
    """The address policy for a setting: every address, or public ones only."""
    return any_address if allow_private else is_public


def private_urls_allowed(default: bool) -> bool:
    """``CLAIMS_PRIVATE_URLS`` as a yes or no, else ``default``; a value other than
    ``allow`` refuses, so a misspelt setting never opens the door."""
    value = os.environ.get(PRIVATE_URLS_ENV, "").strip().lower()
    return default if not value else value == "allow"


def resolve(host: str, port: int, allowed: AddressPolicy, timeout: float) -> IPAddress:
    """The first address of ``host`` that ``allowed`` accepts; ``AddressError`` if it has
    none (the message names the address refused), ``OSError`` if it cannot be resolved,
    ``TimeoutError`` after ``timeout``."""
    found: list[list[tuple[Any, ...]]] = []
    failed: list[OSError] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            failed.append(exc)
        except UnicodeError as exc:  # a name IDNA cannot encode
            failed.append(OSError(f"bad host name ({exc})"))

    # getaddrinfo takes no timeout: it runs beside this thread, which waits at most that.
    worker = threading.Thread(target=lookup, daemon=True)
    worker.start()
    worker.join(timeout)
    if failed:
        raise failed[0]
    if not found:
        raise TimeoutError
    # A scoped IPv6 address ("fe80::1%eth0") keeps its scope after "%".
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found[0]]
    for address in addresses:
        if allowed(address):
            return address
    refused = str(addresses[0]) if addresses else host
    shown = host if refused == host.strip("[]") else f"{host} ({refused})"
    raise AddressError(f"{shown} is not a public address")
