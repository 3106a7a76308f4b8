"""The words the scope rules look for: times, reporting, statements, places, owners.

Kept apart from the rules so that a reader can check the vocabulary at a glance and a new
word is a one-line change with a row in the field's case table (tests/test_scope_*.py).
All tables are read-only.
"""

from __future__ import annotations

from types import MappingProxyType

from claims.extraction.vocabulary.numbers import SMALL

# Month names and their usual abbreviations -> month number.
MONTHS = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("January", "Jan"),
                ("February", "Feb"),
                ("March", "Mar"),
                ("April", "Apr"),
                ("May",),
                ("June", "Jun"),
                ("July", "Jul"),
                ("August", "Aug"),
                ("September", "Sept", "Sep"),
                ("October", "Oct"),
                ("November", "Nov"),
                ("December", "Dec"),
            ],
            start=1,
        )
        for name in names
    }
)
MONTH_NAMES = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
    + ["October", "November", "December"]
)
WEEKDAYS = MappingProxyType(
    {
        name: number
        for number, name in enumerate(
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        )
    }
)
# Ordinals of quarters and halves ("the third quarter", "the final quarter").
ORDINALS = MappingProxyType(
    {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
)
# Spelled-out counts of time units ("the past five years", "the next three months").
COUNT_WORDS = MappingProxyType(
    {
        **{word: n for word, n in SMALL.items() if n},
        "a": 1,
        "few": 0,  # "the past few years": a span with no certain length
        "several": 0,
    }
)
# Units of time and their length in months (0: shorter than a month, counted in days).
TIME_UNITS = MappingProxyType(
    {"year": 12, "month": 1, "week": 0, "day": 0, "decade": 120, "quarter": 3}
)
UNIT_DAYS = MappingProxyType({"week": 7, "day": 1})

# Where a country's financial year starts (month), when its articles name one
# ("2025-26", "FY25", "the financial year"); other countries count calendar years.
FISCAL_START = MappingProxyType(
    {
        "GB": 4,
        "IN": 4,
        "JP": 4,
        "CA": 4,
        "NZ": 4,
        "HK": 4,
        "SG": 4,
        "ZA": 4,
        "JM": 4,
        "AU": 7,
        "KE": 7,
        "EG": 7,
        "PK": 7,
        "BD": 7,
        "UG": 7,
        "TZ": 7,
        "US": 10,
    }
)

# Verbs whose subject states what their clause says (lemmas).
REPORTING = frozenset(
    ["say", "tell", "add", "announce", "report", "estimate", "forecast", "predict"]
    + ["expect", "warn", "note", "claim", "argue", "write", "state", "confirm", "reveal"]
    + ["project", "calculate", "reckon", "believe", "insist", "explain", "disclose"]
    + ["tweet", "testify", "acknowledge", "admit", "caution", "stress", "suggest"]
    + ["indicate", "declare", "publish", "find", "show", "put", "quote", "cite"]
)
# Words that set a rival's figure against a sentence's own: "against the mill's 168,000
# tonnes", "more than the government's 1.45 million", "compared with the commission's 61%".
SET_AGAINST = frozenset(["against", "than", "above", "below", "over", "under", "versus", "vs"])
# What a court or jury finds someone: "found ... guilty" is a verdict, not a report.
VERDICTS = frozenset(["guilty", "liable", "responsible", "innocent", "negligent", "culpable"])
# Of those, the verbs that only report: a time phrase on them is when the statement was
# made, not the time of the figure ("police said on Sunday that 14 had been arrested").
SAYING = frozenset(
    ["say", "tell", "add", "announce", "warn", "note", "claim", "argue", "write", "state"]
    + ["confirm", "reveal", "explain", "insist", "tweet", "testify", "acknowledge", "admit"]
    + ["caution", "stress", "declare", "disclose"]
)
# Reporting verbs whose subject is a document rather than a person: "figures show",
# "data from X showed", "the survey found".
DOCUMENT_VERBS = frozenset(["show", "find", "suggest", "indicate", "reveal", "put", "record"])
# Nouns of a document or a data release whose author is the source ("X's figures show",
# "data from X", "a report by X", "a poll by X").
DOCUMENTS = frozenset(
    ["figure", "data", "datum", "statistic", "report", "survey", "poll", "study", "analysis"]
    + ["estimate", "census", "research", "forecast", "projection", "release", "filing"]
    + ["statement", "review", "audit", "assessment", "calculation", "bulletin", "findings"]
    + ["paper", "papers", "tally", "count"]
)
# Prepositions that give a document its author ("data from the ONS", "a report by").
AUTHOR_PREPS = frozenset(["from", "by", "of"])
# Pronouns that stand for a speaker named earlier.
SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])

