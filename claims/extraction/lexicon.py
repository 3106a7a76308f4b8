"""The words and parse labels the context rules look for.

Kept apart from the rules so a reader can check the vocabulary at a glance and a
new word is a one-line change with a row in tests/test_context.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claims.extraction.nlp import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words of change, matched on lemma and on surface ("higher", "down").
UP = frozenset(
    ["rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain", "raise", "hike"]
    + ["boost", "rebound", "rally", "spike", "double", "triple", "expand", "accelerate"]
    + ["widen", "swell", "balloon", "rocket", "up", "higher", "lift"]
)
DOWN = frozenset(
    ["fall", "drop", "decline", "decrease", "cut", "slash", "reduce", "lower", "shrink"]
    + ["plunge", "slump", "lose", "slide", "sink", "tumble", "dip", "ease", "contract", "shed"]
    + ["plummet", "crash", "retreat", "slip", "halve", "trim", "down", "narrow", "fewer"]
)
# Words that tell a change in an aside after a level ("$18.4bn, up 94%").
ASIDE_CHANGES = frozenset(["up", "down", "higher", "lower"])
# Change verbs whose noun names no change ("a five-year contract", "a double room").
NOT_CHANGE_NOUNS = frozenset(["contract", "shed", "sink", "retreat", "double", "triple", "rocket"])
# Comparatives after a figure, and the words that make the comparison one with an
# earlier time: "9% above the same day last year", "4,000 more than a year ago".
MORE_THAN = frozenset(["more", "above", "higher", "over"])
LESS_THAN = frozenset(["fewer", "less", "below", "lower", "under"])
EARLIER = frozenset(
    ["ago", "earlier", "last", "previous", "before", "prior", "now", "year-earlier"]
    + ["year-ago", "yesterday"]
)
# Verbs of small or plain movement that take "up"/"down" as the direction ("edged up to").
MOVING = frozenset(
    ["edge", "inch", "tick", "creep", "move", "go", "come", "push", "drift", "nudge", "revise"]
    + ["step", "ramp", "scale", "bump", "shoot", "head", "trend", "crawl", "jump", "climb"]
)
# Verbs that equate their subject with the figure ("X reached N", "X stood at N").
LINKING = frozenset(
    ["be", "reach", "stand", "hit", "total", "amount", "equal", "remain", "represent", "top"]
    + ["exceed", "average", "become", "account", "hover", "sit", "cost", "pass", "surpass"]
    + ["near", "approach", "cross"]
)
# Change verbs whose direct object is an amount gathered ("raised $50m from investors").
COLLECTING = frozenset(["raise"])
# Verbs whose subject owns their object: "Ford has 13,000 workers" counts Ford workers.
OWNING = frozenset(["have", "own", "employ", "operate", "run", "boast", "house", "field"])
# Verbs of saying and believing: "one official said" counts officials, not sayings.
# (The small model may read one as a plural noun: "a plan the CSIRO estimates would
# cost"; the reporter is never what is measured.)
REPORTING = frozenset(
    ["say", "tell", "add", "warn", "note", "claim", "argue", "write", "report", "believe"]
    + ["think", "estimate", "expect", "insist", "confirm", "deny", "explain", "reckon"]
    + ["predict"]
)
# Verbs of having and holding: their object is counted, not acted on.
LIGHT_VERBS = frozenset(
    ["have", "be", "get", "make", "take", "give", "include", "see", "use", "need", "want"]
    + ["hold", "keep", "contain", "own", "do", "reach", "exceed", "top", "total"]
)
# Irregular verbs whose past tense is also their participle ("seats won", "iPhones sold").
SAME_PAST = frozenset(
    ["won", "sold", "lost", "struck", "cut", "paid", "built", "found", "held", "bought"]
    + ["brought", "caught", "sent", "spent", "shot", "hit", "put", "set", "left", "kept"]
    + ["led", "fed", "made", "read", "sought", "taught", "told", "hurt", "shut", "spread"]
)
# Prepositions that introduce the size or end of a change ("rose to", "fell by", "a cut of").
CHANGE_PREPS = frozenset(["to", "by", "of"])
# Verbs of amount the small model tags as a plural noun at the root ("The phone costs £999").
AMOUNT_VERBS = frozenset(["costs", "weighs", "totals", "tops", "exceeds", "averages"])
# Nouns that frame a count of what follows their "of" ("the number of people killed").
COUNT_FRAMES = frozenset(["number", "count", "tally", "backlog"])
# Nouns a change passes through to its figure ("rose by an average of 4.5%").
CHANGE_FRAMES = frozenset(["average", "total"])
# Prepositions that say where or against what a change happened ("in Oslo", "against
# the dollar", "on the ASX"); "after the report" says why, not what.
WHERE_PREPS = frozenset(["in", "on", "against"])
# Prepositions whose object says what money is for ("paid £13m in bribes").
PURPOSE_PREPS = frozenset(["in", "on", "for"])
# Objects of those prepositions that frame rather than name a purpose ("in the event of").
FRAMING = frozenset(["event", "case", "exchange", "addition", "total", "response", "return", "top"])
# Nouns that name a time, never what money is for ("on Monday morning", "in March").
WHEN_NOUNS = frozenset(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "today",
        "tomorrow",
        "yesterday",
        "quarter",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# Prepositions that put a period as the time something happens in ("in 24 hours",
# "over 12 years"): the period then measures nothing the sentence names.
TIME_FRAME_PREPS = frozenset(
    ["in", "over", "within", "during", "after", "across", "on", "since", "throughout"]
)
# Prepositions of comparison, after which a count may leave its noun unsaid.
COMPARING = frozenset(["from", "with", "than", "versus", "against"])
# Prepositions that pick part of a counted whole ("including some 500").
SUBSETS = frozenset(["including", "among", "excluding"])
RELATIVE = frozenset(["which", "that", "who"])
# Pronouns that stand for each of the nouns a clause hangs on ("turbines, each standing").
EACH = frozenset(["each", "both", "all"])
# Nouns of bodies that report on themselves: "the bank said it would cut 4,000 jobs".
ORGANISATIONS = frozenset(
    ["company", "firm", "government", "group", "bank", "council", "agency", "ministry"]
    + ["department", "regulator", "union", "party", "club", "board", "authority", "operator"]
    + ["airline", "carmaker", "retailer", "insurer", "lender", "utility", "charity", "giant"]
    + ["maker", "business", "organisation", "organization", "institute", "office", "fund"]
    + ["commission", "service", "university", "hospital", "country", "city", "team", "trust"]
    + ["network", "association", "federation", "league", "army", "corporation", "manufacturer"]
    + ["producer", "exporter", "importer", "chain", "platform", "start-up", "startup", "state"]
)
# Key under which a parsed sentence keeps the parse of the sentence before it.
PREVIOUS = "claims.previous"
# The tags of the nouns a pronoun may stand for: "it" a singular, "their" a plural.
PRONOUN_NUMBER = MappingProxyType(
    {
        "it": ("NN", "NNP"),
        "its": ("NN", "NNP"),
        "they": ("NNS", "NNPS"),
        "their": ("NNS", "NNPS"),
    }
)
# Objects of time that say when, not what ("rose in March").
TIME_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september"]
    + ["october", "november", "december", "monday", "tuesday", "wednesday", "thursday"]
    + ["friday", "saturday", "sunday", "year", "years", "month", "months", "week", "weeks"]
    + ["day", "days", "quarter", "today", "yesterday", "period", "time"]
)
# "63 last year": a time word between a number and a noun means the number does not count it.
TIME_DEICTICS = frozenset(["last", "this", "next", "previous", "past"])
# Scale words, spelled out (part of the figure) or abbreviated (matched between counts).
SCALE_NAMES = frozenset(["thousand", "million", "billion", "trillion", "lakh", "crore"])
SCALE_WORDS = SCALE_NAMES | {"m", "bn", "k"}
# What a share is a share of, not what it measures ("2.5 per cent of GDP").
YARDSTICKS = frozenset(["gdp", "income", "output", "economy", "gni", "product", "total"])
# Nouns of a level reached ("a record high of $2,450"): the subject is what reached it.
LEVELS = frozenset(["high", "low", "record", "level", "peak", "total", "average", "maximum"])
# Units of a share: an object in them is the size of a change, not what changed.
PERCENT_WORDS = frozenset(["%", "cent", "percent", "percentage", "point", "points"])
# Nouns a number divides rather than counts ("two-thirds of them").
FRACTIONS = frozenset(["half", "third", "quarter", "fifth", "tenth", "percent", "cent"])
# Units of time: "in the first three months ... up from 300" counts no months.
PERIOD_NOUNS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade"])
# spaCy keeps some plurals as their own lemma ("staff" is its own plural: it stays);
# "bases" is lemmatised "basis" ("21 bases").
SINGULAR = MappingProxyType({"people": "person", "police": "police officer", "basis": "base"})
# Nouns of a group of people counted by a bare number: "a crowd of more than 61,000".
COLLECTIVES = MappingProxyType(
    {
        "crowd": "person",
        "population": "person",
        "audience": "viewer",
        "workforce": "worker",
        "electorate": "voter",
        "congregation": "person",
    }
)
# Tag brackets, attributes, paths and whitespace: article markup that must not reach a phrase.
MARKUP = re.compile(r"[<>=\s]|/\w")

NOUNISH = ("NOUN", "PROPN")
VERBISH = ("VERB", "AUX")
# Dependencies by which a number or unit hangs on the noun it quantifies.
MODIFIER_DEPS = frozenset(["nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"])
# Modifiers kept in a measured phrase, before the head noun.
LEFT_DEPS = frozenset(["compound", "amod", "nmod"])


def is_quantity(token: Token) -> bool:
    """A number, or a noun a number counts ("3 per cent", "125,600 positions")."""
    if token.like_num or token.pos_ == "NUM" or token.text[:1].isdigit():
        return True  # "RM2.70" is no like_num; "18bn" is read as a noun
    return token.pos_ in NOUNISH and any(c.dep_ == "nummod" and c.like_num for c in token.children)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Every word the parser's lemmatizer lists as an English noun, verb, adjective or
    adverb (WordNet's index, shipped with the pipeline)."""
    lemmatizer: Any = nlp().get_pipe("lemmatizer")  # a Lemmatizer, typed as any pipe
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index[pos])


