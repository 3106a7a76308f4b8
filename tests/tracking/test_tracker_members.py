"""Each claim's merged metric and each metric's summary, worked out once and kept in the
store (claims/tracking/membership.py): what a later reader gets is what merging from
scratch gives, after every kind of change, and a metric's id never moves."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claims import Store, extract, ingest_articles
from claims.ingestion.ingest import ingest
from claims.tracking.metrics import Metric, members
from claims.tracking.records import TRACKER_VERSION
from claims.tracking.trackers import Tracker
from claims.views import charts, query
from claims.views.filters import NO_QUALIFIER, NO_SOURCE, OWN_VOICE, FilterState, filter_claims
from claims.views.trackers import within
from tests.tracking.test_tracker_conflicts import QUAKE, news

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
UNRELATED = news(
    "Norway's central bank held its policy rate at 4.5 per cent on Thursday.",
    "Wire N",
    "2025-03-20",
)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested once; each test works on its own copy."""
    db = tmp_path_factory.mktemp("sample") / "claims.db"
    with Store(db) as store:
        ingest([str(SAMPLE)], store)
    return db


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "claims.db"
    shutil.copy(sample_db, copy)
    yield copy


def kept(store: Store, *, min_statements: int = 1) -> dict[int, str]:
    """Each claim's metric as the store keeps it (metrics stated once included)."""
    store.ensure_members()
    rows = store.conn.execute(
        "SELECT m.claim_id, m.metric_key FROM metric_members m "
        "JOIN metric_summary s ON s.metric_key = m.metric_key WHERE s.statements >= ?",
        (min_statements,),
    )
    return dict(rows.fetchall())


def scratch(store: Store) -> dict[int, str]:
    """Each claim's metric merged from scratch."""
    return members(store.conn, min_statements=1)


def summary_of_metrics(store: Store) -> list[tuple[object, ...]]:
    """What the kept summaries say, as worked out from each metric's statements."""
    return sorted(
        (m.key, m.metric_id, m.label, m.unit, m.kind, m.why, _statements(m))
        for m in store.metrics()
    )


def _statements(metric: Metric) -> int:
    return len({s.copy_key for s in metric.statements})


def kept_summaries(store: Store) -> list[tuple[object, ...]]:
    return sorted(
        (s.key, s.metric_id, s.label, s.unit, s.kind, s.why, s.statements)
        for s in store.summaries()
    )


# A metric's claims per facet combination, as `metric_facets` keeps them.
FACETS = ["metric_key", "source", "kind", "unit", "qualifier", "statement", "attributed_to"]


def kept_facets(store: Store) -> list[tuple[object, ...]]:
    store.ensure_members()
    return sorted(store.conn.execute("SELECT * FROM metric_facets").fetchall(), key=repr)


def _tagged(store: Store) -> pd.DataFrame:
    """Every claim of a metric stated at least twice, with its metric merged from scratch."""
    frame = store.claims_frame()
    metric_key = frame["claim_id"].map(members(store.conn))
    return frame.assign(metric_key=metric_key).dropna(subset=["metric_key"])


def scratch_facets(store: Store) -> list[tuple[object, ...]]:
    """The claims of each metric stated at least twice, merged from scratch, and the first
    of them, per facet combination, counted in pandas from every claim."""
    tagged = _tagged(store)
    table = (
        tagged.groupby(FACETS, dropna=False)
        .agg(claims=("claim_id", "size"), first=("claim_id", "min"))
        .reset_index()
    )
    table = table.astype(object).where(table.notna(), None)
    return sorted(table.itertuples(index=False, name=None), key=repr)


def first_of_a_shared_combination(store: Store) -> str:
    """The earliest article holding the first claim of a metric's facet combination that
    another article's claims share: read again, its claims come first in the metric's
    statements with the highest ids, and the combination's first is another article's."""
    tagged = _tagged(store)
    shared = tagged.groupby(FACETS, dropna=False).filter(lambda g: g["article_id"].nunique() > 1)
    firsts = shared.groupby(FACETS, dropna=False)["claim_id"].min()
    return str(
        tagged[tagged["claim_id"].isin(firsts)].sort_values("published")["article_id"].iloc[0]
    )


def stamp(store: Store) -> str | None:
    row = store.conn.execute("SELECT value FROM meta WHERE key = 'members'").fetchone()
    return None if row is None else str(row[0])


def test_the_kept_members_are_what_merging_gives_and_merging_happens(db: Path) -> None:
    with Store(db) as store:
        found = kept(store)
        assert found == scratch(store)
        raw = dict(
            store.conn.execute(
                "SELECT claim_id, metric_key FROM tracking WHERE metric_key IS NOT NULL"
            ).fetchall()
        )
        assert any(raw[cid] != key for cid, key in found.items())  # some keys were merged
        assert kept_summaries(store) == summary_of_metrics(store)