# Statement cues.
# Verbs that project the figure (lemmas): "is expected to reach", "forecast growth of".
FORECASTING = frozenset(
    ["expect", "forecast", "project", "predict", "anticipate", "foresee", "assume", "envisage"]
)
# Adjectives and participles of a projection after "be": "is set to", "is likely to".
FORECAST_FRAMES = frozenset(["set", "likely", "due", "poised", "expected", "projected", "on"])
# Nouns of a projection: "a forecast of 2%", "the projection of".
FORECAST_NOUNS = frozenset(
    ["forecast", "projection", "outlook", "prediction", "expectation", "assumption"]
)
# Nouns of a chance: a forecast when something has it now ("has a 60% chance of
# strengthening"), a fact of the past when it was priced in.
CHANCES = frozenset(["chance", "probability", "likelihood", "odds"])
# Verbs and nouns of estimating.
ESTIMATING = frozenset(
    ["estimate", "estimated", "reckon", "calculate", "approximate", "guess", "guesstimate"]
)
ESTIMATE_NOUNS = frozenset(["estimate", "estimation", "calculation"])
# Verbs a source "puts" a thing "at" a figure with: "put its losses at about $8 million".
PUTTING = frozenset(["put", "place"])
# Goals, limits and commitments: verbs, nouns.
TARGETING = frozenset(
    ["aim", "target", "pledge", "promise", "plan", "intend", "want", "seek", "vow", "commit"]
    + ["propose", "demand", "require", "cap", "limit", "mandate", "ask", "aspire", "hope"]
    + ["strive", "need", "call", "urge", "push", "ban", "restrict", "negotiate"]
)
# Participles of purpose before an infinitive: what a thing is "meant", "designed" or
# "intended" to do is a plan ("each meant to exceed 10,000 satellites").
PURPOSED = frozenset(["mean", "design", "intend"])
# What a subject needs holds (or is to come); only a figure "needed" for an outcome is a
# goal ("the 76 needed to govern").
NEEDING = frozenset(["need"])
# Verbs that set money aside for an aim, and nouns of an undertaking, that an infinitive
# of purpose hangs on: "released $40 million to vaccinate 2 million cattle", "a campaign
# to vaccinate 3 million children" (what they are for is the aim).
ALLOCATING = frozenset(
    ["allocate", "earmark", "release", "budget", "reserve", "approve", "secure", "borrow"]
)
UNDERTAKINGS = frozenset(
    ["campaign", "drive", "plan", "programme", "program", "scheme", "project", "bid"]
    + ["effort", "push", "deal", "contract", "package", "loan", "tender", "budget"]
)
TARGET_NOUNS = frozenset(
    ["target", "goal", "aim", "ambition", "pledge", "promise", "plan", "cap", "limit"]
    + ["ceiling", "quota", "objective", "commitment", "mandate", "proposal"]
    + ["standard", "guideline"]  # what should be: "against a 90% standard"
    + ["threshold", "minimum", "maximum"]  # "the epidemic threshold of 500"
)
# Verbs of a body setting a level "at" a figure: "set the minimum price at 900 kwacha".
SETTING = frozenset(["set", "fix"])
# Nouns of a penalty that a legal maximum ("up to") turns into a limit: "fines of up to".
PENALTIES = frozenset(["fine", "penalty", "sentence", "jail", "prison", "imprisonment", "ban"])
# Verbs of a rule permitting up to a maximum: "allowed aid of up to 2% of output".
PERMITTING = frozenset(["allow", "permit", "let", "authorise", "authorize", "entitle"])
# Benefits and charges a measure sets, and the verbs of those it applies to: "pensioners
# will receive a bonus of $200", "farms can claim subsidies of up to 4,000 rupees".
BENEFITS = frozenset(
    ["grant", "subsidy", "credit", "tariff", "discount", "rebate", "allowance", "pension"]
    + ["benefit", "bonus", "compensation", "stipend", "voucher", "levy", "surcharge"]
    + ["payment", "payout", "refund", "handout", "deduction", "exemption"]
)
RECEIVING = frozenset(["receive", "get", "claim", "pay", "collect"])
# Charges a body sets, beside the benefits above: "fees will rise to SI$9,200", "the
# effective charge will be 48 kroner a tonne" (a market's "prices" are not among them).
CHARGES = frozenset(["fee", "fare", "charge", "toll", "tuition", "tax", "duty"])
# One of what a seller sells, whose coming price it sets: "A full-time undergraduate place
# will cost SI$14,950 a year", "a single ticket will cost €4.50" (not "a first phase").
SOLD_UNITS = frozenset(
    ["place", "ticket", "seat", "ride", "trip", "journey", "pass", "night", "room", "meal"]
    + ["box", "bag", "bottle", "packet", "kilogram", "kilo", "litre", "gallon", "tonne"]
    + ["entry", "visit", "session", "lesson", "permit", "licence", "license", "subscription"]
)
# Those who forecast what others decide: "Bus fares will rise 5%, analysts said".
FORECASTERS = frozenset(["analyst", "economist", "expert", "trader", "forecaster", "strategist"])
# Verbs that tell a level or its change: "will rise to", "will go up by", "will be".
LEVEL_VERBS = frozenset(["rise", "fall", "go", "increase", "climb", "drop", "be", "stay"])
# Of those, the verbs that tell a level held, not a change: "will be £180", "will stay at".
LEVELS_HELD = frozenset(["be", "stay"])
# What those in a measure's band are: "households earning less than $10,000 will be exempt".
EXEMPTED = frozenset(["exempt", "eligible", "entitled"])
# Verbs of a body adopting a plan, and the plans of spending it adopts: "approved a
# package costing NT$76 billion", "presented a TT$62.4 billion budget".
ADOPTING = frozenset(["approve", "present", "announce", "unveil", "adopt", "pass", "table"])
PLANS = frozenset(["budget", "package", "plan", "programme", "program", "stimulus"]) | {
    "investment",
    "spending",
}
# Verbs of a body binding itself to a future act: "agreed to lift its grant by NZ$1 million".
AGREEING = frozenset(["agree", "undertake", "consent"])
# Verbs that change or end a level a thing has now: in "cut the 2% export levy to zero",
# "waive the 20% import duty", the figure on the levy is its level now, a fact.
STATE_CHANGING = frozenset(
    ["cut", "raise", "lower", "reduce", "increase", "lift", "waive", "scrap", "abolish"]
    + ["halve", "double", "suspend", "remove", "drop", "replace", "end", "phase"]
)
# Verbs a government or company does itself: "will spend", "will build" is a commitment.
COMMITTED_ACTS = frozenset(
    ["spend", "invest", "build", "hire", "recruit", "cut", "raise", "pay", "create", "open"]
    + ["close", "fund", "provide", "give", "offer", "buy", "acquire", "sell", "launch"]
    + ["deploy", "plant", "install", "deliver", "introduce", "lay", "employ", "add"]
    + ["allocate", "double", "triple", "reduce", "lower", "increase", "freeze", "bring"]
    + ["set", "make", "put", "return", "distribute", "release", "slash", "borrow", "shed"]
    + ["extend", "award", "grant", "subsidise", "subsidize", "refund", "waive"]
    + ["replace", "cover", "compensate", "reimburse", "repay", "restore", "supply"]
    + ["halt", "pause", "suspend", "operate"]
)
# What befalls a body, unlike what it does to a thing: "will post a loss", "will need 300
# nurses", "will run a deficit" are forecasts of it, not its acts.
BODY_OUTCOMES = frozenset(
    ["post", "report", "record", "reach", "see", "face", "lose", "suffer", "need", "cost"]
    + ["earn", "generate", "attract", "receive", "get", "win", "have", "hit", "miss", "owe"]
    + ["exceed", "top", "incur", "book", "log", "run", "carry", "handle", "serve", "require"]
    + ["save", "gain"]
)
# Measures a body adopts, which act as it does: "an overhaul that will raise
# contributions", "the agreement will remove tariffs".
ADOPTED_MEASURES = frozenset(
    ["agreement", "deal", "reform", "overhaul", "law", "bill", "budget", "treaty", "decree"]
    + ["package", "accord", "pact", "policy", "regulation", "measure", "scheme", "programme"]
    + ["program", "plan"]
)
# Bodies of a state, that never stand for a company the article is about ("the government
# owns 51% of Kgale"), unlike a company's own "board".
STATE_BODIES = frozenset(
    ["government", "ministry", "parliament", "cabinet", "treasury", "congress", "senate"]
    + ["administration", "council", "city", "state", "province", "authorities", "police"]
    + ["army", "military", "court", "regulator"]
)
# Parties to a deal whose "will provide", "will build" is their own act, as a body's is.
COMMITTING_PARTIES = frozenset(
    ["donor", "consortium", "contractor", "investor", "partner", "sponsor", "builder"]
)
# What makes one indefinite case a worked example ("a household using 20 cubic metres",
# "for a typical family car"): its modifiers.
EXAMPLE_MARKS = frozenset(["average", "typical"])
# Auxiliaries of a clause that tells what a case generally gets: "pays", "would see".
EXAMPLE_AUX = frozenset(["would", "will", "can", "could"])
# Steps of a figure written as a word, besides a currency's name: "Each percentage point
# on the rate adds £90", "Every pound spent saves four".
STEP_UNITS = frozenset(["point", "percentage point", "basis point", "degree", "pound", "penny"])
# Modals of a scenario.
SCENARIO_MODALS = frozenset(["could", "might", "may", "would"])
# Subordinators of a condition.
CONDITIONS = frozenset(["if", "unless", "should"])
# Nouns of a risk or scenario: "at risk of", "in a worst-case scenario".
SCENARIO_NOUNS = frozenset(["risk", "scenario"])
# Future auxiliaries.
FUTURE_AUX = frozenset(["will", "wo", "'ll", "shall"])
# Modals of what is expected to come: "rent growth should slow".
EXPECTING_MODALS = frozenset(["should"])
# Subordinators of a clause beside the main one, whose mood is its own: "while wages
# fell", "as demand slowed", "because costs rose" (not "once rates reach 3.5%").
BESIDE_MARKS = frozenset(
    ["while", "whereas", "although", "though", "as", "because", "since", "after", "but"]
)