def is_dictionary_word(token: Token) -> bool:
    """Whether ``token`` is an ordinary English word ("shares", "Firm"), not a name
    ("Blackmores", "Starlink") the small model tagged as a common noun."""
    return in_dictionary(token.lower_) or in_dictionary(token.lemma_.lower())


def in_dictionary(word: str) -> bool:
    """Whether the lower-case ``word`` is listed as an English word ("dose")."""
    return word in _dictionary()


def is_mixed_case(token: Token) -> bool:
    """Whether ``token`` is written with a capital inside it ("iPhones", "eBay"): a name,
    whatever its tag, that keeps its letters as written."""
    text = token.text
    return any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _closed(doc: Doc) -> bool:
    """Whether the sentence ends with a stop: read from its last tokens, not ``doc.text``."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return last is not None and last.text.endswith((".", "!", "?"))


def misread_verb(verb: Token) -> Token | None:
    """The real verb of a headline the small model misreads ("US lifts levy on goods to
    145%": "lifts" taken for a plural subject, "levy" for the verb), else ``None``.

    Only in a headline (no closing stop), only a plural of a change verb right before a
    present-tense verb that takes no object ("UK tax cuts boost growth" is read right),
    after a name ("US lifts") or a conjunction ("... but lifts levy").
    """
    if verb.dep_ not in ("ROOT", "conj") or verb.tag_ != "VBP" or _closed(verb.doc):
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    before = verb.nbor(-1) if verb.i > 0 else None
    if before is None or before.dep_ != "nsubj" or before.tag_ != "NNS" or before.i == 0:
        return None
    named = any(c.dep_ == "compound" for c in before.lefts)  # "US" of "US lifts"
    joined = verb.dep_ == "conj" and before.nbor(-1).dep_ == "cc"  # "... but lifts levy"
    change = before.lemma_.lower() in UP | DOWN
    return before if (named or joined) and change else None
