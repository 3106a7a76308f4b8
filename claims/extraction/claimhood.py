"""Whether a figure is a claim: the one owner of that decision.

A number in a sentence is not always a figure anyone claims: a date, a time, a phone
number, a name ("S&P 500", "the 737 Max"), a rank, a version, a year, "one" used as a
pronoun. The rules below say so, each by name, in three lists by what they need to see:
the figure as read (`READ_RULES`), the sentence's other figures (`SCAN_RULES`) and the
parse (`PARSE_RULES`). The extractor asks at each of those points and keeps the name of
the rule that decided; what a date or a name looks like is in `nonclaims`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from claims.extraction import nonclaims
from claims.extraction.figures.numbers import finite
from claims.extraction.trace import Decided

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claims.extraction.figures.figure import Figure
    from claims.model import Kind, Qualifier

KEPT = "a figure"  # the decision when no rule rejects a figure

E = TypeVar("E")

# A hyphen glued before a number word: "7-Eleven", "Catch-Twenty" are names.
_GLUED_BEFORE = re.compile(r"\w-$")
# A rank written before a number word: "world number two", "No. one".
_RANK = re.compile(r"\b(?:number|No\.?)\s+$", re.IGNORECASE)
# A version number: one or two digits, a point, one or two digits ("2.0", "3.11").
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
# "one" used as a pronoun or determiner, not as a count: "one of the", "no one".
_PRONOUN_ONE = re.compile(r"(?i:\b(?:no|any|the|this|that|each|every|same|only)\s+)$")
_AT_ONE = re.compile(r"(?i:\bat\s+)$")
_POINT_IN_TIME = re.compile(r"(?i:\s+(?:point|stage|time|moment)\b)")
_ONE_OF = re.compile(
    r"\s+(?:(?:of|another|by\s+one|day|thing|way|time)\b|\d)", re.IGNORECASE
)  # before a figure, "one" is a determiner: "just one 52,000 barrel-a-day refinery"
# "the first" before a number of months: the opening months of a year ("in the first
# nine months of the year"), a period like "in March", not a span anyone measured.
_OPENING = re.compile(r"\bthe\s+first\s+$", re.IGNORECASE)
# Units of a span of time, which "earlier" may turn into a date.
_SPANS = frozenset(["decade", "year", "month", "week", "day", "hour", "minute"])
# An article right before a figure: "under a 2019 agreement".
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
# A capitalised singular word right after a bare integer: a model name ("the 737 Max").
_MODEL_NAME = re.compile(r"\s+([A-Z][A-Za-z]*[A-Za-rt-z])\b")
# Verbs of saying and estimating: "one economist estimated" names a source, not a count.
_SOURCE_VERBS = frozenset(["say", "tell", "estimate", "add", "warn", "note", "explain"])
_SOURCE_VERBS |= {"recall", "describe", "write", "claim", "argue", "insist", "reckon"}


@dataclass(frozen=True)
class Rejection(Generic[E]):
    """A named rule that says a figure is no claim when ``applies`` holds."""

    name: str
    applies: Callable[[E], bool]


def verdict(rules: Sequence[Rejection[E]], evidence: E) -> Decided[bool]:
    """``False`` with the name of the first rule that rejects ``evidence``, else ``True``."""
    for rule in rules:
        if rule.applies(evidence):
            return Decided(False, rule.name)
    return Decided(True, KEPT)


# --- the figure as read --------------------------------------------------------------


@dataclass(frozen=True)
class Read:
    """A figure as read: its ``NUMBER`` match, where it starts (its sign or currency)
    and ends (its unit or rate), its unit, values and hedge."""

    sentence: str
    number: re.Match[str]
    start: int
    end: int
    unit: str | None
    bare: bool  # no currency, unit or scale word
    values: tuple[float, float | None, float | None]
    qualifier: Qualifier | None
    kind: Kind = "count"

    @property
    def digits(self) -> bool:
        return self.number.lastgroup == "digits"

    @property
    def bare_integer(self) -> bool:
        return self.bare and self.digits and self.number.group().isdigit()


# An unhedged multiple told as one (the gold of bench/fields unseen2 to unseen9): a past
# "doubled", "tripled" ("prices have doubled since October"), and "twice", which is read
# only before what it multiplies ("twice the area", "twice as high").
_TOLD_MULTIPLE = re.compile(r"(?:doubled|tripled|quadrupled|twice)$", re.IGNORECASE)
# ... and a base "double" as the verb after "to" ("plans to double capacity") or before
# what it multiplies ("double the price a year ago"); not "a double room", "double digits".
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_MULTIPLIED_AFTER = re.compile(r"\s+(?:the|its|their|his|her|our|that|this|what)\b", re.IGNORECASE)


def _told_as_multiple(r: Read) -> bool:
    """Whether an unhedged "doubled", "double" or "twice" states a multiple."""
    text, end = r.number.group(), r.number.end()
    if r.sentence[end : end + 1] == "-":  # "double-digit", "doubled-up"
        return False
    if _TOLD_MULTIPLE.search(text):
        return True
    return text.lower() in ("double", "triple", "quadruple") and bool(
        _TO_BEFORE.search(r.sentence, max(0, r.start - 4), r.start)
        or _MULTIPLIED_AFTER.match(r.sentence, end)
    )


READ_RULES: tuple[Rejection[Read], ...] = (
    Rejection(
        "date, time or code",
        lambda r: r.digits and nonclaims.is_date_time_or_code(r.sentence, r.start, r.number.end()),
    ),
    Rejection(  # '<img width="600">', "](chart?id=42)", "javascript:alert(6)", "6%[1]"
        "inside markup or a link",
        lambda r: nonclaims.in_markup(r.sentence, r.start, r.number.end()),
    ),
    Rejection(
        "telephone number",
        lambda r: r.digits and nonclaims.is_phone_number(r.sentence, r.start, r.number.end()),
    ),
    Rejection(  # "7-Eleven", "Catch-Twenty"
        "number word hyphened to a name",
        lambda r: (
            not r.digits and bool(_GLUED_BEFORE.search(r.sentence, max(0, r.start - 2), r.start))
        ),
    ),
    Rejection(  # "the Kick Six", "Group of Seven"
        "capitalised number word",
        lambda r: (
            r.number.lastgroup == "words"
            and nonclaims.is_capitalised_name(r.sentence, r.start, r.number.end())
        ),
    ),
    Rejection(  # "5G", "5 min read", "2 hours ago"
        "code or page furniture after it",
        lambda r: nonclaims.is_code_or_chrome(r.sentence, r.end, bare=r.bare),
    ),
    Rejection(  # "finished in the top 20"
        "band of a ranking",
        lambda r: r.bare and nonclaims.is_rank_band(r.sentence, r.start),
    ),
    Rejection(  # "the 10-year Treasury yield", "its two-week repo rate"
        "maturity of a bond or loan",
        lambda r: (
            r.unit in ("year", "month", "week", "day")
            and nonclaims.is_maturity(r.sentence, r.number.start(), r.end)
        ),
    ),
    Rejection(  # "up from 64% two years earlier": when, as "two years ago" is
        "span dating another time",
        lambda r: r.unit in _SPANS and nonclaims.dates_another_time(r.sentence, r.end),
    ),
    Rejection(  # "in the first nine months of the year": when, as "in March" is
        "opening months of a year",
        lambda r: (
            r.unit == "month" and bool(_OPENING.search(r.sentence, max(0, r.start - 12), r.start))
        ),
    ),
    Rejection(  # "S&P 500", "Windows 10", "phase 3"
        "name with a number",
        lambda r: r.bare_integer and nonclaims.is_name(r.sentence, r.start, r.number.end()),
    ),
    Rejection(  # "the world number two"
        "rank",
        lambda r: (
            r.bare
            and r.number.lastgroup == "words"
            and bool(_RANK.search(r.sentence, max(0, r.start - 14), r.start))
        ),
    ),
    Rejection(  # "RSS 2.0", "version 3.1", "Industry 4.0"
        "version number",
        lambda r: (
            r.bare
            and bool(_VERSION.fullmatch(r.number.group()))
            and nonclaims.is_name(r.sentence, r.start, r.number.end())
        ),
    ),
    Rejection(  # "1. Rents are rising", "2) The budget", "Podium: 1. Ana Ruiz (Spain) 2."
        "number of a list item",
        lambda r: r.bare_integer and nonclaims.is_list_number(r.sentence, r.start, r.end),
    ),
    Rejection(  # "| 86 comments |"
        "page counter",
        lambda r: r.digits and nonclaims.is_page_counter(r.sentence, r.start, r.number.end()),
    ),
    Rejection(  # "5 takeaways from this week's data", "Three more things"
        "count of a heading's parts",
        lambda r: r.bare and nonclaims.is_listicle(r.sentence, r.start, r.end),
    ),
    Rejection(  # "MSFT, -1.20%"
        "quote widget",
        lambda r: r.unit == "percent" and nonclaims.is_quote_widget(r.sentence, r.start),
    ),
    Rejection(  # "READ MORE: Union rejects 3% offer"
        "teaser headline",
        lambda r: nonclaims.in_teaser(r.sentence, r.start),
    ),
    Rejection("beyond floating point", lambda r: not finite(*r.values)),
    Rejection(  # "in her mid-30s", "the low 90s" of a score: only heat is read in decades
        "decade of no heat",
        lambda r: r.number.lastgroup == "decade" and r.kind != "temperature",
    ),
    Rejection(  # "thousands of people", "tens of miles", "several hundred": nobody stated it
        "vague amount",
        lambda r: (
            r.number.lastgroup == "vague"
            or (r.number.lastgroup == "some" and "couple" not in r.number.group().lower())
        ),
    ),
    Rejection(  # "double-digit", "a double room", "doubling the fleet": no multiple stated
        "multiple without a hedge",
        lambda r: (
            r.number.lastgroup == "multiple" and r.qualifier is None and not _told_as_multiple(r)
        ),
    ),
)


# --- a time written with colons ------------------------------------------------------

_AT_CLOCK = re.compile(r"\b(?:at|by|until|from|before|after)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Clock:
    """A time written with colons ("2:02:38", "4:07.64") in its sentence."""

    sentence: str
    start: int
    end: int


CLOCK_RULES: tuple[Rejection[Clock], ...] = (
    Rejection(  # "at 10:27:45"
        "time of day after 'at'",
        lambda c: bool(_AT_CLOCK.search(c.sentence, max(0, c.start - 12), c.start)),
    ),
    Rejection(  # "10:27:45 GMT"
        "time of day in a time zone",
        lambda c: nonclaims.is_date_time_or_code(c.sentence, c.end, c.end),
    ),
)


# --- two figures joined ---------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Two neighbouring figures joined by a dash, "to" or "and"; ``opened`` when
    "between" or "from" opens the pair."""

    first: Figure
    second: Figure
    dashed: bool
    opened: bool


