"""What a figure measures: the rules that find the phrase, from the parse.

The rules follow the few shapes news uses to attach a number to what it measures: the
number modifies a noun ("a 25 per cent tariff"), a unit takes an "of" ("2.42 tonnes of
narcotics"), a noun takes the figure through a preposition ("revenue of $2.5bn"), or a
verb links a subject to it ("unemployment rose to 4.3 per cent", "inflation was 2.1 per
cent", "paid £13m in bribes"). `measured` tries them in order, by name; a rule that
moves to a related figure ("revenue was $18.4bn, up 94%") asks the rules again there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claims.extraction.context.counted import of_object, quantified_noun
from claims.extraction.context.direction import change_of
from claims.extraction.context.exchange import exchange_rate
from claims.extraction.context.phrases import (
    Led,
    attachment,
    first_prep_phrase,
    gerund,
    infinitive,
    left_modifiers,
    noun_phrase,
    render,
    says_where,
    subtree,
    what_it_does,
    whole_word,
)
from claims.extraction.context.subjects import (
    governor,
    linked_subject,
    object_phrase,
    plain_subject_phrase,
    subject_of,
    subject_phrase,
)
from claims.extraction.context.tokens import is_quantity
from claims.extraction.scope.places import names_place
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.catalogue import unit_after
from claims.extraction.vocabulary.plurals import singular
from claims.extraction.vocabulary.time import (
    PERIOD_NOUNS,
    SPAN_PREPS,
    TIME_FRAME_PREPS,
    WHEN_NOUNS,
)
from claims.extraction.vocabulary.verbs import (
    ABLE,
    ACT_NOUNS,
    AMOUNT_VERBS,
    ASIDE_CHANGES,
    BARGAINING,
    BUILT_FOR,
    CAPACITY_VERBS,
    COLLECTING,
    CULTIVATING,
    EMPLOYING,
    GROWING,
    HOLDS,
    LASTED,
    LIGHT_VERBS,
    LINKING,
    LOSING,
    MULTIPLYING,
    ONGOING,
    PART_OF,
    PRICE_PREPS,
    PRICED,
    RELEASING,
    REPORTING,
    REQUESTING,
    RESULTING,
    SENTENCING,
    SOLD_FOR,
    STAYING,
    STOPPAGES,
    TERMS_GIVEN,
    TOTALLING,
    WINNING,
    WON_BY,
    past_participle,
    present_participle,
    verb_lemmas,
)
from claims.extraction.vocabulary.words import (
    AT_ONE_TIME,
    BACK_REFERENCES,
    CAPACITIES,
    CHANGE_NOUN_WORDS,
    COMPARING,
    COUNT_FRAMES,
    CUSTODY,
    ECONOMIES,
    FALLS,
    FIRSTS,
    FRACTIONS,
    FRAMING,
    GENERIC_COUNTED,
    GROWTH_NOUNS,
    INHABITANTS,
    INHABITED,
    LEFT_DEPS,
    LEVELS,
    MARGINS,
    NOUNISH,
    ORGANISATIONS,
    OUTPUT_YARDSTICKS,
    PERCENT_WORDS,
    PLACE_NOUNS,
    PURPOSE_PREPS,
    RATE_CHANGES,
    RELATIVE,
    ROOMS,
    SCHEDULES,
    SENTENCES,
    SETTLEMENTS,
    SIZES,
    STAFF,
    TARGETS,
    VERBISH,
    YARDSTICKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claims.model import Kind

# Where an act's amount went or came from: "exports to Brazil", "imports from Argentina".
_WAYS = frozenset(["to", "from"])
# Kinds of figure that count or weigh what an act is done to: "sent 12 nurses",
# "imported 3.2 million tonnes of rice" (a sum or a share is the act's own measure).
_ACTED_ON_KINDS = frozenset(["count", "mass", "volume"])
# Verbs whose object is no act's quantity of it: "costs the island 40 calls" (a loss
# told by its cost), "counted 12 coal plants" (a tally of what is there), "will join six
# others" (what the subject goes among).
_NO_ACT = frozenset(["cost", "represent", "involve", "comprise", "mean", "count", "join"])
# Tags of a verb in the present: what it does as a rule or is doing ("sells 10 million
# iPhones in a week", "operates 40 vessels", "is hiring 300 staff"), no one act's quantity.
_PRESENT = frozenset(["VBZ", "VBP", "VBG"])
# Words for things named elsewhere, which an act's thing would not say who they are.
_OTHERS = frozenset(["other"])
# Verbs of causing, whose infinitive is an act done, not one to come ("forcing the carrier
# to cancel 1,150 flights").
_CAUSING = frozenset(["force", "cause", "compel", "oblige", "prompt", "lead", "drive"])
# Auxiliaries of an act to come: "will buy 12 submarines" (submarines to be bought).
_FUTURE = frozenset(["will", "'ll", "shall"])
# Prepositions of where an act's object went or who did it, which say which of the things
# it is ("handed out to growers", "brought into Great Bay", "flown to safety"); not when
# or how ("after rejecting the lowest offer").
_ACT_WAYS = frozenset(["to", "from", "into", "onto", "by"])
# What money is earned on: "earned $148m on its investments" (no purpose of it).
_EARNED_ON = frozenset(["on"])
# Whom money is asked of: "sought Rs 2,500 crore from the Centre".
_SOURCES = frozenset(["from"])
# Prepositions of a post or a place a length was spent in ("served five years as
# chairman", "on the board"), which make it no prison term.
_POSTS = frozenset(["as", "on", "in", "at", "with"])
# What a share's group is said to be after "of them": "Malians", "civil servants".
_WHO_THEY_ARE = frozenset(["ADJ", "NOUN", "PROPN"])
# Words of a hedge between a group's comma and a share of it ("roughly a", "more than").
_HEDGE_POS = frozenset(["ADV", "DET", "ADJ", "ADP"])
_MAX_HEDGE = 3
# Moves from a figure to a related one before giving up (see `Walk.hops`).
_MAX_HOPS = 6
NOTHING = "nothing named"

_Found = list["Token"] | Decided[list["Token"]] | NotApplicable


@dataclass(frozen=True)
class Walk:
    """Where the measured rules stand: the word standing for the figure (``root``), the
    noun it counts or qualifies (``target``), the token indices of the figure itself,
    its kind, and how many moves to a related figure led here (a chain of them in a
    hostile text, "5 of 5 of 5 ...", ends after a few)."""

    root: Token
    target: Token | None
    figure: set[int]
    kind: Kind
    hops: int = 0

    @property
    def money(self) -> bool:
        return self.kind == "currency"

    @property
    def of_object(self) -> bool:
        """Whether the target is the object of an "of" on the figure ("20% of voters")."""
        return self.target is not None and self.target.head.head.i == self.root.i

    def to(self, root: Token, target: Token | None) -> Walk:
        """The walk moved to a related figure."""
        return replace(self, root=root, target=target, hops=self.hops + 1)


def measured(walk: Walk) -> Decided[list[Token]]:
    """The tokens naming what the figure measures, and the rule that found them."""
    if walk.hops > _MAX_HOPS:
        return Decided([], "too many related figures")
    found = first_rule(_RULES, walk, default=[], otherwise=NOTHING)
    if _bare_growth(found.value):  # "growth slowed to 1.2%"
        return Decided(Led("", [], after="economic growth"), f"{found.rule}: the economy's")
    return found


def _bare_growth(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are a growth alone, naming nothing that grew."""
    led = isinstance(tokens, Led) and bool(tokens.lead or tokens.after)
    return len(tokens) == 1 and tokens[0].lower_ in GROWTH_NOUNS and not led


def _exchange_rate(w: Walk) -> _Found:
    """ "the rupee traded at 84.5 per dollar" -> "rupee exchange rate to dollar"."""
    rate = exchange_rate(w.root, w.figure, w.kind)
    return NOT_APPLICABLE if rate is None else rate


def _growth_or_price(w: Walk) -> _Found:
    """ "the economy grew 4.2%" -> "economic growth"; "Nova shares fell 2.4%" -> "Nova
    share price": a change of an economy is its growth, of shares their price."""
    verb = governor(w.root) if w.root.dep_ == "pobj" else w.root.head
    if verb.pos_ not in VERBISH or change_of(verb) is None:
        return NOT_APPLICABLE
    subject = subject_of(verb, w.figure)
    if subject is None and verb.dep_ == "xcomp":  # "the economy is expected to grow 2.9%"
        subject = subject_of(verb.head, w.figure)
    if subject is None:
        return NOT_APPLICABLE
    if subject.lemma_.lower() in ECONOMIES and verb.lemma_ in GROWING:
        return Led("", [], after="economic growth")
    if subject.lower_ == "shares":
        return Led("", left_modifiers(subject, w.figure), after="share price")
    return NOT_APPLICABLE


def _share_of_yardstick(w: Walk) -> _Found:
    """ "2.5% of GDP on defence" is "defence as share of GDP": GDP is what the share is
    of, not what it measures; with nothing else named, the share of GDP."""
    target = w.target
    if not (w.of_object and target is not None and target.lemma_.lower() in YARDSTICKS):
        return NOT_APPLICABLE
    beyond = purpose(w.root, w.figure) or linked_subject(w.root, w.figure)
    if not beyond and w.root.dep_ == "pobj" and w.root.head.lower_ == "to":
        beyond = object_phrase(governor(w.root), w.figure)  # "pushing debt to 97% of GDP"
    of = " ".join(t.text for t in [*left_modifiers(target, w.figure), target])
    if of.lower() in OUTPUT_YARDSTICKS:
        of = "GDP"
    return Led("", beyond, after=f"as share of {of}" if beyond else f"share of {of}")


def _share_a_part_is(w: Walk) -> _Found:
    """ "coffee accounts for half of Uganda's exports" -> "coffee share of exports" (and
    "... and a third of its revenue" -> "coffee share of revenue"): a part's share of a
    whole, without the whole's owner (the claim's place or entity)."""
    whole, verb = w.target, governor(_first_of_joined(w.root))
    if not w.of_object or whole is None or whole.pos_ not in NOUNISH or whole.pos_ == "PRON":
        return NOT_APPLICABLE
    fraction = any(w.root.doc[i].lemma_.lower() in FRACTIONS for i in w.figure)
    if w.kind != "percentage" and not fraction:
        return NOT_APPLICABLE  # "accounts for 1,210 of the cases" counts cases
    particle = PART_OF.get(verb.lemma_.lower())
    if particle is None or verb.pos_ not in VERBISH:
        return NOT_APPLICABLE
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return NOT_APPLICABLE  # "makes 30% of its sales abroad"
    of = _whole_unowned(whole, w.figure)
    part = plain_subject_phrase(verb, w.figure)
    return Led("", part, after=f"share of {of}") if of else NOT_APPLICABLE


