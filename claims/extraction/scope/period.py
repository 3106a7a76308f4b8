"""The time a figure refers to, as written, with its ISO bounds.

The sentence's time phrases come from `claims.extraction.scope.times`; the one that
belongs to the figure is the one the parse ties closest to it ("rose 3% in March from 2%
in February": March is 3%'s, February 2%'s). A time said of the statement, not of the
figure ("police said on Sunday that 14 had been arrested"), and a time that is itself
the figure ("over five years" for the figure "five years") are never its period. The
bounds are resolved against the article's publication date (`claims.extraction.scope.bounds`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claims.extraction.scope.bounds import Anchor, Bounds, bounds, shifted
from claims.extraction.scope.evidence import FigureInSentence, Period, Reading
from claims.extraction.scope.syntax import (
    after_aside_base,
    chain,
    distance,
    kids,
    per_sentence,
    sentence_before,
    sentence_text,
    sentence_times,
    verbs_above,
)
from claims.extraction.scope.times import TimeExpression, time_expressions
from claims.extraction.scope.vocabulary import (
    CHANCES,
    DISASTERS,
    FORECAST_NOUNS,
    FORECASTING,
    FUTURE_AUX,
    SAYING,
    TARGET_NOUNS,
    TARGETING,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Characters between a comparison's base and its time: "2% a year earlier".
_BASE_GAP = 12
# Where an aside after a base ends: "up from $3, the agency said".
_ASIDE_END = re.compile(r"[,;:.!?]")
# Prepositions of a comparison's base: "up from 2%", "compared with 2%", "than 2%".
_COMPARING = frozenset(["from", "than", "with"])
# A span with no anchor ("within 62 days") counts as this many steps further away than
# a dated time: it is more often part of what is measured than the figure's period.
_UNANCHORED_STEPS = 2
# A record told with its time: "the highest since 2022", "the most in the league since
# 2021", "the first decline in eight months".
_RECORD = re.compile(
    r"""\b(?:highest|lowest|fastest|slowest|biggest|largest|smallest|fewest|first|best
        |worst|strongest|weakest|record
        |(?<!\bat\s)(?:most|least))      # not a bound: "at least 112 on Sunday"
    \b[^.;]*$""",
    re.VERBOSE,
)
_RECORD_CHARS = 50
# A record written as the figure's adjective ("a record 47%"): its time is the figure's.
_RECORD_BEFORE = re.compile(r"record\s*$", re.IGNORECASE)
# What ends the text before a comparison's base time: "than (in) last year", "compared
# with 2023".
_THAN = re.compile(
    r"""\b(?:than|compared\s+(?:with|to))\s+
    (?:in\s+|at\s+|during\s+|for\s+)?$      # "than in 2023": the lead may stand apart
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A base after "from", up to the time phrase after it: "from 39,500 rials (in June)",
# "from €118 million (in 2024)".
_FROM_FIGURE = re.compile(
    r"""(?ix:\bfrom\s+
    (?:about\s+|around\s+|some\s+)?    # a hedge
    \S*\d[\d.,]*\S*                      # the figure
    (?:\s+[a-z]+){0,3}\s*$             # its unit words
    )"""
)
# Adverbs of a move from a base: "down from two million last week".
_MOVES = frozenset(["up", "down", "rising", "falling", "rose", "fell"])
# Characters between a time and the "when" of the clause it dates: "June 2022, when".
_WHEN_GAP = 3
# Parse steps beyond which a time phrase is too far from the figure to be its time.
_MAX_STEPS = 6
# Times a release reports figures for (not "since 2022", "by February", "a year earlier").
_RELEASED = frozenset(
    ["point", "span", "quarter", "fiscal", "relative", "day", "ending", "to_date", "season"]
    + ["latest"]
)
# Words (their starts) of a sentence about the future, whose time is no release's.
_PROJECTING = tuple(
    FORECASTING
    | FORECAST_NOUNS
    | CHANCES
    | TARGETING
    | TARGET_NOUNS
    | FUTURE_AUX
    | {"would", "could"}
)
_WORD = re.compile(r"[a-z]+")
# Saying verbs as written ("said", "told", "announced"), and the characters read for one.
_SAID = frozenset(w + ending for w in SAYING for ending in ("", "s", "d", "ed")) | {
    "said",
    "says",
    "told",
    "tells",
    "wrote",
}
_SAID_CHARS = 20


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
    aside = _subject_aside(e.reading)
    out = []
    for t in e.times:
        if t.start < fig.end and fig.start < t.end:
            continue  # "five years" is the figure, not its period
        if t.kind == "earlier" and not _is_base(e, t):
            continue  # "fell 1.7% from a year earlier to ¥8.13 trillion": the base's time
        if fig.end <= t.start and _THAN.search(sentence_text(doc), 0, t.start):
            continue  # "15% more than last year", "compared with 2023": the base's time
        record = _RECORD.search(sentence_text(doc), max(0, t.start - _RECORD_CHARS), t.start)
        own = record is not None and _RECORD_BEFORE.match(
            sentence_text(doc), record.start(), fig.start
        )
        if record and not own and ("since" in record.group().split() or not _whole_year(t)):
            continue  # "the most in the league since 2021": a record's, not a period
        if _said_on(sentence_text(doc)[: t.start]):
            continue  # "said on Thursday its profit rose 12%", however it is parsed
        head = _head(doc, t)
        if head is not None and (_said_when(head) or _in_other_base(e, head)):
            continue
        if head is not None and _apart(t, head, e.reading):
            continue
        if head is not None and head.lower_ == "from" and head.head.lower_ in ("up", "down"):
            continue  # "up 2 points from October": the time of the comparison's base
        if head is not None and head.dep_ == "poss" and head.head.lower_ in DISASTERS:
            continue  # "the toll of last week's earthquake": the quake's day, not the toll's
        if head is not None and _present_beside_past(e, head):
            continue
        if aside is not None and not aside[0] < t.start < aside[1]:
            continue  # "Kosovo, with 1.6 million residents, received ... last summer"
        out.append(t)
    return out


