"""Words and parse labels the context rules look for: prepositions, frames, pronouns,
nouns of levels, shares and groups."""

from __future__ import annotations

import re
from types import MappingProxyType

# Comparatives after a figure, and the words that make the comparison one with an
# earlier time: "9% above the same day last year", "4,000 more than a year ago".
MORE_THAN = frozenset(["more", "above", "higher", "over", "stronger"])  # "stronger": a currency
LESS_THAN = frozenset(["fewer", "less", "below", "lower", "under", "weaker"])
# Comparatives that, right after a figure and before "than", make it the size of a
# difference from another level: a greater one ("30% more than Grade 2", "12% larger than
# its predecessor's") or a smaller one ("12g lighter than the 8 Pro").
GREATER = frozenset(
    ["more", "higher", "greater", "larger", "bigger", "heavier", "longer", "wider", "deeper"]
    + ["taller", "faster", "stronger", "dearer", "costlier", "pricier", "warmer", "hotter"]
)
SMALLER = frozenset(
    ["less", "fewer", "lower", "smaller", "lighter", "shorter", "narrower", "shallower"]
    + ["slower", "weaker", "cheaper", "colder", "cooler"]
)
# "up from", "down from" just before a figure: the base of a change told in an aside.
ASIDE_BASE = re.compile(r"(?i:\b(?:up|down|higher|lower|rising|falling)\s+from\s+$)")
# ", up", ", down" between two figures: the second is the change of the first ("on
# sales of $900m, down 3%", "0.62 lari each, up 15%", "earned $2.4 billion from
# electricity exports last year, up 14%").
ASIDE_CHANGE = re.compile(
    r"""(?ix:^
    [^,;.]{0,60}    # the rest of the first's clause: "each", "from exports last year"
    ,\s*(?:up|down)\s+$)"""
)
# A comma alone between two figures, the second compared right after it (", 500,000
# fewer than last season", ", 18% less than last year"): the second measures what the
# first does, compared with another time or place.
ASIDE_COMPARED = re.compile(
    r"""(?ix:^
    [^,;.]{0,60}    # the rest of the first's clause: "this season", "in 2024"
    ,\s*$)"""
)
COMPARED_AFTER = re.compile(
    r"""(?ix:
    \s*(?:more|fewer|less|higher|lower|above|below)\b    # right after the figure
    )"""
)
# ", against" before a figure: it is the base the figure before is set against ("sold
# 3.9 million carats, against 5.6 million a year earlier"), of the same measure.
ASIDE_AGAINST = re.compile(r"(?i:,\s*against\s+$)")
# ", or" alone between two figures: the second restates the first in another unit or as
# a share ("485 billion CFA francs, or about $860 million"; "P14.6 billion, or 6.9% of
# GDP").
RESTATED = re.compile(
    r"""(?ix:^
    [^,;.]{0,20}    # a short time after the first ("485 billion CFA francs this year")
    ,\s*or\s+$)"""
)
# Nouns of a change: "a rise of 12%", "the increase in the minimum wage".
CHANGE_NOUNS = "rise|increase|jump|gain|fall|drop|decline|cut|reduction"
CHANGE_NOUN_WORDS = frozenset(CHANGE_NOUNS.split("|"))
# A change named only by its noun before its size: "a rise of 12%", "an increase of 8%".
CHANGE_ASIDE = re.compile(rf"(?i:\b(?:an?|the)\s+(?P<noun>{CHANGE_NOUNS})\s+of\s+$)")
# Prepositions that introduce the size or end of a change ("rose to", "fell by", "a cut of").
CHANGE_PREPS = frozenset(["to", "by", "of"])
# Prepositions of a threshold a change crosses ("fell below 3%", "climbed past $1tn");
# not "over", which is also a period ("grew 5% over three years").
THRESHOLD_PREPS = frozenset(["below", "above", "past", "beyond"])
# Nouns that frame a count of what follows their "of" ("the number of people killed").
COUNT_FRAMES = frozenset(["number", "count", "tally", "backlog"])
# Nouns of a quantity aimed at or not to be passed, which a count they are "of" names
# ("a target of 700 new stores", "a quorum of 120 deputies"): no count of the things.
TARGETS = frozenset(
    ["target", "goal", "aim", "threshold", "quorum", "cap", "limit", "ceiling", "quota"]
    + ["minimum", "maximum"]
)
# Nouns of a figure foreseen or reckoned, which name what it is of ("its forecast for
# inflation" measures inflation; whose forecast and that it is one are other fields').
FORECASTS = frozenset(["estimate", "forecast", "projection", "prediction"])
# The prepositions after such a noun that name what it is of.
FORECAST_PREPS = frozenset(["of", "for"])
# Nouns a change passes through to its figure ("rose by an average of 4.5%").
CHANGE_FRAMES = frozenset(["average", "total"])
# Prepositions that say against what a price changed ("against the dollar"); where it
# changed ("in Oslo", "on the ASX") is the claim's place, "after the report" says why.
AGAINST_PREPS = frozenset(["against"])
# Prepositions that say where a thing is or an act happened ("in Lisbon", "at Wembley",
# "across the region"): the claim's place holds that, so what is measured leaves it out.
LOCATING_PREPS = frozenset(["in", "at", "across", "throughout", "near", "outside", "inside"])
# Common nouns (lemmas) that name a place or a venue: "in the capital", "across the
# region", "in parts of the city", "at the Allianz Arena".
PLACE_NOUNS = frozenset(
    ["region", "area", "city", "capital", "province", "country", "nation", "district"]
    + ["county", "town", "village", "municipality", "island", "coast", "mainland", "part"]
    + ["port", "airport", "stadium", "arena", "venue", "world", "continent", "suburb"]
    + ["north", "south", "east", "west", "north-east", "north-west", "south-east"]
    + ["south-west", "northeast", "northwest", "southeast", "southwest", "countryside"]
)
# Prepositions whose object says what money is for ("paid £13m in bribes").
PURPOSE_PREPS = frozenset(["in", "on", "for"])
# Objects of those prepositions that frame rather than name a purpose ("in the event of").
FRAMING = frozenset(["event", "case", "exchange", "addition", "total", "response", "return", "top"])
# Prepositions of comparison, after which a count may leave its noun unsaid.
COMPARING = frozenset(["from", "with", "than", "versus", "against"])
# Words by which a length of time is a lead over others or a gap behind them, by the side
# they name: "finished 41 seconds ahead of", "20 seconds clear of", "6 minutes 40 seconds
# down".
MARGINS = MappingProxyType(
    {"ahead": "ahead", "clear": "ahead", "behind": "behind", "down": "behind", "adrift": "behind"}
)
# What a thing can run behind, by a delay ("two years behind schedule").
SCHEDULES = frozenset(["schedule", "timetable", "plan"])
# Prepositions that pick part of a counted whole ("including some 500").
SUBSETS = frozenset(["including", "among", "excluding"])
# Counted words that name no measure of their own: reached by a change, they are the unit
# of its subject ("housing starts rose 9% to 214,055 units").
GENERIC_COUNTED = frozenset(["unit", "case", "item", "piece"])
# Subjects whose growth a change measures ("the economy grew 4.2%" -> economic growth).
ECONOMIES = frozenset(["economy", "gdp"])
# Words that make a thing the first in a period ("its first reduction in five years"):
# the period is the time since the last one.
FIRSTS = frozenset(["first", "only"])
# Determiners that turn an act round, kept in what is measured ("expect no cuts").
NEGATING = frozenset(["no"])
# Words before a figure that hedge it, not the noun it counts ("an estimated 300,000
# civilians"): the claim's statement holds them.
FIGURE_HEDGES = frozenset(["estimated"])
RELATIVE = frozenset(["which", "that", "who"])
# Pronouns that stand for a noun named before, given a phrase of their own ("those to the
# EU", "that of France").
STANDING_FOR = frozenset(["those", "that"])
# The pronouns a part of a noun is taken of in a clause on it: "three of whom", "some of
# which" (the clause tells of the part, not which of the noun's are meant).
PARTITIVE_RELATIVE = frozenset(["whom", "which"])
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
# The tags of the nouns a pronoun may stand for: "it" a singular, "their" a plural.
PRONOUN_NUMBER = MappingProxyType(
    {
        "it": ("NN", "NNP"),
        "its": ("NN", "NNP"),
        "they": ("NNS", "NNPS"),
        "their": ("NNS", "NNPS"),
    }
)
# What a share is a share of, not what it measures ("2.5 per cent of GDP").
YARDSTICKS = frozenset(
    ["gdp", "income", "output", "economy", "gni", "product", "total", "turnover"]
)
# A yardstick that is a country's output by another name, written "GDP" in what a share
# of it measures ("2% of economic output" is "as share of GDP"); "gross domestic product"
# and "the economy" stay as written.
OUTPUT_YARDSTICKS = frozenset(["economic output"])
# What a share of says how full or busy its subject is ("at 14 per cent of capacity").
CAPACITIES = frozenset(["capacity"])
# Nouns of the room a thing has for a number of things: "has room for 4.5 million
# samples" is its capacity.
ROOMS = frozenset(["room", "space"])
# Where a term is served ("nine years in prison"), and the noun a court gives one by
# ("a sentence of eight years"): either makes the term a prison sentence.
CUSTODY = frozenset(["prison", "jail", "gaol", "custody", "detention"])
SENTENCES = frozenset(["sentence"])
# Adjectives through which a linking verb equates its subject with a figure ("the
# spending is equal to 2.1 per cent of GDP").
EQUATING = frozenset(["equal", "equivalent", "tantamount"])
# A measure hyphened onto the noun it describes is that noun's size, by its kind: "a
# 48-kilometre pipeline" is the pipeline's length. Not a duration: the tracker reads "a
# 12-day strike" as the strike's duration by the event it names.
SIZES = MappingProxyType(
    # a plant's, a dam's or a generator's power is its capacity ("a 294-megawatt dam")
    {"length": "length", "mass": "weight", "area": "area", "power": "capacity"}
)
# Words after a count a thing holds or carries that make it what the thing takes at one
# time, its capacity: "held 12 visitors at a time", "carry 10 passengers each" (not
# "each day": "each" there is the day's).
AT_ONE_TIME = (("at", "a", "time"), ("at", "once"), ("each",))
# A growth that names nothing that grew is the economy's, as news writes it ("growth
# slowed to 1.2%").
GROWTH_NOUNS = frozenset(["growth"])
# Places people live in, and the people who live there: "a country of 930,000 people",
# "the town, with 20,000 inhabitants" count its population.
SETTLEMENTS = frozenset(
    ["country", "nation", "state", "city", "capital", "town", "village", "island", "region"]
    + ["province", "county", "district", "municipality", "emirate", "suburb", "world"]
    + ["archipelago", "atoll", "principality", "territory"]
)
INHABITANTS = frozenset(["people", "person", "resident", "inhabitant", "citizen", "soul"])
# Nouns that already name a body's staff ("employs 36,000 staff" stays "staff").
STAFF = frozenset(["staff", "employee", "worker", "workforce", "personnel", "crew"])
INHABITED = frozenset(["of", "with"])
# Nouns of a level reached ("a record high of $2,450"): the subject is what reached it.
LEVELS = frozenset(["high", "low", "record", "level", "peak", "total", "average", "maximum"])
# Units of a share: an object in them is the size of a change, not what changed.
PERCENT_WORDS = frozenset(["%", "cent", "percent", "percentage", "point", "points"])
# Nouns a number divides rather than counts ("two-thirds of them").
FRACTIONS = frozenset(["half", "third", "quarter", "fifth", "tenth", "percent", "cent"])
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

