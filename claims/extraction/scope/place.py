"""The place or jurisdiction a figure is about.

A national figure set beside a city's is the article's country's ("against a national
average of €1,910"). From the sentence when it names one (the owner of the whole a share
is of, else the place the parse ties closest to the figure, the more specific of two
tied; not a partner, a nationality, a border's neighbour, a currency's country, the
country holding a place named with it, a foreign country giving to the article's ("Australia
sent a team of eight") or buying from it ("Germany alone took 21%"), nor where the figure
was told), else the place of
the works the article is about when the sentence points back to it ("the mill"), else the
place the article is about (its title and first paragraph), else, in a story naming no
place, the country of its dateline's town for a figure of no owner, else ``None``. "The city",
"the province", "the capital" point back to the last such place the article names; in a
story about a region, the national government's figure is the country's. A company's, a
team's or an object's own figure takes no place from the article (a company-wide profit,
a rocket's payload, "it expects its sales to fall 9%" after "The chain"): only a figure
with no owner, a public body's, a person's, a party's vote or a named fire's or storm's
does, and a season's tally in a league, a team's or a player's, is the league's
country. A demonym names its place ("Kenyan herders" -> Kenya), written as the article
writes that country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claims.extraction.context.tokens import in_dateline
from claims.extraction.scope.article import named_places
from claims.extraction.scope.article import persons as persons_named
from claims.extraction.scope.evidence import Place, Reading
from claims.extraction.scope.places import (
    capital_cities,
    capitals,
    city_names,
    countries,
    currency_countries,
    demonym,
    gazetteer,
    names_place,
    places_in_doc,
    towns,
    uses_currency,
)
from claims.extraction.scope.syntax import (
    chain,
    distance,
    kids,
    per_sentence,
    sentence_before,
    sentence_text,
    verbs_above,
)
from claims.extraction.scope.vocabulary import (
    BODY_ACCOUNTS,
    BODY_NAMES,
    BORDER_NOUNS,
    COMPANY_RESULT_PHRASES,
    COMPANY_RESULTS,
    COMPASS,
    COPULAS,
    DEPARTING,
    ELECTORAL,
    FIXED_THINGS,
    FLEET_NOUNS,
    GIVING,
    GOVERNMENT_VERBS,
    HAZARDS,
    INTERNATIONAL_BODIES,
    LEAGUE_WORDS,
    LOCAL_WORDS,
    MARKET_NOUNS,
    NATIONAL,
    NATIONAL_BODIES,
    NOT_COMPANY_RESULTS,
    NOT_PLACES,
    OFFENDERS,
    PARTNER_PREPS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POINTED_KINDS,
    POINTED_TOWNS,
    PUBLIC_BODIES,
    SELF_NOUNS,
    SERVICE_WORDS,
    SPEAKING,
    SPORT_TALLIES,
    STANDARD_PREPS,
    TAKING,
    TRANSIT_PREPS,
    WORKS_NOUNS,
    WORKS_PARTS,
    WORKS_POINTERS,
    WORLD_PRICES,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.currencies import currency_words
from claims.extraction.vocabulary.plurals import singular
from claims.extraction.vocabulary.verbs import REPORTING
from claims.model import base_unit

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claims.extraction.scope.evidence import ArticleScope


@dataclass(frozen=True)
class PlaceEvidence:
    """A figure's reading and whose figure it is (`claims.extraction.scope.entity`)."""

    reading: Reading
    entity: str | None


PlaceRule = Rule[PlaceEvidence, str | None]
# Clauses a place may sit in apart from the figure, and the steps that costs it.
_CLAUSES = frozenset(["advcl", "relcl", "acl", "ccomp", "conj", "parataxis"])
_CLAUSE_STEPS = 3
# What a superlative's noun is when the ranking is said of a thing ("is the largest plant
# in Europe", "make it the largest", "X, the largest ..."), not a ranked subject.
_RANKINGS = frozenset(["attr", "oprd", "ccomp", "xcomp", "appos"])
# Relative pronouns ("that", "which", "who") as a relative clause's subject.
_WH_TAGS = frozenset(["WDT", "WP", "WP$"])
# Words making a company the state's ("the state railway company").
_STATE_OWNED = frozenset(["state", "national", "public", "state-owned", "government"])
# Pronouns that stand for a body ("it expects its sales to fall"), and for a person.
_BODY_PRONOUNS = frozenset(["it", "its"])
_PERSON_PRONOUNS = frozenset(["he", "she", "his", "her", "him"])
# The largest number read as a person's age beside a name.
_OLDEST = 120
# A word of the text, to find a surname standing alone; the text before a word that
# opens a sentence, and the characters read before a surname for its given name.
_WORD = re.compile(r"\w+")
_OPENS = re.compile(r"""(?:\A|[.!?][\"”’)]?|\n)\s*\Z""")
_BEFORE_NAME = 40
# Words of telling, read without a parse: a sentence with one may name where it was told.
_TOLD = re.compile(
    r"""\b(?:said|says|told|tells|speaking|addressing|briefing|visiting)\b""",
    re.VERBOSE,
)

