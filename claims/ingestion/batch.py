"""Batch extraction: a frame of articles in, a frame of their claims out.

``extract_frame`` is a plain function of a DataFrame so the same code runs in one
process, in a process pool (``extract_in_pool``), or under a distributed engine
that maps it over partitions. An article whose extraction fails yields one row
with its ``error`` set; it never stops the batch.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing as mp
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import pandas as pd

from claims.extraction.pipeline import extract
from claims.model import ARTICLE_FIELDS, CLAIM_FIELDS, Article, Claim

# Articles per extraction task: large enough to amortise pickling, small enough
# to keep both workers busy to the end.
CHUNK_SIZE = 8

# ``progress(done, total)``, called as a batch's articles are handled.
Progress = Callable[[int, int], None]

# Result columns: the input row's index label, every Claim field, and the error.
BATCH_COLUMNS: tuple[str, ...] = ("article", *CLAIM_FIELDS, "error")

# Country domains whose bare "$" (or other ambiguous sign) means the local currency.
CURRENCY_BY_DOMAIN: dict[str, str] = {
    ".au": "AUD",
    ".nz": "NZD",
    ".ca": "CAD",
    ".sg": "SGD",
    ".hk": "HKD",
}

_WARM_UP_TEXT = "Exports rose 4.5% to $12 billion, about 300 tonnes more than in 2023."


def currency_hint(url: object) -> str | None:
    """The currency a bare ``$`` means on a site whose domain names its country."""
    if not isinstance(url, str) or not url:
        return None
    host = urlsplit(url).hostname or ""
    for suffix, code in CURRENCY_BY_DOMAIN.items():
        if host.endswith(suffix):
            return code
    return None


def extract_article(article: Article) -> list[Claim]:
    """The claims of one article, a bare ``$`` read in the currency its site's country uses."""
    return extract(article.text, currency=currency_hint(article.url))


def extract_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """The claims of every article in ``articles`` (columns ``ARTICLE_FIELDS``).

    Returns a frame with columns ``BATCH_COLUMNS``: one row per claim, ``article``
    holding the input row's index label. An article whose extraction raised gives
    one row with only ``article`` and ``error`` (the exception, one line) set.
    """
    rows: list[dict[str, object]] = []
    for label, text, url in zip(articles.index, articles["text"], articles["url"], strict=True):
        try:
            claims = extract(text, currency=currency_hint(url))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            rows.append({"article": label, "error": f"{type(exc).__name__}: {exc}"})
            continue
        rows.extend({"article": label, **claim.to_dict(), "error": None} for claim in claims)
    return pd.DataFrame(rows, columns=list(BATCH_COLUMNS))


def claims_by_article(result: pd.DataFrame) -> dict[object, list[Claim] | str]:
    """``extract_frame``'s result regrouped: each article label -> its claims or its error."""
    grouped: dict[object, list[Claim] | str] = {}
    for record in result.to_dict("records"):
        label = record["article"]
        if isinstance(record["error"], str):
            grouped[label] = record["error"]
            continue
        claims = grouped.setdefault(label, [])
        if isinstance(claims, list):
            claims.append(Claim.from_dict(record))
    return grouped


def articles_frame(records: Iterable[dict[str, object]]) -> pd.DataFrame:
    """A frame of articles (columns ``ARTICLE_FIELDS``) from article dicts."""
    return pd.DataFrame(list(records), columns=list(ARTICLE_FIELDS))


def warm_up() -> None:
    """Load the extraction models now, so a worker's first chunk is not the slow one."""
    extract(_WARM_UP_TEXT)


def pool_context() -> mp.context.BaseContext:
    """How worker processes start: forked when that is safe, else spawned.

    Forking is fastest (workers inherit the loaded models), but forking a process
    that runs other threads (a Streamlit server, an HTTP server) can leave a lock
    held forever in the child, so such a process spawns fresh interpreters.
    """
    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def extract_chunks(
    chunks: Iterable[pd.DataFrame], jobs: int = 1
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """``(chunk, extract_frame(chunk))`` for each chunk: here, or in a pool of ``jobs``."""
    if jobs <= 1:
        return ((chunk, extract_frame(chunk)) for chunk in chunks)
    return extract_in_pool(chunks, jobs)


def extract_in_pool(
    chunks: Iterable[pd.DataFrame], jobs: int
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """``(chunk, extract_frame(chunk))`` for each chunk, in order, using ``jobs`` processes.

    At most ``2 * jobs`` chunks are in flight, so memory stays bounded whatever
    the number of articles. Each worker loads the models once, in its initializer;
    where workers are forked, the models are loaded here first, so the workers
    inherit them (one load instead of ``jobs``, pages shared copy-on-write).
    """
    context = pool_context()
    if context.get_start_method() == "fork":
        warm_up()
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=warm_up) as pool:
        in_flight: deque[tuple[pd.DataFrame, cf.Future[pd.DataFrame]]] = deque()
        for chunk in chunks:
            in_flight.append((chunk, pool.submit(extract_frame, chunk)))
            if len(in_flight) >= 2 * jobs:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()
