"""Find the numeric claims in a text: every figure, with unit, kind, hedge and context.

The pipeline per article, each step named:

0. ``characters``: `claims.extraction.characters.readable` gives the text the rules read,
   one character for one (digits of any script as ASCII, full-width signs, a lone
   surrogate as U+FFFD), so every offset stays an offset into the article.
1. ``local signs``: `claims.extraction.figures.local.local_units` decides once what a bare ``$``,
   ``¥``, rupees and bare degrees mean in this article.
2. ``sentences``: `claims.extraction.sentences.split_sentences` cuts the text (a regex,
   linear time); a shouted or title-case headline is read in sentence case.
3. ``figures``: only sentences holding a digit or a number word are scanned by
   `claims.extraction.figures.scan.scan` (number, scale, currency or unit, hedge, range,
   change; what `claims.extraction.claimhood` says is no claim dropped).
4. ``parse``: only sentences with a figure are parsed (spaCy), a window of consecutive
   sentences at a time (each batch within ``_PARSE_BUDGET`` characters and about
   ``_FIGURE_BUDGET`` figures), so that a long article is parsed to its end while the
   parses held at once stay bounded; very long "sentences" (tables, text without
   punctuation) are read ``_LONGEST_SENTENCE`` characters at a time and parsed in
   pieces around their figures.
5. ``fields``: the owners in `claims.extraction.fields` decide each claim's unit, kind,
   measured phrase and direction from the figure and its parse.

`explain` runs the same pipeline and keeps, for every claim, the name of the rule that
decided each field; `windows` gives the same claims a window at a time, so that a caller
can stop reading, or stop parsing, part way through a long text.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from claims.extraction import claimhood
from claims.extraction.casing import unshout
from claims.extraction.characters import readable
from claims.extraction.context.describe import Context, describe, link_previous
from claims.extraction.fields.direction import decide_direction
from claims.extraction.fields.elided import Earlier
from claims.extraction.fields.evidence import Evidence
from claims.extraction.fields.kind import decide_kind
from claims.extraction.fields.levels import Level, levels_of
from claims.extraction.fields.measured import decide_measured
from claims.extraction.fields.unit import counts_of, decide_units, victims_of
from claims.extraction.figures.figure import Figure
from claims.extraction.figures.local import Local, dotted_signs, local_units
from claims.extraction.figures.numbers import DENOMINATORS, ONE_UNITS, SMALL
from claims.extraction.figures.scan import scan
from claims.extraction.nlp import nlp
from claims.extraction.scope import (
    ArticleScope,
    FigureInSentence,
    article_scope,
    claim_fields,
    scope_of,
    scope_rules,
)
from claims.extraction.sentences import cut_long, split_sentences
from claims.extraction.vocabulary.time import MONTH
from claims.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR_VERSION = "2.15.0"  # bumped when the claims read from a text change

# Cheap test for "may hold a figure": a digit or a number word.
_MAY_HOLD_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(SMALL) + r"|hundred|dozen|dozens|half|third|thirds|quarters?"
    r"|tens|hundreds|thousands?|millions?|billions?|trillions?|[½⅓⅔¼¾⅛]|\w+fold"
    r"|(?:doubl|tripl|quadrupl)\w*|twice|" + "|".join(DENOMINATORS) + rf"|an?\s+(?:{ONE_UNITS}))\b",
    re.IGNORECASE,
)
# A title-case headline: no closing stop, most words of three letters or more capitalised.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{2,}")
# A capitalised word (not all capitals, not "iPhone" or "McDonald"), the first letter of
# which is lowered in a headline.
_CAPITALISED = re.compile(rf"\b(?!{MONTH}\b)[A-Z][a-z]+\b")  # months stay: dates
# Longest text handed to the parser at once; longer sentences are parsed in pieces.
_MAX_PARSE = 1500
# Most characters (and figures) parsed in one batch: a long article's figure sentences,
# about a second of parsing. A longer text is parsed a window of sentences at a time,
# a window's parses let go before the next is parsed, and a caller's parse deadline
# is checked between windows.
_PARSE_BUDGET = 20_000
_FIGURE_BUDGET = 400
# A "sentence" longer than this (a table, text without full stops) is read, and its
# claims decided, a piece of this length at a time: one window always holds it.
_LONGEST_SENTENCE = 10_000
# A very long sentence is parsed in pieces of about this size, with this much context
# on each side of its figures (the parse of a figure needs its clause, not the sentence).
_MAX_WINDOW = 600
_CONTEXT = 150


@dataclass(frozen=True)
class Explained:
    """A claim and, for each of its fields, the name of the rule that decided it."""

    claim: Claim
    rules: Mapping[str, str]


@dataclass(frozen=True)
class _Sentence:
    """A sentence with figures: as read, where it starts in the article, its figures."""

    read: str
    offset: int
    figures: list[Figure]
    spans: list[tuple[int, int]]  # the pieces of it to parse (`_pieces`)


# A parsed piece of a sentence: its parse (``None`` when the window was not parsed),
# start, end.
_Piece = tuple["Doc | None", int, int]


@dataclass(frozen=True)
class Window:
    """The claims of a run of consecutive sentences, parsed together, in reading order.

    ``parsed`` is False when the caller's parse deadline had passed: the claims then have
    their figure, unit and kind, but no context (no ``measured``, entity, place, period,
    source or statement). ``end`` is where the window's last sentence ends in the text.
    """

    explained: list[Explained]
    parsed: bool
    end: int


def extract(
    text: str,
    *,
    currency: str | None = None,
    published: date | str | None = None,
    title: str | None = None,
) -> list[Claim]:
    """Every numeric claim in ``text``, in reading order.

    ``currency`` is the ISO code a bare ``$`` defaults to (the caller may know the
    source is Australian); without it the article's own cues decide, then USD.
    ``published`` (an ISO date) resolves periods ("last year"); ``title`` helps tell
    the place the article is about.
    """
    return [e.claim for e in explain(text, currency=currency, published=published, title=title)]


def explain(
    text: str,
    *,
    currency: str | None = None,
    published: date | str | None = None,
    title: str | None = None,
) -> list[Explained]:
    """`extract`'s claims, in the same order, each with the rules that decided its fields."""
    found = windows(text, currency=currency, published=published, title=title)
    return [e for window in found for e in window.explained]


