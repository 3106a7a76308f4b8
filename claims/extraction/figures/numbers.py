"""Numbers as news writes them: digits, number words, fractions and scale words.

``NUMBER`` finds the bare figure (``1,200.5``, ``twenty-five``, ``half a million``,
``two-thirds``, ``tens of thousands``, ``several hundred``); ``SCALE`` is the optional
scale word that may follow it (``13m``, ``2.5 bn``, ``1.5 million``, ``6.81 lakh crore``);
``number_value`` turns what they matched into a value, and a vague amount (``tens of
thousands``) into a range.
"""

from __future__ import annotations

import math
import re

from claims.extraction.vocabulary.numbers import (
    DENOMINATORS,
    SCALES,
    SMALL,
    SPELLED_SCALES,
    VAGUE,
)

_MULTIPLES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "quad": 4.0}
# Where in its decade a temperature "in the low/mid/high 30s" lies: 30-33, 34-36, 37-39.
_DECADE_PART = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "middle": (4, 6)}
_DECADE_PART |= {"high": (7, 9), "upper": (7, 9)}
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
_SMALL_RE = "|".join(sorted(SMALL, key=len, reverse=True))
_SPELLED_RE = "|".join(SPELLED_SCALES)
_DENOM_RE = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
_PLURAL_DENOM_RE = "|".join(sorted((d for d in DENOMINATORS if d.endswith("s")), key=len))
# "and" joins number words only after a hundred or a scale: "five and six" is two figures.
_AND_AFTER_HUNDREDS = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"

# The units of one span ("more than a month") or length ("up to an inch") after a hedge.
ONE_UNITS = "decade|year|month|week|day|hour|minute|inch|foot|mile"

# Thousands grouped by spaces, as French and Nordic news writes them: "1 200 000", with
# a plain, a no-break or a narrow no-break space. Each group is three digits and no more
# ("(767) 448 2040" is a telephone number, judged later) and the first opens with no zero
# ("02 672 09 12"); a day before it is a date's ("March 5 200 people": 5, then 200).
_SPACE_GROUPED = (
    r"(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\ )(?<!\b(?:June|July|Sept)\ )"
    r"(?<!\b(?:March|April)\ )(?<!\bAugust\ )(?<!\b(?:January|October)\ )"
    r"(?<!\b(?:February|November|December)\ )(?<!\bSeptember\ )"
    r"[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+"
)

