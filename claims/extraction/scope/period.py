"""The time a figure refers to, as written, with its ISO bounds.

The sentence's time phrases come from `claims.extraction.scope.times`; the one that
belongs to the figure is the one the parse ties closest to it ("rose 3% in March from 2%
in February": March is 3%'s, February 2%'s). A time said of the statement, not of the
figure ("police said on Sunday that 14 had been arrested"), and a time that is itself
the figure ("over five years" for the figure "five years") are never its period. The
bounds are resolved against the article's publication date (`claims.extraction.scope.bounds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.scope.bounds import Anchor, Bounds, bounds, shifted
from claims.extraction.scope.evidence import Period, Reading
from claims.extraction.scope.syntax import distance, per_sentence
from claims.extraction.scope.times import TimeExpression, time_expressions
from claims.extraction.scope.vocabulary import SAYING
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Parse steps beyond which a time phrase is too far from the figure to be its time.
_MAX_STEPS = 6


@dataclass(frozen=True)
class PeriodEvidence:
    """A figure's reading, the sentence's time phrases and whether the figure is about
    the future (a forecast or a target: a bare "March" is then the next March)."""

    reading: Reading
    times: tuple[TimeExpression, ...]
    future: bool


PeriodRule = Rule[PeriodEvidence, Period | None]


def _candidates(e: PeriodEvidence) -> list[TimeExpression]:
    """The sentence's time phrases that may be the figure's: not the figure itself, not
    the time a statement was made."""
    fig = e.reading.figure
    doc = fig.doc
    out = []
    for t in e.times:
        if t.start < fig.end and fig.start < t.end:
            continue  # "five years" is the figure, not its period
        head = _head(doc, t)
        if head is not None and _said_when(head):
            continue
        out.append(t)
    return out


def _head(doc: Doc, t: TimeExpression) -> Token | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _said_when(head: Token) -> bool:
    """Whether a time phrase tells when something was said ("said on Sunday")."""
    governor = head.head
    if governor.pos_ == "ADP":
        governor = governor.head
    return governor.lemma_.lower() in SAYING and governor.i != head.i


def _tied_by_parse(e: PeriodEvidence) -> Period | None | NotApplicable:
    """The time phrase the parse ties closest to the figure (fewest steps between them,
    then fewest characters)."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    fig = e.reading.figure
    best: tuple[int, int, TimeExpression] | None = None
    for t in _candidates(e):
        head = _head(fig.doc, t)
        if head is None:
            continue
        steps = distance(root, head)
        if steps > _MAX_STEPS or _nearer_other(e, t, steps):
            continue
        gap = min(abs(t.start - fig.end), abs(fig.start - t.end))
        if best is None or (steps, gap) < best[:2]:
            best = (steps, gap, t)
    return _period(e, best[2]) if best is not None else NOT_APPLICABLE


def _nearer_other(e: PeriodEvidence, t: TimeExpression, steps: int) -> bool:
    """Whether another figure of the sentence is tied closer to ``t`` than this one."""
    fig = e.reading.figure
    head = _head(fig.doc, t)
    if head is None:
        return False
    for start, end in fig.others:
        span = fig.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and distance(span.root, head) < steps:
            return True
    return False


def _only_time(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A sentence with one time phrase and one figure: that phrase (the parse may hang
    it anywhere: "In 2023, the company sold 2m cars")."""
    candidates = _candidates(e)
    if len(candidates) == 1 and not e.reading.figure.others:
        return _period(e, candidates[0])
    return NOT_APPLICABLE


def _period(e: PeriodEvidence, t: TimeExpression) -> Period:
    published = e.reading.article.published
    if published is None:
        return Period(t.text, None, None)
    anchor = Anchor(published, e.future, e.reading.article.fiscal_start)
    span: Bounds = bounds(t, anchor)
    if t.kind == "earlier":
        span = shifted(_main_bounds(e, t, anchor), t)
    first, last = span
    return Period(
        t.text,
        first.isoformat() if first else None,
        last.isoformat() if last else None,
    )


def _main_bounds(e: PeriodEvidence, earlier: TimeExpression, anchor: Anchor) -> Bounds:
    """The bounds an "a year earlier" is counted back from: the sentence's other time
    phrase, else the year of publication."""
    for t in e.times:
        if t is not earlier and t.kind != "earlier":
            found = bounds(t, anchor)
            if found != (None, None):
                return found
    return None, None


def _times(doc: Doc) -> tuple[TimeExpression, ...]:
    return tuple(time_expressions(doc.text))


RULES: tuple[PeriodRule, ...] = (
    Rule("time phrase tied to the figure", _tied_by_parse),
    Rule("the sentence's only time phrase", _only_time),
)


def period(reading: Reading, *, future: bool = False) -> Decided[Period | None]:
    """The figure's period and the rule that found it (``None``: the text gives none)."""
    times = per_sentence(reading.figure.doc, "claims.scope.times", _times)
    evidence = PeriodEvidence(reading, times, future)
    return first_rule(RULES, evidence, default=None, otherwise="no time phrase")
