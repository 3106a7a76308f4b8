"""Metrics read from the store: every metric stated at least twice, with its statements.

A statement is a stored claim as the tracker sees it. The same sentence carried by
several outlets (wire copy) is one statement: its copies are listed with ``copy_of``,
the id of the first claim that carried it, and count once.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from babel import Locale

from claims.excerpt import EXCERPT_CHARS, excerpt
from claims.extraction.scope.places import gazetteer
from claims.extraction.vocabulary.currencies import currency_codes
from claims.model import Kind, Qualifier
from claims.tracking import stored
from claims.tracking.intervals import Interval, interval
from claims.tracking.keys import (
    MetricKey,
    Stated,
    a_part,
    automatic,
    counted_noun,
    countrywide,
    properties,
)
from claims.tracking.merging import merged
from claims.tracking.trackers import tracker_name
from claims.tracking.units import convert, span_in
from claims.views.figure import figure_text


def mid_sentence(name: str) -> str:
    """A name as written mid-sentence: "The Red Cross" -> "the Red Cross"."""
    return "the" + name[3:] if name.startswith("The ") else name


# Not frozen: a frozen dataclass of this many fields takes eight times as long to make,
# and a store of 100,000 claims makes 100,000 (0.7 s). Nothing changes one once made;
# `dataclasses.replace` makes a changed copy.
@dataclass
class Statement:
    """One claim of a metric, with its article and what the tracker knows of it."""

    claim_id: int
    article_id: str
    title: str | None
    source: str | None
    published: str | None
    value: float
    low: float | None
    high: float | None
    unit: str | None
    kind: Kind
    qualifier: Qualifier | None
    surface: str
    sentence: str
    start: int
    end: int
    measured: str | None
    entity: str | None
    place: str | None
    period_start: str | None
    period_end: str | None
    attributed_to: str | None
    statement: str
    metric_key: str
    copy_key: str
    history: bool
    copy_of: int | None = None

    @property
    def speaker(self) -> str | None:
        """Who it is attributed to, as written mid-sentence ("says the Red Cross")."""
        return mid_sentence(self.attributed_to) if self.attributed_to else None

    @property
    def said_by(self) -> str:
        """Who states it: the source it is attributed to, else the outlet."""
        return (self.attributed_to or self.source or self.article_id).casefold()

    def period(self) -> tuple[date, date] | None:
        """The first and last days of the period it states; ``None`` when it states none."""
        start, end = _day(self.period_start), _day(self.period_end)
        return (start, end) if start and end else None

    def when(self, *, stated: bool = True) -> tuple[date, date] | None:
        """The time it refers to: its stated period (unless ``stated`` is false), else the
        day it was published."""
        if stated and (period := self.period()):
            return period
        day = _day(self.published)
        return (day, day) if day else None

    def value_in(self, unit: str | None) -> float | None:
        """Its value in ``unit`` (``None`` when its own does not convert)."""
        return value_in(self.value, self.unit, self.kind, unit)

    def allows(self, unit: str | None) -> Interval | None:
        """The values it allows, in ``unit`` (``None`` when its own does not convert)."""
        own = interval(self.value, self.low, self.high, self.qualifier, self.surface, self.kind)
        # Counts of one metric count one thing, whatever noun each names ("people", "deaths").
        if unit == self.unit or self.kind == "count":
            return own
        # Each bound converted (a temperature has an offset: 113°F is 45°C).
        span = span_in(own.low, own.high, self.unit, unit)
        return None if span is None else Interval(*span)


@dataclass
class Metric:
    """One real-world figure and the statements of it; ``key`` is the key it was made
    from (the widest of its statements' keys, or a hand-made tracker's). Its unit, kind
    and label are worked out once: its statements are not to change after it is made."""

    key: str
    statements: list[Statement] = field(default_factory=list)

    @property
    def metric_id(self) -> str:
        """A short id that is the same for the same metric in any store, at any time."""
        return metric_id(self.key)

    @cached_property
    def unit(self) -> str | None:
        """The unit most statements use: values are compared and charted in it."""
        return Counter(s.unit for s in self.statements).most_common(1)[0][0]

    @cached_property
    def kind(self) -> Kind:
        return Counter(s.kind for s in self.statements).most_common(1)[0][0]

    @cached_property
    def label(self) -> str:
        return label(
            self.key,
            [(s.measured, s.metric_key) for s in self.statements],
            [s.entity for s in self.statements],
        )

    @property
    def why(self) -> str:
        """Why its statements were put together, in a line."""
        units = sorted({s.unit for s in self.statements if s.unit})
        return why(self.key, units, own={s.metric_key for s in self.statements})


def value_in(value: float, unit: str | None, kind: str, to: str | None) -> float | None:
    """A statement's ``value`` in ``unit`` expressed in ``to`` (``None`` when it does not
    convert); a count's whatever it counts (the counts of one metric count one thing)."""
    return value if kind == "count" else convert(value, unit, to)