def _subject_aside(r: Reading) -> tuple[int, int] | None:
    """Where an aside holding the figure lies when it is set off by commas between a
    subject and its verb and tells what the subject is or has ("Kosovo, with about 1.6
    million residents, received", "Baiji, 200 km north of Baghdad, was", "the firm,
    which employs 900 people, rose"): the clause's time dates the verb, not that state.
    Not an aside telling a past act ("which sold 3,000 tonnes in 2024")."""
    if r.root is None:
        return None
    fig, text = r.figure, sentence_text(r.figure.doc)
    for verb in chain(r.root)[1:]:
        if not _verb(verb) or verb.idx < fig.end:
            continue
        subject = next((c for c in kids(verb) if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.left_edge.idx >= fig.start:
            continue
        before = [c.idx for c in kids(verb) if c.dep_ in _VERB_LEFT and c.i < verb.i]
        close = text[: min(before, default=verb.idx)].rstrip()
        opening = text.find(",", subject.left_edge.idx, fig.start)
        if opening < 0 or not close.endswith(",") or len(close) - 1 < fig.end:
            return None
        end = len(close) - 1
        if any(w.tag_ == "VBD" for w in fig.doc if opening < w.idx < end):
            return None  # "which sold 3,000 tonnes of cocoa in 2024": a past act
        return opening, end
    return None


# A verb's subjects, and its words written before it ("was flooded").
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
_VERB_LEFT = frozenset(["aux", "auxpass", "neg"])


def _present_beside_past(e: PeriodEvidence, head: Token) -> bool:
    """Whether the figure's own verb is in the present and the time phrase dates another
    verb in the past ("produced 720,000 tonnes last year and supplies two thirds of the
    world's crop": two thirds holds now), or any other verb of a clause beside the
    figure's, not one describing the figure ("employs 19,500 people and plans to cut 800
    roles by 2027"; not "a 60 percent chance of developing ... within 48 hours"). A
    capacity ("can make") holds now too."""
    root = e.reading.root
    if root is None:
        return False
    own = next((t for t in chain(root) if _verb(t)), None)
    other = next((t for t in chain(head) if _verb(t)), None)
    if own is None or other is None or own.i == other.i:
        return False
    capacity = any(c.lower_ == "can" for c in kids(own))  # "the mill can make 450,000 tonnes"
    if not (own.tag_ in ("VBZ", "VBP") or capacity):
        return False
    return other.tag_ == "VBD" or _junction(head, root).i in {t.i for t in chain(own)}


def _verb(token: Token) -> bool:
    """A verb of a clause: not one standing as a preposition ("according to"), nor a noun
    tagged as a verb ("supplies to 70% of them had been restored")."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in _NOT_CLAUSES


# Where a word tagged as a verb stands as something else.
_NOT_CLAUSES = frozenset(["prep", "nsubj", "nsubjpass", "dobj", "pobj"])


def _junction(head: Token, root: Token) -> Token:
    """Where the time phrase's path up the parse meets the figure's."""
    above_root = {t.i for t in chain(root)}
    return next((t for t in chain(head) if t.i in above_root), root)


# Subordinators of a condition or a reason, whose clause's time is its own ("If prices do
# not recover by March"); not those of a time ("as it crossed Luzon on Wednesday").
_CONDITIONS = frozenset(["if", "unless", "although", "though", "because", "whereas", "whether"])


def _apart(t: TimeExpression, head: Token, r: Reading) -> bool:
    """Whether a time phrase lies in a clause the figure is not in: a condition ("If
    prices do not recover by March, half ..."), or a relative clause not describing the
    figure ("rules the central bank set in January", "which take effect on 30 December";
    not "the 25% tariff imposed in April");
    not the clause the phrase itself holds ("since it was set up in 2023")."""
    if r.root is None:
        return False
    above_root = {a.i for a in chain(r.root)}
    for w in chain(head):
        if w.i in above_root:
            return False
        if t.start <= w.idx < t.end:
            continue
        if w.dep_ in ("relcl", "acl") and w.pos_ in ("VERB", "AUX"):
            described = (
                w.head.i in above_root
                or r.figure.start <= w.head.idx < r.figure.end
                or w.head.head.lower_ == "of"  # "Of the 78,500 pumps sold in May, 61,000"
            )
            return not described  # not one describing the figure's own noun
        if w.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in kids(w)):
            return True
    return False


def _whole_year(t: TimeExpression) -> bool:
    """A year after a superlative is the figure's own time ("the biggest market last year",
    "the most expensive city in 2023"), unlike a record's span ("since 2021", "in eight
    months") or a day ("its first title in 11 years on Saturday")."""
    return (t.kind == "relative" and t.text.lower().endswith("year")) or t.text.isdigit()


def _in_other_base(e: PeriodEvidence, head: Token) -> bool:
    """Whether a time phrase hangs on the base of an "up from" or "down from" that is not
    the figure ("down from two million at the peak last week": two million's)."""
    root = e.reading.root
    for token in chain(head)[1:]:
        if token.dep_ == "prep" and token.lower_ == "from" and token.head.lower_ in _MOVES:
            return root is None or token.i not in {a.i for a in chain(root)}
    return False


def _is_base(e: PeriodEvidence, t: TimeExpression) -> bool:
    """Whether the figure is the base of a comparison that ``t`` ("a year earlier") dates:
    written just before it ("from 2% a year earlier"), or after "from", "than", "with"."""
    fig, root = e.reading.figure, e.reading.root
    if 0 <= t.start - fig.end <= _BASE_GAP:
        return True
    return root is not None and root.head.lower_ in _COMPARING


def _head(doc: Doc, t: TimeExpression) -> Token | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _said_when(head: Token) -> bool:
    """Whether a time phrase tells when something was said ("said on Sunday")."""
    governor = head.head
    if governor.pos_ == "ADP":
        governor = governor.head
    lemma = governor.lemma_.lower()
    if lemma in ("add", "show") and any(c.dep_ == "dobj" for c in kids(governor)):
        return False  # "plans to add 400 MW by 2028", "shows inflation at 3.1% at the end"
    telling = SAYING | {"show"}  # "a poll showed on Monday that ..."
    return lemma in telling and governor.i != head.i


def _duration(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A length of time ("for 11 years", "two years of surpluses") is itself a time; it
    has no period of its own, unless it is how long a dated event lasted ("burned for 31
    hours ... on Wednesday", "queued for up to 18 hours this week"): the event's time, the
    one the parse ties to it. A record's span ("its first title in 11 years on Saturday"),
    a person's age ("Haile, 24,") and a thing's term ("a 36-month loan") date no event."""
    r = e.reading
    if r.figure.kind != "duration":
        return NOT_APPLICABLE
    if r.root is None or e.future or r.root.dep_ in _NAMING or _after_record(r.figure):
        return None  # a plan's span ("will spend €670m over five years") dates no event
    text = sentence_text(r.figure.doc)
    if _SPAN_OF.match(text, r.figure.end) or _base_without_time(e) is None:
        return None  # "the four weeks to 28 September", "two years of surplus", a base
    if _AGED.search(text, max(0, r.figure.start - 8), r.figure.start):
        return None  # "children aged 10 to 14": an age
    dated = tuple(t for t in e.times if _dates_an_event(t) and not _across_clauses(text, r, t))
    found = _tied_by_parse(replace(e, times=dated))
    return None if isinstance(found, NotApplicable) else found


# A length that is itself a span of a time or of a state: "the four weeks to 28
# September", "the final three months of 2024", "after nearly a year of falling prices".
# ... or a delay ("opened on Wednesday, two years late").
_SPAN_OF = re.compile(r"(?i:\s+(?:to|of|ending|ended|late|early)\b)")
# "aged" before a figure: a person's age.
_AGED = re.compile(r"(?i:\baged\s+$)")
# Kinds of time that bound a span or have no anchor, rather than date an event ("by
# 2030", "since October", "for 36 hours at a time").
_NOT_DATES = frozenset(["by", "since", "until", "from", "unanchored"])


def _dates_an_event(t: TimeExpression) -> bool:
    """A time that may date an event: not a bound ("by 2030", "since October"), a span
    with no anchor ("for 36 hours at a time"), nor "the time" or "next time" with no
    preposition before it ("cut the time a ship waits to two days": what is measured)."""
    if t.kind in _NOT_DATES:
        return False
    return not (t.kind == "season" and t.end - t.start == len(t.text))


def _across_clauses(text: str, r: Reading, t: TimeExpression) -> bool:
    """Whether a semicolon stands between the figure and the time phrase ("within 26
    weeks; in October it managed 54%"): another clause's time."""
    fig = r.figure
    low, high = (fig.end, t.start) if t.start >= fig.end else (t.end, fig.start)
    return ";" in text[low:high]


# How a length hangs on what it names rather than on an event: an age set beside a
# person, a term written before a noun ("a 36-month loan").
_NAMING = frozenset(["appos", "amod", "compound", "nmod"])


def _after_record(fig: FigureInSentence) -> bool:
    """Whether a superlative or a "first" comes before the length in its clause: the
    length is the record's span ("the highest in 17 years")."""
    text = sentence_text(fig.doc)
    return _RECORD.search(text, max(0, fig.start - _RECORD_CHARS), fig.start) is not None


def _base_without_time(e: PeriodEvidence) -> Period | None | NotApplicable:
    """The base of a change with no time of its own ("a toll of $4 from October, up from
    $3") is the level before the change: it has none of the change's time."""
    fig = e.reading.figure
    if not after_aside_base(fig):
        return _base_inside_change(e)
    text = sentence_text(fig.doc)
    aside = _ASIDE_END.search(text, fig.end)
    end = aside.start() if aside else len(text)
    if any(fig.end <= t.start < end for t in e.times):
        return NOT_APPLICABLE  # "up from $3 in 2023", "from two million at the peak last week"
    return None


def _base_inside_change(e: PeriodEvidence) -> Period | None | NotApplicable:
    """The base written after "from" in a change ("from 16.1% to 18.1% from January
    2027", "to 15% from 10% in January"): the time the change starts or happens on is the
    change's. A time right after the base is its own only when it is counted back ("from
    4,900 a season earlier") or the change has a time of its own before it ("to 5% in
    March from 4% in February")."""
    fig = e.reading.figure
    text = sentence_text(fig.doc)
    base = _FROM_BASE.search(text, max(0, fig.start - 20), fig.start)
    if base is None or not (base.group("move") or _changed_to(fig, text, base.start())):
        return NOT_APPLICABLE
    if _RANGE.search(text, fig.start, fig.end):
        return NOT_APPLICABLE  # "ranged from $15 to $60": one figure, not a base
    if any(w.startswith(_REVISED) for w in _WORD.findall(text[: fig.start].lower())):
        return (
            NOT_APPLICABLE  # "cut its forecast for this year to 1.2% from 3.3%": the old forecast's
        )
    right_after = [
        t
        for t in e.times
        if 0 <= t.start - fig.end <= _BASE_GAP
        and not any(fig.end <= start < t.start for start, _ in fig.others)
    ]  # not the time of the level changed to ("from 25% to 50% on Wednesday")
    before = [t for t in e.times if t.end <= fig.start]
    own = before or any(t.kind == "earlier" for t in right_after) or not _an_act(e)
    return NOT_APPLICABLE if right_after and own else None


def _changed_to(fig: FigureInSentence, text: str, at: int) -> bool:
    """Whether another figure of the sentence is the level the base changed to: "to 15%
    from 10%", "from 16.1% to 18.1%" (not "9 points from 13 games")."""
    for start, end in fig.others:
        between = any(end <= other < at for other, _ in fig.others)
        if end <= at and not between and _TO_BEFORE.search(text, max(0, start - 14), start):
            return True
        if fig.end <= start and _TO_AFTER.fullmatch(text, fig.end, start):
            return True
    return False


def _an_act(e: PeriodEvidence) -> bool:
    """Whether the change is an act on an object ("will raise the export tax to 15% from
    10% in January": January is the act's), not a level moving ("has risen to 28% from
    22% in 2010": 2010 is the base's)."""
    root = e.reading.root
    verb = next((t for t in chain(root) if _verb(t)), None) if root is not None else None
    return verb is not None and any(c.dep_ == "dobj" for c in kids(verb))


# "from" right before a base ("rose from 25%", "to 15% from about 10%", "up from about
# 4%": a move's base, which "_base_without_time" reads when no hedge stands between).
_FROM_BASE = re.compile(
    r"""(?ix:
    (?P<move>\b(?:up|down|higher|lower|rising|falling)\s+)?  # an aside's move
    \bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$  # "from", a hedge
    )"""
)
# A range written as one figure: "$15 to $60".
_RANGE = re.compile(r"\s(?:to|and)\s")
# "to" before the level a base changed to, and what joins a base to it after.
_TO_BEFORE = re.compile(r"(?i:\bto\s+(?:about\s+|around\s+|below\s+|above\s+|under\s+|over\s+)?$)")
_TO_AFTER = re.compile(r"(?i:\s+to\s+(?:about\s+|around\s+)?)")
# Word starts of a forecast revised ("cut its growth forecast to 1.2% from 3.3%"): the
# base is the old forecast, of the same period.
_REVISED = tuple(FORECAST_NOUNS)


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
        if t.kind == "unanchored":
            steps += _UNANCHORED_STEPS  # "seen within four hours in May": May first
        if best is None or (steps, gap) < best[:2]:
            best = (steps, gap, t)
    return _period(e, best[2]) if best is not None else NOT_APPLICABLE


def _nearer_other(e: PeriodEvidence, t: TimeExpression, steps: int) -> bool:
    """Whether ``t`` hangs on another figure of the sentence rather than on the clause
    this one shares ("from 2% in February": February is 2%'s; "rose 9% in March to
    214,055": March is both figures')."""
    fig = e.reading.figure
    head = _head(fig.doc, t)
    if head is None:
        return False
    above = {a.i for a in chain(head)}
    for start, end in fig.others:
        span = fig.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span.root.i in above:
            return distance(span.root, head) < steps
    return False


def _when_clause(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A "when" clause holding the figure is at the time it hangs on ("since June 2022,
    when more than 100 people died": June 2022, a point, not since then)."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    verb = next((t for t in chain(root) if t.pos_ in ("VERB", "AUX")), None)
    when = next(iter(_whens(verb)), None) if verb is not None else None
    if when is None:
        return NOT_APPLICABLE
    for t in e.times:
        # The parse may hang the clause anywhere: the time is the one written just
        # before its "when" ("June 2022, when").
        if 0 <= when.idx - t.end <= _WHEN_GAP:
            return _period(e, _point(t))
    return NOT_APPLICABLE


def _whens(clause: Token) -> list[Token]:
    if clause.dep_ not in ("relcl", "advcl"):
        return []
    return [c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod"]


def _point(t: TimeExpression) -> TimeExpression:
    """The time a "since" phrase starts from ("since 2015" -> "2015")."""
    if not t.text.lower().startswith("since "):
        return t
    found = time_expressions(t.text[len("since ") :])
    return found[0] if found else t


def _only_time(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A sentence with one time phrase and one figure: that phrase (the parse may hang
    it anywhere: "In 2023, the company sold 2m cars")."""
    candidates = _candidates(e)
    if len(candidates) == 1 and not e.reading.figure.others:
        return _period(e, candidates[0])
    return NOT_APPLICABLE


def _one_release_time(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A figure told in the past in a sentence with one time phrase, of a release, that
    the parse hangs far from it or on another clause: the sentence's time ("Net sales in
    the July-September quarter were SEK 27.4 billion, up 2% ..., while EBITDA grew 5%")."""
    root = e.reading.root
    candidates = _candidates(e)
    if e.future or root is None or len(candidates) != 1 or not _told_in_past(root):
        return NOT_APPLICABLE
    t = candidates[0]
    head = _head(e.reading.figure.doc, t)
    if t.kind not in _RELEASED or head is None or _nearer_other(e, t, distance(root, head)):
        return NOT_APPLICABLE
    if _COMPARING & {head.lower_, head.head.lower_}:
        return NOT_APPLICABLE  # "40% more than in 2023": the time of another figure's base
    return _period(e, t)


def _sentence_before(e: PeriodEvidence) -> Period | None | NotApplicable:
    """A figure whose sentence gives it no time, told in the past right after a sentence
    of the same paragraph with one time phrase: that sentence's time ("Remittances fell
    4.6% last year ... The number of transfers fell 7.2%": the same release)."""
    r = e.reading
    if _candidates(e) or r.root is None or not _told_in_past(r.root):
        return NOT_APPLICABLE
    times = per_sentence(r.figure.doc, "claims.scope.times_before", lambda _: _released(r))
    return _period(e, times[0]) if len(times) == 1 else NOT_APPLICABLE


def _released(r: Reading) -> list[TimeExpression]:
    """The times a release reports in the sentence before the figure's, read once per
    sentence; none when that sentence is about the future."""
    before = sentence_before(r.article.text, r.figure.sentence_start)
    times = time_expressions(before)
    told = before  # its words outside its time phrases ("since it was set up" sets no target)
    for t in reversed(times):
        told = told[: t.start] + told[t.end :]
    if any(w.startswith(_PROJECTING) for w in _WORD.findall(told.lower())):
        return []  # "Traders expect another cut by February": not a release
    return [
        t
        for t in times
        if (t.kind in _RELEASED or _since_event(before, t))
        and not _said_on(before[: t.start])
        and not _base_time(before[: t.start])
    ]


def _base_time(text: str) -> bool:
    """Whether ``text`` ends with the base of a comparison, whose time follows: "up from
    €118 million (in 2024)", "9% fewer than (in 2024)". That time is the base's, not one
    the release reports its figures for."""
    return _THAN.search(text) is not None or _FROM_FIGURE.search(text) is not None


def _since_event(text: str, t: TimeExpression) -> bool:
    """ "since it was set up in 2023": the span a release counts over (not "since 2022",
    nor a record's "the fewest since records began in 1950")."""
    record = _RECORD.search(text, max(0, t.start - _RECORD_CHARS), t.start)
    return "clause" in t.parts and record is None


def _said_on(text: str) -> bool:
    """Whether ``text`` ends with a saying verb: the time after it is when it was said
    ("the ministry said on Wednesday"), read without a parse."""
    words = _WORD.findall(text[-_SAID_CHARS:].lower())
    return bool(words) and words[-1] in _SAID


def _told_in_past(root: Token) -> bool:
    """Whether the verb the figure hangs on is in the past tense ("dropped 9%")."""
    verbs = [root] if root.pos_ in ("VERB", "AUX") else verbs_above(root)
    return bool(verbs) and verbs[0].tag_ == "VBD"


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


RULES: tuple[PeriodRule, ...] = (
    Rule("a duration has no period", _duration),
    Rule("a base of a change with no time of its own", _base_without_time),
    Rule("the time a 'when' clause hangs on", _when_clause),
    Rule("time phrase tied to the figure", _tied_by_parse),
    Rule("the sentence's only time phrase", _only_time),
    Rule("the one time of a release told in the past", _one_release_time),
    Rule("the time of the sentence before", _sentence_before),
)


def period(reading: Reading, *, future: bool = False) -> Decided[Period | None]:
    """The figure's period and the rule that found it (``None``: the text gives none)."""
    evidence = PeriodEvidence(reading, sentence_times(reading.figure.doc), future)
    return first_rule(RULES, evidence, default=None, otherwise="no time phrase")