# A works the title or first paragraph names with its place: "Kemi mill", "Debrecen
# gigafactory", "its newsprint mill in Kemi", "a plant near Zwickau", or by its own name
# ("the Mufulira West copper mine").
_WORKS = "|".join(sorted(WORKS_NOUNS))
_WORKS_PLACE = re.compile(
    rf"""(?P<the>\bthe\s+)?
      (?P<before>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})       # "Kemi", "Mufulira West"
      \s+(?:[a-z-]+\s+)?(?:{_WORKS})\b                          # "(newsprint) mill"
    | \b(?:{_WORKS})\s+(?:in|at|near)\s+(?:[a-z-]+\s+)?         # "mill in (northern)
      (?P<after>[A-Z][\w’'-]+)                                    #   Kemi"
    """,
    re.VERBOSE,
)
# Characters of the article's first paragraph read for its works.
_LEAD_CHARS = 600


def _written(place: Place, r: Reading) -> str:
    """The place's name as the article writes it (a demonym's country in the article's
    own spelling: "US" or "United States")."""
    spelled = dict(r.article.spellings)
    if place.level == 1 and place.code in spelled and place.name not in r.article.text:
        return spelled[place.code]
    return place.name


def _in_sentence(e: PlaceEvidence) -> str | None | NotApplicable:
    """The place of the sentence the parse ties closest to the figure."""
    r = e.reading
    found = named = _places(r)
    if r.root is not None and (whole := _partitive_whole(r.root)) is not None:
        found = [(t, p) for t, p in found if t.i in whole]
    persons = persons_named(r.article.names)
    found = [(t, p) for t, p in found if not _partner(t) and not _nationality(t, persons)]
    article = r.article.place
    if article is not None and article.code:
        found = [(t, p) for t, p in found if p.code == article.code or not (_giver(t) or _buyer(t))]
    found = [(t, p) for t, p in found if not _landmark(t)]
    if r.root is not None:
        found = [(t, p) for t, p in found if not _money_of(t, r.root)]
    found = [(t, _governed(t, p)) for t, p in found if not _in_company_name(t)]
    found = [(t, p) for t, p in found if not _holds_another(t, {t.i for t, _ in found})]
    root = r.root
    if root is not None:
        found += _pointed_back(root, r)
        found = [(t, p) for t, p in found if not _where_told(t, root) and not _aside(t, root)]
        found = [(t, p) for t, p in found if not _in_clause_of_its_own(t, root)]
        found += _the_country(root, r)
    if root is not None and (where := _where_clause_on(root, named)) is not None:
        return _written(where, r)  # even a destination: "moved to Da Nang, where ..."
    if not found:
        return NOT_APPLICABLE
    if root is None:
        return _written(found[0][1], r)
    owner = next((p for t, p in found if _share_owner(t, root)), None)
    if owner is not None and all(p.level <= 1 for _, p in found):
        return _written(owner, r)  # a foreign buyer's; not a region holding it: "Mendoza"
    best = min(
        found,
        key=lambda pair: (
            distance(root, pair[0]) + _CLAUSE_STEPS * _other_clause(pair[0], root),
            -pair[1].level,
            abs(pair[0].i - root.i),
        ),
    )
    return _written(best[1], r)


def _national(e: PlaceEvidence) -> str | None | NotApplicable:
    """A national figure set beside a city's ("In Dublin, rents rose ..., against a
    national average of €1,910"): the article's country, when the sentence names no
    country of its own."""
    r = e.reading
    country = r.article.place
    if r.root is None or country is None or country.level != 1:
        return NOT_APPLICABLE
    for t in chain(r.root):
        if t.pos_ in ("VERB", "AUX"):
            break  # only the figure's own noun phrase: "the national carrier flew" is not
        if any(c.dep_ == "amod" and c.lower_ in NATIONAL for c in kids(t)):
            if any(p.level == 1 for _, p in _places(r)):
                return NOT_APPLICABLE  # "Kenya's national average": named, read there
            return _written(country, r)
    return NOT_APPLICABLE


def _share_owner(place: Token, root: Token) -> bool:
    """Whether ``place`` owns the whole the figure is a share of ("China bought 58% of
    Zimbabwe's tobacco exports": Zimbabwe's figure, not the buyer's)."""
    whole = place.head
    of = whole.head
    return place.dep_ == "poss" and of.lower_ == "of" and of.dep_ == "prep" and of.head.i == root.i


