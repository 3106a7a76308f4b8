"""Turn a file's bytes into articles, whatever shape the news came in.

Formats, chosen by extension and else by sniffing the content:

- ``.txt`` / ``.md``: one article, optionally opened by a front-matter block
  (``---`` / ``key: value`` lines / ``---``); a scraped page that bundles teasers
  of other articles is split into one article each (see ``pagesplit``).
- ``.html`` / ``.htm``: the main text and metadata (``webpages``).
- ``.xml`` / ``.rss`` / ``.atom``: a feed; every entry is an article (``webpages``).
- ``.jsonl`` / ``.csv`` / ``.tsv`` / ``.json`` (an array): a collection with the
  fields ``text``, ``title``, ``source``, ``published``, ``url``; a bad row is
  reported and skipped (``claims.ingestion.archives``).

A file that cannot be read at all raises ``ReadError`` with a one-line reason.
"""

from __future__ import annotations

import codecs
import email.message
import json
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from claims.ingestion.archives import read_csv, read_json, read_jsonl
from claims.ingestion.dates import Reference, normalise_published
from claims.ingestion.documents import PDF_MAGIC, is_docx, read_docx, read_pdf
from claims.ingestion.pagesplit import split_page
from claims.ingestion.reading import (
    MAX_BYTES,
    ReadError,
    Reading,
    decode,
    one_line,
    size_limit,
    too_large,
    without_surrogates,
)
from claims.ingestion.webpages import read_feed, read_page

__all__ = [
    "KIND_BY_SUFFIX",
    "MAX_BYTES",
    "ReadError",
    "Reading",
    "front_matter",
    "kind_by_name",
    "kind_of",
    "markdown_to_text",
    "read_bytes",
]

# Extensions read when a folder is walked; a file named explicitly is read whatever its name.
KIND_BY_SUFFIX: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".json": "json",
    ".pdf": "pdf",
    ".docx": "docx",
}

# Leading bytes of common binary formats without a NUL byte near their start.
BINARY_MAGIC: dict[bytes, str] = {
    b"PK\x03\x04": "zip archive, or an office document other than Word's .docx",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
}

FRONT_MATTER = re.compile(
    r"""
    \A\ufeff?---[ \t]*\r?\n        # opening fence on the very first line
    (?P<body>(?:.*\r?\n)*?)        # key: value lines, as few as possible
    ---[ \t]*(?:\r?\n|\Z)          # closing fence
    """,
    re.VERBOSE,
)

FRONT_MATTER_LINE = re.compile(
    r"""
    ^\s*(?P<key>[A-Za-z_][\w-]*)\s*:\s*   # key and colon
    (?P<value>.*?)\s*$                     # value, unquoted below
    """,
    re.VERBOSE,
)

# Front-matter keys as writers spell them -> Article fields.
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    "author": "author",
    "byline": "author",
}

# Markdown markup whose characters (link targets especially, full of digits)
# must not reach the extractor.
MARKDOWN_MARKUP = re.compile(
    r"""
      !\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)  # image: dropped whole
    | \[(?P<link>[^\]]+)\]             # link: keep its text ...
      \((?:[^()]|\([^()]*\))*\)         # ... drop the target, parentheses in it too
    | ^\#{1,6}[ \t]+                    # heading marker
    | ^>[ \t]?                          # block quote marker
    | (?P<em>\*\*|__|`)                 # bold and code markers
    """,
    re.VERBOSE | re.MULTILINE,
)


def kind_by_name(name: str) -> str | None:
    """The reader a file or URL path's extension names, if any."""
    suffix = PurePosixPath(urlsplit(name).path if "://" in name else name).suffix.lower()
    return KIND_BY_SUFFIX.get(suffix)