def _share_of_them_who_are(w: Walk) -> _Found:
    """ "employs 2,600 people, about 90% of them Malians" -> "share of employees who are
    Malians": a share told after a group and a comma, "of them" and a noun phrase alone,
    is the share of that group who are it (people a body employs are its employees). Of
    them with a preposition or a verb ("a quarter of them from abroad", "65% of them are
    farmers") says something else; a count of them counts its own noun."""
    doc, first, last = w.root.doc, min(w.figure), max(w.figure)
    fraction = any(doc[i].lemma_.lower() in FRACTIONS for i in w.figure)
    if w.kind != "percentage" and not fraction:
        return NOT_APPLICABLE
    if last + 3 >= len(doc) or [t.lower_ for t in doc[last + 1 : last + 3]] != ["of", "them"]:
        return NOT_APPLICABLE
    who: list[Token] = []
    for token in doc[last + 3 :]:
        if token.pos_ not in _WHO_THEY_ARE:
            break
        who.append(token)
    after = last + 3 + len(who)
    if not who or who[-1].pos_ == "ADJ" or (after < len(doc) and not doc[after].is_punct):
        return NOT_APPLICABLE
    comma = first - 1  # past a hedge: "about", "roughly a", "more than"
    while comma > 0 and first - comma <= _MAX_HEDGE and doc[comma].pos_ in _HEDGE_POS:
        comma -= 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].pos_ != "NOUN":
        return NOT_APPLICABLE
    group = doc[comma - 1]
    employed = group.dep_ == "dobj" and group.head.lemma_.lower() in EMPLOYING
    named = "employees" if employed and group.lemma_.lower() not in STAFF else group.text
    return Led("", [], after=f"share of {named} who are {' '.join(t.text for t in who)}")


