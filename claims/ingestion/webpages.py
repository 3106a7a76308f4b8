"""Web pages and feeds: the article text and metadata of an HTML page, the entries of a feed.

Main-text extraction is trafilatura's (built for exactly this: navigation,
scripts, comment boxes and footers stay out); feeds are parsed by feedparser.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import lxml.html
from lxml.etree import ParserError as LxmlParserError

from claims.ingestion.dates import normalise_published
from claims.ingestion.pagetext import TREE_DEPTH_LIMIT, page_text
from claims.ingestion.reading import ReadError, Reading, decode
from claims.model import Article

# Fewer words than this from a web page is navigation left over, not an article.
MIN_PAGE_WORDS = 8

# Tags after which an HTML fragment's text breaks a line (feed entries).
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"]
)


def read_html(data: bytes, *, url: str | None = None) -> Article:
    """The main article of a page, with title, site name, date, author and URL.

    Metadata comes from the page's ``og:*`` and ``article:*`` tags, JSON-LD and
    canonical link. Raises ``ReadError`` when the page holds no article text.
    """
    # Imported here: the dashboard and the CLI start 0.16 s sooner when no page is read.
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(doc, Document):
        raise ReadError("no article text found in the page")
    text = (doc.text or "").strip()
    if len(text.split()) < MIN_PAGE_WORDS:
        raise ReadError("no article text found in the page")
    return Article(
        text=text,
        title=doc.title or None,
        source=doc.sitename or None,
        published=normalise_published(doc.date),
        url=doc.url or _json_ld_url(data) or url,
        author=doc.author or None,
    )


def read_page(data: bytes, *, url: str | None = None) -> Reading:
    """The article of a page (``read_html``); a page nested deeper than a tree parser reads
    gives all its visible text instead, with a note saying so."""
    try:
        return Reading([read_html(data, url=url)])
    except ReadError:
        page = page_text(decode(data)[0])
        if page.depth <= TREE_DEPTH_LIMIT or len(page.text.split()) < MIN_PAGE_WORDS:
            raise
    reading = Reading([Article(text=page.text, title=page.title, url=url)])
    reading.notes.append(
        (
            url or "",
            f"the page nests {page.depth:,} elements deep, too deep to tell its article "
            "from its menus: all its text was read",
        )
    )
    return reading


def _json_ld_url(data: bytes) -> str | None:
    """The article URL a page states only in its JSON-LD (``url`` or ``mainEntityOfPage``).

    trafilatura takes the URL from ``og:url`` and the canonical link; some sites
    state it in their structured data alone.
    """
    try:
        scripts = lxml.html.fromstring(data).xpath('//script[@type="application/ld+json"]/text()')
    except (LxmlParserError, ValueError):
        return None
    for script in scripts:
        try:
            document = json.loads(script)
        except ValueError:
            continue
        for item in _json_ld_items(document):
            if "Article" not in str(item.get("@type", "")):
                continue
            page = item.get("mainEntityOfPage")
            found = item.get("url") or (page.get("@id") if isinstance(page, dict) else page)
            if isinstance(found, str) and found.startswith(("http://", "https://")):
                return found
    return None


def _json_ld_items(document: object) -> list[dict]:
    """The objects of a JSON-LD document: itself, a list of them, or its ``@graph``."""
    items = document if isinstance(document, list) else [document]
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            out.extend(i for i in item.get("@graph", []) if isinstance(i, dict))
    return out


def read_feed(name: str, data: bytes) -> Reading:
    """Every entry of an RSS or Atom feed as an article; an entry without text is a problem."""
    import feedparser  # imported here, as trafilatura is: only when a feed is read

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
        reading.add(
            Article(
                text=text,
                title=entry.get("title") or None,
                source=outlet,
                published=normalise_published(datetime(*when[:6]).replace(tzinfo=UTC))
                if when
                else None,
                url=entry.get("link") or None,
                author=entry.get("author") or None,
            ),
            f"{name}: entry {number}",
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
