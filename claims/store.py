"""The claim store: an SQLite database file in WAL mode.

Articles are keyed by a hash of their normalised text, so loading the same
article twice adds nothing; each article and its claims commit in one
transaction, so a crash never leaves half an article. Each article records the
extractor version that read it, so its claims can be read again by a newer one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from claims import counts
from claims.excerpt import EXCERPT_CHARS, SentenceLocator, excerpt, sentence_spans
from claims.model import ARTICLE_FIELDS, CLAIM_FIELDS, Article, Claim
from claims.tracking import disputes, listing, membership
from claims.tracking import stored as tracking
from claims.tracking.alerts import Snapshot
from claims.tracking.conflicts import WINDOW_DAYS, Conflict, needs_sentences
from claims.tracking.conflicts import conflicts as metric_conflicts
from claims.tracking.membership import Summary
from claims.tracking.metrics import Metric, with_sentences
from claims.tracking.metrics import metrics as tracked_metrics
from claims.tracking.trackers import Tracker

DEFAULT_DB = Path("data") / "claims.db"
SCHEMA_VERSION = 6

# A claim's fields as stored: its sentence is kept as offsets into its article's text.
STORED_CLAIM_FIELDS: tuple[str, ...] = tuple(f for f in CLAIM_FIELDS if f != "sentence")

# Column order of claims_frame(); also the export's column order.
FRAME_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "article_id",
    "source",
    "title",
    "published",
    "url",
    "surface",
    "value",
    "low",
    "high",
    "unit",
    "kind",
    "measured",
    "qualifier",
    "direction",
    "statement",
    "entity",
    "place",
    "period",
    "period_start",
    "period_end",
    "attributed_to",
    "sentence",
    "page",
    "start",
    "end",
    "extractor_version",
    "ingested_at",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT, source TEXT, url TEXT, published TEXT, author TEXT,
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL,
    extractor_version TEXT,
    pages TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL NOT NULL, low REAL, high REAL,
    unit TEXT, kind TEXT NOT NULL, measured TEXT, qualifier TEXT, direction TEXT,
    extractor_version TEXT NOT NULL,
    entity TEXT, place TEXT, period TEXT, period_start TEXT, period_end TEXT,
    attributed_to TEXT, statement TEXT NOT NULL DEFAULT 'fact',
    sentence_start INTEGER NOT NULL DEFAULT 0, sentence_end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
"""
# Made after any upgrade, which may add the columns they cover. The dashboard's counts read
# this narrow copy of the columns it filters on, not the claims (claims.views.query), its
# table reads articles newest first, in UTC, and it counts articles an older extractor read.
# An article's claims are found, and counted by kind, in claims_article_kind (which took
# the place of an index of the article alone: at 10,000,000 claims, counting them by kind
# and source read every claim's row, 26 s, 12 s with it).
_INDEXES = """
DROP INDEX IF EXISTS claims_article;
CREATE INDEX IF NOT EXISTS claims_article_kind ON claims(article_id, kind);
CREATE INDEX IF NOT EXISTS claims_facets
    ON claims(kind, unit, qualifier, statement, attributed_to, article_id, value);
CREATE INDEX IF NOT EXISTS articles_published_utc ON articles(datetime(published));
CREATE INDEX IF NOT EXISTS articles_extractor ON articles(extractor_version);
"""


def _from_version_1(conn: sqlite3.Connection) -> None:
    """Version 1 kept the extractor version on claims only: give each article its own."""
    conn.execute("ALTER TABLE articles ADD COLUMN extractor_version TEXT")
    # An article without claims gets NULL: unknown, so a re-read includes it.
    conn.execute(
        "UPDATE articles SET extractor_version = "
        "(SELECT MIN(c.extractor_version) FROM claims c WHERE c.article_id = articles.id)"
    )


def _from_version_2(conn: sqlite3.Connection) -> None:
    """Version 3 gives claims their context: whose figure, where, when, who says so, and
    what kind of statement. Existing claims keep their rows; `claims reextract` fills the
    new columns in (their articles' extractor version is older)."""
    for column in ("entity", "place", "period", "period_start", "period_end", "attributed_to"):
        conn.execute(f"ALTER TABLE claims ADD COLUMN {column} TEXT")
    conn.execute("ALTER TABLE claims ADD COLUMN statement TEXT NOT NULL DEFAULT 'fact'")