def _world_price(e: PlaceEvidence) -> str | None | NotApplicable:
    """A world benchmark's price, in a sentence naming no place its figure is bound to
    ("Brent crude traded at $71.30", "The spot price rose to $80"): no place's; a budget
    assuming a Brent price is its country's."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    for t in chain(root):
        for c in kids(t):
            named = [c, *(w for w in kids(c) if w.dep_ in ("compound", "amod"))]
            if c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ in WORLD_PRICES for w in named):
                return None
    return NOT_APPLICABLE


def _currency_rate(e: PlaceEvidence) -> str | None | NotApplicable:
    """A currency's own rate or move, in a sentence naming no place ("The koruna traded at
    24.6 to the euro", "A weaker koruna ...: a fall to 26"): the country whose currency it
    is, when only one uses it (not the dollar or the euro)."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    words = currency_words()
    for t in chain(root):
        for c in kids(t):
            code = words.get(c.lower_, ("", 1.0))[0] if c.dep_ in ("nsubj", "nsubjpass") else ""
            if (country := currency_countries().get(code)) is not None:
                return _written(country, e.reading)
    return NOT_APPLICABLE


def _partitive_whole(root: Token) -> set[int] | None:
    """The words of the whole a sentence opens with when the figure is that whole ("Of the
    47 dead, 19 were in Piura": 47's place is only one its own phrase names)."""
    for t in chain(root):
        if t.dep_ == "prep" and t.lower_ == "of" and t.i == t.sent.start:
            return {w.i for w in t.subtree}
    return None


def _places(r: Reading) -> list[tuple[Token, Place]]:
    """The places the figure's sentence names, not its dateline's, read once per sentence."""
    surnames = r.article.surnames
    placed = r.article.placed
    return per_sentence(
        r.figure.doc,
        "claims.scope.places",
        lambda doc: [
            (t, p)
            for t, p in places_in_doc(
                doc, sites=True, not_places=surnames | NOT_PLACES, placed=placed
            )
            if not in_dateline(t)  # where the story was filed: "PORT OF SPAIN —"
        ],
    )


def _where_clause_on(root: Token, found: list[tuple[Token, Place]]) -> Place | None:
    """The place a "where" clause holding the figure hangs on ("the city of Kharkiv, where
    seven people were killed")."""
    places = {t.i: p for t, p in found}
    for t in chain(root):
        if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children):
            return places.get(t.head.i)
    return None


def _partner(token: Token) -> bool:
    """A place a figure goes to, comes from or passes through, not the one it is about:
    "exports to the United States", "migrants from Libya", "firefighters from the US and
    Australia", "fled toward the Canadian border", "a line through Thailand"."""
    if token.dep_ == "amod" and token.head.lemma_.lower() in BORDER_NOUNS:
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if _market(token):
        return True
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
        token = token.head  # "per US dollar", "to Chinese lenders"; not "the Philippine Authority"
    head = token.head
    if head.dep_ == "prep" and head.lower_ == "for" and head.head.lemma_.lower() in DEPARTING:
        return True  # "leave Sihanoukville for Singapore"
    if head.lower_ == "to" and head.head.lower_ == "according":
        return False  # "according to the Giresun commodity exchange": a source, no partner
    if head.lower_ in TRANSIT_PREPS and head.head.pos_ == "NOUN":
        return True  # "a line through Thailand", "cargo via Djibouti"; not "swept through"
    return head.dep_ in ("prep", "dative") and head.lower_ in PARTNER_PREPS  # "owes $3bn to"


