"""Find the figures in one sentence: number, scale, currency or unit, hedge, range.

`scan` is the regex half of extraction: it needs no parse. It reads each number
(`numbers`), the currency symbol before it and the scale word and unit after it
(`units`), the qualifier around it (`qualifiers`), drops what is not a claim
(`nonclaims`) and joins neighbours into ranges (``between 62 and 68``,
``62-68 per cent``) or changes (``rose from 120 to 135``: two figures, the second
with a direction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.extraction import catalogue, nonclaims, qualifiers
from claims.extraction.numbers import NUMBER, SCALE, finite, number_value, scale_value
from claims.extraction.units import (
    CURRENCY_CODES,
    CURRENCY_PREFIX,
    CURRENCY_PREFIXES,
    CURRENCY_WORD,
    CURRENCY_WORDS,
    LETTER_CODES,
    LETTER_PREFIX,
    MONEY_LIKE,
    PENCE,
    UNIT_KIND,
    UNIT_SYMBOL,
    UNIT_WORD,
    Local,
    prefix_code,
    unit_name,
)
from claims.model import Direction, Kind, Qualifier


@dataclass(frozen=True)
class Figure:
    """One figure found in a sentence; offsets are into the sentence.

    ``start``/``end`` bound the surface (qualifier to unit); ``core_start``/``core_end``
    bound the currency, number, scale and unit alone, the span the parse is asked about.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    low: float | None
    high: float | None
    unit: str | None
    kind: Kind
    qualifier: Qualifier | None
    direction: Direction | None = None
    in_change: bool = False  # one of the two states of "from X to Y": direction is decided here
    bare_integer: bool = False  # digits only, no unit, scale, comma or decimal: maybe a year
    # The first of two figures that measure one thing: a change's first state ("from 120
    # to 135"), the first of two alternatives ("8 or $9").
    paired: bool = False


