"""Exchange rates: the price of one currency in another.

"The rupee fell to 84.5 to the dollar" prices a dollar in rupees: the figure is money,
84.5 INR, whatever form the rate is written in ("1.08 dollars per euro" is USD, as "the
euro rose to $1.09" is). The unit is the currency the figure is in, as for any price, and
not "INR per USD": an exchange rate is no unit the tracker converts, the other currency
stays in the claim's surface ("84.5 to the dollar") and what it measures, and the
project's annotated news reads rates so. The other currency is written after the figure
("to the dollar", "per euro", "against the US dollar"); the figure's own currency is
written with it or, for a bare figure, is the one the sentence names as moving or
trading before it ("the rupee ... 84.5 to the dollar"). A bare figure set against such a
rate later in its sentence is the same currency's other rate ("1,620 to the dollar in the
south, against some 530 in Sanaa").

In currency markets "the dollar" is the US dollar; rupees are the article's own (NPR in a
Nepali story), as a bare "Rs" is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extraction.figures.local import Local, own_word, prefix_code
from claims.extraction.vocabulary.currencies import currency_names, currency_words, is_family

# The verbs of a currency that moves or trades: "the euro rose to", "the dollar bought".
_MOVES = (
    r"(?:has\s+|had\s+|was\s+|is\s+)?"
    r"(?:rose|rises|fell|falls|gained|gains|lost|loses|slipped|slips|slid|slides|climbed"
    r"|weakened|weakens|strengthened|strengthens|traded|trades|trading|stood|stands|ended"
    r"|ends|closed|closes|hit|hits|dropped|drops|jumped|jumps|edged|firmed|eased|steadied"
    r"|recovered|sank|slumped|surged|touched|reached|advanced|declined|depreciated"
    r"|appreciated|rallied|tumbled|plunged|rebounded|bought|buys|fetched|fetches|held|holds"
    r"|was|is)\b"
)
_BASE_LOOKBACK = 80  # how far before a figure the currency priced may be named
_AGAINST_LOOKBACK = 160  # how far before a bare figure the rate it is set against may be


@lru_cache(maxsize=1)
def _name_pattern() -> str:
    words = sorted(currency_names(), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _per_after() -> re.Pattern[str]:
    """The other currency after a figure: "to the dollar", "per euro", "against the yen"."""
    return re.compile(
        r"\s+(?:to|per|against|for)\s+(?P<the>the\s+|one\s+|a\s+|each\s+|every\s+)?"
        rf"(?P<name>{_name_pattern()})(?![A-Za-z])"
        r"(?!\s*-?(?:zone|area|bloc|store|shop|index|value|coin|sign|bond)s?\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _moving() -> re.Pattern[str]:
    """A currency named as what moves or trades, right before a figure in its clause."""
    return re.compile(
        rf"\bthe\s+(?P<name>{_name_pattern()})"
        rf"(?:(?:\s*,\s*which)?\s+{_MOVES}"  # "the peso, which traded at"
        r"(?:[^,;:]{0,50}?\s(?:to|at|past|beyond|above|below|near|around|under|over|of))?"
        r"|\s*,?\s+at)"  # "with the taka at 122 per dollar": no verb
        r"\s+(?:(?:about|around|nearly|roughly|some|almost|just)\s+)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _rate_before() -> re.Pattern[str]:
    """A rate right before a bare figure set against it, past the rate's time or place:
    "1,620 to the dollar in the south, against some 530", "1,480 to the dollar on the
    street, against an official 1,050"."""
    return re.compile(
        r"(?P<rate>\d[\d,.]*)\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+)?"
        rf"(?P<name>{_name_pattern()})(?![A-Za-z])"
        r"[^\d;:.!?]{0,60}?(?:,\s*|\s+)"  # its time or place: "on Sunday in the south"
        r"(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+"
        r"(?:(?:an?|the)\s+)?"
        r"(?:(?:official|unofficial|parallel|market|street|black[\s-]market|interbank)\s+)?"
        r"(?:(?:exchange\s+)?rate\s+of\s+)?"  # "against the official rate of 1,310"
        r"(?:(?:about|around|some|nearly|roughly|almost|just)\s+)?$",
        re.IGNORECASE,
    )


# A noun right after a bare figure says what it counts ("against 12 other currencies"),
# unless it opens the figure's time or place ("against some 530 in Sanaa").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|for|by|from|a|an|the|last|this|that|earlier|before|ago|now|then)\b)"
    r"[a-z]",
)


