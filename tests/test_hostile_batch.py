"""One bad article never stops a batch: it is reported by its input's name and line, and
every other article is stored. Real files, a real store, the real CLI and dashboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from function_pages import run_page

from claims import Article, Store, ingest, ingest_articles
from claims.cli import main
from claims.store import article_id

GOOD = [f"Story {n}: exports rose {n}% to {n * 3} billion euros." for n in range(1, 12)]
SURROGATE_ROW = '{"text": "Rents rose 4% \\ud800 in May.", "title": "Rents \\udfff"}'


def write_folder(folder: Path) -> Path:
    """A folder of 11 good articles and, on line 6 of a JSON Lines file, a lone surrogate."""
    folder.mkdir()
    rows = [json.dumps({"text": text}) for text in GOOD[:5]]
    rows += [SURROGATE_ROW] + [json.dumps({"text": text}) for text in GOOD[5:9]]
    (folder / "archive.jsonl").write_text("\n".join(rows) + "\n")
    for n, text in enumerate(GOOD[9:]):
        (folder / f"story{n}.txt").write_text(text)
    return folder / "archive.jsonl"


def test_article_id_takes_any_string() -> None:
    assert article_id("Rents rose 4% \ud800 in May.") != article_id("Rents rose 4% in May.")


def test_a_lone_surrogate_is_replaced_reported_by_line_and_nothing_is_lost(tmp_path: Path) -> None:
    archive = write_folder(tmp_path / "news")
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(tmp_path / "news")], store)
        assert (report.added, report.failed) == (12, [])
        assert report.notes == [
            (
                f"{archive}:6",
                "2 characters that no encoding can store (lone surrogates) replaced with \ufffd",
            )
        ]
        titles = set(store.articles_frame()["title"])
    assert "Rents \ufffd" in titles


BAD_ARTICLES = {
    "text that is not a string": (
        Article(text=12345, title="Numbers"),  # type: ignore[arg-type]
        ("Numbers", "cannot be read (TypeError: normalize() argument 2 must be str"),
    ),
    "a lone surrogate in the title": (Article(text="Wages rose 2%.", title="Wages \ud800"), None),
}


@pytest.mark.parametrize(("bad", "failure"), BAD_ARTICLES.values(), ids=BAD_ARTICLES.keys())
def test_a_bad_article_from_the_library_is_reported_and_the_rest_stored(
    tmp_path: Path, bad: Article, failure: tuple[str, str] | None
) -> None:
    articles = [Article(text=text) for text in GOOD[:3]] + [bad] + [Article(text=GOOD[3])]
    with Store(tmp_path / "c.db") as store:
        report = ingest_articles(articles, store)
        stored = store.counts()[0]
    if failure is None:
        assert (stored, report.failed) == (5, [])
    else:
        [(name, reason)] = report.failed
        assert (name, reason[: len(failure[1])]) == failure
        assert stored == 4


def test_an_unreadable_date_is_kept_as_written_and_said_so(tmp_path: Path) -> None:
    rows = [
        {"text": GOOD[0], "published": "Tue, 9 May 2025 10:00:00 -9999"},  # no such zone
        {"text": GOOD[1], "published": "next Tuesday-ish"},
        {"text": GOOD[2], "published": "9 May 2025"},
    ]
    archive = tmp_path / "dates.jsonl"
    archive.write_text("\n".join(json.dumps(row) for row in rows))
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(archive)], store)
        published = sorted(store.articles_frame()["published"])
    assert report.added == 3
    assert published == ["2025-05-09", "Tue, 9 May 2025 10:00:00 -9999", "next Tuesday-ish"]
    assert report.notes == [
        (f"{archive}:1", "date 'Tue, 9 May 2025 10:00:00 -9999' not understood: kept as written"),
        (f"{archive}:2", "date 'next Tuesday-ish' not understood: kept as written"),
    ]


def test_json_nested_too_deeply_is_a_bad_line_not_a_crash(tmp_path: Path) -> None:
    archive = tmp_path / "deep.jsonl"
    archive.write_text(json.dumps({"text": GOOD[0]}) + "\n" + "[" * 100_000 + "\n")
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(archive)], store)
    assert report.added == 1
    assert report.failed == [(f"{archive}:2", "invalid JSON (nested too deeply)")]


@pytest.mark.slow
def test_the_cli_stores_the_folder_and_warns_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = write_folder(tmp_path / "news")
    assert main(["ingest", str(tmp_path / "news"), "--db", str(tmp_path / "c.db")]) == 0
    out, err = capsys.readouterr()
    assert err == (
        f"claims: warning: {archive}:6: 2 characters that no encoding can store "
        "(lone surrogates) replaced with \ufffd\n"
    )
    assert out.startswith("12 articles added")
    assert main(["extract", str(archive)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "== Rents \ufffd ==" in out


def _upload_page(db: str, files: list[tuple[str, bytes]]) -> None:
    from pathlib import Path

    from claims.ui.add_news import add_uploads

    add_uploads(Path(db), files)


@pytest.mark.slow
def test_dashboard_uploads_keep_every_good_file(tmp_path: Path) -> None:
    archive = write_folder(tmp_path / "news")
    files = [(p.name, p.read_bytes()) for p in sorted((tmp_path / "news").iterdir())]
    files.append(("broken.json", b"[" * 100_000))
    db = str(tmp_path / "c.db")
    at = run_page(_upload_page, db, files)
    assert not at.exception
    # The messages are Markdown: punctuation escaped, links broken by word joiners.
    assert [e.value.replace("\\", "").replace("\u2060", "") for e in at.error] == [
        "Refused broken.json: invalid JSON (nested too deeply)"
    ]
    assert [w.value.replace("\\", "").replace("\u2060", "") for w in at.warning] == [
        f"{archive.name}:6: 2 characters that no encoding can store (lone surrogates) "
        "replaced with \ufffd"
    ]
    with Store(db) as store:
        assert store.counts()[0] == 12