PAIR_RULES: tuple[Rejection[Pair], ...] = (
    Rejection(  # "won 3-1"
        "score",
        lambda p: p.dashed and p.first.bare_integer and p.second.bare_integer and not p.opened,
    ),
)


# --- the figure among the sentence's figures -----------------------------------------


@dataclass(frozen=True)
class InSentence:
    """A figure of a sentence, after ranges and changes are joined."""

    sentence: str
    figure: Figure

    @property
    def written(self) -> str:
        return self.sentence[self.figure.core_start : self.figure.core_end]


def _at_one_point(s: InSentence) -> bool:
    """ "at one point, shares fell": an idiom, not a count of one."""
    f = s.figure
    return bool(
        s.written.lower().startswith("one")
        and _AT_ONE.search(s.sentence, max(0, f.core_start - 4), f.core_start)
        and _POINT_IN_TIME.match(s.sentence, f.core_start + 3)
    )


def _pronoun_one(s: InSentence) -> bool:
    """ "one of the best", "no one", "just one 52,000 barrel refinery": a pronoun or a
    determiner, not a count of one."""
    f = s.figure
    if f.kind != "count" or s.written.lower() != "one":
        return False
    before = s.sentence[max(0, f.core_start - 8) : f.core_start]
    return bool(_PRONOUN_ONE.search(before) or _ONE_OF.match(s.sentence, f.core_end))


