"""Read one figure: the number, then what is written before and after it, left to right.

`read` turns one ``NUMBER`` match into a `Figure`, or into nothing when
`claims.extraction.claimhood` says it is no claim (a date, a phone number, a name). Each
step that reads something names itself in the figure's ``reading``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.extraction import claimhood
from claims.extraction.figures import exchange, qualifiers, rates, written
from claims.extraction.figures.figure import Figure, hedged_by
from claims.extraction.figures.local import Local, is_ambiguous, local_sign, prefix_code
from claims.extraction.figures.numbers import number_value, scale_value
from claims.extraction.vocabulary import catalogue
from claims.extraction.vocabulary.currencies import PENCE
from claims.extraction.vocabulary.numbers import SPELLED_SCALES
from claims.extraction.vocabulary.stories import INDEX, PERCENTAGE_POINTS, RATE_NEAR
from claims.extraction.vocabulary.units import UNIT_KIND
from claims.model import Kind

_PERCENTS = ("percent", "percentage point", "basis point")
_OF_A = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)  # "three-quarters of a point"
_OF = re.compile(r"\s+of(?=\s+(?:dollars|pounds|euros|yuan|rupees|yen)\b)", re.IGNORECASE)
_BIG = re.compile("|".join(SPELLED_SCALES), re.IGNORECASE)  # "a million" is scaled
_HEDGE_WINDOW = 40  # how far before a figure a hedge may begin
# A plural noun the figure counts, right after it or after one word: "seven regions",
# "48 wind farms" (not a verb: "over 65 was", "65 were vaccinated").
_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?!(?:is|was|has|does|gets|says)\b)[a-z]{2,}s\b", re.IGNORECASE
)
_RATE_WINDOW = 30  # how far from points a rate may be named: "cut rates by a quarter-point"


@dataclass
class _Draft:
    """A figure being read, left to right."""

    sentence: str
    number: re.Match[str]
    value: float
    low: float | None
    high: float | None
    sign: int
    code: str | None
    start: int
    pos: int
    scale: re.Match[str] | None = None
    unit: str | None = None
    factor: float = 1.0
    rate: bool = False
    steps: list[str] = field(default_factory=list)

    @property
    def shape(self) -> str:
        """How the number is written: ``digits``, ``words``, ``frac``, ``vague``..."""
        return self.number.lastgroup or ""

    @property
    def digits(self) -> bool:
        return self.shape == "digits"

    def took(self, step: str) -> None:
        self.steps.append(step)


def read(sentence: str, m: re.Match[str], local: Local) -> Figure | None:
    """The figure around the ``NUMBER`` match ``m``, or ``None`` if it is not a claim."""
    parsed = number_value(m)
    if parsed is None:
        return None
    value, low, high = parsed
    sign, code, start = written.before(sentence, m, local)
    d = _Draft(
        sentence, m, value, low, high, sign, code, start, m.end(), steps=[f"number: {m.lastgroup}"]
    )
    if code:
        d.took("currency before")
        if local_sign(sentence[start : m.start()], local):
            d.took("the article's currency")  # "$" in Guyana, "P430" in Manila, "Sh" in Kampala
    if sign < 0:
        d.value = -d.value
        d.took("minus sign")
    _scale(d)
    _written_after(d, local)
    _local_sign(d, local)
    _exchange_rate(d, local)
    _points_of_a_rate(d, local)
    _age_or_magnitude(d)
    _rate(d)
    bare = d.code is None and d.unit is None and d.scale is None
    multiplier = scale_value(d.scale) * d.factor
    d.value *= multiplier
    d.low, d.high = (None if v is None else v * multiplier for v in (d.low, d.high))
    kind = _kind(d)
    if d.unit == "degree" and written.of_heat(sentence, d.start, d.pos, local):
        d.unit, kind = local.degree, "temperature"  # "minus 10 degrees in Moscow", in the
        d.took("degrees of heat")  # scale the article writes elsewhere; "turned 180 degrees"
    if d.shape == "decade" and written.of_heat(sentence, d.start, d.pos, local):
        d.unit, kind = local.heat, "temperature"  # "temperatures in the low 30s"
        d.took("a decade of degrees")
    span_of_time = kind == "duration" and not (d.unit or "").endswith(" of age")  # "over 65"
    window = max(0, d.start - _HEDGE_WINDOW)
    counted = kind == "count" and _NOUN_AFTER.match(sentence, d.pos) is not None
    qualifier, offset = qualifiers.leading(
        sentence[window : d.start], duration=span_of_time, counted=counted
    )
    after, length = qualifiers.trailing(sentence[d.pos : d.pos + 20])
    unit = d.unit or d.code
    values = (d.value, d.low, d.high)
    seen = claimhood.Read(sentence, m, d.start, d.pos, unit, bare, values, qualifier, kind)
    if not claimhood.verdict(claimhood.READ_RULES, seen).value:
        return None
    hedge = hedged_by(qualifier, after, offset, d.start - window)
    if d.shape == "decade" and not (qualifier or after):
        qualifier, hedge = "approx", "a decade is approximate"
    direction = written.signed(sign, kind)
    return Figure(
        start=window + offset,
        end=d.pos + length,
        core_start=d.start,
        core_end=d.pos,
        value=d.value,
        low=d.low,
        high=d.high,
        unit=unit,
        kind=kind,
        qualifier=qualifier or after,
        bare_integer=seen.bare_integer,
        direction=direction,
        in_change=direction is not None,
        reading=tuple(d.steps),
        factor=d.factor,
        qualified_by=hedge,
    )


def _scale(d: _Draft) -> None:
    """A scale word after the number ("13m", "2.5 billion")."""
    d.scale = written.scale_after(d.sentence, d.number, d.pos, money=d.code is not None)
    if d.scale is not None:
        d.pos = d.scale.end()
        d.took("scale word")


def _written_after(d: _Draft, local: Local) -> None:
    """The currency or unit written after the figure, when none was written before it."""
    if d.shape == "vague" and (of := _OF.match(d.sentence, d.pos)):
        d.pos = of.end()  # "tens of thousands of dollars": the unit follows "of"
    if d.code is not None:
        return
    if d.digits and d.scale is None and PENCE.match(d.sentence, d.pos):
        d.code, d.factor, d.pos = "GBP", 0.01, d.pos + 1
        d.took("pence")
    elif d.digits and d.scale is None and (primed := written.primes(d.sentence, d.start, d.pos)):
        d.unit, inches, d.pos = primed
        d.value += inches  # 6'11" is 6 feet and 11/12 of a foot
        d.took("feet and inches in primes")
    elif d.shape == "ratio":
        pass  # "one in every 7 pounds" is a share of the pounds, not in pounds
    elif own := written.own_word_after(d.sentence, d.pos, local):
        d.code, d.factor, d.pos = own  # "80,000 soles" in a Peruvian story, "285 fils"
        d.took("the article's currency after")
    elif d.shape == "frac" and (of_a := _OF_A.match(d.sentence, d.pos)):
        after = written.unit_after(d.sentence, of_a.end(), scaled=False)
        d.code, d.unit, d.factor = after.currency, after.unit, after.factor
        if after.currency or after.unit:
            d.pos = after.end  # "a third of a mile" is in miles
            d.took("fraction of a unit")
    else:
        scaled = (
            d.scale is not None or d.shape in ("halfof", "vague") or _BIG.search(d.number.group())
        )
        after = written.unit_after(d.sentence, d.pos, scaled=bool(scaled))
        d.code, d.unit, d.factor, d.pos = after
        if after.currency or after.unit:
            d.took("currency after" if after.currency else "unit after")


def _local_sign(d: _Draft, local: Local) -> None:
    """``$``, rupees, ``¥`` and shared currency words as the article means them; "$75
    U.S." is US dollars."""
    if d.code is not None and is_ambiguous(d.code):
        d.code = prefix_code(d.code, local)  # "lei" in a Moldovan story are MDL
        d.took("the article's currency")
    if d.code is not None and d.sentence.startswith("$", d.start):
        us = written.US_AFTER.match(d.sentence, d.pos)
        if us:
            d.code, d.pos = "USD", us.end()  # "$75 U.S. per barrel" in a Canadian article
            d.took("US after $")


