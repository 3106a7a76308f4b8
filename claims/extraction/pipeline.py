"""Find the numeric claims in a text: every figure, with unit, kind, hedge and context.

The pipeline per article:

1. `claims.extraction.units.local_units` decides once what a bare ``$``, ``¥``, rupees and bare
   degrees mean in this article.
2. `claims.extraction.context.split_sentences` cuts the text (a regex, linear time).
3. Only sentences holding a digit or a number word are scanned by `claims.extraction.figures.scan`
   (number, scale, currency/unit, qualifier, range, change; non-claims dropped).
4. Only sentences with a figure are parsed (spaCy); `claims.extraction.context.describe` names
   what each figure measures, the counted noun of a bare count and the direction.

Very long "sentences" (tables, text without punctuation) are parsed in windows around
each figure, so one pathological input cannot take the parser's time or memory.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from claims.extraction import nonclaims
from claims.extraction.casing import unshout
from claims.extraction.context import Context, describe, link_previous, nlp, split_sentences
from claims.extraction.figures import Figure, rate_after, scan
from claims.extraction.numbers import DENOMINATORS, SMALL
from claims.extraction.units import local_units
from claims.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR_VERSION = "1.4.0"  # bumped when the claims read from a text change

# Cheap test for "may hold a figure": a digit or a number word.
_MAY_HOLD_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(SMALL) + r"|hundred|dozen|dozens|half|third|thirds|quarters?"
    r"|tens|hundreds|thousands?|millions?|billions?|trillions?|[½⅓⅔¼¾⅛]|\w+fold"
    r"|(?:doubl|tripl|quadrupl)\w*|" + "|".join(DENOMINATORS) + r")\b",
    re.IGNORECASE,
)
# The plural noun right after a bare count, when the parse found none ("13m people").
_PLURAL_NOUN = re.compile(
    r"""\s+
    ( people | men | women | children
    | (?! (?: is | was | has | does | says | this | its | as | thus | perhaps | always
            | whereas | besides | towards | afterwards | nevertheless | news | series ) \b )
      [a-z]+ [a-hj-rtv-z] s    # a final "s", but not "-ss", "-is", "-us": "across", "basis"
    ) \b""",
    re.VERBOSE,
)
# What happened to people, written after a bare count: "12 dead and 40 injured".
_PEOPLE_STATE = re.compile(
    r"\s+(?:(?:were|are|have\s+been|had\s+been|remain|remained)\s+)?"
    r"(dead|killed|injured|wounded|missing|hurt|displaced|homeless|evacuated|arrested"
    r"|detained|hospitali[sz]ed|infected|unemployed|died|fled|perished|drowned|survived"
    r"|trapped|stranded)\b",
    re.IGNORECASE,
)
# A verb done to people, right before a bare count: "the storm killed at least 20".
_PEOPLE_VERB = re.compile(
    r"\b(killed|kills|killing|injured|injuring|wounded|wounding|arrested|evacuated|rescued"
    r"|detained|displaced|executed|infected|hospitali[sz]ed|sickened|stranded)\s+$",
    re.IGNORECASE,
)
# A measured phrase naming an age: "average age of farmers", "life expectancy".
_AGE_MEASURED = re.compile(r"(?i)\b(?:life\s+expectancy|age)\b")
# A measured phrase naming a stock index: a bare level on it is in points.
_INDEX = re.compile(
    r"""\b(?:index|indices|Nikkei|Dow|FTSE|S&P|Nasdaq|Sensex|Nifty|Hang\s+Seng|DAX|CAC|KOSPI
    |ASX|STOXX|TA-\d+|Topix|Shanghai\s+Composite|Russell)\b""",
    re.VERBOSE,
)
# A measured phrase naming a toll: what it counts is deaths ("death toll", "quake toll").
_TOLL = re.compile(r"(?i)\btoll\b(?!\s+(?:road|booth|charge|fee)s?\b)")
# A measured phrase naming a count of a plural noun: "number of migrants", "tally of deaths".
_NUMBER_OF = re.compile(
    r"(?i:(?:the\s+)?(?:number|total|count|tally|toll)\s+of\s+)"
    r"([a-z]{2,}s|people|children|men|women)\b"
)
# A title-case headline: no closing stop, most words of three letters or more capitalised.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{2,}")
# A capitalised word (not all capitals, not "iPhone" or "McDonald"), the first letter of
# which is lowered in a headline.
_CAPITALISED = re.compile(rf"\b(?!{nonclaims.MONTH}\b)[A-Z][a-z]+\b")  # months stay: dates
# A capitalised singular word right after a bare integer: a model name ("the 737 Max").
_MODEL_NAME = re.compile(r"\s+([A-Z][A-Za-z]*[A-Za-rt-z])\b")
# A counted noun is words, never markup or punctuation left in the text ("settings</button").
_NOUN = re.compile(r"[A-Za-z][A-Za-z .'-]+")  # two letters at least: "5 A" counts no "a"
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}
# Words a parse may give as a counted noun that name nothing counted.
_NOT_NOUNS = frozenset(["other", "others", "one", "more"])
# Sports abbreviations counted by their names ("2 TDs" counts touchdowns); the parse gives
# them as written, in capitals, so "two wars" is never read as wins above replacement.
_ABBREVIATED = {
    "TD": "touchdown",
    "RBI": "run batted in",
    "HR": "home run",
    "KO": "knockout",
    "WAR": "win above replacement",
}
# Verbs of saying and estimating: "one economist estimated" names a source, not a count.
_SOURCE_VERBS = frozenset(["say", "tell", "estimate", "add", "warn", "note", "explain"])
_SOURCE_VERBS |= {"recall", "describe", "write", "claim", "argue", "insist", "reckon"}
# What joins a counted figure to a bare one that counts the same: "52 votes to 48".
_JOINED = re.compile(r"\s*(?:to|or|vs\.?|versus)\s+", re.IGNORECASE)
# Longest text handed to the parser at once; longer sentences are parsed in windows.
_MAX_PARSE = 1500
# Most characters parsed per call: a few long articles' worth of figure sentences.
_PARSE_BUDGET = 120_000
_FIGURE_BUDGET = 2_000
# A very long sentence is parsed in windows of about this size, with this much context
# on each side of its figures (the parse of a figure needs its clause, not the sentence).
_MAX_WINDOW = 600
_CONTEXT = 150
# "one" used as a pronoun or determiner, not as a count: "one of the", "no one".
_PRONOUN_ONE = re.compile(r"(?i:\b(?:no|any|the|this|that|each|every|same|only)\s+)$")
_AT_ONE = re.compile(r"(?i:\bat\s+)$")
_POINT_IN_TIME = re.compile(r"(?i:\s+(?:point|stage|time|moment)\b)")
_ONE_OF = re.compile(
    r"\s+(?:(?:of|another|by\s+one|day|thing|way|time)\b|\d)", re.IGNORECASE
)  # before a figure, "one" is a determiner: "just one 52,000 barrel-a-day refinery"


def extract(text: str, *, currency: str | None = None) -> list[Claim]:
    """Every numeric claim in ``text``, in reading order.

    ``currency`` is the ISO code a bare ``$`` defaults to (the caller may know the
    source is Australian); without it the article's own cues decide, then USD.
    """
    local = local_units(text, currency)
    found: list[tuple[str, int, list[Figure]]] = []
    for s0, s1 in split_sentences(text):
        sentence = _sentence_case(unshout(text[s0:s1]))  # the same length: offsets hold
        if not _MAY_HOLD_NUMBER.search(sentence):
            continue
        figures = [f for f in scan(sentence, local) if not _pronoun_one(sentence, f)]
        if figures:
            found.append((sentence, s0, figures))
    # One batched parse for the article: spaCy is much faster on batches than one by one.
    # Past a budget of parsed characters or figures, figures keep no context, so that a
    # pathological text (a megabyte of figures) costs regex time, not parser time.
    pieces = [_pieces(sentence, figures) for sentence, _, figures in found]
    texts, counts = [], []
    for (sentence, _, figures), spans in zip(found, pieces, strict=True):
        starts = [f.start for f in figures]
        for a, b in spans:
            texts.append(sentence[a:b])
            counts.append(bisect_left(starts, b) - bisect_left(starts, a))
    budget = _budgeted(texts, counts)
    docs = iter(nlp().pipe(texts[:budget], batch_size=64))
    claims: list[Claim] = []
    n = 0
    before: Doc | None = None  # the last parse of the sentence before, if it had figures
    before_end = -1
    for (sentence, offset, figures), ps in zip(found, pieces, strict=True):
        parsed: list[tuple[Doc | None, int, int]] = []
        for a, b in ps:
            parsed.append((next(docs) if n < budget else None, a, b))
            n += 1
        first = parsed[0][0]
        if first is not None and before is not None and not text[before_end:offset].strip():
            link_previous(first, before)  # "... It rose 3%": "it" may name its subject
        before, before_end = parsed[-1][0], offset + len(sentence)
        shown = text[offset : offset + len(sentence)]
        claims.extend(_claims(sentence, offset, figures, parsed, shown=shown))
    return claims


def _names_a_figure(measured: str, sentence: str, figures: list[Figure]) -> bool:
    """Whether ``measured`` is only a piece of some figure's own text."""
    return any(measured in sentence[g.core_start : g.core_end] for g in figures)


