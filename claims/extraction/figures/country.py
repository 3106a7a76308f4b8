"""The country an article is about, and its currency, for the signs it writes bare.

A national budget story names its country once ("Australia's federal government") and
then speaks of "the government"; a court story from Georgetown writes "$" for Guyanese
dollars; a Manila story writes pesos as "P430 M". `article_country` counts the countries
the article's title and lead name: by name or demonym (the gazetteer of
`claims.extraction.scope.places`), by capital or by a city of a million people, and by
the cues news uses for its own markets ("ASX", "Nikkei", "the Fed"). The country named
more than any other is the article's; of two named as often, the one its dateline files
it from ("SARAJEVO —" beside an Austrian buyer; `ArticleScope.filed_in`), else none.
`currency_of` is that country's tender from CLDR's territories (Babel).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from claims.extraction.scope.places import (
    demonym,
    gazetteer,
    geonames_cities,
    geonames_countries,
)
from claims.extraction.scope.vocabulary import AMBIGUOUS_PLACES
from claims.extraction.vocabulary.currencies import of_kind

# A capitalised word or run of them ("New Zealand", "Sri Lanka", "Port of Spain",
# "Trinidad and Tobago"), split at a possessive.
_NAME = re.compile(
    r"""(?<![\w'’-])[A-Z][\w.’'-]*?(?=[’']s\b|[^\w.’'-]|$)
    (?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.’'-]*?(?=[’']s\b|[^\w.’'-]|$))*""",
    re.VERBOSE,
)
# The small words of a name that stay lower case when a dateline's capitals are read
# ("PORT OF SPAIN" is "Port of Spain").
_SMALL_WORDS = frozenset(["of", "the", "and"])
_MAX_WORDS = 5  # the longest country name read ("Democratic Republic of the Congo")
# Cities this large are read as their country: "Sydney", "Dubai", "Lagos".
_BIG_CITY = 1_000_000
# What news writes for a country's own markets, institutions and people, beside its names.
# A sign inside another is not this one: "S$" in "US$", "C$" in the "EC$" of the eastern
# Caribbean.
CUES = MappingProxyType(
    {
        "AU": re.compile(r"\b(?:ASX|RBA|Albanese|Aussies?)\b|\bA\$"),
        "NZ": re.compile(r"\b(?:NZX|Kiwis?)\b|(?<![A-Za-z])NZ\$"),
        "CA": re.compile(r"\bTSX\b|(?<![A-Za-z])C\$"),
        "HK": re.compile(r"(?<![A-Za-z])HK\s?\$|\bHang\s+Seng\b"),
        "SG": re.compile(r"(?<![A-Za-z])S\$"),
        # No "US$": a story that writes it has money of its own (a bare "$" is the other).
        "US": re.compile(r"\b(?:Wall\s+Street|Nasdaq|Dow|Federal\s+Reserve|Fed)\b"),
        "JP": re.compile(r"\b(?:Nikkei|Topix|BoJ|JAXA|yen)\b"),
        "CN": re.compile(r"\b(?:yuan|renminbi|PBoC)\b"),
        "IN": re.compile(r"\b(?:Sensex|Nifty|RBI)\b|₹"),
    }
)


def country_counts(text: str) -> Counter[str]:
    """How often ``text`` names each country, by name, place or cue."""
    counts = Counter(_named(text))
    for code, cue in CUES.items():
        counts[code] += len(cue.findall(text))
    return counts


def article_country(
    counts: Counter[str], money: str | None = None, dateline: str | None = None
) -> str | None:
    """The ISO code of the country named most (``counts`` from `country_counts`), unless
    another is named as often, the ``dateline`` (`ArticleScope.filed_in`) is not one of them
    and their money differs (Norfolk Island and Australia both pay in Australian dollars);
    with ``money`` ("dollar", "rupee"), among the countries whose currency is of that kind
    (a story from Gaza about Australia's aid in "$")."""
    if money is not None:
        counts = Counter({c: n for c, n in counts.items() if currency_of(c, money)})
    ranked = counts.most_common()
    if not ranked or ranked[0][1] == 0:
        return None
    first = [country for country, n in ranked if n == ranked[0][1]]
    if dateline in first:
        return dateline
    # as many of several: a story between countries, unless they share one money
    return first[0] if len({currency_of(c, money) for c in first}) == 1 else None


def _named(text: str) -> list[str]:
    """The country of each country, state, demonym, capital or big city ``text`` names."""
    places = _places()
    found = []
    for run in _NAME.finditer(text):
        words = run.group().split()
        if run.group().isupper():
            # a dateline: "MANILA —", "PORT OF SPAIN —"
            words = [w.lower() if w.lower() in _SMALL_WORDS else w.title() for w in words]
        i = 0
        while i < len(words):
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                name = " ".join(words[i : i + n])
                code = places.get(name) or places.get(name.rstrip(".")) or _demonym_code(name)
                if code:
                    found.append(code)
                    break
            i += n
    return found


def _demonym_code(word: str) -> str | None:
    place = demonym(word)
    return place.code if place is not None and place.code else None


@lru_cache(maxsize=1)
def _places() -> Mapping[str, str]:
    """Names of countries (and aliases: "US", "UAE"), states and provinces, capitals and
    big cities -> the country's code."""
    big: dict[str, str] = {}
    biggest: dict[str, int] = {}
    for city in geonames_cities():
        name, people = city["name"], city["population"]
        if people >= _BIG_CITY and people > biggest.get(name, 0):
            big[name], biggest[name] = city["countrycode"], people
    capitals = {c["capital"]: c["iso"] for c in geonames_countries() if c["capital"]}
    names = big | capitals
    for name, place in gazetteer().items():
        if place.level not in (1, 2) or not place.code:  # countries, states and provinces
            continue
        if place.level == 2 and name in capitals and big.get(name) == capitals[name]:
            continue  # a capital of millions beats a province elsewhere: Santiago is Chile's
        names[name] = place.code
    return MappingProxyType({n: c for n, c in names.items() if n not in AMBIGUOUS_PLACES})


@lru_cache(maxsize=256)
def currencies_of(country: str) -> tuple[str, ...]:
    """The currencies CLDR says ``country`` uses today, its main one first."""
    from babel.numbers import get_territory_currencies

    try:
        return tuple(get_territory_currencies(country))
    except Exception:  # Babel raises its own errors for a code it does not know
        return ()


def currency_of(country: str, money: str | None = None) -> str | None:
    """The currency ``country`` uses (of the kind ``money``, when given: Namibia's dollar
    beside its rand)."""
    for code in currencies_of(country):
        if money is None or of_kind(code, money):
            return code
    return None
