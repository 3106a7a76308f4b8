"""Batch extraction: a frame of articles in, a frame of their claims out.

``extract_frame`` is a plain function of a DataFrame so the same code runs in one
process, in a process pool, on a Dask cluster (`claims.ingestion.engines`), or under
Spark's ``mapInPandas``. An article whose extraction fails or runs past the time
limit yields one row with its ``error`` set; it never stops the batch. Parsing stops
after ``PARSE_SHARE`` of the time limit: a claim read after that has ``parsed`` False.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from claims.excerpt import sentence_spans
from claims.extraction.pipeline import Explained, extract
from claims.ingestion import timelimit
from claims.ingestion.limits import PARSE_SHARE, Extracted, extract_within_limit
from claims.model import ARTICLE_FIELDS, CLAIM_FIELDS, Article, Claim
from claims.tracking.records import automatic_keys

# Articles per extraction task: large enough to amortise pickling, small enough
# to keep both workers busy to the end.
CHUNK_SIZE = 8

# ``progress(done, total)``, called as a batch's articles are handled.
Progress = Callable[[int, int], None]

# Seconds one article's extraction may take before it is reported as a failure: the
# longest real articles take a few seconds; a pathological one took 49 s.
TIME_LIMIT = 30.0

# Result columns: the input row's index label, every Claim field, whether the claim's
# sentence was parsed (False: read after the parse deadline, no context), the tracker's
# automatic metric key of the claim (`claims.tracking.records.automatic_keys`), and the
# error.
BATCH_COLUMNS: tuple[str, ...] = ("article", *CLAIM_FIELDS, "parsed", "metric_key", "error")

# Spark SQL and pandas types of the Python types of Claim's fields; anything else (a
# string, a Literal of strings) is a Spark string and a pandas object column.
_TYPES: dict[object, tuple[str, str]] = {
    int: ("bigint", "Int64"),
    float: ("double", "float64"),
    bool: ("boolean", "boolean"),
}


def _field_types() -> dict[str, tuple[str, str]]:
    """``(Spark type, pandas type)`` of each Claim field (``X | None`` is a nullable ``X``)."""
    types_by_field = {}
    for name, hint in typing.get_type_hints(Claim).items():
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        types_by_field[name] = _TYPES.get(hint, ("string", "object"))
    return types_by_field


# ``extract_frame``'s result as a Spark DDL schema, for ``mapInPandas`` (README): the
# ``article`` label is the input frame's index, which a Spark job sets to a string id.
BATCH_SCHEMA = ", ".join(
    [
        "`article` string",
        *(f"`{name}` {spark}" for name, (spark, _) in _field_types().items()),
        "`parsed` boolean",
        "`metric_key` string",
        "`error` string",
    ]
)
# Its columns' pandas types: fixed, not inferred from the rows (a column of missing
# values would be float), so that Spark's Arrow conversion takes every frame.
_BATCH_DTYPES = {
    **{name: dtype for name, (_, dtype) in _field_types().items() if dtype != "object"},
    "parsed": "boolean",
}

# Country domains whose bare "$" (or other ambiguous sign) means the local currency.
CURRENCY_BY_DOMAIN: dict[str, str] = {
    ".au": "AUD",
    ".nz": "NZD",
    ".ca": "CAD",
    ".sg": "SGD",
    ".hk": "HKD",
}

# Sentences that take extraction through its rules and models once, so that their
# first-use costs fall on the warm-up, not on an article's time.
_WARM_UP_TEXT = (
    "Exports rose 4.5% to $12 billion, about 300 tonnes more than in 2023. "
    "The health ministry said on Tuesday that nearly 1,200 people had been displaced "
    "since March, up from 800 a year earlier. Turnout was between 62 and 68 per cent, "
    "analysts estimated. Temperatures could reach 41C by Friday, and the company "
    "expects to sell 2 million phones."
)


def currency_hint(url: object) -> str | None:
    """The currency a bare ``$`` means on a site whose domain names its country."""
    if not isinstance(url, str) or not url:
        return None
    host = urlsplit(url).hostname or ""
    for suffix, code in CURRENCY_BY_DOMAIN.items():
        if host.endswith(suffix):
            return code
    return None


def extract_article(article: Article, *, parse_seconds: float | None = None) -> Extracted:
    """The claims of one article, read with what is known about it: a bare ``$`` in
    the currency its site's country uses, periods against its publication date, its
    place from its title (one more than ``MAX_CLAIMS`` at most: see ``ClaimBudget``);
    those read ``parse_seconds`` after the start are not parsed."""
    return extract_within_limit(
        article.text,
        currency=currency_hint(article.url),
        published=article.published,
        title=article.title,
        parse_seconds=parse_seconds,
    )


def explain_article(article: Article) -> list[Explained]:
    """`extract_article`'s claims, each with the rules that decided its fields."""
    return extract_article(article).explained