def _first_of_joined(root: Token) -> Token:
    """The first of figures joined by "and" ("80% of exports and a third of revenue"),
    which the verb they share governs."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def _whole_unowned(whole: Token, figure: set[int]) -> str | None:
    """The whole a share is of, without its owner (the claim's place or entity):
    "exports" of "Uganda's exports", "food" of "Bolivia's food"."""
    owned = {t.i for c in whole.lefts if c.dep_ == "poss" for t in c.subtree}
    span = range(whole.left_edge.i, whole.i)  # not whom "its" stands for
    words = [t for t in left_modifiers(whole, figure) if t.i in span and t.i not in owned]
    return render([*words, *whole_word(whole)])


def _share_an_act_takes(w: Walk) -> _Found:
    """ "Santa Cruz, which grows 70% of Bolivia's food" -> "Santa Cruz share of food";
    "the company imports 86% of the diesel" -> "imported share of diesel" (a body named
    by a common noun or a pronoun is no measure: its share is named by its act). Not a
    change ("cut 20% of its staff"), nor having, owning, winning or saying."""
    whole, root = w.target, w.root
    if not w.of_object or whole is None or whole.pos_ not in NOUNISH:
        return NOT_APPLICABLE
    fraction = any(root.doc[i].lemma_.lower() in FRACTIONS for i in w.figure)
    if w.kind != "percentage" and not fraction:
        return NOT_APPLICABLE
    root = _first_of_joined(root)
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return NOT_APPLICABLE
    # A change done to a share ("cut 20% of its staff"); "grow" with a share of a whole
    # grows crops ("grows 70% of Bolivia's food").
    if change_of(verb) is not None and verb.lemma_.lower() not in CULTIVATING:
        return NOT_APPLICABLE
    of = _whole_unowned(whole, w.figure)
    lemma = verb.lemma_.lower()
    if not of or lemma in LINKING | LIGHT_VERBS | REPORTING | WINNING:
        return NOT_APPLICABLE  # "Labour won 40% of the vote" stays the party's
    subject = subject_of(verb, w.figure)
    if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        subject = verb.head  # "Santa Cruz, which grows ..."
    if subject is None:
        return NOT_APPLICABLE
    if _actor(subject) and subject.pos_ != "PROPN":  # "the company", "it"
        return Led("", [], after=f"{past_participle(lemma)} share of {of}")
    part = plain_subject_phrase(verb, w.figure)
    # "wind and solar generated 39% of the power": the part is both
    joined = [t for c in subject.children if c.dep_ in ("cc", "conj") for t in c.subtree]
    part = [*part, *sorted(joined, key=lambda t: t.i)] if part else part
    return Led("", part, after=f"share of {of}") if part else NOT_APPLICABLE


def _share_of_capacity(w: Walk) -> _Found:
    """ "the reservoir stood at 14% of capacity": how full its subject is, as a share."""
    if not (w.of_object and w.target is not None and w.target.lemma_.lower() in CAPACITIES):
        return NOT_APPLICABLE
    if not any(w.root.doc[i].lower_ in PERCENT_WORDS for i in w.figure):
        return NOT_APPLICABLE  # "3 GW of offshore wind capacity" is capacity
    subject = subject_phrase(governor(w.root), w.figure)
    return Led("", subject, after="share of capacity") if subject else NOT_APPLICABLE


def _share_its_subject_is(w: Walk) -> _Found:
    """ "turnout was 60 per cent of voters"; "lost a fifth of their buying power": the
    share is of what was lost."""
    yardstick = w.target is not None and w.target.lemma_.lower() in YARDSTICKS
    if not w.of_object or yardstick or governor(w.root).lemma_ not in LINKING:
        return NOT_APPLICABLE
    return linked_subject(w.root, w.figure) or NOT_APPLICABLE


def _share_that_acts(w: Walk) -> _Found:
    """ "60% of patients were seen within four hours", "three of the nine judges
    dissented": the group with what the share of it does or undergoes."""
    if not w.of_object or w.target is None:
        return NOT_APPLICABLE
    acts = what_it_does(w.root, w.figure)
    if not acts:
        return NOT_APPLICABLE
    return [*left_modifiers(w.target, w.figure), w.target, *acts]


def _unit_a_change_reached(w: Walk) -> _Found:
    """ "housing starts rose 9% to 214,055 units" (", compared with ..., to 78,500
    units"): a generic counted word reached by a change is the unit of what changed;
    "sales of 300,000 units": of the noun it is of."""
    target = w.target
    if target is None or target.lemma_.lower() not in GENERIC_COUNTED:
        return NOT_APPLICABLE
    if target.dep_ != "pobj":
        return NOT_APPLICABLE
    of = target.head
    framed = of.head.lemma_.lower() in FRAMING  # "a total of 212 cases" counts cases
    if of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.i != of.i and not framed:
        return noun_phrase(of.head, w.figure | set(subtree(of)), with_verb=True)
    if of.lower_ not in ("to", "from"):
        return NOT_APPLICABLE
    verb = governor(target)
    if verb.lemma_ == "compare" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in VERBISH or change_of(verb) is None:
        return NOT_APPLICABLE
    return subject_phrase(verb, w.figure) or NOT_APPLICABLE


def _count_a_measure_reached(w: Walk) -> _Found:
    """ "deliveries would reach about 880,000 cars", "sales of its models rose 27% to
    41,600 cars": a count a measure rises to or totals is that measure's, told in its
    unit. Not an actor's ("Volvo reached 700,000 cars"), nor what a change of its object
    reached ("raised its fleet to 120 jets"), nor whom a passive change went to ("power
    was cut to 9,000 homes"), nor people or places reached ("aid reached 400 villages")."""
    target = w.target
    if w.kind != "count" or target is None or target.lemma_.lower() in GENERIC_COUNTED:
        return NOT_APPLICABLE
    if target.lemma_.lower() in INHABITANTS | SETTLEMENTS | PLACE_NOUNS:
        return NOT_APPLICABLE
    if target.dep_ == "pobj" and target.head.lower_ == "to":
        verb = governor(target)
        reached = verb.pos_ in VERBISH and change_of(verb) is not None
    else:
        verb = target.head
        reached = target.dep_ == "dobj" and verb.lemma_ in TOTALLING
    if not reached or object_phrase(verb, w.figure):
        return NOT_APPLICABLE
    subject = subject_of(verb, w.figure)
    if subject is not None and subject.dep_ != "nsubj":
        return NOT_APPLICABLE  # "power was cut to 9,000 homes": whom it went to
    if subject is None and verb.dep_ == "xcomp":  # "deliveries are expected to reach"
        subject = subject_of(verb.head, w.figure)
    if subject is None or subject.pos_ not in NOUNISH:
        return NOT_APPLICABLE
    if _actor(subject) or subject.lemma_.lower() in {target.lemma_.lower()} | COUNT_FRAMES:
        return NOT_APPLICABLE  # "the tally rose to 47 deaths" counts deaths
    return subject_phrase(verb, w.figure) or NOT_APPLICABLE


def _target_of_a_count(w: Walk) -> _Found:
    """ "its target of 700 new stores" -> "new stores target", "a quorum of 120 deputies"
    -> "deputies quorum": a count a target or a limit is of is that quantity of the
    things, never a count of them (stores opened, deputies present)."""
    if w.target is None or w.target.dep_ != "pobj" or w.target.head.lower_ != "of":
        return NOT_APPLICABLE
    frame = w.target.head.head
    if frame.pos_ not in NOUNISH or frame.lemma_.lower() not in TARGETS:
        return NOT_APPLICABLE
    return Led("", noun_phrase(w.target, w.figure, with_verb=False), after=frame.lower_)


def _counted_noun(w: Walk) -> _Found:
    """The noun the figure counts or qualifies, with its modifiers; only a count reads
    its verb after it: "people killed", not "budget unveiled"; a count or an amount of
    stuff reads the act done to it ("bulbs to be handed out", "rice imports")."""
    if w.target is None:
        return NOT_APPLICABLE
    phrase = noun_phrase(w.target, w.figure, with_verb=True, acts=w.kind == "count")
    if w.of_object and len(phrase) == 1 + len(left_modifiers(w.target, w.figure)):
        # "2.42 tonnes of narcotics confiscated": the participle hangs on the unit.
        phrase += attachment(w.root, w.figure | {w.target.head.i})
    if w.kind == "count" and (done := _done_in_a_clause(w.target, phrase)):
        return Led("", phrase, after=done)  # "killing 40 people" -> "people killed"
    if act := _act_done_to_it(w, phrase) or _act_done_for_it(w, phrase):
        return Led("", phrase, after=act)  # "will hand out 1,200 tonnes of bulbs"
    fall = FALLS.get(w.target.lemma_.lower())
    if fall is not None and w.kind == "length":
        return _named_fall(w.target, phrase, fall)
    return phrase


def _done_in_a_clause(noun: Token, phrase: list[Token]) -> str:
    """The past participle of the act a participle clause does to ``noun`` ("killed" of
    ", killing 40 people"), unless the phrase names it or the act only leaves a state
    ("leaving 3,000 people homeless")."""
    verb = noun.head
    clause = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl", "conj")
    if not clause or noun.dep_ != "dobj" or verb in phrase:
        return ""
    if verb.lemma_ in LIGHT_VERBS | REPORTING or any(
        c.dep_ in ("oprd", "acomp") for c in verb.children
    ):
        return ""
    return past_participle(verb.lemma_.lower())


def _act_done_to_it(w: Walk, phrase: list[Token]) -> str:
    """The act done to what a count or an amount of stuff counts, when its phrase names
    nothing after it: the object of an act is that act's quantity of the thing, no
    other ("sent 12 nurses" -> "nurses sent", "could lose 30 sailings" -> "sailings
    lost", "will hand out 1,200 tonnes of bulbs to growers" -> "bulbs to be handed out
    to growers", "imported 3.2 million tonnes of rice" -> "rice imports"). Nothing for a
    verb of having, saying, costing or reaching, whose object is the thing itself, nor
    for one in the present, which tells what is done as a rule ("sells 10 million
    iPhones in a week"), nor for one the parse already read ("killed 40 people")."""
    if w.kind not in _ACTED_ON_KINDS or w.target is None:
        return ""
    if any(t.i > w.target.i for t in phrase):  # "satellites capable of ISR"
        return ""
    obj = w.root if w.of_object else w.target
    while obj.dep_ == "conj" and obj.head.pos_ in NOUNISH:  # "six ships and 21,000 passengers"
        obj = obj.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ in _PRESENT or verb in phrase:
        return ""
    if _infinitive_of_a_noun(verb):
        return ""
    lemma = verb.lemma_.lower()
    # "left 3,000 homeless" gives them a state; "will not bring back 5,174" does nothing
    state_or_none = any(c.dep_ in ("oprd", "acomp", "neg") for c in verb.children)
    if lemma in LIGHT_VERBS | REPORTING | TOTALLING | EMPLOYING | _NO_ACT or state_or_none:
        return ""
    noun = ACT_NOUNS.get(lemma)
    if noun is not None:  # "rice imports to Manila", as news names the act
        way = render(first_prep_phrase(verb, w.figure, only=_WAYS))
        return f"{noun} {way}" if way else noun
    ahead = ["to be"] if _ahead(verb) else []
    particle = [c.lower_ for c in verb.rights if c.dep_ == "prt"]  # "handed out"
    where = render(first_prep_phrase(verb, w.figure, only=_ACT_WAYS))  # "to growers"
    return " ".join([*ahead, past_participle(lemma), *particle, *([where] if where else [])])


def _act_done_for_it(w: Walk, phrase: list[Token]) -> str:
    """The act a count's members had done for or to them, told by the thing it handed or
    cut: "cut power to 27,000 customers" -> "customers with power cut", "restored water
    to 340 boreholes" -> "boreholes with water restored" (which customers they are: not
    all of them, nor those still cut off). Not a change of a level to the count ("raised
    its cap to 300 passengers": the cap's level)."""
    target = w.target
    if w.kind != "count" or target is None or target.dep_ != "pobj" or target.head.lower_ != "to":
        return ""
    if target.lemma_.lower() in _OTHERS:  # "pass the virus to 12 others": who they are is elsewhere
        return ""
    if any(t.i > target.i for t in phrase):
        return ""
    verb = target.head.head
    if verb.pos_ != "VERB" or verb.tag_ in _PRESENT or _infinitive_of_a_noun(verb):
        return ""
    given = next((c for c in verb.children if c.dep_ == "dobj" and c.i < target.i), None)
    if given is None or given.pos_ != "NOUN" or is_quantity(given):
        return ""
    lemma = verb.lemma_.lower()
    # a level changed names a measure ("lift capacity to 90 million passengers a year"),
    # or a thing with a determiner or an owner ("its cap", "the fleet")
    level = given.lemma_.lower() in CAPACITIES | TARGETS | LEVELS
    named = any(c.dep_ in ("det", "poss") for c in given.children)
    changed = (level or named) and change_of(verb) is not None
    if lemma in LIGHT_VERBS | REPORTING | _NO_ACT or level or changed:
        return ""
    thing = render([*left_modifiers(given, w.figure), given])
    particle = [c.lower_ for c in verb.rights if c.dep_ == "prt"]  # "cut off"
    ahead = ["to be"] if _ahead(verb) else []
    return " ".join(["with", thing or given.lower_, *ahead, past_participle(lemma), *particle])


def _infinitive_of_a_noun(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive after a noun, which says which quantity it is: "a
    licence to operate up to 7,500 satellites" (satellites licensed, not operated), "a
    tender to buy 12,000 tonnes"."""
    return verb.dep_ == "acl" and any(c.tag_ == "TO" for c in verb.lefts)


def _ahead(verb: Token) -> bool:
    """Whether ``verb`` is an act still to come: "will buy", "plans to hire"; not one a
    cause brought about ("forcing the carrier to cancel")."""
    will = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.lefts)
    caused = verb.head.lemma_.lower() in _CAUSING
    return will or (not caused and any(c.tag_ == "TO" for c in verb.lefts))


def _named_fall(target: Token, phrase: list[Token], fall: str) -> Led:
    """ "250 mm of heavy rain fell on the hills" -> "heavy rainfall on hills": a depth of
    rain or snow is its fall."""
    before = " ".join(t.text for t in phrase if t.i < target.i and t.pos_ != "DET")
    rest = [t for t in phrase if t.i > target.i and t.lemma_ != "fall"]
    name = f"{before} {fall}".strip()
    return Led(name, rest) if rest else Led("", [], after=name)


def _rate_change(w: Walk) -> _Found:
    """ "a quarter-point cut", "a 50 basis point reduction" -> "interest rate cut": a
    change sized in points that names nothing else is a change of interest rates."""
    if w.target is None or not _in_points(w):
        return NOT_APPLICABLE
    change = _change_in_points(w.target, w.figure)
    return NOT_APPLICABLE if change is None else change


def _in_points(w: Walk) -> bool:
    words = [w.root.doc[i].lower_ for i in w.figure]
    return any("point" in word or word in ("basis", "bp", "bps") for word in words)


def _change_in_points(noun: Token, figure: set[int]) -> Led | None:
    """The interest rate change ``noun`` names, with its adjectives ("further"); None when
    it names what changed ("tariff cut") or hangs a phrase on ("cut in spending")."""
    change = RATE_CHANGES.get(noun.lemma_.lower())
    phrase = noun_phrase(noun, figure, with_verb=False)
    if change is None or noun.pos_ != "NOUN" or any(t.i > noun.i for t in phrase):
        return None
    before = [t for t in phrase if t.i < noun.i]
    if any(t.dep_ != "amod" for t in before):
        return None
    plural = "s" if noun.tag_ == "NNS" else ""  # "200 basis points of cuts"
    return Led("", before, after=f"interest rate {change}{plural}")


def _participle_on_it(w: Walk) -> _Found:
    """ "44 tonnes seized at Antwerp", "$5bn spent on defence"."""
    return _participle(w.root, w.figure) or NOT_APPLICABLE


def _possessed(w: Walk) -> _Found:
    """ "a deposit of 10 months' rent"."""
    if w.root.dep_ == "poss" and w.root.head.pos_ in NOUNISH:
        return noun_phrase(w.root.head, w.figure, with_verb=False)
    return NOT_APPLICABLE


def _change_of_the_object(w: Walk) -> _Found:
    """ "sold 232 million iPhones, down 2%": the aside on the verb tells its object's change."""
    head, level = w.root.head, w.root.head.head
    if head.lower_ not in ASIDE_CHANGES or level.pos_ not in VERBISH:
        return NOT_APPLICABLE
    counted = [c for c in level.children if c.dep_ == "dobj" and c.i < head.i]
    if not counted or counted[0].pos_ not in NOUNISH:
        return NOT_APPLICABLE
    if is_quantity(counted[0]):
        return noun_phrase(counted[0], w.figure, with_verb=True, acts=True)
    # "reported a net profit of Dh 7.9 billion, up 23%"
    of = [o for p in counted[0].rights if p.lower_ == "of" for o in p.children]
    if any(o.dep_ == "pobj" and is_quantity(o) for o in of):
        return noun_phrase(counted[0], w.figure, with_verb=False)
    return NOT_APPLICABLE


def _change_of_a_level(w: Walk) -> _Found:
    """ "revenue was $18.4bn, up 94%": the change is of what the level measures."""
    head, level = w.root.head, w.root.head.head
    if head.lower_ not in ASIDE_CHANGES or not (level.i < w.root.i and is_quantity(level)):
        return NOT_APPLICABLE
    return measured(w.to(level, quantified_noun(level, w.figure)))


def _second_of_a_pair(w: Walk) -> _Found:
    """ "put growth at 2.1% and inflation at 3.4%": the noun just before the second
    figure's preposition, which the parse joins to the first figure, is its own."""
    if w.root.dep_ != "pobj" or w.root.head.i == 0:
        return NOT_APPLICABLE
    noun = w.root.doc[w.root.head.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in NOUNISH or not is_quantity(noun.head):
        return NOT_APPLICABLE
    return [*left_modifiers(noun, w.figure), noun]


def _after_a_preposition(w: Walk) -> _Found:
    if w.root.dep_ != "pobj":
        return NOT_APPLICABLE
    return first_rule(_PREPOSITION_RULES, _Pobj.of(w), default=[], otherwise=NOTHING)


def _ages_of(w: Walk) -> _Found:
    """ "three men, aged 27, 34 and 51" -> "age of men"."""
    head = w.root.head
    aged = head.head if head.lemma_ == "age" and head.dep_ in ("amod", "acl") else None
    if aged is not None and aged.pos_ in NOUNISH:
        return Led("age of", noun_phrase(aged, w.figure | {head.i}, with_verb=False))
    return NOT_APPLICABLE


def _age_of_the_one_described(w: Walk) -> _Found:
    """ "a 29-year-old nurse" -> "age of nurse"."""
    old = any(w.root.doc[i].lower_ == "old" for i in w.figure)
    if not old or w.target is None:
        return NOT_APPLICABLE
    return Led("age of", noun_phrase(w.target, w.figure, with_verb=False))


def _size_of_the_one_described(w: Walk) -> _Found:
    """ "a 48-kilometre pipeline" -> "length of pipeline", "a 25-tonne truck" -> "weight of
    truck": a measure hyphened onto a noun is its size; not a level it is the time since
    ("a 20-year low") nor a change it is the size of ("a 2-metre rise")."""
    size = SIZES.get(w.kind)
    hyphened = any(w.root.doc[i].text == "-" for i in w.figure)
    target = w.target
    if size is None or not hyphened or target is None or target.i < max(w.figure):
        return NOT_APPLICABLE
    if target.lemma_.lower() in LEVELS | CHANGE_NOUN_WORDS:
        return NOT_APPLICABLE
    # The thing with what it is of or joins ("border with Russia"), not what it did.
    words = [*left_modifiers(target, w.figure), *whole_word(target)]
    return Led(f"{size} of", [*words, *first_prep_phrase(target, w.figure)])


def _money_asked_for(w: Walk) -> _Found:
    """ "it would seek Rs 2,500 crore from the Centre" -> "funds sought from Centre",
    "unions had asked for $220" -> "funds asked for": money asked for, not who asks; a
    purpose named on it ("for local services") says what it is."""
    root = w.root
    if not w.money:
        return NOT_APPLICABLE
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        verb, asked = root.head.head, " for"
    elif root.dep_ == "dobj":
        verb, asked = root.head, ""
    else:
        return NOT_APPLICABLE
    if verb.pos_ not in VERBISH or verb.lemma_.lower() not in REQUESTING:
        return NOT_APPLICABLE
    purpose = purpose_of(root, figure=w.figure)  # "asked Rome for €20m for local services"
    if purpose:
        return purpose
    funds = f"funds {past_participle(verb.lemma_.lower())}{asked}"
    source = first_prep_phrase(verb, w.figure, only=_SOURCES)
    return Led(funds, source) if source else Led("", [], after=funds)


def _prison_term(w: Walk) -> _Found:
    """ "sentenced him to nine years in prison", "received sentences of four years and
    three years", "prosecutors had sought 12 years" -> "prison sentence": a court's term
    is the sentence, never who gets it. A term its own noun names ("a prison term of 15
    years", "a two-year suspended sentence") keeps it; "jailed for 11 years" names the
    act that lasted."""
    root = w.root
    if root.lemma_.lower() not in PERIOD_NOUNS:
        return NOT_APPLICABLE
    if _in_custody(root) or _sentenced_to(root) or _term_given(root):
        return Led("", [], after="prison sentence")
    return NOT_APPLICABLE


def _in_custody(token: Token) -> bool:
    """Whether ``token`` takes "in prison" (or jail, custody)."""
    return any(c.dep_ == "prep" and _custody(c) for c in token.children)


def _custody(prep: Token) -> bool:
    """Whether the preposition ``prep`` is "in prison" (or jail, custody)."""
    return prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CUSTODY for o in prep.children
    )


def _sentenced_to(root: Token) -> bool:
    """ "sentenced to three years"; "sentences of four years and three years" (the parse
    joins the second length to the noun), with no word naming the kind of sentence."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in SENTENCING
    noun = head.head if root.dep_ == "pobj" and head.lower_ == "of" else head
    if root.dep_ not in ("pobj", "conj") or noun.lemma_.lower() not in SENTENCES:
        return False
    return not any(c.dep_ in ("compound", "amod") for c in noun.children)


def _term_given(root: Token) -> bool:
    """ "was given five years", "prosecutors had sought 12 years": a bare length a verb of
    a court's term takes as its object; not one to do something in ("gave borrowers six
    months to repay"), of something ("faces two years of delays") or in a post ("served
    five years as chairman")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in TERMS_GIVEN:
        return False
    if any(c.dep_ in ("prep", "acl", "relcl") for c in root.children):
        return False
    posts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _POSTS]
    to_do = any(c.dep_ in ("xcomp", "advcl") for c in verb.children)
    return not to_do and all(_custody(p) for p in posts)


