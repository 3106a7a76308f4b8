"""What the scope rules know about a whole article, computed once per article.

The place it is about (from its title and first paragraph, the title counting double;
both ends of a route the first paragraph names: "the line between Pristina and Peja"),
how it writes each country, its quotations with their speakers, the people it names as
speakers, its publication date and its country's financial year.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from functools import cache, partial
from types import MappingProxyType
from typing import TYPE_CHECKING

from claims.extraction.context.tokens import in_dictionary
from claims.extraction.nlp import nlp
from claims.extraction.scope.evidence import ArticleScope, Place
from claims.extraction.scope.places import (
    countries,
    countries_in_text,
    dateline_town,
    demonym,
    gazetteer,
    names_place,
    placed_names,
    places_in_doc,
    towns,
)
from claims.extraction.scope.quotes import (
    Speakers,
    named_bodies,
    named_people,
    quotations,
    surnames,
)
from claims.extraction.scope.vocabulary import (
    BODIES,
    BODY_NAMES,
    BORDER_NOUNS,
    COMPASS,
    COMPETITOR_NOUNS,
    FISCAL_START,
    MONTH_NAMES,
    PARTNER_PREPS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    ROLES,
    ROUTE_NOUNS,
    SELF_NOUNS,
    SERVICES,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The first paragraph: text up to the first blank line, after a Markdown heading.
_HEADING = re.compile(r"\A\s*#+\s*(?P<title>[^\n]+)\n")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
# "the" before a name makes it a body's ("the Pensions Superintendency")
_THE = re.compile(r"\b[Tt]he\s+")
# A short paragraph that ends no sentence: a dateline or a byline standing alone before
# the lead ("Bergen / Oslo, 12 May 2025").
_NO_SENTENCE = re.compile(r"[^\n]{1,80}(?<![.!?:\"”])")
_LINES_BEFORE_LEAD = 2
# A run of capitalised words, joined by "of", "for", "and", "the" inside: a body's full
# name ("Reserve Bank of India", "Kenya Revenue Authority"). A name never runs across a
# line: a headline's last word and the dateline's first are two ("... Starlink\nCape
# Canaveral / Brussels").
_NAME_RUN = re.compile(
    r"""[A-Z][\w&’'.-]*                                           # a capitalised word
    (?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w&’'.-]*)+   # more
    """,
    re.VERBOSE,
)
# A name and the abbreviation it is given: "the Japan Meteorological Agency (JMA)". Its
# words hold a full stop only inside ("U.S."): a name never runs across a sentence's end
# or a line ("on Monday.\n\nThe India Meteorological Department (IMD)").
_NAME_WORD = r"[A-Z](?:[\w&’'-]|\.(?=\w))*(?:(?<=\.\w)\.)?"
_ABBREVIATION = re.compile(
    rf"""(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+(?:the[^\S\n]+)?)?{_NAME_WORD})+)
    [^\S\n]+\((?P<short>[A-Z][A-Za-z&]{{1,9}})\)""",
    re.VERBOSE,
)
# A dateline: where the story was filed ("SÃO PAULO —", "LAGOS, Nigeria -", "PARIS
# (Reuters) -"), not what it is about (a national figure in a story filed from a city is
# the country's).
_DATELINE = re.compile(
    r"""\A(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+)      # the city, in capitals
    (?:,\s*(?P<country>[A-Z][\w .]+?))?   # maybe its country or state
    (?:\s*\([^)\n]{1,40}\))?              # maybe a news agency: "(Reuters)"
    \s*[—–-]+\s+""",
    re.VERBOSE,
)
# A route and its two ends: "line between Pristina and Peja", "ferry operator between St
# Vincent and Bequia", "line between Dar es Salaam and Dodoma".
_ROUTE_END = r"[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:es|de|al|el)[^\S\n]+)?[A-Z][\w’'-]+)*"
_ROUTE = re.compile(
    rf"""\b(?i:{"|".join(sorted(ROUTE_NOUNS))})       # "line", "ferry", "Flights"
    (?:[^\S\n]+[a-z]+)?[^\S\n]+between[^\S\n]+     # maybe "operator", then "between"
    (?P<one>{_ROUTE_END})[^\S\n]+and[^\S\n]+(?P<two>{_ROUTE_END})
    """,
    re.VERBOSE,
)
# A body an article is about: a name of several capitalised words, or a government.
_BODY = re.compile(
    r"""(?P<government>(?:[A-Z][\w’'-]+(?:['’]s)?\s+)?
          (?:(?:federal|national|state|provincial|regional|central)\s+)?government\b)
    | (?:The\s+)?[A-Z][\w&’'.-]*
      (?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w&’'.-]*)+  # on one line
    """,
    re.VERBOSE,
)
# A company introduced beside a common noun for it: the noun first ("state company YPFB",
# "the main diamond miner, Kgale Diamonds", or opening its sentence: "Exporter Noboa
# Fruit said"), or the name first and the noun in an apposition after it ("Danish Crown,
# the country's largest meat processor,").
_TELLS = "said|says|told|added|announced|reported|confirmed"
_COMPANY_NOUNS = "|".join(sorted(SELF_NOUNS, key=len, reverse=True))
_OPENING_NOUNS = "|".join(n.capitalize() for n in sorted(SELF_NOUNS, key=len, reverse=True))
_COMPANY_NAME = (
    rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|du|de)[^\S\n]+(?:the[^\S\n]+)?)?{_NAME_WORD})*"
)
_INTRODUCED = re.compile(
    rf"""(?:\b(?P<noun>{_COMPANY_NOUNS})
         | (?:\A|(?<=\n)|(?<=[.!?—][^\S\n]))(?P<opening>{_OPENING_NOUNS}))  # "Exporter ..."
      ,?[^\S\n]+(?P<after>{_COMPANY_NAME})
    | (?P<before>{_COMPANY_NAME}),[^\S\n]+(?:the|a|its)[^\S\n]        # "Danish Crown, the
      [^,.\n]{{0,40}}?\b(?P<noun2>{_COMPANY_NOUNS})\b              #  largest meat processor"
      (?![^\S\n]+(?:{_TELLS})\b)     # not "... the Premier League, the club said": a source
    """,
    re.VERBOSE,
)
# A body the article calls the state's that serves the country (a utility, a network's
# operator, a power or water company; not a state airline or oil company, which trade
# abroad): a state word before its common noun and its name ("state utility Électricité
# de Guinée (EDG)", "State power company Zesco"), a word of ownership before its name
# ("the state-owned Dominica Geothermal Development Company"), the name before an
# apposition saying so ("Miyahuna Water, the state-owned water supplier,"), or the
# common noun alone after "the", the body the article is about ("Marshalls Energy
# Company will raise ..., the state-owned utility said").
_STATE = r"(?i:state|state-owned|state-run|government-owned|government-run|national)"
_OWNED = r"(?i:state-owned|state-run|government-owned|government-run)"
_SERVICE = rf"""(?:utility|operator|supplier|distributor
    |(?:{"|".join(sorted(SERVICES))})[^\S\n]+(?:company|corporation|board|firm))"""
_FEW_WORDS = r"(?:[a-z-]+[^\S\n]+){0,2}?"  # "water" of "state water utility"
# A company's name whose words may open with an accented capital ("Électricité de Guinée").
_UPPER = "A-ZÀ-ÖØ-Þ"
_STATE_NAME = (
    rf"[{_UPPER}][\w&’'-]*"
    rf"(?:[^\S\n]+(?:(?:of|for|and|du|de)[^\S\n]+(?:the[^\S\n]+)?)?[{_UPPER}][\w&’'-]*)*"
)
_STATE_BODY = re.compile(
    rf"""\b{_STATE}[^\S\n]+{_FEW_WORDS}{_SERVICE}[^\S\n]+  # "state utility"
      (?P<after>{_STATE_NAME})                                  # "Électricité de Guinée"
      (?:[^\S\n]+\((?P<short>[A-Z][A-Za-z&]{{1,9}})\))?          # "(EDG)"
    | \b{_OWNED}[^\S\n]+(?P<named>{_STATE_NAME})                 # "state-owned Dominica ..."
    | (?P<before>{_STATE_NAME}),[^\S\n]+                          # "Miyahuna Water,
      (?:(?:the|a|its)[^\S\n]+)?(?:[\w’'-]+['’]s[^\S\n]+)?        #   the (Oman's)
      {_STATE}[^\S\n]+{_FEW_WORDS}{_SERVICE}\b                 #   state-owned supplier"
    | (?P<pointer>\b[Tt]he[^\S\n]+{_STATE}[^\S\n]+{_FEW_WORDS}{_SERVICE}\b)
      (?![^\S\n]+[A-Z])                                           # no name after it
    """,
    re.VERBOSE,
)
# A headline naming a body by a word of its name before its common noun ("Sarajevo club"
# of "FK Bistrik Sarajevo").
_NAME_WORD_NOUN = re.compile(
    rf"""(?P<word>[A-Z][\w’'-]+)[^\S\n]+     # a word of the body's name
    (?:{_COMPANY_NOUNS})\b                   # its common noun: "club", "lender"
    """,
    re.VERBOSE,
)
# A headline naming a body by a place's possessive and lower-case words of its name, its
# common noun last, as the subject of a verb of the present ("Samoa's provident fund posts"
# of "Samoa National Provident Fund"; not "Kenya's pension fund members' savings").
_PLACE_OWNED_BODY = re.compile(
    r"""(?P<owner>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*)['’]s[^\S\n]+  # "Samoa's"
    (?P<words>[a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*){0,2}?)              # "provident fund"
    [^\S\n]+[a-z]+s\b(?![’'])                                        # "posts"
    """,
    re.VERBOSE,
)
# The article calling a company or club by its common noun ("The company said").
_SELF = re.compile(rf"\b[Tt]he\s+(?:{'|'.join(sorted(SELF_NOUNS))})\b")
# The word before a name that makes it a person's ("rider Tesfalem Haile").
_LAST_WORD = re.compile(r"([a-z-]+)\s*\Z")
# Where a body is based, written before its name: "Dubai-based Falcon Gulf Airways".
_BASED = re.compile(r"\A[\w.]+-based\s+")
# A government named as a body: "Australia's federal government".
_GOVERNMENT = re.compile(r"\bgovernment\b")
# A title's words, and those that make the word before them a source ("IOM says").
_TITLE_WORD = re.compile(r"[\w’'&.-]+")
_SAYS = frozenset(["says", "said", "reports", "warns"])
# A headline opening with one name and a verb of the present: "Amazon launches ...".
_TITLE_SUBJECT = re.compile(r"(?P<name>[A-Z][\w&’'-]+)\s+(?P<verb>[a-z]+s)\b")
_SAYS_AFTER = re.compile(r",?\s+(?:says|said|reports|warns)\b")
# A capitalised word (or one in capitals: "UTE") after a lower-case word or a comma: a
# name wherever it stands.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z]+\b")
# What a place inside a longer name weighs beside a place named on its own.
_IN_NAME = 0.25
# Words of a company's trade after a demonym, its noun last ("Chinese battery maker").
_TRADE_WORDS = 3
# Characters of the first paragraph read for its places (a dateline and a lead sentence).
_LEAD_CHARS = 600


def article_scope(
    text: str, title: str | None = None, published: date | str | None = None
) -> ArticleScope:
    """What every figure of ``text`` shares: read once per article."""
    heading = _HEADING.match(text)
    if heading is not None and title is None:
        title = heading.group("title").strip()
    body_start = heading.end() if heading is not None else 0
    lead_end = _PARAGRAPH_END.search(text, body_start)
    first = text[body_start : lead_end.start() if lead_end else len(text)].strip()
    if lead_end is not None and title and first and title.startswith(first):
        body_start = lead_end.end()  # the headline, kept as the text's first paragraph
        lead_end = _PARAGRAPH_END.search(text, body_start)
    for _ in range(_LINES_BEFORE_LEAD):
        line = text[body_start : lead_end.start() if lead_end else len(text)].strip()
        if lead_end is None or not _NO_SENTENCE.fullmatch(line):
            break
        body_start = lead_end.end()  # a dateline or byline alone: the lead comes after it
        lead_end = _PARAGRAPH_END.search(text, body_start)
    lead = text[body_start : lead_end.start() if lead_end else len(text)][:_LEAD_CHARS]
    dateline = _DATELINE.match(lead.lstrip())
    lead = lead.lstrip()[dateline.end() :] if dateline else lead.lstrip()
    names = named_people(text, BODY_NAMES)
    listed = gazetteer()
    people = frozenset(w for w in surnames(text) if w not in listed or listed[w].level > 1)
    filed_in = _filed_in(dateline)
    filed = _dateline_place(dateline, filed_in)
    placed = placed_names(text, filed_in)
    places = _places(title or "", lead, people, filed, placed, persons(names))
    national = [p for p in places if p.level == 1]
    place = _route(lead) or _headlined(dateline, title, places, f"{title or ''}\n{lead}")
    if place is None:
        place = national[0] if national else places[0] if places else None
    spellings: dict[str, str] = {}
    for _, named in countries_in_text(text):
        spellings.setdefault(named.code, named.name)
    country = next((p.code for p in places if p.code), None)
    abbreviations = {
        m.group("short"): m.group("name").removeprefix("The ") for m in _ABBREVIATION.finditer(text)
    }
    # "it" stands for a body as the article names it in full ("The IMD" -> its name).
    bodies = tuple(
        (at, abbreviations.get(name.removeprefix("The ").removeprefix("the "), name))
        for at, name in named_bodies(text, people)
    )
    speakers = Speakers(names, bodies)
    protagonist = _protagonist(lead, title or "", people, text)
    return ArticleScope(
        text=text,
        title=title,
        published=_date(published),
        place=place,
        places=places,
        spellings=tuple(spellings.items()),
        quotes=quotations(text, speakers),
        names=names,
        speakers=speakers,
        fiscal_start=FISCAL_START.get(country or ""),
        protagonist=protagonist,
        capitalised=frozenset(_MID_SENTENCE_CAPITAL.findall(text)),
        surnames=people,
        abbreviations=MappingProxyType(abbreviations),
        full_names=_full_names(text),
        placed=placed,
        filed_in=filed_in,
        companies=_introduced_companies(text, people),
        state_bodies=_state_bodies(text, protagonist),
        mentions=cache(partial(_mentions, text, people, placed)),
        named_people=cache(partial(_named_people, text, names)),
    )


# How far into an article the places it names are read for "the city" and the like to
# point back to: past any news article's length. A long document (a report, a hostile
# megabyte) would cost seconds here and pass the tokenizer's length limit.
MENTIONS_READ = 50_000


def _mentions(
    text: str, surnames: frozenset[str], placed: frozenset[str]
) -> tuple[tuple[int, Place], ...]:
    """``(offset, place)`` of each place ``text`` names, in order (read from the words'
    capitals, as the first paragraph's are), in its first ``MENTIONS_READ`` characters."""
    doc = _tokens(text[:MENTIONS_READ])
    found = places_in_doc(doc, not_places=surnames, placed=placed)
    return tuple((token.idx, place) for token, place in found)


def _named_people(
    text: str, names: tuple[tuple[int, str], ...]
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """``(name, offsets of its surname)`` for each of ``names`` that is a person's, once,
    in order: not a body's, by its words or by "the" before it."""
    after_the = [m.end() for m in _THE.finditer(text)]
    found = []
    for name in dict.fromkeys(name for _, name in names):
        words = name.split()
        if set(words) & BODY_NAMES or any(text.startswith(name, at) for at in after_the):
            continue
        surname = re.finditer(rf"\b{re.escape(words[-1])}\b", text)
        found.append((name, tuple(m.start() for m in surname)))
    return tuple(found)


def named_places(text: str, surnames: frozenset[str], placed: frozenset[str]) -> tuple[Place, ...]:
    """The places a sentence read without a parse names, most named first, as the first
    paragraph's are read (no partner, no seat, no place inside a name)."""
    return _places("", text, surnames, None, placed, frozenset())


def _headlined(
    dateline: re.Match[str] | None, title: str | None, places: tuple[Place, ...], read: str
) -> Place | None:
    """The town a story is filed from when its title names it too and neither the title
    nor the first paragraph (``read``) names another place ("KITZBÜHEL —" under "... as
    Kitzbühel downhill draws 45,000"), the country holding it aside ("Myanmar's Bago
    region"): the story is about it, as the gazetteer has it or
    else as the title writes it. A country ``read`` gives only by a demonym tells whose a
    winner or a crowd is ("Dutch win at Wijk aan Zee"), not another place."""
    if dateline is None or not title:
        return None
    city = dateline.group("city").strip()
    at = title.lower().find(city.lower())
    if at < 0:
        return None
    named = {p.code for _, p in countries_in_text(read)}
    others = [p for p in places if p.name.lower() != city.lower() and not _holder(p, title, at)]
    if any(p.level != 1 or p.code in named for p in others):
        return None
    listed = [p for p in places if p.name.lower() == city.lower()]
    return listed[0] if listed else Place(title[at : at + len(city)], "", 3)


def _route(lead: str) -> Place | None:
    """The route the first paragraph names ("Kosovo's rebuilt Western Line between
    Pristina and Peja"): both its ends, as written, when one is a listed place and the
    other one of the same country or too small for the lists ("Peja"); not two countries
    nor towns of two ("flights between Bogota and Quito")."""
    m = _ROUTE.search(lead)
    if m is None:
        return None
    ends = [gazetteer().get(m.group(end)) or towns().get(m.group(end)) for end in ("one", "two")]
    codes = {p.code for p in ends if p is not None}
    if len(codes) != 1 or any(p is not None and p.level == 1 for p in ends):
        return None
    return Place(f"{m.group('one')} and {m.group('two')}", codes.pop(), 3)


def _holder(place: Place, title: str, at: int) -> bool:
    """Whether the title names the country ``place`` only as the holder of the town it
    names at ``at`` ("Myanmar's Bago region"): no other place the story is about."""
    before = title[:at].rstrip()
    return place.level == 1 and before.endswith((f"{place.name}'s", f"{place.name}’s"))


def _filed_in(dateline: re.Match[str] | None) -> str | None:
    """The ISO code of the country a dateline files the story from: of the place written
    after its town when listed ("KINGSTON, Norfolk Island —" -> NF, not Jamaica's
    capital), else of its town ("MEXICO CITY —" -> MX). The one reading of the dateline:
    what an article's bare money signs mean reads it too (`claims.extraction.figures.local`)."""
    if dateline is None:
        return None
    after = _after_town(dateline)
    return after.code if after is not None else dateline_town(dateline.group("city").strip())


def _after_town(dateline: re.Match[str]) -> Place | None:
    """The country or region written after a dateline's town, when listed ("LAGOS,
    Nigeria —", "AUSTIN, Texas —")."""
    after = gazetteer().get((dateline.group("country") or "").strip())
    return after if after is not None and after.code and after.level <= 2 else None


def _dateline_place(dateline: re.Match[str] | None, filed_in: str | None) -> Place | None:
    """The place a dateline files the story from, as a country or a region of one: the
    place written after its town ("ENGLISH HARBOUR, Antigua —" -> Antigua), else the
    country it was filed in (``filed_in``: "MEXICO CITY —" -> Mexico)."""
    if dateline is None:
        return None
    return _after_town(dateline) or countries().get(filed_in or "")


def _places(
    title: str,
    lead: str,
    surnames: frozenset[str],
    filed: Place | None,
    placed: frozenset[str],
    persons: frozenset[str],
) -> tuple[Place, ...]:
    """The places the title and the first paragraph name, most named first (the title's
    first of two named as often); a country inside a longer name ("the Central Bank of
    Nigeria") counts a quarter, and one named as what holds the next place ("the Italian
    island of Lampedusa") gives that place its code and is not counted itself. A country
    they name that the dateline's place (``filed``) is in counts once more: of "U.S."
    and Mexico in a story filed from Mexico City, or from "ENGLISH HARBOUR, Antigua", the
    story is about that country. A country
    telling a person's nationality ("Austrian Felix Brandner", "Switzerland's Nico
    Arnold": ``persons`` are the last words of the people the article names) is not
    counted; nor one telling whose a competitor or its craft is ("US yacht", "the
    British crew")."""
    weights: dict[Place, float] = {}
    first_seen: dict[Place, int] = {}
    for weight, piece in ((1.0, title), (1.0, lead)):
        if not piece.strip():
            continue
        doc = _tokens(piece)
        whole = {t.i for t, _ in places_in_doc(doc, not_places=surnames, placed=placed)}
        partner = False
        holder: Place | None = None
        found = list(places_in_doc(doc, in_names=True, not_places=surnames, placed=placed))
        for k, (token, named) in enumerate(found):
            if token.i not in whole and named.level != 1:
                continue  # "Falcon Gulf Airways": a region's name in a company's
            partner = _partner(doc, token, after_partner=partner)
            if (
                partner
                or _seat(doc, token)
                or _persons_country(doc, token, persons)
                or _competitors(doc, token)
            ):
                continue
            if named.level == 1 and (
                _holds_next(doc, token) or _owns_next(doc, token, named, found[k + 1 :])
            ):
                holder = named
                continue
            if named.level == 1 and _in_apposition(doc, token, named, found[:k]):
                continue  # "Akkar, in northern Lebanon": the country holding the region
            if holder is not None and not named.code:
                named = replace(named, code=holder.code)
            holder = None
            share = weight if token.i in whole else weight * _IN_NAME
            weights[named] = weights.get(named, 0.0) + share
            first_seen.setdefault(named, len(first_seen))
    for named in weights:
        if named.level == 1 and filed is not None and named.code == filed.code:
            weights[named] += 1.0
    return tuple(sorted(weights, key=lambda p: (-weights[p], first_seen[p])))


def persons(names: tuple[tuple[int, str], ...]) -> frozenset[str]:
    """The last words of the full names of people among ``names`` ("Arnold" of "Nico
    Arnold"): two or three words opening with one no dictionary holds (a given name), none
    a body's word or a place ("Metro Line", "Mzalendo Trust", "Kenya's Independent
    Electoral" are no one's)."""
    places = gazetteer()
    found = set()
    for _, name in names:
        words = name.split()
        if words and (
            demonym(words[0]) or words[0].removesuffix("'s").removesuffix("’s") in places
        ):
            words = words[1:]  # "Austrian Felix Brandner", "Norway's Sindre Moe"
        if not 2 <= len(words) <= 3 or in_dictionary(words[0].lower()):
            continue
        if any(w in BODY_NAMES or w in places or not w.isalpha() for w in words):
            continue
        found.add(words[-1])
    return frozenset(found)


def _persons_country(doc: Doc, token: Token, persons: frozenset[str]) -> bool:
    """Whether the place named at ``token`` opens a person's full name, telling their
    nationality ("Austrian Felix Brandner", "Norway's Sindre Moe")."""
    i = token.i + 1
    if i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1
    end = i
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end - i >= 2 and doc[end - 1].text in persons


def _competitors(doc: Doc, token: Token) -> bool:
    """Whether the place named at ``token`` (a demonym or a country) tells whose a
    competitor or its craft named next is ("US yacht", "the American yacht Wild Horses",
    "the British crew of Sea Spirit", "Kenyan rider")."""
    after = doc[token.i + 1 : token.i + 2]
    return len(after) == 1 and after[0].lower_ in COMPETITOR_NOUNS


def _holds_next(doc: Doc, token: Token) -> bool:
    """Whether the country named at ``token`` holds the place named next: "the Italian
    island of Lampedusa", "the Indian state of Kerala"."""
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    return len(after) == 2 and after[0] in PLACE_NOUNS and after[1] == "of"


def _owns_next(doc: Doc, token: Token, country: Place, after: list[tuple[Token, Place]]) -> bool:
    """Whether the country named at ``token`` is written as the owner of a place of its
    own named right after it ("Lebanon's Akkar", "Peru's Ancash region"); not of a person
    or a company ("Eritrea's Haile", "Finland's Kivela Paper")."""
    if not after or token.i + 2 >= len(doc) or doc[token.i + 1].text not in ("'s", "’s"):
        return False
    end, place = after[0]
    held = doc[token.i + 2 : end.i + 1].text == place.name
    return held and place.level > 1 and place.code in ("", country.code)


def _in_apposition(
    doc: Doc, token: Token, country: Place, before: list[tuple[Token, Place]]
) -> bool:
    """Whether the country named at ``token`` follows a place of its own, set off as
    where that place lies ("Akkar, in northern Lebanon", "Mendoza, in western
    Argentina")."""
    if not before:
        return False
    end, place = before[-1]
    between = [t.lower_ for t in doc[end.i + 1 : token.i]]
    while between[-1:] and (between[-1] in COMPASS or between[-1] == "-"):
        between.pop()  # "north-western": three tokens
    return between == [",", "in"] and place.level > 1 and place.code in ("", country.code)


def _seat(doc: Doc, token: Token) -> bool:
    """Whether the demonym at ``token`` only tells where a body named next is based
    ("Swiss drugmaker Helvara AG", "South Korean shipbuilder Hanbit Heavy Industries"),
    or where a company described by its trade is ("German carmaker", "Chinese battery
    maker"): the body's seat, not what the article is about."""
    pair = doc[token.i : token.i + 2].text
    if demonym(pair) is not None:
        i = token.i + 2  # "South Korean"
    elif demonym(token.text) is not None:
        i = token.i + 1
    else:
        return False
    if i + 1 < len(doc) and doc[i].is_lower and _named_body(doc[i + 1 :].text):
        return True
    for word in doc[i : i + _TRADE_WORDS]:
        if not word.is_lower:
            return False
        if word.lower_ in SELF_NOUNS:
            return True
    return False


def _named_body(text: str) -> bool:
    """Whether ``text`` opens with the name of a body the body words tell ("Helvara AG
    said", "Hanbit Heavy Industries")."""
    body = _BODY.match(text)
    return body is not None and bool(set(body.group().split()) & BODY_NAMES)


def _partner(doc: Doc, token: Token, *, after_partner: bool) -> bool:
    """Whether the place named up to ``token`` is a partner, not what the article is about
    ("exports to China", "the border with Canada", "the Canadian border", and the next of
    "to China and Japan"), read from the words around it (the text is not parsed)."""
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in BORDER_NOUNS:
        return True
    start = token.i
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ == "the"):
        start -= 1
    before = doc[start - 1].lower_ if start > 0 else ""
    return before in PARTNER_PREPS or (after_partner and before in ("and", "or", ","))


def _protagonist(lead: str, title: str, people: frozenset[str], text: str) -> str | None:
    """The body the article is about: the first the first paragraph names, when the
    title names it as an actor too ("CBN cuts rate", "Falcon Gulf Airways posts"), not
    as a source ("..., IOM says") and not only as a reporter of others' figures, or by
    the noun the lead introduces it with ("Diamond miner's sales slump") or by its place
    and lower-case words of its name ("Bhutan's pension fund lifts"), else the one
    name the headline opens with as its subject; a body by its name's words, or by the
    article calling it "the company", "the club"."""
    named = _first_body(lead, people) or _first_body(title, people)
    for body in (named, _title_subject(title, lead, people, text)):
        if body is None:
            continue
        titled = _acts_in_title(body, title) or _titled_by_noun(body, lead, title)
        if not (titled or _titled_by_own_words(body, title)):
            continue
        words = set(body.replace(".", "").split())
        if words & BODY_NAMES or _GOVERNMENT.search(body) or _SELF.search(text):
            return body  # not "Typhoon Isang", "Japan's H3", "NHS England": no company or agency
    return None


def _title_subject(title: str, lead: str, people: frozenset[str], text: str) -> str | None:
    """The one name a headline opens with as the subject of its verb, when the lead names
    it too and it is no place or person, nor a common word that the text only ever
    capitalises to open a sentence and never has speak ("Amazon launches first 27 Kuiper
    satellites" with "Amazon says", "Halden buys 210 bakeries"; not "Inflation eases")."""
    m = _TITLE_SUBJECT.match(title)
    if m is None or m.group("verb") in _SAYS:
        return None
    name = m.group("name")
    if names_place(name) or name in people:
        return None
    speaks = re.search(rf"\b{re.escape(name)}{_SAYS_AFTER.pattern}", text)
    if (
        in_dictionary(name.lower())
        and not speaks
        and name not in _MID_SENTENCE_CAPITAL.findall(text)
    ):
        return None
    if re.search(rf"\b[A-Z][\w’'-]+[^\S\n]+{re.escape(name)}\b", lead):
        return None  # a surname ("runner Ana Kiprop"): a person
    return name if re.search(rf"\b{re.escape(name)}\b", lead) else None


def company_called(article: ArticleScope, noun: str, at: int) -> str | None:
    """The company "the ``noun``" at ``at`` stands for ("the group", "the company"): the
    last ``article`` introduced beside such a noun before it; ``None`` for another noun."""
    if noun.lower() not in SELF_NOUNS:
        return None
    before = [name for offset, name in article.companies if offset < at]
    return before[-1] if before else None


def _titled_by_noun(body: str, lead: str, title: str) -> bool:
    """Whether the title names ``body`` by the common noun the first paragraph introduces
    it with ("Diamond miner's sales slump" of "the main diamond miner, Kgale Diamonds"),
    or by a word of its name before such a noun ("Sarajevo club sells" of "FK Bistrik
    Sarajevo"), not as the one who says ("..., utility says")."""
    for m in _INTRODUCED.finditer(lead):
        _, name = _introduced(m)
        noun = m.group("noun") or m.group("noun2") or m.group("opening").lower()
        if name != body:
            continue
        for word in re.finditer(rf"\b{noun}(?:['’]s)?\b", title, re.IGNORECASE):
            if not _SAYS_AFTER.match(title, word.end()):
                return True
    return any(
        m.group("word") in body.split() and not _SAYS_AFTER.match(title, m.end())
        for m in _NAME_WORD_NOUN.finditer(title)
    )


def _titled_by_own_words(body: str, title: str) -> bool:
    """Whether ``title`` names ``body`` by its place and lower-case words of its name,
    the last a body's noun, as its verb's subject ("Bhutan's pension fund lifts" of
    "National Pension and Provident Fund", "Uzbekistan's central bank cuts" of "Central
    Bank of Uzbekistan")."""
    own = {w.lower() for w in body.split()}
    for m in _PLACE_OWNED_BODY.finditer(title):
        words = m.group("words").split()
        if names_place(m.group("owner")) and words[-1] in BODIES and set(words) <= own:
            return True
    return False


def _acts_in_title(body: str, title: str) -> bool:
    """Whether ``title`` names ``body`` (by its initials, by one of its own words that is
    no place and no common word of bodies' names, or by a short form of one: "Fed") other
    than as the one who says ("..., IOM says"); not by the words of the country owning
    its name ("North Macedonia jails ..." names no "North Macedonia's Basic Criminal
    Court")."""
    places = gazetteer()
    owner, _, own_name = body.replace("’s ", "'s ").partition("'s ")
    # "North Macedonia's Basic Criminal Court": "North" is the country's word, not the court's
    owners = set(owner.split()) if own_name and owner in places else set()
    words = [w for w in body.replace("'s", "").replace("’s", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    own = [
        w
        for w in words
        if w not in places and w not in owners and not demonym(w) and w not in BODY_NAMES
    ]
    rare = {w for w in own if len(w) >= 3 and not in_dictionary(w.lower())}
    forms = {initials} | rare | {f for w in own[:1] for f in (w, w[:3])}
    if body in title:
        return not _SAYS_AFTER.match(title, title.index(body) + len(body))
    title_words = _TITLE_WORD.findall(title)
    for i, word in enumerate(title_words):
        said = i + 1 < len(title_words) and title_words[i + 1].lower() in _SAYS
        if not said and any(word.startswith(f) for f in forms if len(f) >= 2):
            return True
    return False


def _first_body(text: str, people: frozenset[str]) -> str | None:
    """The first body ``text`` names: a name of several capitalised words that is no
    place and no person ("Nigeria Customs Service"), or a government ("Australia's
    federal government")."""
    places = gazetteer()
    for m in _BODY.finditer(text):
        name = _BASED.sub("", m.group().removeprefix("The ").removeprefix("the "))
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in name.split()]
        if m.group("government") is None and (
            " ".join(words) in places  # "Ivory Coast's"
            or _after_role(text, m.start())
            or all(w in places or demonym(w) or w in ("of", "and") for w in words)
            or words[-1] in people
            or any(w in MONTH_NAMES or w in WEEKDAYS for w in words)
        ):
            continue
        return name
    return None


def _after_role(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a person's role ("rider Tesfalem Haile")."""
    before = _LAST_WORD.search(text, 0, at)
    return before is not None and before.group(1) in ROLES | PERSON_NOUNS


def _full_names(text: str) -> Mapping[str, tuple[int, str]]:
    """Each capitalised word's first name of several words that holds it."""
    names: dict[str, tuple[int, str]] = {}
    for run in _NAME_RUN.finditer(text):
        name = run.group().removeprefix("The ")
        for word in name.split():
            names.setdefault(word, (run.start(), name))
    return MappingProxyType(names)


def _introduced_companies(text: str, people: frozenset[str]) -> tuple[tuple[int, str], ...]:
    """``(offset, name)`` of each company ``text`` introduces beside a common noun for it,
    in order; not a place, a person, a month or a weekday written there ("the company,
    Reuters reported" aside)."""
    places = gazetteer()
    found = []
    for m in _INTRODUCED.finditer(text):
        at, name = _introduced(m)
        words = name.split()
        if name in places or words[-1] in people or words[0] in MONTH_NAMES or words[0] in WEEKDAYS:
            continue
        found.append((at, name))
    return tuple(found)


def _state_bodies(text: str, protagonist: str | None) -> frozenset[str]:
    """The names of the bodies ``text`` calls the state's (`_STATE_BODY`), with their
    abbreviations; "the state-owned utility" alone stands for ``protagonist``."""
    found = set()
    for m in _STATE_BODY.finditer(text):
        name = m.group("after") or m.group("named") or m.group("before")
        if name is None:
            name = protagonist
        if name is None or name.split()[0] in MONTH_NAMES or name.split()[0] in WEEKDAYS:
            continue  # "said on Monday, the state utility ...": no name
        found |= {name.removeprefix("The "), m.group("short") or name}
    return frozenset(found)


def _introduced(m: re.Match[str]) -> tuple[int, str]:
    """Where the company an `_INTRODUCED` match names starts, and its name."""
    group = "after" if m.group("after") else "before"
    return m.start(group), m.group(group).removeprefix("The ")


def _date(published: date | str | None) -> date | None:
    """The publication date of an ISO date or datetime string; ``None`` if unreadable."""
    if published is None or isinstance(published, date):
        return published.date() if isinstance(published, datetime) else published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _tokens(text: str) -> Doc:
    """``text`` tokenised only: the title's and first paragraph's places are read from
    their words' capitals (`claims.extraction.scope.places.proper`); tagging them would
    cost a sixth of an article's extraction."""
    return nlp().make_doc(text)
