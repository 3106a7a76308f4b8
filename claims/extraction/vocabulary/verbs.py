"""Verbs the rules look for: of change, movement, linking, having, saying."""

from __future__ import annotations

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
# Verbs of amount the small model tags as a plural noun at the root ("The phone costs £999").
AMOUNT_VERBS = frozenset(["costs", "weighs", "totals", "tops", "exceeds", "averages"])