def _from_version_3(conn: sqlite3.Connection) -> None:
    """Version 4 keeps a claim's sentence as offsets into its article's text, not as a copy
    (one long sentence stored with each of its claims made stores of gigabytes), gives
    articles a page map (``pages``: where each page starts, for PDFs), and drops the
    indexes on unit and measured: no query reads them, and they took a fifth of a claim's
    space (the dashboard and exports filter in memory)."""
    conn.execute("DROP INDEX IF EXISTS claims_unit")
    conn.execute("DROP INDEX IF EXISTS claims_measured")
    conn.execute("ALTER TABLE articles ADD COLUMN pages TEXT")
    for end in ("start", "end"):
        conn.execute(f"ALTER TABLE claims ADD COLUMN sentence_{end} INTEGER NOT NULL DEFAULT 0")
    with_claims = conn.execute(
        "SELECT id, text FROM articles WHERE id IN (SELECT article_id FROM claims)"
    ).fetchall()
    for aid, text in with_claims:
        locate = SentenceLocator(text)
        # Row by row: a long sentence is held once, not once per claim.
        rows = conn.execute(
            'SELECT id, sentence, start, "end" FROM claims WHERE article_id = ?', (aid,)
        )
        updates = [(*locate(sentence, start, end), cid) for cid, sentence, start, end in rows]
        conn.executemany(
            "UPDATE claims SET sentence_start = ?, sentence_end = ? WHERE id = ?", updates
        )
    conn.execute("ALTER TABLE claims DROP COLUMN sentence")


def _from_version_4(conn: sqlite3.Connection) -> None:
    """Version 5 keeps counts of the claims per facet combination (`claims.counts`): the
    store is marked for them to be worked out, right after its tables are made."""
    counts.mark(conn, "stale")


def _from_version_5(conn: sqlite3.Connection) -> None:
    """Version 6 keeps the claims of each metric per facet combination beside its summary
    (`claims.tracking.membership`): the store's kept metrics are marked for the next
    reader to work them out again, with it. Its facet counts follow a combination's or a
    span's only claim leaving without a rework (`claims.counts`)."""
    membership.mark_stale(conn)
    counts.drop_changed_triggers(conn)


# Each step upgrades the schema from the version it is keyed by to the next.
_UPGRADES = {
    1: _from_version_1,
    2: _from_version_2,
    3: _from_version_3,
    4: _from_version_4,
    5: _from_version_5,
}


class StoreStats(TypedDict):
    """What `Store.stats` reports."""

    articles: int
    claims: int
    sources: list[str]
    kinds: dict[str, int]
    first_published: str | None
    last_published: str | None
    extractor_versions: list[str]
    schema_version: int


class StoreError(Exception):
    """The database cannot be opened, created or written."""


class RecordError(StoreError):
    """One article or claim cannot be stored (a value no column can hold); the database
    itself is fine, and other articles can be."""


# What binding or constraining one record's values raises: its fault, not the database's.
_RECORD_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, OverflowError)

# The articles of the claims a frame reads: their ids arrive as one JSON array, so a
# thousand ids are one bound parameter, not a thousand.
_THEIR_ARTICLES = "WHERE id IN (SELECT value FROM json_each(?))"
# Articles whose texts one query reads while excerpting sentences (a few megabytes).
_TEXTS_PER_READ = 2_000


def _json_ids(ids: Sequence[int]) -> str:
    return json.dumps([int(i) for i in ids])


def parse_published(published: pd.Series) -> pd.Series:
    """Stored publication dates as naive UTC datetimes (NaT when unknown or unreadable)."""
    # ISO8601 parses date-only and datetime-with-offset values side by side;
    # format inference would guess from the first row and drop the others to NaT.
    parsed = pd.to_datetime(published, errors="coerce", utc=True, format="ISO8601")
    return parsed.dt.tz_localize(None)


