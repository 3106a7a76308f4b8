"""Whose figure it is, when that is an organisation, company, person, group or object.

The owner written on the figure's noun ("Safaricom's net profit", "Tesla shares"), else
the actor of the clause ("the police arrested 14", "Apple sold 232 million iPhones",
"were detained by the army"). A place's own figure ("Kenya's inflation") has no entity:
it is `place`'s. A common noun for a body ("the bank") is written as the article first
names it in full ("the Reserve Bank of India") when the article does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.extraction.context.tokens import in_dateline, in_dictionary
from claims.extraction.scope.article import company_called
from claims.extraction.scope.evidence import Reading
from claims.extraction.scope.places import demonym, names_place
from claims.extraction.scope.statement import in_worked_example
from claims.extraction.scope.syntax import (
    agent_of,
    chain,
    is_name,
    kids,
    name_phrase,
    subject_of,
    subject_of_own,
    verbs_above,
)
from claims.extraction.scope.vocabulary import (
    ACTING_THINGS,
    BODIES,
    BODY_HEADS,
    BODY_NAMES,
    DOCUMENT_VERBS,
    DOCUMENTS,
    ESTIMATE_NOUNS,
    ESTIMATING,
    FORECAST_NOUNS,
    FORECASTERS,
    FORECASTING,
    GENERIC_NAME_WORDS,
    MACRO,
    MEASURED_NAMES,
    MONTH_NAMES,
    NAME_PARTICLES,
    NOT_ENTITIES,
    OFFENDERS,
    PLACE_NOUNS,
    PLAYING,
    RECORDING,
    RESULTING,
    ROLES,
    SELF_NOUNS,
    STATE_BODIES,
    TARGET_NOUNS,
    TIME_UNITS,
    WEEKDAYS,
    WHOLE_ECONOMY,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.currencies import currency_words
from claims.extraction.vocabulary.verbs import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class EntityEvidence:
    """A figure's reading and who states it (`claims.extraction.scope.attribution`)."""

    reading: Reading
    attributed_to: str | None


EntityRule = Rule[EntityEvidence, str | None]
# What a parse may tag as a name that names no one: a currency sign or code with or
# without digits ("Dh", "N5", "Rs"), a title alone ("Mr").
_NOT_A_NAME = re.compile(
    r"""(?: [A-Z][a-z]?\d[\d.,]*     # N5, P4.3: a sign stuck to its number
          | [A-Z][a-z]?               # Dh, Rs, N, P: too short to be a body
          | Mr | Mrs | Ms | Dr | Sir
          | [^\w\s]+ )                # a symbol: ₦
    """,
    re.VERBOSE,
)
# A person's name, and one capitalised name: words that start with a capital.
_PERSON = r"[A-ZÀ-Þ][\w’'-]+(?:[^\S\n][A-ZÀ-Þ][\w’'-]+)*"
_HEADS = "|".join(sorted(BODY_HEADS))
# How an article ties a speaker to the body they head or speak for (the body in group
# "body"); the speaker's last word is compared with the quotation's speaker's.
_AFFILIATIONS = (
    # "Dr Karla Menjívar, the hospital's (medical) director"
    re.compile(
        rf"""(?P<who>{_PERSON}),[^\S\n]+the[^\S\n]+(?P<body>[a-z]+(?:[^\S\n][a-z]+)?)['’]s
        [^\S\n]+(?:[a-z]+[^\S\n]+)?(?:{_HEADS})\b""",
        re.VERBOSE,
    ),
    # "Sibusiso Nxumalo, who heads the Eswatini Water Services Corporation"
    re.compile(
        rf"""(?P<who>{_PERSON}),[^\S\n]+who[^\S\n]+(?:heads|runs|leads|chairs)[^\S\n]+
        (?:the[^\S\n]+)?(?P<body>[A-Z][\w&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w&’'-]*)*)""",
        re.VERBOSE,
    ),
    # "..., civil defence chief Raymond Khattar": a lower-case body after a clause's
    # start, so that a verb ("said fire chief X") is not read as the body
    re.compile(
        rf"""(?:(?<=[,;:(—][^\S\n])|^)(?P<body>[a-z]+(?:[^\S\n][a-z]+)?)[^\S\n]+
        (?:{_HEADS})[^\S\n]+(?P<who>{_PERSON})""",
        re.VERBOSE | re.MULTILINE,
    ),
)
# Prepositions of what an act is aimed at ("launched drones at Ukraine").
_AIMED_AT = frozenset(["at", "on", "against", "into", "toward", "towards"])
# Verbs whose subject tells a figure rather than owns it: "it forecast", "it recorded".
_TELLING = FORECASTING | ESTIMATING | RECORDING | REPORTING | DOCUMENT_VERBS
# Verbs of what a thing is or costs, not of what it does.
_STATE_VERBS = frozenset(["be", "cost", "weigh", "measure", "stand", "remain", "total"])
# What is held in a company: "shares in Etosha", "a stake in Etosha".
_HOLDINGS = frozenset(["share", "stock", "stake"])
# Pronouns that stand for a body or person named before.
_PRONOUNS = frozenset(["it", "its", "they", "their", "he", "his", "she", "her"])
# ... for the speaker's own body, in a quotation: the article's main body, if any.
_FIRST_PERSON = frozenset(["we", "our", "us"])
# ... for a person: the one the article last named before them.
_PERSON_PRONOUNS = frozenset(["he", "his", "him", "she", "her"])
# ... for the speaker in person, in a quotation: the person who speaks it.
_SPEAKER_PRONOUNS = frozenset(["i", "my", "me"])
# What a company's own sales are called: "net sales", "total sales".
_OWN_SALES = frozenset(["net", "total", "quarterly"])
# A person's role that names a body of its own: "Fisheries minister X".
_MINISTERS = frozenset(["minister"])
# Prepositions setting what a clause counts in a place: "outages on Majuro".
_LOCATING = frozenset(["in", "at", "on"])
# Participle clauses climbed for their actor: "drawing ... to finish" is two up.
_PARTICIPLE_CLIMB = 2