def _giver(token: Token) -> bool:
    """A place, or its government, that gives, sends or lends ("Australia sent a team of
    eight", "The British government pledged £4 million", "planes sent by Greece and
    Italy"): in a story about another country it acts on that country, whose figure it
    is; not a class of people a demonym places ("Kenyan farmers sent 40% of their tea"),
    nor a government's pledge at home ("Ottawa has pledged C$2 billion for housing")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("amod", "compound", "poss") and token.head.lemma_.lower() in NATIONAL_BODIES:
        token = token.head  # "the British government", "Japan's government"
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head  # "planes sent by Greece"
    elif token.dep_ != "nsubj":
        return False
    return verb.lemma_.lower() in GIVING


def _buyer(token: Token) -> bool:
    """A place that takes, buys or imports ("Germany alone took 21% of the volume", "The
    Philippines took 4.1 million tonnes"): in a story about another country, the buyer
    of that country's goods, whose figure they are."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in TAKING


def _market(token: Token) -> bool:
    """A place named as where a seller sells ("Russia remained the largest market",
    "Thailand, the biggest buyer, took 29 TWh"): the figure is the seller's."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in MARKET_NOUNS for c in kids(token)):
        return True
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() in COPULAS
        and any(c.dep_ == "attr" and c.lemma_.lower() in MARKET_NOUNS for c in kids(verb))
    )


def _landmark(token: Token) -> bool:
    """A place a site is placed from ("the field, 100 km south of Dakar"), not where it is;
    "the south of Kenya" is Kenya's."""
    of = token.head
    if of.dep_ != "prep" or of.lower_ != "of" or of.head.lower_ not in COMPASS:
        return False
    return not any(c.dep_ == "det" for c in kids(of.head))


def _money_of(token: Token, root: Token) -> bool:
    """A place naming the currency the figure is counted in ("14 US cents", "60
    Australian cents") or paid or held in ("70% in US dollars"), not where the figure is;
    a currency's own move is its country's ("The Kenyan shilling fell 2%")."""
    unit = root.head if root.dep_ == "nummod" else root  # "14" of "14 US cents"
    if token.dep_ not in ("compound", "amod") or token.head.lower_ not in currency_words():
        return False
    # The figure's own unit, or a currency it is paid or held in ("70% in US dollars"),
    # not one that moves itself ("The Kenyan shilling fell 2%").
    return token.head.i == unit.i or token.head.dep_ not in ("nsubj", "nsubjpass")


def _holds_another(place: Token, named: set[int]) -> bool:
    """Whether ``place`` only holds a more specific place named after it: "the Italian
    island of Lampedusa" is Lampedusa's; "The capital, Kampala," names itself."""
    noun = place.head
    if noun.i == place.i or noun.lower_ not in PLACE_NOUNS:
        return False
    return any(t.i in named for t in noun.subtree if t.i > max(noun.i, place.i))


def _where_told(place: Token, root: Token) -> bool:
    """Whether ``place`` is where the figure was told, or where its teller works, not the
    figure's: "told reporters in Abuja", "said an analyst at Meridian in Lagos"."""
    told = next(iter(verbs_above(place)), None)
    if told is not None and told.dep_ == "advcl" and told.lemma_.lower() in SPEAKING:
        return True  # "Speaking in Machakos, she said ..."
    if told is None or told.lemma_ not in REPORTING:
        return False
    path = chain(root)
    below = next((t for t, up in zip(path, path[1:], strict=False) if up.i == told.i), None)
    return below is not None and below.dep_ in ("ccomp", "parataxis")


def _aside(place: Token, root: Token) -> bool:
    """Whether ``place`` is only in the field a superlative ranks the figure in ("among
    the highest in Asia"), in a standard the figure is set against ("above the EU's
    limit", "against 8 cents in Vietnam"), or in a circumstance told beside the figure's
    clause ("fell 6% as buyers switched to growers in Ecuador", "after Zambia defaulted",
    "with Italy taking 60%"), not where the figure is."""
    if place.head.dep_ == "prep" and place.head.head.tag_ in ("JJS", "RBS"):
        return True
    ranked = place.head.head
    if place.head.dep_ == "prep" and _superlative(ranked) and ranked.dep_ in _RANKINGS:
        return True  # "which would make the site the largest battery factory in Europe"
    if place.dep_ == "poss" and _superlative(place.head) and place.head.dep_ == "appos":
        return True  # "Harbour Breweries, Nigeria's largest brewer, reported ..."
    if place.head.dep_ == "prep" and _superlative(ranked) and ranked.head.lower_ in ("among", "of"):
        return True  # "among the highest prices in Latin America"
    above_root = {t.i for t in chain(root)}
    clause = False  # "against the 2,500 NTU the Daboase plant was built for": no standard's
    for t in chain(place):
        if t.i in above_root:
            return False
        if t.dep_ == "prep" and t.lower_ in STANDARD_PREPS and not clause:
            return True  # "well above the EU's 3% limit", "against 8 cents in Vietnam"
        clause = clause or t.pos_ in ("VERB", "AUX")
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in kids(t)):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ == "with" and t.pos_ == "VERB":
            return True  # "..., with Italy taking about 60%"
    return False


def _superlative(noun: Token) -> bool:
    """Whether ``noun`` is ranked by a superlative ("the highest prices", "largest brewer")."""
    return any(c.tag_ in ("JJS", "RBS") and c.dep_ == "amod" for c in kids(noun))


def _in_clause_of_its_own(place: Token, root: Token) -> bool:
    """Whether ``place`` is in a relative clause about another subject that the figure is
    not in ("a heatwave in which temperatures in Montevideo passed 38C", "a crop that
    farmers in Mato Grosso harvested"), not one saying which ones ("stores that opened in
    Texas")."""
    above_root = {t.i for t in chain(root)}
    for t in chain(place):
        if t.i in above_root:
            return False
        if t.dep_ in ("relcl", "acl"):  # the parser reads some as "acl"
            return any(c.dep_ == "nsubj" and c.tag_ not in _WH_TAGS for c in kids(t))
    return False


def _the_country(root: Token, r: Reading) -> list[tuple[Token, Place]]:
    """ "the country's 47 prefectures": the article's country, where the sentence says;
    in a story about a town or a region, the country holding it that the article names
    ("The country was already in crisis" in a story about Myanmar's Bago region)."""
    country = r.article.place
    if country is not None and country.level != 1:
        held = country.code
        country = next((p for p in r.article.places if p.level == 1 and p.code == held), None)
        spelled = dict(r.article.spellings)
        if country is None and held in spelled:  # named only as the region's holder
            country = Place(spelled[held], held, 1)
    if country is None or not country.code:
        return []
    return [
        (t, country)
        for t in root.sent
        if t.lemma_.lower() in ("country", "nation") and any(c.lower_ == "the" for c in t.children)
    ]