def _sentence_case(sentence: str) -> str:
    """A title-case headline ("Apple To Cut 600 Jobs") with its capitalised words after
    the first in lower case, so that capitals stop reading as names; other text as is.

    Only the first letter of a word changes, so every offset stays true.
    """
    if _SENTENCE_END.search(sentence):
        return sentence  # a headline has no closing full stop
    long_words = _LONG_WORD.findall(sentence)
    capitalised = sum(w[0].isupper() for w in long_words)
    if len(long_words) < 3 or capitalised < 0.8 * len(long_words):
        return sentence
    first = _CAPITALISED.search(sentence)
    start = first.end() if first else 0
    return sentence[:start] + _CAPITALISED.sub(lambda m: m.group().lower(), sentence[start:])


def _budgeted(texts: list[str], figures: list[int]) -> int:
    """How many of ``texts`` (holding ``figures`` figures each) fit in the parse budget."""
    chars = described = 0
    for i, (text, n) in enumerate(zip(texts, figures, strict=True)):
        chars += len(text)
        described += n
        if chars > _PARSE_BUDGET or described > _FIGURE_BUDGET:
            return i
    return len(texts)


def _pieces(sentence: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Spans of ``sentence`` to parse: the sentence, or windows of a very long one.

    A window holds consecutive figures and some words around them; no figure is cut,
    and windows do not overlap.
    """
    if len(sentence) <= _MAX_PARSE:
        return [(0, len(sentence))]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(figures):
        start = max(spans[-1][1] if spans else 0, figures[i].start - _CONTEXT)
        j = i
        while j + 1 < len(figures) and figures[j + 1].end - start <= _MAX_WINDOW:
            j += 1
        end = min(len(sentence), figures[j].end + _CONTEXT)
        if j + 1 < len(figures):
            end = min(end, figures[j + 1].start)
        spans.append((start, end))
        i = j + 1
    return spans


def _singular(noun: str) -> str:
    """Singular of a plural noun, by the regular English rules and a few exceptions."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):  # "cases", "houses" lose the "s" alone
        return noun[:-2]
    return noun[:-1]


def _age_unit(f: Figure, measured: str | None, sentence: str) -> str | None:
    """``year of age`` for a bare age-sized number measuring an age or a life expectancy
    (the age a newborn is expected to reach), as the measured phrase or the words just
    before the figure say."""
    if not (f.bare_integer and f.value <= 150):
        return None
    before = sentence[max(0, f.start - 60) : f.start]
    if _AGE_MEASURED.search(measured or "") or _AGE_MEASURED.search(before):
        return "year of age"
    return None


def _introduces_a_source(doc: Doc, start: int, end: int) -> bool:
    """ "one" introducing who said something ("One family from Leeds said", "analysts at
    one bank said", "one economist estimated"): an indefinite article, not a count."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].lower_ != "one" or span[0].dep_ != "nummod":
        return False
    noun = span[0].head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "analysts at one bank said"
    return noun.dep_ == "nsubj" and noun.head.lemma_ in _SOURCE_VERBS


def _model_name(sentence: str, end: int, noun: str | None) -> bool:
    """Whether the "noun" counted by a bare integer is a name's next word ("737 Max")."""
    if not noun or _MODEL_NAME.match(sentence, end) is None:
        return False
    return noun.split()[-1][0].isupper()  # not "460 Kia and Hyundai vehicles"


def _pronoun_one(sentence: str, f: Figure) -> bool:
    """``one`` read as a pronoun ("one of the best", "no one") or in an idiom ("at one
    point", "number one"), not as a count of one."""
    if not sentence[f.core_start : f.core_end].lower().startswith("one"):
        return False
    if _AT_ONE.search(sentence, max(0, f.core_start - 4), f.core_start) and _POINT_IN_TIME.match(
        sentence, f.core_start + 3
    ):
        return True  # "at one point, shares fell"
    if f.kind != "count" or sentence[f.core_start : f.core_end].lower() != "one":
        return False
    before = sentence[max(0, f.core_start - 8) : f.core_start]
    return bool(_PRONOUN_ONE.search(before) or _ONE_OF.match(sentence, f.core_end))


def _claims(
    sentence: str,
    offset: int,
    figures: list[Figure],
    parsed: list[tuple[Doc | None, int, int]],
    *,
    shown: str,
) -> list[Claim]:
    """Claims for the figures of one sentence starting at ``offset`` in the article.

    ``parsed`` holds ``(doc, start, end)`` for the pieces of the sentence, in order;
    ``doc`` is ``None`` for a piece left unparsed. ``sentence`` is read, ``shown`` (the
    article's own text, of the same length) gives the claims' surface and sentence.
    """
    out: list[Claim] = []
    kept: list[int] = []  # the index in ``figures`` of each claim
    starts = [g.core_start for g in figures]
    piece = 0
    for i, f in enumerate(figures):
        while f.start >= parsed[piece][2] and piece < len(parsed) - 1:
            piece += 1
        doc, base, stop = parsed[piece]
        near = figures[bisect_left(starts, base) : bisect_left(starts, stop)]  # in the parse
        ctx = (
            describe(doc, f.core_start - base, f.core_end - base, kind=f.kind, unit=f.unit)
            if doc is not None
            else Context()
        )
        if doc is not None and _introduces_a_source(doc, f.core_start - base, f.core_end - base):
            continue
        unit, end, measured, kind = f.unit, f.end, ctx.measured, f.kind
        if measured and _names_a_figure(measured, sentence, near):
            measured = None  # "five years" does not measure "Rs 6.81" of another figure
        if f.kind == "count":
            if (
                f.bare_integer
                and not f.qualifier
                and nonclaims.is_year(
                    sentence, f.core_start, f.core_end, has_noun=ctx.noun is not None
                )
            ):
                continue
            if f.bare_integer and _model_name(sentence, f.core_end, ctx.noun):
                continue
            unit = ctx.noun if ctx.noun and _NOUN.fullmatch(ctx.noun) else None
            unit = _ABBREVIATED.get(unit or "", unit)
            unit = None if unit in _NOT_NOUNS else unit  # "15 others" counts no "other"
            next_start = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
            if unit and ctx.noun_end is not None and ctx.noun_end + base <= next_start:
                end = max(end, ctx.noun_end + base)  # never across the next figure
            elif unit and ctx.noun_end is not None:
                unit = unit.split()[-1]  # "three quarter-point cuts": the next figure's
                # words are not part of what is counted
            elif ctx.noun is None and (plural := _PLURAL_NOUN.match(sentence, f.end)):
                unit, end = _singular(plural.group(1).lower()), plural.end()
            elif ctx.noun is None and (state := _PEOPLE_STATE.match(sentence, f.end)):
                unit, measured = "person", state.group(1)  # "with 1,200 injured": what
                # happened to them is what is counted, whatever else the parse found
            elif ctx.noun is None and (
                verb := _PEOPLE_VERB.search(sentence, max(0, f.start - 30), f.start)
            ):
                unit, measured = "person", measured or verb.group(1)  # "killed at least 20"
            elif ctx.noun is None and (age := _age_unit(f, measured, sentence)):
                unit, kind = age, "duration"  # "the average age of farmers is 59"
            elif ctx.noun is None and _INDEX.search(measured or ""):
                unit, kind = "point", "other"  # "the Nikkei fell 1.8% to 38,500.2"
            elif ctx.noun is None and (
                _TOLL.search(measured or "")
                or _TOLL.search(sentence, max(0, f.start - 30), f.start)
            ):
                unit = "death"  # "the death toll rose to 1,644", "the quake toll hit 2,719"
            elif ctx.noun is None and (number := _NUMBER_OF.match(measured or "")):
                unit = _singular(number.group(1).lower())  # "the number of migrants ... 45,000"
            if unit and (rate := rate_after(sentence, end)):
                unit, end = f"{unit} per {rate[0]}", rate[1]  # "1,000 migrants a day"
        out.append(
            Claim(
                surface=shown[f.start : end],
                start=offset + f.start,
                end=offset + end,
                value=f.value,
                low=f.low,
                high=f.high,
                unit=unit,
                kind=kind,
                measured=measured,
                qualifier=f.qualifier,
                direction=f.direction if f.in_change else ctx.direction,
                sentence=shown,
            )
        )
        kept.append(i)
    return _share_pairs(out, kept, figures, sentence, offset)


def _share_pairs(
    claims: list[Claim], kept: list[int], figures: list[Figure], sentence: str, offset: int
) -> list[Claim]:
    """Two figures written as a pair share what the sentence writes once.

    The first of a pair ("from 1.2 to 1.5 million viewers", "seven or eight euros")
    measures what the second does and, as a bare count, counts its noun; a bare count
    joined after a counted one ("52 votes to 48") counts the first one's noun.
    """
    shared = list(claims)
    for j in range(len(shared) - 1):
        c, nxt = shared[j], shared[j + 1]
        if kept[j + 1] != kept[j] + 1:
            continue
        if figures[kept[j]].paired:
            if c.measured is None:
                c = replace(c, measured=nxt.measured)
            if c.kind == "count" and c.unit is None and nxt.kind == "count":
                c = replace(c, unit=nxt.unit)
            shared[j] = c
        elif (
            c.kind == nxt.kind == "count"
            and c.unit
            and nxt.unit is None
            and nxt.qualifier is None
            and _JOINED.fullmatch(sentence, c.end - offset, nxt.start - offset)
        ):
            shared[j + 1] = replace(nxt, unit=c.unit)
    return shared
