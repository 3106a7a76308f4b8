"""The noun an elliptical count leaves unsaid, named by a count before it.

"Of the 180 rockets fired, 150 were intercepted", "212 fires still burning, 98 of them out
of control", "six new cases, taking the total to 80", "from 72 ships a day to 25", "Rebels
fired 8 missiles. Five were shot down": the bare count counts what an earlier count of the
same sentence, or of the sentence just before, counts. Only where the text says so: a
bare number that is no such count (a score, an age, a price, another verb's object) keeps
no noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.trace import NOT_APPLICABLE, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.numbers import SCALE_WORDS
from claims.extraction.vocabulary.plurals import singular
from claims.extraction.vocabulary.time import MONTH_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claims.extraction.fields.evidence import Evidence
    from claims.extraction.figures.figure import Figure


@dataclass(frozen=True)
class Earlier:
    """A count before the figure: its value, its unit (a counted noun, maybe a rate of
    it), the verb it is an argument of, where it is in its sentence, its scale words
    ("million"), and whether its own noun was borrowed from an earlier count."""

    value: float
    unit: str
    verb: str | None
    start: int
    end: int
    scales: frozenset[str]
    borrowed: bool = False
    role: str | None = None  # "subject" or "object" of its verb (`role_of`)
    models: frozenset[str] = frozenset()  # words between it and its noun ("abrams")


@dataclass(frozen=True)
class Elision:
    """A bare count, the counts before it in its sentence (nearest last) and the counts
    of the sentence just before it."""

    e: Evidence
    earlier: Sequence[Earlier]
    before: Sequence[Earlier]


# "of the" and a word after a count: "96 of the Abrams", "132 of the K2s".
_OF_THE = re.compile(r"\s+of\s+the\s+([\w-]+)", re.IGNORECASE)
# "of them" after a count, "Of those," opening its sentence.
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
# ", of whom" or ", of which" right before a count: "1.3 million refugees, the government
# says, of whom 620,000 are registered".
_OF_WHOM = re.compile(
    r",\s*of\s+(?:whom|which)\s+(?:(?:only|about|around|some|nearly|just|roughly)\s+)?$",
    re.IGNORECASE,
)
_OF_THOSE_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:them|those|these)\s*,\s*$", re.IGNORECASE)
# A partitive opening its sentence, right before a count: "Of the 400 who set out,".
_PARTITIVE_OPENING = re.compile(r"\s*Of\s+(?:the|their|its|these|those)\s+$", re.IGNORECASE)
# What a running total is called, and the verbs that bring it to a new level.
_TOTAL = re.compile(
    r"""\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed
    |lift|lifts|lifting|lifted)\s+(?:[\w'’-]+\s+){0,4}?
    (?:total|tally|number|count|network|fleet|toll)\b[^,;:.!?]{0,30}\bto\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# A change from a counted level to a bare one: "from 90 flights a day in May to 60".
_CHANGE_END = re.compile(r"[^,;:.!?\d]{0,30}\bto\s+$", re.IGNORECASE)
_CHANGE_START = re.compile(r"\bfrom\s+(?:an?\s+average\s+of\s+|the\s+)?$", re.IGNORECASE)
# A level compared with a count of the same scale: "above the average of 2.8 million".
_COMPARED = re.compile(
    r"""[^;:.!?]{0,50}\b(?:above|below|against|compared|than|versus|vs|from|average|instead
    |short|beside|behind|ahead)\b[^;:.!?]{0,30}$""",
    re.IGNORECASE | re.VERBOSE,
)
# A difference set off by a comma after a count, its noun unsaid: "44 of the 150 seats, 12
# more than in the outgoing parliament", "230 routes, 15 fewer than a year before".
_DIFFERENCE_BEFORE = re.compile(
    r"[^;:.!?\d]{0,60},\s*(?:(?:about|around|some|nearly|just|only)\s+)?$", re.IGNORECASE
)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less|behind|ahead|short|clear)\b", re.IGNORECASE)
# A count restated as "a figure", then taken further: "944,000 people ..., a figure
# expected to pass 1.1 million".
_FIGURE_OF = re.compile(
    r"[^;:.!?]{0,60},\s+(?:a|the|that)\s+(?:figure|number|total|tally)\b[^,;:.!?]{0,50}$",
    re.IGNORECASE,
)
# A goal or a target naming a bare level right after it: "The goal is 300,000", "short
# of its target of 55,000", "The aim is 20".
_TARGET = re.compile(
    r"""\b(?:goal|target|aim|ambition|objective)\s+(?:is|was|remains|of)\s+
    (?:(?:about|around|some|nearly|just|only|at\s+least)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_TARGET_RATIO = 10  # a goal this many times off its count's size is of something else
# A standard a level is measured against, named right before a bare number: "the WHO's
# daily guideline of 15", "the epidemic threshold of 500", "a permitted maximum of 2,500".
_STANDARD = re.compile(
    r"""\b(?:threshold|guideline|limit|minimum|maximum|standard|norm|benchmark|ceiling)\s+of\s+
    (?:(?:about|around|some|nearly|just|only|at\s+least)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... or the level the text says is needed: "short of the 166 needed for a majority".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NEEDED_AFTER = re.compile(r"\s+(?:needed|required)\b", re.IGNORECASE)
_STANDARD_REACH = 160  # characters from the level to the standard it is measured against
# A bare number set against a figure right before it: "instead of 14", "compared with 25",
# ", against nine".
_SET_AGAINST = re.compile(
    r"\s*,?(?:\s*(?:this|last|on|in|at|during)\s+[^,;:.!?\d]{1,20}?,)?"  # "this week, against"
    r"[^,;:.!?\d]{0,40}\b(?:instead\s+of|compared\s+(?:with|to)|against|versus|vs\.?|rather"
    r"\s+than)\s+(?:(?:about|around|some|only|just|nearly)\s+)?$",
    re.IGNORECASE,
)
# The level a change starts from, right after the new one or its time: "fell to 8
# million gallons a day from 14 million", "12.4 metres, down from 19.5", "to 512 per
# dollar in July from 470".
_FROM_LEVEL = re.compile(
    r"""(?:\s+(?:in|on|at|during)\s+[^\d,;:.!?]{1,20}?)?      # its time: "in July"
    \s*,?\s*(?P<change>(?:up|down)\s+)?from\s+
    (?:(?:about|around|some|only|just|nearly)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A level set against an earlier one written with the same scale word, past the earlier
# one's time or who said it: "3.9 million carats in the three months to March, against
# 5.6 million", "11.2 million barrels in the first half, the company said, up from 8.9
# million", "down from an earlier forecast of 20 million", "6.4 million barrels a day in
# the four weeks to 28 September, up from 5.9 million". No figure between, but a year or
# a day of a month.
_MONTHS = "|".join(MONTH_NAMES)
_SCALED_AGAINST = re.compile(
    rf"""(?:[^;:.!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)
    |(?<![\d.,])\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}(?![\d.,]))
    {{0,90}}?
    (?:,\s*|\s+)(?:against|compared\s+(?:with|to)|(?:up|down)\s+from)\s+
    (?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|initial|original|prior)\s+)?
    (?:(?:forecast|estimate|level|total|figure|guidance|target)\s+of\s+)?
    (?:(?:about|around|some|only|just|nearly)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... where a bare "from" follows a new level reached "to" ("drove 40 km from 6" does not).
_TO_LEVEL = re.compile(r"\bto\s+$", re.IGNORECASE)
# The preposition of a span of time or of a distance, written again before the bare one:
# "within five months ... within six".
_AGAIN = re.compile(r"\b(within|after|for|over|under|in)\s+$", re.IGNORECASE)
# What joins a count to the one before it in a sentence that left its noun unsaid:
# "Five were shot down and three hit a shed".
_AND = re.compile(r"[^,;:.!?\d]{0,40}\band\s+$", re.IGNORECASE)
# The parse's roles of a count standing alone as a subject or an object.
_SUBJECT = frozenset(["nsubj", "nsubjpass"])
_OBJECT = frozenset(["dobj"])
# What starts a clause after another: "..., and 58 were brought out", "so a party needs 47".
_NEXT_CLAUSE = re.compile(r"[,;]|\b(?:and|but|while|whereas|so|yet)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\s+others?\b", re.IGNORECASE)
# More of what was counted before: "86 more" (not "12 more than", a difference), or
# "another 700" with its hedge ("another 3,500 or so").
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(
    r"\banother\s+(?:(?:about|around|some|nearly|roughly|almost)\s+)?$", re.IGNORECASE
)
# Verbs whose bare object is money or a price, not a count: "paid 12 in fines".
_MONEY_VERBS = frozenset(
    ["pay", "cost", "spend", "earn", "charge", "raise", "owe", "sell", "buy", "fine", "save"]
)
_RESTATED_FROM = 20  # smaller values repeat by chance too often to be a restatement


def elided_unit(elision: Elision) -> tuple[str, str] | None:
    """``(unit, rule)`` for a bare count whose noun an earlier count names, else None."""
    decided = first_rule(_RULES, elision, default=None, otherwise="")
    return None if decided.value is None else (decided.value, decided.rule)


def restated_unit(elision: Elision) -> tuple[str, str] | None:
    """``(unit, rule)`` when the text restates the count's figure with its noun ("Of the
    420 killed" after "killed 420 rhinos") or opens with a partitive that does ("Of the
    420 killed, 236 died"): it counts that noun, whatever its own verb guessed."""
    decided = first_rule(_RESTATING, elision, default=None, otherwise="")
    return None if decided.value is None else (decided.value, decided.rule)


def model_counted(elision: Elision) -> str | None:
    """ "96 of the Abrams" after "250 Abrams tanks": a count of the models of what an
    earlier count (of its sentence or the one before) counts, one noun, counts that."""
    of_the = _OF_THE.match(elision.e.sentence, elision.e.figure.end)
    if of_the is None:
        return None
    word = of_the.group(1).lower()
    named = {word, singular(word), word.removesuffix("s")}
    noun = elision.e.context.noun
    if noun and noun.lower() not in named:
        return None  # "20 of the new recruits": a noun of its own after the word
    return _one_noun([c for c in (*elision.earlier, *elision.before) if named & c.models])


def models(sentence: str, figure_end: int, noun_end: int) -> frozenset[str]:
    """The words written between a count and the noun it counts, lower case ("250
    Abrams tanks" -> {"abrams"}): the models a later "96 of the Abrams" may name."""
    return frozenset(w.lower() for w in sentence[figure_end:noun_end].split()[:-1])


def points_back(e: Evidence) -> bool:
    """Whether "of them" after a count says its noun is named before it ("98 of them")."""
    return _OF_THEM.match(e.sentence, e.figure.end) is not None


def set_against(sentence: str, first: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is set against the figure ``first`` before it: "instead of",
    "compared with", "from" the level a change started at, or the same preposition before
    both ("within", which may be read as the hedge of either)."""
    if _SET_AGAINST.fullmatch(sentence, first.end, figure.start):
        return True
    level = _FROM_LEVEL.fullmatch(sentence, first.end, figure.start)
    if level and (level.group("change") or _TO_LEVEL.search(sentence, 0, first.start)):
        return True
    one = _AGAIN.search(sentence, 0, first.core_start)
    two = _AGAIN.search(sentence, 0, figure.core_start)
    between = sentence[first.end : figure.start]
    return bool(
        one
        and two
        and one.group(1).lower() == two.group(1).lower()
        and not re.search(r"[\d;:.!?]", between)
    )


def compared_with(sentence: str, first: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is how far ahead of or behind ``first`` a rival is, set off by a
    comma after it ("1,412 points, 96 behind Lund", "84,000 tonnes, 6,000 more than its
    sister ship"), or the standard ``first`` is measured against, of a like size ("92
    micrograms per cubic metre, six times the WHO's daily guideline of 15")."""
    if _DIFFERENCE_AFTER.match(sentence, figure.end) and _DIFFERENCE_BEFORE.fullmatch(
        sentence, first.end, figure.start
    ):
        return True
    between = sentence[first.end : figure.start]
    low, high = sorted((abs(first.value), abs(figure.value)))
    near = len(between) <= _STANDARD_REACH and ";" not in between
    return near and low > 0 and high <= _TARGET_RATIO * low and _standard(sentence, figure)


def _standard(sentence: str, figure: Figure) -> bool:
    """Whether a standard is named right before ``figure``, or it is the level "needed"."""
    start = max(0, figure.start - 60)
    if _STANDARD.search(sentence, start, figure.start):
        return True
    return bool(
        _THE_BEFORE.search(sentence, start, figure.start)
        and _NEEDED_AFTER.match(sentence, figure.end)
    )


def scaled_against(sentence: str, first: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is set against ``first``, an earlier figure written with the same
    scale word, past that one's time or who said it (`_SCALED_AGAINST`)."""
    return _SCALED_AGAINST.fullmatch(sentence, first.end, figure.start) is not None


def is_borrowed(rule: str) -> bool:
    """Whether a unit decided by the rule named ``rule`` was borrowed by `elided_unit`."""
    return rule in _NAMES


def scales(e: Evidence) -> frozenset[str]:
    """The scale words a figure is written with ("2.8 million" -> {"million"})."""
    words = re.findall(r"[a-z]+", e.sentence[e.figure.core_start : e.figure.core_end].lower())
    return frozenset(words) & SCALE_WORDS


def verb_of(e: Evidence) -> str | None:
    """The lemma of the verb a count (or the noun it counts) is an argument of."""
    root = figure_root(e)
    if root is None:
        return None
    word = root.head if root.dep_ == "nummod" else root
    return word.head.lemma_.lower() if word.head.pos_ in ("VERB", "AUX") else None


def role_of(e: Evidence) -> str | None:
    """ "subject" or "object": the role of a count (or of the noun it counts) in its clause."""
    root = figure_root(e)
    if root is None:
        return None
    word = root.head if root.dep_ == "nummod" else root
    if word.dep_ in _SUBJECT:
        return "subject"
    return "object" if word.dep_ in _OBJECT else None


def figure_root(e: Evidence) -> Token | None:
    """The parse's head word of a figure, if its sentence was parsed."""
    if e.doc is None:
        return None
    span = e.doc.char_span(
        e.figure.core_start - e.base, e.figure.core_end - e.base, alignment_mode="expand"
    )
    return None if span is None or len(span) == 0 else span.root


def _one_noun(counts: Sequence[Earlier]) -> str | None:
    """The noun counted by every count of ``counts``, if they count one noun."""
    units = {c.unit for c in counts}
    return units.pop() if len(units) == 1 else None


def _restated(x: Elision) -> str | NotApplicable:
    """ "Of the 2,300 who arrived" after "2,300 migrants": the count it restates."""
    f = x.e.figure
    if f.low is not None or f.value < _RESTATED_FROM:
        return NOT_APPLICABLE
    same = [c for c in (*x.earlier, *x.before) if c.value == f.value]
    return _one_noun(same) or NOT_APPLICABLE


def _of_them(x: Elision) -> str | NotApplicable:
    """ "98 of them" after "212 fires": the nearest count before it in the sentence,
    else the one noun the sentence before counts."""
    if _OF_THEM.match(x.e.sentence, x.e.figure.end) is None:
        return NOT_APPLICABLE
    if x.earlier:
        return x.earlier[-1].unit
    return _one_noun(x.before) or NOT_APPLICABLE


def _of_whom(x: Elision) -> str | NotApplicable:
    """ "1.3 million refugees, the government says, of whom 620,000 are registered": the
    nearest count before it in the sentence."""
    f = x.e.figure
    if not x.earlier or _OF_WHOM.search(x.e.sentence, max(0, f.start - 30), f.start) is None:
        return NOT_APPLICABLE
    return x.earlier[-1].unit


def _of_those_opening(x: Elision) -> str | NotApplicable:
    """ "Of those, 7,030 were aged 65": the one noun the sentence before counts."""
    if _OF_THOSE_OPENING.fullmatch(x.e.sentence, 0, x.e.figure.start) is None:
        return NOT_APPLICABLE
    return _one_noun(x.before) or NOT_APPLICABLE


def _after_partitive(x: Elision) -> str | NotApplicable:
    """ "Of the 400 who set out, about 350 walked": the partitive's count, once it has a noun."""
    for c in x.earlier:
        if (
            _PARTITIVE_OPENING.fullmatch(x.e.sentence, 0, c.start)
            and "," in x.e.sentence[c.end : x.e.figure.start]
        ):
            return c.unit
    return NOT_APPLICABLE


def _total(x: Elision) -> str | NotApplicable:
    """ "14 new cases, bringing the total this year to 212": the count added to it."""
    if not x.earlier or not _TOTAL.search(x.e.sentence, 0, x.e.figure.start):
        return NOT_APPLICABLE
    return x.earlier[-1].unit


def _change_end(x: Elision) -> str | NotApplicable:
    """ "from 90 flights a day in May to 60": the level the change starts from."""
    if not x.earlier:
        return NOT_APPLICABLE
    last = x.earlier[-1]
    s = x.e.sentence
    if _CHANGE_START.search(s, 0, last.start) and _CHANGE_END.fullmatch(
        s, last.end, x.e.figure.start
    ):
        return last.unit
    return NOT_APPLICABLE


def _compared(x: Elision) -> str | NotApplicable:
    """ "3.1 million passengers ..., above the average of 2.8 million": a count of the
    same scale it is compared with."""
    own = scales(x.e)
    if not own or not x.earlier:
        return NOT_APPLICABLE
    last = x.earlier[-1]
    if own & last.scales and _COMPARED.fullmatch(x.e.sentence, last.end, x.e.figure.start):
        return last.unit
    return NOT_APPLICABLE


def _difference(x: Elision) -> str | NotApplicable:
    """ "44 of the 150 seats, 12 more than in the outgoing parliament": the count before
    the comma."""
    f, s = x.e.figure, x.e.sentence
    if not x.earlier or _DIFFERENCE_AFTER.match(s, f.end) is None:
        return NOT_APPLICABLE
    last = x.earlier[-1]
    return last.unit if _DIFFERENCE_BEFORE.fullmatch(s, last.end, f.start) else NOT_APPLICABLE


def _figure_of(x: Elision) -> str | NotApplicable:
    """ "944,000 people ..., a figure expected to pass 1.1 million": the count the figure is."""
    if not x.earlier:
        return NOT_APPLICABLE
    last = x.earlier[-1]
    if _FIGURE_OF.fullmatch(x.e.sentence, last.end, x.e.figure.start):
        return last.unit
    return NOT_APPLICABLE


def _target(x: Elision) -> str | NotApplicable:
    """ "216,000 soldiers ... The government's goal is 300,000", "412 pupils, well short
    of the 500 required": the level a goal or a standard names counts what the count it is
    set for counts, the nearest of its sentence, else the one noun the sentence before
    counts, when of a like size."""
    f = x.e.figure
    if not (_TARGET.search(x.e.sentence, 0, f.start) or _standard(x.e.sentence, f)):
        return NOT_APPLICABLE
    counts = x.earlier[-1:] or x.before
    low = min([f.value, *(c.value for c in counts)])
    high = max([f.value, *(c.value for c in counts)])
    if low <= 0 or high > _TARGET_RATIO * low:
        return NOT_APPLICABLE
    return _one_noun(counts) or NOT_APPLICABLE


def _more(x: Elision) -> str | NotApplicable:
    """ "1,240 earthquakes ... 86 more", "40 tanks in May. Another 25 arrived": more of the
    one noun its sentence counts before it, else of the one noun the sentence before
    counts."""
    f, s = x.e.figure, x.e.sentence
    if not (
        _MORE_AFTER.match(s, f.end) or _ANOTHER_BEFORE.search(s, max(0, f.start - 30), f.start)
    ):
        return NOT_APPLICABLE
    return _one_noun(x.earlier or x.before) or NOT_APPLICABLE


def _opening_subject(x: Elision) -> str | NotApplicable:
    """ "Rebels fired 8 missiles. Five were shot down": a count opening its sentence as
    its subject counts the one noun the sentence before counts."""
    root = figure_root(x.e)
    if x.e.sentence[: x.e.figure.start].strip() or root is None or root.dep_ not in _SUBJECT:
        return NOT_APPLICABLE
    return _one_noun(x.before) or NOT_APPLICABLE


def _same_verb(x: Elision) -> str | NotApplicable:
    """ "launched four satellites ... plans to launch nine": the object of the verb that
    counted a noun in the sentence before counts that noun."""
    root = figure_root(x.e)
    if root is None or root.dep_ not in _OBJECT or x.earlier:
        return NOT_APPLICABLE
    verb = verb_of(x.e)
    same = [c for c in x.before if verb is not None and c.verb == verb]
    noun = _one_noun(same) if same and _one_noun(x.before) else None
    return noun or NOT_APPLICABLE


def _joined(x: Elision) -> str | NotApplicable:
    """ "Five were shot down and three hit a shed": joined to a count that borrowed its
    noun, it counts the same."""
    if not x.earlier or not x.earlier[-1].borrowed:
        return NOT_APPLICABLE
    last = x.earlier[-1]
    return last.unit if _AND.fullmatch(x.e.sentence, last.end, x.e.figure.start) else NOT_APPLICABLE


def _gapped(x: Elision) -> str | NotApplicable:
    """ "Twelve miners are missing ..., and 58 were brought out", "The house has 93 seats,
    so a party needs 47": a bare subject (or object) of a later clause counts the one noun
    the earlier subjects (or objects) of its sentence count; not money a verb pays, nor
    "15 others" (other people than those counted)."""
    role, verb = role_of(x.e), verb_of(x.e)
    others = _OTHERS.match(x.e.sentence, x.e.figure.end) is not None
    if role is None or others or (role == "object" and verb in _MONEY_VERBS):
        return NOT_APPLICABLE
    same = [c for c in x.earlier if c.role == role]
    if not same or not _NEXT_CLAUSE.search(x.e.sentence, same[-1].end, x.e.figure.start):
        return NOT_APPLICABLE
    return _one_noun(same) or NOT_APPLICABLE


_RESTATED: Rule[Elision, str | None] = Rule("the count it restates", _restated)
_PARTITIVE: Rule[Elision, str | None] = Rule(
    "the count of the partitive opening the sentence", _after_partitive
)
_RESTATING: tuple[Rule[Elision, str | None], ...] = (_RESTATED, _PARTITIVE)
_RULES: tuple[Rule[Elision, str | None], ...] = (
    _RESTATED,
    Rule("the count 'of them' points back to", _of_them),
    Rule("the count ', of whom' points back to", _of_whom),
    Rule("the one noun before 'Of those'", _of_those_opening),
    _PARTITIVE,
    Rule("the count a total adds to", _total),
    Rule("the level the change starts from", _change_end),
    Rule("the count of the same scale it is compared with", _compared),
    Rule("the count a difference after it is of", _difference),
    Rule("the count 'a figure' restates", _figure_of),
    Rule("the count a goal or a standard is set for", _target),
    Rule("the one noun counted before 'more' of it", _more),
    Rule("the one noun the sentence before counts", _opening_subject),
    Rule("the noun its verb counted in the sentence before", _same_verb),
    Rule("the count it is joined to", _joined),
    Rule("the noun an earlier clause counts in the same role", _gapped),
)
MODEL = "the noun its models' count counts"
_NAMES = frozenset([*(rule.name for rule in _RULES), MODEL])