def _pointed_back(root: Token, r: Reading) -> list[tuple[Token, Place]]:
    """ "the city's markets", "in the province", "the town of 62,000": the last place of
    that kind the article names before (a city, town or village: a city, by any other
    name it has too; a province, region or district: a subdivision; either: a place named
    with that noun), "the island" the place the article is about, and "the capital" the
    capital of the article's country. Not a kind the sentence names itself ("the town of
    Tawila"), nor "the country" (`_the_country`); one in an aside ("Formosa Baby, the
    island's largest maker of infant formula, said") is dropped as a place there is."""
    found = []
    for t in root.sent:
        kind = t.lemma_.lower()
        if kind not in POINTED_KINDS or t.tag_ != "NN" or t.dep_ == "compound":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        named = [o for c in t.children for o in (c, *c.children) if c.dep_ != "det"]
        if any(o.pos_ == "PROPN" for o in named):
            continue  # "the town of Tawila", "the Piura region": named here
        place = _last_of_kind(kind, r.figure.offset + t.idx, r)
        if place is not None:
            found.append((t, place))
    return found


def _last_of_kind(kind: str, at: int, r: Reading) -> Place | None:
    """The place of ``kind`` a pointer at ``at`` stands for (`_pointed_back`)."""
    article = r.article.place
    if kind == "capital":
        return capital_cities().get(article.code) if article is not None else None
    if kind == "island":
        return article  # "Cuba", "Taiwan", "Lampedusa": the island the story is about
    for offset, place in reversed(r.article.mentions()):
        named = kind in place.name.lower().split()  # "the Bago region", "Chingaza area"
        if offset >= at or (place.level > 3 and not named):
            continue
        town = place.level == 3 or (place.name, place.code) in city_names()
        if kind in POINTED_TOWNS and (town or named):
            return replace(place, level=3)
        if kind not in POINTED_TOWNS and (place.level == 2 or named):
            return place
    return None


def _governed(token: Token, place: Place) -> Place:
    """A capital standing for its government is its country ("Berlin wants 6 million heat
    pumps"); any other place is itself ("Tokyo recorded 39C")."""
    country = capitals().get(token.text)
    wills = token.dep_ == "nsubj" and token.head.lemma_.lower() in GOVERNMENT_VERBS
    return country if country is not None and country.code == place.code and wills else place


def _in_company_name(token: Token) -> bool:
    """A demonym opening a company's name ("Saudi Aramco", "Italian Eni"): not where the
    company's figures are; a public body's ("the Nigerian Customs Service") is."""
    head = token.head
    return (
        token.dep_ in ("amod", "compound")
        and demonym(token.text) is not None
        and head.pos_ == "PROPN"
        and head.text not in gazetteer()
        and head.lower_ not in PUBLIC_BODIES
    )


def _nationality(token: Token, persons: frozenset[str]) -> bool:
    """A demonym or a country telling a person's nationality ("their Danish striker",
    "Switzerland's Nico Arnold": ``persons`` are the last words of the article's people);
    not the owner of a class of people ("Ethiopia's runners")."""
    head = token.head
    if token.dep_ == "amod" and head.lemma_.lower() in PERSON_NOUNS:
        return True
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(head))
    return token.dep_ in ("poss", "amod", "compound") and head.text in persons and named