def windows(
    text: str,
    *,
    currency: str | None = None,
    published: date | str | None = None,
    title: str | None = None,
    parse_until: float | None = None,
) -> Iterator[Window]:
    """`explain`'s claims, a window of sentences at a time, read as they are asked for.

    What the article shares (its place, country, names, what ``$`` means) is read once,
    from the whole text. A window begun after ``parse_until`` (a ``time.monotonic()``
    instant) is not parsed: its claims keep no context, and say so (``Window.parsed``).
    """
    read = readable(text)  # offsets into it are offsets into ``text``
    title = readable(title) if title else title
    article = article_scope(read, title, published)
    local = local_units(read, article.filed_in, currency, title)
    before: Doc | None = None  # the last parse of the sentence before, if it had figures
    before_end = -1
    counts: list[Earlier] = []  # the counts of the sentence before, if it had figures
    levels: list[Level] = []  # its figures written in a unit
    victims: str | None = None  # what the article's killings count, when not people
    for found in _windows(_figure_sentences(read, local)):
        parsed = parse_until is None or time.monotonic() < parse_until
        out: list[Explained] = []
        for sentence, pieces in zip(found, _parse(found, parsed), strict=True):
            first = pieces[0][0]
            follows = not text[before_end : sentence.offset].strip()
            if first is not None and before is not None and follows:
                # "... It rose 3%": "it" may name the subject of the sentence before,
                # whose claims are decided: its own link goes, or the chain of links
                # would hold every window's parses.
                before._.previous = None
                link_previous(first, before)
            before, before_end = pieces[-1][0], sentence.offset + len(sentence.read)
            shown = text[sentence.offset : sentence.offset + len(sentence.read)]
            claims, counts, levels = _claims(
                sentence,
                pieces,
                shown,
                article,
                (counts, levels) if follows else ([], []),
                victims,
            )
            victims = victims or victims_of(counts)
            out.extend(claims)
        yield Window(out, parsed, before_end)


def _figure_sentences(text: str, local: Local) -> Iterator[_Sentence]:
    """The sentences of ``text`` that hold figures, read in sentence case, as they are
    asked for; a very long one a piece at a time."""
    for s0, s1 in split_sentences(text, dotted_signs(local)):
        for p0, p1 in cut_long(text, s0, s1, _LONGEST_SENTENCE):
            sentence = _sentence_case(unshout(text[p0:p1]))  # the same length: offsets hold
            if not _MAY_HOLD_NUMBER.search(sentence):
                continue
            figures = scan(sentence, local)
            if figures:
                yield _Sentence(sentence, p0, figures, _pieces(sentence, figures))


def _windows(found: Iterator[_Sentence]) -> Iterator[list[_Sentence]]:
    """Runs of consecutive sentences, each within the parse budget (a sentence over it,
    at most ``_LONGEST_SENTENCE`` characters, is a window of its own)."""
    window: list[_Sentence] = []
    chars = figures = 0
    for sentence in found:
        size = sum(b - a for a, b in sentence.spans)
        if window and (
            chars + size > _PARSE_BUDGET or figures + len(sentence.figures) > _FIGURE_BUDGET
        ):
            yield window
            window, chars, figures = [], 0, 0
        window.append(sentence)
        chars += size
        figures += len(sentence.figures)
    if window:
        yield window


