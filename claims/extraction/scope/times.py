"""Time expressions in a sentence: "last year", "in the first quarter", "by 2030".

`time_expressions` finds every time phrase of a sentence with a regex pass (no parse), as
written, each with its kind and the parts its bounds are computed from
(`claims.extraction.scope.bounds`). Which of them is a figure's period is decided in
`claims.extraction.scope.period`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from claims.extraction.scope.vocabulary import COUNT_WORDS, MONTH_NAMES, MONTHS, WEEKDAYS

TimeKind = Literal[
    "point",  # a day, a month or a year: "3 March", "March 2025", "2023"
    "span",  # two points: "between April and June", "from 2020 to 2024"
    "since",  # from a point to the article's date: "since January"
    "by",  # up to a point: "by 2030", "by the end of March"
    "until",  # from the article's date to a point: "until 2027"
    "from",  # from a point on: "from April", "starting in July"
    "ending",  # a length ending at a point: "the week to 3 March", "the year to June"
    "quarter",  # "the first quarter", "Q3 2024", "the second half"
    "fiscal",  # "2025-26", "FY25", "fiscal 2024"
    "relative",  # "last year", "this month", "next week"
    "rolling",  # "the past five years", "the next 12 months", "over the past decade"
    "to_date",  # "so far this year", "year to date"
    "earlier",  # "a year earlier", "two years ago", "the same period last year"
    "day",  # "yesterday", "on Tuesday", "last Friday"
    "vague",  # "late June", "early next year", "recent months", "the coming months"
    "unanchored",  # "over five years", "within 18 months"
    "season",  # "the weekend", "this season", "the first ten months of the year"
    "latest",  # "in the quarter", "during the year", "full-year": as context says
]


@dataclass(frozen=True)
class TimeExpression:
    """A time phrase of a sentence.

    Fields:
        start, end: its characters in the sentence, leading "in", "on", "during",
            "for", "at" or "of" included (the words that tie it to a clause).
        text: the phrase as written, without that leading preposition.
        kind: what sort of time it is (`TimeKind`).
        parts: the named pieces its bounds are computed from (``a``, ``b`` points,
            ``n``, ``unit``, ``rel``, ``ord``, ``year``...), as written.
    """

    start: int
    end: int
    text: str
    kind: TimeKind
    parts: Mapping[str, str] = field(default_factory=dict)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "March" wins over "Mar")."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


# A month, in full or abbreviated; only an abbreviation takes a stop ("Sept."), so that a
# sentence's closing stop is never part of a month.
_MONTH = (
    rf"(?:(?:{_alternatives(MONTH_NAMES)})\b"
    rf"|(?:{_alternatives(set(MONTHS) - MONTH_NAMES)})\b\.?)"
)
_WEEKDAY = rf"(?:{_alternatives(WEEKDAYS)})"
_YEAR = r"(?:(?:19|20)\d\d)"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_COUNT = rf"(?:\d+|{_alternatives(k for k in COUNT_WORDS if k != 'a')})"
_UNIT = r"(?:year|month|week|day|decade|quarter|hour)s?"
# A point in time: a day, a month or a year, as news writes them. Non-capturing: it is
# read again on its own by `POINT` once a whole expression has matched.
_POINT_TEXT = rf"""(?:
      {_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?       # 3 March, 3rd of March 2025
    | {_MONTH}\s+{_DAY}\b(?!\s*(?:%|per|bn|m\b|million|billion))(?:,?\s+{_YEAR})?
                                                        # March 3, 2025 (not "May 5 million")
    | {_MONTH}(?:\s+{_YEAR})?                           # March, March 2025
    | {_YEAR}(?![\d,.]?\d)                              # 2025, not 2,025 or 2025.5
    )"""
# A point read on its own, with its pieces named.
POINT = re.compile(
    rf"""(?:(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?
    | (?P<month2>{_MONTH})\s+(?P<day2>{_DAY})(?:,?\s+(?P<year2>{_YEAR}))?
    | (?P<month3>{_MONTH})(?:\s+(?P<year3>{_YEAR}))?
    | (?P<year4>{_YEAR})
    )""",
    re.VERBOSE,
)
# Prepositions that tie a time to its clause; dropped from the text as written. Each a
# whole word: the "on" ending "billion" is none ("$2 billion between April and June").
_LEADING = r"(?:\b(?i:in|on|during|for|at|of|over|throughout)\s+)?"

# Each pattern is (kind, regex); a sentence's expressions are the longest
# non-overlapping matches of them all (`time_expressions`).
_PATTERNS: tuple[tuple[TimeKind, re.Pattern[str]], ...] = (
    (
        "span",  # between April and June; from 2020 to 2024; April-June
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?i:between)\s+(?P<a5>{_DAY})\s+(?i:and)\s+(?P<b5>{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)
                                            # between 18 and 25 November
            | (?i:between)\s+(?P<a>{_POINT_TEXT})\s+(?i:and)\s+(?P<b>{_POINT_TEXT})
            | (?i:from)\s+(?P<a2>{_POINT_TEXT})\s+(?i:to|until|till|through|and)\s+
              (?P<b2>{_POINT_TEXT})
            | (?P<a3>{_MONTH})\s*[-–]\s*(?P<b3>{_MONTH}(?:\s+{_YEAR})?)
            | (?P<a4>{_YEAR})\s*[-–]\s*(?P<b4>{_YEAR})(?![\d,.]?\d)
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "ending",  # the week to 3 March; the three months to June; the year ended March
        re.compile(
            rf"""{_LEADING}(?P<text>(?i:the\s+)?
              (?P<n>(?i:three|six|nine|twelve|3|6|9|12|18)\s+)?
              (?:(?i:financial|fiscal)\s+)?
              (?P<unit>(?i:week|month|months|year|quarter|fortnight))\s+
              (?i:to|ending|ended|through)\s+(?i:the\s+end\s+of\s+)?
              (?P<a>{_POINT_TEXT})
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "fiscal",  # 2025-26, 2024/25, FY25, fiscal 2024, the financial year
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?:(?i:the\s+)?(?P<first>{_YEAR})[-–/](?P<second>\d\d)(?!\d)
                 (?:\s+(?i:financial|fiscal|tax)\s+year)?)
            | (?:FY\s?'?(?P<fy>\d{{4}}|\d\d)(?!\d))
            | (?:(?i:fiscal|financial)\s+(?i:year\s+)?(?P<fiscal>{_YEAR}))
            | (?:(?i:the\s+)?(?P<fiscal2>{_YEAR})\s+(?i:financial|fiscal)\s+(?i:year))
                                            # the 2027 fiscal year
            | (?:(?i:the|this|last|next|the\s+current|the\s+previous|the\s+new|the\s+coming)\s+
                 (?i:financial|fiscal)\s+year)
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "quarter",  # the first quarter (of 2024); Q3 2024; the second half; first-quarter
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?:(?i:the\s+)?(?P<ord>(?i:first|second|third|fourth|final|last))[\s-]+
                 (?P<part>(?i:quarter|half))
                 (?:\s+(?i:of\s+)?(?:(?P<year>{_YEAR})|(?P<rel>(?i:this|last|next))\s+(?i:year)))?)
            | (?:(?P<q>Q[1-4]|H[12])\b(?:\s+(?P<qyear>{_YEAR})|(?P<short>\d\d)\b)?)
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "to_date",  # so far this year; year to date; since the start of the year
        re.compile(
            r"""(?P<text>(?i:
              so\s+far\s+this\s+year | this\s+year\s+so\s+far | (?:the\s+)?year[-\s]to[-\s]date
            | since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year
            | so\s+far\s+in\s+(?P<year>(?:19|20)\d\d)
            ))""",
            re.VERBOSE,
        ),
    ),
    (
        "since",  # since January; since 2019; since Friday
        re.compile(
            rf"""(?P<text>(?i:since)\s+
            (?:
              (?P<clause>(?i:the\s+|it\s+|they\s+|we\s+)?[a-z]+(?:\s+[a-z]+){{0,4}}\s+(?i:in|on)\s+)?
                                            # "since the campaign began in 2023", "on 11 March"
              (?P<a>{_POINT_TEXT})
            | (?P<rel>(?i:last)\s+)?(?P<weekday>{_WEEKDAY})\b
                                            # "since Friday": from that day on, not the day
            ))""",
            re.VERBOSE,
        ),
    ),
    (
        "by",  # by 2030; by the end of March; before 2027
        re.compile(
            rf"""(?P<text>(?i:by|before)\s+(?i:the\s+end\s+of\s+)?
              (?:(?P<a>{_POINT_TEXT})|(?P<rel>(?i:this|next|the))\s+(?P<unit>(?i:year|decade))))""",
            re.VERBOSE,
        ),
    ),
    (
        "until",  # until 2027; through March
        re.compile(
            rf"(?P<text>(?i:until|till|through|to\s+the\s+end\s+of)\s+(?P<a>{_POINT_TEXT}))",
            re.VERBOSE,
        ),
    ),
    (
        "from",  # from April; starting in July; as of January
        re.compile(
            rf"""(?P<text>(?i:from|starting(?:\s+in|\s+from)?|beginning(?:\s+in)?|as\s+of
              |effective)\s+(?P<a>{_POINT_TEXT}))(?!\s+(?i:to|until|till|through|and)\s)""",
            re.VERBOSE,
        ),
    ),
    (
        "rolling",  # the past five years; the next 12 months; over the past decade
        re.compile(
            rf"""(?P<lead>\b(?i:in|during|for|within)\s+)?(?P<text>(?i:over\s+)?(?i:the\s+)
              (?P<rel>(?i:past|last|next|coming|previous|preceding|following))\s+
              (?:(?P<n>{_COUNT})\s+)?(?P<unit>(?i:{_UNIT})))\b""",
            re.VERBOSE,
        ),
    ),
    (
        "earlier",  # a year earlier; two years ago; the same period last year
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?:(?P<n>(?i:a|an|one|{_COUNT}))\s+(?P<unit>(?i:{_UNIT}))\s+
                 (?i:earlier|ago|before|previously|prior))
            | (?:(?i:the\s+)?(?i:same|corresponding|year-earlier|year-ago)\s+
                 (?i:period|quarter|month|week|time|day|season)(?:\s+(?i:last|a)\s+(?i:year))?
                 (?:\s+(?i:earlier|before))?)
            | (?:(?i:the\s+)?(?i:previous|prior|preceding)\s+
                 (?P<punit>(?i:year|month|quarter|week)))
            | (?:(?i:the)\s+(?P<bunit>(?i:year|month|quarter|week))\s+(?i:before|earlier))
                                            # "down from $560 million the year before"
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "relative",  # last year; this month; next week
        re.compile(
            r"""(?P<text>(?P<rel>(?i:last|this|next|the\s+current|the\s+coming))\s+
              (?P<unit>(?i:year|month|week|quarter|decade|season|summer|winter|spring
                 |autumn|fall|weekend|term|century)))\b""",
            re.VERBOSE,
        ),
    ),
    (
        "day",  # yesterday; on Tuesday; last Friday; on March 3
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?P<word>(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+morning))
            | (?:(?P<rel>(?i:last|this|next|this\s+past)\s+)?(?P<weekday>{_WEEKDAY})
                 (?:\s+(?i:morning|afternoon|evening|night))?
                 (?:,?\s+(?P<a>{_POINT_TEXT}))?)
            )\b""",
            re.VERBOSE,
        ),
    ),
    (
        "vague",  # late June; early next year; recent months; the coming months
        re.compile(
            rf"""{_LEADING}(?P<text>
              (?:(?P<when>(?i:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+middle\s+of))[-\s]
                 (?:(?P<a>{_POINT_TEXT})|(?P<rel>(?i:this|last|next))\s+(?i:year|month|week)))
            | (?:(?i:recent|coming|the\s+coming|the\s+next\s+few|the\s+past\s+few)\s+
                 (?i:years|months|weeks|days|decades))
            | (?:(?i:the\s+(?P<edge>end|start|beginning)\s+of\s+the\s+
                 (?P<whole>year|decade|month|century)))
            )""",
            re.VERBOSE,
        ),
    ),
    (
        "unanchored",  # over five years; within 18 months; for three years; in 24 hours
        re.compile(
            rf"""(?P<lead>\b(?i:for|in|during)\s+)?(?P<text>
              (?:(?i:over|within|across|in\s+the\s+space\s+of)\s+(?:(?i:the\s+)?)?)?
              (?P<n>{_COUNT}|a|an)\s+(?P<unit>(?i:{_UNIT})))\b
              (?!\s+(?i:ago|earlier|before|later|old))""",
            re.VERBOSE,
        ),
    ),
    (
        "season",  # the weekend; this season; the rainy season; the first ten months of the year
        re.compile(
            r"""(?P<lead>\b(?i:in|on|during|over|for|at|throughout)\s+)?(?P<text>
              (?i:(?:the|this|last|next|all|that)\s+
                 (?:(?:rainy|dry|holiday|summer|winter|regular|festive)\s+)?
                 (?:weekend|season|time|period)
              | (?:the|this|last|next)\s+[a-z]+\s+season      # the ski season
              | (?:this|last|next)\s+(?:harvest|monsoon)      # this harvest
              | the\s+first\s+\w+\s+(?:months|weeks|days)\s+of\s+(?:the|this|last)\s+year
              ))\b""",
            re.VERBOSE,
        ),
    ),
    (
        "season",  # during the monsoon; at harvest; in the wheat harvest: after a preposition
        # only, since "the harvest" is as often what is measured ("the harvest fell 18%")
        re.compile(
            r"""(?P<lead>\b(?i:in|during|over|at|throughout)\s+)
              (?P<text>(?i:(?:the\s+)?(?:[a-z]+\s+)?(?:harvest|monsoon)))\b""",
            re.VERBOSE,
        ),
    ),
    (
        "latest",  # in the quarter; during the year; for the full year; the nine months
        re.compile(
            rf"""(?P<lead>\b(?i:in|during|over|for|throughout)\s+)
              (?P<text>(?i:the\s+
                 (?:(?:(?:full|whole|entire)\s+)?(?P<unit>quarter|half-year|year|month|week)
                 | (?:first\s+)?(?P<n>{_COUNT})\s+(?P<months>months))))\b
                                            # "in the ten months": the year's first ten
              (?!-|\s+(?i:ahead|before|after|earlier|ago|since|of|in|on)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "latest",  # full-year (output, profit): the year under way for a forecast
        re.compile(r"""(?P<text>(?i:full[-\s]year))(?=\s+(?!of\b)[a-z])""", re.VERBOSE),
    ),
    (
        "point",  # in 2023; in March; on 3 March; March 2025; 2023's
        re.compile(
            rf"""(?P<lead>\b(?i:in|on|during|for|of|at|throughout)\s+(?i:the\s+year\s+)?)?
              (?P<text>(?P<a>{_POINT_TEXT}))(?!\s*[-–]\s*\d)""",
            re.VERBOSE,
        ),
    ),
)
# A word every phrase of a kind holds, found fast: a sentence without it is not scanned
# for that kind (most figure sentences hold few time phrases).
_CUES: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        kind: re.compile(cue, re.VERBOSE | re.IGNORECASE)
        for kind, cue in {
            "span": r"between | from | [-–]",
            "ending": r"\b(?: to | ending | ended | through )\b",
            "fiscal": r"\d\d[-–/]\d\d | FY | fiscal | financial",
            "quarter": r"quarter | half | \b[QH][1-4]",
            "to_date": r"so\s+far | to[-\s]date | since",
            "since": r"since",
            "by": r"\bby\b | before",
            "until": r"until | till | through | end\s+of",
            "from": r"from | starting | beginning | as\s+of | effective",
            "rolling": r"past | last | next | coming | previous | preceding | following",
            "earlier": r"""earlier | ago | before | previously | prior | same | corresponding
                          | year-earlier | year-ago | previous | preceding""",
            "relative": r"last | this | next | current | coming",
            "day": rf"{_WEEKDAY} | yesterday | today | tomorrow | tonight | night | morning",
            "vague": r"""early | late | mid | end\s+of | start\s+of | beginning\s+of | middle\s+of
                        | recent | coming | next\s+few | past\s+few""",
            "unanchored": r"year | month | week | day | decade | quarter | hour",
            "season": r"""weekend | season | time | period | (?:months|weeks|days)\s+of
                         | harvest | monsoon""",
            "latest": r"""the\s+(?:(?:full|whole|entire)\s+)?(?:quarter|half-year|year|month|week)
                         | full[-\s]year | \smonths""",
            "point": rf"(?:19|20)\d\d | {_MONTH}",
        }.items()
    }
)
# A bare month with nothing before it reads as a time only after these words, so that
# "May" (the modal) and "March" (the verb, capitalised at the start) are not times.
_MONTH_ONLY = re.compile(rf"{_MONTH}$")
_MONTH_CUE = re.compile(
    r"""(?i:\b(?:in|on|of|during|since|by|until|from|last|this|next|early|late|mid|end|and
    |to|through|before|after|between)[\s-]+)$
    | \bthe\s+(?:[a-z]+\s+)?$        # a month naming a noun: "the (main) June session"
    """,
    re.VERBOSE,
)
# What makes a count of time units a span: "over", "within", "for", "in".
_SPAN_CUE = re.compile(r"(?i:over|within|across|in|for|during)\s")
# A year with a currency or a count right before it is a figure, not a time ("$2025").
_NOT_YEAR_BEFORE = re.compile(
    r"""(?: [$£€¥₹#]\s*     # a currency sign or number sign
          | \d[,.]? )$      # or more digits: "12,025"
    """,
    re.VERBOSE,
)


