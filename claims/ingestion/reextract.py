"""Reading stored articles again with the current extractor.

Articles keep the text they were ingested with, so when extraction improves
(``EXTRACTOR_VERSION`` changes) their claims can be read again. Each article's
claims are replaced in one transaction; an article whose extraction fails keeps
the claims it had.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

import pandas as pd

from claims.extraction.pipeline import EXTRACTOR_VERSION
from claims.ingestion.batch import (
    CHUNK_SIZE,
    TIME_LIMIT,
    Progress,
    articles_frame,
    claims_by_article,
    keys_by_article,
    unparsed_by_article,
)
from claims.ingestion.engines import Engine, LocalEngine, WorkerLost
from claims.ingestion.limits import ClaimBudget, unparsed_note
from claims.store import Store


@dataclass(frozen=True)
class ReextractReport:
    """What a re-extraction did: ``failed`` holds ``(article title or id, reason)``,
    ``notes`` ``(article title or id, note)`` for articles whose claims were cut short."""

    articles: int
    claims_before: int
    claims_after: int
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed

    def summary(self) -> str:
        """One line: ``27 articles read again: 640 claims, 612 before; 0 failed``."""
        articles = "article" if self.articles == 1 else "articles"
        return (
            f"{self.articles} {articles} read again: {self.claims_after} claims, "
            f"{self.claims_before} before; {len(self.failed)} failed"
        )


def stale_articles(store: Store) -> int:
    """How many stored articles another (or an unknown) extractor version read."""
    return store.count_articles(not_read_by=EXTRACTOR_VERSION)


def reextract(
    store: Store,
    *,
    every: bool = False,
    jobs: int = 1,
    engine: Engine | None = None,
    time_limit: float = TIME_LIMIT,
    progress: Progress | None = None,
) -> ReextractReport:
    """Read again the articles another extractor version read (``every``: all of them).

    Extraction runs as in `claims.ingestion.ingest.ingest_articles` (``engine``,
    else ``jobs`` local processes; ``time_limit`` seconds per article).
    ``progress(done, total)`` is called as articles are handled.
    """
    engine = engine or LocalEngine(jobs)
    ids = store.article_ids(not_read_by=None if every else EXTRACTOR_VERSION)
    total = len(ids)
    if progress is not None:
        progress(0, total)
    done, replaced, before, after = 0, 0, 0, 0
    failed: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    budget = ClaimBudget()
    try:
        batches = math.ceil(total / CHUNK_SIZE)
        results = engine.extract(_chunks(store, ids), batches=batches, time_limit=time_limit)
        for chunk, result in results:
            outcome = claims_by_article(result)
            keys = keys_by_article(result)
            late = unparsed_by_article(result)
            for aid, title, text in zip(chunk.index, chunk["title"], chunk["text"], strict=True):
                done += 1
                found = outcome.get(aid, [])
                label = title if isinstance(title, str) else aid
                if isinstance(found, str):
                    failed.append((label, f"extraction failed: {found}"))
                    continue
                claims, note = budget.keep(text, found)
                unparsed = unparsed_note(found, claims, late.get(aid, 0))
                notes.extend((label, n) for n in (note, unparsed) if n)
                kept_keys = keys[aid][: len(claims)] if claims else None
                before += store.replace_claims(aid, claims, EXTRACTOR_VERSION, keys=kept_keys)
                after += len(claims)
                replaced += 1
            if progress is not None:
                progress(done, total)
    except WorkerLost as exc:
        # What was replaced stays replaced, the rest keeps its old claims.
        failed.extend((aid, str(exc)) for aid in ids[done:])
    # Re-reading the article of a combination's first claim leaves the kept counts to be
    # worked out: once here, not in the next dashboard session (a minute at 10,000,000).
    store.ensure_counts()
    return ReextractReport(replaced, before, after, failed, notes)


def _chunks(store: Store, ids: list[str]) -> Iterator[pd.DataFrame]:
    """Frames of ``CHUNK_SIZE`` stored articles, indexed by article id."""
    for i in range(0, len(ids), CHUNK_SIZE):
        batch = ids[i : i + CHUNK_SIZE]
        yield articles_frame(asdict(store.article(aid)) for aid in batch).set_axis(batch)
