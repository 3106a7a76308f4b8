"""Verbs the rules look for: of change, movement, linking, having, saying.

The parse rules match a verb by its lemma; the text rules (which run before any parse)
match its written forms, which `forms` builds from the lemmas: "rise" is "rise",
"rises", "rose", "risen", "rising".
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

# Words of change, matched on lemma and on surface ("higher", "down").
UP = frozenset(
    ["rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain", "raise", "hike"]
    + ["boost", "rebound", "rally", "spike", "double", "triple", "expand", "accelerate"]
    + ["widen", "swell", "balloon", "rocket", "up", "higher", "lift"]
    + ["strengthen", "appreciate", "ascend"]  # a currency's rise; a climb
    + ["lengthen", "inflate"]  # "lengthening the season by", "inflated its bill by"
)
DOWN = frozenset(
    ["fall", "drop", "decline", "decrease", "cut", "slash", "reduce", "lower", "shrink"]
    + ["plunge", "slump", "lose", "slide", "sink", "tumble", "dip", "ease", "contract", "shed"]
    + ["plummet", "crash", "retreat", "slip", "halve", "trim", "down", "narrow", "fewer"]
    + ["weaken", "depreciate", "descend"]  # a currency's fall; a descent
    + ["shorten"]  # "the course was shortened by 400 metres"
    + ["slow"]  # "inflation slowed to 21.3%"
    + ["reduction"]  # the noun is not lemmatised to "reduce": "a quarter-point reduction"
)
# Words that tell a change in an aside after a level ("$18.4bn, up 94%").
ASIDE_CHANGES = frozenset(["up", "down", "higher", "lower"])
# Verbs that are a multiple themselves ("prices have doubled"): what they multiply is measured.
MULTIPLYING = frozenset(["double", "triple", "quadruple"])
# Change verbs whose noun names no change ("a five-year contract", "a double room").
NOT_CHANGE_NOUNS = frozenset(["contract", "shed", "sink", "retreat", "double", "triple", "rocket"])
# Verbs of small or plain movement that take "up"/"down" as the direction ("edged up to").
MOVING = frozenset(
    ["edge", "inch", "tick", "creep", "move", "go", "come", "push", "drift", "nudge", "revise"]
    + ["step", "ramp", "scale", "bump", "shoot", "head", "trend", "crawl", "jump", "climb"]
)
# Verbs of movement whose "down" is no fall: "shot down" is destroyed, "stepped down"
# resigned ("shot up", "stepped up" are rises).
UP_ONLY = frozenset(["shoot", "step"])
# Verbs that equate their subject with the figure ("X reached N", "X stood at N").
LINKING = frozenset(
    ["be", "reach", "stand", "hit", "total", "amount", "equal", "remain", "represent", "top"]
    + ["exceed", "average", "become", "account", "hover", "sit", "cost", "pass", "surpass"]
    + ["near", "approach", "cross"]
)
# Linking verbs by which a measure comes to a total: "deliveries would reach 880,000
# cars" counts deliveries in cars.
TOTALLING = frozenset(["reach", "total", "top", "exceed", "surpass", "average"])
# What falls from the sky: "80mm of rain fell" is weather, not a fall of a level.
PRECIPITATION = frozenset(["rain", "snow", "sleet", "hail", "rainfall", "snowfall", "ash"])
# Verbs of a market's close: the level it "closed at" moves as the day's change.
CLOSING = frozenset(["close", "end", "finish", "settle"])
# Verbs that carry something "to" a level: "bringing the total to 95", "taking its rate
# to 4%"; the level moves with the change that carried it.
CARRYING = frozenset(["take", "bring", "push", "drive", "send"])
# Verbs of a participle telling what an act led to (", leaving a gap of $72m", ", taking
# the total to $90,000"): never what the act's money was spent doing.
RESULTING = CARRYING | frozenset(["leave"])
# Verbs that take an amount "off" a measure: "knocked $6bn off its value" is a fall;
# not time taken "off work".
TAKING_OFF = frozenset(["knock", "wipe", "shave", "take", "lop", "chop", "slice", "strip"])
NOT_TAKEN_OFF = frozenset(["work", "school", "duty", "sick", "sickness", "leave"])
# Verbs whose counted object is lost: "will cut 300 jobs", "could cost 50,000 jobs", "lost
# 9,000 customers", "dropped 11 loss-making routes".
SHEDDING = frozenset(
    ["cut", "shed", "axe", "ax", "slash", "eliminate", "cost", "scrap", "lose", "drop"]
)
# Verbs of a rise whose amount is counted ("recovered £9.8m" is money found), unless it is
# a share of a level ("the pound recovered 1.2%") or a level reached "to" ("yields
# recovered to 3,537 kg"); not words of change, so what is recovered stays measured.
RECOVERING = frozenset(["recover"])
# Contests, which are lost without anything falling: "lost 11 games".
CONTESTS = frozenset(
    ["game", "match", "final", "race", "set", "frame", "fight", "bout", "round", "tie"]
    + ["appeal", "case", "battle", "election", "vote", "test", "series", "contest"]
)
# What is cut "to" a number of homes: they lost it, the number is no level it was cut to.
SUPPLIES = frozenset(
    ["power", "electricity", "water", "gas", "heating", "supply", "service", "internet"]
    + ["access", "aid"]
)
# Change verbs whose direct object is an amount gathered ("raised $50m from investors").
COLLECTING = frozenset(["raise"])
# Verbs whose act is the bare infinitive under them ("to help farmers buy seed").
ENABLING = frozenset(["help", "let"])
# Acts of trade, output and payment that news names by a noun when it tells their amount
# ("exported 610 GWh" is electricity exports, "pumped 9.98 million barrels a day" oil
# output, "was fined Rs 2 million" a fine): the noun, in the words news writes.
ACT_NOUNS = {
    "export": "exports",
    "import": "imports",
    "re-export": "re-exports",
    "ship": "shipments",
    "produce": "output",
    "pump": "output",
    "mine": "output",
    "refine": "output",
    "earn": "earnings",
    "fine": "fine",
    "fined": "fine",  # the small model's lemma of "fined" is "fin"
    "borrow": "borrowing",
    "lend": "lending",
    "invest": "investment",
    "harvest": "harvest",
}
# Verbs of making: where a thing was made is its origin, part of what it is ("cars built
# in Spain"), not only the claim's place.
MAKING = frozenset(
    ["build", "make", "produce", "manufacture", "grow", "mine", "assemble", "brew", "refine"]
)
# Verbs of saying and believing: "one official said" counts officials, not sayings.
# (The small model may read one as a plural noun: "a plan the CSIRO estimates would
# cost"; the reporter is never what is measured.)
REPORTING = frozenset(
    ["say", "tell", "add", "warn", "note", "claim", "argue", "write", "report", "believe"]
    + ["think", "estimate", "expect", "insist", "confirm", "deny", "explain", "reckon"]
    + ["predict"]
)
# Verbs of bargaining: a share offered or demanded is the act's ("offered 8 per cent"),
# not a share of the one who bargains, as a share polled is.
BARGAINING = frozenset(["offer", "demand", "seek", "propose", "request"])
# Verbs of wanting, and of asking "for", what a share bargained over is the object of.
WANTING = frozenset(["want"])
ASKING = frozenset(["ask"])
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
# Changes of an economy that are its growth ("the economy grew 4.2%", "shrank 0.3%").
GROWING = frozenset(["grow", "expand", "shrink", "contract", "slow", "accelerate"])
# Verbs of staying, linking their subject to a state ("remain trapped"); as written, the
# small model may read them as a plural noun after a noun ("if the 25% rate stays").
STAYING = frozenset(["stay", "remain", "hold", "persist", "last", "continue"])
STAYING_FORMS = frozenset(["stays", "remains", "holds", "persists", "lasts", "continues"])
# Verbs of amount the small model tags as a noun at the root ("The phone costs £999", "The
# oil cost about $2.70").
AMOUNT_VERBS = frozenset(["costs", "cost", "weighs", "totals", "tops", "exceeds", "averages"])
# A forecaster's verb as written, which the small model may read as a noun compounded
# onto what is forecast ("The IMF forecasts growth of 2.6%"): no part of its name.
FORECASTING_FORMS = frozenset(["forecasts", "projects", "predicts", "expects", "sees"])
# Verbs by which a part is a share of a whole, with the particle each needs: "coffee
# accounts for half of exports", "women make up 30% of the workforce", "tourism brings in
# a third of export earnings".
PART_OF = MappingProxyType(
    {"account": "", "represent": "", "constitute": "", "comprise": "", "make": "up", "bring": "in"}
)
# Verbs of winning a share in a contest: it stays the winner's ("Labour won 40% of the
# vote" measures the vote).
WINNING = frozenset(["win", "poll", "secure", "capture", "garner"])
# Verbs whose length of time is one of their subject's, by the words that name it: "the
# crossing takes three hours" (the time taken by it), "the strike lasted three weeks".
LASTED = MappingProxyType({"take": "time taken by", "last": "length of"})
# Verbs of stopping something, by the noun of the stoppage: a length of time a thing is
# stopped for is the stoppage's ("shut down the port for four days": the shutdown's).
STOPPAGES = MappingProxyType(
    {"shut": "shutdown", "close": "closure", "suspend": "suspension", "halt": "halt"}
    | {"pause": "pause", "stop": "stoppage", "ground": "grounding"}
)
# Verbs of a thing going on: a length of time it went on for is its length ("the fire
# burned for 31 hours").
ONGOING = frozenset(["burn", "rage", "blaze", "continue", "persist", "drag"])
# Verbs of winning over others: a length of time one wins by is the winning margin ("beat
# Arnold by 0.18 seconds", "won by 12 seconds").
WON_BY = frozenset(["win", "beat", "edge"])
# Verbs of change that also mean raising crops: "grows 70% of Bolivia's food".
CULTIVATING = frozenset(["grow"])
# Verbs by which a government or a fund pays money out, named with no purpose as the
# funds so paid out ("released $40m from its emergency fund").
RELEASING = frozenset(["release", "allocate", "disburse", "earmark", "unlock"])
# Verbs of asking for money: what they ask for is the funds asked for, never who asks.
REQUESTING = frozenset(["ask", "seek", "request", "demand"])
# Verbs whose object in money is a loss ("the union, which lost $2.4m"), though "lose"
# is also a fall ("shares lost 3%").
LOSING = frozenset(["lose"])
# Those of them that name a measure of what stands before them: the phone's cost.
AMOUNT_NOUNS = MappingProxyType({"costs": "cost", "cost": "cost", "weighs": "weight"})
# Verbs whose subject a sum is the cost or the price of, by that sum's noun: "the stadium
# will cost $1.2bn", "a goat fetched KSh 6,000", "the painting sold for £2.4m".
PRICED = MappingProxyType({"cost": "cost", "fetch": "price", "sell": "price", "retail": "price"})
# Prepositions after which a sum is what a thing sells for: "sold for £2.4m", "sold at $600".
PRICE_PREPS = frozenset(["for", "at"])
# Those of them whose price follows only such a preposition: "sold $5m of bonds" is the
# seller's act.
SOLD_FOR = frozenset(["sell", "retail"])

# Verbs of what a place or plant can take in or turn out: an amount they can do so with,
# or are built for, is their capacity ("the mill can make 450,000 tonnes a year", "the
# centres can hold 3,000 people", "a train built for 1,800 people"). Not "produce": what
# a mine or a field could produce is the output forecast.
CAPACITY_VERBS = frozenset(
    ["hold", "handle", "accommodate", "seat", "house", "carry", "process", "make", "store"]
    + ["sleep"]
)
# Modals that make such a verb say what can be done, not what was done.
ABLE = frozenset(["can", "could"])
# Participles of making a thing for an amount: "built for 400 people".
BUILT_FOR = frozenset(["build", "design", "plan", "make", "construct", "equip"])
# Verbs whose plain present tense alone says what a place holds: "the ground holds 11,000".
HOLDS = frozenset(["hold", "seat", "accommodate", "sleep"])

# Verbs of change written right before the size of a change: "rose 18 sen to RM23.50".
CHANGED_BY = frozenset(
    ["rise", "gain", "add", "climb", "fall", "lose", "jump", "drop", "slide", "increase"]
    + ["decrease", "decline", "grow", "shed", "advance", "surge", "soar", "tumble", "plunge"]
    + ["slump", "sink", "slip", "dip", "ease", "rally", "rebound", "retreat", "skid", "sag"]
    + ["firm", "weaken", "strengthen", "spike", "lift"]
)
# Verbs of change before "from X to Y": X and Y are then two states, not a range.
CHANGING = frozenset(
    ["rise", "increase", "grow", "jump", "climb", "fall", "drop", "decline", "decrease", "cut"]
    + ["raise", "lift", "lower", "reduce", "slash", "go", "soar", "surge", "plunge", "tumble"]
    + ["slip", "edge", "move", "change", "shrink", "expand", "narrow", "widen", "boost", "hike"]
    + ["revise", "upgrade", "downgrade", "double", "swell", "slump", "shoot", "spike", "shed"]
    + ["improve", "worsen", "slow", "ease", "accelerate", "rebound", "recover"]
)
# Verbs of motion after which "up to" is a movement, not a ceiling: "inched back up to 4.8%".
MOTION = frozenset(
    ["rise", "go", "grow", "shoot", "climb", "jump", "move", "inch", "edge", "creep", "tick"]
    + ["push", "drift", "bump", "revise", "round", "trend", "head", "spike", "surge", "soar"]
    + ["leap", "step", "ramp", "scale", "raise", "rally", "recover", "rebound", "bounce"]
    + ["lift", "boost", "hike", "increase", "swing", "turn", "come"]
)
# Verbs of falling: "slid past $10" is below it.
FALLING = frozenset(
    ["fall", "drop", "slide", "slip", "sink", "plunge", "tumble", "slump", "dip", "decline"]
)

# Past tenses and participles not made by adding "-ed".
_IRREGULAR = MappingProxyType(
    {
        "rise": ("rose", "risen"),
        "grow": ("grew", "grown"),
        "fall": ("fell", "fallen"),
        "lose": ("lost",),
        "slide": ("slid",),
        "sink": ("sank", "sunk"),
        "shoot": ("shot",),
        "go": ("went", "gone"),
        "swing": ("swung",),
        "come": ("came",),
        "creep": ("crept",),
        "shrink": ("shrank", "shrunk"),
        "swell": ("swelled", "swollen"),
        "leap": ("leapt", "leaped"),
        "cut": ("cut",),
        "shed": ("shed",),
    }
)
# One syllable ending in a single vowel and consonant doubles it: "dropped", "slipping".
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def forms(lemmas: frozenset[str]) -> str:
    """A regex alternation of every written form of ``lemmas``, longest first."""
    written = {form for lemma in lemmas for form in _inflected(lemma)}
    return "|".join(sorted(written, key=lambda w: (-len(w), w)))


def _inflected(lemma: str) -> set[str]:
    """``lemma`` with its third person, past tense, participles and -ing form."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if _DOUBLES.match(lemma):
        stem = lemma + lemma[-1]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")
        past = stem + "ed" if not lemma.endswith("e") else lemma + "d"
    if lemma in _IRREGULAR:
        return {lemma, third, stem + "ing", *_IRREGULAR[lemma]} - {""}
    return {lemma, third, past, stem + "ing"}


