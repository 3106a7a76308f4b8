"""The claim store: an SQLite database file in WAL mode.

Articles are keyed by a hash of their normalised text, so loading the same
article twice adds nothing; each article and its claims commit in one
transaction, so a crash never leaves half an article. Each article records the
extractor version that read it, so its claims can be read again by a newer one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict
from urllib.parse import urlsplit

import pandas as pd

from claims.model import ARTICLE_FIELDS, CLAIM_FIELDS, Article, Claim

DEFAULT_DB = Path("data") / "claims.db"
SCHEMA_VERSION = 3

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
    extractor_version TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL NOT NULL, low REAL, high REAL,
    unit TEXT, kind TEXT NOT NULL, measured TEXT, qualifier TEXT, direction TEXT,
    sentence TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    entity TEXT, place TEXT, period TEXT, period_start TEXT, period_end TEXT,
    attributed_to TEXT, statement TEXT NOT NULL DEFAULT 'fact'
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS claims_unit ON claims(unit);
CREATE INDEX IF NOT EXISTS claims_measured ON claims(measured);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
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


# Each step upgrades the schema from the version it is keyed by to the next.
_UPGRADES = {1: _from_version_1, 2: _from_version_2}


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


def default_db_path() -> Path:
    """``CLAIMS_DB`` if set, else ``data/claims.db``."""
    return Path(os.environ.get("CLAIMS_DB") or DEFAULT_DB)


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text, normalised (NFKC, whitespace, case)."""
    norm = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


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
            self.conn.executescript(_SCHEMA)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {row[0]}, newer than this "
                    f"program's {SCHEMA_VERSION}: upgrade claims"
                )
            else:
                for version in range(int(row[0]), SCHEMA_VERSION):
                    _UPGRADES[version](self.conn)
                self.conn.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
                )

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
        self, article: Article, claims: Iterable[Claim], extractor_version: str
    ) -> bool:
        """Store an article and its claims in one transaction.

        Returns False (and stores nothing) when the same text is already stored.
        """
        aid = article_id(article.text)
        try:
            with self.conn:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO articles (id, title, source, url, published, "
                    "author, ingested_at, text, extractor_version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    ),
                )
                if cur.rowcount == 0:
                    return False
                self._insert_claims(aid, claims, extractor_version)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to database {self.path}: {exc}") from exc
        return True

    def replace_claims(self, aid: str, claims: Iterable[Claim], extractor_version: str) -> int:
        """Put ``claims`` in place of article ``aid``'s claims, in one transaction.

        Returns how many claims the article had before. Claim ids change.
        """
        try:
            with self.conn:
                before = self.conn.execute(
                    "DELETE FROM claims WHERE article_id = ?", (aid,)
                ).rowcount
                self._insert_claims(aid, claims, extractor_version)
                self.conn.execute(
                    "UPDATE articles SET extractor_version = ? WHERE id = ?",
                    (extractor_version, aid),
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to database {self.path}: {exc}") from exc
        return before

    def _insert_claims(self, aid: str, claims: Iterable[Claim], extractor_version: str) -> None:
        cols = ", ".join(f'"{f}"' for f in CLAIM_FIELDS)
        marks = ", ".join("?" for _ in CLAIM_FIELDS)
        self.conn.executemany(
            f"INSERT INTO claims (article_id, {cols}, extractor_version) VALUES (?, {marks}, ?)",
            [(aid, *(getattr(c, f) for f in CLAIM_FIELDS), extractor_version) for c in claims],
        )

    def article_ids(self, *, not_read_by: str | None = None) -> list[str]:
        """Ids of the stored articles, oldest first; with ``not_read_by``, only those that
        another (or an unknown) extractor version read."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE ? IS NULL OR extractor_version IS NOT ? "
            "ORDER BY published, id",
            (not_read_by, not_read_by),
        )
        return [row[0] for row in rows]

    def article(self, aid: str) -> Article:
        """The stored article ``aid`` (``KeyError`` if there is none)."""
        columns = ", ".join(ARTICLE_FIELDS)
        row = self.conn.execute(f"SELECT {columns} FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        return Article(**dict(zip(ARTICLE_FIELDS, row, strict=True)))

    def claims_frame(self) -> pd.DataFrame:
        """Every claim joined with its article's metadata, columns ``FRAME_COLUMNS``.

        ``published`` is a pandas datetime (NaT when unknown).
        """
        # Two plain reads and a merge in pandas: about twice as fast as an SQL join, and the
        # dates are parsed once per article rather than once per claim.
        claims = pd.read_sql_query(
            "SELECT id AS claim_id, article_id, surface, value, low, high, unit, kind, "
            "measured, qualifier, direction, statement, entity, place, period, period_start, "
            'period_end, attributed_to, sentence, start, "end", extractor_version '
            "FROM claims ORDER BY id",
            self.conn,
        )
        articles = pd.read_sql_query(
            "SELECT id AS article_id, source, title, published, url, ingested_at FROM articles",
            self.conn,
        )
        # ISO8601 parses date-only and datetime-with-offset values side by side;
        # format inference would guess from the first row and drop the others to NaT.
        published = pd.to_datetime(
            articles["published"], errors="coerce", utc=True, format="ISO8601"
        )
        articles["published"] = published.dt.tz_localize(None)
        frame = claims.merge(articles, on="article_id", how="left", validate="many_to_one")
        return frame[list(FRAME_COLUMNS)]

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
