"""Small PDFs and Word files written by the tests themselves (fpdf2, python-docx)."""

from __future__ import annotations

import datetime
import io

import docx
from docx.enum.text import WD_BREAK
from fpdf import FPDF

PUBLISHED = datetime.datetime(2025, 3, 14, 9, 30, tzinfo=datetime.UTC)

# One paragraph per page: the figures of page n are n.5%, 4n% and £n.2bn.
PAGE_TEXT = (
    "Unemployment fell to {n}.5% in the quarter, and exports rose {m}% to £{n}.2bn, the "
    "office said on Friday in its bulletin for the first three months of the year."
)


def page_text(n: int) -> str:
    return PAGE_TEXT.format(n=n, m=4 * n)


def text_pdf(pages: int = 3, *, title: str | None = "Quarterly bulletin") -> bytes:
    """A PDF of ``pages`` pages of text, with title, author and creation date."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_author("Statistics Office")
    pdf.set_creation_date(PUBLISHED)
    pdf.set_font("helvetica", size=11)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, page_text(n))
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF whose pages hold only drawings, as a scan holds only images: no text layer."""
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def word_document(*, page_break: bool = True) -> bytes:
    """A .docx with title, author and date, two paragraphs, a table and a page break."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.created = "Budget note", "Treasury", PUBLISHED
    document.add_paragraph(page_text(1))
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Region", "Growth"), ("North", "3.1%")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    paragraph = document.add_paragraph()
    if page_break:
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run(page_text(2))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
