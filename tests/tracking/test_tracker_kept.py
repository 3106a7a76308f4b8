"""Conflicts worked out once and kept in the store (claims/tracking/disputes.py): what a
later reader gets is what working them out again gives, after every kind of change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claims import Store, ingest_articles
from claims.tracking.conflicts import conflicts as work_out
from claims.tracking.trackers import Tracker
from tests.tracking.test_tracker_conflicts import QUAKE, news

DISPUTED = news(
    "The Red Cross said more than 2,600 people had died in the earthquake in Peru. "
    "The civil defence agency put the death toll from the earthquake in Peru at 2,056.",
    "Wire C",
    "2026-02-13",
)


def seen(store: Store) -> list[tuple[str, list[int]]]:
    """The conflicts a reader gets, as (why, claim ids)."""
    return [(c.why, [s.claim_id for s in c.statements]) for c in store.conflicts()]


def worked_out(store: Store) -> list[tuple[str, list[int]]]:
    """The conflicts worked out from scratch."""
    found = [c for m in store.metrics() for c in work_out(m)]
    return [(c.why, [s.claim_id for s in c.statements]) for c in found]


def kept_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM conflicts").fetchone()[0])


def test_a_reader_gets_the_kept_conflicts_and_each_change_makes_them_anew(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    with Store(db) as store:
        ingest_articles(QUAKE, store)
        assert seen(store) == []  # none, and that is kept
        ingest_articles([DISPUTED], store)  # a new article: the kept conflicts are stale
        first = seen(store)
        assert len(first) == 1 and first == worked_out(store)
    assert kept_rows(db) == 1
    with Store(db) as store:  # another reader: the kept conflict, with its statements
        (conflict,) = store.conflicts()
        assert [s.surface for s in conflict.statements] == ["more than 2,600 people", "2,056"]
        assert conflict.statements[0].sentence.startswith("The Red Cross said")
    with Store(db) as store:  # a hand-made tracker regroups: worked out again, under it
        store.add_tracker(Tracker("Peru quake deaths", ("earthquake", "peru")))
        (conflict,) = store.conflicts()
        assert conflict.metric.key == "tracker: Peru quake deaths"
        assert seen(store) == worked_out(store)
    with Store(db) as store:  # the disputed article's claims gone: no conflict is left
        (aid,) = [a for a in store.article_ids() if store.article(a).source == "Wire C"]
        store.replace_claims(aid, [], "test")
        assert seen(store) == [] == worked_out(store)
    assert kept_rows(db) == 0


def test_conflicts_of_another_window_are_worked_out_not_kept(tmp_path: Path) -> None:
    late = news("Peru's earthquake has killed 3,000 people, the Red Cross said.", "W", "2026-02-20")
    db = tmp_path / "claims.db"
    with Store(db) as store:
        ingest_articles([*QUAKE, DISPUTED, late], store)
        kept = seen(store)
        wide = store.conflicts(window=30)
        assert kept == seen(store)  # asking for another window changed nothing kept
        assert len(wide) >= len(kept)