def _other_clause(place: Token, root: Token) -> bool:
    """Whether ``place`` lies in a clause of its own that the figure is not in ("as a
    surge in Ontario offset a slump", "which Tokyo hosts")."""
    above_root = {t.i for t in chain(root)}
    for t in chain(place):
        if t.i in above_root:
            return False
        if t.dep_ in _CLAUSES and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _persons_age(e: PlaceEvidence) -> str | None | NotApplicable:
    """A person's own age ("Rosa Quispe, 44,", "a 67-year-old fisherman") is no place's
    figure; an age bounding a group ("children under five") is."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    if root.lower_ == "old" and root.dep_ == "amod" and root.head.tag_ != "NNS":
        return None
    fig = e.reading.figure
    number = sentence_text(fig.doc)[fig.start : fig.end]
    if not (number.isdigit() and int(number) <= _OLDEST):
        return NOT_APPLICABLE  # "S/ 31, about $9": a sum beside a sum
    beside_name = root.dep_ == "appos" and root.head.text[:1].isupper()  # "Haile, 24,"
    return None if beside_name else NOT_APPLICABLE


def _works(e: PlaceEvidence) -> str | None | NotApplicable:
    """A figure of the works the article is about ("The mill can make 450,000 tonnes",
    "Workers at the plant earn €3,900"): the works' place as the title or the first
    paragraph names it ("Kemi mill"), the most specific named."""
    root = e.reading.root
    if root is None or not any(_pointed_works(t) for t in root.sent):
        return NOT_APPLICABLE
    found = _works_places(e.reading.article)
    if not found:
        return NOT_APPLICABLE
    return _written(max(found, key=lambda p: p.level), e.reading)


def _pointed_works(token: Token) -> bool:
    """Whether ``token`` is a works, or a part of one, pointed back to ("the mill", "its
    plant", "the first line")."""
    works = token.lower_ in WORKS_NOUNS | WORKS_PARTS
    return works and any(c.lower_ in WORKS_POINTERS for c in kids(token))


def _works_places(article: ArticleScope) -> list[Place]:
    """The places the title and the first paragraph name a works by, or its own name
    after "the" when it is no listed place and no body's ("the Mufulira West mine")."""
    lead = article.text.lstrip().split("\n\n", 1)[0][:_LEAD_CHARS]
    listed, small = gazetteer(), towns()
    found = []
    for m in _WORKS_PLACE.finditer(f"{article.title or ''}\n{lead}"):
        name = m.group("before") or m.group("after")
        if (place := listed.get(name) or small.get(name)) is not None:
            found.append(place)
        elif m.group("the") and not any(w in BODY_NAMES or demonym(w) for w in name.split()):
            found.append(Place(name, "", 4))  # "the Mufulira West copper mine": its own name
    return found


def _league(e: PlaceEvidence) -> str | None | NotApplicable:
    """A season's tally in a league, a team's or a player's, in a sentence naming no
    place ("Of their 34 league games, Isar won 25", "scored 19 goals in the league this
    season"): the league's country, that of the place the article is about; not a
    percentage point ("cut by 25 basis points this season")."""
    r = e.reading
    article = r.article.place
    if r.root is None:
        return NOT_APPLICABLE
    words = {t.lemma_.lower() for t in r.root.sent}
    tallies = {
        t.lemma_.lower()
        for t in r.root.sent
        if not any(c.lower_ in ("percentage", "basis") for c in kids(t))
    }
    if not words & LEAGUE_WORDS or not tallies & SPORT_TALLIES:
        return NOT_APPLICABLE
    # the country of the place the story is about, as listed ("Sarajevo"), else of the
    # town it is filed from, known only by its dateline ("MUNICH —"); a town no list
    # holds ("PLANICA, Slovenia —") is the venue of its figures, no league's country
    if article is None:
        code = r.article.filed_in
    else:
        listed = gazetteer().get(article.name)
        code = article.code or (listed.code if listed is not None else "")
    country = countries().get(code or "")
    return _written(country, r) if country is not None else NOT_APPLICABLE


def _owned_elsewhere(e: PlaceEvidence) -> str | None | NotApplicable:
    """A company's, team's or object's own figure: no place from the article (a named
    fire's or storm's figure is the place's, and so is a fixed work's: "the railway", a
    state body's: "state utility EDG", and a party's vote or seats: "The Social Bloc won
    96 of the 230 seats")."""
    entity = e.entity
    if entity is None or _public(entity) or _person(entity, e.reading):
        return NOT_APPLICABLE
    if _state_body(entity, e.reading.article):
        # "EDG says it has 612,000 customers": the state's utility acts in its country;
        # its own accounts are no place's ("Trainkos lost €4.2 million")
        return None if _own_accounts(e.reading) else NOT_APPLICABLE
    if _offenders(entity):
        return NOT_APPLICABLE  # "the attackers demanded $1.4 million": people acting here
    if names_place(entity):
        return NOT_APPLICABLE  # "New Zealand pledged NZ$1 million": a place acting on another
    if e.reading.root is not None and any(
        t.lemma_.lower() in ELECTORAL for t in e.reading.root.sent
    ):
        return NOT_APPLICABLE
    if _common_noun(entity, e.reading) or entity.split()[-1].lower() in FIXED_THINGS:
        return NOT_APPLICABLE
    return NOT_APPLICABLE if _hazard(entity, e.reading) else None


def _state_body(entity: str, article: ArticleScope) -> bool:
    """Whether ``entity`` is a body the article calls the state's ("state utility EDG"),
    by its name, its abbreviation or the first words of its name ("Marshalls Energy")."""
    name = entity.removeprefix("the ").removeprefix("The ")
    return any(name == body or body.startswith(f"{name} ") for body in article.state_bodies)


def _own_accounts(r: Reading) -> bool:
    """Whether the figure is of a body's own accounts: its loss, revenue, staff, costs or
    fleet ("Trainkos lost €4.2 million", "Fuel made up 71% of its costs", "three Stadler
    trains")."""
    if r.root is None:
        return False
    counted = r.root.head if r.root.dep_ == "nummod" else r.root  # "ships" of "two ships"
    if counted.lemma_.lower() in FLEET_NOUNS:
        return not any(c.lower_ in SERVICE_WORDS for c in kids(counted))
    return any(t.lemma_.lower() in BODY_ACCOUNTS for t in _clause_words(r.root))


def _offenders(entity: str) -> bool:
    """A group of offenders written by its common noun ("The attackers", "the gang"),
    people acting where the story is, no body seated elsewhere."""
    words = entity.split()
    return len(words) > 1 and words[-1].islower() and singular(words[-1]) in OFFENDERS


def _common_noun(entity: str, r: Reading) -> bool:
    """A bare common noun, in lower case or capitalised only where it opens a sentence
    ("Hydropower", "Remittances", "Employers"): what is measured or a class of people, no
    body ("Meridian", "JAXA" are names)."""
    if len(entity.split()) != 1:
        return False
    return entity.islower() or (entity.istitle() and entity not in r.article.capitalised)


def _company_result(e: PlaceEvidence) -> str | None | NotApplicable:
    """A company-wide result in a sentence naming no place ("Net profit rose to N12
    billion", "Earnings per share were 95 kobo"): no place; a tax revenue or a wage is
    the place's."""
    r = e.reading
    if r.root is None:
        return NOT_APPLICABLE
    if any(phrase in r.root.sent.text.lower() for phrase in COMPANY_RESULT_PHRASES):
        return None
    for t in _clause_words(r.root):
        if t.lower_ not in COMPANY_RESULTS:
            continue
        words = {c.lower_ for c in t.subtree} | {t.head.lower_}
        if not words & NOT_COMPANY_RESULTS:
            return None
    return NOT_APPLICABLE


def _company_pronoun(e: PlaceEvidence) -> str | None | NotApplicable:
    """A figure a pronoun gives to a company named before it in the sentence ("The chain
    closed 30 stores, and it expects its sales to fall 9%"): the company's, no place's;
    a public body's ("The ministry ..., and it expects its spending to rise") is not."""
    r = e.reading
    if r.root is None:
        return NOT_APPLICABLE
    words = _clause_words(r.root)
    owners = [c for t in words for c in kids(t) if c.dep_ == "poss"]
    pronoun = next((t for t in words + owners if t.lower_ in _BODY_PRONOUNS), None)
    if pronoun is None:
        return NOT_APPLICABLE
    subjects = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
    ]
    noun = subjects[-1].lemma_.lower() if subjects else ""
    if noun not in SELF_NOUNS or noun in FIXED_THINGS | PUBLIC_BODIES:
        return NOT_APPLICABLE  # "The utility said it needs 900 million cedis": a public works'
    if any(w.lower_ in _STATE_OWNED for w in subjects[-1].subtree):
        return NOT_APPLICABLE  # "the state railway company says it can handle": the country's
    named = "".join(w.text_with_ws for w in subjects[-1].subtree).strip()
    if _state_body(named, r.article) and not _own_accounts(r):
        return NOT_APPLICABLE  # "Marshalls Energy Company will raise its tariff", the state's
    return None