# One figure. Alternatives are tried in order, so the longest readings come first.
NUMBER = re.compile(
    rf"""
    (?P<vague>                               # "tens of thousands", "hundreds of millions"
        \b(?:tens|dozens|hundreds|thousands|millions|billions)
        (?: \s+of\s+(?:thousands|millions|billions)\b   # may stand alone: "tens of
                                                        # thousands fled"
          | (?=\s+of\s+\w) )                 # else only as "... of <noun>"
    )
    | (?P<some>                              # "several hundred", "a few thousand"
        \b(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|million|billion)\b
    )
    | (?P<ratio>                             # "one in five adults", "3 in 10 voters"
        \b(?:one|two|three|four|five|six|seven|eight|nine|[1-9]\d?)\s+in\s+(?:every\s+)?
        (?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|[1-9]\d{{0,2}})
        \b(?![.,]\d)
        (?!\s+(?:second|minute|hour|day|week|month|year|game|match|race|start)s?\b)  # 2 in 10 days
    )
    | (?P<halfof>                            # "half a million", "a quarter of a billion"
        \b(?:half|a\s+quarter|quarter|a\s+third)\s+(?:of\s+)?(?:an?\s+)?
        (?:{_SPELLED_RE})\b
    )
    | (?P<frac>                              # "two-thirds", "three quarters", "a fifth of"
        \b(?:one|two|three|four|five|six|seven|eight|nine)-(?:{_DENOM_RE})\b
        | \b(?:two|three|four|five|six|seven|eight|nine)\s+(?:{_PLURAL_DENOM_RE})\b  # not
                                             # "three quarter-point cuts": three cuts
        | \b(?:one|an?)\s+(?:{_DENOM_RE})\b(?=\s+of\b)   # "a fifth" alone is an ordinal
        | \b(?:one|an?)\s+(?:half|third|quarter|fifth|tenth)\b(?=\s+(?:fewer|less|more)\b)
                                             # ... but a share of a change before a
                                             # comparative: "a third fewer staff"
        | \bone\s+(?:{_DENOM_RE})\b(?=\s*[.;!?]?\s*$)   # "exactly one sixth."
        | (?<!first\ )(?<!second\ )(?<!last\ )(?<!other\ )(?<!the\ )(?<!a\ )
          \bhalf\b(?=\s+(?:of|the|its|their|all)\b)       # "more than half of Americans"
        | (?:(?<=\bby\ )|(?<=\bby\ about\ )|(?<=\bby\ around\ )|(?<=\bby\ nearly\ )
           |(?<=\bby\ almost\ )|(?<=\bby\ roughly\ )|(?<=\bby\ some\ )|(?<=\bby\ over\ )
           |(?<=\bby\ more\ than\ )|(?<=\bby\ less\ than\ )|(?<=\bby\ just\ over\ )
           |(?<=\bby\ just\ under\ )|(?<=\bby\ close\ to\ ))  # "by more than half"
          (?:(?:one|a)\s+)?(?:half|third|quarter|fifth|tenth)\b(?!\s+of\b)  # by a third
        | (?:(?<=\babout\ )|(?<=\baround\ )|(?<=\bnearly\ )|(?<=\balmost\ )
           |(?<=\broughly\ )|(?<=\bperhaps\ )|(?<=\bup\ to\ )|(?<=\bclose\ to\ )
           |(?<=\bcloser\ to\ )|(?<=\bmore\ than\ )|(?<=\bless\ than\ ))
          (?:(?:one|a)\s+)?(?:half|third|quarter|fifth|tenth)\b  # a hedge makes a share of
          (?![\s-]+(?:past|time|term|century|party|final|round)\b)(?!-)  # "a third" alone:
                                             # "perhaps a quarter", "closer to half"; not
                                             # "about half past six", "nearly a third term"
        | \b(?:a|one)\s+(?:half|quarter)(?=[\s-]+(?:percentage[\s-]+)?points?\b)  # a half-point
        | \bhalf(?=\s+an?\s+(?:percentage\s+point|point|mile|kilometre|metre|litre|kilo
                              |tonne|pound|ounce|inch|foot|degree|hour|day|week|month|year
                              |century|per\s*cent)\b)  # "half a percentage point"
        | (?<=\s)(?:half|quarter)(?=-(?:percentage-)?points?\b)     # "three quarter-point cuts"
    )
    | (?P<share>                             # "1/40 of the wavelength": a share of it
        (?<![\d/.,])[1-9]/[1-9]\d{{0,2}}(?![\d/])(?=\s+of\s)
    )
    | (?P<slash>                             # "1/2 cup", "a 1/4 mile oval", "½ teaspoon"
        (?<![\d/.,])(?:\d{{1,3}}\s)?[1-9]/(?:2|3|4|8|16)(?![\d/])(?=\s*[A-Za-z])  # 2 1/2 in
        | [½⅓⅔¼¾⅛]
    )
    | (?P<decade>                            # "the high 20s", "the low 30s": of degrees
        \b(?:the\s+)?(?:low|lower|mid|middle|high|upper)[\s-]+[1-9]0s\b  # (heat, or dropped)
    )
    | (?P<digits>                            # 1,200,000.5 / 12.5 / .5 / 1 200 000
        (?<![\d.,_])(?<!(?-i:(?<![SDR])(?<!Dh)[a-z]))  # not inside a figure or a word;
                                             # INR1, G7, Sh1.2bn (shillings), Dh1.5m,
                                             # Dhs1.5m (dirhams) and Rp3,500 (rupiah) are
                                             # read, judged later
        (?:\d{{1,3}}(?:,\d{{3}})+
         | {_SPACE_GROUPED}
         | \d+)
        (?:\.\d+|[½⅓⅔¼¾⅛])?                  # a decimal, or a fraction glued on: "2½"
        (?:\s?[×x]\s?10                      # scientific: 1.99×10^30, 1×10−12, 3 x 10⁶
           (?: (?:\^|\*\*)[-−]?\d{{1,3}} | [-−]\d{{1,3}} | ⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+ )
         | (?<=\.\d)[eE][-+]?\d{{1,2}}(?!\w)      # 1.5e6: only after a decimal ("5e" is a
         | (?<=\.\d\d)[eE][-+]?\d{{1,2}}(?!\w)    # code), and a lookbehind is fixed-width
         | (?<=\d)[eE][-−+]\d{{1,4}}(?!\w)        # a signed exponent is never a code: 1e-999
        )?
        | (?<![\w.,])\.\d+
    )
    | (?P<multiple>                          # "more than doubled", "roughly tripling": kept
        \b(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)\b  # only hedged or told as a multiple
                                             # (`claims.extraction.claimhood`)
        | \btwice\b(?=\s+(?:as|the|its|their|his|her|our|that|this|what)\b)  # "twice as
                                             # high", "twice the area"; not "counted twice"
    )
    | (?P<fold>                              # "sixfold", "tenfold": a multiplier (unit "fold")
        \b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)(?=fold\b)
    )
    | (?P<one>                               # "more than a month", "under an hour": one span
        (?:(?<=\bmore\ than\ )|(?<=\bless\ than\ )|(?<=\blonger\ than\ )|(?<=\bunder\ )
           |(?<=\balmost\ )|(?<=\bnearly\ )|(?<=\babout\ )|(?<=\baround\ )|(?<=\broughly\ )
           |(?<=\bwithin\ )|(?<=\bup\ to\ )|(?<=\bat\ least\ )|(?<=\bat\ most\ ))
        an?(?=\s+(?:{ONE_UNITS})\b(?!-))     # of time or length; the hedge makes it a
                                             # figure: "for a year" alone is none
    )
    | (?P<words>                             # "twenty-five", "three hundred and six", "a dozen"
        \b(?: {_SMALL_RE} | an?[\s-]+(?:hundred|dozen)   # "a" only before hundred, dozen
           | an?\s+(?:{_SPELLED_RE}) )
        (?: (?:[\s-]+|{_AND_AFTER_HUNDREDS})    # "and" only inside "hundred and six"
            (?:{_SMALL_RE}|hundred|dozen|{_SPELLED_RE}) )*
        (?:\s+and\s+a\s+half)?
        \b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A scale word after a figure: attached ("13m", "2.5bn") or spaced ("1.5 million").
# "m"/"b"/"k" are scales only when attached; spaced they are units ("5 m" is metres).
SCALE = re.compile(
    r"""
    (?: (?P<attached> (?:bn|mn|mln|tn|trn|m|b|k|(?-i:T))) (?![A-Za-z0-9])   # 13m, 2.5bn, $2T
      | [ \u00a0-]?(?P<spaced> thousand|million|billion|trillion|lakhs?|crores?   # "$5-billion"
                              |bn|mn|mln|tn|trn) \b              # 1.5 million, 3 lakh
        (?: [ \u00a0-](?P<compound> thousand|million|billion|lakhs?|crores?) \b )?
                                             # compounds multiply: 6.81 lakh crore = 6.81e12
      | [ \u00a0](?P<letter> (?-i:B|M|K|Bn|m|k|b)) \b   # "$8 B", "$330 m": after money only
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def word_value(words: str) -> float | None:
    """Value of a run of English number words (``three hundred and six`` -> 306)."""
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            continue  # "a hundred": the multiplier defaults to one anyway
        if w == "half":
            half = True
            continue
        if w in SMALL:
            current += SMALL[w]
            seen = True
        elif w == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif w in SCALES:
            if current == 0 and total and SCALES[w] >= 1e3:
                total *= SCALES[w]  # "two million million", "a thousand crore": compounds
            else:
                total += (current or 1.0) * SCALES[w]
            current = 0.0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current + (0.5 if half else 0.0)


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
# The power of ten of a figure in scientific notation: "×10^30", "x10−12", "×10⁶".
_TIMES_TEN = re.compile(r"\s?[×x]\s?10(?:\^|\*\*)?(?P<exp>.+)$")
_E_POWER = re.compile(r"[eE](?P<exp>[-−+]?\d+)$")  # "1.5e6", "1e-999"


def _digits_value(text: str) -> float:
    """Value of a ``digits`` match: grouped thousands, decimals, a glued fraction ("2½"),
    scientific notation. Past floating point it is infinite, and a non-zero figure too
    small for it ("1e-999") is NaN: neither is a value to claim."""
    mantissa, exponent = text, 0
    if (sci := _TIMES_TEN.search(text) or _E_POWER.search(text)) is not None:
        mantissa, exponent = text[: sci.start()], int(sci.group("exp").translate(_SUPERSCRIPT))
    fraction = _VULGAR.get(mantissa[-1], 0.0)
    if fraction:
        mantissa = mantissa[:-1]
    number = float(re.sub(r"[, \u00a0\u202f\u2009]", "", mantissa)) + fraction
    try:
        value = number * 10.0**exponent
    except OverflowError:
        return math.inf
    return math.nan if value == 0 and number != 0 else value


def number_value(m: re.Match[str]) -> tuple[float, float | None, float | None] | None:
    """``(value, low, high)`` of a ``NUMBER`` match; a vague amount is a range."""
    text = m.group()
    if m.group("digits"):
        return _digits_value(text), None, None
    if m.group("decade"):
        part, tens = re.split(r"[\s-]+", text.lower())[-2:]
        first, last = _DECADE_PART[part]
        return float(tens[:-1]) + first, float(tens[:-1]) + first, float(tens[:-1]) + last
    if m.group("multiple"):
        return _MULTIPLES[text[:4].lower()], None, None
    if m.group("one"):
        return 1.0, None, None
    if m.group("words") or m.group("fold"):
        v = word_value(text)
        return (v, None, None) if v is not None else None
    if m.group("frac"):
        words = re.split(r"[\s-]+", text.lower())
        num, den = (words[0], words[-1]) if len(words) > 1 else ("a", words[0])  # "by half"
        n = 1 if num in ("a", "an", "one") else SMALL[num]
        return n / DENOMINATORS[den], None, None
    if m.group("ratio"):
        words = text.lower().split()
        num, den = words[0], words[-1]
        top = SMALL[num] if num in SMALL else float(num)
        bottom = 100 if den == "hundred" else SMALL[den] if den in SMALL else float(den)
        return top / bottom, None, None
    if m.group("slash") or m.group("share"):
        if text in _VULGAR:
            return _VULGAR[text], None, None
        whole, _, fraction = text.rpartition(" ")
        num, den = fraction.split("/")
        return int(whole or 0) + int(num) / int(den), None, None
    if m.group("some"):
        words = text.lower().split()
        scale = 100.0 if words[-1] == "hundred" else SCALES[words[-1]]
        if "couple" in words:
            return 2 * scale, None, None  # "a couple of hundred": about two hundred
        return 2 * scale, 2 * scale, 9 * scale  # "several hundred": a few of them
    if m.group("halfof"):
        words = text.lower().split()
        denominator = words[1] if words[0] == "a" else words[0]  # "a quarter", "quarter"
        part = 1 / DENOMINATORS[denominator]
        return part * SCALES[words[-1]], None, None
    words = text.lower().split()
    low = VAGUE[words[0]]
    if len(words) > 2:
        low *= VAGUE[words[2]]
    return low, low, low * 10


def scale_value(m: re.Match[str] | None) -> float:
    """Multiplier of a ``SCALE`` match (1 when there is none)."""
    if m is None:
        return 1.0
    scale = SCALES[(m.group("attached") or m.group("spaced") or m.group("letter")).lower()]
    if m.group("compound"):
        scale *= SCALES[m.group("compound").lower()]
    return scale


def finite(*values: float | None) -> bool:
    """Whether every given value is a finite float (``None`` is allowed)."""
    return all(v is None or math.isfinite(v) for v in values)