# Nouns of a change sized in points with nothing else named: "a quarter-point cut" is a
# cut of interest rates (the rate story's "interest rate cut"), by the change's way.
RATE_CHANGES = MappingProxyType(
    {"cut": "cut", "reduction": "cut", "hike": "rise", "increase": "rise", "rise": "rise"}
)
# What falls from the sky, measured as a depth, by the name of its fall: "250 mm of rain".
FALLS = MappingProxyType({"rain": "rainfall", "snow": "snowfall"})
# Nouns that stand for a figure told before them: "in London the figure was 58.3%",
# "944,000 people ..., a figure expected to pass 1.1 million".
BACK_REFERENCES = frozenset(["figure", "number", "tally"])
# What follows "N times" when it is a multiple of something ("three times the size",
# "2.5 times higher", "four times as many", "up to 60 times their usual level"); "N times"
# before anything else counts occurrences ("failed 37 times during the year").
MULTIPLE_AFTER = re.compile(
    r"""\s+(?: the | its | their | his | her | our | your | that | those | this | these
          | what | as | than | normal | usual | average
          | more | less | fewer | higher | lower | greater | larger | bigger | smaller
          | faster | slower | longer | shorter | wider | deeper | heavier | stronger
          | weaker | cheaper | dearer | costlier | richer | poorer | likelier | worse
          | better | hotter | colder | denser | older | younger | above | below ) \b""",
    re.IGNORECASE | re.VERBOSE,
)
# Comparatives of time, which follow a count of occurrences as well as a multiple ("lost
# four times earlier this season").
TIME_COMPARATIVES = frozenset(["earlier", "later", "sooner"])