# A currency named earlier in the sentence as a noun, not right before the rate: "A
# weaker koruna would help exporters: a fall to 26 to the euro", "Tonga's pa'anga was
# trading at"; up to three words before the name may say whose it is ("the Solomon
# dollar", "the Eastern Caribbean dollar", "the Papua New Guinea kina"). A currency
# another is pegged, tied or compared to is not the one priced ("The ngultrum, pegged
# at par to the Indian rupee, traded at about 84.6 to the US dollar").
_NAMED_NOUN = (
    r"(?<!\bto\s)(?<!\bwith\s)(?<!\bagainst\s)"
    r"\b(?:the|a|an|its|their|weaker|stronger|local|\w+['’]s)\s+"
    r"(?:(?P<mod>\w+(?:\s+\w+){{0,2}}?)\s+)?"
    r"(?P<name>{names})\b"
)
# The sentence names only the rate: "The official exchange rate has been fixed at 6.96
# per dollar", "at the official rate of 26.8 per dollar": the article's own currency.
_RATE_NOUN = re.compile(r"\b(?:exchange\s+)?rates?\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def _named_nouns(own: tuple[str, ...]) -> re.Pattern[str]:
    """`_NAMED_NOUN` for every currency name and the country's own words ``own``."""
    names = "|".join([_name_pattern(), *(re.escape(w) for w in own)])
    return re.compile(_NAMED_NOUN.format(names=names), re.IGNORECASE)


def _named_earlier(sentence: str, start: int, local: Local, per: str) -> str | None:
    """The code of the last currency the sentence names as a noun before ``start``, its
    country's money names that are also English ("the kip") among them, that is not the
    other currency ``per`` ("The krona has strengthened against the euro ..., to 11.05
    per euro": SEK); else the article's own currency when the sentence names the exchange
    rate."""
    nouns = _named_nouns(tuple(w for w, _ in local.words)).finditer(sentence, 0, start)
    codes = [own_word(m.group("name"), local) or _noun_code(m, local) for m in nouns]
    if named := [c for c in codes if c != per]:
        return named[-1]
    return local.currency if _RATE_NOUN.search(sentence, 0, start) else None


def _noun_code(m: re.Match[str], local: Local) -> str | None:
    """ISO code of a currency named as a noun: a dollar named with a word before it that
    is no name of its own ("the Solomon dollar", not "the US dollar") is the article's."""
    mod, name = m.group("mod"), m.group("name")
    if mod and (whole := _code(f"{mod} {name}", local)):
        return whole
    code, _ = currency_words().get(re.sub(r"\s+", " ", name.lower()), (None, 1.0))
    return local.dollar if mod and code == "$" else _code(name, local)


def _code(name: str, local: Local) -> str | None:
    """ISO code of a currency named in a market story."""
    key = re.sub(r"\s+", " ", name.lower())
    code = currency_names().get(key)
    if code == "Rs" or (code is not None and is_family(code)):
        return prefix_code(code, local)  # the rupee, the leu of the article's country
    return "USD" if code == "$" else code


def exchange_rate(
    sentence: str, start: int, end: int, code: str | None, local: Local
) -> tuple[str, int] | None:
    """``(currency, end)`` of a figure at ``start:end`` that is an exchange rate (the code
    of the currency it is in, and where the claim ends: past "to the dollar"), else None.
    ``code`` is the currency written with the figure, if any."""
    after = _per_after().match(sentence, end)
    if after is None:
        return None if code is not None else _set_against_rate(sentence, start, end, local)
    if code is None:
        moving = _moving().search(sentence, max(0, start - _BASE_LOOKBACK), start)
        code = _code(moving.group("name"), local) if moving else None
    per = _code(after.group("name"), local)
    if code is None and per is not None:
        code = _named_earlier(sentence, start, local, per)
    if per == "GBP" and after.group("the") is None and after.group("name").lower() == "pound":
        return None  # "$3 per pound" is a price by weight
    return None if code is None or per is None or code == per else (code, after.end())


def _set_against_rate(sentence: str, start: int, end: int, local: Local) -> tuple[str, int] | None:
    """``(currency, end)`` of a bare figure at ``start:end`` set against an exchange rate
    before it in its sentence ("the rial traded at 1,620 to the dollar in the south,
    against some 530 in Sanaa"): the other rate of the same currency."""
    if _NOUN_AFTER.match(sentence, end):
        return None
    m = _rate_before().search(sentence, max(0, start - _AGAINST_LOOKBACK), start)
    if m is None:
        return None
    rate = exchange_rate(sentence, m.start("rate"), m.end("rate"), None, local)
    return None if rate is None else (rate[0], end)
