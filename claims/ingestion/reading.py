"""What every reader shares: the result of reading a file, its errors, its limits."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from claims.model import Article

# The largest single document (page, feed, text file) read or downloaded.
MAX_BYTES = 10 * 1024 * 1024
# The largest article collection (JSONL, JSON, CSV) read from disk: archive
# exports hold thousands of articles.
MAX_COLLECTION_BYTES = 256 * 1024 * 1024
COLLECTION_KINDS = frozenset(["jsonl", "json", "csv"])
# The largest PDF or Word file read from disk: reports carry images as well as text.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
DOCUMENT_KINDS = frozenset(["pdf", "docx"])


def size_limit(kind: str) -> int:
    """The most bytes a file of this reader kind may have."""
    if kind in COLLECTION_KINDS:
        return MAX_COLLECTION_BYTES
    return MAX_DOCUMENT_BYTES if kind in DOCUMENT_KINDS else MAX_BYTES


class ReadError(Exception):
    """A file cannot be read as news; the message is a short reason ("binary file")."""


# A lone surrogate: JSON can escape one ("\\ud800"), but no encoding can store it, so
# it would fail the article's hash, its frame and its database row.
SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass
class Reading:
    """What a file yielded: its articles, and the parts that could not be read.

    ``problems`` holds ``(where, reason)`` pairs such as ``("archive.jsonl:4",
    "invalid JSON (Expecting value)")``; ``notes`` ``(where, note)`` pairs for what
    was read with a change the reader should know of. ``origins`` says where in the
    file each article was (``archive.jsonl:4``, ``feed.rss: entry 2``), when readers
    know it (see ``origin``).
    """

    articles: list[Article] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    origins: list[str | None] = field(default_factory=list)

    def add(self, article: Article, origin: str) -> None:
        """Add an article read at ``origin`` (a line, an item, an entry of the file)."""
        self.origins.extend([None] * (len(self.articles) - len(self.origins)))
        self.articles.append(article)
        self.origins.append(origin)

    def origin(self, index: int) -> str | None:
        """Where in the file article ``index`` was, if its reader said."""
        return self.origins[index] if index < len(self.origins) else None


def without_surrogates(article: Article) -> tuple[Article, str | None]:
    """``article`` with every lone surrogate in its text and metadata replaced by U+FFFD,
    and a note saying how many were, if any."""
    changes: dict[str, Any] = {}
    count = 0
    for f in fields(article):
        value = getattr(article, f.name)
        if isinstance(value, str) and SURROGATE.search(value):
            changes[f.name], n = SURROGATE.subn(REPLACEMENT, value)
            count += n
    if not count:
        return article, None
    what = "character" if count == 1 else "characters"
    return replace(article, **changes), (
        f"{count} {what} that no encoding can store (lone surrogates) replaced with {REPLACEMENT}"
    )


def decode(data: bytes, charset: str | None = None) -> tuple[str, str | None]:
    """The text of ``data``, and a note when it was not read as UTF-8.

    A declared ``charset`` (an HTTP ``Content-Type``'s) is honoured when Python knows it
    and the bytes fit it; otherwise UTF-8 (a byte-order mark dropped); failing that, the
    text is Western European, as Windows and older Macs saved it: Windows-1252, or
    Latin-1 for the bytes Windows-1252 leaves undefined (Latin-1 reads any byte).
    """
    if charset and _known(charset) and codecs.lookup(charset).name != "utf-8":
        try:
            return data.decode(charset), None
        except UnicodeDecodeError:
            pass  # a wrong declaration: read the bytes as they are
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    try:
        return data.decode("cp1252"), f"not UTF-8 ({where}): read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 ({where}): read as Latin-1"


def _known(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def size_label(n: int) -> str:
    """A byte count for messages: ``12 MB``, ``340 KB``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    return f"{max(1, round(n / 1024))} KB"


def too_large(n: int, limit: int = MAX_BYTES) -> str:
    """The reason a file of ``n`` bytes is refused: ``too large (12 MB > 10 MB)``, or
    ``too large (more than 10 MB)`` when the two would read the same."""
    if size_label(n) == size_label(limit):
        return f"too large (more than {size_label(limit)})"
    return f"too large ({size_label(n)} > {size_label(limit)})"


def first_words(text: str, n: int = 12) -> str:
    """The first ``n`` words of ``text``, to stand in for a missing title."""
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def one_line(exc: BaseException) -> str:
    """An unexpected exception as one line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
