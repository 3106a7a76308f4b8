"""What every reader shares: the result of reading a file, its errors, its limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.model import Article

# The largest single document (page, feed, text file) read or downloaded.
MAX_BYTES = 10 * 1024 * 1024
# The largest article collection (JSONL, JSON, CSV) read from disk: archive
# exports hold thousands of articles.
MAX_COLLECTION_BYTES = 256 * 1024 * 1024
COLLECTION_KINDS = frozenset(["jsonl", "json", "csv"])


def size_limit(kind: str) -> int:
    """The most bytes a file of this reader kind may have."""
    return MAX_COLLECTION_BYTES if kind in COLLECTION_KINDS else MAX_BYTES


class ReadError(Exception):
    """A file cannot be read as news; the message is a short reason ("binary file")."""


@dataclass
class Reading:
    """What a file yielded: its articles, and the parts that could not be read.

    ``problems`` holds ``(where, reason)`` pairs such as ``("archive.jsonl:4",
    "invalid JSON (Expecting value)")``.
    """

    articles: list[Article] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped) or ``ReadError("not UTF-8 ...")``."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ReadError(f"not UTF-8 (byte 0x{bad:02x} at offset {exc.start})") from None


def size_label(n: int) -> str:
    """A byte count for messages: ``12 MB``, ``340 KB``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    return f"{max(1, round(n / 1024))} KB"


def too_large(n: int, limit: int = MAX_BYTES) -> str:
    """The reason a file of ``n`` bytes is refused: ``too large (12 MB > 10 MB)``."""
    return f"too large ({size_label(n)} > {size_label(limit)})"


def first_words(text: str, n: int = 12) -> str:
    """The first ``n`` words of ``text``, to stand in for a missing title."""
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")