def _time_to_do(w: Walk) -> _Found:
    """ "has 15 days to appeal", "took 20 minutes to evacuate the stadium" -> "time to
    appeal", "time to evacuate stadium": a length of time had, given, needed or taken to
    do something is the time to do it, not who has it."""
    root = w.root
    if root.lemma_.lower() not in PERIOD_NOUNS or root.dep_ != "dobj":
        return NOT_APPLICABLE
    # the parse hangs the infinitive on the length or on the verb that takes it
    after = [*root.rights, *(c for c in root.head.rights if c.i > root.i)]
    for clause in after:
        to = any(t.tag_ == "TO" for t in clause.lefts)
        if clause.dep_ in ("relcl", "acl", "xcomp", "advcl") and clause.pos_ == "VERB" and to:
            act = [t for t in gerund(clause, w.figure) if t.pos_ != "PRON"]  # "restore them"
            return Led("time to", act)
    return NOT_APPLICABLE


def _margin(w: Walk) -> _Found:
    """ "won ..., finishing 41 seconds ahead of Aular" -> "winning margin", "crossed the
    line 19 seconds behind Holm" -> "time behind Holm", "finished ninth, 6 minutes 40
    seconds down" -> "time behind winner", "the project is two years behind schedule" ->
    "delay to project": a length of time one is ahead of or behind others by is a lead or
    a gap (behind a schedule, a delay), never who has it."""
    root = w.root
    if root.lemma_.lower() not in PERIOD_NOUNS or root.dep_ != "npadvmod":
        return NOT_APPLICABLE
    head = root.head  # "41 seconds ahead", or "finished ..., 6 minutes down" on the verb
    after = (c for c in head.children if c.dep_ in ("advmod", "prep") and c.i > root.i)
    word = head if head.lower_ in MARGINS else next((c for c in after if c.lower_ in MARGINS), None)
    if word is None:
        return NOT_APPLICABLE
    side = MARGINS[word.lower_]
    won = any(a.pos_ == "VERB" and a.lemma_.lower() in WINNING for a in word.ancestors)
    if side == "ahead" and won:
        return Led("", [], after="winning margin")
    # whom or what: "behind Holm", "ahead of schedule"
    ofs = [word, *(c for c in word.children if c.dep_ == "prep" and c.lower_ == "of")]
    other = next((o for p in ofs for o in p.children if o.dep_ == "pobj"), None)
    if other is None:
        return Led("", [], after=f"time {side} winner" if side == "behind" else "time ahead")
    late = plain_subject_phrase(word.head, w.figure) if side == "behind" else []
    if other.lemma_.lower() in SCHEDULES and late:  # "the project is two years behind schedule"
        return Led("delay to", late)
    lead = f"time {side}" if other.head.i == word.i else f"time {side} of"
    return Led(lead, [*left_modifiers(other, w.figure), other])


def _time_lasted(w: Walk) -> _Found:
    """ "the ferry crossing takes about three hours" -> "time taken by ferry crossing",
    "the strike lasted three weeks" -> "length of strike": a length of time a journey, a
    job or a state takes or lasts is its time or length, not the thing alone (one taken
    to do something is the time to do it)."""
    root, verb = w.root, w.root.head
    lead = LASTED.get(verb.lemma_.lower())
    if root.lemma_.lower() not in PERIOD_NOUNS or root.dep_ not in ("dobj", "npadvmod"):
        return NOT_APPLICABLE
    if lead is None or verb.pos_ != "VERB":
        return NOT_APPLICABLE
    # the subject of the verb, or of the one it is joined to ("trains run ... and take")
    thing = plain_subject_phrase(verb, w.figure | {verb.i})
    if not thing or all(t.pos_ == "PRON" for t in thing):  # "it took three hours"
        return NOT_APPLICABLE
    return Led(lead, thing)


def _employees(w: Walk) -> _Found:
    """ "Helvara, which employs 21,500 people" -> "employees": the people a body employs
    are its staff, not the word that counts them; a phrase saying which of them (past a
    place) keeps them as the ones employed ("people employed during construction"), and
    so does a trade or an industry that employs them, which is no entity ("people
    employed in tourism"). A noun that names staff ("36,000 staff", "workers") and a
    change of them ("2,000 fewer people") name themselves."""
    target = w.target
    if target is None or target.dep_ != "dobj" or target.i in w.figure:
        return NOT_APPLICABLE
    verb = target.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EMPLOYING:
        return NOT_APPLICABLE
    if target.lemma_.lower() in STAFF or any(t.tag_ in ("JJR", "RBR") for t in target.lefts):
        return NOT_APPLICABLE
    staff = [*left_modifiers(target, w.figure), target]
    which = first_prep_phrase(verb, w.figure) or first_prep_phrase(target, w.figure)
    if which:
        return Led("", staff, after=f"employed {render(which)}")
    subject = subject_of(verb, w.figure)
    if subject is None and verb.dep_ == "conj":  # "accounts for 12% ... and employs"
        subject = subject_of(verb.head, w.figure)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the mine, which will employ ..."
    if subject is None or _actor(subject) or subject.pos_ != "NOUN":
        return Led("", [], after="employees")
    trade = render([*left_modifiers(subject, w.figure), subject])
    return Led("", staff, after=f"employed in {trade}")


def _population(w: Walk) -> _Found:
    """ "a country of 930,000 people", "the town of Kemi, with 20,000 inhabitants",
    "Peru's 34 million people", "Amman, home to 4.8 million people", "Chile has 19
    million people", "Banjul shrank to 28,200 people", "the town of 62,000", "132,000
    people live in the country": the people a place is of, with or home to, that it has,
    grows or shrinks to, that are its own or live in it, saying nothing more of them than
    where the place lies, are its population."""
    target = w.target
    if target is None:  # "the town of 62,000": a bare count of a place is its people
        held = w.root if w.kind == "count" and w.root.dep_ == "pobj" else None
        return _population_of() if held is not None and _inhabited(held) else NOT_APPLICABLE
    if target.lemma_.lower() not in INHABITANTS:
        return NOT_APPLICABLE
    if any(_says_which(c) for c in target.rights):
        return NOT_APPLICABLE  # "with 1,200 people in shelters" says which people
    if any(c.dep_ in ("amod", "compound") for c in target.lefts):
        return NOT_APPLICABLE  # "2,000 displaced people" are some of them
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose":  # "Samoa, whose 200,000 people"
        owner = _relative_to(target)
    if owner is not None:  # "the island's 281,000 people", "its 5.4 million people"
        return _population_of() if _place_like(owner) or owner.lower_ == "its" else NOT_APPLICABLE
    if target.dep_ == "pobj" and _inhabited(target):
        return _population_of()
    if target.dep_ == "nsubj" and target.head.lemma_ == "live":  # "132,000 people live in"
        places = [c for c in target.head.children if c.dep_ == "prep"]
        return _population_of() if any(map(_says_where, places)) else NOT_APPLICABLE
    # "Chile has 19 million people", "Banjul shrank to 28,200 people": a place's own
    verb = governor(target) if target.dep_ == "pobj" else target.head
    changed = target.head.lower_ in _WAYS and verb.pos_ in VERBISH and bool(change_of(verb))
    if (target.dep_ == "dobj" and verb.lemma_ == "have") or changed:
        subject = subject_of(verb, w.figure)
        if subject is not None and _place_like(subject):
            return _population_of()
    return NOT_APPLICABLE


def _says_which(token: Token) -> bool:
    """Whether ``token``, after a count of people, says which people ("in shelters", "who
    fled"); a base the count changed from ("to 28,200 people from 31,300"), where the
    place lies ("on nine islands", "between Switzerland and Austria") and a clause in
    the singular, which is the place's ("people that depends on tourism"), do not."""
    if token.dep_ not in ("prep", "acl", "relcl"):
        return False
    if token.dep_ == "relcl" and token.head.tag_ == "NNS":
        return not any(t.tag_ == "VBZ" for t in (token, *token.lefts))
    if _says_where(token):
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return not (token.lower_ == "from" and objects and is_quantity(objects[0]))


