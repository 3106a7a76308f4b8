"""What is written around a number: its sign and currency before it; its scale word, unit,
currency or primes after it; ages, magnitudes and degrees of heat.

Each function reads one thing at one position and says where it ends, so that
`claims.extraction.figures.reading` can read a figure left to right.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claims.extraction import nonclaims
from claims.extraction.figures.local import Local, own_minor, own_word, prefix_code
from claims.extraction.figures.numbers import SCALE
from claims.extraction.vocabulary import catalogue
from claims.extraction.vocabulary.currencies import (
    CURRENCY_PREFIX,
    CURRENCY_PREFIXES,
    LETTER_CODES,
    LETTER_PREFIX,
    MONEY_LIKE,
    currency_word,
    currency_words,
    written_codes,
)
from claims.extraction.vocabulary.units import UNIT_SYMBOL, UNIT_WORD, unit_name
from claims.model import Direction, Kind

# "m" straight after a number is metres, not millions, before these words.
_METRE_CONTEXT = re.compile(
    r"""[ ]+(?:long|tall|high|deep|wide|away|race|sprint|freestyle|hurdles|relay|
    above|below|under|from|in\s+(?:length|height|diameter|depth)|
    final|heats?|title|butterfly|backstroke|breaststroke|medley|steeplechase)\b
    | [ ]+in\s+\d{1,2}[.:]\d                     # a race, then its time: "the 100m in 9.58"
    | [\s]*[.,;:)]?\s*$""",
    re.VERBOSE,
)
# A bare "F" is degrees Fahrenheit, except in a sentence about a capacitor, where it is
# farads: "the charge stored in the capacitor was 2.5 F".
_BARE_F = re.compile(r"[ \u00a0-]?F")
_CAPACITANCE = re.compile(r"\b(?:super|ultra)?capacit(?:ors?|ance)\b", re.IGNORECASE)
# A currency symbol written after the figure, as much of Europe does: "15 €", "20£".
_SYMBOL_AFTER = re.compile(r"[ \u00a0]?(?P<sym>[€£¥₹₽₺₩₪₾₭元])(?!\s?\d)")
# A one- or two-digit integer with nothing money-like after it (no decimals, no scale).
_SHORT_INTEGER = re.compile(
    r"\d{1,2}(?![\d.,]|\s?(?:bn|mn|m|k|b|tn|million|billion|trillion|lakh|crore)\b)"
)
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
US_AFTER = re.compile(r"[ \u00a0](?:U\.S\.|US)(?![\w$])")
# "pounds" after a figure: money after a scale word ("£"-less "5 million pounds"), else mass.
_POUNDS = re.compile(r"[ \u00a0]?pounds?\b(?!-)", re.IGNORECASE)
# A lower-case plural word next: "8 B people" reads B as billion.
_PLURAL_NEXT = re.compile(r"\s+(?:people|[a-z]{2,}s)\b")
_AGE_UNITS = ("year", "month", "week", "day")
_OLD = re.compile(r"[ -]old\b|\s+of\s+age\b")
_AGED = re.compile(r"\bag(?:ed?|es)\s+(?:between\s+)?$", re.IGNORECASE)  # "ages 5 to 11"
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
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_MINUS = re.compile(r"(?:(?:^|(?<=[\s(]))[-−–]|(?<!\bplus\ or\ )\bminus[\s-]+)$")
# A minus between a currency symbol and the digits: "$-50.8bn".
_SIGN_AFTER_SYMBOL = re.compile(r"(?<=[$£€¥])[-−]$")
# A plus written before a figure, at the start of a cell or after a bracket: "(+12%)".
_PLUS = re.compile(r"(?:^|(?<=[\s(]))\+$")


class Before(NamedTuple):
    """What is written right before a number: a sign (-1 minus, +1 a written plus, else
    0), a currency, and where the figure therefore starts."""

    sign: int
    currency: str | None
    start: int


class After(NamedTuple):
    """A currency or unit written after a figure, the factor it scales the figure by
    (pence are hundredths of a pound) and where it ends."""

    currency: str | None
    unit: str | None
    factor: float
    end: int


def before(sentence: str, m: re.Match[str], local: Local) -> Before:
    """The sign and currency written right before the number ``m``."""
    digits = m.lastgroup == "digits"
    negative = False
    start = m.start()
    if digits and _SIGN_AFTER_SYMBOL.search(sentence, max(0, start - 3), start):
        negative, start = True, start - 1  # "$-50.8bn"
    code, start = _currency(sentence, start, local)
    letters = LETTER_PREFIX.search(sentence, max(0, start - 5), start) if code is None else None
    if letters and digits and MONEY_LIKE.match(sentence, m.start()):
        code = prefix_code(LETTER_CODES[letters.group("sym")], local)  # "R50,000", "Sh1.2bn"
        start = letters.start()
    elif code is None and local.initials and digits and MONEY_LIKE.match(sentence, m.start()):
        # The initials of the country's money ("BD 62 million"); before a figure not
        # written like money they are a name ("the US 25 per cent tariff" in Kampala).
        signs = tuple(sign for sign, _ in local.initials)
        own = _local_letters(signs).search(sentence, max(0, start - 6), start)
        if own is not None:
            code, start = prefix_code(own.group("sym"), local), own.start()
    sign = _MINUS.search(sentence, max(0, start - 7), start)
    if sign and digits:
        negative, start = True, sign.start()
    plus = _PLUS.search(sentence, max(0, start - 1), start) if digits else None
    if plus:
        return Before(1, code, plus.start())
    return Before(-1 if negative else 0, code, start)


def _currency(sentence: str, start: int, local: Local) -> tuple[str | None, int]:
    """The currency written right before ``start`` and where its symbol begins."""
    m = CURRENCY_PREFIX.search(sentence, max(0, start - 8), start)
    code = prefix_code(m.group("sym") or m.group("code"), local) if m else None
    if local.letters:
        signs = tuple(sign for sign, _ in local.letters)
        own = _local_letters(signs).search(sentence, max(0, start - 8), start)
        # The country's sign where no code is read, or where it is the longer one: "F CFA
        # 1,800" over "CFA".
        if own is not None and (code is None or m is None or own.start() < m.start()):
            m, code = own, prefix_code(own.group("sym"), local)
    if m is None:
        return None, start
    glued = sentence[start - 1].isupper()  # "COP28", not "COP 28" or "Rs 40"
    if m.group("code") and glued and _SHORT_INTEGER.match(sentence, start):
        return None, start  # "COP28", "EUR2": a code glued to a small integer is a name
    return (code, m.start()) if code else (None, start)


@lru_cache(maxsize=16)
def _local_letters(letters: tuple[str, ...]) -> re.Pattern[str]:
    """The letters a country writes before its money, right before a figure: "P430"."""
    # A sign CLDR writes with a space is also written without one: "F CFA", "FCFA".
    forms = (re.escape(w).replace("\\ ", r"\s?") for w in sorted(letters, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?P<sym>{'|'.join(forms)})(?P<code>)[ \u00a0]?$")


def own_word_after(sentence: str, pos: int, local: Local) -> tuple[str, float, int] | None:
    """The country's money written after a figure in a name that is also English ("80,000
    soles" in a Peruvian story) or that other currencies share ("285 fils" in a Bahraini
    one): its code, the factor to the major unit and where it ends."""
    if not (local.words or local.minor):
        return None
    names = tuple(w for w, _ in local.words) + tuple(n for n, _, _ in local.minor)
    m = _own_words(names).match(sentence, pos)
    if m is None:
        return None
    if code := own_word(m.group("word"), local):
        return code, 1.0, m.end()
    minor = own_minor(m.group("word"), local)
    return (*minor, m.end()) if minor else None


@lru_cache(maxsize=16)
def _own_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \u00a0](?P<word>{alternatives})(?![A-Za-z])", re.IGNORECASE)


def scale_after(sentence: str, m: re.Match[str], pos: int, money: bool) -> re.Match[str] | None:
    """The scale word after a number, unless an attached letter is better read as a unit."""
    sm = SCALE.match(sentence, pos)
    vulgar = m.lastgroup == "slash" and len(m.group()) == 1  # "¾ million"
    if sm is None or not (m.lastgroup in ("digits", "words") or vulgar):
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


def unit_after(sentence: str, pos: int, *, scaled: bool) -> After:
    """The currency or unit written after a figure at ``pos`` (nothing: ends at ``pos``)."""
    cw = currency_word().match(sentence, pos)
    if cw:
        code, factor = currency_words()[cw.group("word").lower()]
        return After(code, None, factor, cw.end())
    sa = _SYMBOL_AFTER.match(sentence, pos)
    if sa:
        sym = sa.group("sym")  # "¥" is read as the article means it, with the other signs
        return After(sym if sym == "¥" else CURRENCY_PREFIXES[sym], None, 1.0, sa.end())
    ca = _CODE_AFTER.match(sentence, pos)
    if ca and ca.group("code") in written_codes():
        scale = _CODE_SCALE.get(ca.group("scale") or "", 1.0)
        return After(ca.group("code"), None, scale, ca.end())
    pw = _POUNDS.match(sentence, pos)
    if pw:
        return After("GBP", None, 1.0, pw.end()) if scaled else After(None, "pound", 1.0, pw.end())
    best: re.Match[str] | None = None
    for um in (UNIT_WORD.match(sentence, pos), UNIT_SYMBOL.match(sentence, pos)):
        if um and (best is None or um.end() > best.end()):
            best = um
    if best is not None:
        unit = unit_name(best)
        if _BARE_F.fullmatch(best.group()) and _CAPACITANCE.search(sentence):
            unit = "farad"
        return After(None, unit, 1.0, best.end())
    found = catalogue.unit_after(sentence, pos)
    if found is None:
        return After(None, None, 1.0, pos)
    return After(None, found.name, 1.0, found.end)


def primes(sentence: str, left: int, pos: int) -> tuple[str, float, int] | None:
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


def age_or_magnitude(
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


def of_heat(sentence: str, start: int, end: int, local: Local) -> bool:
    """Whether bare "degrees" at ``start:end`` are a temperature: a word of weather near
    them, or the article's own scale and no word of angles near them. "Near" is bounded
    so that a sentence of thousands of figures costs linear time."""
    near = max(0, start - _NEAR), end + _NEAR
    if _HEAT.search(sentence, *near):
        return True
    return local.degree != "degree" and not _ANGLE.search(sentence, *near)


def signed(sign: int, kind: Kind) -> Direction | None:
    """The change a written sign states: "+12%", "+$3bn" rose; "-3.2%" fell (a "-5C" is
    a temperature, not a fall)."""
    if sign > 0 and kind in ("percentage", "currency", "count", "other"):
        return "up"
    if sign < 0 and kind == "percentage":
        return "down"
    return None