def extract_frame(articles: pd.DataFrame, *, time_limit: float = TIME_LIMIT) -> pd.DataFrame:
    """The claims of every article in ``articles`` (columns from ``ARTICLE_FIELDS``;
    only ``text`` is required, other columns are ignored).

    Returns a frame with columns ``BATCH_COLUMNS``: one row per claim, ``article``
    holding the input row's index label. An article whose extraction raised, or
    took ``time_limit`` seconds or more, gives one row with only ``article`` and
    ``error`` (one line) set. Claims read after ``PARSE_SHARE`` of the time limit were
    not parsed (``parsed`` False). A claim whose sentence is its article's previous claim's
    has no ``sentence``: a frame copies every string it holds, and each claim of a long
    sentence would copy it (``claims_by_article`` restores it).
    """
    warm_up()  # a worker's model load is not charged to its first article's time
    rows: list[dict[str, object]] = []
    for label, record in zip(articles.index, articles.to_dict("records"), strict=True):
        outcome = _extract_record(record, time_limit)
        if isinstance(outcome, str):
            rows.append({"article": label, "error": outcome})
        else:
            rows.extend(_claim_rows(label, *outcome))
    return pd.DataFrame(rows, columns=list(BATCH_COLUMNS), dtype=object).astype(_BATCH_DTYPES)


def _claim_rows(
    label: object, found: Extracted, keys: list[str | None]
) -> Iterator[dict[str, object]]:
    before = None
    parsed = len(found.explained) - found.unparsed
    for n, (claim, key) in enumerate(zip(found.claims, keys, strict=True)):
        row = {"article": label, **claim.to_dict(), "parsed": n < parsed}
        row |= {"metric_key": key, "error": None}
        if claim.sentence == before:
            row["sentence"] = None
        before = claim.sentence
        yield row


def _extract_record(
    record: Mapping[Any, Any], limit: float
) -> tuple[Extracted, list[str | None]] | str:
    """One article's claims with their automatic metric keys, or why there are none (one
    line)."""
    if not isinstance(record.get("text"), str):
        return "no text"
    try:
        with timelimit.time_limit(limit):
            article = Article.from_dict(record)
            found = extract_article(article, parse_seconds=limit * PARSE_SHARE)
            return found, _keys(article, found.claims)
    except timelimit.TimeLimitExceeded:
        return f"timed out after {limit:g} s"
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return f"{type(exc).__name__}: {exc}"


def _keys(article: Article, claims: list[Claim]) -> list[str | None]:
    """The claims' automatic metric keys, as the store would compute them."""
    spans = sentence_spans(article.text, claims)
    starts = [c.start - span[0] for c, span in zip(claims, spans, strict=True)]
    return automatic_keys(claims, starts, article.title, article.published)


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
            if not isinstance(record["sentence"], str):  # the previous claim's sentence
                record["sentence"] = claims[-1].sentence
            claims.append(Claim.from_dict(record))
    return grouped


def keys_by_article(result: pd.DataFrame) -> dict[object, list[str | None]]:
    """Each article label in ``extract_frame``'s result -> its claims' automatic metric
    keys, in order (articles whose extraction failed are left out)."""
    found = result[result["error"].isna()]
    return {
        label: [key if isinstance(key, str) else None for key in keys]
        for label, keys in found.groupby("article", sort=False)["metric_key"]
    }


def unparsed_by_article(result: pd.DataFrame) -> dict[object, int]:
    """How many of each article's claims in ``extract_frame``'s result were not parsed
    (the last of them, read after the parse deadline); articles with none are left out."""
    late = result[result["parsed"].eq(False).fillna(False)]
    return {label: int(n) for label, n in late.groupby("article", sort=False).size().items()}


def articles_frame(records: Iterable[dict[str, object]]) -> pd.DataFrame:
    """A frame of articles (columns ``ARTICLE_FIELDS``) from article dicts."""
    return pd.DataFrame(list(records), columns=list(ARTICLE_FIELDS))


@functools.cache
def warm_up() -> None:
    """Load the extraction models and the tracker's word lists, once per process (later
    calls cost nothing)."""
    _keys(Article(text=_WARM_UP_TEXT), extract(_WARM_UP_TEXT))