SCAN_RULES: tuple[Rejection[InSentence], ...] = (
    Rejection("'at one point'", _at_one_point),
    Rejection("'one' as a pronoun", _pronoun_one),
)


# --- the figure in its parse ----------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    """A figure, the parse of its sentence (or of the window holding it), where that
    parse starts in the sentence, and the counted noun the parse gives a bare count."""

    sentence: str
    figure: Figure
    doc: Doc | None
    base: int
    noun: str | None


def _introduces_a_source(p: Parsed) -> bool:
    """ "One family from Leeds said", "analysts at one bank said", "one economist
    estimated": an indefinite article, not a count."""
    if p.doc is None:
        return False
    start, end = p.figure.core_start - p.base, p.figure.core_end - p.base
    span = p.doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].lower_ != "one" or span[0].dep_ != "nummod":
        return False
    noun = span[0].head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "analysts at one bank said"
    return noun.dep_ == "nsubj" and noun.head.lemma_ in _SOURCE_VERBS


def _year(p: Parsed) -> bool:
    """A bare four-digit year ("in 2019", "the 2020 election"): a count only before a
    plural noun it counts ("2000 jobs"); hedged ("more than 2000"), only after an article
    ("under a 2019 agreement": the hedge's word is the sentence's own)."""
    f = p.figure
    if not f.bare_integer:
        return False
    if f.qualifier and not _ARTICLE_BEFORE.search(
        p.sentence, max(0, f.core_start - 4), f.core_start
    ):
        return False
    return nonclaims.is_year(p.sentence, f.core_start, f.core_end, has_noun=p.noun is not None)


def _model_name(p: Parsed) -> bool:
    """A bare integer whose "noun" is a name's next word ("the 737 Max"), not "460 Kia
    and Hyundai vehicles"."""
    f = p.figure
    if not (f.bare_integer and p.noun) or _MODEL_NAME.match(p.sentence, f.core_end) is None:
        return False
    return p.noun.split()[-1][0].isupper()


def _year_compared(p: Parsed) -> bool:
    """ "sales rose 5% over 2019": a year a change is measured against, not "more than
    2019" of anything."""
    f = p.figure
    if not f.bare_integer or p.noun is not None:
        return False
    return nonclaims.is_year_compared(p.sentence, f.core_start, f.core_end)


PARSE_RULES: tuple[Rejection[Parsed], ...] = (
    Rejection("'one' introducing who said it", _introduces_a_source),
    Rejection("year", _year),
    Rejection("year compared against", _year_compared),
    Rejection("model name", _model_name),
)
