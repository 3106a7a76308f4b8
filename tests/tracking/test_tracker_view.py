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
    assert len(timeline_chart(metric, []).layer) == 3  # ranges, points, conflict rings


def test_a_selection_keeps_a_metric_only_while_two_of_its_statements_are_in_it(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "claims.db") as store:
        ingest_articles(QUAKE, store)
        metrics, conflicts = store.tracked()
    ids = [s.claim_id for s in metrics[0].statements]
    assert [len(m.statements) for m in within(metrics, conflicts, ids).metrics] == [2]
    assert within(metrics, conflicts, ids[:1]).metrics == []