def _clause_words(root: Token) -> list[Token]:
    """The words above the figure, their subjects and objects, and the objects of their
    prepositions ("a 20% rise in profit"); not a clause told beside it ("..., squeezing
    exporters' profits")."""
    out = []
    for t in chain(root):
        out.append(t)
        for c in kids(t):
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                out.append(c)
            elif c.dep_ == "prep":
                out += [o for o in kids(c) if o.dep_ == "pobj"]
    return out


def _hazard(entity: str, r: Reading) -> bool:
    """Whether ``entity`` names a fire or a storm ("Typhoon Isang", "Cedar Ridge" of "the
    Cedar Ridge fire")."""
    text = sentence_text(r.figure.doc)
    at = text.find(entity)
    after = text[at + len(entity) :].split()[:1] if at >= 0 else []
    return any(w.lower() in HAZARDS for w in entity.split() + after)


def _public(entity: str) -> bool:
    """A public body ("the health ministry", "Nigeria Customs Service"), one named "of"
    its place ("the Bank of England"), or an international lender, whose loans are the
    borrower's ("the IMF"); not "Kenya Airways"."""
    if entity.removeprefix("the ").removeprefix("The ") in INTERNATIONAL_BODIES:
        return True
    words = entity.replace("'s", "").split()
    if any(w.lower() in PUBLIC_BODIES or w.lower()[:-1] in PUBLIC_BODIES for w in words):
        return True  # "the courts" too
    places = gazetteer()
    return any(a == "of" and b in places for a, b in zip(words, words[1:], strict=False))


def _person(entity: str, r: Reading) -> bool:
    """A person the article names, by a role ("Duarte" of "President Helena Duarte") or
    by a full name it also writes as the surname alone inside a sentence, as news writes
    people ("Žan Kos won ... the jump, Kos said"), not companies ("Kgale Diamonds" is
    only "Diamonds" opening a sentence about diamonds)."""
    last = entity.split()[-1]
    if last in r.article.surnames:
        return True
    if last not in persons_named(r.article.names):
        return False
    text = r.article.text
    given = [name.removesuffix(last) for _, name in r.article.names if name.endswith(last)]
    for m in _WORD.finditer(text):
        before = text[max(0, m.start() - _BEFORE_NAME) : m.start()]
        if m.group() != last or any(before.endswith(g) for g in given):
            continue  # another word, or the full name
        if not _OPENS.search(before):
            return True
    return False


