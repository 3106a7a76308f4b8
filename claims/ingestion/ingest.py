"""Ingestion: files, folders and URLs in; articles and their claims stored; a report out.

Reading happens first (a file that cannot be read is reported and skipped),
then extraction in batches (in this process, a pool of ``jobs`` processes, or on
another engine), then each article is stored in its own transaction, so an
interruption loses at most the article being written.
"""

from __future__ import annotations

import datetime
import math
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import pandas as pd

from claims.extraction.pipeline import EXTRACTOR_VERSION, Explained
from claims.ingestion.addresses import policy
from claims.ingestion.batch import (
    CHUNK_SIZE,
    TIME_LIMIT,
    Progress,
    articles_frame,
    claims_by_article,
    explain_article,
    keys_by_article,
    unparsed_by_article,
)
from claims.ingestion.dates import normalise_published
from claims.ingestion.engines import Engine, LocalEngine, WorkerLost
from claims.ingestion.fetch import FetchError, fetch
from claims.ingestion.formats import KIND_BY_SUFFIX, kind_by_name, read_bytes
from claims.ingestion.limits import ClaimBudget, unparsed_note
from claims.ingestion.reading import (
    MAX_BYTES,
    ReadError,
    Reading,
    one_line,
    size_limit,
    too_large,
    without_surrogates,
)
from claims.model import Article
from claims.store import RecordError, Store, StoreError, article_id

__all__ = [
    "IngestReport",
    "ReadError",
    "ingest",
    "ingest_articles",
    "read_input",
    "read_pasted",
    "read_upload",
]

# The input name that stands for standard input.
STDIN = "-"