def time_expressions(sentence: str) -> list[TimeExpression]:
    """Every time phrase of ``sentence``, in reading order, none overlapping another."""
    found: list[TimeExpression] = []
    for kind, pattern in _PATTERNS:
        if not _CUES[kind].search(sentence):
            continue  # none of the words this kind needs: skip its slower pattern
        for m in pattern.finditer(sentence):
            expression = _expression(kind, m, sentence)
            if expression is not None:
                found.append(expression)
    kept: list[TimeExpression] = []
    for e in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(e.end <= k.start or e.start >= k.end for k in kept):
            kept.append(e)
    return sorted(kept, key=lambda e: e.start)


def _expression(kind: TimeKind, m: re.Match[str], sentence: str) -> TimeExpression | None:
    """The expression ``m`` found, or ``None`` when its words are no time here."""
    text = m.group("text")
    parts = {k: v for k, v in m.groupdict().items() if v is not None and k not in ("text",)}
    if (
        kind == "point"
        and _MONTH_ONLY.match(text)
        and not m.group("lead")
        and not _MONTH_CUE.search(sentence, 0, m.start())
    ):
        return None  # "May rise", "March on": no month without a cue
    if kind == "point" and text[:1].isdigit() and _NOT_YEAR_BEFORE.search(sentence, 0, m.start()):
        return None
    if kind == "unanchored" and not _SPAN_CUE.match(sentence, m.start()):
        return None  # "24 hours" alone is a figure, "in 24 hours" a span
    for short, whole in (
        *(("a2", "a"), ("a3", "a"), ("a4", "a"), ("b2", "b"), ("b3", "b")),
        ("bunit", "punit"),
        ("fiscal2", "fiscal"),
    ):
        if short in parts:
            parts[whole] = parts.pop(short)
    if "b4" in parts:
        parts["b"] = parts.pop("b4")
    return TimeExpression(m.start(), m.end(), text, kind, parts)
