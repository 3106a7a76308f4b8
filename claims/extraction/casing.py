"""A shouted (all-capitals) sentence put in sentence case, so the parser can read it.

The small English model reads "BOEING TO CUT 17,000 JOBS" as a string of names; in
sentence case ("Boeing to cut 17,000 jobs") it finds the verb and the counted noun.
Only letters change case, so every offset into the sentence stays true.
"""

from __future__ import annotations

import re

from claims.extraction.vocabulary.time import MONTH

_CAPS_WORD = re.compile(
    r"""\b[A-Z][A-Z'’]*[A-Z]\b   # a word in capitals ("JOBS", "US", "WORLD'S")
      | \b[A-Z]\b               # or a single capital letter""",
    re.VERBOSE,
)
_LONG_WORD = re.compile(
    r"""\b[A-Za-z][A-Za-z'’]{2,}  # a word of three letters or more: what decides whether
                                # a sentence is shouted""",
    re.VERBOSE,
)
_MONTH = re.compile(MONTH, re.IGNORECASE)  # a month keeps its capital: a date stays a date
# Short words that are ordinary English, not acronyms: lower-cased in a shouted sentence.
# Capitals of three letters or fewer outside this list are kept ("US", "UN", "GDP").
_SHORT_WORDS = frozenset(
    ["a", "an", "the", "to", "of", "on", "in", "at", "by", "for", "and", "or", "but", "as"]
    + ["up", "is", "be", "are", "was", "its", "it", "he", "we", "no", "not", "new", "cut"]
    + ["set", "hit", "top", "oil", "tax", "pay", "job", "low", "buy", "win", "off", "out"]
    + ["per", "all", "two", "six", "ten", "one", "few", "big", "his", "her", "may", "can"]
    + ["has", "had", "get", "see", "say", "why", "how", "who", "now", "end", "bid", "ban"]
    + ["aid", "war", "law", "gas", "car", "key", "row", "age", "day", "our", "old", "far"]
    + ["fed", "net", "sea", "air", "man", "men", "kid", "die", "won"]
)
# A scale or unit glued to the digits ("$5BN", "300MM"), written in small letters by the
# figure reader; a letter that makes a code ("5G") is left alone.
_GLUED_UNIT = re.compile(
    r"""(?<=\d)
    (?: BN | MN | TN | K | M              # scale suffixes
      | MM | CM | KM | KG | MPH | KMH )   # units of length, mass, speed
    \b""",
    re.VERBOSE,
)
# Share of long words in capitals above which a sentence is shouted.
_SHOUTED = 0.8


def unshout(sentence: str) -> str:
    """``sentence`` in sentence case if it is written in capitals, else as it is.

    The first word and month names keep a capital initial (a date stays a date); short
    capitals that are not ordinary words stay acronyms ("US", "UN", "GDP").
    """
    long_words = _LONG_WORD.findall(sentence)
    shouted = sum(w.upper() == w for w in long_words)
    if len(long_words) < 3 or shouted < _SHOUTED * len(long_words):
        return sentence
    first = _CAPS_WORD.search(sentence)
    opening = first.start() if first else -1

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if match.start() == opening or _MONTH.fullmatch(word):
            return word[0] + lower[1:]
        if len(word) > 3 or lower in _SHORT_WORDS:
            return lower
        return word

    lowered = _GLUED_UNIT.sub(lambda m: m.group().lower(), sentence)
    return _CAPS_WORD.sub(recase, lowered)