def test_an_unrelated_article_renumbers_no_metric(db: Path) -> None:
    with Store(db) as store:
        before = kept(store)
        ids_before = {s.key: s.metric_id for s in store.summaries()}
        ingest_articles([UNRELATED], store)
        after = kept(store)
        assert after == scratch(store)
        assert {cid: after[cid] for cid in before} == before  # every claim keeps its metric
        ids_after = {s.key: s.metric_id for s in store.summaries()}
        assert {k: ids_after[k] for k in ids_before} == ids_before
        assert kept_summaries(store) == summary_of_metrics(store)


def test_ingesting_the_same_articles_again_changes_nothing(db: Path) -> None:
    with Store(db) as store:
        before = kept(store)
        assert ingest([str(SAMPLE)], store).added == 0
        assert stamp(store) == f"current {TRACKER_VERSION}"  # nothing was stored
        assert kept(store) == before


def test_the_sample_corpus_shows_its_real_conflict_and_no_false_one(db: Path) -> None:
    # Myanmar's quake toll: the junta's 2,719 against a network's "at least 3,600", the same
    # day. Britain's renewable share of power is no conflict with Australia's east coast's.
    with Store(db) as store:
        store.ensure_conflicts()
        _, conflicts = store.tracked()
    assert [{s.value for s in c.statements} for c in conflicts] == [{2719, 3600}]


def test_a_hand_made_tracker_added_and_removed_regroups_the_kept_members(db: Path) -> None:
    with Store(db) as store:
        ingest_articles(QUAKE, store)
        kept(store)
        store.add_tracker(Tracker("Peru quake deaths", ("earthquake", "peru")))
        found = kept(store)
        assert found == scratch(store)
        assert "tracker: Peru quake deaths" in set(found.values())
        assert kept_summaries(store) == summary_of_metrics(store)
        store.remove_tracker("Peru quake deaths")
        found = kept(store)
        assert found == scratch(store)
        assert "tracker: Peru quake deaths" not in set(found.values())


def test_removed_and_reread_claims_leave_the_kept_members(db: Path) -> None:
    with Store(db) as store:
        ingest_articles(QUAKE, store)
        quake = [a for a in store.article_ids() if store.article(a).source == "Wire A"]
        kept(store)
        store.replace_claims(quake[0], [], "test")  # its claims removed
        assert kept(store) == scratch(store)
        assert kept_summaries(store) == summary_of_metrics(store)
        # Read again (as `claims reextract` does): new claim ids, the same metrics.
        aid = store.article_ids()[0]
        claims = store.claims_of_article(aid)
        before = {s.key for s in store.summaries()}
        store.replace_claims(aid, extract(store.article(aid).text), "test")
        assert set(claims["claim_id"]).isdisjoint(kept(store))
        assert kept(store) == scratch(store)
        assert {s.key for s in store.summaries()} == before


def test_the_kept_facets_are_each_metrics_claims_counted_from_scratch(db: Path) -> None:
    with Store(db) as store:
        found = kept_facets(store)
        assert found == scratch_facets(store)
        assert len({row[0] for row in found}) == len(store.summaries())  # stated twice only
        ingest_articles([*QUAKE, UNRELATED], store)  # new claims, new and merged metrics
        assert kept_facets(store) == scratch_facets(store)
        aid = first_of_a_shared_combination(store)  # read again: new claim ids
        store.replace_claims(aid, extract(store.article(aid).text), "test")
        assert kept_facets(store) == scratch_facets(store)
        store.replace_claims(store.article_ids()[1], [], "test")  # its claims removed
        assert kept_facets(store) == scratch_facets(store)
        with store.conn:  # an article's source: the facets' and the summaries' outlets
            store.conn.execute("UPDATE articles SET source = NULL WHERE id = ?", (aid,))
        assert stamp(store) == "stale"
        assert kept_facets(store) == scratch_facets(store)
        assert kept_summaries(store) == summary_of_metrics(store)


def test_a_store_of_the_version_before_gains_the_kept_facets(db: Path) -> None:
    with Store(db) as store:
        expected = kept_facets(store)
        with store.conn:  # as version 5 left it: kept members and summaries, no facets
            store.conn.execute("DROP TABLE metric_facets")
            store.conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert stamp(store) == "stale"
        assert kept_facets(store) == expected == scratch_facets(store)