def _parse(found: list[_Sentence], parsed: bool) -> list[list[_Piece]]:
    """The pieces of each sentence, parsed in one batch (spaCy is much faster on
    batches) unless ``parsed`` is False."""
    texts = [s.read[a:b] for s in found for a, b in s.spans]
    docs = iter(nlp().pipe(texts, batch_size=64) if parsed else [None] * len(texts))
    return [[(next(docs), a, b) for a, b in s.spans] for s in found]


def _claims(
    sentence: _Sentence,
    pieces: list[_Piece],
    shown: str,
    article: ArticleScope,
    before: tuple[list[Earlier], list[Level]],
    victims: str | None,
) -> tuple[list[Explained], list[Earlier], list[Level]]:
    """The claims of one sentence's figures, their fields decided by their owners, and
    its counts and levels (a count in the next sentence may leave their noun unsaid, a
    level its rate).

    ``sentence.read`` is read; ``shown`` (the article's own text, of the same length)
    gives the claims' surface and sentence; ``before`` are the counts and the levels of
    the sentence just before it; ``victims`` what the article's killings counted before it.
    """
    kept = _kept_evidence(sentence, pieces)
    evidence = [e for _, e in kept]
    adjacent = [b == a + 1 for (a, _), (b, _) in zip(kept, kept[1:], strict=False)]
    units = decide_units(evidence, adjacent, before[0], victims, before[1])
    kinds = [decide_kind(e, unit) for e, unit in zip(evidence, units, strict=True)]
    # its scope: entity, place, period, source, statement; the article's places and the
    # figure's own are no part of what it measures
    scopes = [
        scope_of(_in_sentence(e, evidence, sentence, kind.value, unit.value.unit), article)
        if e.doc is not None
        else None
        for e, unit, kind in zip(evidence, units, kinds, strict=True)
    ]
    named = article.place_names
    places = [named | {s.place.value} if s and s.place.value else named for s in scopes]
    measured = decide_measured(evidence, units, adjacent, places)
    out = []
    for e, unit, kind, what, scope in zip(evidence, units, kinds, measured, scopes, strict=True):
        f = e.figure
        direction = decide_direction(e)
        claim = Claim(
            surface=shown[f.start : unit.value.end],
            start=sentence.offset + f.start,
            end=sentence.offset + unit.value.end,
            value=f.value,
            low=f.low,
            high=f.high,
            unit=unit.value.unit,
            kind=kind.value,
            measured=what.value,
            qualifier=f.qualifier,
            direction=direction.value,
            sentence=shown,
        )
        rules = {
            "claim": claimhood.KEPT,
            "value": " › ".join(f.reading),
            "qualifier": f.qualified_by,
            "unit": unit.rule + (f", per {unit.value.per}" if unit.value.per else ""),
            "kind": kind.rule,
            "measured": what.rule,
            "direction": direction.rule,
        }
        if scope is not None:
            claim = replace(claim, **claim_fields(scope))
            rules = {**rules, **scope_rules(scope)}
        out.append(Explained(claim, rules))
    return out, counts_of(evidence, units), levels_of(evidence, [u.value.unit for u in units])


def _in_sentence(
    e: Evidence, kept: list[Evidence], sentence: _Sentence, kind: str, unit: str | None
) -> FigureInSentence:
    """A kept figure in the parse of its piece, beside the piece's other kept figures."""
    assert e.doc is not None
    f, base = e.figure, e.base
    others = tuple(
        (g.figure.core_start - base, g.figure.core_end - base)
        for g in kept
        if g.doc is e.doc and g is not e
    )
    return FigureInSentence(
        e.doc,
        f.core_start - base,
        f.core_end - base,
        sentence.offset + base,
        sentence.offset,
        sentence.offset + len(sentence.read),
        others,
        kind,
        unit,
    )


def _kept_evidence(sentence: _Sentence, pieces: list[_Piece]) -> list[tuple[int, Evidence]]:
    """What is known of each figure the parse rules keep, with its index in the sentence."""
    figures = sentence.figures
    starts = [g.core_start for g in figures]
    kept = []
    piece = 0
    for i, f in enumerate(figures):
        while f.start >= pieces[piece][2] and piece < len(pieces) - 1:
            piece += 1
        doc, base, stop = pieces[piece]
        context = (
            describe(doc, f.core_start - base, f.core_end - base, kind=f.kind, unit=f.unit)
            if doc is not None
            else Context()
        )
        parsed = claimhood.Parsed(sentence.read, f, doc, base, context.noun)
        if not claimhood.verdict(claimhood.PARSE_RULES, parsed).value:
            continue
        others = tuple(figures[bisect_left(starts, base) : bisect_left(starts, stop)])
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(sentence.read)
        kept.append((i, Evidence(sentence.read, f, doc, base, context, others, next_start)))
    return kept


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


def _pieces(sentence: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Spans of ``sentence`` to parse: the sentence, or pieces of a very long one.

    A piece holds consecutive figures and some words around them; no figure is cut,
    and pieces do not overlap.
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
