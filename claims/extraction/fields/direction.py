"""The owner of a claim's direction: the rise or fall a sentence states for its figure.

A written sign or "from X to Y" after a verb of change states it with the figure
(`claims.extraction.figures`); so does a multiple written as a verb ("more than
doubled"); otherwise the words governing the figure in the parse do
(`claims.extraction.context.direction`), else "up" or "down" right before an amount
("still down about 15% since January"), else an aside ending its clause (", down from
8.95%"), else the change of a size it was reached by, past a time ("rose 31% in the
financial year 2024-25 to 28.6 crore journeys"), else how much more or fewer than an
earlier level it is ("468 permits, 42 fewer than last year", "$157 a carat, 9% lower.")
or its change named as a noun ("€91.4 billion ..., a rise of 8.9%"), else the earlier
level it is set against later in its clause ("to 60 days, from 30 days", "78%, against
84% a year earlier"), else an earlier level it is below or above ("12,400 to 12,900
tonnes, below its earlier guidance"), else a difference from a norm ("22% above
normal") or a record level ("hit a record 21,300 megawatts"); a multiple of an earlier
level ("three times the number a year earlier") is a rise, and so is more of something
("six more launchers", "86 more"; "an extra" N before it is an amount, no change); less
of something ("600 fewer awards", "a third fewer staff") is a fall; a share offered or
asked for in a sentence that tells of a rise is that rise ("wants a 25% pay rise, and
... the company has offered 8%").
"""

from __future__ import annotations

import re

from claims.extraction.fields.evidence import Evidence
from claims.extraction.trace import Decided
from claims.extraction.vocabulary.time import MONTH
from claims.extraction.vocabulary.verbs import ASKING, BARGAINING, DOWN, UP, WANTING, forms
from claims.extraction.vocabulary.words import GREATER, SMALLER
from claims.model import Direction, base_unit

# A multiple as a verb: "more than doubled", "doubles to £10,500", "could triple".
_MULTIPLE_VERB = re.compile(r"(?:doubl|tripl|quadrupl)(?:ed|es|ing)$", re.IGNORECASE)
_MULTIPLE_INFINITIVE = re.compile(r"(?:double|triple|quadruple)$", re.IGNORECASE)
_TO_OR_MODAL = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|shall)\s+$", re.IGNORECASE
)
# A multiple of something: "three times", "fourfold", "roughly double", "twice the area".
_MULTIPLE = re.compile(r"(?:times|fold|twice|double|triple|quadruple)$", re.IGNORECASE)
# An earlier time named in the same clause after it: "the number a year earlier", "its
# level in 2019", "what it was last year" (not "the 10-year average").
_EARLIER_AFTER = re.compile(
    r"[^,.;:!?()\"“”]{0,60}?\b(?:ago|earlier|last|previous|before|prior|yesterday"
    r"|(?<![\d,.-])(?:19|20)\d\d(?!\d))\b",
    re.IGNORECASE,
)

# A time written with figures, which may stand between a level and its aside: a year
# ("in 2025"), a season ("the 2026/27 season", "2024-25"), a span or a day ("the first 10
# months of 2026", "since it opened on 11 March", "the week to 3 August").
_TIME_FIGURES = rf"""(?:(?<![\d,.])(?:19|20)\d\d(?:[/-]\d\d)?(?!\d|[,.]\d)
    |(?<![\d,.])\d{{1,2}}\s+(?:months|weeks|days|{MONTH})\b)"""