def test_a_new_tracker_version_works_the_members_out_again(db: Path) -> None:
    with Store(db) as store:
        before = kept(store)
        with store.conn:  # as a store written by an older tracker would say
            store.conn.execute("UPDATE meta SET value = 'current 0' WHERE key = 'members'")
            store.conn.execute("DELETE FROM metric_members")
        assert kept(store) == before == scratch(store)


def test_the_triggers_mark_the_kept_members_stale(db: Path) -> None:
    with Store(db) as store:
        kept(store)
        assert stamp(store) == f"current {TRACKER_VERSION}"
        ingest_articles([UNRELATED], store)
        assert stamp(store) == "stale"  # set by the triggers on the tracking table
        assert kept(store) == scratch(store)


TRIGGERS = ("insert", "delete", "update", "claim")


def test_without_the_triggers_a_reader_would_get_stale_members(db: Path) -> None:
    """What the triggers are for: dropped, a change goes unseen by the kept members."""
    with sqlite3.connect(db) as conn:
        for change in TRIGGERS:
            conn.execute(f"DROP TRIGGER members_stale_on_{change}")
    with Store(db) as store:
        kept(store)
        # The store opened re-creates missing triggers; drop them again for this session.
        for change in TRIGGERS:
            store.conn.execute(f"DROP TRIGGER members_stale_on_{change}")
        ingest_articles(QUAKE, store)
        assert kept(store) != scratch(store)


SELECTIONS = {
    "everything": FilterState(),
    "counts": FilterState(kinds=("count",)),
    "one outlet": FilterState(sources=("The Meridian Post",)),
    "since March": FilterState(since=date(2025, 3, 1)),
    "a word": FilterState(query="tariff"),
    "kinds, unhedged": FilterState(kinds=("count", "currency"), qualifiers=(NO_QUALIFIER,)),
    "own voice, facts": FilterState(attributed=(OWN_VOICE,), statements=("fact",)),
    "an unknown source": FilterState(sources=(NO_SOURCE, "The Meridian Post")),
}


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_the_trackers_list_in_sql_is_the_selection_of_every_metric(db: Path, name: str) -> None:
    state = SELECTIONS[name]
    with Store(db) as store:
        store.ensure_conflicts()
        metrics, conflicts = store.tracked()
        frame = store.claims_frame()
        ids = filter_claims(frame, **state.as_kwargs())["claim_id"].tolist()
        listing = query.tracked_metrics(store.conn, state)
        disputed = query.disputed_metrics(store.conn, state)
    shown = within(metrics, conflicts, ids)
    assert listing["metric_id"].tolist() == [m.metric_id for m in shown.metrics]
    assert listing["statements"].tolist() == [
        sum(s.copy_of is None for s in m.statements) for m in shown.metrics
    ]
    assert listing["sources"].tolist() == [
        len({s.said_by for s in m.statements}) for m in shown.metrics
    ]
    label = {m.metric_id: m.label for m in metrics}  # of all its statements
    assert listing["label"].tolist() == [label[m.metric_id] for m in shown.metrics]
    keys = set(listing["metric_key"])
    assert sum(n for k, n in disputed.items() if k in keys) == len(shown.conflicts)


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_the_charts_busiest_metrics_in_sql_are_the_frames(db: Path, name: str) -> None:
    state = SELECTIONS[name]
    with Store(db) as store:
        members = kept(store, min_statements=2)
        ids = {s.key: s.metric_id for s in store.summaries()}
        labels = {s.key: s.label for s in store.summaries()}
        frame = filter_claims(store.claims_frame(), **state.as_kwargs())
        top = query.top_metrics(store.conn, state, 15)
    keys = frame["claim_id"].map(members)
    tagged = frame.assign(metric=keys.map(ids).fillna(""), metric_label=keys.map(labels).fillna(""))
    spec = charts.top_measured_chart(tagged)
    sql = charts.top_measured_view(top, charts.examples_of(frame))
    assert (spec is None) == (sql is None)
    if spec is not None and sql is not None:
        assert sql.to_dict() == spec.to_dict()


def test_a_claim_stored_without_its_tracking_row_is_keyed_and_kept(db: Path) -> None:
    """As an older program (or the bench's builder) stores one: the claims' own trigger
    marks the kept members stale, and the reader keys the claim first."""
    with Store(db) as store:
        before = kept(store)
        cid, key = next(iter(before.items()))
        with store.conn:
            columns = [row[1] for row in store.conn.execute("PRAGMA table_info(claims)")][1:]
            names = ", ".join(f'"{c}"' for c in columns)
            new = store.conn.execute(
                f"INSERT INTO claims ({names}) SELECT {names} FROM claims WHERE id = ?", (cid,)
            ).lastrowid
        assert stamp(store) == "stale"
        found = kept(store)
        assert found[new] == key and found == scratch(store)
