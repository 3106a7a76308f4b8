"""PDFs and Word files: their text, title, author and date, and the page of each claim."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents import page_text, scanned_pdf, text_pdf, word_document
from function_pages import run_page
from pageserver import serve_pages

from claims import Store, ingest
from claims.cli import main
from claims.ingestion.formats import KIND_BY_SUFFIX, read_bytes
from claims.ingestion.reading import ReadError


def test_a_text_pdf_is_one_article_with_its_metadata_and_pages() -> None:
    reading = read_bytes("bulletin.pdf", text_pdf())
    [article] = reading.articles
    assert (article.title, article.author, article.published) == (
        "Quarterly bulletin",
        "Statistics Office",
        "2025-03-14T09:30:00+00:00",
    )
    for n, start in enumerate(article.pages, 1):
        assert article.text[start:].startswith(page_text(n)[:40])
    assert len(article.pages) == 3 and article.pages[0] == 0


def test_a_pdf_without_a_title_takes_its_first_words() -> None:
    [article] = read_bytes("b.pdf", text_pdf(1, title=None)).articles
    assert article.title == "Unemployment fell to 1.5% in the quarter, and exports rose 4% to ..."


def test_a_word_document_keeps_its_paragraphs_tables_and_page_breaks() -> None:
    [article] = read_bytes("note.docx", word_document()).articles
    assert (article.title, article.author, article.published) == (
        "Budget note",
        "Treasury",
        "2025-03-14T09:30:00+00:00",
    )
    assert article.text == "\n".join([page_text(1), "Region\tGrowth", "North\t3.1%"]) + (
        "\n\n" + page_text(2)
    )
    assert article.pages == (0, article.text.index(page_text(2)))
    [unpaged] = read_bytes("note.docx", word_document(page_break=False)).articles
    assert unpaged.pages == ()


def _zip(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, "x")
    return out.getvalue()


REFUSED = {
    "a scan": (
        "scan.pdf",
        scanned_pdf(),
        "no text layer: the PDF's 2 pages are images (a scan); it needs text recognition "
        "(OCR) before it can be read",
    ),
    "a broken PDF": ("report.txt", b"%PDF-1.7\n...", "not a readable PDF"),
    "a spreadsheet": (
        "sheet.xlsx",
        _zip("xl/workbook.xml"),
        "binary file (zip archive, or an office document other than Word's .docx)",
    ),
    "a broken Word file": ("note.docx", b"just text", "not a readable Word document"),
}


@pytest.mark.parametrize(("name", "data", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_documents_that_cannot_be_read_say_why(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(name, data)
    assert str(caught.value).startswith(reason)


def test_a_claim_knows_its_page(tmp_path: Path) -> None:
    (tmp_path / "bulletin.pdf").write_bytes(text_pdf())
    (tmp_path / "note.docx").write_bytes(word_document())
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(tmp_path)], store)
        frame = store.claims_frame()
    assert (report.added, report.failed) == (2, [])
    pages = dict(zip(frame["surface"], frame["page"], strict=True))
    assert (pages["8%"], pages["£3.2bn"], pages["3.1%"]) == (2, 3, 1)
    assert pages["£2.2bn"] == 2  # in the Word file, after its page break, as in the PDF


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve_pages() as url:
        yield url


def test_a_pdf_by_url(base: str, tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        report = ingest([f"{base}/bulletin"], store)
        frame = store.claims_frame()
    assert (report.added, report.failed) == (1, [])
    assert frame["page"].tolist()[-1] == 3


@pytest.mark.slow
def test_the_cli_and_the_dashboard_read_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "bulletin.pdf"
    pdf.write_bytes(text_pdf())
    assert main(["ingest", str(pdf), "--db", str(tmp_path / "cli.db")]) == 0
    assert capsys.readouterr().out.startswith("1 article added")
    at = run_page(_upload_page, str(tmp_path / "ui.db"), [("note.docx", word_document())])
    assert not at.exception and not at.error
    with Store(tmp_path / "ui.db") as store:
        assert store.counts()[0] == 1


def _upload_page(db: str, files: list[tuple[str, bytes]]) -> None:
    from pathlib import Path

    from claims.ui.add_news import add_uploads

    add_uploads(Path(db), files)


def test_a_folders_other_files_are_reported_by_name_and_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "inbox"
    news.mkdir()
    (news / "bulletin.pdf").write_bytes(text_pdf())
    (news / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (news / "slides.pptx").write_bytes(b"PK\x03\x04")
    (news / "NOTES").write_text("no extension")
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(news), "--db", db]) == 0
    out, err = capsys.readouterr()
    formats = ", ".join(sorted(KIND_BY_SUFFIX))
    assert err.splitlines() == [
        f"claims: warning: {news / 'NOTES'}: not read: files without an extension are not a "
        f"news format (read: {formats})",
        f"claims: warning: {news / 'photo.jpg'}: not read: .jpg files are not a news format "
        f"(read: {formats})",
        f"claims: warning: {news / 'slides.pptx'}: not read: .pptx files are not a news format "
        f"(read: {formats})",
    ]
    assert "; 3 files not read (store: " in out.splitlines()[0]
    (news / "bulletin.pdf").unlink()
    # Nothing left to read: the folder is an error, its files still named.
    assert main(["ingest", str(news), "--db", db]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == f"claims: error: {news}: no news files in this folder"
    assert len(err.splitlines()) == 4
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["ingest", str(empty), "--db", db]) == 1
    assert capsys.readouterr().err == f"claims: error: {empty}: no news files in this folder\n"