# A change told at the end of the clause, past a time, a place or who said it, when the
# parse hangs it elsewhere: "8.81% on Wednesday morning, down from 8.95%", "850,000 won a
# tonne for the first half, down 5% from", "on revenue of ₸612 billion, up 18%." ending
# the sentence. No figure but a time, no quote, bracket or new clause between.
_ASIDE_LATER = re.compile(
    rf"""
    (?:(?!,\s*(?:and|but|or)\b|\b(?:while|whereas|which|who|but|although)\b)
       (?:[^\d;:!?()"“”]|{_TIME_FIGURES}))*?
    ,\s*(?P<change>up|down)\s+
    (?:(?:about|some|roughly|nearly|almost|by)\s+)?
    (?: (?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?
        (?:from|on)\b                 # not "higher than the 2% target": another thing
      | [\d.,]+\s*(?:%|per\s*cent|percent)\s*(?:[.;]|$) )  # "..., up 18%." ending it
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ASIDE_REACH = 160  # characters from the figure to the aside's end
# The start of a change ("from 850", "between 2 and 3"), whose aside is its end's; the
# whole a part is of ("Seven of the 19 officials", "across its 74 matches") or a period
# the clause is told over ("over the past 12 months"), whose aside is the level's.
_NOT_THE_LEVEL = re.compile(
    r"\b(?:(?:from|between)\s+(?:about\s+|some\s+)?"
    r"|(?:of|across|among|over|in)\s+(?:the|its|their|his|her|all)\s+"
    r"(?:(?:past|last|previous|first)\s+)?)$",
    re.IGNORECASE,
)


# The level a change reached "to", after the change's size and a time the parse takes for
# part of it: "ridership rose 31% in the financial year 2024-25 to 28.6 crore journeys",
# "rose 38% between April and June compared with the same period last year, to 78,500
# units". No figure but a year, no quote, bracket or new clause between.
_CHANGED_TO = re.compile(
    rf"""\b(?:(?P<up>{forms(UP)})|{forms(DOWN)})\s+(?:by\s+)?
    (?:(?:about|some|roughly|nearly|almost|around)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)
    (?: \bbetween\s+\w+\s+and\b                 # "between April and June"
      | (?!,\s*(?:and|but|or)\b|\b(?:and|while|whereas|which|who|but|although)\b)
        (?:[^\d;:!?()"“”]|(?<!\d)(?:19|20)\d\d(?:-\d\d)?(?!\d)) ){{0,80}}?
    \bto\s+(?:(?:reach|hit|top)\s+)?$""",  # "rose 9% to reach $4.1 billion"
    re.VERBOSE | re.IGNORECASE,
)
_CHANGED_REACH = 140  # characters from the verb of change to the figure


def _changed_to(e: Evidence) -> Direction | None:
    start = e.figure.start
    change = _CHANGED_TO.search(e.sentence, max(0, start - _CHANGED_REACH), start)
    if change is None:
        return None
    return "up" if change["up"] else "down"


# How much more or fewer than an earlier level the figure is, in an aside ending its
# clause: "468 permits ..., 42 fewer than last year", "€3.2 billion, €640 million more
# than a year earlier", "₺245 a kilo ..., 60 lira more than before the frost", "$157 a
# carat, 9% lower."; or its change named as a noun: "€91.4 billion ..., a rise of 8.9%"
# (not "a climb of about 400 metres"). No figure, quote, bracket or new clause between;
# "than" must name an earlier time (`_EARLIER_AFTER`: not "4 more than United", "60 more
# than now").
_MORE_THAN_LATER = re.compile(
    rf"""
    (?:(?!,\s*(?:and|but|or)\b|\b(?:while|whereas|which|who|but|although)\b)
       (?:[^\d;:!?()"“”]|{_TIME_FIGURES}))*?     # "in 2025" may stand between
    ,\s*(?:(?:about|some|roughly|nearly|almost|just|only|slightly|far|much)\s+)?
    (?: [^\d\s,;]{{0,3}}\s?[\d.,]+             # the size: "42", "14%", "€640 million"
        (?:\s*(?:%|per\s*cent|percent)|(?:\s+[a-z]+){{0,2}}?)
        \s+(?P<change>more|fewer|less|higher|lower)
        (?: \s+than\s+(?P<than>) | \s*(?=[.;]|$) )  # "than" a time, or ending it: "9% lower."
      | an?\s+(?:[a-z]+\s+)?(?P<noun>rise|increase|gain|jump|hike|surge|fall|drop|decline
        |decrease|cut|reduction|slump|dip)\s+of\s+  # its change as a noun: "a rise of
        (?:(?:about|around|roughly|some|nearly|almost|just|over|more\s+than)\s+)?(?=[\d.])
    )                                              # 8.9%", "a sharp drop of roughly 6%"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MORE_THAN_REACH = 120  # characters from the figure to "than"
# An amount added before it: "an extra £1bn ..., a rise of roughly 9%" is an amount, no
# level (stop 30), whatever its aside tells.
_ADDED_AMOUNT = re.compile(r"\b(?:an?\s+(?:extra|additional|further)|another)\s+$", re.IGNORECASE)
# A bound right after the plural noun it narrows: "412,000 children under five ..., 23%
# more than a year earlier" (the children's change, not the age's).
_AFTER_ITS_NOUN = re.compile(r"\b(?:[a-z]{3,}s|children|people|men|women)\s+$")

# A level the figure is set against later in its clause: "to 60 days, from 30 days" (after
# a new level reached "to"; "to €25 from €20" needs no comma), "71% in May, against 80% a
# year earlier" (at an earlier time).
_LEFT_FROM = re.compile(
    rf"""(?:[^\d;:!?()"“”]|{_TIME_FIGURES}){{0,60}}?      # "by 2027" may stand between
    (?:,\s*|\s(?=from\b))(?:(?P<from>from)|against|compared\s+(?:with|to))\s+
    (?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_REACHED_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
# What follows a level whose noun is left out: a time, a place or the clause's end
# ("5.6 million a year earlier", "2.4 million last season"), not a noun ("3 kilns").
_ELIDED_NOUN = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:a|an|in|at|on|last|the|before|earlier|ago)\b", re.IGNORECASE
)


def _level_left(e: Evidence) -> Direction | None:
    """Up or down from the level of the same unit the figure is set against later in its
    clause, when it says that level came first."""
    f = e.figure
    if f.unit is None and not f.bare:
        return None
    for other in e.others:
        # A bare level is the same thing with its noun left out: "against 5.6 million a
        # year earlier" (not "3 kilns", nor a year in between).
        elided = other.bare and _ELIDED_NOUN.match(e.sentence, other.end) is not None
        if f.bare and not elided:
            continue  # two counts: the same thing only when the other's noun is left out
        unit = f.unit if elided else other.unit
        if other.start <= f.end or other.value == f.value or _base(unit) != _base(f.unit):
            continue
        link = _LEFT_FROM.fullmatch(e.sentence, f.end, other.start)
        if link is None and elided:
            continue
        if link is None:
            return None  # only the next figure of the clause
        earlier = (
            _REACHED_TO.search(e.sentence, 0, f.start)
            if link["from"]
            else _EARLIER_AFTER.match(e.sentence, other.end)
        )
        if earlier is None:
            return None
        return "up" if f.value > other.value else "down"
    return None


# The size of a difference right before its comparative and "than": "about 30% more than
# Grade 2", "27 more than Ortega", "12g lighter than the 8 Pro" (stop 30: directed, against
# another thing as against an earlier time). Not a bound, written before its figure ("more
# than 30"; "about 2,100 longer than two years" bounds the span), nor the level an aside
# follows ("61 points, 4 more than United").
_DIFFERENCE = re.compile(
    rf"""\s+(?:(?P<smaller>{"|".join(sorted(SMALLER))})|{"|".join(sorted(GREATER))})
    \s+than\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _difference(e: Evidence) -> Direction | None:
    found = _DIFFERENCE.match(e.sentence, e.figure.end)
    if found is None or e.next_start < found.end():
        return None
    return "down" if found["smaller"] else "up"


# A level to be reached by a year: "could reach Nu. 15 billion by 2035", "bring it to €40
# billion by the end of 2030", "aims to hit 50GW by 2030". A forecast or a target, whose
# change is from the level of its unit the sentence names before it (`_reached_by`).
_REACHING = re.compile(
    r"""\b(?:reach|reaches|reached|hit|hits|to)\s+
    (?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than|over)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_BY_YEAR = re.compile(
    r"""(?:\s+[a-z]+){0,3}?              # past the noun or the rate: "tonnes a year"
    \s+by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:mid-?)?(?:19|20)\d\d\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _reached_by(e: Evidence) -> Direction | None:
    """Up or down from the nearest earlier level of the sentence in the figure's unit,
    for a level to be reached by a year ("a gap of Nu. 7.8 billion ... could reach Nu. 15
    billion by 2035"); none with no such level ("costs are projected to reach $31 billion
    by 2030")."""
    f = e.figure
    if f.unit is None or not _BY_YEAR.match(e.sentence, f.end):
        return None
    if not _REACHING.search(e.sentence, max(0, f.start - 30), f.start):
        return None
    earlier = [
        g
        for g in e.others
        if g.end <= f.start and g.value != f.value and _base(g.unit) == _base(f.unit)
    ]
    if not earlier:
        return None
    return "up" if f.value > earlier[-1].value else "down"


# "up" or "down" right before an amount, or before "by" and it: "is still down about 15%
# since January", "down by roughly a quarter"; not the particle of a share ("make up 42%
# of", "took up a third of").
_SIGN_WORD = re.compile(
    r"""(?<!\bmake)(?<!\bmakes)(?<!\bmade)(?<!\bmaking)(?<!\btake)(?<!\btakes)(?<!\btook)
    (?<!\btaken)(?<!\btaking)\s\b(?P<change>up|down)\s+(?:by\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _sign_word(e: Evidence) -> Direction | None:
    """The change "up" or "down" states for the amount right after it; not for a count
    a phrasal verb takes ("shut down 12 plants")."""
    if e.figure.kind == "count":
        return None
    word = _SIGN_WORD.search(e.sentence, 0, e.figure.start)
    return None if word is None else ("up" if word["change"].lower() == "up" else "down")


def _base(unit: str | None) -> str | None:
    """A unit without its rate: "£55" after "£40 a year" is in the same money."""
    return base_unit(unit) if unit else None


def _aside_later(e: Evidence) -> Direction | None:
    end = e.figure.end
    if e.figure.kind == "duration" and any(o.end <= e.figure.start for o in e.others):
        return None  # "190,000 patients had waited more than a year, down from 310,000"
    aside = _ASIDE_LATER.match(e.sentence, end, end + _ASIDE_REACH)
    before = e.sentence[max(0, e.figure.start - 20) : e.figure.start]
    if aside is None or _NOT_THE_LEVEL.search(before):
        return None
    return "up" if aside["change"].lower() in ("up", "higher") else "down"


def _more_than_earlier(e: Evidence) -> Direction | None:
    end = e.figure.end
    aside = _MORE_THAN_LATER.match(e.sentence, end, end + _MORE_THAN_REACH)
    before = e.sentence[max(0, e.figure.start - 20) : e.figure.start]
    if aside is None or _NOT_THE_LEVEL.search(before) or _ADDED_AMOUNT.search(before):
        return None
    if e.figure.qualifier in ("less_than", "more_than") and _AFTER_ITS_NOUN.search(before):
        return None
    if (noun := aside["noun"]) is not None:
        return "up" if noun.lower() in UP else "down"
    if aside["than"] is not None and _EARLIER_AFTER.match(e.sentence, aside.end()) is None:
        return None  # "61 points, 4 more than United": another thing's level
    return "up" if aside["change"].lower() in ("more", "higher") else "down"


def _multiple_as_verb(e: Evidence) -> bool:
    written = e.sentence[e.figure.core_start : e.figure.core_end]
    if _MULTIPLE_VERB.search(written):
        return True
    before = e.sentence[max(0, e.figure.start - 12) : e.figure.start]
    return bool(_MULTIPLE_INFINITIVE.search(written) and _TO_OR_MODAL.search(before))


def _multiple_of_earlier(e: Evidence) -> bool:
    written = e.sentence[e.figure.core_start : e.figure.core_end]
    return bool(
        e.figure.kind == "other"
        and _MULTIPLE.search(written)
        and _EARLIER_AFTER.match(e.sentence, e.figure.end)
    )


# A level set below or above another right after it: "12,400 to 12,900 tonnes, below its
# earlier guidance", "20% to 25% below a year earlier"; a fall or a rise when that other
# is an earlier one (`_EARLIER_WORD`), not a target, a place or a norm of years ("above the
# 1991-2020 average").
_BELOW_OR_ABOVE = re.compile(
    r"""(?:\s+[A-Za-z-]+){0,3}?          # past the noun a count counts: "45 million units"
    ,?\s+(?:(?P<below>below|lower\s+than)|above|higher\s+than)\s+""",
    re.IGNORECASE | re.VERBOSE,
)

_EARLIER_WORD = re.compile(
    r"[^,.;:!?()\"“”]{0,60}?\b(?:ago|earlier|last|previous|before|prior|yesterday)\b",
    re.IGNORECASE,
)


def _against_earlier(e: Evidence) -> Direction | None:
    side = _BELOW_OR_ABOVE.match(e.sentence, e.figure.end)
    if side is None or _EARLIER_WORD.match(e.sentence, side.end()) is None:
        return None
    return "down" if side["below"] else "up"


# A difference from a norm or an average, its size right before the side it lies on:
# "22% above normal", "12% below the 30-year average", "2.9C above the 1991-2020 norm",
# "1.6C warmer than the norm" (stop 30: directed). Not a level set against one in an
# aside ("1,780 mm, 22% above normal": the comma stands between), nor a target or a place.
_FROM_NORM = re.compile(
    r"""\s+(?:(?P<below>below|under|lower\s+than|colder\s+than|cooler\s+than)
          |above|over|higher\s+than|warmer\s+than)\s+
    (?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?     # "the 30-year", "the long-term"
    (?:normal|norm|average|usual)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _from_norm(e: Evidence) -> Direction | None:
    side = _FROM_NORM.match(e.sentence, e.figure.end)
    if side is None:
        return None
    return "down" if side["below"] else "up"


# A record level a level verb gives: "hit a record 21,300 megawatts", "reached a record
# $48.2 billion", "stands at a record 30.1 million" (a record low is a fall): above (below)
# every earlier level (stop 30: "reached a record" is up). Not a change's start ("fell
# ... from a record €7,400") nor a record told by another verb ("harvested a record").
_RECORD = re.compile(
    r"""\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|(?:stands?|stood|standing)\s+at
          |total(?:s|led|ed|ling|ing)?|top(?:s|ped|ping)?)\s+
    an?\s+(?:new\s+)?(?:all-time\s+)?record\s+(?:(?P<low>low)\s+of\s+|high\s+of\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _record(e: Evidence) -> Direction | None:
    found = _RECORD.search(e.sentence, max(0, e.figure.start - 50), e.figure.start)
    if found is None:
        return None
    return "down" if found["low"] else "up"


# "more" or "extra" right after a count's number: "six more launchers", "86 more", "300
# extra teachers" (not "more than"). "An extra", "an additional", "a further" or "another"
# N before it is an amount, with no change unless its verb changes a level ("add a
# further 137,000 barrels a day", decided with the words governing it; stop 30).
_MORE_AFTER = re.compile(r"\s+(?:more\b(?!\s+than\b)|extra\b(?!-))", re.IGNORECASE)
# ... and "fewer" or "less" right after it is less of something: "some 600 fewer new
# awards", "a third fewer staff", "a fifth less power" (not "fewer than": a bound, or
# another thing's level).
_FEWER_AFTER = re.compile(r"\s+(?:fewer|less)\b(?!\s+than\b)", re.IGNORECASE)


def _more_of(e: Evidence) -> bool:
    return _MORE_AFTER.match(e.sentence, e.figure.core_end) is not None


# A share offered, asked for or wanted as its verb's object: "the company has offered 8%",
# "the association wants a further 10%", "the union is asking for 7%" (not "10% of the
# royalty": a share of something).
_BARGAINED = re.compile(
    rf"""\b(?:{forms(BARGAINING | WANTING)}|(?:{forms(ASKING)})\s+for)\s+
    (?:a\s+further\s+|another\s+)?(?:(?:about|around|some|just|only)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# A rise the sentence tells of: "a 25% pay rise", "pay rose by 6%", "rising to 9%".
_RISE = re.compile(rf"\b(?:{forms(UP)})\b", re.IGNORECASE)
_BARGAIN_WINDOW = 40  # characters before the share its verb may stand


def _bargained(e: Evidence) -> bool:
    """Whether a share bargained over is a rise the sentence tells of."""
    f = e.figure
    if f.kind != "percentage" or _OF_AFTER.match(e.sentence, f.end):
        return False
    if not _BARGAINED.search(e.sentence, max(0, f.start - _BARGAIN_WINDOW), f.start):
        return False
    rest = e.sentence[: f.start] + e.sentence[f.end :]
    return _RISE.search(rest) is not None


def decide_direction(e: Evidence) -> Decided[Direction | None]:
    if e.figure.in_change:
        return Decided(e.figure.direction, "stated with the figure")
    if _multiple_as_verb(e):
        return Decided("up", "a multiple as a verb of change")
    if e.context.direction is not None:
        return Decided(e.context.direction, "the words governing it")
    if (difference := _difference(e)) is not None:
        return Decided(difference, "the size of a difference, before its comparative")
    if (sign := _sign_word(e)) is not None:
        return Decided(sign, "'up' or 'down' right before it")
    if (aside := _aside_later(e)) is not None:
        return Decided(aside, "an aside at the end of its clause")
    if (reached := _changed_to(e)) is not None:
        return Decided(reached, "the level a change of a size reached, past a time")
    if (more := _more_than_earlier(e)) is not None:
        return Decided(more, "how much more or fewer than an earlier level, in an aside")
    if (left := _level_left(e)) is not None:
        return Decided(left, "the level it is set against later in its clause")
    if (reached := _reached_by(e)) is not None:
        return Decided(reached, "a level to be reached by a year, against an earlier one")
    if (against := _against_earlier(e)) is not None:
        return Decided(against, "below or above an earlier level")
    if (norm := _from_norm(e)) is not None:
        return Decided(norm, "a difference from a norm or an average")
    if (record := _record(e)) is not None:
        return Decided(record, "a record level")
    if _multiple_of_earlier(e):
        return Decided("up", "a multiple of an earlier level")
    if _more_of(e):
        return Decided("up", "more of it")
    if _FEWER_AFTER.match(e.sentence, e.figure.core_end):
        return Decided("down", "less of it")
    if _bargained(e):
        return Decided("up", "a rise offered or asked for")
    return Decided(None, "no change stated")