def _nouns_of(root: Token) -> list[Token]:
    """The nouns a figure hangs on, up to its clause's verb, and that verb's subject:
    where an owner is written ("the company's revenue of $3bn", "Tesla's shares fell")."""
    out: list[Token] = []
    for token in chain(root):
        if token.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(token)
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
            if subject is not None:
                out.append(subject)
            break
    return out


def _is_place(token: Token) -> bool:
    """A place's name, not the last word of a body's name the parse heads on it
    ("Cementos de Guinea")."""
    return names_place(token.text) and not _ends_a_name(token)


def _ends_a_name(place: Token) -> bool:
    """Whether ``place`` closes a body's name joined to it by a particle for "of"
    ("Cementos de Guinea", "Transportes de Angola"); the whole is no place's name."""
    before = [t for t in place.lefts if t.dep_ in ("nmod", "compound", "case")]
    joined = any(t.lower_ in NAME_PARTICLES for b in before for t in b.subtree)
    return joined and not names_place(name_phrase(place))


def _owner_word(noun: Token) -> Token | None:
    """The possessor or naming compound of ``noun`` ("Safaricom's", "Tesla" shares, a
    "government" target; not the "Kenya" of the name "Kenya Airways"), the name its
    shares are in ("shares in Etosha"), or the body a relative clause says has it ("the
    price it received")."""
    for child in kids(noun):
        if child.dep_ == "poss":
            return child
    if noun.pos_ != "NOUN":
        return None
    for child in kids(noun):
        who = subject_of(child) if child.dep_ == "relcl" else None
        if who is not None and who.lower_ in ("it", "they"):
            return who
        if child.dep_ == "prep" and child.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS:
            name = next((o for o in kids(child) if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if name is not None:
                return name
    target = noun.lemma_.lower() in TARGET_NOUNS
    for child in kids(noun):
        if child.dep_ != "compound" or child.i > noun.i:
            continue
        if child.pos_ == "PROPN" or (target and child.lemma_.lower() in BODIES):
            return child  # "Tesla shares", "a government target"
    return None


def _owner_of_what(noun: Token) -> Token | None:
    """The possessor of what a clause's subject is "of": "sales of its cobalt rose 9%",
    "the price of Tesla's cars fell"; not a share's whole ("70% of the city's water" is
    the figure's own noun)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    of = _objects_of(noun)
    return next((c for o in of if o.dep_ == "pobj" for c in kids(o) if c.dep_ == "poss"), None)


def _share_of_a_place(noun: Token) -> bool:
    """Whether ``noun`` is a share of a place's whole ("80% of Botswana's exports")."""
    return any(c.dep_ == "poss" and _is_place(c) for o in _objects_of(noun) for c in kids(o))


def _objects_of(noun: Token) -> list[Token]:
    """What ``noun`` is "of": the words under its "of" ("exports" of "sales of exports")."""
    return [o for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in kids(c)]


def _described(noun: Token) -> Token | None:
    """What the relative clause holding ``noun``'s "whose" describes: "MetroLink" of
    "MetroLink, whose cost has risen"; ``None`` when no "whose" owns it."""
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in kids(noun)):
        return None
    clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
    return clause.head if clause is not None else None


def _whole_of_a_part(e: EntityEvidence) -> str | None | NotApplicable:
    """The whole another figure is counted of ("38 of the 101 seats"): no one's."""
    root = e.reading.root
    if root is None:
        return NOT_APPLICABLE
    of = next((t for t in chain(root)[1:] if t.dep_ == "prep"), None)
    part = of.head if of is not None else None
    counted = of is not None and of.lower_ == "of" and part is not None and part.like_num
    return None if counted else NOT_APPLICABLE


def _gapped(e: EntityEvidence) -> str | None | NotApplicable:
    """A clause with its verb left out: the name just before the figure, after a comma or
    "and" ("Apple sold 50 million, Samsung 40 million"; "..., the Conservatives 24%")."""
    r = e.reading
    doc = r.figure.doc
    first = next((t for t in doc if t.idx >= r.figure.start), None)
    if first is None or first.i < 2:
        return NOT_APPLICABLE
    name = doc[first.i - 1]
    if name.pos_ != "PROPN" or _is_place(name) or _is_time(name):
        return NOT_APPLICABLE
    start = name.i
    while start > 0 and doc[start - 1].pos_ in ("PROPN", "DET"):
        start -= 1
    if start == 0 or doc[start - 1].text not in (",", "and"):
        return NOT_APPLICABLE
    if not any(t.like_num for t in doc[: start - 1]):
        return NOT_APPLICABLE  # no figure before it whose verb it leaves out
    return doc[start : name.i + 1].text


def _owner(e: EntityEvidence) -> str | None | NotApplicable:
    """The owner written on the figure's noun or its clause's subject."""
    r = e.reading
    if r.root is None:
        return NOT_APPLICABLE
    for noun in _nouns_of(r.root):
        if _acting_thing(noun):
            return NOT_APPLICABLE  # "Kenya's railway carried": the thing acts (`_actor`)
        described = _described(noun)
        if described is not None:  # "MetroLink, whose cost": the name's own figure
            return _thing_name(described) if described.pos_ == "PROPN" else NOT_APPLICABLE
        if noun.i == r.root.i and _share_of_a_place(noun):
            return None  # "80% of Botswana's exports": the place's figure
        owner = _owner_word(noun) or (_owner_of_what(noun) if noun.i != r.root.i else None)
        if owner is None or _is_time(owner):
            continue  # "Thursday's launch", "last year's deficit": a time owns nothing
        if owner.dep_ == "compound" and _common_word(owner, r):
            continue  # "Maize prices": an ordinary word that only opens the sentence
        if _owns_a_name(owner, noun):
            return _thing_name(noun)  # "Mumbai's Metro Line 3", "Musk's SpaceX": the thing's
        if _is_place(owner) and noun.i != r.root.i and _acting_body(noun):
            continue  # "Yemen's grain agency bought": the place's body acts (`_actor`)
        if _is_place(owner):
            return None  # "Kenya's inflation": the place's figure
        if owner.lower_ in _PRONOUNS and in_worked_example(r):
            return None  # "A family using 15 cubic metres would see its bill": the case's
        if owner.lower_ in _PERSON_PRONOUNS:  # "his 3 hectares"
            return _person_meant(owner, r) or NOT_APPLICABLE
        if owner.lower_ in _PRONOUNS:  # "its revenue"
            body = _antecedent(owner, r) or r.article.protagonist
            return body or _named_just_before(owner, r) or NOT_APPLICABLE
        if owner.lower_ in _FIRST_PERSON:  # "Our plan", in a quotation
            return _speakers_body(r) or r.article.protagonist or NOT_APPLICABLE
        if owner.lower_ in _SPEAKER_PRONOUNS:  # "My farm lost 300 chickens", in a quotation
            told = noun.lemma_.lower() in FORECAST_NOUNS | ESTIMATE_NOUNS  # "my forecast"
            return (None if told else _speaker(r)) or NOT_APPLICABLE
        if owner.text in MEASURED_NAMES or noun.lower_ in currency_words():
            continue  # "the CFA franc": a currency's name owns nothing
        if owner.lemma_.lower() in NOT_ENTITIES:
            return None  # "the world's biggest producer"
        if _generic(owner):
            return None  # "commercial banks' lending rate": a class's, no one's
        return _entity(owner, r) or NOT_APPLICABLE
    return NOT_APPLICABLE


def _actor(e: EntityEvidence) -> str | None | NotApplicable:
    """The subject (or passive agent) of the clause that counts the figure, when that is
    a name or a body ("it" and "they": the article's main body)."""
    r = e.reading
    if r.root is None:
        return NOT_APPLICABLE
    verb = next((t for t in chain(r.root)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return NOT_APPLICABLE
    who = agent_of(verb) or _made_to(verb) or subject_of(verb) or _participle_actor(verb)
    if who is not None and _relative_on_a_name(who, verb, r.root):
        who = verb.head  # "Sealord, which holds 30%": the name the clause is on
    if who is None or r.figure.start <= who.idx < r.figure.end:
        return NOT_APPLICABLE
    if _is_place(who):
        acts = _acts_on_a_place(verb, who) or verb.lemma_.lower() in PLAYING
        return name_phrase(who) if acts else None  # "Ghana beat Mali by three goals": a team
    if who.lower_ in ("it", "they") and (
        body := _antecedent(who, r) or r.article.protagonist or _named_just_before(who, r)
    ):
        return body
    if who.lower_ in _FIRST_PERSON:  # "We will hire 300", in a quotation
        return _speakers_body(r) or r.article.protagonist or NOT_APPLICABLE
    if who.lower_ in _SPEAKER_PRONOUNS:  # "I had 120 goats", in a quotation
        told = verb.lemma_.lower() in _TELLING  # "I estimate 200 died": the speaker's word
        return (None if told else _speaker(r)) or NOT_APPLICABLE
    if who.lower_ in _PERSON_PRONOUNS:  # "he was fined Rs 2 million"
        return _person_meant(who, r) or NOT_APPLICABLE
    if who.lemma_.lower() in NOT_ENTITIES or who.text in MEASURED_NAMES:
        return NOT_APPLICABLE
    if _generic(who):
        return None  # "banks charge 14%", "two smaller parties fell below 5%"
    if _offenders(who):
        return name_phrase(who)  # "the attackers demanded $1.4 million"
    if (_named(who, r) and who.pos_ == "PROPN" and not _is_time(who)) or (
        who.lemma_.lower() in BODIES
    ):
        return _entity(who, r) or NOT_APPLICABLE
    if (called := _named_before(who, r)) is not None:
        return called  # "The scheme paid out" after "the National Insurance Scheme"
    if _acting_thing(who):  # "Kenya's new railway carried", "the Kariba dam produced"
        return re.sub(r"^.*?['’]s\s+", "", name_phrase(who), count=1)
    return NOT_APPLICABLE


def _acting_body(noun: Token) -> bool:
    """A body written as a common noun that is the subject of the clause counting the
    figure ("Equatorial Guinea's government has capped", "Yemen's state grain agency
    bought"): its place's possessive names whose body it is, not whose figure; not a
    port ("Nauru's new port handled 41 ships": the place's)."""
    lemma = noun.lemma_.lower()
    acts = noun.dep_ in ("nsubj", "nsubjpass") and noun.pos_ == "NOUN"
    return acts and lemma in BODIES and lemma not in PLACE_NOUNS


def _relative_on_a_name(pronoun: Token, verb: Token, root: Token) -> bool:
    """Whether ``pronoun`` opens a relative clause on a name that counts the figure (its
    highest token ``root``) as its verb's own argument ("Sealord, which holds 30% of the
    quota", "Tadesse, who buys from 3,500 smallholders"); not a common noun's ("a network
    that spans 152 cities"), nor a name's the clause does not follow (the parse's, for
    the body named after it: "Bwalya, head of the union, which represents 40,000"), nor a
    count of another noun ("who heads a cooperative of 1,300 growers")."""
    if pronoun.tag_ not in ("WDT", "WP") or verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return False
    if pronoun.i - verb.head.i > 2:  # right after the name, or after its comma
        return False
    counted = root.head if root.dep_ == "nummod" else root  # "9,000 farmers"
    path = chain(counted)[1:]
    between = path[: next((i for i, t in enumerate(path) if t.i == verb.i), 0)]
    return all(t.pos_ == "ADP" for t in between)  # "buys from 9,000 farmers"


def _participle_actor(verb: Token) -> Token | None:
    """The subject of the clause a participle or an infinitive with none of its own hangs
    on: who acts in it ("Visser won, drawing his last game in 41 moves to finish on 9
    points"); not a finite clause's ("..., as inflation climbed"), nor what an act left
    ("..., leaving a margin of 6%"), nor a clause beside a telling ("..., the utility
    said, leaving")."""
    v = verb
    for _ in range(_PARTICIPLE_CLIMB):
        untensed = v.tag_ in ("VBG", "VB")  # "drawing", "to finish"
        if v.dep_ != "advcl" or not untensed or v.head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(v)):
            return None  # "as it climbed", "while prices rose": a clause of its own
        if v.lemma_.lower() in RESULTING or v.head.lemma_.lower() in _TELLING:
            return None
        v = v.head
        who = subject_of(v)
        if who is not None:
            return who
    return None


def _acting_thing(noun: Token) -> bool:
    """A thing written as a common noun (a railway, a dam, a river) that is the subject
    of a verb of doing, not of a state or price ("the bridge will cost €45m"); a named
    one ("Metro Line 3") is its name's."""
    verb = noun.head
    acts = noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ not in _STATE_VERBS
    return acts and noun.pos_ == "NOUN" and noun.lemma_.lower() in ACTING_THINGS


def _made_to(verb: Token) -> Token | None:
    """Who a verb with no subject of its own is made or told to do by the verb above it:
    that verb's object ("forced UTE to run", "ordered Kestrel Foods to pay")."""
    if verb.dep_ != "xcomp" or subject_of_own(verb):
        return None
    return next((c for c in kids(verb.head) if c.dep_ == "dobj" and c.i < verb.i), None)


def _antecedent(pronoun: Token, r: Reading) -> str | None:
    """The body "it" or "its" stands for: the subject, named before it, of the verb that
    tells the pronoun's clause ("Kestrel Foods said its revenue fell", "the union, which
    says it has 80,000 members", "..., as it announced"); ``None`` for "he", "she", a
    person, a place, a common noun that names no body ("analysts"), a clause only told
    beside the telling ("..., the ministry said, pushing the centre to five times its
    capacity"), and a pronoun, or what it owns, that forecasts, estimates, records, finds
    or reports ("its survey found"): its figure is its word, `attributed_to`."""
    if pronoun.lower_ not in ("it", "its", "they", "their"):
        return None
    telling = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if telling.dep_ == "nsubj" and telling.head.lemma_.lower() in _TELLING:
        return None  # "it forecast up to 200 mm", "its survey found 1.5 million"
    path = chain(pronoun)
    for below, verb in zip(path, path[1:], strict=False):
        if verb.pos_ not in ("VERB", "AUX") or not _tells(below, pronoun):
            continue
        teller = subject_of(verb)
        if teller is not None and teller.tag_ == "WDT" and verb.dep_ == "relcl":
            teller = verb.head  # "the union, which says"
        if teller is None or teller.i >= pronoun.i or teller.lower_ in _PRONOUNS:
            continue
        if _is_place(teller) or _person(teller, r) or teller.lemma_.lower() in NOT_ENTITIES:
            return None
        named = _named(teller, r) and teller.pos_ == "PROPN" and not _is_time(teller)
        return _entity(teller, r) if named or teller.lemma_.lower() in BODIES else None
    return None


def _named_just_before(pronoun: Token, r: Reading) -> str | None:
    """The body "It" or "Its" opening its sentence stands for, in an article with no main
    body: the named subject of the sentence just before, from its parse (linked when it
    holds figures: "Laiterie du Bocage ... made a net profit of €38 million. It employs
    2,400"); ``None`` when that subject is a place ("Fiji grew 3.1%. Its exports": the
    place's) or a person, or tells of a body of its own ("Kalsrap said the office
    needed ..."), for an "it" that is no body ("It was the highest since 2019") or that
    tells the figure ("It said", "It forecast": `attributed_to`), and for "its" on a
    noun the sentence names ("Its operator, Airports of Thailand, plans")."""
    previous = pronoun.doc._.previous
    if previous is None or pronoun.i != 0 or pronoun.lower_ not in ("it", "its"):
        return None
    if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.lemma_.lower() in _TELLING | {"be"}:
        return None
    if pronoun.dep_ == "poss" and any(c.dep_ == "appos" for c in pronoun.head.children):
        return None
    subject = next(
        (t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"), None
    )
    if subject is None or _is_place(subject) or _person(subject, r):
        return None
    if not _named(subject, r) or _tells_of_a_body(subject.head):
        return None
    return _entity(subject, r)


def _tells_of_a_body(verb: Token) -> bool:
    """Whether ``verb`` tells of what a body does ("said the office needed"): its
    subject may be only the speaker."""
    told = [c for c in kids(verb) if c.dep_ == "ccomp"] if verb.lemma_.lower() in _TELLING else []
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in BODIES
        for c in told
        for s in kids(c)
    )


def _speakers_body(r: Reading) -> str | None:
    """The body whose "we" the figure's quotation speaks: the one its speaker heads or
    speaks for, as the article ties them ("Dr Karla Menjívar, the hospital's director":
    the article's full name for the hospital)."""
    at = r.figure.offset + r.figure.start
    speaker = next((q.speaker for q in r.article.quotes if q.start <= at < q.end), None)
    if speaker is None:
        return None
    surname = speaker.split()[-1]
    for pattern in _AFFILIATIONS:
        for m in pattern.finditer(r.article.text):
            if m.group("who").split()[-1] != surname:
                continue
            body = m.group("body")
            if body[0].isupper():
                return body
            found = r.article.full_names.get(body.split()[-1].capitalize())
            return found[1] if found is not None and found[0] < at else f"the {body}"
    return None


def _speaker(r: Reading) -> str | None:
    """The person who speaks the quotation holding the figure ("'I had 120 goats,' said
    Ekai Lokwang"), by the fullest name the article gives them; ``None`` for a quotation
    with no speaker or a body's ("the ministry said")."""
    at = r.figure.offset + r.figure.start
    speaker = next((q.speaker for q in r.article.quotes if q.start <= at < q.end), None)
    if speaker is None or not speaker[:1].isupper() or set(speaker.split()) & BODY_NAMES:
        return None
    surname = speaker.split()[-1]
    return next((name for _, name in r.article.names if name.split()[-1] == surname), speaker)


def _person_meant(pronoun: Token, r: Reading) -> str | None:
    """The person "he", "his", "she" or "her" stands for: the one the article last
    mentions before it (by name or surname); ``None`` when it names none, or when the
    pronoun tells the figure ("she estimates", "his forecast"): the figure is the
    person's word, `attributed_to`."""
    telling = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if telling.dep_ in ("nsubj", "poss") and telling.head.lemma_.lower() in _TELLING:
        return None
    if telling.lemma_.lower() in FORECAST_NOUNS | ESTIMATE_NOUNS:
        return None
    before = r.figure.offset + pronoun.idx
    last, meant = -1, None
    for name, offsets in r.article.named_people():
        # the last mention that ends before the pronoun
        at = bisect_right(offsets, before - len(name.split()[-1])) - 1
        if at >= 0 and offsets[at] > last:
            last, meant = offsets[at], name
    return meant


def _age(e: EntityEvidence) -> str | None | NotApplicable:
    """A bare number written beside a person's name is that person's age ("Sara Mwangi,
    45, was convicted")."""
    r = e.reading
    root = r.root
    if root is None or root.dep_ != "appos" or not root.like_num or len(kids(root)) > 0:
        return NOT_APPLICABLE
    name = root.head
    if not _named(name, r) or _is_place(name) or name.lemma_.lower() in BODIES:
        return NOT_APPLICABLE
    return name_phrase(name) or NOT_APPLICABLE


def _tells(clause: Token, pronoun: Token) -> bool:
    """Whether ``clause`` is told by the verb it hangs on: a reported clause ("said it
    had"), or one whose subject is the pronoun ("..., as it announced")."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "advcl" and any(c.i == pronoun.i for c in kids(clause))


def _generic(token: Token) -> bool:
    """A class of bodies written as a bare plural ("banks", "commercial lenders", "two
    smaller parties"), as the speaker's ("our exporters", in a minister's quotation) or
    one of them ("a new carrier"), not a definite group ("the striking unions") nor a
    collective noun ("police")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in BODIES:
        return False
    plural = token.lower_ != token.lemma_.lower() and "Plur" in token.morph.get("Number", [])
    determiners = [c.lower_ for c in kids(token) if c.dep_ in ("det", "poss")]
    if determiners:
        # "a new carrier costs $255 million", "our exporters will save $45 million"
        return determiners[0] in ("a", "an") or (plural and determiners[0] == "our")
    return plural


def _offenders(token: Token) -> bool:
    """A definite group of offenders ("the attackers", "the gang"): no body the article
    names, but who did what the figure counts; "Hackers" alone is a class, and "a gang"
    one of it."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in OFFENDERS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
    )


def _person(token: Token, r: Reading) -> bool:
    """A person the article or the sentence names ("Ana Ruiz", "Minister Ruiz")."""
    return token.text in r.article.surnames or token.ent_type_ == "PERSON"


def _owns_a_name(owner: Token, noun: Token) -> bool:
    """Whether a place or a name owns a named thing ("Mumbai's Metro Line 3", "Kadri
    Saar's People's Party"); not a company's common noun ("Tesla's shares")."""
    named = owner.pos_ == "PROPN" or _is_place(owner)
    return named and noun.pos_ == "PROPN" and not _is_place(noun) and noun.i > owner.i


def _thing_name(noun: Token) -> str:
    """A named thing's name without its owner and what is said of it, with a number after
    it ("Metro Line 3" of "Mumbai's underground Metro Line 3")."""
    phrase = re.sub(r"^.*?['’]s\s+", "", name_phrase(noun), count=1)
    words = phrase.split()
    while len(words) > 1 and not words[0][:1].isupper():
        words.pop(0)  # "underground"
    number = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].dep_ == "nummod"
    return " ".join(words) + (f" {noun.doc[noun.i + 1].text}" if number else "")


def _acts_on_a_place(verb: Token, place: Token) -> bool:
    """Whether a place's verb acts on another place ("Russia launched 180 drones at
    Ukraine", "fired 40 missiles into the sea near Taiwan")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _AIMED_AT
        and any(_is_place(t) and t.i != place.i for t in c.subtree)
        for c in kids(verb)
    )


def _main_body(e: EntityEvidence) -> str | None | NotApplicable:
    """A figure with no owner in its sentence, in an article about one body (a company's
    results, a central bank's decision): that body's, unless the figure measures a place's
    economy or nature ("inflation eased to 20.1%", "temperatures hit 40C"), another body
    states it ("..., the Tonga Consumers Association said"), or the body is a government
    (its story's owner-less figures are its place's)."""
    r = e.reading
    protagonist = r.article.protagonist
    if protagonist is None or r.root is None or _a_government(protagonist):
        return NOT_APPLICABLE
    if e.attributed_to is not None and _another_body(e.attributed_to, protagonist, r):
        return NOT_APPLICABLE  # "the consumers' association said": its figure, not the body's
    if in_worked_example(r):
        return NOT_APPLICABLE  # "A member with WS$20,000 saved would receive WS$1,300"
    subjects = _subjects_above(r.root)
    if any(_currency(t) for t in subjects):
        return NOT_APPLICABLE  # "the rand weakened to 18.9 per dollar": a currency's rate
    if _bound_to_a_place(r.root):
        return NOT_APPLICABLE  # "Outages on Majuro averaged 14 hours": the place's
    # who forecasts is not what is measured ("analysts expect revenue to grow 6%"); its
    # shares, with no market or kind named on them, are the body's ("Shares rose 4%")
    company = any(name == protagonist for _, name in r.article.companies)

    def measures(t: Token) -> bool:
        # a company's own sales, in an article about it, are its ("Net sales were ...")
        return not _forecaster(t) and not _bare_shares(t) and not (company and _own_sales(t))

    clause = [n for n in _nouns_of(r.root) if measures(n)]
    nouns = {t.lemma_.lower() for n in clause for t in [n, *kids(n)]} | {
        t.lemma_.lower() for t in subjects if measures(t)
    }
    if nouns & MACRO:
        return NOT_APPLICABLE
    span = r.figure.doc.char_span(r.figure.start, r.figure.end, alignment_mode="expand")
    figure = list(span) if span is not None else []
    if {o.lemma_.lower() for n in [*figure, *clause] for o in _objects_of(n)} & WHOLE_ECONOMY:
        return NOT_APPLICABLE  # "Public debt is above 70% of GDP": a share of the place's
    return protagonist


def _a_government(body: str) -> bool:
    """Whether the article's main body is a place's government, by its name's head noun
    ("Tuvalu's government", "the federal government"): the owner-less figures of a story
    about it are its place's (the civil servants paid late, the incidents counted), as
    any figure a sentence does not give to the government; its own are those its sentence
    gives it ("the government will spend $2 million")."""
    return body.split(" of ")[0].split()[-1].lower() == "government"


def _bound_to_a_place(root: Token) -> bool:
    """Whether the clause counting the figure sets what it counts in, at or on a place
    ("Outages on Majuro averaged", "Cruise calls at Kingstown reached", "hotel rooms on
    the island rose", "cargoes are due at Aden"): the place's figure, not the main
    body's."""
    verb = next((t for t in chain(root)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    # what the clause counts: its subject (and what that is "of") and its complement; not
    # where the figure is reached ("Shares rose 4% to R212 in Johannesburg": where the
    # body's shares trade)
    words = [c for c in kids(verb) if c.dep_ == "acomp"]
    if (who := subject_of(verb)) is not None:
        words += [who, *_objects_of(who)]
    return any(
        prep.dep_ == "prep" and prep.lower_ in _LOCATING and _a_place(place)
        for word in words
        for prep in kids(word)
        for place in kids(prep)
        if place.dep_ == "pobj"
    )


def _a_place(token: Token) -> bool:
    """A place's name ("Majuro") or "the island", "the capital"."""
    if token.pos_ == "PROPN":
        return _is_place(token) or names_place(name_phrase(token))
    return token.lower_ in PLACE_NOUNS and any(c.lower_ == "the" for c in kids(token))


def _another_body(said: str, body: str, r: Reading) -> bool:
    """Whether the source ``said`` is a body other than the article's main ``body`` ("The
    Tonga Consumers Association", "security firm Sentinel Axis"), or a person whose role
    names one ("Union president Mary Ramoifuila", "Fisheries minister X"); not the body
    itself (by its name, its initials, a common noun of it or a word only its name has:
    "the bank", "CBN data", "the fund's board", "Etosha", "the company"), nor a place, a
    document ("admissions data"), a class of sources ("Analysts at JN Capital"), nor a
    person with no other body's role ("chief executive Karma Wangdi", "Tolu Adeyemi")."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in said.split()]
    if not words:
        return False
    words = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
    lower = [w.lower() for w in words]
    joined = " ".join(lower)
    own = {w.lower() for w in body.split()}
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    if re.search(rf"\b{re.escape(joined)}\b", body.lower()) or initials in words:
        return False  # "the Bank of Jamaica", "the bank", "CBN data"
    if names_place(" ".join(words)) or joined in SELF_NOUNS:
        return False  # "Al Ain"; "the company"
    if any(w.lower() in own and (w.islower() or _distinctive(w)) for w in words):
        return False  # "the fund's board", "Etosha Beverages' Hilma Shikongo"
    classes = NOT_ENTITIES | DOCUMENTS | FORECASTERS
    if lower[0].rstrip("s") in classes or (
        words[-1].islower() and lower[-1].rstrip("s") in classes
    ):
        return False  # "Analysts at JN Capital", "officials", "admissions data"
    # what is written before the name: a role ("chief executive") or a body's trade
    # ("consultancy", "security firm", "Union president")
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper() and lower[tail - 1] not in ROLES:
        tail -= 1
    described = set(lower[:tail]) - ROLES - BODY_HEADS - SELF_NOUNS - {"a", "an", "at", "of"}
    if described:
        return True
    if tail == len(words):  # no name: a body's noun ("the bourse"), or a role alone
        return not all(w in ROLES for w in lower)
    people = {n.split()[-1] for _, n in r.article.names if not set(n.split()) & BODY_NAMES}
    return words[-1] not in people | r.article.surnames  # a person with no body's role


def _distinctive(word: str) -> bool:
    """A capitalised word of a body's name that no other body's shares: no place, no
    body's noun ("Authority", "Bank") and no common qualifier ("National")."""
    return not names_place(word) and word not in BODY_NAMES | GENERIC_NAME_WORDS


def _currency(token: Token) -> bool:
    """A currency named in lower case ("the rand", "the leu"; not "Real" Madrid)."""
    return token.text.islower() and token.text in currency_words()


def _bare_shares(token: Token) -> bool:
    """ "Shares" with no owner, kind, market or place on them ("Shares rose 5.6%"; not
    "Asian shares", "bank shares", "shares in Tokyo")."""
    return token.lower_ == "shares" and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in kids(token)
    )


def _own_sales(token: Token) -> bool:
    """ "Sales" bare or net ("Net sales were SEK 27.4 billion"), not a market's ("retail
    sales", "car sales", "sales in Sweden")."""
    if token.lemma_.lower() != "sale":
        return False
    for child in kids(token):
        if child.dep_ in ("amod", "compound") and child.lower_ not in _OWN_SALES:
            return False  # "retail sales"
        if child.dep_ == "prep" and any(_is_place(o) for o in kids(child)):
            return False  # "sales in Sweden"; "in the third quarter" is the company's
    return True


def _subjects_above(root: Token) -> list[Token]:
    """The subjects of the verbs above ``root``, and the noun a relative clause among them
    hangs on ("inflation, which eased to 1.4%"): not those of other clauses ("while the
    average consumer spent")."""
    found: list[Token] = []
    for verb in verbs_above(root):
        found += [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl":
            found.append(verb.head)
    return found


def _common_word(token: Token, r: Reading) -> bool:
    """Whether ``token`` opens its sentence capitalised as an ordinary word, whatever the
    parse tags it: one the article also writes in lower case ("Maize prices" beside "a bag
    of maize meal"), or an English word it never capitalises inside a sentence ("Visitor
    numbers", "Freight rates" after a dateline). Not a name: "Tesla shares" beside "said
    Tesla", a word in capitals ("NATO spending"), one whose shares are counted ("Tesla
    shares": only a company has them)."""
    opening = token.i == 0 or token.nbor(-1).is_punct
    if not (opening and token.is_alpha and token.text[:1].isupper()):
        return False
    word = token.lower_
    if re.search(rf"\b{re.escape(word)}\b", r.article.text) is not None:
        return True
    held = token.head.lemma_.lower() in _HOLDINGS
    return (
        not token.is_upper
        and not held
        and in_dictionary(word)
        and token.text not in r.article.capitalised
    )


def _named(token: Token, r: Reading) -> bool:
    """A name's word: `is_name`, or a common word the article also capitalises in the
    middle of a sentence ("Apple sold ... Analysts expect Apple to")."""
    return is_name(token) or token.text in r.article.capitalised


def _is_time(token: Token) -> bool:
    """A month, a weekday or a unit of time ("year", "weeks")."""
    return token.text in MONTH_NAMES or token.text in WEEKDAYS or token.lemma_.lower() in TIME_UNITS


def _entity(head: Token, r: Reading) -> str | None:
    """The phrase naming ``head``'s body or person; a common noun for a body in full (or
    the article's main body); ``None`` for what only looks like a name: a currency sign
    ("Dh", "N5"), a title alone ("Mr"), a dateline ("CANBERRA —"), a demonym."""
    if _NOT_A_NAME.fullmatch(head.text) or demonym(head.text.rstrip("s")) is not None:
        return None
    if in_dateline(head):
        return None
    phrase = name_phrase(head)
    if head.pos_ == "NOUN" and head.lemma_.lower() in BODIES:
        named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        # "the state oil company Petrosen", "Yemen's grain agency, the General Corporation
        # for Foodstuffs,": the name set right after it, or after its comma
        if named is not None and all(
            t.text == "," for t in head.doc[head.i + 1 : named.left_edge.i]
        ):
            return name_phrase(named)
        # "the company", "the central bank" is the article's main body, or the company the
        # article last introduced; "the finance ministry" is another
        bare = not any(c.dep_ in ("compound", "poss", "nmod") for c in head.lefts)
        main = bare and _called(head, r)
        return _full_name(head, r) or main or _introduced(head, r) or phrase
    return phrase or None


def _called(noun: Token, r: Reading) -> str | None:
    """The article's main body when ``noun`` may stand for it ("the group", "the party",
    "the central bank" of the Federal Reserve); a state body's noun ("the government",
    "the ministry") stands for it only when its name holds the noun ("the government" of
    "Australia's federal government"; not of the IMF lending to a country, nor of a
    university or a water board), and a central bank's never for a company the article
    introduced as one."""
    body = r.article.protagonist
    if body is None:
        return None
    lemma = noun.lemma_.lower()
    named = lemma in body.lower().split() or noun.lower_ in body.lower().split()
    if not any(name == body for _, name in r.article.companies):
        return body if lemma not in STATE_BODIES or named else None
    central = any(c.lower_ == "central" for c in noun.lefts)  # "the central bank"
    return body if (lemma not in STATE_BODIES and not central) or named else None


def _introduced(head: Token, r: Reading) -> str | None:
    """The company a definite common noun for one ("the group", "the company") stands for:
    the last the article introduced beside such a noun before it."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None
    return company_called(r.article, head.lemma_, r.figure.offset + head.idx)


def _full_name(head: Token, r: Reading) -> str | None:
    """The first name of several capitalised words in the article, before the figure,
    that holds ``head``'s word ("the bank" -> "Reserve Bank of India")."""
    word = head.text[:1].upper() + head.text[1:]
    found = r.article.full_names.get(word)
    if found is None or found[0] >= r.figure.offset + r.figure.start:
        return None
    return found[1]


def _named_before(noun: Token, r: Reading) -> str | None:
    """The name, written before the figure, that a bare "the <noun>" stands for: the first
    of several capitalised words ending in the noun's word, its head ("the scheme" ->
    "National Insurance Scheme"; not "the metro" -> "Metro Line 3"); not a place so named
    ("Mexico City" is the city's own)."""
    if noun.pos_ != "NOUN" or [c.lower_ for c in noun.lefts] != ["the"]:
        return None
    found = _full_name(noun, r)
    if found is None or found.split()[-1].lower() != noun.lower_ or names_place(found):
        return None
    return found


def _forecast_of_a_place(e: EntityEvidence) -> str | None | NotApplicable:
    """ "The IMF forecasts growth of 3.1%", "the Bank cut its estimate of growth to 0.1%":
    a body's projection of a place's economy is its word (`attributed_to`), not its
    figure."""
    r = e.reading
    if r.root is None:
        return NOT_APPLICABLE
    # The words the figure hangs on, with their dependents and what those are "of" or
    # "for" ("its estimate of growth", "its forecast for inflation").
    near = [t for n in chain(r.root) for t in [n, *kids(n)]]
    near += [o for t in near for p in kids(t) if p.lower_ in ("of", "for") for o in kids(p)]
    projected = any(
        t.lemma_.lower() in (FORECAST_NOUNS | ESTIMATE_NOUNS)
        or (t.pos_ == "VERB" and t.lemma_.lower() in FORECASTING)
        for t in near
    )
    # ... not who forecasts ("analysts expect revenue to grow 6%": a company's figure)
    measures = {t.lemma_.lower() for t in near if not _forecaster(t)}
    return None if projected and measures & MACRO else NOT_APPLICABLE


def _forecaster(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of forecasting ("analysts expect")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in FORECASTING


RULES: tuple[EntityRule, ...] = (
    Rule("a body's forecast of a place's economy", _forecast_of_a_place),
    Rule("the whole a part is counted of", _whole_of_a_part),
    Rule("named before a clause's left-out verb", _gapped),
    Rule("a person's age beside the name", _age),
    Rule("owner of the figure's noun", _owner),
    Rule("actor of the clause", _actor),
    Rule("the article's main body", _main_body),
)


def entity(reading: Reading, *, attributed_to: str | None = None) -> Decided[str | None]:
    """Whose figure it is (``None``: no body or person) and the rule that says so."""
    evidence = EntityEvidence(reading, attributed_to)
    return first_rule(RULES, evidence, default=None, otherwise="no owner or actor")