def verb_lemmas(word: str, parsed: str) -> frozenset[str]:
    """A verb's lemma as the parse read it (``parsed``) and as the lexicon reads ``word``:
    the small model reads some past forms wrong ("raged" -> "rag")."""
    from lemminflect import getLemma

    return frozenset([parsed.lower(), *getLemma(word.lower(), upos="VERB")])


def present_participle(lemma: str) -> str:
    """The "-ing" form of a verb ("run" -> "running"), the lemma when the lexicon has none."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBG")
    return forms[0] if forms else lemma


@lru_cache(maxsize=1024)
def past_participle(lemma: str) -> str:
    """The past participle of a verb ("kill" -> "killed", "cut" -> "cut"), from
    LemmInflect's lexicon, loaded on first use."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBN")
    return forms[0] if forms else lemma


# Verbs of killing, whose counted object the article's later tolls count ("Poachers killed
# 420 rhinos ... the toll to fall below 350").
KILLING = frozenset(["kill", "poach", "slaughter", "cull"])

# Verbs of a court's term: one sentenced to, and one given, received, served, faced or
# sought as a bare length of time ("was given five years", "prosecutors sought 12 years").
SENTENCING = frozenset(["sentence"])
TERMS_GIVEN = frozenset(["give", "receive", "serve", "face", "seek", "get", "hand", "demand"])
# Verbs whose counted object is a body's staff ("employs 21,500 people": employees).
EMPLOYING = frozenset(["employ"])
