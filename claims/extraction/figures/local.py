"""What an article's ambiguous signs mean: a bare ``$``, ``¥``, rupees, bare "degrees".

A bare ``$`` is ambiguous: `dollar_code` reads the article for the country it is
about (``Australian``, ``ASX``, ``A$`` -> AUD) and falls back to USD; so for ``¥``
(Japan or China), rupees (India, Nepal, Pakistan, Sri Lanka) and the scale of bare
degrees the article writes elsewhere ("41C ... 30 degrees").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.extraction.vocabulary.currencies import CURRENCY_PREFIXES, currency_codes


class Local(NamedTuple):
    """What an article's ambiguous signs mean: a bare ``$``, ``¥``, rupees, "degrees"."""

    dollar: str = "USD"
    yen: str = "CNY"
    rupee: str = "INR"
    degree: str = "degree"


def local_units(text: str, currency: str | None = None) -> Local:
    """What ``$``, ``¥``, rupees and bare degrees mean in ``text``, from its own cues."""
    head = text[:20000]  # the lead of an article says where it is from
    return Local(dollar_code(text, currency), _yen_code(head), _rupee_code(head), _degree(head))


def prefix_code(symbol: str, local: Local) -> str | None:
    """ISO code of a currency prefix such as ``HK $`` or ``£``; ``$``, ``¥`` and ``Rs``
    as the article means them."""
    key = re.sub(r"\s", "", symbol)
    if key in _AMBIGUOUS:
        return getattr(local, _AMBIGUOUS[key])
    if key in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[key]
    return key if key in currency_codes() else None


# Text cues naming the country an article is about, per dollar currency.
_DOLLAR_CUES = {
    "AUD": re.compile(
        r"\b(?:Australian?s?|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Queensland"
        r"|Victoria|ASX|RBA|Albanese)\b|\bA\$"
    ),
    "NZD": re.compile(r"\b(?:New\s+Zealand(?:er)?s?|Auckland|Wellington|NZX|Kiwis?)\b|NZ\$"),
    "CAD": re.compile(
        r"\b(?:Canadian?s?|Ottawa|Toronto|Montreal|Vancouver|Alberta|Ontario|Quebec|TSX)\b|C\$"
    ),
    "HKD": re.compile(r"\bHong\s+Kong\b|HK\s?\$"),
    "SGD": re.compile(r"\bSingapore(?:an)?s?\b|S\$"),
    "USD": re.compile(
        r"\b(?:U\.S\.|US|United\s+States|Americans?|Washington|Wall\s+Street|Nasdaq|Dow"
        r"|Federal\s+Reserve|Fed)\b|US\$"
    ),
}


# Signs several currencies share, and which field of `Local` decides them.
_AMBIGUOUS = {"$": "dollar", "¥": "yen", "Rs": "rupee", "Rs.": "rupee"}
_YEN_CUES = re.compile(r"\b(?:Japan(?:ese)?|Tokyo|Osaka|Nikkei|Topix|BoJ|JAXA|yen)\b")
_YUAN_CUES = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|yuan|renminbi|PBoC)\b")
_RUPEE_CUES = {
    "NPR": re.compile(r"\b(?:Nepal(?:i|ese)?|Kathmandu|Pokhara)\b"),
    "PKR": re.compile(r"\b(?:Pakistan(?:i|is)?|Karachi|Islamabad|Lahore)\b"),
    "LKR": re.compile(r"\b(?:Sri\s+Lanka(?:n|ns)?|Colombo)\b"),
}
_INDIA_CUES = re.compile(r"\b(?:India(?:n|ns)?|Delhi|Mumbai|Sensex|Nifty|RBI)\b|₹")
# Temperatures the article writes with their scale: "41C", "30°C", "Celsius"; "95F".
_CELSIUS = re.compile(r"\d\s?°?C\b|\bCelsius\b|\bcentigrade\b")
_FAHRENHEIT = re.compile(r"\d\s?°?F\b|\bFahrenheit\b")


def _yen_code(text: str) -> str:
    """``JPY`` for "¥" in an article about Japan, else ``CNY``."""
    return "JPY" if len(_YEN_CUES.findall(text)) > len(_YUAN_CUES.findall(text)) else "CNY"


def _rupee_code(text: str) -> str:
    """The rupee of the country the article is about (Nepal, Pakistan, Sri Lanka), else INR."""
    india = len(_INDIA_CUES.findall(text))
    counts = {code: len(cue.findall(text)) for code, cue in _RUPEE_CUES.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > india else "INR"


def _degree(text: str) -> str:
    """The scale bare "degrees" of heat are in: the one the article writes elsewhere."""
    celsius, fahrenheit = len(_CELSIUS.findall(text)), len(_FAHRENHEIT.findall(text))
    if celsius > fahrenheit:
        return "degree Celsius"
    return "degree Fahrenheit" if fahrenheit > celsius else "degree"


def dollar_code(text: str, default: str | None = None) -> str:
    """The currency a bare ``$`` means in ``text``.

    ``default`` (the caller knows the source) wins; otherwise the country with the most
    cues, if it has at least two and more than the US; otherwise USD.
    """
    if default:
        return default.strip().upper()
    head = text[:20000]  # the lead of an article says where it is from
    counts = {code: len(cue.findall(head)) for code, cue in _DOLLAR_CUES.items()}
    us = counts.pop("USD")
    best = max(counts, key=counts.__getitem__)
    if counts[best] >= 2 and counts[best] > us:
        return best
    return "USD"