def _says_where(prep: Token) -> bool:
    """Whether the preposition ``prep`` names a place or land: "in Norway", "on the
    island", "on 21 square kilometres"."""
    objects = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    land = [o for o in objects if _place_like(o) or o.lemma_.lower() in PLACE_NOUNS]
    area = [o for o in objects if any(c.lower_ == "square" for c in o.lefts)]
    return bool(objects) and len(land) + len(area) == len(objects)


def _relative_to(token: Token) -> Token | None:
    """The noun a relative clause ``token`` is in hangs on ("Samoa" of "Samoa, whose
    200,000 people are young")."""
    for clause in token.ancestors:
        if clause.dep_ == "relcl":
            return clause.head
    return None


def _capacity(w: Walk) -> _Found:
    """ "the mill can make 450,000 tonnes a year" -> "capacity of mill", "the ground
    holds 11,000", "centres which can hold 3,000 people", "a train built for 1,800
    people": what a thing can take in or turn out, or is built for, is its capacity, not
    the things counted."""
    if w.kind in ("currency", "percentage"):
        return NOT_APPLICABLE  # "the fund holds $2 billion", "the reservoirs held 41%"
    held = w.root if w.root.dep_ in ("dobj", "pobj") or w.target is None else w.target
    verb = held.head.head if held.dep_ == "pobj" else held.head
    if held.dep_ == "pobj" and held.head.lower_ == "for" and verb.lemma_.lower() in ROOMS:
        # "the vault has room for 4.5 million samples": the vault's capacity
        owner = verb.head
        room = verb.dep_ == "dobj" and owner.pos_ in VERBISH and owner.lemma_ == "have"
        thing = plain_subject_phrase(owner, w.figure | {owner.i}) if room else []
        return Led("capacity of", thing) if thing else NOT_APPLICABLE
    if held.dep_ == "pobj" and held.head.lower_ == "for":  # "built for 400 people"
        if verb.lemma_ not in BUILT_FOR or verb.tag_ != "VBN" or verb.dep_ != "acl":
            return NOT_APPLICABLE
        built = verb.head
        return Led("capacity of", [*left_modifiers(built, w.figure), built])
    if held.dep_ != "dobj" or verb.lemma_ not in CAPACITY_VERBS:
        return NOT_APPLICABLE
    able = any(c.dep_ == "aux" and c.lower_ in ABLE for c in verb.children)
    # the plain present says what a place holds of a bare number only ("the party holds
    # all 30 seats", "the tank holds 5,000 litres of rain water" name what is held)
    holds = verb.lemma_ in HOLDS and verb.tag_ in ("VBZ", "VBP") and w.target is None
    if not (able or holds or _at_one_time(held)):
        return NOT_APPLICABLE
    subject = subject_of(verb, w.figure)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in RELATIVE:
        return Led("", [], after="capacity")  # "it can handle": never whoever says so
    if verb.dep_ == "relcl":  # "the Riverside ground, which holds 52,000": the ground
        thing = [*left_modifiers(verb.head, w.figure), verb.head]
    else:
        thing = plain_subject_phrase(verb, w.figure | {verb.i})
    return Led("capacity of", thing) if thing else Led("", [], after="capacity")


def _at_one_time(held: Token) -> bool:
    """Whether the words after ``held`` make it what a thing takes at one time, in any
    tense: "held 12 visitors at a time", "carry 10 passengers each"."""
    after = held.doc[held.i + 1 : held.i + 4]
    for words in AT_ONE_TIME:
        if tuple(t.lower_ for t in after[: len(words)]) == words:
            return after[0].dep_ != "det"  # "each day": the day's
    return False


def _population_of() -> Led:
    """What a place's own people measure."""
    return Led("", [], after="population")


def _inhabited(token: Token) -> bool:
    """Whether ``token`` is the object of a place's "of" or "with" ("a country of 5.6
    million people") or of "home to" ("home to 400,000 people")."""
    prep, place = token.head, token.head.head
    if prep.lower_ == "to" and place.lower_ == "home":
        return True
    if prep.lower_ == "with" and place.pos_ in VERBISH and prep.i >= 2:
        # "Kosovo, with 1.6 million residents, received ...": the parse hangs the aside
        # on the verb; the name before its comma is the place
        named = prep.doc[prep.i - 2]
        return prep.nbor(-1).text == "," and named.i < place.i and _place_like(named)
    return prep.lower_ in INHABITED and _place_like(place)


def _place_like(token: Token) -> bool:
    """Whether ``token`` names a place: a settlement's noun ("town", "island") or a
    place's name."""
    tagged = token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC")
    # the gazetteer knows names the tagger missed, or read as a common noun ("Lagos
    # grew"), with the names compounded before it ("Marshall Islands")
    words = [*(c.text for c in token.lefts if c.dep_ == "compound" and c.is_title), token.text]
    names = {token.text, " ".join(words)}
    named = tagged or (token.is_title and any(map(names_place, names)))
    return named or token.lemma_.lower() in SETTLEMENTS


def _price_of_what_sells(w: Walk) -> _Found:
    """ "the stadium will cost $1.2bn" -> "cost of stadium", "a goat fetched KSh 6,000",
    "the painting sold for £2.4m" -> "price of painting": a sum a thing costs or sells for
    measures its cost or price, not the thing; a seller's act on what it sells ("sold
    their crop for $5m") is not one."""
    root = w.root
    if not w.money:
        return NOT_APPLICABLE
    if root.dep_ == "pobj" and root.head.lower_ in PRICE_PREPS:
        verb = root.head.head
    elif root.dep_ == "dobj" and root.head.lemma_.lower() not in SOLD_FOR:
        verb = root.head
    else:
        return NOT_APPLICABLE
    lead = PRICED.get(verb.lemma_.lower())
    # a seller's act on what it sells ("sold their crop for $5m"); an object beside a sum
    # that is itself the object is an aside the parse misreads ("costs Rs 30, three
    # times the fare")
    sold = root.dep_ == "pobj" and any(
        c.dep_ == "dobj" and c.i not in w.figure for c in verb.children
    )
    if lead is None or verb.pos_ not in VERBISH or sold:
        return NOT_APPLICABLE
    thing = plain_subject_phrase(verb, w.figure | {verb.i})  # not "costing" of "a package costing"
    if thing:
        return Led(f"{lead} of", thing)
    # "that would cost small businesses $9m": what costs is no thing named, whom it costs is
    payer = _payer(verb, root)
    if lead == "cost" and payer is not None:
        return Led("cost to", [*left_modifiers(payer, w.figure), payer])
    return NOT_APPLICABLE