def default_db_path() -> Path:
    """``CLAIMS_DB`` if set, else ``data/claims.db``."""
    return Path(os.environ.get("CLAIMS_DB") or DEFAULT_DB)


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text, normalised (NFKC, whitespace, case)."""
    norm = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    # "surrogatepass": a lone surrogate (JSON can escape one) still hashes, never raises.
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None.

    The dashboard renders stored URLs as links: a ``javascript:`` or ``data:`` URL taken
    from a page's metadata must never become one.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An open claim database. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        """Open (and, unless ``create`` is False, create) the database at ``path``.

        Raises ``StoreError`` when the file cannot be opened, created or is not a
        claim database; with ``create=False`` also when it does not exist, so that
        reading commands never leave an empty database behind a typo.
        """
        self.path = Path(path) if path is not None else default_db_path()
        if not create and not self.path.is_file():
            raise StoreError(f"no database at {self.path}")
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        with self.conn:
            self.conn.executescript(_SCHEMA + tracking.SCHEMA + disputes.SCHEMA + membership.SCHEMA)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
                self.conn.executescript(_INDEXES + counts.SCHEMA)
                counts.mark(self.conn, "current")
                return
            found = int(row[0])
            if found > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {row[0]}, newer than this "
                    f"program's {SCHEMA_VERSION}: upgrade claims"
                )
            for version in range(found, SCHEMA_VERSION):
                _UPGRADES[version](self.conn)
            self.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
            )
            # After the upgrades: the count triggers name columns older versions lack.
            self.conn.executescript(_INDEXES + counts.SCHEMA)
        if found < 5:
            counts.ensure(self.conn)  # readers ensure them too, but an upgrade builds them now
        if found < 4:
            # Give back the space the copied sentences took. VACUUM needs the database to
            # itself: if another connection holds it, the file stays large but correct.
            with contextlib.suppress(sqlite3.OperationalError):
                self.conn.execute("VACUUM")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, aid: str) -> bool:
        """Whether an article with id ``aid`` is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone() is not None

    def add_article(
        self,
        article: Article,
        claims: Iterable[Claim],
        extractor_version: str,
        *,
        keys: Sequence[str | None] | None = None,
    ) -> bool:
        """Store an article and its claims in one transaction (``keys``: the claims'
        automatic metric keys when the extraction computed them, else they are computed
        here; see `claims.tracking.records.automatic_keys`).

        Returns False (and stores nothing) when the same text is already stored. Raises
        ``RecordError`` when a value of the article or a claim cannot be stored (nothing of
        the article is), ``StoreError`` when the database cannot be written.
        """
        aid = article_id(article.text)
        try:
            with self.conn:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO articles (id, title, source, url, published, "
                    "author, ingested_at, text, extractor_version, pages) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        aid,
                        article.title,
                        article.source,
                        web_url(article.url),
                        article.published,
                        article.author,
                        _now(),
                        article.text,
                        extractor_version,
                        json.dumps(list(article.pages)) if article.pages else None,
                    ),
                )
                if cur.rowcount == 0:
                    return False
                self._insert_claims(aid, article, claims, extractor_version, keys)
        except _RECORD_ERRORS as exc:
            raise RecordError(f"cannot store the article: {exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to database {self.path}: {exc}") from exc
        return True

    def replace_claims(
        self,
        aid: str,
        claims: Iterable[Claim],
        extractor_version: str,
        *,
        keys: Sequence[str | None] | None = None,
    ) -> int:
        """Put ``claims`` in place of article ``aid``'s claims, in one transaction
        (``keys`` as in `add_article`).

        Returns how many claims the article had before. Claim ids change.
        """
        article = self.article(aid)
        claims = list(claims)
        try:
            with self.conn:
                # The new claims are stored before the old go (new ids are above every
                # id): an article that keeps a kind of claim never leaves the kept
                # counts' rows of it, whose spans would have to be worked out again.
                last = self.conn.execute(
                    "SELECT MAX(id) FROM claims WHERE article_id = ?", (aid,)
                ).fetchone()[0]
                spans = self._insert_rows(aid, article, claims, extractor_version)
                before = self.conn.execute(
                    "DELETE FROM claims WHERE article_id = ? AND id <= ?", (aid, last)
                ).rowcount
                tracking.record(
                    self.conn, aid, article.title, claims, spans, keys, article.published
                )
                self.conn.execute(
                    "UPDATE articles SET extractor_version = ? WHERE id = ?",
                    (extractor_version, aid),
                )
        except _RECORD_ERRORS as exc:
            raise RecordError(f"cannot store the article's claims: {exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to database {self.path}: {exc}") from exc
        return before

    def _insert_claims(
        self,
        aid: str,
        article: Article,
        claims: Iterable[Claim],
        extractor_version: str,
        keys: Sequence[str | None] | None,
    ) -> None:
        """Insert ``claims`` of article ``aid``, extracted from its text, with their
        tracking rows (the metric each states)."""
        claims = list(claims)
        spans = self._insert_rows(aid, article, claims, extractor_version)
        tracking.record(self.conn, aid, article.title, claims, spans, keys, article.published)

    def _insert_rows(
        self, aid: str, article: Article, claims: Sequence[Claim], extractor_version: str
    ) -> list[tuple[int, int]]:
        """Insert ``claims`` of article ``aid``, each keeping its sentence as offsets into
        the text; their sentences' spans."""
        spans = sentence_spans(article.text, claims)
        cols = ", ".join(f'"{f}"' for f in STORED_CLAIM_FIELDS)
        marks = ", ".join("?" for _ in STORED_CLAIM_FIELDS)
        self.conn.executemany(
            f"INSERT INTO claims (article_id, {cols}, sentence_start, sentence_end, "
            f"extractor_version) VALUES (?, {marks}, ?, ?, ?)",
            [
                (aid, *(getattr(c, f) for f in STORED_CLAIM_FIELDS), *span, extractor_version)
                for c, span in zip(claims, spans, strict=True)
            ],
        )
        return spans

    def metrics(self, *, min_statements: int = 2, sentences: bool = True) -> list[Metric]:
        """Every metric stated at least ``min_statements`` times (see `claims.tracking`);
        their statements without their sentences ("") unless ``sentences``."""
        membership.ensure(self.conn)
        return tracked_metrics(self.conn, min_statements=min_statements, sentences=sentences)

    def listed(self, *, min_statements: int = 2) -> Iterator[tuple[Summary, list[dict[str, Any]]]]:
        """Every metric stated at least ``min_statements`` times, as `metrics` orders them,
        with its statements as records (`claims.tracking.listing`), read one metric at a
        time."""
        membership.ensure(self.conn)
        return listing.listed(self.conn, min_statements=min_statements)

    def summaries(self, *, min_statements: int = 2) -> list[Summary]:
        """Every metric stated at least ``min_statements`` times, without its statements,
        busiest first."""
        return membership.summaries(self.conn, min_statements=min_statements)

    def metric(self, key: str, *, sentences: bool = True) -> Metric | None:
        """The metric ``key`` with its statements (``None`` when it is not stated twice)."""
        found = self._metrics_of([key], sentences=sentences)
        return found[0] if found else None

    def _metrics_of(self, keys: Sequence[str], *, sentences: bool) -> list[Metric]:
        membership.ensure(self.conn)
        return tracked_metrics(self.conn, keys=keys, sentences=sentences)

    def conflicts(self, *, window: int = WINDOW_DAYS) -> list[Conflict]:
        """Every conflict between sources, each once, in the busiest metrics first."""
        self.ensure_conflicts()
        if window == WINDOW_DAYS:
            # Kept: only the metrics they are in are read.
            found = self._metrics_of(disputes.disputed(self.conn), sentences=True)
            kept = disputes.read(self.conn, found)
            if kept is not None:
                return kept
        return self.tracked(window=window)[1]

    def disputed(self) -> Iterator[listing.Disputed]:
        """Every conflict between sources, as `conflicts` gives them, each as its metric's
        summary, why, its statements' records and their spread (`claims.tracking.listing`),
        read one metric at a time."""
        self.ensure_conflicts()
        return listing.disputed(self.conn)

    def ensure_counts(self) -> None:
        """Work the kept facet counts out again if a change their triggers could not
        follow left them stale (`claims.counts`)."""
        counts.ensure(self.conn)

    def ensure_members(self) -> None:
        """Work out and keep each claim's metric if the store changed since they were."""
        membership.ensure(self.conn)

    def ensure_conflicts(self) -> None:
        """Work out and keep the metrics and conflicts if the store changed since they
        were."""
        self.ensure_members()
        if not disputes.is_current(self.conn):
            self.tracked(sentences=False)

    def metric_conflicts(self, metric: Metric) -> list[Conflict]:
        """The kept conflicts of ``metric`` (read with its statements)."""
        self.ensure_conflicts()
        return disputes.read(self.conn, [metric]) or []

    def tracked(
        self, *, window: int = WINDOW_DAYS, sentences: bool = True
    ) -> tuple[list[Metric], list[Conflict]]:
        """The metrics stated at least twice, and their conflicts (those of the default
        window as the store keeps them); statements without their sentences ("") unless
        ``sentences``."""
        membership.ensure(self.conn)
        found = tracked_metrics(self.conn, sentences=sentences)

        def work_out(metrics: Sequence[Metric]) -> list[Conflict]:
            # The few metrics whose conflicts read sentences get them (the missing).
            read = [
                self.with_sentences(m) if not sentences and needs_sentences(m) else m
                for m in metrics
            ]
            return [c for m in read for c in metric_conflicts(m, window=window)]

        if window != WINDOW_DAYS:
            return found, work_out(found)
        return found, disputes.kept(self.conn, found, work_out)

    def with_sentences(self, metric: Metric) -> Metric:
        """``metric`` with its statements' sentences, when it was read without them."""
        return with_sentences(self.conn, metric)

    def snapshot(self) -> Snapshot:
        """The tracked figures and conflicts now, to tell what an ingest changes (and the
        conflicts worked out and kept, when it changed the store)."""
        return Snapshot.of(*self.tracked(sentences=False))

    def trackers(self) -> list[Tracker]:
        """The hand-made trackers."""
        return tracking.trackers(self.conn)

    def add_tracker(self, tracker: Tracker) -> Tracker:
        """Save a hand-made tracker; it wins over the automatic grouping from now on."""
        try:
            return tracking.add_tracker(self.conn, tracker)
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"a tracker called '{tracker.name}' exists already") from exc

    def remove_tracker(self, name: str) -> bool:
        """Delete the tracker called ``name``; whether there was one."""
        return tracking.remove_tracker(self.conn, name)

    def article_ids(self, *, not_read_by: str | None = None) -> list[str]:
        """Ids of the stored articles, oldest first; with ``not_read_by``, only those that
        another (or an unknown) extractor version read."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE ? IS NULL OR extractor_version IS NOT ? "
            "ORDER BY published, id",
            (not_read_by, not_read_by),
        )
        return [row[0] for row in rows]

    def count_articles(self, *, not_read_by: str) -> int:
        """How many stored articles another (or an unknown) extractor version than
        ``not_read_by`` read: ``article_ids``' count, without reading the ids."""
        # All less those read by it: two counts over indexes, not a read of every article.
        row = self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM articles) - "
            "(SELECT COUNT(*) FROM articles WHERE extractor_version = ?)",
            (not_read_by,),
        ).fetchone()
        return int(row[0])

    def has_articles(self) -> bool:
        """Whether any article is stored."""
        return self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    def article(self, aid: str) -> Article:
        """The stored article ``aid`` (``KeyError`` if there is none)."""
        columns = ", ".join(ARTICLE_FIELDS)
        row = self.conn.execute(f"SELECT {columns} FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        record = dict(zip(ARTICLE_FIELDS, row, strict=True))
        record["pages"] = json.loads(record["pages"]) if record["pages"] else ()
        return Article.from_dict(record)

    def claims_frame(self) -> pd.DataFrame:
        """Every claim joined with its article's metadata, columns ``FRAME_COLUMNS``.

        ``published`` is a pandas datetime (NaT when unknown); ``sentence`` is the claim's
        sentence, or at most ``EXCERPT_CHARS`` of it around the figure; ``page`` the page
        of a paged article (a PDF) the claim is on, else missing.
        """
        return self._frame("", (), every_article=True)

    def claim_batches(self, size: int = 20_000) -> Iterator[pd.DataFrame]:
        """Every claim as in ``claims_frame``, in frames of at most ``size`` claims by id:
        an export of any size holds one batch in memory at a time. The first frame comes
        even when the store has no claims: it names the columns."""
        last = 0  # claim ids start at 1
        while True:
            batch = self._frame("WHERE id > ? ORDER BY id LIMIT ?", (last, size))
            yield batch
            if len(batch) < size:
                return
            last = int(batch["claim_id"].iloc[-1])

    def claims_with_ids(self, ids: Sequence[int]) -> pd.DataFrame:
        """The claims ``ids`` as in ``claims_frame``, in the order of ``ids``."""
        frame = self._frame("WHERE id IN (SELECT value FROM json_each(?))", (_json_ids(ids),))
        order = {claim_id: at for at, claim_id in enumerate(ids)}
        return frame.sort_values("claim_id", key=lambda c: c.map(order)).reset_index(drop=True)

    def claims_of_article(self, aid: str) -> pd.DataFrame:
        """The claims of article ``aid`` as in ``claims_frame``, by id."""
        return self._frame("WHERE article_id = ?", (aid,))

    def _frame(
        self, where: str, params: Sequence[int | str], *, every_article: bool = False
    ) -> pd.DataFrame:
        """The claims ``where`` (an SQL tail over ``claims``, by id unless it orders them)
        joined with their articles' metadata, columns ``FRAME_COLUMNS``; reads only their
        articles, unless ``every_article`` (one read, faster when every claim is read)."""
        if "ORDER BY" not in where:
            where += " ORDER BY id"
        # Two plain reads and a merge in pandas: about twice as fast as an SQL join, and the
        # dates are parsed once per article rather than once per claim.
        claims = pd.read_sql_query(
            "SELECT id AS claim_id, article_id, surface, value, low, high, unit, kind, "
            "measured, qualifier, direction, statement, entity, place, period, period_start, "
            'period_end, attributed_to, sentence_start, sentence_end, start, "end", '
            f"extractor_version FROM claims {where}",
            self.conn,
            params=list(params),
        )
        sentences, pages = self._excerpts(claims)
        claims = claims.drop(columns=["sentence_start", "sentence_end"]).assign(
            sentence=sentences, page=pd.array(pages, dtype="Int64")
        )
        ids = claims["article_id"].unique().tolist()
        articles = pd.read_sql_query(
            "SELECT id AS article_id, source, title, published, url, ingested_at FROM articles "
            + ("" if every_article else _THEIR_ARTICLES),
            self.conn,
            params=None if every_article else [json.dumps(ids)],
        )
        articles["published"] = parse_published(articles["published"])
        frame = claims.merge(articles, on="article_id", how="left", validate="many_to_one")
        return frame[list(FRAME_COLUMNS)]

    def _excerpts(self, claims: pd.DataFrame) -> tuple[list[str], list[int | None]]:
        """Each claim's sentence excerpt and page, reading the texts of a few thousand
        articles at a time (one query each, not one per article)."""
        sentences: list[str] = [""] * len(claims)
        pages: list[int | None] = [None] * len(claims)
        starts, ends = claims["start"].tolist(), claims["end"].tolist()
        s0s, s1s = claims["sentence_start"].tolist(), claims["sentence_end"].tolist()
        # Each article's claims side by side, by position, without a groupby over strings.
        codes, uniques = pd.factorize(claims["article_id"])
        aids = [str(aid) for aid in uniques]
        order = np.argsort(codes, kind="stable").tolist()
        bounds = np.searchsorted(codes[order], np.arange(len(aids) + 1)).tolist()
        for first in range(0, len(aids), _TEXTS_PER_READ):
            texts = self._texts_and_pages(aids[first : first + _TEXTS_PER_READ])
            for group in range(first, min(first + _TEXTS_PER_READ, len(aids))):
                text, page_starts = texts[aids[group]]
                shared: dict[tuple[int, int], str] = {}  # a short sentence is one string
                for i in order[bounds[group] : bounds[group + 1]]:
                    span = (s0s[i], s1s[i])
                    if span[1] - span[0] <= EXCERPT_CHARS:
                        sentences[i] = shared.setdefault(span, text[span[0] : span[1]])
                    else:
                        sentences[i] = excerpt(text, span, (starts[i], ends[i]))
                    if page_starts:
                        pages[i] = bisect_right(page_starts, starts[i])
        return sentences, pages

    def _texts_and_pages(self, aids: list[str]) -> dict[str, tuple[str, Sequence[int]]]:
        rows = self.conn.execute(
            f"SELECT id, text, pages FROM articles {_THEIR_ARTICLES}", (json.dumps(aids),)
        )
        return {aid: (text, json.loads(pages) if pages else ()) for aid, text, pages in rows}

    def articles_frame(self) -> pd.DataFrame:
        """Every article's metadata (no text), with its number of claims."""
        return pd.read_sql_query(
            "SELECT a.id AS article_id, a.title, a.source, a.url, a.published, a.author, "
            "a.ingested_at, COUNT(c.id) AS claims FROM articles a "
            "LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id ORDER BY a.published",
            self.conn,
        )

    def stats(self) -> StoreStats:
        """What the store holds: counts, sources, claims per kind, publication span."""
        articles, claims = self.counts()
        sources = [
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source"
            )
        ]
        kinds = dict(
            self.conn.execute(
                "SELECT kind, COUNT(*) FROM claims GROUP BY kind ORDER BY COUNT(*) DESC, kind"
            ).fetchall()
        )
        first, last = self.conn.execute(
            "SELECT MIN(published), MAX(published) FROM articles"
        ).fetchone()
        versions = [
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT extractor_version FROM claims ORDER BY extractor_version"
            )
        ]
        return {
            "articles": articles,
            "claims": claims,
            "sources": sources,
            "kinds": kinds,
            "first_published": first,
            "last_published": last,
            "extractor_versions": versions,
            "schema_version": SCHEMA_VERSION,
        }

    def counts(self) -> tuple[int, int]:
        """(articles, claims) stored."""
        a = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        c = self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        return a, c