# Subordinators that set one speaker's figure against another's: "the board gave 44.8%,
# while the observers put it at 41%".
CONTRAST_MARKS = frozenset(["while", "whereas"])

# Places: common names the package lists write differently or leave out, and groupings
# of countries -> ISO alpha-2 code ("" for a group or region that is no country).
# The first part of a country's name of two ("Antigua and Barbuda") that news does not
# use for the country: a people ("Turks" and Caicos), a surname ("Wallis" and Futuna).
NOT_SHORT_NAMES = frozenset(["Turks", "Wallis"])
PLACE_ALIASES = MappingProxyType(
    {
        "US": "US",
        "U.S.": "US",
        "USA": "US",
        "U.S.A.": "US",
        "America": "US",
        "United States": "US",
        "United States of America": "US",
        "UK": "GB",
        "U.K.": "GB",
        "Britain": "GB",
        "Great Britain": "GB",
        "United Kingdom": "GB",
        "England": "GB",
        "Scotland": "GB",
        "Wales": "GB",
        "Northern Ireland": "GB",
        "Russia": "RU",
        "South Korea": "KR",
        "North Korea": "KP",
        "Korea": "KR",
        "Iran": "IR",
        "Syria": "SY",
        "Vietnam": "VN",
        "Taiwan": "TW",
        "Turkey": "TR",
        "Türkiye": "TR",
        "Czech Republic": "CZ",
        "Ivory Coast": "CI",
        "DRC": "CD",
        "DR Congo": "CD",
        "Democratic Republic of Congo": "CD",
        "Democratic Republic of the Congo": "CD",
        "Congo": "CG",
        "Laos": "LA",
        "Bolivia": "BO",
        "Venezuela": "VE",
        "Tanzania": "TZ",
        "Moldova": "MD",
        "Palestine": "PS",
        "Gaza": "PS",
        "Gaza Strip": "PS",
        "West Bank": "PS",
        "Hong Kong": "HK",
        "Macau": "MO",
        "Macao": "MO",
        "UAE": "AE",
        "Emirates": "AE",
        "Holland": "NL",
        "the Netherlands": "NL",
        "Philippines": "PH",
        "the Philippines": "PH",
        "Brunei": "BN",
        "Micronesia": "FM",
        "Kosovo": "XK",
        "EU": "",
        "European Union": "",
        "eurozone": "",
        "euro zone": "",
        "Europe": "",
        "Africa": "",
        "Asia": "",
        "Latin America": "",
        "South America": "",
        "North America": "",
        "Middle East": "",
        "Gulf": "",
        "Sahel": "",
        "Caribbean": "",
        "Arctic": "",
        "Antarctica": "",
        "Antarctic": "",
        "Balkans": "",
        "Scandinavia": "",
        "Southeast Asia": "",
        "South Asia": "",
        "East Africa": "",
        "West Africa": "",
        "Sub-Saharan Africa": "",
        "Pacific": "",
        "Atlantic": "",
        "Mediterranean": "",
        "Channel": "",
        "English Channel": "",
    }
)
# Demonyms and adjectives of places that countryinfo's one demonym per country lacks
# ("Icelandic", "Kazakh", regions, cities), or names the place otherwise than this
# project does ("US", "UK") -> the place's name and ISO code. A demonym is turned into
# its place ("Kenyan herders" -> Kenya); the article's own spelling wins when it names
# the place elsewhere (`claims.extraction.scope.places`).
DEMONYMS = MappingProxyType(
    {
        "American": ("US", "US"),
        "British": ("UK", "GB"),
        "English": ("England", "GB"),
        "Scottish": ("Scotland", "GB"),
        "Icelandic": ("Iceland", "IS"),
        "Saudi": ("Saudi Arabia", "SA"),
        "Emirati": ("UAE", "AE"),
        "Congolese": ("Congo", "CD"),
        "Nepali": ("Nepal", "NP"),
        "Korean": ("South Korea", "KR"),
        "Philippine": ("Philippines", "PH"),
        "Burmese": ("Myanmar", "MM"),
        "Kazakh": ("Kazakhstan", "KZ"),
        "Uzbek": ("Uzbekistan", "UZ"),
        "New Zealand": ("New Zealand", "NZ"),
        "Argentine": ("Argentina", "AR"),
        "Argentinian": ("Argentina", "AR"),
        "Ecuadorian": ("Ecuador", "EC"),
        "European": ("Europe", ""),
        "African": ("Africa", ""),
        "Asian": ("Asia", ""),
        "Arab": ("Arab world", ""),
        "Latin American": ("Latin America", ""),
        "Californian": ("California", "US"),
        "Texan": ("Texas", "US"),
        "Floridian": ("Florida", "US"),
        "Bavarian": ("Bavaria", "DE"),
        "Catalan": ("Catalonia", "ES"),
        "Quebecois": ("Quebec", "CA"),
        "Londoner": ("London", "GB"),
        "Parisian": ("Paris", "FR"),
        "Keralite": ("Kerala", "IN"),
    }
)
# Capitalised words that a place list also holds but that name a place rarely in news
# ("Chad" is a name, "Jordan" is a name, "Georgia" is both): read as a place only after a
# place preposition or in a title.
AMBIGUOUS_PLACES = frozenset(
    ["Chad", "Jordan", "Georgia", "Victoria", "Florence", "Jackson", "Lincoln", "Austin"]
    + ["Hamilton", "Wellington", "Charlotte", "Madison", "Aurora", "Independence", "Mobile"]
    + ["Reading", "Bath", "Nice", "Split", "Orange", "Sale", "Deal", "Wells", "March", "May"]
    + ["Of", "Union", "Central", "Capital", "North", "South", "East", "West", "Western"]
    + ["Eastern", "Northern", "Southern", "Upper", "Lower", "Coast", "Lakes", "Islands"]
    + ["Alexandria", "Columbia", "Santa", "San", "Marion", "Irvine", "Warren", "Troy"]
    + ["Phoenix", "Buffalo", "Kent", "Carson", "Douglas", "Kingston"]
    + ["Salem", "Peoria", "Norman", "Eugene", "Garland", "Pearl", "Erie", "Cork"]
    + ["Diego Garcia"]  # a capital (of a territory) and a common full name
)
# Names that read as a place's but name a climate pattern ("the coastal El Niño").
NOT_PLACES = frozenset(["Niño", "Nino", "Niña", "Nina"])
# Prepositions after which a proper name is a place ("in Mombasa", "across Bavaria").
PLACE_PREPS = frozenset(
    ["in", "across", "throughout", "from", "to", "at", "near", "outside", "around", "within"]
)