# "m" straight after a number is metres, not millions, before these words.
_METRE_CONTEXT = re.compile(
    r"""[ ]+(?:long|tall|high|deep|wide|away|race|sprint|freestyle|hurdles|relay|
    above|below|under|from|in\s+(?:length|height|diameter|depth)|
    final|heats?|title|butterfly|backstroke|breaststroke|medley|steeplechase)\b
    | [ ]+in\s+\d{1,2}[.:]\d                     # a race, then its time: "the 100m in 9.58"
    | [\s]*[.,;:)]?\s*$""",
    re.VERBOSE,
)
# A currency symbol written after the figure, as much of Europe does: "15 €", "20£".
_SYMBOL_AFTER = re.compile(r"[ \u00a0]?(?P<sym>[€£¥₹₽₺₩₪₾₭元])(?!\s?\d)")
# A one- or two-digit integer with nothing money-like after it (no decimals, no scale).
_SHORT_INTEGER = re.compile(
    r"\d{1,2}(?![\d.,]|\s?(?:bn|mn|m|k|b|tn|million|billion|trillion|lakh|crore)\b)"
)
# A rank written before a number word: "world number two", "No. one".
_RANK = re.compile(r"\b(?:number|No\.?)\s+$", re.IGNORECASE)
# A version number: one or two digits, a point, one or two digits ("2.0", "3.11").
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
# A currency code written after the figure: "5 million USD".
# "5 MUSD", "12 kEUR": a scale letter glued to the code, as business writing does.
_CODE_AFTER = re.compile(r"[ \u00a0]?(?P<scale>[Mk])?(?P<code>[A-Z]{3})\b")
_CODE_SCALE = {"M": 1e6, "k": 1e3}
# Feet and inches written with primes straight after digits: "30'", "6'11\"", "8″".
_PRIMES = re.compile(
    r"""
    (?: (?P<feet> ['′] )                       # feet ...
        (?: (?P<inches> \d{1,2}(?:\.\d+)? )     # ... and inches: 5'10"
            (?: " | ″ | '' | ′′ ) )?
      | (?P<inch> " | ″ ) )                    # inches alone: 12"
    (?= [\s,.;:)] | $ )                        # never before a letter: "the 90's"
    """,
    re.VERBOSE,
)
# A single quote opening a quotation (not an apostrophe inside a word), and one closing it.
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\"“]))['‘](?=\w)")
_QUOTE_WINDOW = 300  # how far back a quotation a figure stands in may have opened
_CLOSE_QUOTE = re.compile(r"(?<=\S)['’](?=[\s,.;:!?)]|$)")
# "U.S." or "US" after a "$" amount: US dollars whatever the article's "$".
_US_AFTER = re.compile(r"[ \u00a0](?:U\.S\.|US)(?![\w$])")
# "pounds" after a figure: money after a scale word ("£"-less "5 million pounds"), else mass.
_POUNDS = re.compile(r"[ \u00a0]?pounds?\b(?!-)", re.IGNORECASE)
# A lower-case plural word next: "8 B people" reads B as billion.
_PLURAL_NEXT = re.compile(r"\s+(?:people|[a-z]{2,}s)\b")
_AGE_UNITS = ("year", "month", "week", "day")
_OLD = re.compile(r"[ -]old\b|\s+of\s+age\b")
_AGED = re.compile(r"\bag(?:ed?|es)\s+(?:between\s+)?$", re.IGNORECASE)  # "ages 5 to 11"
_GLUED_BEFORE = re.compile(r"\w-$")
# Words that make bare "degrees" a temperature: weather, heat, the body.
_HEAT = re.compile(
    r"""\b(?:temperatures?|weather|heat\w*|hot|hott\w+|warm\w*|cold\w*|cool\w*|chill\w*|
    freez\w*|frost\w*|fever|thermometers?|forecast\w*|mercury|sweltering|scorching|degrees?\s+
    (?:above|below)\s+(?:zero|freezing)|minus|highs?\s+of|lows?\s+of)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Words that make bare "degrees" an angle, even in an article about the weather.
_ANGLE = re.compile(
    r"\b(?:angles?|turn\w*|rotat\w*|tilt\w*|slope\w*|inclin\w*|latitude|longitude|arc|bend)\b",
    re.IGNORECASE,
)
# How far either side of a figure its sentence is searched for words that say what it is.
_NEAR = 200
_PERCENTS = ("percent", "percentage point", "basis point")
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_MINUS = re.compile(r"(?:(?:^|(?<=[\s(]))[-−–]|(?<!\bplus\ or\ )\bminus[\s-]+)$")
# A minus between a currency symbol and the digits: "$-50.8bn".
_SIGN_AFTER_SYMBOL = re.compile(r"(?<=[$£€¥])[-−]$")
# A plus written before a figure, at the start of a cell or after a bracket: "(+12%)".
_PLUS = re.compile(r"(?:^|(?<=[\s(]))\+$")
# A change verb right before a figure: "rose 18 sen to RM23.50" is a change and a level.
_CHANGED_BY = re.compile(
    r"""\b(?:ris(?:e|es|en|ing)|rose|up|down|gain\w*|add\w*|climb\w*|f[ae]ll\w*|los[est]\w*|
    jump\w*|drop\w*|slid\w*|increas\w*|decreas\w*|declin\w*|grew|grow\w*|edg\w*\s+(?:up|down)|
    shed\w*|advanc\w*|surg\w*|soar\w*|tumbl\w*|plung\w*|slump\w*|sank|sink\w*)\s+(?:by\s+)?$
    |\bby\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
_OF_A = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)  # "three-quarters of a point"
_OF = re.compile(r"\s+of(?=\s+(?:dollars|pounds|euros|yuan|rupees|yen)\b)", re.IGNORECASE)
# What a unit or amount of money is counted per: "$3,500 a month", "$58 per barrel".
_PER = {
    "millisecond": "millisecond",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "night",
}
_PER.update({"week": "week", "month": "month", "year": "year", "annum": "year", "share": "share"})
_PER.update({"barrel": "barrel", "gallon": "gallon", "litre": "litre", "liter": "litre"})
_PER.update({"tonne": "tonne", "ton": "ton", "ounce": "ounce", "kg": "kilogram", "gram": "gram"})
_PER.update({"gramme": "gram", "kilogramme": "kilogram"})
_PER.update({"kilogram": "kilogram", "person": "person", "head": "person", "capita": "person"})
_PER.update({"household": "household", "century": "century", "decade": "decade"})
_PER.update({"pound": "pound", "lb": "pound", "mile": "mile", "kilometre": "kilometre"})
_PER.update(
    {"km": "kilometre", "cm": "centimetre", "cm2": "square centimetre", "m2": "square metre"}
)
_PER.update({"square foot": "square foot", "sq ft": "square foot", "square metre": "square metre"})
_PER.update({"square meter": "square metre", "cubic metre": "cubic metre", "m3": "cubic metre"})
_PER.update({"kwh": "kilowatt hour", "kilowatt hour": "kilowatt hour", "mwh": "megawatt hour"})
_PER.update({"megawatt hour": "megawatt hour", "therm": "therm", "dose": "dose"})
_PER.update({"mmbtu": "million British thermal unit", "btu": "British thermal unit"})
_PER.update({"ticket": "ticket", "seat": "seat", "passenger": "passenger", "game": "game"})
_PER.update({"match": "match", "unit": "unit", "employee": "employee", "student": "student"})
_PER.update({"cubic meter": "cubic metre", "kilometer": "kilometre", "hectare": "hectare"})
_PER.update({"acre": "acre", "metric ton": "tonne", "carat": "carat", "vehicle": "vehicle"})
_PER.update({"bushel": "bushel", "kilo": "kilogram", "pint": "pint", "bottle": "bottle"})
_RATE = re.compile(
    r"(?:(?:(?:\s+|-)(?:per|a|an|each)[\s-]+|/)(?P<per>"
    + "|".join(sorted((re.escape(p).replace(r"\ ", r"[\s-]") for p in _PER), key=len, reverse=True))
    + r")\b(?!\s+(?:earlier|later|ago|before|after))"  # "a week earlier" is a date
    r"|\s+per\s+(?P<noun>(?!cents?\b|annum\b)[a-z]{3,})\b)",  # any noun after "per": "per box"
    re.IGNORECASE,
)
# Denominators of a rate over time: the amount keeps its kind ("900 hours a year").
_PERIODS = frozenset(["millisecond", "second", "minute", "hour", "day", "night", "week", "month"])
_PERIODS |= {"year", "decade", "century"}
_BIG = re.compile(r"thousand|million|billion|trillion", re.IGNORECASE)
_PREPOSITIONS = "(?:for|in|to|on|at|by|with|from|over|during|into|under|per|and|or)"
# What an amount is of, in one to three words, before a rate: "of CO2", "of crude oil".
_OF_WHAT = [
    re.compile(rf"\s+of(?:\s+(?!{_PREPOSITIONS}\b)[A-Za-z0-9][\w-]*){{{n}}}", re.IGNORECASE)
    for n in (1, 2, 3)
]  # never across a preposition: "54GB of 5G data for a month" is no rate
# A measure written in two units, larger first, and how many of the smaller make one.
_COMPOUND = {("foot", "inch"): 12, ("stone", "pound"): 14, ("pound", "ounce"): 16}
_COMPOUND.update({("hour", "minute"): 60, ("minute", "second"): 60, ("hour", "second"): 3600})
_COMPOUND.update({("metre", "centimetre"): 100, ("year", "month"): 12})
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_MINOR_UNIT = re.compile(r"(?:cents?|pence|sen)$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:and\s+)?")
# What joins two figures: "62-68", "62 to 68", "between 62 and 68", "8 or $9".
_JOIN = re.compile(r"-?\s*(?:(?P<dash>[-–—])|(?P<word>to|and|or))\s*")  # "8- to 16-metre"
_AGE_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "aged 27, 34 and 51"
# A race time: hours, minutes and seconds ("2:02:38"), or minutes and decimal seconds
# ("4:07.64"); "10:45" alone is a time of day.
_RACE_TIME = re.compile(
    r"""(?<![\d:.,])
    (?: (?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)
      | (?P<m2>[0-5]?\d):(?P<s2>[0-5]\d\.\d+) )
    (?![\d:])""",
    re.VERBOSE,
)
_AT_CLOCK = re.compile(r"\b(?:at|by|until|from|before|after)\s+$", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–—]\s*")  # "33-35", "33 – 35"
_UP_TO = re.compile(r"\s+(?P<word>up\s+to)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# Verbs of change before "from X to Y": then X and Y are two states, not a range.
_CHANGE_VERB = re.compile(
    r"""\b(?:ris(?:e|es|en|ing)|rose|increas\w*|gr[eo]w\w*|jump\w*|climb\w*|f[ae]ll\w*|
    drop\w*|declin\w*|decreas\w*|cut|cuts|cutting|rais\w*|lift\w*|lower\w*|reduc\w*|slash\w*|
    went|gone|go(?:es)?|soar\w*|surg\w*|plung\w*|tumbl\w*|slip\w*|edg\w*|mov\w*|chang\w*|
    shr[aiu]nk\w*|expand\w*|narrow\w*|widen\w*|boost\w*|hik\w*|up|down|revis\w*|upgrad\w*|
    downgrad\w*|doubl\w*|swell\w*|swollen|slump\w*|shot|spik\w*|shed\w*|improv\w*|worsen\w*)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def _currency(sentence: str, start: int, local: Local) -> tuple[str | None, int]:
    """The currency written right before ``start`` and where its symbol begins."""
    m = CURRENCY_PREFIX.search(sentence, max(0, start - 8), start)
    if m is None:
        return None, start
    code = prefix_code(m.group("sym") or m.group("code"), local)
    glued = sentence[start - 1].isupper()  # "COP28", not "COP 28" or "Rs 40"
    if m.group("code") and glued and _SHORT_INTEGER.match(sentence, start):
        return None, start  # "COP28", "EUR2": a code glued to a small integer is a name
    return (code, m.start()) if code else (None, start)


def _scale(sentence: str, m: re.Match[str], pos: int, money: bool) -> re.Match[str] | None:
    """The scale word after a number, unless an attached letter is better read as a unit."""
    sm = SCALE.match(sentence, pos)
    if sm is None or m.lastgroup not in ("digits", "words"):
        return None
    attached = (sm.group("attached") or "").lower()
    if attached and m.lastgroup != "digits":
        return None
    letter = sm.group("letter")
    if letter and not (money or (letter == "B" and _PLURAL_NEXT.match(sentence, sm.end()))):
        return None  # a spaced letter is a scale after money ("$8 B") or "B" before "people"
    if attached in ("b", "t") and not money:
        return None  # "5b" alone is a code more often than a billion; "5t" is tonnes
    if attached == "m" and not money and _METRE_CONTEXT.match(sentence, sm.end()):
        return None  # "a 100m sprint", "it is 30m long"
    return sm


def _unit(sentence: str, pos: int, scaled: bool) -> tuple[str | None, str | None, float, int]:
    """``(currency, unit, factor, end)`` of what follows a figure at ``pos``."""
    cw = CURRENCY_WORD.match(sentence, pos)
    if cw:
        code, factor = CURRENCY_WORDS[cw.group("word").lower()]
        return code, None, factor, cw.end()
    sa = _SYMBOL_AFTER.match(sentence, pos)
    if sa:
        sym = sa.group("sym")  # "¥" is read as the article means it, in `_read`
        return (sym if sym == "¥" else CURRENCY_PREFIXES[sym]), None, 1.0, sa.end()
    ca = _CODE_AFTER.match(sentence, pos)
    if ca and ca.group("code") in CURRENCY_CODES:
        return ca.group("code"), None, _CODE_SCALE.get(ca.group("scale") or "", 1.0), ca.end()
    pw = _POUNDS.match(sentence, pos)
    if pw:
        return ("GBP", None, 1.0, pw.end()) if scaled else (None, "pound", 1.0, pw.end())
    best: re.Match[str] | None = None
    for um in (UNIT_WORD.match(sentence, pos), UNIT_SYMBOL.match(sentence, pos)):
        if um and (best is None or um.end() > best.end()):
            best = um
    if best is not None:
        return None, unit_name(best), 1.0, best.end()
    found = catalogue.unit_after(sentence, pos)
    if found is None:
        return None, None, 1.0, pos
    return None, found.name, 1.0, found.end


def _primes(sentence: str, left: int, pos: int) -> tuple[str, float, int] | None:
    """``(unit, inches in feet, end)`` of feet or inches written with primes at ``pos``,
    unless the "prime" closes a quotation the figure stands in ('it was 30' he said)."""
    m = _PRIMES.match(sentence, pos)
    if m is None:
        return None
    window = max(0, left - _QUOTE_WINDOW)  # bounded: a text of primes stays linear
    in_double_quote = sentence.count('"', window, left) % 2 == 1
    if m.group("inch"):
        return None if in_double_quote and m.group("inch") == '"' else ("inch", 0.0, m.end())
    opened = len(_OPEN_QUOTE.findall(sentence, window, left))
    closed = len(_CLOSE_QUOTE.findall(sentence, window, left))
    if m.group("feet") == "'" and opened > closed:
        return None
    if m.group("inches") is None:
        return "foot", 0.0, m.end()
    if in_double_quote and m.group().endswith('"'):
        return None
    return "foot", float(m.group("inches")) / 12, m.end()


def _read(sentence: str, m: re.Match[str], local: Local) -> Figure | None:
    """The figure around one ``NUMBER`` match, or ``None`` if it is not a claim."""
    parsed = number_value(m)
    if parsed is None:
        return None
    value, low, high = parsed
    digits = m.lastgroup == "digits"
    sign, code, left = _before(sentence, m, local)
    if digits and nonclaims.is_date_time_or_code(sentence, left, m.end()):
        return None
    if digits and nonclaims.is_phone_number(sentence, left, m.end()):
        return None
    if not digits and _GLUED_BEFORE.search(sentence, max(0, left - 2), left):
        return None  # "7-Eleven", "Catch-Twenty": a name
    if m.lastgroup == "words" and nonclaims.is_capitalised_name(sentence, left, m.end()):
        return None
    if sign < 0:
        value = -value
    sm = _scale(sentence, m, m.end(), money=code is not None)
    pos = sm.end() if sm else m.end()
    scale = scale_value(sm)
    unit = None
    factor = 1.0
    if m.lastgroup == "vague" and (of := _OF.match(sentence, pos)):
        pos = of.end()  # "tens of thousands of dollars": the unit follows "of"
    if code is None:
        if digits and sm is None and PENCE.match(sentence, pos):
            code, factor, pos = "GBP", 0.01, pos + 1
        elif digits and sm is None and (primed := _primes(sentence, left, pos)):
            unit, inches, pos = primed
            value += inches  # 6'11" is 6 feet and 11/12 of a foot
        elif m.lastgroup == "ratio":
            pass  # "one in every 7 pounds" is a share of the pounds, not in pounds
        elif m.lastgroup == "frac" and (of_a := _OF_A.match(sentence, pos)):
            code, unit, factor, end = _unit(sentence, of_a.end(), scaled=False)
            pos = end if code or unit else pos  # "a third of a mile" is in miles
        else:
            scaled = sm is not None or m.lastgroup in ("halfof", "vague") or _BIG.search(m.group())
            code, unit, factor, pos = _unit(sentence, pos, scaled=bool(scaled))
    if code in ("$", "Rs", "¥"):
        code = prefix_code(code, local)  # "dollars", "rupees", "¥": as the article means them
    if (
        code is not None
        and sentence.startswith("$", left)
        and (us := _US_AFTER.match(sentence, pos))
    ):
        code, pos = "USD", us.end()  # "$75 U.S. per barrel" in a Canadian article
    if code is None and sm is None:
        unit, pos = _age_or_magnitude(sentence, left, pos, unit, digits=digits)
    # A percentage "a year" is an annual rate of the same unit, not a new one.
    rate = _RATE.match(sentence, pos) if code or (unit and unit not in _PERCENTS) else None
    if rate:
        unit = f"{unit or code} per {_per(rate)}"
        pos = rate.end()
    elif (code or (unit and unit not in _PERCENTS)) and (rate := _rate_after_of(sentence, pos)):
        unit = f"{unit or code} per {_per(rate)}"  # "40m tonnes of CO2 a year"; the surface
        # stays "40m tonnes"
    bare = code is None and unit is None and sm is None
    if nonclaims.is_code_or_chrome(sentence, pos, bare=bare):
        return None
    if unit in ("year", "month") and nonclaims.is_maturity(sentence, m.start(), pos):
        return None  # "the 10-year Treasury yield" names a bond
    bare_integer = bare and digits and m.group().isdigit()
    if bare_integer and nonclaims.is_name(sentence, left, m.end()):
        return None
    if bare and m.lastgroup == "words" and _RANK.search(sentence, max(0, left - 14), left):
        return None  # "the world number two": a rank, not an amount
    if bare and _VERSION.fullmatch(m.group()) and nonclaims.is_name(sentence, left, m.end()):
        return None  # "RSS 2.0", "version 3.1", "Industry 4.0": a version, not an amount
    multiplier = scale * factor
    value *= multiplier
    low, high = (None if v is None else v * multiplier for v in (low, high))
    if not finite(value, low, high):
        return None
    kind = _kind(code, unit, m, rate=rate is not None)
    if unit == "degree" and _heat(sentence, left, pos, local):
        unit, kind = local.degree, "temperature"  # "minus 10 degrees in Moscow", in the
        # scale the article writes elsewhere; "turned 180 degrees" is an angle
    window = max(0, left - 40)
    span_of_time = kind == "duration" and not (unit or "").endswith(" of age")  # "over 65"
    qualifier, offset = qualifiers.leading(sentence[window:left], duration=span_of_time)
    start = window + offset
    if m.lastgroup == "multiple" and qualifier is None:
        return None  # "sales doubled" is a change; "more than doubled" states a multiple
    after, length = qualifiers.trailing(sentence[pos : pos + 20])
    return Figure(
        start=start,
        end=pos + length,
        core_start=left,
        core_end=pos,
        value=value,
        low=low,
        high=high,
        unit=unit or code,
        kind=kind,
        qualifier=qualifier or after,
        bare_integer=bare_integer,
        direction=_signed(sign, kind, unit),
        in_change=_signed(sign, kind, unit) is not None,
    )


def _heat(sentence: str, start: int, end: int, local: Local) -> bool:
    """Whether bare "degrees" at ``start:end`` are a temperature: a word of weather near
    them, or the article's own scale and no word of angles near them. "Near" is bounded
    so that a sentence of thousands of figures costs linear time."""
    near = max(0, start - _NEAR), end + _NEAR
    if _HEAT.search(sentence, *near):
        return True
    return local.degree != "degree" and not _ANGLE.search(sentence, *near)


def _signed(sign: int, kind: Kind, unit: str | None) -> Direction | None:
    """The change a written sign states: "+12%", "+$3bn" rose; "-3.2%" fell (a "-5C" is
    a temperature, not a fall)."""
    if sign > 0 and kind in ("percentage", "currency", "count", "other"):
        return "up"
    if sign < 0 and kind == "percentage":
        return "down"
    return None


def _before(sentence: str, m: re.Match[str], local: Local) -> tuple[int, str | None, int]:
    """``(sign, currency, start)`` from what is written right before a number; the sign
    is -1 for a minus, +1 for a written plus ("+12%"), else 0."""
    digits = m.lastgroup == "digits"
    negative = False
    start = m.start()
    if digits and _SIGN_AFTER_SYMBOL.search(sentence, max(0, start - 3), start):
        negative, start = True, start - 1  # "$-50.8bn"
    code, start = _currency(sentence, start, local)
    letters = LETTER_PREFIX.search(sentence, max(0, start - 5), start) if code is None else None
    if letters and digits and MONEY_LIKE.match(sentence, m.start()):
        code, start = LETTER_CODES[letters.group("sym")], letters.start()  # "R50,000"
    sign = _MINUS.search(sentence, max(0, start - 7), start)
    if sign and digits:
        negative, start = True, sign.start()
    plus = _PLUS.search(sentence, max(0, start - 1), start) if digits else None
    if plus:
        return 1, code, plus.start()
    return (-1 if negative else 0), code, start


def _age_or_magnitude(
    sentence: str, left: int, pos: int, unit: str | None, *, digits: bool
) -> tuple[str | None, int]:
    """Ages ("65-year-old", "aged 70", "Senard, 65,") and quake magnitudes, with their end."""
    aged = _AGED.search(sentence, max(0, left - 16), left)
    if unit in _AGE_UNITS:
        old = _OLD.match(sentence, pos)
        if old or aged:
            return f"{unit} of age", old.end() if old else pos
        return unit, pos
    if unit is None and not digits and nonclaims.in_age_group(sentence, left):
        return "year of age", pos  # "children under five"
    if unit is not None or not digits:
        return unit, pos
    if aged or nonclaims.age_in_apposition(sentence, left, pos):
        return "year of age", pos
    if _MAGNITUDE.search(sentence, max(0, left - 12), left):
        return "magnitude", pos  # "a magnitude 7.7 quake"
    return unit, pos


def _kind(code: str | None, unit: str | None, m: re.Match[str], *, rate: bool) -> Kind:
    if code:
        return "currency"
    if unit and unit.endswith(" of age"):
        return "duration"
    if unit == "magnitude":
        return "other"
    if unit and rate:
        base, _, per = unit.partition(" per ")
        return _rate_kind(_unit_kind(base), per)
    if unit:
        return _unit_kind(unit)
    return "other" if m.lastgroup in ("frac", "ratio", "share", "multiple") else "count"


def _unit_kind(unit: str) -> Kind:
    return UNIT_KIND.get(unit) or catalogue.kind_of(unit)


def _rate_kind(kind: Kind, per: str) -> Kind:
    """The kind of a quantity of ``kind`` per ``per``: an amount per period stays of its
    kind ("300 TWh a year" is energy), a length per period is a speed, and an amount
    per another quantity ("kg per cubic metre") is other."""
    if per not in _PERIODS:
        return "currency" if kind == "currency" else "other"
    return "speed" if kind == "length" else kind


def _bare(f: Figure) -> bool:
    return f.unit is None and f.kind == "count"


def _inherit(a: Figure, b: Figure, sentence: str) -> Figure:
    """``a`` written before ``b`` (``$10 to $15 billion``, ``8 or $9``) shares b's unit.

    A bare ``a`` takes b's unit; an unscaled ``a`` takes b's scale when it is smaller
    than b's number (``2 to 3 million``), not when it is larger (``500 to 1.2 million``).
    """
    if not (_bare(a) or _bare(b) or a.unit == b.unit):
        return a
    scale = 1.0
    if a.low is None and not SCALE.search(sentence, a.core_start, a.core_end):
        b_scale = _scale_of(sentence[b.core_start : b.core_end])
        if b_scale > 1 and abs(a.value) < abs(b.value) / b_scale:
            scale = b_scale
    if _bare(b) or not _bare(a):
        return replace(a, value=a.value * scale)  # "2-3 million homes", "$1-2 billion"
    return replace(a, value=a.value * scale, unit=b.unit, kind=b.kind)


def _scale_of(text: str) -> float:
    """The scale written after the last number of ``text`` ("33-35 billion": 1e9)."""
    scale = 1.0
    for m in NUMBER.finditer(text):
        sm = SCALE.match(text, m.end())
        scale = scale_value(sm) if sm else 1.0
    return scale


def _continues(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether ``b`` continues the measure ``a`` starts in a smaller unit ("6ft 2in",
    "2 hours and 14 minutes", "2min 53sec per kilometre")."""
    if a.unit is None or b.unit is None or " per " in a.unit:
        return False
    parts = _COMPOUND.get((a.unit, b.unit.partition(" per ")[0]))
    if parts is None or a.low is not None or b.low is not None or not 0 <= b.value < parts:
        return False
    return bool(_AND.fullmatch(sentence, a.end, b.start))


def _one_measure(run: list[Figure]) -> Figure:
    """The figures of a measure written in several units as one: a time in seconds (race
    times compare so), another measure in its first, largest unit."""
    first, last = run[0], run[-1]
    assert first.unit is not None and all(f.unit for f in run)  # `_continues` joined them
    base, per, denominator = last.unit.partition(" per ") if last.unit else ("", "", "")
    if all(f.unit.partition(" per ")[0] in _SECONDS for f in run if f.unit):
        value = sum(f.value * _SECONDS[f.unit.partition(" per ")[0]] for f in run if f.unit)
        unit = "second" + per + denominator
    else:
        value = first.value + sum(f.value / _COMPOUND[(first.unit, f.unit or "")] for f in run[1:])
        unit = first.unit
    kind = _rate_kind(first.kind, denominator) if per else first.kind
    return replace(first, end=last.end, core_end=last.core_end, value=value, unit=unit, kind=kind)


def _minor_part(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether ``b`` is the cents of ``a``: "13 dollars and 45 cents"."""
    return (
        a.kind == b.kind == "currency"
        and a.unit == b.unit
        and a.low is None
        and bool(_MINOR_UNIT.search(sentence, b.core_start, b.core_end))
        and bool(_AND.fullmatch(sentence, a.end, b.start))
    )


def _rate_after_of(sentence: str, pos: int) -> re.Match[str] | None:
    """The rate after what an amount is of: "a year" in "40m tonnes of CO2 a year"."""
    for of_what in _OF_WHAT:
        of = of_what.match(sentence, pos)
        if of and (rate := _RATE.match(sentence, of.end())):
            return rate
    return None


def rate_after(sentence: str, pos: int) -> tuple[str, int] | None:
    """``(denominator, end)`` of a rate written at ``pos`` ("a day", "per share"), if any."""
    m = _RATE.match(sentence, pos)
    return (_per(m), m.end()) if m else None


def _per(rate: re.Match[str]) -> str:
    """Canonical denominator of a `_RATE` match ("per square-foot" -> "square foot")."""
    if rate.group("per") is None:
        noun = rate.group("noun").lower()  # "per boat"; "per boats" is rare, "per bus" is not
        return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us")) else noun
    return _PER[re.sub(r"[\s-]+", " ", rate.group("per").lower())]


def _year_ends(sentence: str, b: Figure) -> bool:
    """Whether ``b`` is a bare year ("to 2050"), not the end of a range ("to 2000 jobs")."""
    return b.bare_integer and nonclaims.is_year(sentence, b.core_start, b.core_end, has_noun=True)


def _dash_ranges(sentence: str, figs: list[Figure]) -> list[Figure]:
    """Join a dashed range that ends a "to" ("from 24.2 to 33-35 billion euros") first,
    so the figure before it meets the whole range, with its scale and unit."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        after_to = i > 0 and _JOIN.fullmatch(sentence, figs[i - 1].end, a.start)
        if (
            b is None
            or not after_to
            or not _bare(a)
            or _bare(b)
            or b.qualifier
            or a.low is not None
            or b.low is not None
            or not _DASH.fullmatch(sentence, a.end, b.start)
        ):
            out.append(a)
            i += 1
            continue
        a = _inherit(a, b, sentence)
        low, high = sorted((a.value, b.value))
        out.append(
            replace(b, start=a.start, core_start=a.core_start, value=low, low=low, high=high)
        )
        i += 2
    return out


def _hedged_opener(sentence: str, opener: int, first: Figure) -> tuple[int, Qualifier | None]:
    """Start and qualifier of a range opened by "between" or "from" at ``opener``: a hedge
    before the opener hedges the whole range ("roughly between 20 and 30 people")."""
    if first.qualifier is not None:
        return opener, first.qualifier
    window = max(0, opener - 40)
    qualifier, offset = qualifiers.leading(sentence[window:opener], duration=False)
    return (window + offset, qualifier) if qualifier else (opener, None)


def _join(sentence: str, figs: list[Figure]) -> list[Figure]:
    """Merge ranges, mark changes, share units between neighbouring figures."""
    figs = list(figs)  # a figure may take its unit from the one before it
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b and _minor_part(sentence, a, b):
            out.append(replace(a, end=b.end, core_end=b.core_end, value=a.value + b.value))
            i += 2  # "three dollars and 50 cents" is one amount
            continue
        age = a.unit if a.unit and a.unit.endswith(" of age") else None
        if b and age and _bare(b) and _AGE_LIST.fullmatch(sentence, a.end, b.start):
            figs[i + 1] = replace(b, unit=age, kind=a.kind, bare_integer=False)  # "27, 34 and 51"
        if b and _continues(sentence, a, b):
            j = i + 2
            while j < len(figs) and _continues(sentence, figs[j - 1], figs[j]):
                j += 1
            out.append(_one_measure(figs[i:j]))  # "6ft 2in", "2 hours 14 minutes"
            i = j
            continue
        jm = _JOIN.fullmatch(sentence, a.end, b.start) if b else None
        ranged = b is not None and (jm is not None or b.qualifier == "up_to")
        if ranged and a.qualifier and _FROM.search(sentence, a.start, a.core_start):
            a = replace(a, start=a.core_start, qualifier=None)  # "priced from X to Y": a range
        if b and b.qualifier == "up_to" and _FROM.search(sentence, max(0, a.start - 12), a.start):
            jm = _UP_TO.fullmatch(sentence, a.end, b.core_start)  # "from 450 sq ft up to 900"
            b = replace(b, qualifier=None) if jm else b
        if b is None or jm is None or b.qualifier:
            out.append(a)
            i += 1
            continue
        if a.bare_integer and nonclaims.looks_like_year(sentence[a.core_start : a.core_end]):
            out.append(a)  # "rose 60% in 2018 to 3.9 million": a year, then a figure
            i += 1
            continue
        word = (jm.group("word") or "").lower()
        dash = jm.groupdict().get("dash")
        window = max(0, a.start - 12)
        between = _BETWEEN.search(sentence, window, a.start)
        frm = _FROM.search(sentence, window, a.start)
        if _year_ends(sentence, b) and word != "and" and not (between or frm):
            out.append(a)  # "$331 billion to 2050": until a year, not a range ending in it
            i += 1
            continue
        # "rise 2 to 3 metres": a bare start near the end it shares a unit with is a range
        span = _bare(a) and not _bare(b) and 0 < a.value < b.value <= 5 * a.value
        a = _inherit(a, b, sentence)
        aged = word == "and" and (a.unit or "").endswith(" of age")  # "aged 4 and 7"
        if _bare(b) and not _bare(a) and (word in ("to", "or") or dash or between or aged):
            b = replace(b, unit=a.unit, kind=a.kind, bare_integer=False)  # "208 pounds to 193"
            if a.unit not in _PERCENTS and (rate := _RATE.match(sentence, b.end)):
                per = f"{a.unit} per {_per(rate)}"  # "$60-65 a barrel"
                kind = _rate_kind(a.kind, _per(rate))
                b = replace(b, unit=per, kind=kind, end=rate.end(), core_end=rate.end())
        # "rose 18 sen to RM23.50": a change, then the new level (not "rise by 3-4%")
        changed_by = (
            word == "to"
            and not span
            and _CHANGED_BY.search(sentence, max(0, a.start - 30), a.start)
        )
        if a.unit and b.unit and b.unit.startswith(f"{a.unit} per "):
            a = replace(a, unit=b.unit, kind=b.kind)  # "between $48,000 and $90,000 a year"
        if changed_by and _bare(figs[i + 1]) and a.unit not in _PERCENTS:
            figs[i + 1] = b  # "rose 64 points to 4,577": the new level, in points too
        if aged:
            figs[i + 1] = b
        if word == "or":
            a = replace(a, paired=True)
            figs[i + 1] = replace(b, qualifier=a.qualifier)  # "about 8 or $9": two
            # alternatives, both hedged, each in the unit written on the other
        if word == "or" or (word == "and" and not between) or a.unit != b.unit or changed_by:
            out.append(a)
            i += 1
            continue
        if frm and _CHANGE_VERB.search(sentence, max(0, a.start - 60), a.start):
            direction: Direction | None = (
                "up" if b.value > a.value else "down" if b.value < a.value else None
            )
            b = replace(b, direction=direction, in_change=True)
            out.extend([replace(a, in_change=True, paired=True), b])
            i += 2
            continue
        if dash and a.bare_integer and b.bare_integer and not (between or frm):
            i += 2  # "won 3-1": a score, not a range
            continue
        start, qualifier = a.start, a.qualifier
        if opener := between or frm:
            start, qualifier = _hedged_opener(sentence, opener.start(), a)
        low, high = sorted((a.value, b.value))
        out.append(
            replace(
                b,
                start=start,
                core_start=a.core_start,
                value=low,
                low=low,
                high=high,
                qualifier=qualifier,
                bare_integer=False,
            )
        )
        i += 2
    return out


def _race_times(sentence: str) -> list[Figure]:
    """Race times in seconds ("2:02:38", "4:07.64"); times of day are not races."""
    found = []
    for m in _RACE_TIME.finditer(sentence):
        if _AT_CLOCK.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # "at 10:27:45": a time of day
        if nonclaims.is_date_time_or_code(sentence, m.end(), m.end()):
            continue  # "10:27:45 GMT"
        hours = float(m.group("h") or 0)
        minutes = float(m.group("m") or m.group("m2"))
        seconds = float(m.group("s") or m.group("s2"))
        window = max(0, m.start() - 40)
        qualifier, offset = qualifiers.leading(sentence[window : m.start()], duration=True)
        value = hours * 3600 + minutes * 60 + seconds
        found.append(
            Figure(
                window + offset,
                m.end(),
                m.start(),
                m.end(),
                value,
                None,
                None,
                "second",
                "duration",
                qualifier,
            )
        )
    return found


def scan(sentence: str, local: Local = Local()) -> list[Figure]:  # noqa: B008 (immutable)
    """Every figure in ``sentence``, in order; ``$``, ``¥``, rupees and bare degrees are
    read as ``local`` says the article means them."""
    figs = [f for m in NUMBER.finditer(sentence) if (f := _read(sentence, m, local))]
    if ":" in sentence:
        figs = sorted(figs + _race_times(sentence), key=lambda f: f.core_start)
    # A number word inside a longer figure ("a million" in "half a million") is found once.
    kept: list[Figure] = []
    for f in figs:
        if kept and f.core_start < kept[-1].end:
            continue
        kept.append(f)
    return _join(sentence, _dash_ranges(sentence, kept))
