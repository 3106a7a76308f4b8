"""Documents newsrooms are sent: text PDFs (pypdf) and Word files (python-docx).

A document is one article: its text, with its title, author and date from the file's
own metadata, and a page map (where each page starts in the text) so that a claim can
say which page it is on. A PDF whose pages hold no text (a scan) is refused with that
reason: reading it needs text recognition first.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

import docx
from docx.oxml.ns import qn

from claims.ingestion.dates import normalise_published
from claims.ingestion.reading import ReadError, Reading, first_words
from claims.model import Article

# The most pages read of one PDF: a 500-page report is already a book.
MAX_PAGES = 500
# Fewer words than this on every page together: the pages are images, not text.
MIN_WORDS = 8
# Between the text of two pages: a paragraph break, so no sentence runs across pages.
PAGE_BREAK = "\n\n"
PDF_MAGIC = b"%PDF-"
DOCX_PART = "word/document.xml"


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a zip archive holding a Word document."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return DOCX_PART in archive.namelist()
    except zipfile.BadZipFile:
        return False


def read_pdf(name: str, data: bytes) -> Reading:
    """The article of a text PDF, with its metadata and page map."""
    # Imported here: the dashboard and the CLI start 0.08 s sooner when no PDF is read.
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("encrypted PDF: it opens only with a password")
        texts = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
        pages = len(reader.pages)
        meta: Any = reader.metadata or {}
        title, author = _text(meta.get("/Title")), _text(meta.get("/Author"))
        created = _pdf_date(meta)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if sum(len(text.split()) for text in texts) < MIN_WORDS:
        raise ReadError(
            f"no text layer: the PDF's {pages} page{'s' if pages != 1 else ''} are images "
            "(a scan); it needs text recognition (OCR) before it can be read"
        )
    reading = Reading()
    text, starts = _paged(texts)
    reading.add(_article(text, starts, title, author, created), name)
    if pages > MAX_PAGES:
        reading.notes.append((name, f"read its first {MAX_PAGES} pages of {pages}"))
    return reading


def read_docx(name: str, data: bytes) -> Reading:
    """The article of a Word document: its paragraphs and tables in order, with its
    metadata, and a page map where Word marked where its pages began."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, zipfile.BadZipFile, OSError) as exc:
        raise ReadError(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    pages: list[list[str]] = [[]]
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            if _starts_page(block) and any(pages[-1]):
                pages.append([])
            pages[-1].append(_paragraph_text(block))
        elif block.tag == qn("w:tbl"):
            pages[-1].extend(_table_lines(block))
    texts = ["\n".join(line for line in page if line.strip()) for page in pages]
    text, starts = _paged(texts)
    if not text.strip():
        raise ReadError("no article text found in the document")
    props = document.core_properties
    reading = Reading()
    article = _article(text, starts, _text(props.title), _text(props.author), props.created)
    reading.add(article, name)
    return reading


def _paged(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages' texts joined, and where each page starts (empty for a single page)."""
    starts, parts, at = [], [], 0
    for text in texts:
        starts.append(at)
        parts.append(text.strip())
        at += len(parts[-1]) + len(PAGE_BREAK)
    return PAGE_BREAK.join(parts), tuple(starts) if len(starts) > 1 else ()


def _article(
    text: str, pages: tuple[int, ...], title: str | None, author: str | None, when: object
) -> Article:
    return Article(
        text=text,
        title=title or first_words(text.strip().splitlines()[0] if text.strip() else ""),
        published=normalise_published(when) if isinstance(when, datetime) else None,
        author=author,
        pages=pages,
    )


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _pdf_date(meta: Any) -> datetime | None:
    try:
        created = meta.creation_date
    except (ValueError, AttributeError):
        return None  # a date the PDF wrote in no form pypdf reads
    return created if isinstance(created, datetime) else None


def _starts_page(paragraph: Any) -> bool:
    """Whether Word marked a page starting in this paragraph: a hard page break, or the
    break it recorded when it last laid the document out."""
    breaks = paragraph.iter(qn("w:br"), qn("w:lastRenderedPageBreak"))
    return any(b.tag != qn("w:br") or b.get(qn("w:type")) == "page" for b in breaks)


def _paragraph_text(paragraph: Any) -> str:
    return "".join(node.text or "" for node in paragraph.iter(qn("w:t")))


def _table_lines(table: Any) -> list[str]:
    """A table a row per line, its cells apart by tabs."""
    lines = []
    for row in table.iter(qn("w:tr")):
        cells = [
            " ".join(_paragraph_text(p) for p in cell.iter(qn("w:p"))).strip()
            for cell in row.iter(qn("w:tc"))
        ]
        lines.append("\t".join(cells))
    return lines
