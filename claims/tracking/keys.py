"""Which metric a claim states: what is measured, of whom, where, in which units.

A claim's key is the set of concepts its `measured` phrase (and, for a count, its
counted noun) names, after spellings, plurals and news synonyms are made one ("death
toll", "people killed" and "fatalities" are all ``death``), marking the noun a count
counts unless it counts people (ballots cast are not the voters casting them); the
event it is of (a quake's toll is not a flood's); its entity and place; the dimension of
its unit
(hectares and acres are one); and whether it is a fact, a forecast, a target or a
scenario. Claims with the same key state the same metric; the metric's id is a hash of
the key, so it never changes when unrelated articles are added.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from types import MappingProxyType

from claims.extraction.scope.evidence import Place
from claims.extraction.scope.places import demonym, gazetteer, subdivision_name
from claims.extraction.scope.vocabulary import BODIES, MEASURED_NAMES
from claims.extraction.vocabulary.numbers import SMALL
from claims.extraction.vocabulary.plurals import singular
from claims.extraction.vocabulary.time import MONTH_NAMES, WEEKDAYS
from claims.model import Kind, Statement
from claims.tracking import vocabulary as words
from claims.tracking.trackers import tracker_name
from claims.tracking.units import dimension

# A figure that restates or disputes a metric's is within this factor of its figures
# (a rival's 38,000 strikers of 62,000; a vaguer key's figure joining a metric).
RESTATED_WITHIN = 3.0
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# A forecast, a target and a scenario are other metrics than the fact they are about.
# A target is another quantity than the fact it aims at; a forecast, an estimate or a
# scenario is of the same quantity as the fact (their time, or their kind of statement
# when sources are compared, tells them apart).
_STATEMENT_CLASS = {"target": "target"}
# What a figure measures when its phrase names only its event ("the Cedar Ridge fire"):
# what its kind of unit measures.
_KIND_CONCEPT = {"area": "area", "currency": "cost", "duration": "duration"}
_KIND_CONCEPT |= {"length": "distance", "mass": "mass", "volume": "volume", "speed": "speed"}
# An area said only to have burned ("burned area", "area scorched") is its fire's area,
# as "the fire" in hectares is: what an area figure measures.
_BURNED = words.CONCEPTS["burned"]
# The span of time a count is per: "case per day", "migrant per week".
_PER_TIME = re.compile(r"\bper\s(?P<span>hour|day|week|month|quarter|year)$")
# The kinds of figure that may be one per a span of time ("daily passengers", "weekly
# wage", "daily output"); not a percentage or a time ("daily change", "daily hours").
_PER_SPAN_KINDS = frozenset(["count", "currency", "mass", "volume", "energy", "length"])
# The properties news names in many ways: a rate of one is that property.
_PROPERTIES = frozenset(words.CONCEPTS.values())
# What a figure may measure with no other word: one of those properties, a rate, or
# people (of a count of people somewhere: "people in shelters").
MEASURES = _PROPERTIES | {"rate", "person"}
# The word classes a word's lemma is taken from, in order: "imports" is the noun
# "import", "imported" the verb's.
_LEMMA_CLASSES = ("NOUN", "VERB", "ADJ")
_NAME_WORD = re.compile(r"[A-Za-z][\w'-]*")
# Capitalised words that name no one: "The", months and weekdays.
_NOT_NAMES = frozenset(["the", *MONTH_NAMES, *WEEKDAYS])
# Where an entity runs across a sentence's end: a full stop after a word (not an
# abbreviation's: "Co. Ltd") before a capital, or a line break.
_SENTENCE_BREAK = re.compile(r"(?<=\w{4})\.\s+(?=[A-Z])|\n")
# The words before a figure that make it another quantity than what there is, with the
# concept each adds, tried in order: "licensed to carry" is a capacity, not a permit.
_ALLOWANCES = (
    ("capacity", words.CAPACITY),
    ("permitted", words.PERMITTED),
    ("sought", words.SOUGHT),
)
# The whole a part is counted against, written just before it: "nine of the train's"
# (12 carriages), "23 of the country's" (140 districts), "38 of the" (101 seats).
_PART_OF = re.compile(
    rf"""\b(?: \d[\d,.]* | {"|".join(SMALL)} ) \s+ of \s+   # the part: "nine of"
        (?: the | its | their ) \s+                       # whose whole
        (?: [\w-]+ ['’]s \s+ )? $                         # maybe its owner: "train's"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The concept of such a whole: a total, never a part's figure nor joined by one.
WHOLE = "total"
# The running total a figure is a part of, written just after it: "96 of the cases",
# "702 of all cases", "14 of the deaths" (`_part_of_total`).
_OF_WHOLE = re.compile(
    r"""^ \s+ (?: out \s+ )? of \s+                           # "of", "out of"
        (?: all \s+ (?: the \s+ )? | the \s+ | its \s+ | their \s+ | these \s+ | those \s+ )
        (?P<whole> [\w-]+ (?: \s+ [\w-]+ )? )                 # "cases", "confirmed cases"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The concept of such a part: never the running total, nor joined by it.
PART = "part"
# The concept of a level held for minutes or hours or touched at one point (`_momentary`):
# never the level over a day or a year, nor joined by it.
MOMENTARY = "momentary"
# The concept of what was added to a running total (`_new`): never joined by the total.
NEW = "new"
# The concept of how far a figure is from its usual level (`words.FROM_USUAL`): another
# quantity than the level, never joined by it.
DEPARTURE = "departure"
# The concept of the amount a figure changed by (`_change`): "rose by 900" is no level of
# the toll, nor joined by it.
CHANGE = "change"
# The concept of a change on the month before (`words.MONTH_ON_MONTH`): never joined by
# a change on a year before, nor stating one of its figures.
MONTHLY = "month-on-month"
# The concepts of a sum over one quarter and over one half-year (`_part_of_year`): never
# joined by the year's, by one of a period unsaid, nor by each other.
QUARTERLY = "quarterly"
HALF_YEARLY = "half-yearly"
# The kinds of figure a quarter's or a half-year's sum may be: a count (visitors,
# passengers), an output (ounces of gold, tonnes of cement, cubic metres, gigawatt
# hours). Not a sum of money: a company's revenue "in the quarter" is the revenue its
# results state with no period.
_SUM_KINDS = frozenset(["count", "mass", "volume", "energy"])
# The kinds of figure whose measured words naming a quarter or a half-year make it that
# part's (`words.PART_OF_YEAR`): a sum of money too, its words saying which part it is.
_NAMED_SUM_KINDS = _SUM_KINDS | {"currency"}
# The concepts of a sum of money its words say is of one quarter or one half-year, as
# the words "quarter" and "half-year" are read: no other quantity than the sum (a
# results article names the part once, then says "revenue"), but no sum of the other.
_QUARTER = "quarter"
_HALF = "half-year"
# The lengths in days of a week ("the past week": eight days, both ends counted), of
# three months (a calendar quarter or the three months to a day) and of six (a calendar
# half-year or the six months to a day): `_span`.
_WEEK_DAYS = range(7, 9)
_QUARTER_DAYS = range(89, 94)
_HALF_DAYS = range(181, 186)
# The concepts that make a figure another quantity than the same words without them:
# what may be is not what there is, nor a whole its part, a part its running total, a
# moment the day, what was added the total, a change on the month one on the year, a
# departure from the usual or from a reference the level, a change its level.
OTHER_QUANTITIES = frozenset(concept for concept, _ in _ALLOWANCES) | {
    WHOLE,
    PART,
    MOMENTARY,
    NEW,
    MONTHLY,
    DEPARTURE,
    QUARTERLY,
    HALF_YEARLY,
    CHANGE,
}
# What begins the one concept of a figure's key (`figure_key`): no word does.
_FIGURE = "="
# What begins the concept of the noun a count counts (`_counting`): no word does.
COUNTING = "#"
# The possessive ending a name whose figure it is ("Hoshida Pharmaceutical's packs"):
# the owner's name is the same without it.
_POSSESSIVE = re.compile(r"""'s $   # "Pharmaceutical's" """, re.VERBOSE)
# The year or years a dated event ends with ("earthquake 2021", "2014"): `_dated`.
_YEAR_AT_END = re.compile(
    r"""(?: ^ | \s ) \d{4}   # alone ("2014") or after the event ("storm 2014")
        (?: - \d{4} )? $        # or years ("measles 2015-2016")""",
    re.VERBOSE,
)
# The level of a place (`Place.level`) from which it is more than its country: a state,
# province or city.
_LOCAL = 2
# A city's, state's or province's place in a key (`_local`): "Stockholm, SE".
_LOCAL_PLACE = re.compile(r"(?P<name>.+),\s(?P<code>[A-Z]{2})")
# A figure a city's running total may be of its country's beside it, at most, to be a part
# of it: nearer, it is the country's toll told from where its event struck (`a_part`).
_PART_AT_MOST = 0.5
# A figure as an article states it, for telling a city's from its country's (`a_part`):
# its value and its stated period's first and last days.
Stated = tuple[float, str | None, str | None]
# What is not a significant digit of a figure written as "1.350000000000e+09".
_SIGNIFICANT = re.compile(r"\.|0+e.*|e.*")


@dataclass(frozen=True)
class Keyed:
    """What the key of a claim is made from: its fields (``attributed_to``: who states
    it), its sentence (the figure from ``start`` to ``end`` in it; ``end`` unknown:
    ``None``) and its article's title."""

    measured: str | None
    unit: str | None
    kind: Kind
    entity: str | None
    place: str | None
    statement: Statement
    sentence: str = ""
    start: int = 0
    end: int | None = None
    title: str | None = None
    value: float | None = None
    period_start: str | None = None
    period_end: str | None = None
    published: str | None = None
    attributed_to: str | None = None


@dataclass(frozen=True)
class MetricKey:
    """The parts of a metric's identity."""

    concepts: tuple[str, ...]
    event: str | None
    entity: str | None
    place: str | None
    dimension: str
    statement: str

    @property
    def text(self) -> str:
        parts = ("+".join(self.concepts), self.event, self.entity, self.place)
        return "|".join([*(p or "" for p in parts), self.dimension, self.statement])

    @classmethod
    def parse(cls, text: str) -> MetricKey:
        """The key ``text`` writes."""
        concepts, event, entity, place, dimension, statement = text.split("|")
        return cls(
            tuple(concepts.split("+")) if concepts else (),
            event or None,
            entity or None,
            place or None,
            dimension,
            statement,
        )

    @property
    def metric_id(self) -> str:
        """A short id that is the same for the same key, in any store, at any time."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:12]

    @property
    def cumulative(self) -> bool:
        """Whether the metric is a running total of an event (deaths, cases, area burned)."""
        return any(c in words.CUMULATIVE for c in self.concepts)

    @property
    def figure(self) -> tuple[float, str | None] | None:
        """The figure (value, and unit unless it counts) a key of a figure whose words
        name nothing is made of (`figure_key`); ``None`` for any other key."""
        if len(self.concepts) != 1 or not self.concepts[0].startswith(_FIGURE):
            return None
        value, _, unit = self.concepts[0][len(_FIGURE) :].partition(" ")
        return float(value), unit or None


def statement_class(statement: Statement) -> str:
    """The kind of statement a key keeps of a claim's: a target, or a fact (a forecast, an
    estimate or a scenario is of the same quantity as the fact)."""
    return _STATEMENT_CLASS.get(statement, "fact")


def countrywide(key: MetricKey) -> MetricKey | None:
    """``key`` with the country of its city, state or province for its place (`_local`);
    ``None`` when its place is none of those."""
    found = _LOCAL_PLACE.fullmatch(key.place or "")
    return replace(key, place=found["code"]) if found else None


def part_of_country(key: MetricKey, place: str | None) -> MetricKey | None:
    """``key``, a running total keyed as its country's however its place is written
    (`key_of`), with the city, state or province ``place`` names for its place: the key
    of that part of the country, for an article stating the country's figure beside it
    ("two deaths in Brazzaville" beside "34 people in Congo"); ``None`` for another key,
    or a place that is no part of ``key``'s country."""
    if not key.cumulative or key.figure is not None:
        return None
    local = _LOCAL_PLACE.fullmatch(_local(place) or "")
    return replace(key, place=local.group()) if local and local["code"] == key.place else None


def a_part(key: MetricKey, part: Iterable[Stated], whole: Iterable[Stated]) -> bool:
    """Whether the figures an article states of a city's, state's or province's ``key``
    (``part``) and of its country's (``whole``), none an earlier state, tell the city's
    apart: one of a time the country's are stated for (its stated period, or none; any,
    of a running total, whose count is the count to date "since July" or not), that they
    do not state, and, of a running total, at most `_PART_AT_MOST` of each ("two deaths"
    in Brazzaville beside 34 in Congo; the capital's turnout of 61.0% beside the nation's
    58.2%; not a past year's level, nor "at least 14" killed in Quang Tri beside
    Vietnam's 19)."""
    national = list(whole)
    for value, start, end in part:
        same_time = [v for v, s, e in national if key.cumulative or (s, e) == (start, end)]
        if not same_time or value in same_time:
            continue
        if not key.cumulative or all(abs(value) <= _PART_AT_MOST * abs(v) for v in same_time):
            return True
    return False


def article_country(places: Iterable[str | None]) -> str | None:
    """The country an article's figures are of, as a key writes it (`_country`), when
    more than half of those naming a country it knows name it: what a figure of its
    article whose place is unsaid is of (a Saint Lucian airline's staff, Australia's
    share of renewable power); ``None`` for an article of several countries or of none."""
    found = Counter(country for place in places if (country := _country(place)))
    if not found:
        return None
    country, n = found.most_common(1)[0]
    return country if 2 * n > found.total() else None


def of_its_place(key: MetricKey, place: str | None) -> bool:
    """Whether ``place``, as a claim writes it, is ``key``'s place itself ("Congo" of a
    key of CG), not a part of it nor unsaid."""
    return key.place is not None and _local(place) == key.place


def automatic(text: str | None) -> MetricKey | None:
    """The automatic key ``text`` writes; ``None`` for no key or a hand-made tracker's."""
    return None if text is None or tracker_name(text) is not None else MetricKey.parse(text)


def key_of(claim: Keyed) -> MetricKey | None:
    """The key of the metric ``claim`` states; ``None`` when nothing says what it measures."""
    known = {w.lower() for w in _NAME_WORD.findall(f"{claim.entity or ''} {claim.place or ''}")}
    counted = claim.unit if claim.kind == "count" else None
    home = _country(claim.place)
    measured = None if _names_its_speaker(claim) else _without_part(claim)
    concepts, names = read_measured(measured, counted, known=known, home=home)
    event = _event(claim)
    if _new(claim, concepts) or _of_a_span(claim, concepts, event) or _gained(claim):
        concepts = tuple(sorted({*concepts, NEW}))  # added over a span, not the total
    if concepts and (part := _part_of_year(claim, concepts)):
        concepts = tuple(sorted({*concepts, part}))  # a quarter's visitors, not the year's
    if concepts and (allowance := _allowance(claim)):
        concepts = tuple(sorted({*concepts, allowance}))  # a ferry's 180 seats, not 212 aboard
    if concepts and _PART_OF.search(claim.sentence[: claim.start]):
        concepts = tuple(sorted({*concepts, WHOLE}))  # the train's 12 carriages, not the 9
    if concepts and _part_of_total(claim, concepts):
        concepts = tuple(sorted({*concepts, PART}))  # 96 of the cases, not the cases
    if concepts and _momentary(claim):
        concepts = tuple(sorted({*concepts, MOMENTARY}))  # 70% for a half-hour, not the year's
    if claim.kind == "area" and concepts == (_BURNED,):
        concepts = (_KIND_CONCEPT["area"],)  # "burned area": the fire's, as "the fire" is
    if concepts and (words.FROM_USUAL.match(claim.sentence[claim.start :]) or _off(claim)):
        concepts = tuple(sorted({*concepts, DEPARTURE}))  # 34 metres below usual, not 262
    if concepts and _change(claim):
        concepts = tuple(sorted({*concepts, CHANGE}))  # the toll rose by 900: not a toll of 900
    if concepts and _month_on_month(claim):
        concepts = tuple(sorted({*concepts, MONTHLY}))  # on the month, not on the year
    if not concepts and claim.kind in _KIND_CONCEPT and _names_event(claim.measured):
        concepts = (_KIND_CONCEPT[claim.kind],)  # "the Cedar Ridge fire", "the stoppage"
    if not concepts:
        return None
    concepts, unit = _per_span(claim, concepts)
    # A running total, or the area an event covers (a fire's, a slick's: it spreads).
    cumulative = (
        any(c in words.CUMULATIVE for c in concepts)
        or concepts[0] in _KIND_CONCEPT.values()
        or claim.kind == "area"
    )
    entity = _entity(claim.entity, event, claim.place)
    if cumulative and entity is not None and entity == _entity(claim.attributed_to):
        entity = None  # "the Red Cross put the toll at 13": who counts it, not whose it is
    if claim.kind == "count" and (noun := _counting(claim.unit)) is not None:
        concepts = tuple(sorted({*concepts, noun}))  # 336,300 ballots, not 771,400 voters
    return MetricKey(
        concepts=concepts,
        event=_dated(event, claim) if cumulative else None,  # a tariff is of no event
        entity=entity or (" ".join(names) if names else None),
        place=_local(claim.place) if not cumulative or _district(claim.place) else home,
        dimension=_count_dimension(unit) if claim.kind == "count" else dimension(unit, claim.kind),
        statement=statement_class(claim.statement),
    )


def _names_its_speaker(claim: Keyed) -> bool:
    """Whether what the claim measures is written only in words of who says so, as they
    are written there ("the ministry" said by the ministry, "independent firm Tandem
    Hospitality Data" that put it at 69%): the extraction took the speaker for what is
    measured, and the figure names nothing it measures. A common word that is a word of
    the speaker's name is not one: Ak-Tash Gold's "gold" is its output."""
    stop = words.stop_words()
    written = {w for w in _NAME_WORD.findall(claim.measured or "") if w.lower() not in stop}
    # "the traders' union" says "traders union": a plural's possessive is the plural.
    said_by = {w.rstrip("'") for w in _NAME_WORD.findall(claim.attributed_to or "")}
    return bool(written) and written <= said_by


def _per_span(claim: Keyed, concepts: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """``concepts`` without a word saying the figure is one per a span of time ("daily
    passengers", "weekly wage"), and the claim's unit per that span: what "180,000
    passengers a day" and "1.1 million euros a day" are in. The unit unchanged when it
    is per a span already, or no figure of its kind is per one (a percentage, a time)."""
    written = _WORD.findall((claim.measured or "").lower())
    said = {span for w in written if (span := words.PER_SPAN.get(w))}
    if len(said) != 1 or claim.kind not in _PER_SPAN_KINDS:
        return concepts, claim.unit
    span = said.pop()
    kept = tuple(c for c in concepts if c not in words.PER_SPAN)
    per = _PER_TIME.search(claim.unit or "")
    if not kept or (per is not None and per["span"] != span):
        return concepts, claim.unit  # "daily" all it says; "daily" of a figure per week
    if per is not None:
        return kept, claim.unit  # "daily cases" a day: said twice
    return kept, f"{claim.unit} per {span}" if claim.unit else f"per {span}"


def figure_key(claim: Keyed) -> MetricKey | None:
    """The key of a figure whose words name nothing it measures ("Pacifica", "the
    figure"): the figure itself (its value, and its unit unless it counts) in its scope.
    It states no metric of its own: it restates the one metric of its scope that states
    that figure (`claims.tracking.merging`), if any."""
    if claim.value is None or not precise(claim.value):
        return None  # "2%", "5,000": too common to tell which figure they restate
    counted = claim.kind == "count" and (claim.unit is None or claim.unit in words.PEOPLE)
    unit = "" if counted or claim.unit is None else f" {claim.unit}"
    return MetricKey(
        concepts=(f"{_FIGURE}{claim.value:.15g}{unit}",),
        event=None,
        entity=_entity(claim.entity),
        place=_local(claim.place),
        dimension=_count_dimension(claim.unit)
        if claim.kind == "count"
        else dimension(claim.unit, claim.kind),
        statement=statement_class(claim.statement),
    )


def precise(value: float) -> bool:
    """Whether a figure has two significant digits or more: "2%" and "5,000" are too
    common to tell which figure they are, "2.35 billion" and "41" are not."""
    return len(_SIGNIFICANT.sub("", f"{abs(value):.12e}")) >= 2


def _new(claim: Keyed, concepts: tuple[str, ...]) -> bool:
    """Whether the figure counts what was added to a running total over a span ("6,000
    new cases in the past week"), not the total; a count per day or week says so already."""
    if claim.kind != "count" or _PER_TIME.search(claim.unit or ""):
        return False
    said = _WORD.findall((claim.measured or "").lower())
    return "new" in said and any(c in words.CUMULATIVE for c in concepts)


def _of_a_span(claim: Keyed, concepts: tuple[str, ...], event: str | None) -> bool:
    """Whether the figure counts what a running total gained in one calendar month or one
    week ("arrivals in June alone were 96,400", "66 measles cases in the past week"), not
    the total; an event's toll of a month or week is its toll, and a disease's count of
    a month its count then, but an outbreak runs for months: its cases of a week are
    what it gained."""
    if claim.kind != "count" or _PER_TIME.search(claim.unit or ""):
        return False  # a rate per day: no span's gain
    span = _span(claim.period_start, claim.period_end)
    disease = event == "outbreak" or event in words.DISEASES.values()
    if event is not None and not (disease and span == "week"):
        return False  # an event's toll, a disease's count of a month
    return span in ("week", "month") and any(c in words.CUMULATIVE for c in concepts)


def _part_of_year(claim: Keyed, concepts: tuple[str, ...]) -> str | None:
    """``QUARTERLY`` or ``HALF_YEARLY`` when the figure is a count or an output over one
    quarter or one half-year ("1.9 million visitors in October-December", "141,000 ounces
    in the first half"), or what it measures names one; ``_QUARTER`` or ``_HALF`` when
    it is a sum of money whose words name one ("first-quarter net profit"), not the
    other part's; ``None``
    for a level at a day, a rate (a percentage, a count per day), a running total, whose
    count at any date is the total, and a sum of money its words name no part of
    (`_SUM_KINDS`)."""
    if _PER_TIME.search(claim.unit or "") or any(c in words.CUMULATIVE for c in concepts):
        return None
    named = words.PART_OF_YEAR.search(claim.measured or "")
    if named and claim.kind == "currency":
        return _QUARTER if named["quarter"] else _HALF  # "first-quarter net profit"
    if named and claim.kind in _SUM_KINDS:
        return QUARTERLY if named["quarter"] else HALF_YEARLY  # "first-half gold output"
    if claim.kind not in _SUM_KINDS:
        return None
    span = _span(claim.period_start, claim.period_end)
    return {"quarter": QUARTERLY, "half": HALF_YEARLY}.get(span or "")


def _without_part(claim: Keyed) -> str | None:
    """What the claim measures without the words naming a part of the year, for a kind
    of figure they make that part's (`_part_of_year` reads them): "first-half revenue" is
    the revenue of a half, as "half-year revenue" is. A rate keeps them: "quarterly
    growth" is no annual growth."""
    if claim.kind not in _NAMED_SUM_KINDS:
        return claim.measured
    return words.PART_OF_YEAR.sub(" ", claim.measured or "").strip() or None


def other_part_of_year(
    key: MetricKey, kind: Kind, period_start: str | None, period_end: str | None
) -> bool:
    """Whether a figure of ``kind`` over a period is a sum over another part of the year
    than ``key``'s (`_part_of_year`): a forecast for the full year is no half-year's
    count of passengers, nor a quarter's sum the year's."""
    if key.cumulative or kind not in _SUM_KINDS:
        return False
    span = _span(period_start, period_end)
    own = {"quarter": QUARTERLY, "half": HALF_YEARLY}.get(span or "")
    parts = {QUARTERLY, HALF_YEARLY} & set(key.concepts)
    return parts != ({own} if own else set())


def may_be_in(place: str | None, key: MetricKey) -> bool:
    """Whether a figure of ``place`` (as a claim writes it) may be of ``key``'s place:
    either unsaid or unknown, the same, or a city, state or province of its country ("the
    capital" of a nationwide strike); never another city of that country."""
    mine = _local(place) if place else None
    if mine is None or key.place is None or mine == key.place:
        return True
    found = _LOCAL_PLACE.fullmatch(mine)
    return found is not None and found["code"] == key.place


def _span(start: str | None, end: str | None) -> str | None:
    """The span a period is, when it is one: a calendar "month", a "week", three months
    (a "quarter") or six (a "half"); ``None`` for a day, a year, or any other."""
    if not (start and end):
        return None
    try:
        first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return None
    days = (last - first).days + 1
    month_end = calendar.monthrange(first.year, first.month)[1]
    if first.day == 1 and (last.year, last.month, last.day) == (first.year, first.month, month_end):
        return "month"
    if days in _WEEK_DAYS:
        return "week"
    if days in _QUARTER_DAYS:
        return "quarter"
    return "half" if days in _HALF_DAYS else None


def _gained(claim: Keyed) -> bool:
    """Whether a count is what it gained over a span, said by the verb before it ("adding
    150,000 in the third quarter"), not its level."""
    before = claim.sentence[max(0, claim.start - 20) : claim.start]
    return claim.kind == "count" and bool(words.GAINED_BEFORE.search(before))


def _part_of_total(claim: Keyed, concepts: tuple[str, ...]) -> bool:
    """Whether the figure is a part of the running total it measures, named just after it
    ("96 of the cases", "14 of the deaths"), not the total; a part of anything else ("40 of
    the villagers" killed, "38 of the 101 seats") is the figure itself."""
    end = claim.start if claim.end is None else claim.end
    found = _OF_WHOLE.match(claim.sentence[end:])
    if found is None:
        return False
    named = {_concept(w) for w in _WORD.findall(found["whole"].lower())}
    return bool(named & set(concepts) & words.CUMULATIVE)


def _off(claim: Keyed) -> bool:
    """Whether the figure is how far something is from a target named after it ("300,000
    barrels above target") or how much it is more or less than another ("£3 less", "2,000
    fewer visitors than last year"); not a percentage "lower than a year earlier": its
    change on the year, as "rose 3.2%" is."""
    if claim.end is None:
        return False
    after = claim.sentence[claim.end :]
    if words.OFF_TARGET.match(after):
        return True
    return claim.kind != "percentage" and bool(words.LESS_OR_MORE.match(after))


def _change(claim: Keyed) -> bool:
    """Whether the figure is the amount of a stated change ("rose by more than 900",
    "fell 12,000", "went up £5 to £45"), not the level reached; not a percentage, whose
    change of a level in money or a count is apart already and whose change of a rate
    is that rate's change ("prices rose 3.2%")."""
    if claim.kind == "percentage":
        return False
    before = claim.sentence[: claim.start]
    if words.CHANGED_BY.search(before):
        return True
    after = claim.sentence[claim.end :] if claim.end is not None else ""
    return bool(words.UP_OR_DOWN.search(before) and words.TO_LEVEL.match(after))


def _month_on_month(claim: Keyed) -> bool:
    """Whether the figure is a change on the month before ("fell 1.8% on the month")."""
    return claim.kind == "percentage" and bool(
        words.MONTH_ON_MONTH.match(claim.sentence[claim.start :])
    )


def _allowance(claim: Keyed) -> str | None:
    """What the figure is when it is not what there is: what a thing is built, licensed or
    able to carry or hold ("capacity"), what a permit allows ("permitted"), what has been
    applied for ("sought"); ``None`` for what there is."""
    before = claim.sentence[max(0, claim.start - words.CAPACITY_WINDOW) : claim.start]
    for concept, words_before in _ALLOWANCES:
        if words_before.search(before):
            return concept
    return None


def _momentary(claim: Keyed) -> bool:
    """Whether the figure is a level held for minutes or hours or touched at one point
    ("briefly topped $90", "8% at one point", "70% ... for at least one half-hour")."""
    end = claim.start if claim.end is None else claim.end
    return bool(
        words.MOMENT_BEFORE.search(claim.sentence[: claim.start])
        or words.MOMENT_AFTER.match(claim.sentence[end:])
    )


def _counting(unit: str | None) -> str | None:
    """The concept of the noun a count counts, marked: "ballots cast by registered
    voters" counts ballots in one figure and voters in another. ``None`` for people, or
    a property counting them, which its phrase names as what is measured ("people
    killed" and "heat deaths" are deaths, "people infected" cases)."""
    noun = _PER_TIME.sub("", unit or "").strip()
    if not noun or noun in words.PEOPLE:
        return None
    own = read_measured(None, noun)[0] or (noun,)
    return None if set(own) & words.PEOPLE_COUNTS else COUNTING + "-".join(own)


def counted_noun(key: MetricKey) -> str | None:
    """The noun a key's count counts, when its key tells it apart (`_counting`)."""
    marked = [c[len(COUNTING) :] for c in key.concepts if c.startswith(COUNTING)]
    return marked[0] if marked else None


def properties(key: MetricKey) -> tuple[str, ...]:
    """The concepts of what a key measures, without the mark of the noun it counts."""
    return tuple(c for c in key.concepts if not c.startswith(COUNTING))


def happening(concept: str) -> bool:
    """Whether a concept is only a verb's ("reconnect", "restore"): what happened to the
    things a figure counts, another property than their count ("customers reconnected"
    are no customers without power), unlike a stray noun a measured phrase keeps
    ("airline" for the airline's debt)."""
    return set(_lemmas(concept)) == {"VERB"}


def _count_dimension(unit: str | None) -> str:
    """A count, or a count per a span of time: 25 new cases a day are a rate, not a total."""
    per = _PER_TIME.search(unit or "")
    return f"count per {per.group('span')}" if per else "count"


def read_measured(
    measured: str | None,
    counted: str | None = None,
    *,
    known: frozenset[str] | set[str] = frozenset(),
    home: str | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The concepts a measured phrase (and a count's noun) names, sorted, and the names
    it holds ("Orbitra" of "Orbitra satellites"); neither the words of ``known`` (the
    claim's entity and place) nor places ("Peru quake toll") are either. A nationality
    of another country than the figure's (coded ``home``) is an origin, part of what is
    measured ("Chinese goods" of a US tariff); of its own or of none, its place's."""
    text = f"{measured or ''} {counted or ''}"
    for phrase, word in words.PHRASES:
        text = phrase.sub(word, text)
    concepts: set[str] = set()
    names: list[str] = []
    people = False
    alone = len(_NAME_WORD.findall(measured or "")) == 1
    written_words = _NAME_WORD.findall(text)
    for n, written in enumerate(written_words):
        token = re.sub(r"'s$", "", written.lower())
        if written.islower() and _describes_event(token, written_words[n + 1 : n + 2]):
            continue  # "methane explosion", "gas blast": which event, held by the key's event
        if token in words.COMPARATIVES and _compares(written_words[n + 1 : n + 2]):
            continue  # "a lower death toll": a rival figure of the toll
        nationals = written[0].isupper() and _nationals(written)  # "Palestinians", not "German"
        people = people or token in words.PEOPLE or nationals
        if nationals:
            continue  # "Palestinians killed": people counted, not whose figure it is
        if token in known or (written[0].isupper() and _place_of(written) is not None):
            continue
        # "Turnout", alone, opening a sentence, is a word; "Tesla shares" names Tesla.
        opening = n == 0 and alone and bool(_lemmas(token))
        name = (
            written[0].isupper()
            and token not in words.CONCEPTS
            and written not in MEASURED_NAMES  # "GDP", "Nikkei": measured, no one's
            and not opening
        )
        if name and (origin := demonym(written)) is not None:
            if home is not None and origin.code.upper() != home.upper():
                concepts.add(token)  # another country's: an origin
        elif name and token not in _NOT_NAMES:
            names.append(token)  # a name: whose or which figure, not what is measured
        elif meaning := _concept(token):
            concepts.add(meaning)
    if concepts & words.CASUALTIES:
        concepts -= words.VEHICLES  # "bridge toll": the collapse's, told by the event
    if concepts & _PROPERTIES:
        concepts.discard("rate")  # "jobless rate", "inflation rate": the property itself
    if people and concepts and not concepts & words.PEOPLE_COUNTS:
        concepts.add("person")  # people in shelters are counted, not the shelters
    return tuple(sorted(concepts)), tuple(names)


def _describes_event(token: str, after: list[str]) -> bool:
    """Whether a word is a modifier of the event word after it ("methane" of "methane
    explosion"), not itself a property news names."""
    return bool(after) and after[0].lower() in words.EVENTS and token not in words.CONCEPTS


def _compares(after: list[str]) -> bool:
    """Whether a comparative before the word ``after`` sets a rival figure against it
    ("lower death toll", "higher count"), not names a thing ("higher education")."""
    if not after:
        return False
    word = after[0].lower()
    return word in words.GENERIC or _concept(word) in _PROPERTIES


def _concept(token: str) -> str | None:
    token = _one_word(token)
    if token in words.CONCEPTS:
        return words.CONCEPTS[token]
    if _says_nothing(token) or words.PERIOD_WORD.fullmatch(token):
        return None
    lemma = _one_word(_lemma(token))
    if _says_nothing(lemma) or lemma in words.EVENTS or {token, lemma} & words.DISEASES.keys():
        return None
    return words.CONCEPTS.get(lemma) or _participle_concept(token) or lemma


def _participle_concept(token: str) -> str | None:
    """The property a verb's participle names, for its other forms: "injuring" and
    "injures" are "injured", "destroys" "destroyed". Not for a word that is also a noun
    ("ground teams" are not grounded; "damage" is no verb form of "damaged")."""
    from lemminflect import getInflection

    lemmas = _lemmas(token)
    if "NOUN" in lemmas or "VERB" not in lemmas:
        return None
    for form in getInflection(lemmas["VERB"][0], "VBN"):
        if meaning := words.CONCEPTS.get(_one_word(form)):
            return meaning
    return None


def _one_word(word: str) -> str:
    """The word news uses for ``word``: its British spelling, or the usual synonym."""
    word = words.SPELLINGS.get(word, word)
    return words.SYNONYMS.get(word, word)


def _says_nothing(word: str) -> bool:
    return (
        word in words.stop_words()
        or word in words.GENERIC
        or word in words.TIME_WORDS
        or word.isdigit()
    )


def _lemmas(token: str) -> dict[str, tuple[str, ...]]:
    """LemmInflect's lemmas of a word by word class; imported on first use, as it imports
    spaCy, which a dashboard reading keys never needs."""
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(token))


def _lemma(token: str) -> str:
    """The word's dictionary form: a noun's singular, else a verb's or adjective's base
    ("centers" -> "center", "imported" -> "import"); unknown words by the plural rules."""
    lemmas = _lemmas(token)
    for word_class in _LEMMA_CLASSES:
        if word_class in lemmas:
            return str(lemmas[word_class][0])
    return singular(token)


def _event(claim: Keyed) -> str | None:
    """The event the figure is of: named in what it measures, else nearest to it in its
    sentence, else in the article's title; an outbreak is of the disease named there."""
    event = _named_event(claim, words.EVENTS, words.EVENT_PHRASES)
    if event in (None, "outbreak"):
        event = _named_event(claim, words.DISEASES) or event
    return event


def _dated(event: str | None, claim: Keyed) -> str | None:
    """An event of a stated year as that year's ("earthquake 2021"), and one of a month or
    day of a year before the article's as that year's, named or not ("a quake in March
    2019", "since October 2014, when 61 people died": "2014"): another disaster than the
    news is about. Not a disease's, whose cases are one quantity over time, unless the
    sentence recalls an outbreak of a past year ("an outbreak in 2017": "plague 2017")."""
    if event in words.DISEASES.values() or event == "outbreak":
        # A disease's cases over time are one quantity; an outbreak of a past year its
        # sentence recalls ("an outbreak in 2017 ...: 209 deaths") is another outbreak.
        recalled = _recalled_years(claim) if _names_outbreak(claim.sentence) else None
        return f"{event} {recalled}" if recalled else event
    past = _past_year(claim)
    if event is None:
        return past
    year = _whole_year(claim.period_start, claim.period_end) or past
    return f"{event} {year}" if year else event


def dated(event: str | None) -> bool:
    """Whether a key's event is of a stated year (`_dated`)."""
    return event is not None and _YEAR_AT_END.search(event) is not None


def _past_year(claim: Keyed) -> str | None:
    """The year of a period within one calendar year before the year the article was
    published; ``None`` without a publication date."""
    start, end = claim.period_start, claim.period_end
    if not (start and end and claim.published) or start[:4] != end[:4]:
        return None
    return start[:4] if start[:4] < claim.published[:4] else None


def _recalled_years(claim: Keyed) -> str | None:
    """The years of a period over before the year the article was published ("2017",
    "2015-2016"); ``None`` for one reaching into that year, or without a publication date."""
    start, end = claim.period_start, claim.period_end
    if not (start and end and claim.published) or end[:4] >= claim.published[:4]:
        return None
    return start[:4] if start[:4] == end[:4] else f"{start[:4]}-{end[:4]}"


def _names_outbreak(sentence: str) -> bool:
    """Whether a sentence names an outbreak ("an outbreak in 2017", "the epidemic")."""
    return any(w in words.OUTBREAKS for w in _WORD.findall(sentence.lower()))


def _whole_year(start: str | None, end: str | None) -> str | None:
    """The year a period is, when it is one whole calendar year ("in 2021")."""
    if start and end and start[5:10] == "01-01" and end[5:10] == "12-31" and start[:4] == end[:4]:
        return start[:4]
    return None


def _names_event(measured: str | None) -> bool:
    """Whether a measured phrase names an event ("the stoppage"): a figure beside a name
    in a sentence about a strike ("two years | Health New Zealand") is of no event."""
    return any(w in words.EVENTS for w in _WORD.findall((measured or "").lower()))


def _named_event(
    claim: Keyed,
    names: Mapping[str, str],
    phrases: tuple[tuple[re.Pattern[str], str], ...] = (),
) -> str | None:
    for token in _WORD.findall((claim.measured or "").lower()):
        if token in names:
            return names[token]
    # The nearest in its sentence, however long ("a mudflow ... swept through two villages
    # ... on Monday night, killing six people"): the title's is only the story's. A phrase
    # ("a hillside collapsed") is read before the words in it.
    sentence = claim.sentence.lower()
    written = [(m.span(), event) for phrase, event in phrases for m in phrase.finditer(sentence)]
    found = [(abs(start - claim.start), event) for (start, _), event in written]
    found += [
        (abs(m.start() - claim.start), names[m.group()])
        for m in _WORD.finditer(sentence)
        if m.group() in names and not any(s <= m.start() < e for (s, e), _ in written)
    ]
    if found:
        return min(found)[1]
    for token in _WORD.findall((claim.title or "").lower()):
        if token in names:
            return names[token]
    return None


def _entity(text: str | None, event: str | None = None, place: str | None = None) -> str | None:
    """An entity as a key: its proper name ("Orbitra", "Norges Bank"), lower case, without
    what the sentence says of it ("the centre-right", "Estonia's"); not a role anyone
    could hold ("the government", "the Finnish group"), a place, the figure's own place
    (``place``: "Mafeteng" of "Mafeteng district"), nor the name of the figure's event
    ("Cyclone Nandi": the storm is the key's event)."""
    if text:
        text = _SENTENCE_BREAK.split(text)[-1]  # "Friday. The Bank of ...": the bank
    if not text or _place_of(text) is not None or _within(text, place):
        return None
    if event is not None and any(words.EVENTS.get(w) == event for w in _WORD.findall(text.lower())):
        return None
    written = _NAME_WORD.findall(text)
    while written and (_described(written[0]) or written[0] == "The"):
        written.pop(0)
    while written and not written[-1][0].isupper():
        written.pop()
    if not written or all(_place_of(w) or _nationality(w) or w.lower() in BODIES for w in written):
        return None  # a place, a nationality's "group", a role: "the Government"
    written[-1] = _POSSESSIVE.sub("", written[-1])
    return " ".join(w.lower() for w in written)


def _within(text: str, place: str | None) -> bool:
    """Whether every word of a name is a word of ``place`` ("Mafeteng", "Mafeteng
    district"): the place itself, which no list of names may hold."""
    written = {w.lower() for w in _NAME_WORD.findall(text)}
    return bool(written) and written <= {w.lower() for w in _NAME_WORD.findall(place or "")}


def _nationality(word: str) -> bool:
    """A demonym, or its plural ("Chinese", "Palestinians")."""
    return demonym(word) is not None or _nationals(word)


def _nationals(word: str) -> bool:
    """A demonym's plural: a nationality's people ("Palestinians")."""
    return word.endswith("s") and demonym(word[:-1]) is not None


def _described(word: str) -> bool:
    """Whether a word before a name describes it: a lower-case word ("centre-right"), a
    place's possessive ("Estonia's")."""
    return not word[0].isupper() or (word.endswith("'s") and _place_of(word[:-2]) is not None)


def _country(text: str | None) -> str | None:
    """A place as a key: its country ("Ancash" and "Peru" are both PE), or the group it
    names ("EU"); ``None`` for a place no list holds ("the southern Okanagan"), which
    tells no country and so says no more than a place unsaid."""
    if not text:
        return None
    place = _place_of(text)
    if place is None:
        return words.PLACES.get(" ".join(_WORD.findall(text.lower())))
    return place.code or words.PLACES.get(place.name.lower(), place.name.lower())


def _local(text: str | None) -> str | None:
    """A place as the key of a figure that is no running total, or one of a district
    (`_district`): the city, state, province or district itself ("Stockholm, SE": its
    apartment prices are neither Gothenburg's nor Sweden's), else its country
    (`_country`). Another running total is its country's however its place is written: a
    quake's toll in Ancash is Peru's."""
    place = _place_of(text) if text else None
    if place is None or place.level < _LOCAL or not place.code:
        return _country(text)
    return f"{place.name}, {place.code}"


def _district(text: str | None) -> bool:
    """Whether a place is a district, county or province its text names by its kind
    ("Mafeteng district", "Sindh province"): a running total of it is a part of its
    country's ("Mafeteng district has reported 61 cases"), not the country's total."""
    return bool(text) and _subdivision(text or "") is not None


def _place_of(name: str) -> Place | None:
    """The place a name stands for, by the extractor's gazetteer ("LONDON" is London), or
    a subdivision written with its kind ("Mafeteng district", "Kisoro District")."""
    found = gazetteer()
    return (
        found.get(name) or found.get(name.title()) or found.get(name.strip()) or _subdivision(name)
    )


def _subdivision(name: str) -> Place | None:
    """The subdivision a name written with its kind stands for ("Mafeteng district")."""
    return _subdivisions().get(" ".join(_WORD.findall(name.lower())))


@cache
def _subdivisions() -> Mapping[str, Place]:
    """Every subdivision of ISO 3166-2, by its name with its kind, lower case ("mafeteng
    district" for Lesotho's "Mafeteng District", "kisoro district" for Uganda's "Kisoro"):
    districts and counties the gazetteer leaves out, as their names alone are too often
    other places' or words, are places when the text names their kind."""
    import pycountry

    found: dict[str, Place] = {}
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        name = " ".join(_WORD.findall(subdivision_name(sub.name).lower()))
        written = name if name.endswith(f" {kind}") else f"{name} {kind}"
        found.setdefault(written, Place(sub.name, sub.country_code, _LOCAL))
    return MappingProxyType(found)