def _exchange_rate(d: _Draft, local: Local) -> None:
    """The price of one currency in another is money: "84.5 to the dollar" of the rupee
    is in INR, "1.08 dollars per euro" in USD (no rate "per euro")."""
    if d.unit is not None:
        return
    found = exchange.exchange_rate(d.sentence, d.start, d.pos, d.code, local)
    if found is not None:
        d.code, d.pos = found
        d.took("exchange rate")


def _points_of_a_rate(d: _Draft, local: Local) -> None:
    """In a story about interest rates, points that are a fraction ("a quarter-point",
    "half a point") or stand near a rate ("rates rose 1.5 points") are percentage points,
    and so are points in a sentence that names percentage points ("1 percentage point this
    year ... the full 6 points"); an index's or a poll's points stay points."""
    if d.unit != "point":
        return
    near = d.sentence[max(0, d.start - _RATE_WINDOW) : d.pos + _RATE_WINDOW]
    if INDEX.search(near):
        return
    if local.rates and (d.value < 1 or RATE_NEAR.search(near)):
        d.took("points of a rate")
    elif PERCENTAGE_POINTS.search(d.sentence):
        d.took("points beside percentage points")
    else:
        return
    d.unit = "percentage point"


def _age_or_magnitude(d: _Draft) -> None:
    if d.code is not None or d.scale is not None:
        return
    before = d.unit
    d.unit, d.pos = written.age_or_magnitude(d.sentence, d.start, d.pos, d.unit, digits=d.digits)
    if d.unit != before:
        d.took("magnitude" if d.unit == "magnitude" else "age")


def _rate(d: _Draft) -> None:
    """What an amount or unit is counted per; a percentage "a year" is an annual rate of
    the same unit, not a new one."""
    if not (d.code or (d.unit and d.unit not in _PERCENTS)):
        return
    found = rates.rate_at(d.sentence, d.pos)
    if found is not None:
        per, d.pos = found
    elif (per_after := rates.rate_after_what(d.sentence, d.pos)) is not None:
        per = per_after  # "40m tonnes of CO2 a year"; the surface stays "40m tonnes"
    else:
        return
    d.unit = f"{d.unit or d.code} per {per}"
    d.rate = True
    d.took("rate")


def _kind(d: _Draft) -> Kind:
    """The kind of what is written: money, the unit's kind, or a count."""
    if d.code:
        return "currency"
    if d.unit and d.unit.endswith(" of age"):
        return "duration"
    if d.unit == "magnitude":
        return "other"
    if d.unit and d.rate:
        base, _, per = d.unit.partition(" per ")
        return rates.rate_kind(unit_kind(base), per)
    if d.unit:
        return unit_kind(d.unit)
    return "other" if d.shape in ("frac", "ratio", "share", "multiple") else "count"


def unit_kind(unit: str) -> Kind:
    """The kind of a unit named in the tables or quantulum3's catalogue."""
    return UNIT_KIND.get(unit) or catalogue.kind_of(unit)