def _sentence_before(e: PlaceEvidence) -> str | None | NotApplicable:
    """A sentence naming no place, right after a sentence of the same paragraph naming one
    place within the article's country: that place ("Hotel occupancy in Phuket averaged
    78% ... Rooms that sold for 6,000 baht a night")."""
    r = e.reading
    if _places(r):
        return NOT_APPLICABLE  # the sentence names a place, though not the figure's
    named = per_sentence(r.figure.doc, "claims.scope.places_before", lambda _: _before(r))
    if len(named) != 1:
        return NOT_APPLICABLE
    country = r.article.place
    inside = country is None or (named[0].code == country.code and named[0].level > country.level)
    return _written(named[0], r) if inside else NOT_APPLICABLE


def _before(r: Reading) -> tuple[Place, ...]:
    """The places the sentence before the figure's names, read once per sentence; none
    when it tells something, whose place may be where it was told ("told reporters in")."""
    before = sentence_before(r.article.text, r.figure.sentence_start)
    if not before or _TOLD.search(before):
        return ()
    return named_places(before, r.article.surnames, r.article.placed)


def _money_of_a_country(e: PlaceEvidence) -> str | None | NotApplicable:
    """A sum in the money of one country other than the article's country, in a sentence
    naming no place ("132.6p a litre" in an oil story whose lead names "US tariffs"): that
    country, when that money is one country's (not the dollar or the euro) and the
    article's country does not pay in it too (the Swiss franc in Liechtenstein)."""
    r = e.reading
    unit = r.figure.unit
    if unit is None or _places(r):
        return NOT_APPLICABLE
    money = base_unit(unit)
    country = currency_countries().get(money)
    article = r.article.place
    if country is None or article is None or article.code in ("", country.code):
        return NOT_APPLICABLE  # no article's country to overrule, or the same country's
    if uses_currency(article.code, money):
        return NOT_APPLICABLE  # the article's country's own money
    return _written(country, r)


def _national_government(e: PlaceEvidence) -> str | None | NotApplicable:
    """In a story about a region or a town, the figure of the national government or a
    ministry ("The government has released LL 90 billion" in a story about Akkar): the
    country's, as the article writes it; a local government's ("the county government")
    is the region's."""
    article = e.reading.article.place
    if e.entity is None or article is None or article.level == 1:
        return NOT_APPLICABLE
    words = set(e.entity.lower().replace("'s", "").split())
    if not words & NATIONAL_BODIES or words & LOCAL_WORDS:
        return NOT_APPLICABLE
    spelled = dict(e.reading.article.spellings)
    return spelled.get(article.code, NOT_APPLICABLE)


def _article_place(e: PlaceEvidence) -> str | None | NotApplicable:
    """The place the article's title and first paragraph are about."""
    r = e.reading
    if r.article.place is None:
        return NOT_APPLICABLE
    return _written(r.article.place, r)


def _filed_from(e: PlaceEvidence) -> str | None | NotApplicable:
    """In a story whose title and first paragraph name no place, nor a body it is about,
    a figure of no owner or of a public body ("BASSETERRE — The waiting list ... at Joseph
    N. France General Hospital"): the country of the town its dateline names; not a
    person's ("LONDON — Chad rowed 3,000 miles"), nor in a company's story ("MANILA —
    SariMart's ... Same-store sales grew 4.8%")."""
    r = e.reading
    country = countries().get(r.article.filed_in or "")
    if r.article.place is not None or r.article.protagonist is not None or country is None:
        return NOT_APPLICABLE
    if e.entity is not None and (not _public(e.entity) or _person(e.entity, r)):
        return NOT_APPLICABLE
    if r.root is not None and any(t.lower_ in _PERSON_PRONOUNS for t in _clause_words(r.root)):
        return NOT_APPLICABLE  # "He lost 12 kg": a person's own
    return _written(country, r)


RULES: tuple[PlaceRule, ...] = (
    Rule("a person's age", _persons_age),
    Rule("a national figure beside a city's", _national),
    Rule("named in the sentence", _in_sentence),
    Rule("a world price", _world_price),
    Rule("a currency's own rate", _currency_rate),
    Rule("the works the article is about", _works),
    Rule("a season's tally in a league", _league),
    Rule("a company's or object's own figure", _owned_elsewhere),
    Rule("a company-wide result", _company_result),
    Rule("a company's figure told by a pronoun", _company_pronoun),
    Rule("the place of the sentence before", _sentence_before),
    Rule("a sum in another country's money", _money_of_a_country),
    Rule("a national government's figure in a region's story", _national_government),
    Rule("the article's place", _article_place),
    Rule("the country the story is filed from", _filed_from),
)


def place(reading: Reading, *, entity: str | None = None) -> Decided[str | None]:
    """The figure's place and the rule that found it (``None``: no place is implied)."""
    evidence = PlaceEvidence(reading, entity)
    return first_rule(RULES, evidence, default=None, otherwise="no place named")
