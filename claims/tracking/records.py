"""What the store keeps of each claim for the tracker, computed when the claim is stored:
its metric, the key behind it (none for a figure added to a running total: "two more
children died", or one naming nothing: "a further 12%", for an age band: "children under
five", or for what describes one person or package: "a 71-year-old man", "a 50kg bag"),
the key of its sentence (for wire copies) and whether it is an earlier state the sentence
compares with ("up from 1,040", "from 10 per cent") or sets in the past ("its earlier
figure of 43.6%", "since 2014, when 43 people were killed")."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claims.model import Claim, Qualifier
from claims.tracking import vocabulary as words
from claims.tracking.keys import (
    RESTATED_WITHIN,
    WHOLE,
    Keyed,
    MetricKey,
    Stated,
    a_part,
    article_country,
    automatic,
    figure_key,
    key_of,
    may_be_in,
    of_its_place,
    other_part_of_year,
    part_of_country,
    statement_class,
)
from claims.tracking.trackers import Tracker
from claims.tracking.units import convert

# Bump when the metric keys or the conflict rules change, so stored claims are keyed
# again and their conflicts worked out again.
TRACKER_VERSION = "45"
# An earlier state a figure is set against: "up from 1,040", "from 10 per cent to 25",
# "compared with 63", "than 2,000".
_HISTORY = re.compile(
    r"""\b(?: from | compared \s+ (?:with|to) | than | versus | vs\.? | against )
        \s+ (?:an? \s+ | the \s+)? $""",
    re.VERBOSE | re.IGNORECASE,
)
# A figure its sentence gives as the earlier state of another: "up from $2.61 billion",
# "down from 568,000 tonnes", "from the 612,000 it gave in January". Not "than" or
# "compared with": "higher than the 3.2% in France" is another place's figure.
_EARLIER_STATE = re.compile(r"\b from \s+ (?: the \s+ )? $", re.VERBOSE | re.IGNORECASE)
# A figure named as an earlier reading of what its sentence states now, withdrawn:
# "revised its earlier figure of 43.6%", "above its initial count of 49", "short of the
# board's preliminary estimate of 1.3 million tonnes".
_WITHDRAWN = re.compile(
    r"""\b(?: earlier | previous | initial | original | first | preliminary | provisional )
        \s+ (?: figure | estimate | count | forecast | toll | total | tally | reading ) \s+ of
        \s+ $""",
    re.VERBOSE | re.IGNORECASE,
)
# A figure of the past moment a record is measured from: "the worst since June 2022,
# when more than 100 people died", "since the 2011 derailment near Kochi, which killed
# 38 people", "cuts since March 2023 to 5.25 points, when the rate stood at 9%".
_PAST_MOMENT = re.compile(
    r"""\b since \b [^;]*? \b (?:19|20)\d\d \b   # since a past year
        [^;]*? , \s* (?: when | which ) \b      # a clause telling of that moment
        [^,;]*? $                               # that holds the figure
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A figure added to a running total, not the total: "a further 620", "an extra 5" before
# it; "two more children" after it ("more than 40" is a level). "Another" is not one:
# "another 30,800 homes were damaged" are other homes, beside those destroyed.
_ADDED_BEFORE = re.compile(
    r"\b(?: a \s+ further | an \s+ additional | an \s+ extra ) \s+ $",
    re.VERBOSE | re.IGNORECASE,
)
_MORE_AFTER = re.compile(
    r"""(?: (?:about|around|some|nearly|almost|roughly|at \s+ least) \s+ )?
        [^\s]+ (?: \s+ (?:hundred|thousand|million|billion) )?   # the number
        \s+ more \b (?! \s+ than \b)""",
    re.VERBOSE | re.IGNORECASE,
)
# An age band says who a figure counts: "aged 15 to 30", "aged nine months to 14 years"
# before the figure; an age with a bound ("under five", "more than 65 years of age").
_AGED = re.compile(
    r"""\b aged \s+ (?: between \s+ | from \s+ )?
        (?: [\w-]+ \s+ (?:months?|years?) \s+ (?:to|and) \s+ )?   # "nine months to"
        $""",
    re.VERBOSE | re.IGNORECASE,
)
# The qualifiers that bound an age: the extractor's reading of "under", "over", "more
# than", "at least"; "about 59 years" is an age, no band.
_AGE_BOUNDS: frozenset[Qualifier] = frozenset(
    ["more_than", "less_than", "at_least", "at_most", "up_to"]
)
# What says a figure naming nothing restates, or disputes, the figure its sentence (or the
# one before) is about, just before it: a rival "put it at", "puts at", "put the figure
# for the same six months at about"; its own reading, "its estimate of", "the ministry's
# figure is", "its own forecast for this year is a more modest", "the figure rose to";
# or who says so, "the union says". The words between are in lower case: a name there
# ("the figure for Malé alone was") is another place's or another's figure.
_RESTATED_AS = re.compile(
    r"""(?:
        \b (?: put | puts | putting ) \b                   # a rival's "put ... at"
        (?: \s+ (?!at\b) (?-i: [a-z][\w'’-]* ) ){0,8}? \s+ at
      | \b (?: its | their | his | her | the | that | [\w-]+ ['’]s )
        \s+ (?: own \s+ )? (?: [\w-]+ \s+ )?               # "its own", "its August"
        (?: estimate | forecast | figure | count | tally | number | total | projection )
        (?: \s+ (?-i: [a-z][\w'’-]* ) ){0,6}?               # "for this year"
        \s+ (?: of | at | is | was | to | as )              # "of", "is", "rose to"
        (?: \s+ an? )? (?: \s+ (?: more | less ) \s+ [a-z]+ )?   # "a more modest"
      | \b (?: says | say | said | claims | claimed | reckons | estimates ) \b
        (?: \s+ (?: it | the \s+ figure ) \s+ (?: is | was | holds | stands \s+ at ) )?
    )
    \s+ (?: (?: about | around | some | nearly | almost | roughly | closer \s+ to
              | close \s+ to | more \s+ than | fewer \s+ than | less \s+ than ) \s+ )? $""",
    re.VERBOSE | re.IGNORECASE,
)
# A rival's figure of the same time set beside another ("far more than the 38 listed by
# the ministry", "a higher figure than the 41,230 given by Italy", "at 49%, against the
# 58% the bank had reported"): the comparing word says the two figures dispute one
# quantity, so the one after "than the" or "against the" is no history...
_RIVAL = re.compile(
    rf"""\b(?: (?: {words.COMPARING} )
            (?: \s+ (?:figure|number|total|count) )?   # "a higher figure than the"
            \s+ than
          | against )
        \s+ the \s+ $""",
    re.VERBOSE | re.IGNORECASE,
)
# ... unless its clause dates it earlier ("than the 1,200 hectares burned last year").
_EARLIER = re.compile(
    r"""^ [^.;:]*? \b(?: last | previous | earlier | ago | before | (?:19|20)\d\d )\b""",
    re.VERBOSE | re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
# At most this many characters between a sentence and the next (a paragraph's break).
_SENTENCE_GAP = 3
# How far a figure converted into another unit may be from its conversion as written:
# "420 kilometres (260 miles)" is 261 miles, rounded.
_ROUNDED = 0.1
# One person's age, written as what describes them: "a 71-year-old man".
_YEARS_OLD = re.compile(r"-years?-old$", re.IGNORECASE)
# The word right after a figure ("50kg bag", "64-kilogram bag"), and its first word.
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


@dataclass(frozen=True)
class Tracking:
    """A stored claim's tracking columns: the key of the metric it states (a hand-made
    tracker's, or the automatic one), its statement's key (its sentence and figure, a
    conversion's those of the figure it converts), and whether it is an earlier state its
    sentence compares with."""

    metric_key: str | None
    copy_key: str
    history: bool


def automatic_keys(
    claims: Sequence[Claim],
    starts: Sequence[int],
    title: str | None,
    published: str | None = None,
) -> list[str | None]:
    """The automatic metric key of each of one article's claims (each figure starting at
    ``starts`` of its sentence; ``published``: the article's ISO date, which tells a past
    year's disaster it recalls), before hand-made trackers and the article's own passes.
    It is the costly part of keying, so extraction workers compute it beside the claims
    (`claims.ingestion.batch`) rather than leave it all to the one process that stores."""
    return [_automatic_key(c, at, title, published) for c, at in zip(claims, starts, strict=True)]


def _automatic_key(
    claim: Claim, start_in_sentence: int, title: str | None, published: str | None
) -> str | None:
    sentence = claim.sentence
    end = start_in_sentence + len(claim.surface)
    keyed = Keyed(
        measured=claim.measured,
        unit=claim.unit,
        kind=claim.kind,
        entity=claim.entity,
        place=claim.place,
        statement=claim.statement,
        sentence=sentence,
        start=start_in_sentence,
        end=end,
        title=title,
        value=claim.value,
        period_start=claim.period_start,
        period_end=claim.period_end,
        published=published,
        attributed_to=claim.attributed_to,
    )
    # A range is no one figure to restate.
    history = _history(sentence, start_in_sentence, end)
    key = key_of(keyed) or (None if history or claim.low is not None else figure_key(keyed))
    if key is None:
        return None
    if (key.cumulative or key.figure is not None) and _added(sentence, start_in_sentence):
        return None  # "two more children died", "a further 12%": no level of a metric
    if _age_band(claim, sentence, start_in_sentence):
        return None  # "children under five": who a figure counts
    if _describes(claim, sentence, start_in_sentence):
        return None  # "a 71-year-old man", "a 50kg bag": who or what, not how many
    return key.text


def tracking_of(
    claim: Claim, start_in_sentence: int, automatic_key: str | None, trackers: Sequence[Tracker]
) -> Tracking:
    """The tracking columns of ``claim``, whose figure starts at ``start_in_sentence`` of its
    sentence; a hand-made tracker that matches wins over ``automatic_key``."""
    sentence = claim.sentence
    copy = f"{_SPACES.sub(' ', sentence.strip().casefold())}|{claim.surface.casefold()}"
    copy_key = hashlib.sha1(copy.encode("utf-8")).hexdigest()[:16]
    end = start_in_sentence + len(claim.surface)
    history = _history(sentence, start_in_sentence, end) or _past(sentence, start_in_sentence)
    tracker = next((t for t in trackers if t.matches(claim)), None)
    return Tracking(tracker.key if tracker else automatic_key, copy_key, history)


def _history(sentence: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` of ``sentence`` is an earlier state it
    compares with, not a rival's figure of the same time."""
    before = sentence[max(0, start - 30) : start]
    if not _HISTORY.search(before):
        return False
    return not _RIVAL.search(before) or bool(_EARLIER.match(sentence[end : end + 60]))


def _past(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``sentence`` is one its sentence sets in the
    past: an earlier reading it withdraws ("its earlier figure of 43.6%"), or the figure
    of the past moment a record is measured from ("since 2014, when 43 people were
    killed"). History for conflicts, though it may restate another outlet's figure."""
    before = sentence[:start]
    return bool(_WITHDRAWN.search(before[-30:]) or _PAST_MOMENT.search(before))


def _added(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``sentence`` is added to a total ("a further
    620", "two more children") rather than the total."""
    before = sentence[max(0, start - 20) : start]
    return bool(_ADDED_BEFORE.search(before) or _MORE_AFTER.match(sentence, start))


def _age_band(claim: Claim, sentence: str, start: int) -> bool:
    """Whether the figure is an age band of a group ("adults aged 15 to 30", "children
    under five"), not a figure of its own ("the average age of farmers is 59")."""
    if _AGED.search(sentence[max(0, start - 40) : start]):
        return True
    return claim.unit == "year of age" and claim.qualifier in _AGE_BOUNDS


def _describes(claim: Claim, sentence: str, start: int) -> bool:
    """Whether the figure describes one person or package the sentence is about: an age
    written before the person ("a 71-year-old man"), a size before a container ("a 50kg
    bag"). Two stories' 50kg bags or 52-year-old men are no one quantity."""
    if claim.unit == "year of age" and _YEARS_OLD.search(claim.surface):
        return True
    after = _NEXT_WORD.match(sentence, start + len(claim.surface))
    return after is not None and after.group(1).lower() in words.CONTAINERS


def article_tracking(
    claims: Sequence[Claim],
    starts: Sequence[int],
    title: str | None,
    trackers: Sequence[Tracker],
    keys: Sequence[str | None] | None = None,
    published: str | None = None,
) -> list[Tracking]:
    """The tracking columns of one article's claims (each figure starting at ``starts`` of
    its sentence; ``keys``: their `automatic_keys`, when already computed, else worked out
    with ``published``, the article's date): each its own, except that a key leaving its
    place unsaid takes the country of its article's figures (`_with_article_place`), a key
    leaving unsaid the entity its article names for that property ("the fire" of an article
    on the Cedar Ridge fire) takes it, a running total of a city its article tells from its
    country's is the city's (`_with_parts`), and a figure whose words name nothing ("Toll climbs to
    1,644", "at least 212") and which restates the value of one keyed figure of its article
    ("killed 1,644 people") states that figure's metric, and one its words say restates or
    disputes another ("put the figure at 90,000", "its estimate of about €590 million") that
    of the one figure of its sentence, or else the sentence before, it may be
    (`_with_rivals`), and one its sentence gives as the earlier state of another ("up from
    $2.61 billion") that of the one figure of its sentence it may be
    (`_with_earlier_states`)."""
    if keys is None:
        keys = automatic_keys(claims, starts, title, published)
    found = [
        tracking_of(c, at, key, trackers) for c, at, key in zip(claims, starts, keys, strict=True)
    ]
    found = _with_article_place(claims, found)
    found = _with_parts(claims, _with_article_entities(found))
    by_value: dict[tuple[object, ...], set[str]] = {}
    for claim, t in zip(claims, found, strict=True):
        if not _unnamed(t) and t.metric_key is not None and not t.history:
            for restated in _restated_as(claim):
                by_value.setdefault(restated, set()).add(t.metric_key)
    keyed = [
        replace(t, metric_key=next(iter(same)))
        if _unnamed(t) and len(same := by_value.get(_restates(claim), set())) == 1
        else t
        for claim, t in zip(claims, found, strict=True)
    ]
    rivals = _with_rivals(claims, starts, keyed)
    return _with_conversions(claims, starts, _with_earlier_states(claims, starts, rivals))


def _with_article_place(claims: Sequence[Claim], found: list[Tracking]) -> list[Tracking]:
    """``found`` with each automatic key leaving its place unsaid (or naming one no list
    holds) given the country of its article (`article_country`): a figure of no place in
    a Saint Lucian airline's story is Saint Lucia's, and never joins the metric of
    another country, as a key of no place may (a Togolese dam's staff)."""
    country = article_country(c.place for c in claims)
    if country is None:
        return found
    out = []
    for t in found:
        key = automatic(t.metric_key)
        if key is not None and key.place is None:
            t = replace(t, metric_key=replace(key, place=country).text)
        out.append(t)
    return out


def _with_parts(claims: Sequence[Claim], found: list[Tracking]) -> list[Tracking]:
    """``found`` with each running total of a city, state or province, keyed as its
    country's, keyed as that place's (`part_of_country`) when the article's figures of
    that key for the country itself tell it apart (`a_part`): "two deaths have been
    recorded" in Brazzaville beside "34 people" killed in Congo are a part of the toll."""
    national: dict[str, list[Stated]] = {}
    for claim, t in zip(claims, found, strict=True):
        key = automatic(t.metric_key)
        if key is not None and not t.history and of_its_place(key, claim.place):
            national.setdefault(key.text, []).append(_stated(claim))
    out = []
    for claim, t in zip(claims, found, strict=True):
        key = automatic(t.metric_key)
        part = None if key is None or t.history else part_of_country(key, claim.place)
        if (
            key is not None
            and part is not None
            and a_part(key, [_stated(claim)], national.get(key.text, []))
        ):
            t = replace(t, metric_key=part.text)
        out.append(t)
    return out


def _stated(claim: Claim) -> Stated:
    return claim.value, claim.period_start, claim.period_end


def _with_conversions(
    claims: Sequence[Claim], starts: Sequence[int], found: list[Tracking]
) -> list[Tracking]:
    """``found`` with each figure that converts the one before it in its sentence into
    another currency or unit ("£13.4 billion ($17 billion)", "12,000 hectares (about
    29,650 acres)") given that figure's sentence key: one statement, counted once."""
    out = list(found)
    # Each claim's sentence (where it starts in the article) and place in it, in order.
    order = sorted(range(len(claims)), key=lambda n: (claims[n].start - starts[n], starts[n]))
    for n, m in itertools.pairwise(order):
        if claims[n].start - starts[n] == claims[m].start - starts[m] and _converts(
            claims[n], claims[m], claims[n].sentence[starts[n] + len(claims[n].surface) : starts[m]]
        ):
            out[m] = replace(out[m], copy_key=out[n].copy_key)
    return out


def _converts(original: Claim, other: Claim, gap: str) -> bool:
    """Whether ``other``, ``gap`` after ``original`` in its sentence, states it in another
    currency (no exchange rate to check it by: the words between tell) or another unit of
    its dimension (its value converted, rounded as news rounds a conversion)."""
    if len(gap) > words.CONVERSION_GAP or original.unit == other.unit:
        return False
    if not (words.CONVERSION.fullmatch(gap) or words.HEDGED_CONVERSION.match(gap + other.surface)):
        return False
    if original.kind == other.kind == "currency":
        return True
    converted = convert(original.value, original.unit, other.unit)
    return converted is not None and abs(converted - other.value) <= _ROUNDED * abs(other.value)


def _with_rivals(
    claims: Sequence[Claim], starts: Sequence[int], found: list[Tracking]
) -> list[Tracking]:
    """``found`` with each figure naming nothing that its words say restates or disputes
    another (`_RESTATED_AS`: "the group put it at 51%", "its estimate of about €590
    million") given the key of the one keyed figure its sentence states, or else the
    sentence before, that it may be (`_may_restate`), if just one: two such metrics leave
    unsaid which one it is. A number written alone is read as a figure of its own kind
    there first ("below the 68,400 announced ... and above the ministry's count of 63,200"
    beside 66,900 TEU), and only if none is one, in another's unit."""
    out = list(found)
    # Where each claim's sentence starts and ends in the article.
    spans = [
        (c.start - at, c.start - at + len(c.sentence)) for c, at in zip(claims, starts, strict=True)
    ]
    for n, (claim, t) in enumerate(zip(claims, found, strict=True)):
        if not _unnamed(t) or t.history or not _RESTATED_AS.search(claim.sentence[: starts[n]]):
            continue
        start = spans[n][0]
        # Its own sentence's figures, else those of the sentence just before; of its kind,
        # else any.
        nearby = ([spans[n]], [s for s in spans if 0 <= start - s[1] <= _SENTENCE_GAP])
        choices = (
            {
                f.metric_key
                for span, other, f in zip(spans, claims, found, strict=True)
                if span in near and f.metric_key and _may_restate(claim, other, f, alone=alone)
            }
            for near in nearby
            for alone in (False, True)
        )
        against = next((keys for keys in choices if keys), set())
        if len(against) == 1:
            out[n] = replace(t, metric_key=against.pop())
    return out


def _with_earlier_states(
    claims: Sequence[Claim], starts: Sequence[int], found: list[Tracking]
) -> list[Tracking]:
    """``found`` with each figure that its sentence gives as the earlier state of another
    (`_EARLIER_STATE`: "rose to $2.94 billion, up from $2.61 billion") given the key of the
    one figure of its sentence it may be an earlier state of (`_may_be`), whether that
    figure's words name what it measures or it restates a metric by its figure: the
    metric at an earlier time, still history for conflicts. Its own words, if any, name
    what follows it rather than what it was ("from the 62 billion CFA francs of the
    contract as amended"). Two such keys leave unsaid which one it was."""
    out = list(found)
    # The claims of each sentence, by where it starts in the article: one pass each.
    sentences: dict[int, list[int]] = {}
    for n, (claim, at) in enumerate(zip(claims, starts, strict=True)):
        sentences.setdefault(claim.start - at, []).append(n)
    for n, (claim, t) in enumerate(zip(claims, found, strict=True)):
        before = claim.sentence[max(0, starts[n] - 30) : starts[n]]
        by_hand = t.metric_key is not None and automatic(t.metric_key) is None
        if by_hand or not t.history or not _EARLIER_STATE.search(before):
            continue  # a hand-made tracker's figure stays its tracker's
        against = {
            f.metric_key
            for m in sentences[claim.start - starts[n]]
            if (f := found[m]).metric_key and _may_be(claim, claims[m], f)
        }
        if len(against) == 1:
            out[n] = replace(t, metric_key=against.pop())
    return out


def _may_restate(claim: Claim, other: Claim, f: Tracking, *, alone: bool) -> bool:
    """Whether a figure naming nothing may restate or dispute ``other`` (tracked as
    ``f``): a figure whose words name what it measures, that it may be (`_may_be`); with
    ``alone``, a number written alone ("put it at 18 million") may be in the unit of the
    figure it disputes, whatever that is: a sum, a mass, a count."""
    return not _unnamed(f) and _may_be(claim, other, f, alone=alone)


def _may_be(claim: Claim, other: Claim, f: Tracking, *, alone: bool = False) -> bool:
    """Whether a figure naming nothing may be of the metric of ``other`` (tracked as
    ``f``): a figure stated now (no history), no whole a part is counted against ("of the
    country's 71,000"), of its kind of statement (a fact is no target), kind and unit
    (any, of a number written ``alone`` a rival disputes it with), size
    (`RESTATED_WITHIN`), place (or one of that place's country: "the capital" of a
    country's strike) and part of the year (a year's forecast is no half-year's count)."""
    key = automatic(f.metric_key)
    if key is None or f.history or WHOLE in key.concepts:
        return False
    if key.statement != statement_class(claim.statement):
        return False  # a union's figure of what is owed is no target
    bare = alone and claim.kind == "count" and claim.unit is None
    if not bare and (other.kind != claim.kind or claim.unit not in (None, other.unit)):
        return False
    mine, theirs = abs(claim.value), abs(other.value)
    if not (theirs <= mine * RESTATED_WITHIN and mine <= theirs * RESTATED_WITHIN):
        return False
    return may_be_in(claim.place, key) and not other_part_of_year(
        key, claim.kind, claim.period_start, claim.period_end
    )


def _unnamed(t: Tracking) -> bool:
    """Whether a figure's words name nothing it measures: no key, or its figure's."""
    key = automatic(t.metric_key)
    return t.metric_key is None or (key is not None and key.figure is not None)


def _with_article_entities(found: list[Tracking]) -> list[Tracking]:
    """Each automatic key that names no entity given the one entity its article names for
    the same property, event, place, dimension and kind of statement, if just one."""
    keys = {t.metric_key: automatic(t.metric_key) for t in found}
    named: dict[tuple[object, ...], set[str]] = {}
    for key in keys.values():
        if key is not None and key.entity is not None:
            named.setdefault(_without_entity(key), set()).add(key.entity)
    out = []
    for t in found:
        key = keys[t.metric_key]
        entities = named.get(_without_entity(key), set()) if key and not key.entity else set()
        if key is not None and len(entities) == 1:
            t = replace(t, metric_key=replace(key, entity=next(iter(entities))).text)
        out.append(t)
    return out


def _without_entity(key: MetricKey) -> tuple[object, ...]:
    return key.concepts, key.event, key.place, key.dimension, key.statement


def _restates(claim: Claim) -> tuple[object, ...]:
    """What a figure naming nothing shares with the keyed figure of its article it
    restates: the value, and the unit unless it counts people or no noun ("1,644",
    "1,644 people" restate "killed 1,644 people"; "four districts" no four people)."""
    counts = claim.kind == "count" and (claim.unit is None or claim.unit in words.PEOPLE)
    return claim.value, claim.kind, None if counts else claim.unit


def _restated_as(claim: Claim) -> list[tuple[object, ...]]:
    """What a keyed figure shares with each figure naming nothing that may restate it
    (`_restates`): its value and unit, and a count's value whatever it counts."""
    own = (claim.value, claim.kind, claim.unit)
    return [own, (claim.value, claim.kind, None)] if claim.kind == "count" else [own]
