"""What the Trackers view shows of the metrics (claims/views/trackers.py), on a real store."""

from __future__ import annotations

from pathlib import Path

from claims import Article, Store, ingest_articles
from claims.views.trackers import statements_table, timeline_chart, within

QUAKE = [
    Article(
        text="The earthquake in Peru has killed 120 people, officials said.",
        title="Quake",
        source="Wire A",
        published="2026-02-10",
    ),
    Article(
        text="The death toll from the earthquake in Peru rose to 180.",
        title="Quake toll",
        source=None,
        published="2026-02-11",
    ),
]


def test_a_metrics_statements_read_in_words_with_blanks_not_none(tmp_path: Path) -> None:
    with Store(tmp_path / "claims.db") as store:
        ingest_articles(QUAKE, store)
        (metric,) = store.metrics()
    table = statements_table(metric)
    assert table["figure"].tolist() == ["120 people", "180 deaths"]
    assert table["source"].tolist() == ["Wire A", "unknown source"]
    assert table["says"].tolist() == ["officials", ""]
    assert table["hedge"].tolist() == ["", ""]
    assert table["sentence"].tolist()[1] == QUAKE[1].text
    assert table["refers"].tolist() == ["", ""]  # no stated period: the date is its time
    assert table["statement"].tolist() == ["stated as fact", "stated as fact"]
    assert len(timeline_chart(metric, []).layer) == 3  # ranges, points, conflict rings


# A fact of a past month and a forecast of next year, of one metric.
INFLATION = [
    Article(
        text="Inflation in Chile was 3.4% in August, the statistics office said.",
        source="Wire A",
        published="2026-09-08",
    ),
    Article(
        text="Inflation in Chile will slow to 3% next year, the central bank said.",
        source="Wire B",
        published="2026-09-09",
    ),
]


def test_a_statements_stated_period_and_kind_of_statement_are_listed(tmp_path: Path) -> None:
    with Store(tmp_path / "claims.db") as store:
        ingest_articles(INFLATION, store)
        (metric,) = store.metrics()
    table = statements_table(metric)
    assert table["refers"].tolist() == ["1 – 31 Aug 2026", "1 Jan – 31 Dec 2027"]
    assert table["statement"].tolist() == ["stated as fact", "forecast"]


def test_a_selection_keeps_a_metric_only_while_two_of_its_statements_are_in_it(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "claims.db") as store:
        ingest_articles(QUAKE, store)
        metrics, conflicts = store.tracked()
    ids = [s.claim_id for s in metrics[0].statements]
    assert [len(m.statements) for m in within(metrics, conflicts, ids).metrics] == [2]
    assert within(metrics, conflicts, ids[:1]).metrics == []