# Owners and actors.
# Heads of a noun phrase that name a body, not a place or a thing ("the health ministry").
BODIES = frozenset(
    ["company", "firm", "government", "group", "bank", "council", "agency", "ministry"]
    + ["department", "regulator", "union", "party", "club", "board", "authority", "operator"]
    + ["airline", "carmaker", "retailer", "insurer", "lender", "utility", "charity", "giant"]
    + ["maker", "business", "organisation", "organization", "institute", "office", "fund"]
    + ["commission", "service", "university", "hospital", "team", "trust", "police"]
    + ["network", "association", "federation", "league", "army", "corporation", "court"]
    + ["manufacturer", "producer", "exporter", "miner", "developer", "chain", "platform"]
    + ["start-up", "startup", "treasury", "parliament", "senate", "congress", "cabinet"]
    + ["administration", "force", "navy", "military", "ministry", "directorate", "bureau"]
    + ["coalition", "alliance", "side", "squad", "brand", "conglomerate", "subsidiary"]
    + ["owner", "supplier", "carrier", "broadcaster", "publisher", "studio", "outlet"]
    + ["exchange", "watchdog", "tribunal", "prosecutor", "prosecutors", "inc", "ltd", "plc"]
    + ["airport", "port", "council", "pilots", "workers", "union", "employer", "employers"]
)
# People who commit an offence, as a group acting ("the attackers demanded $1.4
# million", "the gang encrypted 212 servers"): theirs is what they did, where they did it;
# matched by lemma.
OFFENDERS = frozenset(
    ["attacker", "hacker", "gang", "kidnapper", "abductor", "hijacker", "gunman", "robber"]
    + ["thief", "smuggler", "trafficker", "pirate", "raider", "looter", "bandit", "poacher"]
    + ["fraudster", "scammer", "arsonist", "militant", "insurgent", "rebel", "assailant"]
)
# Common nouns an article calls the company or club it is about ("the company said",
# "the club conceded"): they tell a name with no body word ("Etosha Beverages", "SV Isar
# München") is a body's. Not "team" ("the team classification") nor a public body's word.
SELF_NOUNS = frozenset(
    ["company", "firm", "group", "club", "brewer", "carmaker", "airline", "retailer"]
    + ["insurer", "lender", "miner", "maker", "producer", "conglomerate", "chain", "startup"]
    + ["start-up", "manufacturer", "shipbuilder", "drugmaker", "chipmaker", "exporter"]
    + ["utility", "operator", "distributor", "processor", "supplier", "refiner", "carrier"]
)
# Things whose acts are their own figures ("the railway carried 3 million passengers",
# "the dam produced 900 GWh"), unlike a place's economy.
# Fixed works among them: their figures are their place's ("The railway carried 3.1
# million passengers" in Tanzania); a craft's ("the probe travelled 380,000 km") no place's.
FIXED_THINGS = frozenset(
    ["railway", "line", "dam", "river", "pipeline", "reactor", "bridge", "tunnel", "grid"]
    + ["refinery", "mine"]
)
ACTING_THINGS = FIXED_THINGS | frozenset(["satellite", "rocket", "probe", "telescope"])
# Subjects and owners that are never an entity: what is measured, a generic class, time.
NOT_ENTITIES = frozenset(
    ["price", "prices", "inflation", "rate", "rates", "economy", "growth", "output"]
    + ["people", "person", "household", "households", "farmer", "farmers", "resident"]
    + ["residents", "consumer", "consumers", "worker", "voter", "voters", "citizen"]
    + ["citizens", "student", "students", "patient", "patients", "family", "families"]
    + ["child", "children", "man", "men", "woman", "women", "migrant", "migrants"]
    + ["number", "total", "share", "shares", "figure", "figures", "cost", "costs", "sale"]
    + ["sales", "revenue", "profit", "demand", "supply", "production", "exports", "imports"]
    + ["unemployment", "temperature", "temperatures", "rainfall", "toll", "death", "deaths"]
    + ["this", "that", "which", "who", "what", "it", "they", "there", "one", "some", "all"]
    + ["year", "month", "week", "day", "quarter", "time", "level", "amount", "value"]
    + ["index", "market", "markets", "stock", "stocks", "currency", "bond", "bonds", "yield"]
    + ["yields", "oil", "gold", "crude", "wheat", "rice", "copper", "bitcoin", "dollar"]
    + ["pound", "euro", "yen", "rupee", "debt", "budget", "spending", "tax", "taxes"]
    + ["case", "cases", "analyst", "analysts", "economist", "economists", "expert"]
    + ["experts", "official", "officials", "survey", "poll", "data", "report", "study"]
    + ["world"]  # "the world's biggest producer": a global figure, no one's
    + ["country", "nation", "island", "kingdom"]  # "the country's GDP": the place's
)
# Indices, commodities and currencies written as names: measured, never an entity.
MEASURED_NAMES = frozenset(
    ["Sensex", "Nifty", "Nikkei", "Dow", "Nasdaq", "FTSE", "DAX", "CAC", "Topix", "KOSPI"]
    + ["ASX", "STOXX", "Brent", "WTI", "Bitcoin", "Ether", "S&P", "Hang", "Seng", "Russell"]
    + ["GDP", "CPI", "PMI", "Covid", "Covid-19", "COVID-19", "COVID"]
)
# Verbs whose subject owns or acts on the figure ("Ford employs", "police arrested").
ACTING = frozenset(
    ["have", "own", "employ", "operate", "run", "post", "report", "make", "earn", "sell"]
    + ["ship", "deliver", "produce", "arrest", "seize", "kill", "spend", "invest", "pay"]
    + ["raise", "cut", "lose", "win", "score", "fine", "charge", "buy", "acquire", "hire"]
    + ["launch", "build", "record", "generate", "book", "borrow", "lend", "vaccinate"]
    + ["intercept", "shoot", "rescue", "evacuate", "treat", "test", "collect", "receive"]
    + ["offer", "bid", "allocate", "set", "plan", "announce", "approve", "award", "grant"]
    + ["order", "sentence", "jail", "detain", "deport", "save", "waste", "carry", "fly"]
    + ["mine", "export", "import", "process", "serve", "handle", "attract", "draw", "poll"]
    + ["secure", "take", "get", "receive", "gain", "claim", "finish", "complete", "run"]
)
# Titles before a person's name, left out of the name ("Finance Minister Jane Doe").
TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "President"]
    + ["Minister", "Prime", "Chancellor", "Governor", "Senator", "Judge", "Justice", "Chief"]
    + ["Secretary", "Mayor", "General", "Captain", "Coach", "Rep", "Sen", "Gov", "Director"]
)
# The kinds of subdivision a news figure is about (states, provinces, counties, regions);
# districts, municipalities and parishes are left out (their names are too often words).
SUBDIVISION_TYPES = frozenset(
    ["State", "Province", "Region", "County", "Governorate", "Prefecture", "Land", "Canton"]
    + ["Autonomous region", "Autonomous community", "Union territory", "Republic", "Country"]
    + ["Nation", "Territory", "Emirate", "Federal district", "Autonomous province"]
    + ["Special administrative region", "Metropolitan region", "Regional state"]
    + ["Capital territory", "Capital district", "Autonomous republic", "Federal territory"]
    + ["Council area", "Metropolitan city", "Administrative region", "Oblast", "Krai"]
    # few, and named as places in news: Gambia's and Tonga's ("Tongatapu", "North Bank")
    + ["Division"]
)
# ISO 3166-2 subdivisions too many and too small to read wherever their name stands
# (Slovenia's 200 municipalities; Timor-Leste's "Ermera"): read as small towns are, only
# where the article writes them as places (`places.towns`).
MINOR_SUBDIVISION_TYPES = frozenset(["Municipality"])
# Cities smaller than this are left out of the place list (their names are too often
# people's or words); the capital of every country is kept.
MIN_CITY_POPULATION = 100_000
# Words after a place name that make the whole a body's or a thing's name ("Kenya Airways",
# "India Inc", "New York Times"), not the place.
NAME_CONTINUATIONS = frozenset(
    ["Airways", "Airlines", "Air", "Times", "Post", "Bank", "Inc", "Ltd", "Group", "Power"]
    + ["Telecom", "Energy", "Oil", "Petroleum", "Motors", "Railways", "Rail", "Stock"]
    + ["Exchange", "University", "College", "Institute", "FC", "City", "United", "Today"]
    + ["Herald", "Journal", "Tribune", "Gazette", "Daily", "News", "Standard", "Mail"]
    + ["Electricity", "Water", "Gas", "Cup", "Open", "Premier", "League", "Police"]
    + ["Revenue", "Authority", "Ministry", "Council", "Commission", "Party", "Army"]
    # a company's legal form ("Helvig AG", "Norsk Hydro ASA")
    + ["AG", "SA", "SpA", "GmbH", "NV", "BV", "plc", "PLC", "ASA", "AB", "SE", "LLC", "Bhd"]
)
# Abbreviations that end a name with a full stop of their own ("SariMart Holdings Inc.").
NAME_ABBREVIATIONS = frozenset(["Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Plc", "St"])
# Capitalised words of bodies' names: a run holding one names no person ("Met Office").
BODY_NAMES = frozenset(
    w[:1].upper() + w[1:]
    for w in BODIES
    | NAME_CONTINUATIONS
    | {"office", "court", "house", "reserve", "holdings"}
    | {"customs", "corp", "co", "airways", "airlines", "motors", "industries", "partners"}
)
# Qualifiers many bodies' names share: "the National Statistics Bureau" is not the
# "National Pension and Provident Fund".
GENERIC_NAME_WORDS = frozenset(
    ["National", "State", "Central", "Federal", "Public", "General", "Royal", "Republic"]
    + ["International", "Regional", "Provincial", "Municipal", "Joint", "New"]
)
# Words of a public body's name: its figures are its jurisdiction's ("the health ministry",
# "the central bank", "Customs"), unlike a company's.
PUBLIC_BODIES = frozenset(
    ["government", "ministry", "minister", "department", "police", "army", "military", "navy"]
    + ["agency", "council", "court", "commission", "parliament", "senate", "congress"]
    + ["treasury", "office", "authority", "bureau", "service", "customs", "committee"]
    + ["programme", "program", "administration", "state", "federal", "national", "central"]
    + ["municipal", "county", "city", "province", "provincial", "regional", "public", "nhs"]
    + ["statistics", "census", "election", "electoral", "tribunal", "board", "cabinet"]
    + ["president", "prime", "chancellor", "governor", "mayor", "officials", "authorities"]
    + ["utility"]  # a water or power utility: mostly the state's
    + ["defence", "defense", "guard", "brigade"]  # emergency services: civil defence
)
# International lenders and agencies: what they lend or count is the country's.
INTERNATIONAL_BODIES = frozenset(
    ["International Monetary Fund", "IMF", "World Bank", "Asian Development Bank", "ADB"]
    + ["African Development Bank", "AfDB", "United Nations", "UN", "World Health Organization"]
    + ["WHO", "Inter-American Development Bank", "European Investment Bank"]
)
# Roles written before a person's name ("coach Thomas Berger", "governor Ricardo Alves").
ROLES = frozenset(
    ["minister", "president", "governor", "coach", "manager", "executive", "economist"]
    + ["analyst", "spokesperson", "spokesman", "spokeswoman", "director", "chairman", "chair"]
    + ["chairwoman", "chief", "secretary", "mayor", "officer", "founder", "leader", "senator"]
    + ["head", "professor", "striker", "midfielder", "defender", "goalkeeper", "player"]
    + ["captain", "judge", "lawyer", "prosecutor", "commissioner", "strategist", "researcher"]
    + ["scientist", "engineer", "doctor", "nurse", "farmer", "resident", "trader", "owner"]
    + ["chancellor", "governor", "inspector", "superintendent", "commander", "general"]
    + ["colonel", "lieutenant", "sergeant", "deputy", "candidate", "lawmaker", "MP"]
)
# Roles of one who heads or speaks for a body, so that the "we" of their quotation is
# the body's: "the hospital's director", "fire brigade commander". Not a minister nor a
# president of a country: their "we" is their country's.
BODY_HEADS = frozenset(
    ["director", "chief", "head", "spokesperson", "spokesman", "spokeswoman", "chairman"]
    + ["chairwoman", "chair", "manager", "commander", "executive", "boss"]
)
# Nouns of a place: "Apapa port", "the island of Lampedusa", "the Kanto region".
PLACE_NOUNS = frozenset(
    ["island", "islands", "port", "town", "city", "village", "region", "province", "state"]
    + ["county", "district", "camp", "area", "arena", "stadium", "valley", "peninsula", "coast"]
    + ["capital", "emirate", "prefecture", "municipality", "suburb", "zone", "strait", "delta"]
    + ["basin", "highlands", "lowlands", "archipelago", "harbour", "harbor", "border", "oblast"]
)
# The particles for "of" that join a body's name to the place it ends in ("Cementos de
# Guinea", "Banco do Brasil", "Électricité du Laos"): an English place's name has none.
NAME_PARTICLES = frozenset(["de", "du", "des", "do", "da", "dos", "das", "del", "di"])
# The kinds of place "the city", "the province" point back to (`scope.place`), and those
# of them that are towns.
POINTED_TOWNS = frozenset(["city", "town", "village", "capital"])
POINTED_KINDS = POINTED_TOWNS | frozenset(["province", "region", "district", "county", "island"])
# Capitalised nouns closing the name of a sea or an ocean a demonym opens ("the Indian
# Ocean", "the Irish Sea", "the Persian Gulf"): the water's name, not the country's.
WATER_NOUNS = frozenset(["ocean", "sea", "gulf", "channel", "bight"])
# Nouns of a site a figure may be bound to, read as a place only beside a name ("the
# Daboase plant", "the Mufulira West copper mine", "the Kruger National Park", "the
# Allianz Arena"). Not an airport or a dam (their figures are their city's or region's),
# a river or a lake (named beside a figure as geography: "villages along the Buzi
# river"), nor "mines", which may end a company's name ("Kafue Copper Mines").
SITE_NOUNS = frozenset(
    ["plant", "mine", "park", "reservoir", "reservoirs", "factory", "refinery", "reserve"]
    + ["oilfield", "arena", "stadium"]
    + ["market"]  # where a price is paid: "$6 at the Bairiki market", "Talamahu Market"
)
# Last words of a market's name that a price quoted on it is bound to ("the Astana
# International Exchange"), read only in a capitalised name ("the naira exchange rate" is
# no site).
EXCHANGES = frozenset(["exchange"])
# Works an article may be about, whose figures are bound to its place ("the mill can make
# 450,000 tonnes" in a story of "the Kemi mill"); the words that point back to it.
WORKS_NOUNS = frozenset(
    ["plant", "mill", "factory", "gigafactory", "refinery", "smelter", "mine", "site"]
    + ["shipyard", "oilfield"]
)
WORKS_POINTERS = frozenset(["the", "its", "this"])
# What runs between two places: a story about one is about both ("the line between
# Pristina and Peja", "flights between Nairobi and Kisumu").
ROUTE_NOUNS = frozenset(
    ["line", "railway", "rail", "train", "trains", "ferry", "ferries", "flight", "flights"]
    + ["route", "road", "highway", "motorway", "expressway", "bridge", "crossing", "link"]
    + ["service", "services", "bus", "buses", "corridor", "tunnel"]
)
# Parts of a works a sentence may point back to instead ("the first line can make cells"
# in a story of "the Debrecen gigafactory"); not a works of their own (a metro line).
WORKS_PARTS = frozenset(["line"])
# Compass words before a place: "northern Luzon", "south-east England".
COMPASS = frozenset(
    ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"]
    + ["north-east", "north-west", "south-east", "south-west", "northeast", "northwest"]
    + ["southeast", "southwest", "north-eastern", "north-western", "south-eastern"]
    + ["south-western", "upper", "lower", "coastal", "inland", "rural", "greater"]
)
# Prepositions of a place a figure goes to or comes from ("exports to China"), or of a
# currency a rate is counted in ("J$158 per US dollar").
PARTNER_PREPS = frozenset(["to", "from", "into", "against", "toward", "towards", "with", "per"])
# Prepositions of a place a line or a cargo passes through ("a line through Thailand",
# "cargo via Djibouti"), read after a noun: "swept through Kochi" is where it struck.
TRANSIT_PREPS = frozenset(["through", "via"])
# Verbs of giving to another: a place that gives, sends or lends ("Australia sent a team",
# "planes sent by Greece") acts on the place the gift goes to, which is the figure's.
GIVING = frozenset(
    ["give", "send", "pledge", "donate", "lend", "grant", "provide", "contribute"]
    + ["dispatch", "deploy", "fund"]
)
# Verbs of taking another's goods: a foreign place that takes, buys or imports them
# ("Germany alone took 21% of the volume") is their buyer, and the figure the seller's.
TAKING = frozenset(["take", "buy", "import", "purchase", "absorb"])
# Words of a league's season and of its tallies ("Isar won 25 of their 34 league games",
# "71 points from 28 matches this season"): a tally of the season is the league's
# country's.
LEAGUE_WORDS = frozenset(["league", "season", "championship", "title"])
SPORT_TALLIES = frozenset(["goal", "point", "game", "match", "win", "draw", "defeat", "stage"])
# Verbs of leaving, whose "for" names a destination ("leave Sihanoukville for Singapore").
DEPARTING = frozenset(["leave", "depart", "sail", "head", "fly", "bound", "set"])
# Verbs of a participle that tells what an act left behind, not more of the act ("...,
# leaving a reserve margin of 6%", "giving the system seven satellites").
RESULTING = frozenset(["leave", "give", "take", "bring", "push", "put", "make"])
# Prepositions setting a figure against a standard elsewhere ("well above the EU's 3%
# limit", "against 8 cents in Vietnam"); not "over" or "under", also of place ("rain over
# Kerala").
STANDARD_PREPS = frozenset(["above", "below", "beyond", "than", "against"])
# A company's own result: what a company-wide figure measures ("net profit", "a final
# dividend", "gross margin", "earnings per share"); "earnings" alone may be wages.
COMPANY_RESULTS = frozenset(["profit", "profits", "dividend", "dividends", "margin", "margins"])
COMPANY_RESULT_PHRASES = ("earnings per share", "net cash")
# Words that make a result noun a place's ("tax revenue", "export earnings") or no
# company's ("margin of error").
NOT_COMPANY_RESULTS = frozenset(["tax", "export", "exports", "oil", "state", "tourism", "error"])
# People a demonym tells the nationality of ("their Danish striker"), people away from
# home among them ("American travellers in Spain"); matched by lemma.
PERSON_NOUNS = frozenset(
    ["striker", "player", "midfielder", "defender", "goalkeeper", "forward", "coach"]
    + ["international", "national", "nationals", "citizen", "citizens", "tourist", "tourists"]
    + ["driver", "rider", "runner", "swimmer", "star", "champion", "captain", "winger"]
    + ["actor", "singer", "writer", "author", "journalist", "president", "minister"]
    + ["traveller", "traveler", "holidaymaker", "visitor", "hiker", "climber", "backpacker"]
    + ["pilgrim", "expatriate", "expat", "skier", "refugee"]
)
# What a state company serves its country with ("state power company Zesco", "the
# state water company"): its figures are the country's.
SERVICES = frozenset(
    ["power", "electricity", "energy", "water", "gas", "railway", "rail", "transport", "bus"]
    + ["grid", "geothermal", "postal", "telecoms", "telephone"]
)
# A body's own accounts, no place's even when the body is the state's ("Trainkos lost
# €4.2 million on revenue of €2.9 million", "employs 480 people", "71% of its costs");
# matched by lemma.
BODY_ACCOUNTS = frozenset(
    ["loss", "lose", "revenue", "turnover", "employ", "staff", "employee", "cost", "fleet"]
)
# What a body's fleet is counted in ("runs it with three Stadler trains"): its own too;
# not its services ("two more daily trains").
FLEET_NOUNS = frozenset(
    ["train", "locomotive", "ship", "vessel", "ferry", "aircraft", "plane", "jet", "bus"]
)
SERVICE_WORDS = frozenset(["daily", "weekly", "hourly", "nightly", "return"])
# What a place named as a seller's outlet is ("Russia remained the largest market", "the
# biggest buyer"): the figure is the seller's, whose market it is.
# Words of an election or a poll of voters: a party's or an alliance's figure there (vote
# share, seats) is its country's, not a company's.
ELECTORAL = frozenset(
    ["vote", "voter", "seat", "ballot", "election", "parliament", "electorate", "runoff"]
    + ["referendum", "constituency"]
)
# Adjectives making a figure the whole country's ("a national average", "the nationwide
# rate").
NATIONAL = frozenset(["national", "nationwide", "countrywide"])
# A country's government and its ministries, and the words that make one local ("the
# county government", "the provincial ministry of health").
NATIONAL_BODIES = frozenset(["government", "ministry", "cabinet", "treasury", "minister"])
LOCAL_WORDS = frozenset(
    ["state", "provincial", "regional", "local", "county", "city", "municipal", "district"]
    + ["town", "village", "island"]
)
MARKET_NOUNS = frozenset(["market", "buyer", "customer", "client", "destination", "purchaser"])
# Words naming a world benchmark's price as a subject ("Brent crude traded at $71", "the
# spot price rose"): a price of no place.
WORLD_PRICES = frozenset(["brent", "wti", "spot"])
# Verbs that join a subject to what it is ("remained the largest market").
COPULAS = frozenset(["be", "remain", "become", "stay"])
# Hazards a name may be given to ("the Cedar Ridge fire", "Typhoon Isang"): a named one
# owns no figure, the place it strikes does.
HAZARDS = frozenset(
    ["fire", "wildfire", "blaze", "bushfire", "storm", "typhoon", "hurricane", "cyclone"]
    + ["quake", "earthquake", "flood", "floods", "tornado", "eruption", "landslide"]
    + ["niño", "nino", "niña", "nina"]  # "the coastal El Niño killed 162 people"
)
# Disasters whose running toll outlives their day: "last week's earthquake" dates the
# quake, not the count that "has risen to 2,719".
DISASTERS = HAZARDS | frozenset(
    ["attack", "attacks", "bombing", "blast", "explosion", "crash", "shooting", "collapse"]
    + ["derailment", "stampede", "storms", "fires", "wildfires", "mudslide", "avalanche"]
)
# Words a storm's name follows ("Cyclone Nandi", "Typhoon Haikui").
STORMS = frozenset(["storm", "typhoon", "hurricane", "cyclone", "tropical"])
# Verbs of an aside telling where a speaker spoke ("Speaking in Machakos, she said").
SPEAKING = frozenset(["speak", "address", "talk", "brief", "visit", "tour"])
# What a capital does when it stands for its country's government ("Berlin wants 6
# million heat pumps", "Ottawa has pledged C$2 billion"); matched by lemma.
GOVERNMENT_VERBS = frozenset(
    ["want", "plan", "pledge", "aim", "seek", "propose", "promise", "intend", "target"]
    + ["allocate", "earmark", "approve", "announce", "budget", "demand", "offer", "commit"]
)
# A frontier named by the neighbour's demonym ("near the Canadian border").
BORDER_NOUNS = frozenset(["border", "frontier"])
# A competitor or its craft, after a nationality that tells only whose it is ("US yacht",
# "the British crew of Sea Spirit", "Kenyan rider"), not where the event is.
COMPETITOR_NOUNS = frozenset(
    [
        "yacht",
        "boat",
        "crew",
        "eight",
        "team",
        "squad",
        "side",
        "rider",
        "driver",
        "runner",
        "skipper",
        "sailor",
        "swimmer",
        "rower",
        "cyclist",
        "athlete",
        "player",
        "golfer",
        "champion",
    ]
)
# What a place's economy, people or weather measure: never the article's main body's.
MACRO = frozenset(
    ["inflation", "unemployment", "jobless", "growth", "economy", "gdp", "output", "price"]
    + ["cpi", "wage", "yield", "bond", "gilt", "currency", "naira", "pound", "dollar", "yen"]
    + ["euro", "rupee", "export", "import", "trade", "temperature", "rain", "rainfall", "heat"]
    + ["people", "resident", "voter", "household", "consumer", "worker", "patient", "child"]
    + ["death", "case", "toll", "population", "index", "market", "share", "stock", "oil"]
    + ["crude", "gold", "rent", "home", "house", "mortgage", "borrower", "investor", "trader"]
    + ["economist", "analyst", "demand", "spending", "sale", "start", "fire", "turnout"]
    + ["remittance", "lending"]
)
# Wholes a share is of that are a place's economy: "above 70% of GDP", "a quarter of the
# country's economy" (not a body's own whole: "9% of its lending").
WHOLE_ECONOMY = frozenset(["gdp", "economy"])
# Verbs of a match: a country's name that scores or beats is its team ("Ghana beat Mali
# by three goals"), not the place.
PLAYING = frozenset(["score", "concede", "beat", "defeat", "thrash", "outscore"])
# Verbs of keeping count: their subject is a source when the clause sits beside the
# figure's ("the health ministry has recorded 61,400 cases").
RECORDING = frozenset(["record", "register", "log", "count", "tally", "document"])
