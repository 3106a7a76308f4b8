"""Turn a file's bytes into articles, whatever shape the news came in.

Formats, chosen by extension and else by sniffing the content:

- ``.txt`` / ``.md``: one article, optionally opened by a front-matter block
  (``---`` / ``key: value`` lines / ``---``); a scraped page that bundles teasers
  of other articles is split into one article each (see ``claims.pagesplit``).
- ``.html`` / ``.htm``: the main text and metadata, extracted by trafilatura.
- ``.xml`` / ``.rss`` / ``.atom``: a feed; every entry is an article (feedparser).
- ``.jsonl`` / ``.csv`` / ``.tsv`` / ``.json`` (an array): a collection with the
  fields ``text``, ``title``, ``source``, ``published``, ``url``; a bad row is
  reported and skipped.

A file that cannot be read at all raises ``ReadError`` with a one-line reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import feedparser
import lxml.html
import trafilatura
from lxml.etree import ParserError as LxmlParserError

from claims.dates import Reference, normalise_published
from claims.model import Article
from claims.pagesplit import split_page

MAX_BYTES = 10 * 1024 * 1024

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
}

# Leading bytes of common binary formats without a NUL byte near their start.
BINARY_MAGIC: dict[bytes, str] = {
    b"%PDF-": "PDF",
    b"PK\x03\x04": "zip archive or office document",
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
      !\[[^\]]*\]\([^)]*\)              # image: dropped whole
    | \[(?P<link>[^\]]+)\]\([^)]*\)     # link: keep its text, drop the target
    | ^\#{1,6}[ \t]+                    # heading marker
    | ^>[ \t]?                          # block quote marker
    | (?P<em>\*\*|__|`)                 # bold and code markers
    """,
    re.VERBOSE | re.MULTILINE,
)

# Tags after which an HTML fragment's text breaks a line (feed entries).
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"]
)

# Fewer words than this from a web page is navigation left over, not an article.
MIN_PAGE_WORDS = 8

COLLECTION_FIELDS = ("text", "title", "source", "published", "url", "author")


class ReadError(Exception):
    """A file cannot be read as news; the message is a short reason ("binary file")."""


@dataclass
class Reading:
    """What a file yielded: its articles, and the parts that could not be read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def size_label(n: int) -> str:
    """A byte count for messages: ``12 MB``, ``340 KB``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    return f"{max(1, round(n / 1024))} KB"


def too_large(n: int, limit: int = MAX_BYTES) -> str:
    """The reason a file of ``n`` bytes is refused: ``too large (12 MB > 10 MB)``."""
    return f"too large ({size_label(n)} > {size_label(limit)})"


def kind_of(name: str, data: bytes, content_type: str | None = None) -> str:
    """The reader for a file: by extension, else by HTTP content type, else by sniffing."""
    suffix = PurePosixPath(urlsplit(name).path if "://" in name else name).suffix.lower()
    if suffix in KIND_BY_SUFFIX:
        return KIND_BY_SUFFIX[suffix]
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
    if len(data) > MAX_BYTES:
        raise ReadError(too_large(len(data)))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows editors save "Unicode" text as UTF-16: its NUL bytes are not binary.
        data = _utf16_to_utf8(data)
    if not data.strip():
        raise ReadError("empty file")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ReadError(f"binary file ({what})")
    if b"\x00" in data[:8192]:
        raise ReadError("binary file")
    kind = kind_of(name, data, content_type)
    fallback = Reference.at(date if date is not None else now)
    reading = _READERS[kind](name, data, fallback, url)
    if not reading.articles:
        if not reading.problems:
            raise ReadError("no article text found")
        where, reason = reading.problems[0]
        more = f", and {len(reading.problems) - 1} more" if len(reading.problems) > 1 else ""
        raise ReadError(f"no readable article ({where}: {reason}{more})")
    default_date = date.isoformat() if date is not None else None
    reading.articles = [
        replace(
            article,
            source=article.source or source or _host(article.url),
            published=article.published or default_date,
        )
        for article in reading.articles
    ]
    return reading