def metric_id(key: str) -> str:
    """The id of the metric made from ``key``: the same in any store, at any time."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def why(key: str, units: list[str], *, own: Collection[str | None] = ()) -> str:
    """Why the statements of the metric made from ``key``, in ``units``, whose own keys
    are ``own``, were put together, in a line: also when some are figures whose words
    name nothing, there because the metric states their figure, and when some name other
    things, there because they state one of its figures."""
    if (name := tracker_name(key)) is not None:
        return f"hand-made tracker '{name}'"
    concepts, event, entity, place, dimension, statement = key.split("|")
    parsed = automatic(key)
    if parsed is not None and (figure := parsed.figure) is not None:
        reasons = [f"same figure {_figure_words(figure)}"]
    else:
        words_of = " ".join(properties(parsed)) if parsed else concepts.replace("+", " ")
        reasons = [f"same property '{words_of}'"]
    if parsed is not None and (noun := counted_noun(parsed)) is not None:
        reasons.append(f"counting {noun}")
    named = (("event", _event_words(event, "")), ("entity", entity), ("place", _place_words(place)))
    reasons += [f"same {name} '{value}'" for name, value in named if value]
    currencies = [u for u in units if u in currency_codes()]
    others = [u for u in units if u not in currencies]
    if len(others) > 1 and dimension.startswith("count"):
        # the nouns of a count are no units: the key reads them as one property
        reasons.append(f"one thing counted ({', '.join(others)})")
    elif len(others) > 1:
        reasons.append(f"units convertible ({', '.join(others)})")
    if len(currencies) > 1:
        reasons.append(f"the same sum in other currencies ({', '.join(currencies)})")
    if statement != "fact":
        reasons.append(f"each a {statement}")
    if parsed is None or parsed.figure is not None:
        return ", ".join(reasons)
    members = [k for k in map(automatic, own) if k is not None]
    if any(k.figure is not None for k in members):
        reasons.append("with figures naming nothing that restate one of its figures")
    said = set(parsed.concepts)
    others = sorted({" ".join(properties(k)) for k in members if not set(k.concepts) <= said})
    others = [o for o in others if not o.startswith("=")]
    if others:
        reasons.append(f"with {', '.join(repr(o) for o in others)} stating one of its figures")
    return ", ".join(reasons)


def _figure_words(figure: tuple[float, str | None]) -> str:
    """A figure a key is made of, as a reader writes it and the Trackers tab shows its
    figures ("₹650bn", "$58.40 per barrel"), not as the key stores it."""
    return figure_text(*figure)


def label(
    key: str,
    phrases: Sequence[tuple[str | None, str | None]],
    names: Iterable[str | None] = (),
) -> str:
    """What a metric is, in words: the most frequent measured phrase of its statements
    (``(measured, own key)`` each) that are keyed as the metric is, else of all of them
    (not "increase" when three of them joined by stating its figure); a bare noun
    ("target") gives way to the most frequent phrase that names the same property by
    that noun with more words ("government target"); then whose and where it is, as
    ``names`` (its statements' entities) write the name, each part said once. A
    hand-made tracker's name. With no phrase at all, its property's words, or the figure
    it is keyed by as the why line writes it ("₹650bn")."""
    if (name := tracker_name(key)) is not None:
        return name
    own = [p for p, k in phrases if p and k == key and not _place_name(p)]
    found = Counter(own or [p for p, _ in phrases if p and not _place_name(p)])
    parts = key.split("|")
    parsed = automatic(key)
    if found:
        what = found.most_common(1)[0][0]
    elif parsed is not None and parsed.figure is not None:
        what = _figure_words(parsed.figure)
    else:
        what = " ".join(properties(parsed)) if parsed else parts[0].replace("+", " ")
    if found and len(what.split()) == 1:
        what = _fuller(what, phrases)
    scope = [_event_words(parts[1], what), _written(parts[2], names), _place_words(parts[3])]
    # A part the phrase or a later part already says is not said again: "people killed
    # by earthquake (Myanmar)", not "(earthquake, Myanmar)"; "(United States)" once.
    kept = [p for i, p in enumerate(scope) if p and not _says([what, *scope[i + 1 :]], p)]
    return f"{what} ({', '.join(kept)})" if kept else what


# A word of a label, to tell whether its phrase already says a part of its scope.
_LABEL_WORD = re.compile(
    r"""[^\W_]+ (?: [-'’] [^\W_]+ )*   # letters and digits, maybe hyphened: "public-private" """,
    re.VERBOSE,
)
# A word of a name as a key's entity is made of it (`keys._entity`), and the possessive
# the key drops ("Donald Trump's").
_NAME_WORD = re.compile(r"""[A-Za-z] [\w'-]*   # "Trump's", "Atlas", "V" """, re.VERBOSE)
_POSSESSIVE = re.compile(r"""'s $   # "Norges Bank's" """, re.VERBOSE)


# A key's event of a stated year (`keys._dated`): "war 2023", "measles 2015-2016".
_DATED_EVENT = re.compile(
    r"""(?P<event> .+? ) \s (?P<year> \d{4} (?: - \d{4} )? )   # "war" "2023" """,
    re.VERBOSE,
)


def _event_words(event: str, what: str) -> str:
    """A key's event as a reader writes it: of a stated year with the year first ("2023
    war", not the key's "war 2023"), only the year when the phrase ``what`` already names
    the event ("plague cases (2017, ...)")."""
    dated = _DATED_EVENT.fullmatch(event)
    if dated is None:
        return event
    if _says([what], dated["event"]):
        return dated["year"]
    return f"{dated['year']} {dated['event']}"


def _place_name(phrase: str) -> bool:
    """Whether a measured phrase is only a place's name, written as a name ("New
    Delhi"): it names no quantity. Not a lower-case word a gazetteer also holds
    ("reading")."""
    return all(w[:1].isupper() for w in phrase.split()) and phrase in gazetteer()


def _says(texts: Sequence[str], part: str) -> bool:
    """Whether ``texts`` hold every word of ``part``, in the singular or the plural
    ("earthquake" in "deaths in earthquakes")."""
    said = {w.casefold() for text in texts for w in _LABEL_WORD.findall(text)}
    said |= {w[:-1] for w in said if w.endswith("s")}
    return {w.casefold() for w in _LABEL_WORD.findall(part)} <= said


def _written(entity: str, names: Iterable[str | None]) -> str:
    """A key's entity (lower case: "donald trump") as its statements write it ("Donald
    Trump", "Nato"), the most frequent way; with no statement naming it, each word
    capitalised ("Lancet")."""
    if not entity:
        return ""
    sought = entity.split()
    found: Counter[str] = Counter()
    for name in names:
        written = [_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(name or "")]
        for i in range(len(written) - len(sought) + 1):
            if [w.lower() for w in written[i : i + len(sought)]] == sought:
                found[" ".join(written[i : i + len(sought)])] += 1
    if found:
        return found.most_common(1)[0][0]
    return " ".join(w[:1].upper() + w[1:] for w in sought)


# A country in a key's place is its ISO 3166 code ("MM", "London, GB"); a label names it.
_COUNTRY_CODE = re.compile(r"\b[A-Z]{2}\b")


def _place_words(place: str) -> str:
    """A key's place as a reader writes it, its country named ("London, United Kingdom")
    and a group of countries the key writes in lower case ("eu") by its name ("European
    Union")."""
    if len(place) == 2 and place.islower():
        place = place.upper()
    return _COUNTRY_CODE.sub(lambda code: country_name(code.group()), place)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The short English name of the country with ISO code ``code``, as CLDR gives it
    ("MM": "Myanmar", without CLDR's "(Burma)"); the code when CLDR has none."""
    name = Locale("en").territories.get(code)
    return name.split(" (")[0] if name else code


def _fuller(word: str, phrases: Sequence[tuple[str | None, str | None]]) -> str:
    """The most frequent phrase among ``phrases`` that ends in ``word`` after more words
    and is keyed with the same property ("government target" for "target"), else
    ``word``."""
    properties = {k.split("|")[0] for p, k in phrases if p == word and k}
    fuller = Counter(
        p
        for p, k in phrases
        if p and k and k.split("|")[0] in properties and p.lower().endswith(" " + word.lower())
    )
    return fuller.most_common(1)[0][0] if fuller else word


def metric_keys(conn: sqlite3.Connection, *, min_statements: int = 2) -> dict[str, str]:
    """Each key of the tracking rows -> the key of its metric after merging, for the
    metrics with at least ``min_statements`` statements (wire copies counted once); keys
    the store's claims first if the tracker changed. Counted in SQL: a store holds few
    keys but millions of claims."""
    if not stored.is_current(conn):
        stored.retrack(conn)
    counts = conn.execute(
        "SELECT metric_key, COUNT(DISTINCT copy_key) FROM tracking "
        "WHERE metric_key IS NOT NULL GROUP BY metric_key"
    ).fetchall()
    metric_of = merged(
        dict(counts),
        _sizes(conn),
        values=lambda keys: _values(conn, keys),
        hedged=lambda keys: _hedged(conn, keys),
        converted=_conversions(conn),
        apart=_told_apart(conn),
    )
    if min_statements <= 1:
        return metric_of
    # A metric's statements are its keys' sentences, one sentence under two keys once.
    statements = conn.execute(
        "SELECT m.value, COUNT(DISTINCT t.copy_key) FROM tracking t "
        "JOIN json_each(?) m ON m.key = t.metric_key GROUP BY m.value",
        (json.dumps(metric_of),),
    )
    wanted = {metric for metric, n in statements if n >= min_statements}
    return {key: metric for key, metric in metric_of.items() if metric in wanted}


def _values(
    conn: sqlite3.Connection, keys: Collection[str]
) -> dict[str, frozenset[tuple[float, str | None]]]:
    """The figures (value, unit) the claims of each of ``keys`` state."""
    rows = conn.execute(
        "SELECT DISTINCT t.metric_key, c.value, c.unit FROM tracking t"
        " JOIN claims c ON c.id = t.claim_id"
        " WHERE t.metric_key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(keys)),),
    )
    found: dict[str, set[tuple[float, str | None]]] = {}
    for key, value, unit in rows:
        found.setdefault(key, set()).add((value, unit))
    return {key: frozenset(stated) for key, stated in found.items()}


def _hedged(
    conn: sqlite3.Connection, keys: Collection[str]
) -> dict[str, frozenset[tuple[float, str | None, bool]]]:
    """The figures (value, unit, whether said with a hedge: "about", "more than") the
    claims of each of ``keys`` state."""
    rows = conn.execute(
        "SELECT DISTINCT t.metric_key, c.value, c.unit, c.qualifier IS NOT NULL FROM tracking t"
        " JOIN claims c ON c.id = t.claim_id"
        " WHERE t.metric_key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(keys)),),
    )
    found: dict[str, set[tuple[float, str | None, bool]]] = {}
    for key, value, unit, hedge in rows:
        found.setdefault(key, set()).add((value, unit, bool(hedge)))
    return {key: frozenset(stated) for key, stated in found.items()}


def _conversions(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The keys of each figure and its conversion into another currency or unit in its
    sentence ("380 billion shillings (about $103 million)"): one figure, whose claims
    share their statement key (`claims.tracking.records`) in one article, in two units."""
    # Only the few statement keys under two metric keys are read, in one pass over the
    # store: joining each claim to the others of its article takes a long article's
    # claims squared.
    rows = conn.execute(
        "SELECT t.copy_key, c.article_id, c.unit, t.metric_key FROM tracking t"
        " JOIN claims c ON c.id = t.claim_id WHERE t.copy_key IN (SELECT copy_key"
        " FROM tracking WHERE metric_key IS NOT NULL GROUP BY copy_key"
        " HAVING COUNT(DISTINCT metric_key) > 1) AND t.metric_key IS NOT NULL"
    )
    stated: dict[tuple[str, str], dict[str | None, str]] = {}
    for copy_key, article, unit, key in rows:
        stated.setdefault((copy_key, article), {})[unit] = key
    return sorted(
        {
            (a, b)
            for by_unit in stated.values()
            for a, b in itertools.combinations(by_unit.values(), 2)
            if a != b
        }
    )


def _told_apart(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Each key of a city, state or province and its country's key (`countrywide`) whose
    figures one article states and tell the city's apart (`a_part`): the capital's
    turnout of 61.0% beside the nation's 58.2%, two quantities."""
    # Only the claims keyed with a city's place (written "name, CC") are read, and then
    # the claims of those countries' keys: a store holds few of either.
    stated = (
        "SELECT c.article_id, t.metric_key, c.value, c.period_start, c.period_end"
        " FROM tracking t JOIN claims c ON c.id = t.claim_id WHERE t.history = 0 AND "
    )
    local: dict[tuple[str, str], list[Stated]] = {}
    for article, text, *figure in conn.execute(stated + "t.metric_key LIKE '%, __|%'"):
        local.setdefault((article, text), []).append(tuple(figure))
    country = {
        text: found.text
        for _, text in local
        if (key := automatic(text)) is not None and (found := countrywide(key)) is not None
    }
    national: dict[tuple[str, str], list[Stated]] = {}
    for article, text, *figure in conn.execute(
        stated + "t.metric_key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(country.values()))),),
    ):
        national.setdefault((article, text), []).append(tuple(figure))
    return sorted(
        {
            (text, country[text])
            for (article, text), figures in local.items()
            if text in country
            and a_part(MetricKey.parse(text), figures, national.get((article, country[text]), []))
        }
    )


def _sizes(conn: sqlite3.Connection) -> dict[str, tuple[float, float]]:
    """Each key's smallest and largest figure, in the first unit seen of its dimension;
    the store's claims reduced in SQL to one row per key and unit."""
    rows = conn.execute(
        "SELECT t.metric_key, c.unit, MIN(ABS(c.value)), MAX(ABS(c.value)) FROM tracking t"
        " JOIN claims c ON c.id = t.claim_id"
        " WHERE t.metric_key IS NOT NULL AND c.value IS NOT NULL"
        " GROUP BY t.metric_key, c.unit"
    )
    unit_of: dict[str, str | None] = {}
    found: dict[str, tuple[float, float]] = {}
    for text, unit, small, large in rows:
        if (key := automatic(text)) is None:
            continue
        to = unit_of.setdefault(key.dimension, unit)
        same = key.dimension == "count" or unit == to
        low, high = (small, large) if same else (convert(small, unit, to), convert(large, unit, to))
        if low is None or high is None:
            continue
        before = found.get(text, (low, high))
        found[text] = (min(before[0], low), max(before[1], high))
    return found


def members(conn: sqlite3.Connection, *, min_statements: int = 2) -> dict[int, str]:
    """Each claim of a metric with at least ``min_statements`` statements (wire copies
    counted once) -> that metric's key, merged from the tracking rows now (the store keeps
    the answer: `claims.tracking.membership`)."""
    keys = metric_keys(conn, min_statements=min_statements)
    rows = conn.execute("SELECT claim_id, metric_key FROM tracking WHERE metric_key IS NOT NULL")
    return {cid: keys[key] for cid, key in rows if key in keys}


def metrics(
    conn: sqlite3.Connection,
    *,
    min_statements: int = 2,
    keys: Sequence[str] | None = None,
    sentences: bool = True,
) -> list[Metric]:
    """The metrics with at least ``min_statements`` statements (only those of ``keys``,
    if given), busiest first, as the store keeps each claim's metric
    (`claims.tracking.membership`, which the caller makes current); their statements
    without their sentences ("") unless ``sentences``."""
    where = "s.statements >= ?"
    params: list[object] = [min_statements]
    if keys is not None:
        where += " AND m.metric_key IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(keys)))
    rows = conn.execute(_KEPT.format(where=where), params).fetchall()
    found: dict[str, list[Statement]] = {}
    first: dict[tuple[str, str], int] = {}  # each sentence's first claim in its metric
    for s, key in zip(_statements(conn, rows, sentences=sentences), _keys(rows), strict=True):
        original = first.setdefault((key, s.copy_key), s.claim_id)
        found.setdefault(key, []).append(s if original == s.claim_id else _copy(s, original))
    made = [Metric(key, statements) for key, statements in found.items()]
    return sorted(made, key=lambda m: (-_distinct(m), m.label))


def _distinct(metric: Metric) -> int:
    return sum(s.copy_of is None for s in metric.statements)


def _keys(rows: list[tuple[Any, ...]]) -> Iterator[str]:
    return (row[-1] for row in rows)


_COLUMNS = """
SELECT c.id, c.article_id, a.title, a.source, a.published, c.value, c.low, c.high, c.unit,
       c.kind, c.qualifier, c.surface, c.start, c."end", c.measured, c.entity, c.place,
       c.period_start, c.period_end, c.attributed_to, c.statement, t.metric_key, t.copy_key,
       t.history, c.sentence_start, c.sentence_end
"""
# The claims of the kept metrics, with the key of each one's metric last.
_KEPT = (
    _COLUMNS
    + """, m.metric_key
FROM metric_members m JOIN metric_summary s ON s.metric_key = m.metric_key
JOIN tracking t ON t.claim_id = m.claim_id JOIN claims c ON c.id = m.claim_id
JOIN articles a ON a.id = c.article_id
WHERE {where}
ORDER BY a.published, c.id
"""
)
_BY_ID = (
    _COLUMNS
    + """
FROM tracking t JOIN claims c ON c.id = t.claim_id JOIN articles a ON a.id = c.article_id
WHERE c.id IN (SELECT value FROM json_each(?))
ORDER BY a.published, c.id
"""
)


def with_sentences(conn: sqlite3.Connection, metric: Metric) -> Metric:
    """``metric`` with its statements' sentences (read when it was read without them)."""
    ids = json.dumps([s.claim_id for s in metric.statements])
    rows = conn.execute(_BY_ID, (ids,)).fetchall()
    sentence = {s.claim_id: s.sentence for s in _statements(conn, rows, sentences=True)}
    statements = [replace(s, sentence=sentence.get(s.claim_id, "")) for s in metric.statements]
    return Metric(metric.key, statements)


def _statements(
    conn: sqlite3.Connection, rows: list[tuple[Any, ...]], *, sentences: bool = True
) -> Iterator[Statement]:
    """Rows of ``_COLUMNS`` as statements (with "" for sentences, unless ``sentences``)."""
    # Each text read once and sliced here: SQLite's substr walks a text from its start
    # for every claim.
    texts = _texts(conn, {row[1] for row in rows}) if sentences else {}
    for row in rows:  # in the order of Statement's fields, less the sentence
        aid, start, end, history, s0, s1 = row[1], row[12], row[13], row[23], row[24], row[25]
        sentence = sentence_of(texts[aid], (s0, s1), (start, end)) if sentences else ""
        fields: list[Any] = [*row[:12], sentence, *row[12:23], bool(history)]
        yield Statement(*fields)


def sentence_of(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> str:
    """The sentence at ``sentence`` of ``text`` as a statement shows it: whole, or an
    excerpt around the figure at ``figure`` when it is longer than one."""
    s0, s1 = sentence
    if s1 - s0 <= EXCERPT_CHARS:  # most: the sentence whole, without a call
        return text[s0:s1]
    return excerpt(text, sentence, figure)


def _texts(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    rows = conn.execute(
        "SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    return dict(rows.fetchall())


def _copy(s: Statement, original: int) -> Statement:
    return replace(s, copy_of=original)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
