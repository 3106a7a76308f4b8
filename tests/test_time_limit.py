"""The per-article time limit: a pathological article becomes a reported failure, by its
input's name, and the rest of the batch is stored; real extraction, real store files."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from pathological import LIMIT, PATHOLOGICAL

from claims import Store, extract, ingest
from claims.cli import main
from claims.ingestion.batch import claims_by_article, extract_frame
from claims.ingestion.timelimit import TimeLimitExceeded, time_limit
from claims.model import ARTICLE_FIELDS

GOOD = {
    "strike.txt": "Port strike ends\n\nDockers accepted a 7% pay rise after a 12-day strike.\n",
    "budget.txt": "Council budget\n\nThe council will spend £4.5m on roads, up 12% on last year.\n",
}


def _busy(seconds: float) -> None:
    """Python work (not a sleep in C) for ``seconds``."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_block_past_its_limit_is_stopped_soon_after() -> None:
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded), time_limit(0.05):
        _busy(5)
    assert time.perf_counter() - started < 2


def test_a_block_within_its_limit_runs_untouched_and_nothing_fires_later() -> None:
    with time_limit(0.05):
        _busy(0.01)
    _busy(0.2)  # the limit has passed: a stray interruption would raise here


def test_the_limit_works_in_any_thread() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                _busy(5)
        except TimeLimitExceeded:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    assert outcome == ["stopped"]


@pytest.mark.slow
def test_extract_frame_reports_a_timed_out_article_and_keeps_the_rest() -> None:
    texts = [GOOD["strike.txt"], PATHOLOGICAL, GOOD["budget.txt"]]
    frame = pd.DataFrame(
        [{"text": text} for text in texts], columns=list(ARTICLE_FIELDS), index=[7, 8, 9]
    )
    grouped = claims_by_article(extract_frame(frame, time_limit=LIMIT))
    assert grouped[7] == extract(texts[0])
    assert grouped[8] == f"timed out after {LIMIT} s"
    assert grouped[9] == extract(texts[2])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in GOOD.items():
        (news / name).write_text(text)
    (news / "figures.txt").write_text(PATHOLOGICAL)
    return news


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2], ids=["in process", "process pool"])
def test_a_pathological_article_is_a_failure_named_by_its_file(
    folder: Path, tmp_path: Path, jobs: int
) -> None:
    with Store(tmp_path / "c.db") as store:
        report = ingest([str(folder)], store, jobs=jobs, time_limit=LIMIT)
        assert report.failed == [
            (str(folder / "figures.txt"), f"extraction failed: timed out after {LIMIT} s")
        ]
        assert report.added == len(GOOD)
        assert store.counts()[0] == len(GOOD)


@pytest.mark.slow
def test_the_cli_takes_a_time_limit(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(folder), "--db", str(tmp_path / "c.db"), "--time-limit", "2.5"])
    out, err = capsys.readouterr()
    assert code == 1
    assert (
        err
        == f"claims: error: {folder / 'figures.txt'}: extraction failed: timed out after 2.5 s\n"
    )
    assert out.startswith("2 articles added, 0 skipped as duplicates, 1 failed; ")