def _utf16_to_utf8(data: bytes) -> bytes:
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError:
        raise ReadError("not valid UTF-16") from None


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped) or ``ReadError("not UTF-8 ...")``."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ReadError(f"not UTF-8 (byte 0x{bad:02x} at offset {exc.start})") from None


def _read_text(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    return _text_articles(decode(data), markdown=False, fallback=fallback, url=url)


def _read_markdown(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    return _text_articles(decode(data), markdown=True, fallback=fallback, url=url)


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
            published=published or articles[0].published,
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


def _read_html(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    doc = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_PAGE_WORDS:
        raise ReadError("no article text found in the page")
    return Reading(
        [
            Article(
                text=text,
                title=doc.title or None,
                source=doc.sitename or None,
                published=normalise_published(doc.date),
                url=doc.url or url,
                author=doc.author or None,
            )
        ]
    )


def _read_feed(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            reason = str(feed.bozo_exception).splitlines()[0]
            raise ReadError(f"not a readable feed ({reason})")
        raise ReadError("feed has no entries")
    outlet = feed.feed.get("title") or None
    reading = Reading()
    for number, entry in enumerate(feed.entries, 1):
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary", "")
        text = html_fragment_text(html or "")
        if not text:
            reading.problems.append((f"{name}: entry {number}", "no text"))
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        reading.articles.append(
            Article(
                text=text,
                title=entry.get("title") or None,
                source=outlet,
                published=normalise_published(datetime(*when[:6], tzinfo=UTC)) if when else None,
                url=entry.get("link") or None,
                author=entry.get("author") or None,
            )
        )
    return reading


def html_fragment_text(html: str) -> str:
    """The text of a short HTML fragment (a feed entry), a line per block element."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (LxmlParserError, ValueError):
        return html.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _read_jsonl(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    reading = Reading()
    for number, line in enumerate(decode(data).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            reading.problems.append((where, f"invalid JSON ({exc.msg})"))
            continue
        if not isinstance(row, dict):
            reading.problems.append((where, "not a JSON object"))
            continue
        _add_row(reading, where, row)
    return reading


def _read_json(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    """A JSON array of article objects, or an object holding one under ``articles``."""
    try:
        document = json.loads(decode(data))
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(document, dict):
        document = document.get("articles", [document])
    if not isinstance(document, list):
        raise ReadError("JSON holds no list of articles")
    reading = Reading()
    for number, row in enumerate(document, 1):
        where = f"{name}: item {number}"
        if isinstance(row, dict):
            _add_row(reading, where, row)
        else:
            reading.problems.append((where, "not a JSON object"))
    return reading


def _read_csv(name: str, data: bytes, fallback: Reference, url: str | None) -> Reading:
    text = decode(data)
    # Spreadsheets in much of Europe export with semicolons; tab-separated files exist too.
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:65536], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "text" not in fields:
        raise ReadError("CSV has no 'text' column")
    reader.fieldnames = fields
    reading = Reading()
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reading.problems.append((f"{name}:{reader.line_num}", f"bad CSV ({exc})"))
            continue
        _add_row(reading, f"{name}:{reader.line_num}", row)
    return reading


def _add_row(reading: Reading, where: str, row: dict[str, object]) -> None:
    values = {
        key: str(row[key]).strip()
        for key in COLLECTION_FIELDS
        if row.get(key) not in (None, "") and str(row[key]).strip()
    }
    if "text" not in values:
        reading.problems.append((where, "no text"))
        return
    published = values.get("published")
    reading.articles.append(
        Article(
            text=values["text"],
            title=values.get("title") or _first_words(values["text"]),
            source=values.get("source"),
            published=normalise_published(published) if published else None,
            url=values.get("url"),
            author=values.get("author"),
        )
    )


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


_READERS: dict[str, Callable[[str, bytes, Reference, str | None], Reading]] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "feed": _read_feed,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "json": _read_json,
}
