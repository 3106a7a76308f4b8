"""The words the tracker normalises: spellings, synonyms of news properties, events, and
the words that say nothing about which quantity a figure is."""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

from claims.extraction.vocabulary.time import MONTH_NAMES, WEEKDAYS

# American spellings -> the British ones news outlets here mostly use.
SPELLINGS = MappingProxyType(
    {
        "defense": "defence",
        "license": "licence",
        "licensed": "licenced",
        "program": "programme",
        "labor": "labour",
        "center": "centre",
        "liter": "litre",
        "meter": "metre",
        "kilometer": "kilometre",
        "harbor": "harbour",
        "neighbor": "neighbour",
        "offense": "offence",
        "fiber": "fibre",
        "organization": "organisation",
        "canceled": "cancelled",
        "traveler": "traveller",
        "gray": "grey",
    }
)
# Other names news gives one thing, read as the word before concepts are: a vessel is a
# ship; what is produced is output.
SYNONYMS = MappingProxyType(
    {
        "vessel": "ship",
        "production": "output",
        "produce": "output",
        "produced": "output",
        # People unaccounted for are missing; positions cut are jobs cut.
        "unaccounted": "missing",
        "position": "job",
        # People detained are arrested.
        "detain": "arrest",
        "detained": "arrest",
        "detention": "arrest",
        "detentions": "arrest",
        # Lorries are trucks.
        "lorry": "truck",
        # A company's staff are its employees; a town's inhabitants its residents.
        "staff": "employee",
        "inhabitant": "resident",
        # Deaths of heatstroke and heat-related deaths are deaths of heat.
        "heatstroke": "heat",
        "heat-related": "heat",
        # Survivors are the people who survived; ballots are votes; a wage or a salary is
        # pay.
        "survivor": "survive",
        "ballot": "vote",
        "wage": "pay",
        "salary": "pay",
        # Electricity is power: customers "without electricity" are "without power".
        "electricity": "power",
    }
)
# Phrases news uses for one property, read as one word before the words are.
PHRASES = (
    # A central bank's rate: "key interest rate", "benchmark rate", "policy rate", and the
    # rate a phrase names beside a central bank ("central bank cuts rate"); read as
    # "policy rate", so that a bare "rate" may join it.
    (
        re.compile(
            r"\b(?:(?:key|benchmark|policy|base|official|bank|deposit|main|lending)\s+)+"
            r"(?:interest\s+)?rates?\b|\binterest\s+rates?\b"
            r"|\bcentral\s+bank\b.*\brates?\b",
            re.IGNORECASE,
        ),
        "policy rate",
    ),
    # People made homeless: "forced from their homes", "lost their homes".
    (
        re.compile(r"\b(?:forced|driven|fled)\s+(?:from|out\s+of)\s+(?:their\s+)?homes?\b"),
        "displaced",
    ),
    (re.compile(r"\blost\s+their\s+homes\b"), "displaced"),
    # People who lost their lives died ("47 people lost their lives").
    (
        re.compile(
            r"""\b(?:lose|loses|lost|losing) \s+
                (?:(?:their|his|her)\s+)?   # "lost their lives", or "lost lives"
                lives\b""",
            re.VERBOSE | re.IGNORECASE,
        ),
        "died",
    ),
    # Consumer prices, as a rate, are inflation ("headline consumer prices rose 2.6%").
    (re.compile(r"\bconsumer\s+prices?(?:\s+index)?\b", re.IGNORECASE), "inflation"),
    # A crowd: "people took part", "taking part in the march".
    (re.compile(r"\b(?:take|takes|took|taken|taking)\s+part\b", re.IGNORECASE), "participant"),
    # People sheltering: "taking refuge", "sought refuge".
    (
        re.compile(r"\b(?:take|takes|took|taken|taking|sought|seeking|found)\s+refuge\b"),
        "shelter",
    ),
    # Solar modules and photovoltaic panels are solar panels.
    (
        re.compile(r"\b(?:solar|photovoltaic|pv)\s+(?:modules?|panels?)\b", re.IGNORECASE),
        "solar panel",
    ),
    # A size written on the thing ("a 94-kilometre railway") says what it is of.
    (re.compile(r"\b\d[\d.,]*-[a-z]+\b", re.IGNORECASE), ""),
    # How final a reading is, as "final" and "provisional" are (`GENERIC`): a count
    # certified or revised is the count ("certified turnout", "the revised toll"). Only
    # before a word naming a reading: "certified teachers" are some of the teachers.
    (
        re.compile(
            r"""\b(?: certified | revised ) \s+
                (?= (?: [a-z]+ \s+ )?                      # "revised death toll"
                    (?: count | toll | figure | total | tally | turnout | result ) s? \b )""",
            re.VERBOSE | re.IGNORECASE,
        ),
        "",
    ),
    # Gross domestic product is GDP ("78% of gross domestic product", "78% of GDP").
    (re.compile(r"\bgross\s+domestic\s+product\b", re.IGNORECASE), "GDP"),
    # Net income is net profit in every company's accounts.
    (re.compile(r"\bnet\s+income\b", re.IGNORECASE), "net profit"),
    # A loan not being repaid is a bad loan, however banking news names it: "non-performing
    # loans", their abbreviation "NPLs", the hyphened "bad-loan ratio". Not "bad debts".
    (
        re.compile(
            r"""\b(?: non-performing \s+ loans?   # "non-performing loan ratio"
                  | npls?                         # "NPLs", "the NPL ratio"
                  | bad-loans? )\b                # "its bad-loan ratio" """,
            re.VERBOSE | re.IGNORECASE,
        ),
        "bad loan",
    ),
)
# Words news uses for one property -> the property ("death toll", "people killed",
# "fatalities" all count deaths; "levy" and "duty" are tariffs).
CONCEPTS = MappingProxyType(
    {
        "death": "death",
        "deaths": "death",
        "killing": "death",
        "kills": "death",
        "dead": "death",
        "die": "death",
        "died": "death",
        "kill": "death",
        "killed": "death",
        "fatality": "death",
        "fatalities": "death",
        "toll": "death",
        "drowned": "death",
        "drowning": "death",
        "drownings": "death",
        "injured": "injury",
        "injury": "injury",
        "injuries": "injury",
        "wounded": "injury",
        "hurt": "injury",
        "tariff": "tariff",
        "levy": "tariff",
        "duty": "tariff",
        "duties": "tariff",
        "safeguard": "tariff",
        "safeguards": "tariff",
        "case": "case",
        "infection": "case",
        "infected": "case",
        "cancelled": "cancellation",
        "cancellation": "cancellation",
        "cancel": "cancellation",
        "scrapped": "cancellation",
        "grounded": "cancellation",
        "budget": "spending",
        "spending": "spending",
        "spend": "spending",
        "expenditure": "spending",
        "outlay": "spending",
        "revenue": "revenue",
        "sales": "revenue",
        "turnover": "revenue",
        "profit": "profit",
        "earnings": "profit",
        "jobless": "unemployment",
        "unemployment": "unemployment",
        "cpi": "inflation",
        "inflation": "inflation",
        "evacuated": "evacuation",
        "evacuation": "evacuation",
        "evacuee": "evacuation",
        "displaced": "displacement",
        "displacement": "displacement",
        "homeless": "displacement",
        "arrival": "arrival",
        "arrived": "arrival",
        "arrive": "arrival",
        "burned": "burned",
        "burnt": "burned",
        "scorched": "burned",
        "charred": "burned",
        "destroyed": "destroyed",
        "flattened": "destroyed",
        "damaged": "damaged",
        "subscriber": "subscriber",
        "customer": "customer",
        "containment": "contained",
        "contained": "contained",
        "underlying": "core",
        # A crowd, however it is counted.
        "participant": "participant",
        "protester": "participant",
        "protestor": "participant",
        "demonstrator": "participant",
        "marcher": "participant",
        "marched": "participant",
        "crowd": "participant",
        # People sheltering, however they got there.
        "shelter": "shelter",
        "refuge": "shelter",
        "sheltering": "shelter",
        # The whole, never one of its parts ("the overall budget", "total expenditure" are
        # no defence budget).
        "overall": "whole",
        "whole": "whole",
        "entire": "whole",
        "combined": "whole",
        "total": "whole",
        "economic": "economy",
        "magnitude": "magnitude",
        "depth": "depth",
        "deep": "depth",
        # What a thing may carry or hold, never what it carries (`CAPACITY`).
        "capacity": "capacity",
        # A count not yet confirmed is not yet in the count ("deaths under investigation").
        "investigation": "unconfirmed",
        "unconfirmed": "unconfirmed",
        "pending": "unconfirmed",
        # What a bond pays its holders: no policy rate, though both are rates.
        "yield": "yield",
        "yields": "yield",
    }
)
# Properties whose totals only grow while their event lasts: a higher figure published
# later is the total moving on, not a disagreement.
CUMULATIVE = frozenset(
    ["death", "injury", "case", "cancellation", "evacuation", "displacement", "arrival"]
    + ["burned", "destroyed", "damaged", "contained", "area"]
    # The people treated in a crisis and those arrested in one add up while it lasts.
    + ["treat", "arrest"]
)
# Properties that move both ways from day to day: the missing are found, or more are
# reported missing; a temperature is a reading of its day, rain a measure of its hours.
MOVING = frozenset(["miss", "temperature", "rainfall", "rain"])
# The words right after a figure of such a property saying it is what remains ("17 people
# remained missing", "24 people were still unaccounted for"): a reading taken after some
# were found, later than one saying nothing of the kind.
REMAINING = re.compile(
    r"""[^.;,]{0,20}?              # the noun and verb after the figure: " people were"
        \b (?: still | remain (?:s|ed)? ) \b""",
    re.VERBOSE | re.IGNORECASE,
)
# The comparing words that set one figure against another's ("more than the", "lower than
# the"): here and in `claims.tracking.records`, which reads a figure so set as no history.
COMPARING = "more | less | fewer | higher | lower | greater | larger | bigger | smaller"
# Words between two figures of one sentence that set the second against the first as
# another's reading ("at 1.41 million, well below the 1.8 million on the register",
# "2.9 million, fewer than the 3.1 million it claims", "5.4%, well above the €612 million
# and 4.8% the lender reported", "about 980,000 hectares, not the 1.1 million hectares
# reported by", "at 49%, against the 58% the bank had reported"): two readings, not one
# source restating itself.
SET_AGAINST = re.compile(
    rf"""\b (?: (?: {COMPARING} )
             \s+ than
           | above | below
           | not | against )                   # a reading denied or set beside
        \s+ the \b""",
    re.VERBOSE | re.IGNORECASE,
)
# A figure so set that is the speaker's own earlier reading ("lower than the 44.8% it gave
# in February", "not the 2.4 million it had reported"): a source revising itself.
OWN_READING = re.compile(
    r"""[^\w,;.]* \b (?: it | they | we ) \s+ (?: had \s+ )? [a-z]+ \b""",
    re.VERBOSE | re.IGNORECASE,
)
# The clause after the figure so set naming it another's reading ("on the register of the
# UN refugee agency", "the lender reported", "claimed by the ministry", "in the company's
# own results", "used in the official statistics"), not a plan or a past figure ("more
# than the 9.2 million rufiyaa first budgeted").
READING_OF = re.compile(
    r"""[^,;.]*? \b (?: by | reported | reports | claim (?:s|ed)? | count (?:s|ed)?
                     | gave | gives | given | register | recorded | records
                     | says | said | estimates | estimated | according
                     | results | statistics | figures ) \b   # where a reading is published
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Properties that count people: "people killed" counts deaths, while "people in shelters"
# counts people, not shelters; a population is of people, said or not.
PEOPLE_COUNTS = frozenset(
    ["death", "injury", "case", "evacuation", "displacement", "arrival", "participant"]
    + ["subscriber", "customer", "unemployment", "population", "arrest", "miss", "survive"]
)
# Comparatives that set a rival figure against one of the same quantity ("the ministry
# gave a lower death toll", "a higher count"): before a property news names or a word
# that says nothing, they say nothing of what is measured ("higher education" they do).
COMPARATIVES = frozenset(["higher", "lower", "larger", "smaller", "bigger", "greater"])
# Words that name people and nothing more about them.
PEOPLE = frozenset(["people", "person", "persons"])
# Vehicles and structures a toll may be named after in place of its event ("Laos bridge
# toll", "ferry death toll"): whose toll, not what it counts; the event is told apart
# by its own words. What they carry or measure ("bus passengers") keeps them.
VEHICLES = frozenset(
    ["ferry", "boat", "ship", "vessel", "bus", "coach", "train", "plane", "airliner"]
    + ["helicopter", "lorry", "truck", "bridge", "building", "tower", "dam", "stadium"]
)
# The properties a vehicle or structure above stands in a toll for its event in.
CASUALTIES = frozenset(["death", "injury"])
# Events a figure may be of ("the quake's toll", "the flood's toll") -> one name.
EVENTS = MappingProxyType(
    {
        "quake": "earthquake",
        "earthquake": "earthquake",
        "tremor": "earthquake",
        "flood": "flood",
        "floods": "flood",
        "flooding": "flood",
        "floodwater": "flood",
        "floodwaters": "flood",
        "fire": "fire",
        "fires": "fire",
        "wildfire": "fire",
        "wildfires": "fire",
        "blaze": "fire",
        "bushfire": "fire",
        "storm": "storm",
        "typhoon": "storm",
        "hurricane": "storm",
        "cyclone": "storm",
        "strike": "strike",
        "walkout": "strike",
        "stoppage": "strike",
        "outbreak": "outbreak",
        "epidemic": "outbreak",
        # "The disease", "the virus" of a story about one: its outbreak.
        "disease": "outbreak",
        "illness": "outbreak",
        "virus": "outbreak",
        "war": "war",
        "spill": "spill",
        "landslide": "landslide",
        "drought": "drought",
        "heatwave": "heatwave",
        "explosion": "explosion",
        "blast": "explosion",
        "derailment": "derailment",
        "derailed": "derailment",
        "crash": "crash",
        "collision": "crash",
        # A mudflow after rain is a landslide, no quake's toll though it falls in one.
        "mudflow": "landslide",
        "mudflows": "landslide",
        "mudslide": "landslide",
        "mudslides": "landslide",
        "avalanche": "avalanche",
        # A volcano's toll is its eruption's; a bridge or a building falls in a collapse.
        "eruption": "eruption",
        "eruptions": "eruption",
        "erupted": "eruption",
        "volcano": "eruption",
        "collapse": "collapse",
        "collapsed": "collapse",
        # A boat capsizing or sinking ("the ferry capsized"), as a storm or a crash is.
        "capsize": "sinking",
        "capsized": "sinking",
        "capsizing": "sinking",
        "sinking": "sinking",
        "sank": "sinking",
        "shipwreck": "sinking",
    }
)
# Events a sentence writes in several words, read before its single words are: ground
# giving way is a landslide ("a hillside collapsed", "the slope gave way"), though a
# building's or a bridge's collapse is a collapse.
EVENT_PHRASES = (
    (
        re.compile(
            r"""\b(?:hill|hillside|slope|mountainside|cliff|embankment)s?
            \s+(?:\w+ly\s+)?                      # "suddenly"
            (?:collaps(?:e|ed|es|ing)|g[ai]ve\s+way|gives\s+way|giving\s+way)\b""",
            re.VERBOSE,
        ),
        "landslide",
    ),
)
# The words that name an outbreak itself (not the disease): one of a past year is
# another outbreak than the news's.
OUTBREAKS = frozenset(["outbreak", "outbreaks", "epidemic", "epidemics", "pandemic"])
# Diseases an outbreak may be of: each its own event ("measles cases" in a story about
# cholera are another metric), and "the outbreak" of a story about one is that one.
DISEASES = MappingProxyType(
    {
        "cholera": "cholera",
        "measles": "measles",
        "mpox": "mpox",
        "monkeypox": "mpox",
        "dengue": "dengue",
        "malaria": "malaria",
        "ebola": "ebola",
        "marburg": "marburg",
        "covid": "covid",
        "covid-19": "covid",
        "coronavirus": "covid",
        "polio": "polio",
        "influenza": "flu",
        "flu": "flu",
        "tuberculosis": "tuberculosis",
        "diphtheria": "diphtheria",
        "typhoid": "typhoid",
        "zika": "zika",
        "meningitis": "meningitis",
        "hepatitis": "hepatitis",
        "chikungunya": "chikungunya",
        "lassa": "lassa",
        "anthrax": "anthrax",
        "plague": "plague",
    }
)
# Words that say nothing about which quantity it is ("the total number of people").
GENERIC = frozenset(
    ["people", "person", "number", "figure", "level", "amount", "count", "tally"]
    + ["about", "estimated", "estimate", "more", "new", "some", "least", "nearly", "almost"]
    + ["official", "latest", "current", "reported", "recorded", "confirmed"]
    # How final a count is: sources revise it, it stays one quantity.
    + ["final", "provisional", "preliminary"]
    # The event named as no kind of event ("the disaster", "the tragedy"): held by the
    # key's event when its sentence or title names one.
    + ["disaster", "tragedy"]
    + ["including", "least", "than", "also", "so", "far", "year", "month", "week", "day"]
    + ["today", "yesterday", "now", "still", "already", "just", "only", "other", "others"]
    + ["region", "province", "district", "state", "city", "country", "area", "across"]
    + ["beneath", "since", "start", "week", "climb", "climbs", "rise", "rose", "rises"]
    + ["cut", "cuts", "bring", "brought", "hit", "struck", "covering", "battling", "assigned"]
    + ["living", "regular", "federal", "government", "central", "bank", "put", "stood"]
    # What kind of statement it is, which the key holds apart: "target", "goal".
    + ["target", "targets", "goal", "goals", "aim", "pledge", "forecast", "projection"]
    + ["plan", "propose", "proposal"]
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The language's words that name nothing ("between", "during", "because"): spaCy's
    list, imported on first use (spaCy is no import a dashboard reading keys needs)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# A figure's time, which `period` holds: "third-quarter revenue" is revenue, "Tuesday's
# stoppage" a stoppage. Month-on-month and annual rates are other quantities: they stay.
TIME_WORDS = frozenset([*MONTH_NAMES, *WEEKDAYS]) | frozenset(
    # The time of day a count was made ("aftershocks recorded by midday").
    ["morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight"]
    + ["dawn", "dusk"]
)
PERIOD_WORD = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])-(?:quarter|half)")
# Containers whose size a figure before them gives ("a 50kg bag", "60kg sacks"): the unit
# a price is per, no quantity of its own.
CONTAINERS = frozenset(
    ["bag", "bags", "sack", "sacks", "barrel", "barrels", "bottle", "bottles", "can", "cans"]
    + ["tin", "tins", "jar", "jars", "box", "boxes", "crate", "crates", "carton", "cartons"]
    + ["packet", "packets", "bale", "bales", "drum", "drums", "container", "containers"]
)
# What comes before a figure of what a thing is built, licensed or able to carry or hold:
# its capacity, not its load ("built to carry 180 passengers", "licensed for 180
# passengers and 20 tons of cargo", "can seat 40,000", "a capacity of 300 tonnes"); not
# what something "can hold" (a swarm's locusts per square kilometre).
CAPACITY = re.compile(
    r"""\b(?: (?:built|designed|licensed|certified|rated|meant|able) \s+
            (?: to \s+ (?:carry|hold|take|seat|accommodate|handle|house) | for )
        | (?:can|could) \s+ (?:carry|seat|accommodate)
        | capacity \s+ (?:of|for) | room \s+ for )
        \s+ (?: (?:up \s+ to | as \s+ many \s+ as | about | some) \s+ )?
        (?: [\d.,]+ \s+ \w+ \s+ and \s+ )?   # a first figure: "180 passengers and"
        $""",
    re.VERBOSE | re.IGNORECASE,
)
# What comes before a figure of what a permit allows ("permission from the regulator for
# 12,000 satellites", "permission from regulators to fly 7,500", "authorised to launch
# 4,400", "allowed to own up to 49%"): not what there is. No figure between the permit
# and its "for": "costs $40 for 12 months".
PERMITTED = re.compile(
    r"""\b(?: (?:permission|approval|authori[sz]ation|licen[cs]e|permit|clearance|consent)
            s? \b [^.;\d]{0,50}? \b (?: for | to \s+ \w+ )
        | (?:authori[sz]ed|approved|permitted|licen[cs]ed|allowed|cleared) \s+ to \s+ \w+ )
        \s+ (?: (?:up \s+ to | as \s+ many \s+ as | about | some) \s+ )?
        $""",
    re.VERBOSE | re.IGNORECASE,
)
# What comes before a figure of what has been applied for ("has filed for up to 30,000
# more", "applied for 500 new buses"): not what there is either.
SOUGHT = re.compile(
    r"""\b(?:filed|applied|applying|applies|files) \s+ for
        \s+ (?: (?:up \s+ to | as \s+ many \s+ as | about | some) \s+ )?
        $""",
    re.VERBOSE | re.IGNORECASE,
)
# How far before a figure its capacity's, permit's or filing's words may begin: a
# permit's may name who granted it ("permission from the US Federal Communications
# Commission for 12,000 satellites").
CAPACITY_WINDOW = 90
# What tells a level held for a moment, not over a day or a year, before its figure:
# "briefly topped", "momentarily rose above".
MOMENT_BEFORE = re.compile(
    r"""\b(?:briefly|momentarily) \s+ (?:[a-z]+ \s+){1,2} $""",
    re.VERBOSE | re.IGNORECASE,
)
# ... and after it, in its clause, no other figure between: "8% at one point", "more than
# 70 per cent renewable power for at least one half-hour"; not "for two years".
MOMENT_AFTER = re.compile(
    r"""^ [^,;:.\d]{0,60}? \b
        (?: at \s+ (?: one \s+ point | times ) | briefly | momentarily
          | for \s+ (?: (?:at \s+ least | up \s+ to | about) \s+ )?
            (?: an? | one | two | three | a \s+ few | several | \d+ )? \s*
            (?: minutes? | half[-\s]hours? | hours? ) ) \b""",
    re.VERBOSE | re.IGNORECASE,
)
# What stands between a figure and its conversion into another currency or unit: "380
# billion shillings (about $103 million)", "260 billion kip, or about $12 million" (a
# hedge is part of the figure), "420 kilometres (260 miles)"; not "40 billion kip and $9
# million".
CONVERSION = re.compile(
    r"""\s* (?: \( | ,? \s* or ) \s*""",
    re.VERBOSE | re.IGNORECASE,
)
# A bare comma before a hedged sum is one too: "64.2 billion drams, about $166 million"
# (matched on the words between and the second sum's surface, whichever holds the hedge);
# not "40 billion kip, $9 million in fees", a list.
HEDGED_CONVERSION = re.compile(
    r"""^ , \s* (?: about | around | roughly | some | nearly | almost | approximately )
        \s+ \S*\d""",
    re.VERBOSE | re.IGNORECASE,
)
# The most characters a conversion's words take: `CONVERSION`.
CONVERSION_GAP = 8
# What follows a change told against the month before, before any other figure: "fell
# 1.8% on the month", "0.4% month on month", "0.8% from the previous month", "0.6% in
# September from August" (not "from July 2025", a year before, nor "from April 15", a
# date): another quantity than
# the change on a year before, which a change naming no base is.
MONTH_ON_MONTH = re.compile(
    rf"""^ \S*\d\S* [^\d;]*? \b   # the figure, then its clause's words
        (?: on \s+ the \s+ month
          | month [\s-] on [\s-] month
          | (?: from | than | over ) \s+ (?: the \s+ (?: previous | prior ) | a | the )
            \s+ month (?: \s+ (?: before | earlier ) )?
          | from \s+ (?: {"|".join(MONTH_NAMES)} ) \b (?! \s+ \d ) )""",
    re.VERBOSE | re.IGNORECASE,
)
# Words of what a figure measures naming a quarter or a half of a year ("first-quarter
# net profit", "Q3 sales", "half-year revenue", "revenue for the first half"): the figure
# is that part's, whatever period its sentence was read for (`keys._part_of_year`).
PART_OF_YEAR = re.compile(
    r"""\b(?:
        (?P<quarter>
            (?: first | second | third | fourth ) [-\s] quarter   # "first-quarter"
          | q[1-4]                                                  # "Q3 sales"
          | quarterly | three [-\s] months?                         # "quarterly revenue"
        )
      | (?P<half>
            (?: first | second ) [-\s] half                        # "first-half profit"
          | h[12]                                                   # "H1 output"
          | half [-\s] year (?: ly )? | six [-\s] months?           # "half-year revenue"
        )
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# What follows a figure of how far something is from its usual level: "34 metres below
# its usual winter level", "6C above average", "2 metres above its normal level"; not a
# height "above sea level" nor "above the 250 metres of May".
FROM_USUAL = re.compile(
    r"""^ \S*\d\S* (?: \s+ [a-z]+ )?? \s+     # the figure, maybe its unit: "34 metres"
        (?: below | above | under | over | short \s+ of ) \s+
        (?: (?: its | their | the ) \s+ )?
        (?: usual | normal | average | long-term | seasonal | typical )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# What follows a figure of how much it is more or less than another it names: "£3,000
# less than the old one", "costs £3 less.", "2,000 fewer visitors than". Not a bound
# written before a figure ("more than 900"), nor a level beside another ("£45, less than
# in Paris").
LESS_OR_MORE = re.compile(
    r"""^ \s+ (?: less | fewer | more | cheaper | dearer | higher | lower | greater | smaller )
        (?: \s+ [a-z]+ ){0,2}? \s* (?: \s than \b | [,.;:] | $ )   # "fewer visitors than" """,
    re.VERBOSE | re.IGNORECASE,
)
# What follows a figure of how far it is from a target or forecast: "300,000 barrels
# above target", "40,000 tonnes short of its forecast".
OFF_TARGET = re.compile(
    r"""^ \s+ (?: below | above | under | over | short \s+ of ) \s+
        (?: (?: its | their | the ) \s+ )?
        (?: target | forecast | goal | quota | plan | budget | estimate | expectations
          | projections? | guidance )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The verbs of a change right before a figure that is its amount, not the level reached
# ("rose 900", "fell by 300,000 barrels"; "rose to 900" is the level). "Cut", "raised",
# "up" and "down" only with "by": "cut 300 jobs", "raised £2 million", "shot down 12
# drones" are what there is.
_CHANGE_VERBS = r"""rose | risen | rises | rising | fell | fallen | falls | falling
    | climbed | climbs | jumped | jumps | dropped | drops | grew | grown | grows
    | declined | declines | slipped | slips | surged | surges | soared | soars
    | plunged | plunges | increased | increases | decreased | decreases"""
# The bounds a change may be written with before its figure, outside its surface.
_CHANGE_BOUND = r"""(?: (?: about | around | some | nearly | almost | roughly | just
    | more \s+ than | less \s+ than | at \s+ least | over | up \s+ to ) \s+ )*"""
CHANGED_BY = re.compile(
    rf"""\b (?: (?: {_CHANGE_VERBS} ) \s+ (?: by \s+ )?
           | (?: cut | cuts | raised | raises | lifted | lowered | reduced | widened | narrowed
               | up | down | higher | lower ) \s+ by \s+ )
        {_CHANGE_BOUND} $""",
    re.VERBOSE | re.IGNORECASE,
)
# "Up" or "down" and a figure followed by the level reached: "went up £5 to £45".
UP_OR_DOWN = re.compile(r"\b (?: up | down ) \s+ $", re.VERBOSE | re.IGNORECASE)
# The level a change reached, right after its amount: "£5 to £45", "4,100 to 15,600".
TO_LEVEL = re.compile(r"^ \s+ to \s+ \S{0,4} \d", re.VERBOSE | re.IGNORECASE)
# A verb before a figure saying it is what a count gained, not its level: "adding 150,000
# in the third quarter", "gained 2.1 million subscribers" (not "a spokesman added", after).
GAINED_BEFORE = re.compile(
    r"""\b (?: add | adds | added | adding | gain | gains | gained | gaining ) \s+ $""",
    re.VERBOSE | re.IGNORECASE,
)
# Words saying a figure is one per a span of time -> the span: "daily passengers" are
# passengers a day. Not "monthly": a wage or a rent is one a month said or not, and a
# "monthly minimum wage" is the "minimum wage" of another outlet (tracking bench unseen3).
PER_SPAN = MappingProxyType({"daily": "day", "weekly": "week"})
# Names one place goes by -> one.
PLACES = MappingProxyType(
    {
        "u.s.": "us",
        "u.s": "us",
        "usa": "us",
        "united states": "us",
        "america": "us",
        "u.k.": "uk",
        "britain": "uk",
        "great britain": "uk",
        "united kingdom": "uk",
        "england": "uk",
        # Groups of countries, places of their own.
        "european union": "eu",
        "euro zone": "eurozone",
        "euro area": "eurozone",
    }
)