# Files in a news folder that describe the folder rather than report news.
NOT_NEWS_STEMS = frozenset(["readme", "license", "licence", "changelog", "contributing", "notice"])


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did.

    ``failed`` holds ``(name, reason)`` for every file, row, URL or article that
    could not be read or extracted; ``notes`` holds ``(name, note)`` for what was read
    with a change the reader should know of (claims left out, a date kept as written);
    ``titles`` the titles of the added articles; ``not_read`` ``(path, reason)`` for
    each file of a folder that was not read (not a news format).
    """

    added: int
    skipped: int
    failed: list[tuple[str, str]] = field(default_factory=list)
    claims_added: int = 0
    titles: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    not_read: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed

    def summary(self) -> str:
        """One line: ``3 articles added, 1 skipped as duplicate, 0 failed; 41 claims added``."""
        skipped = "duplicate" if self.skipped == 1 else "duplicates"
        added = "article" if self.added == 1 else "articles"
        claims = "claim" if self.claims_added == 1 else "claims"
        unread = len(self.not_read)
        files = "file" if unread == 1 else "files"
        return (
            f"{self.added} {added} added, {self.skipped} skipped as {skipped}, "
            f"{len(self.failed)} failed; {self.claims_added} {claims} added"
            + (f"; {unread} {files} not read" if unread else "")
        )


def read_upload(name: str, data: bytes, *, date: datetime.date | None = None) -> list[Article]:
    """The articles in an uploaded file's bytes, by extension or sniffing.

    Raises ``ReadError`` (a one-line reason) when the file cannot be read. Rows of
    a collection that cannot be read are left out; ``read_input`` reports them.
    """
    return read_bytes(name, data, date=date).articles


def read_pasted(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    date: datetime.date | None = None,
) -> list[Article]:
    """The articles in pasted text: one, or several when it is a scraped page with teasers.

    ``title`` names the main (first) article; ``source`` and ``date`` fill in what
    the text does not say, and ``date`` is what "3 days ago" counts back from.
    Raises ``ReadError`` for text with nothing in it.
    """
    articles = read_bytes("pasted.txt", text.encode("utf-8"), source=source, date=date).articles
    if title:
        articles[0] = replace(articles[0], title=title)
    return articles


def read_input(
    name: str,
    *,
    source: str | None = None,
    date: datetime.date | None = None,
    now: datetime.datetime | None = None,
    allow_private: bool = True,
) -> Reading:
    """The articles of one file path, http(s) URL, or ``-`` (standard input).

    A scraped page's relative times ("an hour ago") count back from ``date``, else from
    a file's modification time, else from ``now``.

    A URL (and every redirect it takes) may reach a non-public address (loopback, a
    private network) only with ``allow_private``. Raises ``ReadError`` or ``FetchError``
    with a one-line reason.
    """
    if name == STDIN:
        # Text piped in (`pbpaste | claims ingest -`) is read like a pasted page.
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return read_bytes("stdin.txt", data, source=source, date=date, now=now)
    if "://" in name:
        download = fetch(name, allowed=policy(allow_private=allow_private))
        return read_bytes(
            name,
            download.data,
            source=source,
            date=date,
            now=now,
            content_type=download.content_type,
            url=download.url,
        )
    path = Path(name)
    if not path.exists():
        raise ReadError("no such file or directory")
    if path.is_dir():
        raise ReadError("is a directory")
    try:
        stat = path.stat()
        limit = size_limit(kind_by_name(name) or "text")
        if stat.st_size > limit:
            raise ReadError(too_large(stat.st_size, limit))
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    # A page saved to a file was read when it was saved: "an hour ago" counts back from then.
    saved = datetime.datetime.fromtimestamp(stat.st_mtime, datetime.UTC)
    return read_bytes(name, data, source=source, date=date, now=saved)


@dataclass
class Explanation:
    """What ``explain_reading`` found: each article with its explained claims, the
    articles whose extraction failed and notes, each ``(where, reason)``."""

    articles: list[tuple[Article, list[Explained]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def explain_reading(name: str, reading: Reading) -> Explanation:
    """The claims of every article read from input ``name``, each with the rules that
    decided its fields, kept within a ``ClaimBudget``; an article whose extraction fails,
    whatever raises, is reported by where it was and the others are explained."""
    found = Explanation(failed=list(reading.problems), notes=list(reading.notes))
    budget = ClaimBudget()
    for where, article in _named(name, reading):
        try:
            explained = explain_article(article)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
            found.failed.append((where, f"extraction failed: {one_line(exc)}"))
            continue
        kept, note = budget.keep(article.text, [e.claim for e in explained])
        found.articles.append((article, explained[: len(kept)]))
        if note:
            found.notes.append((where, note))
    return found


@dataclass
class Inputs:
    """What to read: ``files`` (paths and URLs), ``(path, reason)`` for each file of a
    folder that is not read, and for each folder with nothing to read."""

    files: list[str] = field(default_factory=list)
    not_read: list[tuple[str, str]] = field(default_factory=list)
    empty: list[tuple[str, str]] = field(default_factory=list)


def expand_inputs(inputs: Sequence[str]) -> Inputs:
    """Every file to read: paths and URLs as given; folders walked for news files.

    A folder contributes its files with a known news extension (``KIND_BY_SUFFIX``),
    recursively and in name order, skipping hidden files and folders and the folder's
    own documentation (README, LICENSE, ...); its other files are listed as not read,
    with the reason; a folder with nothing to read is listed as empty.
    """
    found = Inputs()
    for name in inputs:
        path = Path(name)
        if "://" in name or not path.is_dir():
            found.files.append(name)
            continue
        before = len(found.files)
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if not child.is_file() or hidden or _is_documentation(child):
                continue
            if child.suffix.lower() in KIND_BY_SUFFIX:
                found.files.append(str(child))
            else:
                found.not_read.append((str(child), unread_format(child.suffix.lower())))
        if len(found.files) == before:
            found.empty.append((name, "no news files in this folder"))
    return found


def unread_format(suffix: str) -> str:
    """Why a file with this extension is not read."""
    what = f"{suffix} files" if suffix else "files without an extension"
    return f"not read: {what} are not a news format (read: {', '.join(sorted(KIND_BY_SUFFIX))})"


def _is_documentation(path: Path) -> bool:
    return path.stem.lower() in NOT_NEWS_STEMS


def ingest(
    inputs: Sequence[str],
    store: Store,
    *,
    source: str | None = None,
    date: datetime.date | None = None,
    jobs: int = 1,
    engine: Engine | None = None,
    time_limit: float = TIME_LIMIT,
    allow_private: bool = True,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every input (file, folder, http(s) page or feed), extract and store.

    ``source`` and ``date`` fill in what an input does not say about itself;
    ``date`` is also what a scraped page's "3 days ago" counts back from (else now).
    URLs may reach non-public addresses only with ``allow_private`` (see ``read_input``).
    An article that fails is reported by its input's name (and its title when
    the input holds several articles).
    """
    now = datetime.datetime.now(datetime.UTC)
    named: list[tuple[str, Article]] = []
    found = expand_inputs(inputs)
    failed: list[tuple[str, str]] = list(found.empty)
    notes: list[tuple[str, str]] = []
    for name in found.files:
        try:
            reading = read_input(
                name, source=source, date=date, now=now, allow_private=allow_private
            )
        except (ReadError, FetchError) as exc:
            failed.append((name, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one input's reader failing stops nothing else
            failed.append((name, f"cannot be read ({one_line(exc)})"))
            continue
        named.extend(_named(name, reading))
        failed.extend(reading.problems)
        notes.extend(reading.notes)
    report = _ingest_named(named, store, engine or LocalEngine(jobs), time_limit, progress)
    return replace(
        report,
        failed=failed + report.failed,
        notes=notes + report.notes,
        not_read=found.not_read,
    )


def _named(name: str, reading: Reading) -> Iterator[tuple[str, Article]]:
    """Each article of an input with the name it is reported by: the input's, with the line,
    item or entry when its reader says, else with the article's title when there are several."""
    several = len(reading.articles) > 1
    for index, article in enumerate(reading.articles):
        where = reading.origin(index)
        yield where or (f"{name}: {_label(article)}" if several else name), article


def ingest_articles(
    articles: Iterable[Article],
    store: Store,
    *,
    jobs: int = 1,
    engine: Engine | None = None,
    time_limit: float = TIME_LIMIT,
    progress: Progress | None = None,
) -> IngestReport:
    """Extract the claims of ``articles`` and store each article in its own transaction.

    Articles already stored (same normalised text) are skipped before extraction.
    Extraction runs on ``engine``, else in this process or a pool of ``jobs``
    processes; an article's extraction may take ``time_limit`` seconds.
    ``progress(done, total)`` is called as articles are handled. A ``StoreError``
    (the database cannot be written) stops the ingest: nothing else could succeed.
    """
    named = [(_label(article), article) for article in articles]
    return _ingest_named(named, store, engine or LocalEngine(jobs), time_limit, progress)


def _ingest_named(
    named: Iterable[tuple[str, Article]],
    store: Store,
    engine: Engine,
    time_limit: float,
    progress: Progress | None,
) -> IngestReport:
    """``ingest_articles`` for articles each with the name a failure is reported by."""
    tally = _Tally()
    todo = _to_extract(named, store, tally)
    total = len(todo)
    if progress is not None:
        progress(0, total)
    batches = math.ceil(total / CHUNK_SIZE)
    try:
        results = engine.extract(_chunks(todo), batches=batches, time_limit=time_limit)
        for chunk, result in results:
            _store_chunk(chunk, result, store, todo, tally)
            if progress is not None:
                progress(tally.done, total)
    except WorkerLost as exc:
        # What was stored stays stored; the rest is reported, not lost silently.
        tally.failed.extend((name, str(exc)) for name, _ in todo[tally.done :])
    return IngestReport(
        added=tally.added,
        skipped=tally.skipped,
        failed=tally.failed,
        claims_added=tally.claims,
        titles=tally.titles,
        notes=tally.notes,
    )


def _to_extract(
    named: Iterable[tuple[str, Article]], store: Store, tally: _Tally
) -> list[tuple[str, Article]]:
    """The articles to extract: not stored yet, each ready to store. An article that
    cannot be made ready, whatever the reason, is reported and the rest go on."""
    todo: list[tuple[str, Article]] = []
    seen: set[str] = set()
    for name, given in named:
        try:
            article, note = without_surrogates(given)
            aid = article_id(article.text)
            if aid in seen or store.has_article(aid):
                tally.skipped += 1
                continue
            # Dates are stored in one ISO form so they sort and parse alike; a date
            # that cannot be read is kept as written rather than lost, and said so.
            published = normalise_published(article.published)
            if article.published and published is None:
                tally.notes.append(
                    (name, f"date {article.published!r} not understood: kept as written")
                )
                published = article.published
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            tally.failed.append((name, f"cannot be read ({one_line(exc)})"))
            continue
        seen.add(aid)
        if note:
            tally.notes.append((name, note))
        todo.append((name, replace(article, published=published)))
    return todo


@dataclass
class _Tally:
    skipped: int = 0
    added: int = 0
    claims: int = 0
    done: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    budget: ClaimBudget = field(default_factory=ClaimBudget)


def _chunks(todo: list[tuple[str, Article]]) -> Iterator[pd.DataFrame]:
    """Frames of ``CHUNK_SIZE`` articles, indexed by their position in ``todo``."""
    for start in range(0, len(todo), CHUNK_SIZE):
        batch = todo[start : start + CHUNK_SIZE]
        frame = articles_frame(asdict(article) for _, article in batch)
        yield frame.set_axis(range(start, start + len(batch)))


def _store_chunk(
    chunk: pd.DataFrame,
    result: pd.DataFrame,
    store: Store,
    todo: list[tuple[str, Article]],
    tally: _Tally,
) -> None:
    outcome = claims_by_article(result)
    keys = keys_by_article(result)
    late = unparsed_by_article(result)
    for position in chunk.index:
        name, article = todo[position]
        tally.done += 1
        found = outcome.get(position, [])
        if isinstance(found, str):
            tally.failed.append((name, f"extraction failed: {found}"))
            continue
        claims, note = tally.budget.keep(article.text, found)
        try:
            kept_keys = keys[position][: len(claims)] if claims else None
            stored = store.add_article(article, claims, EXTRACTOR_VERSION, keys=kept_keys)
        except RecordError as exc:
            tally.failed.append((name, str(exc)))
            continue
        if stored:
            unparsed = unparsed_note(found, claims, late.get(position, 0))
            tally.notes.extend((name, n) for n in (note, unparsed) if n)
            tally.added += 1
            tally.claims += len(claims)
            tally.titles.append(_label(article))
        else:
            tally.skipped += 1


def _label(article: Article) -> str:
    if article.title:
        return article.title
    words = article.text.split() if isinstance(article.text, str) else []
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