def kind_of(name: str, data: bytes, content_type: str | None = None) -> str:
    """The reader for a file: by extension, else by HTTP content type, else by sniffing."""
    if kind := kind_by_name(name):
        return kind
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype.endswith(("rss+xml", "atom+xml", "/xml")):
        return "feed"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl" if _is_json(data.lstrip().split(b"\n", 1)[0]) else "json"
    return "text"


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def read_bytes(
    name: str,
    data: bytes,
    *,
    source: str | None = None,
    date: date | None = None,
    now: datetime | None = None,
    content_type: str | None = None,
    url: str | None = None,
) -> Reading:
    """The articles in one file's (or download's) bytes.

    ``source`` and ``date`` fill in what the file does not say. Relative times on
    a scraped page count back from the page's own date, else ``date``, else
    ``now`` (the ingest time). Raises ``ReadError`` when nothing can be read.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows editors save "Unicode" text as UTF-16: its NUL bytes are not binary.
        data = _utf16_to_utf8(data)
    if not data.strip():
        raise ReadError("empty file")
    kind = _document_kind(data) or _text_kind(name, data, content_type)
    if len(data) > size_limit(kind):
        raise ReadError(too_large(len(data), size_limit(kind)))
    fallback = Reference.at(date if date is not None else now)
    try:
        reading = _read(kind, name, data, fallback, url, _charset(content_type))
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader failing on odd input is a reason, not a crash
        raise ReadError(f"cannot be read ({one_line(exc)})") from exc
    if not reading.articles:
        if not reading.problems:
            raise ReadError("no article text found")
        where, reason = reading.problems[0]
        more = f", and {len(reading.problems) - 1} more" if len(reading.problems) > 1 else ""
        raise ReadError(f"no readable article ({where}: {reason}{more})")
    default_date = date.isoformat() if date is not None else None
    for index, article in enumerate(reading.articles):
        article, note = without_surrogates(article)
        if note:
            reading.notes.append((reading.origin(index) or name, note))
        reading.articles[index] = replace(
            article,
            source=article.source or source or _host(article.url),
            published=article.published or default_date,
        )
    return reading


def _document_kind(data: bytes) -> str | None:
    """``pdf`` or ``docx`` when the bytes are one, whatever the file is called."""
    if data.startswith(PDF_MAGIC):
        return "pdf"
    return "docx" if is_docx(data) else None


def _text_kind(name: str, data: bytes, content_type: str | None) -> str:
    """The reader for bytes that are not a document: refused if they are binary."""
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ReadError(f"binary file ({what})")
    if b"\x00" in data[:8192]:
        raise ReadError("binary file")
    return kind_of(name, data, content_type)


def _utf16_to_utf8(data: bytes) -> bytes:
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError:
        raise ReadError("not valid UTF-16") from None


def _read(
    kind: str, name: str, data: bytes, fallback: Reference, url: str | None, charset: str | None
) -> Reading:
    """Hand the bytes to the reader for their kind (pages and feeds decode their own)."""
    if kind == "html":
        reading = read_page(data, url=url)
        reading.notes = [(where or name, note) for where, note in reading.notes]
        return reading
    if kind == "feed":
        return read_feed(name, data)
    if kind == "pdf":
        return read_pdf(name, data)
    if kind == "docx":
        return read_docx(name, data)
    text, note = decode(data, charset)
    match kind:
        case "jsonl":
            reading = read_jsonl(name, text)
        case "json":
            reading = read_json(name, text)
        case "csv":
            reading = read_csv(name, text)
        case _:
            markdown = kind == "markdown"
            reading = _text_articles(text, markdown=markdown, fallback=fallback, url=url)
    if note:
        reading.notes.insert(0, (name, note))
    return reading


def _charset(content_type: str | None) -> str | None:
    """The ``charset`` an HTTP ``Content-Type`` declares, if any."""
    message = email.message.Message()
    message["Content-Type"] = content_type or ""
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def _text_articles(text: str, *, markdown: bool, fallback: Reference, url: str | None) -> Reading:
    meta, body = front_matter(text)
    if markdown:
        body = markdown_to_text(body)
    published = normalise_published(meta.get("published"))
    reference = Reference.from_iso(published, fallback)
    articles = split_page(
        body, title=meta.get("title"), source=meta.get("source"), reference=reference
    )
    if articles:
        articles[0] = replace(
            articles[0],
            # A date that cannot be read is kept as written; the ingest says so.
            published=published or meta.get("published") or articles[0].published,
            url=meta.get("url") or url,
            author=meta.get("author"),
        )
    return Reading(articles)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata of a leading ``---`` block (keys as Article fields) and the rest."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    meta: dict[str, str] = {}
    for line in match["body"].splitlines():
        kv = FRONT_MATTER_LINE.match(line)
        if kv and kv["key"].lower() in FRONT_MATTER_KEYS:
            value = kv["value"].strip().strip("\"'")
            if value:
                meta[FRONT_MATTER_KEYS[kv["key"].lower()]] = value
    return meta, text[match.end() :]


def markdown_to_text(text: str) -> str:
    """Markdown as the prose a reader sees: link text without targets, no markers."""

    def keep(match: re.Match[str]) -> str:
        return match["link"] or ""

    return MARKDOWN_MARKUP.sub(keep, text)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