def _payer(verb: Token, money: Token) -> Token | None:
    """The noun a verb of cost takes before the sum, whom it costs ("would cost small
    businesses $9m"); the parse reads it as an indirect or a second direct object."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dative", "dobj") and c.i < money.i and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _multiplied(w: Walk) -> _Found:
    """ "maize prices have doubled", "double its fleet": a multiple told by its verb
    measures what the verb multiplies, its object when it has one, else its subject."""
    verb = w.root
    if verb.pos_ not in VERBISH or verb.lemma_.lower() not in MULTIPLYING:
        return NOT_APPLICABLE
    thing = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in NOUNISH), None)
    if thing is not None and not is_quantity(thing):
        return noun_phrase(thing, w.figure, with_verb=False)
    return subject_phrase(verb, w.figure) or NOT_APPLICABLE


def _age_of_a_name(w: Walk) -> _Found:
    """ "Holm, 26, has ...", "coach Thomas Berger, 44": a bare number set beside a name is
    the age of the name alone, not of what the sentence says of it ("found Petreski, 58,
    guilty")."""
    # A count, or years of age when the unit's owner has already read it as an age.
    bare = w.root.pos_ == "NUM" and w.target is None and w.kind in ("count", "duration")
    named = _name_beside(w) if bare else None
    if named is None:
        return NOT_APPLICABLE
    return Led("age of", [*left_modifiers(named, w.figure), named])


def _name_beside(w: Walk) -> Token | None:
    """The name an age is set beside. A surname the tagger reads as an adjective
    ("Noble, 29,") or hangs on the age ("Aular, 29, who") is a name when the unit's owner
    has read the number as an age (a duration) from the commas around it."""
    root = w.root
    age = w.kind == "duration"
    if root.dep_ == "appos":
        named = root.head
        misread = age and named.pos_ == "ADJ" and named.is_title
        return named if named.pos_ == "PROPN" or misread else None
    if not age:
        return None
    return next(
        (
            c
            for c in root.lefts
            if c.dep_ in ("amod", "compound") and c.is_title and c.nbor(1).text == ","
        ),
        None,
    )


def _age_as_subject(w: Walk) -> _Found:
    """ "the 26-year-old ran ...": the age is the subject, what it does is not measured."""
    if w.root.lower_ == "old" and w.root.dep_ in ("nsubj", "nsubjpass"):
        return []
    return NOT_APPLICABLE


def _time_spent(w: Walk) -> _Found:
    """ "spent 11 days at a camp", "face 12 years in prison"."""
    root, head = w.root, w.root.head
    counted_period = any(c.dep_ == "nummod" for c in root.children)
    if not (root.dep_ == "dobj" and root.lemma_.lower() in PERIOD_NOUNS and counted_period):
        return NOT_APPLICABLE
    doing = _doing(head, root, w.figure)
    if doing:  # "spent 18 months redesigning the engine"
        return Led("time", [head, *doing])
    where = first_prep_phrase(head, w.figure) or first_prep_phrase(root, w.figure)
    spent = [head, *where]
    if len(spent) > 1 and head.pos_ == "VERB" and head.lemma_ not in LINKING | LIGHT_VERBS:
        return spent
    return NOT_APPLICABLE


def _figure_told_before(w: Walk) -> _Found:
    """ "62.1% of patients were treated ..., while in London the figure was 58.3%",
    "944,000 people live with dementia, a figure expected to pass 1.1 million": a bare
    "the figure" its verb's subject stands for one told before it, which names what both
    measure ("double the figure for last year" keeps it: the figure is compared)."""
    if w.root.dep_ not in ("attr", "dobj", "oprd"):
        return NOT_APPLICABLE
    subject = _subject_or_described(governor(w.root), w.figure)
    if subject is None or subject.lemma_.lower() not in BACK_REFERENCES:
        return NOT_APPLICABLE
    if any(c.dep_ in ("prep", "compound", "amod") for c in subject.children):
        return NOT_APPLICABLE  # "the figure for May", "the jobless figure" name their own
    if subject.dep_ == "appos" and is_quantity(subject.head):
        told: Token | None = subject.head
    else:
        arguments = ("nsubj", "nsubjpass", "dobj", "attr")
        earlier = [t for t in w.root.doc[: subject.i] if t.dep_ in arguments and is_quantity(t)]
        told = earlier[-1] if earlier else None
    if told is None or told.i in w.figure:
        return NOT_APPLICABLE
    number = next((c for c in told.children if c.dep_ == "nummod"), None)
    counted = told.pos_ in NOUNISH and told.lower_ not in PERCENT_WORDS
    if counted and number is not None:  # "944,000 people": the count's noun
        return measured(w.to(number, told))
    return measured(w.to(told, quantified_noun(told, w.figure)))


def _subject_or_described(verb: Token, figure: set[int]) -> Token | None:
    """The subject of ``verb``, or the noun a participle it hangs on describes ("a
    figure expected to pass 1.1 million")."""
    for _ in range(3):
        subject = subject_of(verb, figure)
        if subject is not None:
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ in NOUNISH:
            return verb.head
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


_ARGUMENTS = ("dobj", "npadvmod", "attr", "acomp", "oprd", "advmod", "nsubj", "nsubjpass")


def _share_of_a_state(w: Walk) -> _Found:
    """ "the fire was 5% contained", "the stadium is 80% complete": what is in the state,
    with the state (not a comparison: "5% higher")."""
    root = w.root
    if w.kind != "percentage":
        return NOT_APPLICABLE
    if root.dep_ == "attr":  # "was 38 per cent full": the parse hangs the state on the figure
        state = next((c for c in root.rights if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
        verb = root.head
    elif root.dep_ in ("npadvmod", "advmod", "nsubj") and root.head.dep_ == "acomp":
        state, verb = root.head, root.head.head
    else:
        return NOT_APPLICABLE
    if state is None or state.tag_ in ("JJR", "RBR") or change_of(state) is not None:
        return NOT_APPLICABLE
    subject = plain_subject_phrase(verb, w.figure)
    return [*subject, state] if subject else NOT_APPLICABLE


def _argument_of_a_verb(w: Walk) -> _Found:
    if w.root.dep_ not in _ARGUMENTS:
        return NOT_APPLICABLE
    return governed(w.root, w.figure, money=w.money, count=w.kind == "count")


def _money_in_a_list(w: Walk) -> _Found:
    """ "$61bn for Ukraine, $14bn for Israel": each sum names its own purpose."""
    if w.root.dep_ in ("appos", "conj") and w.money:
        return purpose_of(w.root, figure=w.figure) or NOT_APPLICABLE
    return NOT_APPLICABLE


def _apposition(w: Walk) -> _Found:
    if w.root.dep_ == "appos" and w.root.head.pos_ in NOUNISH:
        return noun_phrase(w.root.head, w.figure, with_verb=False)
    return NOT_APPLICABLE


def _joined_to_one_before(w: Walk) -> _Found:
    """ "82 rescuers and 20 million yuan in aid": what the figure before measures."""
    if w.root.dep_ == "conj" and w.root.head.i < w.root.i:
        return measured(w.to(w.root.head, None))
    return NOT_APPLICABLE


_RULES: tuple[Rule[Walk, list[Token]], ...] = (
    Rule("an exchange rate", _exchange_rate),
    Rule("a multiple told by its verb: what it multiplies", _multiplied),
    Rule("a change of an economy or of shares", _growth_or_price),
    Rule("share of a yardstick: what it is spent on", _share_of_yardstick),
    Rule("a share of capacity: how full its subject is", _share_of_capacity),
    Rule("a part's share of a whole", _share_a_part_is),
    Rule("a share of a group told before it: who they are", _share_of_them_who_are),
    Rule("share its subject is", _share_its_subject_is),
    Rule("a share of a group, with what it does", _share_that_acts),
    Rule("a share an act takes of a whole", _share_an_act_takes),
    Rule("an age of the one it describes", _age_of_the_one_described),
    Rule("a size of the one it describes", _size_of_the_one_described),
    Rule("the cost or price of what sells", _price_of_what_sells),
    Rule("the people of a place", _population),
    Rule("what a thing can hold or make", _capacity),
    Rule("money asked for", _money_asked_for),
    Rule("a prison term", _prison_term),
    Rule("the time to do something", _time_to_do),
    Rule("a lead or a gap in time", _margin),
    Rule("the time a thing takes or lasts", _time_lasted),
    Rule("the people a body employs", _employees),
    Rule("a generic unit: what changed or what it is of", _unit_a_change_reached),
    Rule("an interest rate change in points", _rate_change),
    Rule("a count a measure reached", _count_a_measure_reached),
    Rule("a target or a limit of a count", _target_of_a_count),
    Rule("the noun it counts or qualifies", _counted_noun),
    Rule("participle on the amount", _participle_on_it),
    Rule("possessive amount", _possessed),
    Rule("change of the verb's object", _change_of_the_object),
    Rule("change of a level", _change_of_a_level),
    Rule("the second of two pairs of a noun and its figure", _second_of_a_pair),
    Rule("after a preposition", _after_a_preposition),
    Rule("ages of the people named", _ages_of),
    Rule("an age as subject", _age_as_subject),
    Rule("time spent doing something", _time_spent),
    Rule("a share of a state reached", _share_of_a_state),
    Rule("the figure told before", _figure_told_before),
    Rule("an age beside a name", _age_of_a_name),
    Rule("argument of a verb", _argument_of_a_verb),
    Rule("money in a list names its purpose", _money_in_a_list),
    Rule("apposition to a noun", _apposition),
    Rule("joined to the figure before", _joined_to_one_before),
)


# --- a figure after a preposition -----------------------------------------------------


@dataclass(frozen=True)
class _Pobj:
    """A figure that is the object of a preposition: the walk, the preposition, the word
    it is an argument of (past the preposition) and, after "from", "with", "than"..., the
    figure it is compared with."""

    walk: Walk
    prep: Token
    owner: Token
    compared: Token | None

    @classmethod
    def of(cls, w: Walk) -> _Pobj:
        prep = w.root.head
        compared = _compared_quantity(w.root, w.figure) if prep.lower_ in COMPARING else None
        return cls(w, prep, governor(w.root), compared)


def _won_by(p: _Pobj) -> _Found:
    """ "to beat Nico Arnold by 0.18 seconds", "won by 12 seconds" -> "winning margin": a
    length of time one wins by is the winner's lead, never the one beaten."""
    root, owner = p.walk.root, p.owner
    if p.prep.lower_ != "by" or root.lemma_.lower() not in PERIOD_NOUNS:
        return NOT_APPLICABLE
    if owner.pos_ != "VERB" or owner.lemma_.lower() not in WON_BY:
        return NOT_APPLICABLE
    return Led("", [], after="winning margin")


def _own_purpose_against(p: _Pobj) -> _Found:
    """ "$331bn, against $594bn for the rival plan": money names its own purpose."""
    if p.compared is None or not p.walk.money:
        return NOT_APPLICABLE
    return purpose_of(p.walk.root, figure=p.walk.figure) or NOT_APPLICABLE


def _compared_count(p: _Pobj) -> _Found:
    """ "78% of the deal, up from 50%": a bare count counts what it is compared with."""
    if p.compared is None or p.walk.root.pos_ != "NUM" or p.walk.kind != "count":
        return NOT_APPLICABLE
    compared, figure = p.compared, p.walk.figure
    whole = of_object(compared, figure)
    if whole is not None and compared.pos_ == "NUM":  # "seven of the 19 officials ..."
        return measured(p.walk.to(compared, whole))
    if compared.lower_ not in PERCENT_WORDS:
        whole = None
    return noun_phrase(whole or compared, figure, with_verb=True)


def _compared_figure(p: _Pobj) -> _Found:
    """ "39.4 per cent of the power, up from 38.1 per cent": what the other measures."""
    if p.compared is None:
        return NOT_APPLICABLE
    return measured(p.walk.to(p.compared, quantified_noun(p.compared, p.walk.figure)))


def _how_long_a_stoppage_ran(p: _Pobj) -> _Found:
    """ "shut down the port for four days" -> "length of shutdown", "the fire burned for
    31 hours" -> "length of fire": a length of time a thing is stopped for is the
    stoppage's, not who stopped it; one a thing goes on for is that thing's."""
    root, owner = p.walk.root, p.owner
    if root.lemma_.lower() not in PERIOD_NOUNS or p.prep.lower_ != "for" or owner.pos_ != "VERB":
        return NOT_APPLICABLE
    lemma = owner.lemma_.lower()
    stoppage = STOPPAGES.get(lemma)
    if stoppage is not None and any(c.dep_ == "dobj" for c in owner.children):
        return Led("", [], after=f"length of {stoppage}")
    subject = subject_of(owner, p.walk.figure)
    going_on = bool(verb_lemmas(owner.text, lemma) & ONGOING)
    if not going_on or subject is None or subject.dep_ != "nsubj":
        return NOT_APPLICABLE
    if subject.pos_ != "NOUN":  # "it burned for hours": a pronoun names nothing
        return NOT_APPLICABLE
    return Led("length of", [*left_modifiers(subject, p.walk.figure), subject])


def _cost_of_an_act(p: _Pobj) -> _Found:
    """ "run its plant for 41 days, at a cost of 2.6 billion pesos" -> "cost of running
    plant", "relief will be extended at a cost of $1.8bn" -> "cost of relief": a cost an
    act is done at is the cost of doing it to its object, or of what a passive act is
    done to; never of who acts ("the ministry acted, at a cost of $3m" stays "cost")."""
    cost, figure = p.owner, p.walk.figure
    if p.prep.lower_ != "of" or cost.lemma_.lower() != "cost" or cost.dep_ != "pobj":
        return NOT_APPLICABLE
    verb = cost.head.head
    if cost.head.lower_ != "at" or verb.pos_ != "VERB":
        return NOT_APPLICABLE
    done = next(
        (c for c in verb.rights if c.dep_ == "dobj" and c.i not in figure and not is_quantity(c)),
        None,
    )
    if done is not None and done.pos_ in NOUNISH:
        act = f"cost of {present_participle(verb.lemma_.lower())}"
        return Led(act, [*left_modifiers(done, figure), done])
    subject = subject_of(verb, figure)
    if subject is None or subject.dep_ != "nsubjpass" or _actor(subject):
        return NOT_APPLICABLE
    return Led("cost of", [*left_modifiers(subject, figure), subject])


def _how_long_an_act_ran(p: _Pobj) -> _Found:
    """ "was jailed for 11 years", "served as mayor for 10 years"."""
    root, owner, figure = p.walk.root, p.owner, p.walk.figure
    lasted = root.lemma_.lower() in PERIOD_NOUNS and p.prep.lower_ == "for"
    acted = owner.lemma_ not in LINKING | LIGHT_VERBS and change_of(owner) is None
    if not (lasted and owner.pos_ == "VERB" and acted):
        return NOT_APPLICABLE
    doer = plain_subject_phrase(owner, figure)
    return [*doer, owner] if doer else [owner, *first_prep_phrase(owner, figure)]


def _how_long_a_state_lasted(p: _Pobj) -> _Found:
    """ "has been under siege for 11 months" -> "length of siege"."""
    root, owner = p.walk.root, p.owner
    if not (root.lemma_.lower() in PERIOD_NOUNS and p.prep.lower_ == "for"):
        return NOT_APPLICABLE
    if owner.pos_ == "NOUN" and owner.dep_ == "pobj":  # "for" read as on "siege"
        states, owner = [owner], owner.head.head
    else:
        states = [o for c in owner.rights if c.dep_ == "prep" for o in c.children]
    states = [s for s in states if s.dep_ == "pobj" and s.pos_ == "NOUN" and not is_quantity(s)]
    if owner.lemma_ not in LINKING | STAYING or not states:
        return NOT_APPLICABLE
    return Led("length of", [*left_modifiers(states[0], p.walk.figure), states[0]])


def _verb_read_as_noun(p: _Pobj) -> _Found:
    """ "capped rent rises ... at 2 per cent": a verb in a noun's place is a misread noun."""
    if p.owner.pos_ == "VERB" and p.owner.dep_ in ("dobj", "nsubj", "pobj"):
        return noun_phrase(p.owner, p.walk.figure | set(subtree(p.prep)), with_verb=False)
    return NOT_APPLICABLE


def _part_of_a_counted_whole(p: _Pobj) -> _Found:
    """ "1,000 satellites, including 500"."""
    owner = p.owner
    counted_whole = owner.tag_ == "NNS" and owner.lower_ not in PERCENT_WORDS
    if p.walk.root.pos_ == "NUM" and counted_whole and is_quantity(owner):
        return noun_phrase(owner, p.walk.figure, with_verb=True)
    return NOT_APPLICABLE


def _restates_a_figure(p: _Pobj) -> _Found:
    """ "fell 3 per cent to $2.06": what the other figure measures."""
    if p.owner.pos_ in NOUNISH and is_quantity(p.owner):
        return measured(p.walk.to(p.owner, quantified_noun(p.owner, p.walk.figure)))
    return NOT_APPLICABLE


def _level_reached(p: _Pobj) -> _Found:
    """ "gold hit a record high of $2,450": what reached the level."""
    owner = p.owner
    if owner.pos_ in NOUNISH and owner.lemma_.lower() in LEVELS and owner.i not in p.walk.figure:
        return linked_subject(owner, p.walk.figure) or NOT_APPLICABLE
    return NOT_APPLICABLE


def _framing_noun(p: _Pobj) -> _Found:
    """ "is investing a total of 200 million": the verb's subject."""
    owner = p.owner
    if owner.pos_ in NOUNISH and owner.lemma_.lower() in FRAMING and owner.head.pos_ in VERBISH:
        return subject_phrase(owner.head, p.walk.figure)
    return NOT_APPLICABLE


def _rate_change_of_points(p: _Pobj) -> _Found:
    """ "a further cut of 100 basis points" -> "further interest rate cut"."""
    if p.prep.lower_ != "of" or not _in_points(p.walk):
        return NOT_APPLICABLE
    change = _change_in_points(p.owner, p.walk.figure)
    return NOT_APPLICABLE if change is None else change


def _size_of_a_change_made(p: _Pobj) -> _Found:
    """ "raised its dividend by 8%" -> "dividend": the size of a change made to something
    names what changed, not its owner (the entity); a rate's change is the rate cut or
    increase ("cut interest rates by half a point" -> "interest rate cut")."""
    owner = p.owner
    if p.prep.lower_ != "by" or owner.pos_ != "VERB":
        return NOT_APPLICABLE
    way = change_of(owner)
    changed = next((c for c in owner.children if c.dep_ == "dobj" and c.i < p.prep.i), None)
    if way is None or changed is None or changed.pos_ not in NOUNISH:
        return NOT_APPLICABLE
    if is_quantity(changed) or changed.lower_ in PERCENT_WORDS:
        return NOT_APPLICABLE
    owned = {i for c in changed.lefts if c.dep_ == "poss" for i in subtree(c)}
    span = range(changed.left_edge.i, changed.i)
    kept = [
        t
        for t in left_modifiers(changed, p.walk.figure)
        if t.doc is changed.doc and t.i in span and t.i not in owned
    ]
    if changed.lemma_.lower() != "rate":
        return [*kept, changed]
    word = singular(changed.text) if changed.tag_ in ("NNS", "NNPS") else changed.text
    return Led("", kept, after=f"{word} {'increase' if way == 'up' else 'cut'}")


def _noun_it_hangs_on(p: _Pobj) -> _Found:
    """ "revenue of $2.5bn", "a tariff of 25 per cent"."""
    owner, figure = p.owner, p.walk.figure
    if owner.pos_ in NOUNISH and owner.i not in figure and owner.lemma_.lower() not in FRAMING:
        return noun_phrase(owner, figure | set(subtree(p.prep)), with_verb=False)
    return NOT_APPLICABLE


def _verb_it_hangs_on(p: _Pobj) -> _Found:
    """Money says what it is for ("amounts to £13bn for defence"); a change names what
    changed ("cut rates to 10 per cent"), else its subject. A price that changed, or one
    something is sold at, is for nothing."""
    owner, root, figure = p.owner, p.walk.root, p.walk.figure
    if owner.pos_ not in VERBISH:
        return NOT_APPLICABLE
    priced = p.walk.money and change_of(owner) is None and p.prep.lower_ != "at"
    spent_on = purpose(root, figure) if priced else []
    return spent_on or object_phrase(owner, figure) or subject_phrase(owner, figure)


def _adverb_of_change(p: _Pobj) -> _Found:
    """ "higher by 3%", "up by 3%"."""
    if p.owner.pos_ in ("ADV", "ADJ", "ADP"):
        return governed(p.owner, p.walk.figure, money=p.walk.money)
    return NOT_APPLICABLE


_PREPOSITION_RULES: tuple[Rule[_Pobj, list[Token]], ...] = (
    Rule("a winner's lead in time", _won_by),
    Rule("money's own purpose, against another", _own_purpose_against),
    Rule("a count compared with another", _compared_count),
    Rule("compared with another figure", _compared_figure),
    Rule("how long a stoppage or a thing going on ran", _how_long_a_stoppage_ran),
    Rule("the cost an act is done at", _cost_of_an_act),
    Rule("how long an act ran", _how_long_an_act_ran),
    Rule("how long a state lasted", _how_long_a_state_lasted),
    Rule("a verb read as a noun", _verb_read_as_noun),
    Rule("part of a counted whole", _part_of_a_counted_whole),
    Rule("restates another figure", _restates_a_figure),
    Rule("a level reached", _level_reached),
    Rule("a framing noun", _framing_noun),
    Rule("an interest rate change of points", _rate_change_of_points),
    Rule("the noun it hangs on", _noun_it_hangs_on),
    Rule("the size of a change made to something", _size_of_a_change_made),
    Rule("the verb it hangs on", _verb_it_hangs_on),
    Rule("an adverb of change", _adverb_of_change),
)


def time_frame_of(root: Token, figure: set[int], *, kind: Kind) -> Decided[list[Token]]:
    """What a period something happens in is the time of, by the first of the
    `_PERIOD_RULES` that applies."""
    return first_rule(_PERIOD_RULES, Walk(root, None, figure, kind), default=[], otherwise=NOTHING)


def _since_the_last_one(w: Walk) -> _Found:
    """ "its first reduction in five years" -> "time since last reduction"; "their lowest
    level in four years" -> "time since lowest level"."""
    holder = w.root.head.head
    if holder.pos_ in NOUNISH:
        nouns = [holder]
    else:  # "won its first league title in 11 years", "fell to their lowest level in ..."
        nouns = [c for c in holder.children if c.dep_ in ("dobj", "attr", "appos")]
        nouns += [o for c in holder.children if c.dep_ == "prep" for o in c.children]
    for noun in nouns:
        if noun.pos_ not in NOUNISH or noun.i in w.figure:
            continue
        marks = [
            t for t in noun.subtree if t.i < noun.i and (t.lower_ in FIRSTS or t.tag_ == "JJS")
        ]
        if marks:
            kept = [c for c in noun.lefts if c.dep_ in LEFT_DEPS and c.lower_ not in FIRSTS]
            lead = "time since last" if marks[0].lower_ in FIRSTS else "time since"
            return Led(lead, [*kept, noun])
    return NOT_APPLICABLE


def _span_of_an_amount(w: Walk) -> _Found:
    """ "$17bn in tax cuts over five years" -> "span of tax cuts"; "300 mm of rain in 24
    hours" -> "span of rain": what the amount of the clause measures, over that span."""
    if w.root.head.lower_ not in SPAN_PREPS:  # "within 62 days" is a bound, not a span
        return NOT_APPLICABLE
    holder = _clause_of(w.root.head.head)
    if holder.pos_ in NOUNISH and is_quantity(holder):
        amount: Token | None = holder
    else:
        arguments = [c for c in holder.children if c.dep_ in ("dobj", "attr", "nsubj")]
        amount = next((c for c in arguments if c.i not in w.figure and is_quantity(c)), None)
    if amount is None:
        return NOT_APPLICABLE
    money = any(t.tag_ == "$" for t in amount.subtree)
    numbers = {t.i for t in amount.subtree if t.pos_ == "NUM" and t.i != amount.i}
    walk = Walk(amount, None, w.figure | numbers, "currency" if money else "count", hops=1)
    target = quantified_noun(amount, walk.figure)
    count = next((c for c in amount.children if c.dep_ == "nummod" and c.like_num), None)
    # "vaccinated 2,100 children in six hours" counts children; "300 mm" is a unit's.
    things = unit_after(amount.doc.text, amount.idx) is None
    if target is None and count is not None and things:
        walk = replace(walk, root=count)
        target = amount
    what = measured(replace(walk, target=target)).value
    return Led("span of", what) if what else NOT_APPLICABLE


def _subject_of_its_clause(w: Walk) -> _Found:
    """ "prices fell in four years": the subject of the clause, never a noun on the way."""
    holder = _clause_of(w.root.head.head)
    return subject_phrase(holder, w.figure) if holder.pos_ in VERBISH else NOT_APPLICABLE


def _clause_of(holder: Token) -> Token:
    """The amount or the verb a period's phrase hangs on, past nouns on the way."""
    for _ in range(4):
        if holder.pos_ in VERBISH or is_quantity(holder) or holder.head.i == holder.i:
            break
        holder = holder.head
    return holder


_PERIOD_RULES: tuple[Rule[Walk, list[Token]], ...] = (
    Rule("the time since the last one", _since_the_last_one),
    Rule("the span of an amount", _span_of_an_amount),
    Rule("the subject of its clause", _subject_of_its_clause),
)


def governed(
    token: Token, figure: set[int], *, money: bool = False, count: bool = False
) -> list[Token]:
    """Measured phrase for a figure that is an argument of a verb or an up/down adverb.

    Only money names a purpose ("paid £13m in bribes"); "1,000 satellites in orbit"
    are not for orbit. A bare count is counted by the act done to it ("arrested 14").
    """
    acted = act_on(token, figure) if count else []
    if acted:
        return acted
    head = token.head
    if head.lower_ == "worth" and head.head.pos_ in VERBISH:
        valued = object_phrase(head.head, figure)  # "signed deals with France worth £476m"
        if valued:
            return valued
    if head.pos_ in ("ADV", "ADJ", "ADP") and head.i != token.i:  # "shares [were] up 3%"
        subject = subject_phrase(head, figure)
        if subject:
            return subject
        if head.head.pos_ in NOUNISH:  # "drugs worth $5m"
            return noun_phrase(head.head, figure | {head.i}, with_verb=False)
        head = head.head
    if head.pos_ not in VERBISH:
        return []
    if token.dep_ in ("nsubj", "nsubjpass"):
        return _subject_figure(head, figure)
    return _object_figure(token, head, figure, money=money)


def _subject_figure(verb: Token, figure: set[int]) -> list[Token]:
    """What a figure that is its verb's subject measures: "$5bn is the cost of the
    bridge", "$5bn was spent on defence", "34 per cent preferred the Coalition"; without
    a phrase the verb alone ("24 are believed ...", "the 62-year-old said") names nothing."""
    if verb.lemma_ == "be":
        attr = next((c for c in verb.rights if c.dep_ == "attr" and c.pos_ in NOUNISH), None)
        return noun_phrase(attr, figure, with_verb=False) if attr is not None else []
    particle = [c for c in verb.rights if c.i == verb.i + 1 and c.dep_ in ("prt", "advmod")]
    done = done_to(verb, figure) or infinitive(verb, figure)  # "6% planned to spoil ballots"
    if done:
        return [verb, *particle, *done]
    phrase = first_prep_phrase(verb, figure)
    if not phrase or phrase[-1].lemma_.lower() in FRAMING:
        return []  # "the 125% comes on top of a 20% duty" names nothing it measures
    return [verb, *particle, *phrase]


def _object_figure(token: Token, verb: Token, figure: set[int], *, money: bool) -> list[Token]:
    """What a figure that is its verb's object measures: the subject of a linking verb
    ("prices averaged $100"), what money is paid or raised for ("paid £13m in bribes",
    "raised £26bn in taxes", "spending £4.2m a day housing asylum seekers"), else the
    verb's subject."""
    if token.dep_ == "dobj" and verb.lemma_ in LINKING:
        subject = subject_phrase(verb, figure)
        if subject:
            return subject
    # "the union, which lost $2.4m": its loss, not it; "would rather lose $60m" is none
    lost = verb.tag_ in ("VBD", "VBN")
    if money and token.dep_ == "dobj" and verb.lemma_ in LOSING and lost:
        return Led("", [], after="loss")
    if money and token.dep_ in ("dobj", "npadvmod") and verb.lemma_ in RELEASING:
        # "released $40m for school meals" names what for; else the funds and their way
        funds = f"funds {past_participle(verb.lemma_)}"
        way = first_prep_phrase(verb, figure, only=_WAYS)
        paid_out = Led(funds, way) if way else Led("", [], after=funds)
        return purpose_of(token, verb, figure=figure) or paid_out
    earned_on = first_prep_phrase(verb, figure, only=_EARNED_ON) if verb.lemma_ == "earn" else []
    if money and token.dep_ == "dobj" and earned_on:
        return Led("earnings", earned_on)  # "earned $148m on its investments": no purpose
    collected = verb.lemma_ in COLLECTING
    unchanged = change_of(verb) is None
    if money and token.dep_ in ("dobj", "npadvmod") and (unchanged or collected):
        spent_on = (
            purpose_of(token, verb, figure=figure)
            or _doing(verb, token, figure)
            or _to_do(verb, token, figure)
        )
        if spent_on:
            return spent_on
    # An actor's act names its amount ("pledged £120m", "pumped 9.98 million barrels a
    # day"); a share stays the actor's ("the Conservatives polled 24 per cent") unless
    # it is bargained for ("offered 8 per cent").
    acts = verb.lemma_ not in LIGHT_VERBS | REPORTING | LINKING
    acts = acts and token.dep_ == "dobj" and (unchanged or money and collected)
    share = any(token.doc[i].lower_ in PERCENT_WORDS for i in figure)
    share = share and verb.lemma_ not in BARGAINING
    actor = subject_of(verb, figure)
    # "UTE could need to import 500 GWh"; "Kenya shipped tea, earning $1.2bn"; "It
    # exported 2,140 tonnes, but earned $390 million"
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if actor is None and (verb.dep_ in ("xcomp", "conj") or participle):
        actor = subject_of(verb.head, figure)
    if acts and not share and _actor(actor):
        return _act_named(verb, token, figure)
    return subject_phrase(verb, figure)


def _act_named(verb: Token, amount: Token, figure: set[int]) -> list[Token]:
    """An actor's act that names its amount, by the noun news names it with, with where
    it went or came from ("exported 610 GWh to Brazil" -> "exports to Brazil"); an act
    with no such noun by its verb ("pledged")."""
    noun = ACT_NOUNS.get(verb.lemma_.lower()) or ACT_NOUNS.get(verb.lower_)
    if noun is None:
        return [verb]
    way = first_prep_phrase(verb, figure, only=_WAYS)
    way = way or first_prep_phrase(amount, figure, only=_WAYS)  # "500 GWh from Argentina"
    return Led(noun, way) if way else Led("", [], after=noun)


def _to_do(verb: Token, money: Token, figure: set[int]) -> list[Token]:
    """What money is paid or spent to do: "to curb departures" of "pays Tunisia €105
    million to curb departures"."""
    for child in verb.rights:
        to = [t for t in child.lefts if t.tag_ == "TO"]
        if child.i > money.i and child.dep_ in ("xcomp", "advcl") and to:
            return [*to, *gerund(child, figure)]
    return []


def _actor(subject: Token | None) -> bool:
    """Whether ``subject`` is one who acts (a name, a pronoun, a body): never what its
    money measures."""
    if subject is None:
        return False
    body = subject.lemma_.lower() in ORGANISATIONS
    relative = subject.tag_ in ("WDT", "WP")  # "temperatures, which touched 47C"
    return subject.pos_ == "PROPN" or (subject.pos_ == "PRON" and not relative) or body


def time_frame(root: Token) -> bool:
    """Whether the figure is a period something happens in ("fell in four years",
    "300 millimetres in 24 hours"), not an amount of anything."""
    return (
        root.dep_ == "pobj"
        and root.lemma_.lower() in PERIOD_NOUNS
        and root.head.lower_ in TIME_FRAME_PREPS
    )


def misread_amount_verb(root: Token) -> bool:
    """Whether the figure follows a verb of amount parsed as a plural noun at the root
    ("The new phone costs £999": "phone costs" read as one noun)."""
    head = root.head
    misread = head.dep_ == "ROOT" and head.pos_ in NOUNISH
    return misread and head.i < root.i and head.lower_ in AMOUNT_VERBS


def purpose(root: Token, figure: set[int]) -> list[Token]:
    """What money is for: an in/on/for phrase on the figure or on the verb governing it."""
    return purpose_of(root, governor(root), figure=figure)


def purpose_of(*owners: Token, figure: set[int]) -> list[Token]:
    """The first in/on/for phrase on any of ``owners`` that names a purpose."""
    for owner in owners:
        phrase = first_prep_phrase(owner, figure, only=PURPOSE_PREPS)
        if not phrase or phrase[-1].lemma_.lower() in WHEN_NOUNS | PERIOD_NOUNS:
            continue  # "on Monday morning" is when, not what the money is for
        if phrase[1].tag_ == "VBG":  # "on buying back shares": the act is the purpose
            return phrase[1:]
        if phrase[-1].lemma_.lower() not in FRAMING:
            return noun_phrase(phrase[-1], figure, with_verb=False)
    return []


def _participle(root: Token, figure: set[int]) -> list[Token]:
    """A past participle on a unit or sum with its phrase ("$5bn spent on defence"), or
    with the place it happened in, which the claim's place holds ("tonnes seized at
    Antwerp" -> "seized"); a bare "used" names nothing."""
    for child in root.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i not in figure:
            phrase = first_prep_phrase(child, figure)
            placed = any(c.dep_ == "prep" and says_where(c) for c in child.rights)
            return [child, *phrase] if phrase or placed else []
    return []


def _compared_quantity(root: Token, figure: set[int]) -> Token | None:
    """The figure that ``root`` ("from 38.1 per cent", "compared with 63") is set against:
    a number or counted noun among the arguments of the verb the comparison hangs on, or
    the last in the clause a reporting verb it hangs on reports."""
    governor = root.head.head
    if governor.pos_ in ("ADV", "ADJ") and governor.head.i != governor.i:  # "up from"
        governor = governor.head
    if governor.lemma_ == "compare" and governor.head.i != governor.i:  # "compared with"
        governor = governor.head
    if governor.pos_ not in VERBISH:
        return None
    arguments = [
        _framed(c, figure)
        for c in governor.children
        if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "nsubjpass")
        and c.i not in figure
        and c.i < root.i
    ]
    found = next((c for c in reversed(arguments) if is_quantity(c)), None)
    if found is None and governor.lemma_ in REPORTING:  # "..., the agency said, up from 9,870"
        reported = [c for c in governor.children if c.dep_ == "ccomp" and c.i < root.i]
        before = [t for c in reported for t in c.subtree if t.i not in figure]
        found = next((t for t in reversed(before) if is_quantity(t)), None)
    return found


def _framed(token: Token, figure: set[int]) -> Token:
    """What a framing noun frames ("people" of "a total of 12,400 people"), else itself."""
    if token.lemma_.lower() in FRAMING:
        return of_object(token, figure) or token
    return token


def named_before(root: Token, figure: set[int]) -> list[Token]:
    """Names compounded before the figure: "MacBook Pro" of "MacBook Pro 16 inch"."""
    return [
        t
        for child in root.lefts
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i not in figure
        for t in child.subtree
        if t.i not in figure and t.pos_ in NOUNISH
    ]


def _doing(verb: Token, money: Token, figure: set[int]) -> list[Token]:
    """What money is spent doing: "housing asylum seekers" of "spending £4.2m a day
    housing asylum seekers"."""
    for child in verb.rights:
        led_to = child.lemma_.lower() in RESULTING  # ", leaving a gap": no purpose
        if child.i > money.i and child.tag_ == "VBG" and child.dep_ in ("xcomp", "advcl"):
            return [] if led_to else gerund(child, figure)
    return []


def done_to(verb: Token, figure: set[int]) -> list[Token]:
    """The object of an act (not of having, saying or a change) with its modifiers."""
    lemma = verb.lemma_.lower()
    if lemma in LINKING | LIGHT_VERBS | REPORTING or change_of(verb) is not None:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in figure and not is_quantity(child):
            return [*left_modifiers(child, figure), child]
    return []


def act_on(token: Token, figure: set[int]) -> list[Token]:
    """The act done to a bare count, with its phrase ("arrested in dawn raids" of "police
    arrested 14 in dawn raids"); nothing for having, being, saying or a change."""
    verb = token.head
    if token.dep_ != "dobj" or token.pos_ != "NUM" or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    if lemma in LINKING | LIGHT_VERBS | REPORTING or change_of(verb) is not None:
        return []
    return [verb, *first_prep_phrase(verb, figure)]
