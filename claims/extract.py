"""Find the numeric claims in a text: every figure, with unit, kind, hedge and context.

The pipeline per article:

1. `claims.units.dollar_code` decides once what a bare ``$`` means in this article.
2. `claims.context.split_sentences` cuts the text (a regex, linear time).
3. Only sentences holding a digit or a number word are scanned by `claims.figures.scan`
   (number, scale, currency/unit, qualifier, range, change; non-claims dropped).
4. Only sentences with a figure are parsed (spaCy); `claims.context.describe` names
   what each figure measures, the counted noun of a bare count and the direction.

Very long "sentences" (tables, text without punctuation) are parsed in windows around
each figure, so one pathological input cannot take the parser's time or memory.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claims import nonclaims
from claims.context import describe, nlp, split_sentences
from claims.figures import Figure, scan
from claims.model import Claim
from claims.numbers import SMALL
from claims.units import dollar_code

EXTRACTOR_VERSION = "1.0.0"

# Cheap test for "may hold a figure": a digit or a number word.
_MAY_HOLD_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(SMALL) + r"|hundred|dozen|dozens|half|third|thirds|quarters?"
    r"|tens|hundreds|thousands|millions|billions)\b",
    re.IGNORECASE,
)
# Longest text handed to the parser at once; longer sentences are parsed in windows.
_MAX_PARSE = 1500
_WINDOW = 300
# "one" used as a pronoun or determiner, not as a count: "one of the", "no one".
_PRONOUN_ONE = re.compile(r"(?i:\b(?:no|any|the|this|that|each|every|same|only)\s+)$")
_ONE_OF = re.compile(r"\s+(?:of|another|by\s+one|day|thing|way|time|\d)\b", re.IGNORECASE)


def extract(text: str, *, currency: str | None = None) -> list[Claim]:
    """Every numeric claim in ``text``, in reading order.

    ``currency`` is the ISO code a bare ``$`` defaults to (the caller may know the
    source is Australian); without it the article's own cues decide, then USD.
    """
    dollar = dollar_code(text, currency)
    found: list[tuple[str, int, list[Figure]]] = []
    for s0, s1 in split_sentences(text):
        sentence = text[s0:s1]
        if not _MAY_HOLD_NUMBER.search(sentence):
            continue
        figures = [f for f in scan(sentence, dollar) if not _pronoun_one(sentence, f)]
        if figures:
            found.append((sentence, s0, figures))
    # One batched parse for the article: spaCy is much faster on batches than one by one.
    windows = [_windows(sentence, figures) for sentence, _, figures in found]
    docs = iter(nlp().pipe([w for ws in windows for w, _ in ws], batch_size=64))
    claims: list[Claim] = []
    for (sentence, offset, figures), ws in zip(found, windows, strict=True):
        parsed = [(next(docs), base) for _, base in ws]
        claims.extend(_claims(sentence, offset, figures, parsed))
    return claims


def _windows(sentence: str, figures: list[Figure]) -> list[tuple[str, int]]:
    """What to parse for a sentence: itself, or one window per figure if it is very long."""
    if len(sentence) <= _MAX_PARSE:
        return [(sentence, 0)]
    out = []
    for f in figures:
        base = max(0, f.start - _WINDOW)
        out.append((sentence[base : f.end + _WINDOW], base))
    return out


def _pronoun_one(sentence: str, f: Figure) -> bool:
    """``one`` read as a pronoun ("one of the best", "no one"), not as a count of one."""
    if f.kind != "count" or sentence[f.core_start : f.core_end].lower() != "one":
        return False
    before = sentence[max(0, f.core_start - 8) : f.core_start]
    return bool(_PRONOUN_ONE.search(before) or _ONE_OF.match(sentence, f.core_end))


def _claims(
    sentence: str, offset: int, figures: list[Figure], parsed: list[tuple[Doc, int]]
) -> list[Claim]:
    """Claims for the figures of one sentence starting at ``offset`` in the article.

    ``parsed`` holds the parse of the sentence, or one window parse per figure.
    """
    out: list[Claim] = []
    for i, f in enumerate(figures):
        doc, base = parsed[0] if len(parsed) == 1 else parsed[i]
        ctx = describe(doc, f.core_start - base, f.core_end - base, kind=f.kind, unit=f.unit)
        unit, end = f.unit, f.end
        if f.kind == "count":
            if f.bare_integer and nonclaims.is_year(
                sentence, f.core_start, f.core_end, has_noun=ctx.noun is not None
            ):
                continue
            unit = ctx.noun
            if ctx.noun_end is not None:
                end = max(end, ctx.noun_end + base)
        out.append(
            Claim(
                surface=sentence[f.start : end],
                start=offset + f.start,
                end=offset + end,
                value=f.value,
                low=f.low,
                high=f.high,
                unit=unit,
                kind=f.kind,
                measured=ctx.measured,
                qualifier=f.qualifier,
                direction=f.direction if f.in_change else ctx.direction,
                sentence=sentence,
            )
        )
    return out
