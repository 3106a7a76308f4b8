"""Hedges around a figure: ``nearly 450,000``, ``more than 60%``, ``3% or higher``.

`leading` looks at the words just before a figure, `trailing` at those just after;
both return the qualifier (one of `claims.model.QUALIFIERS`) and the span it covers,
so the claim's surface can include it. A hedge said by a verb ("topped 40C") counts
but stays out of the surface, and a negated bound turns round ("did not fall below").
"""

from __future__ import annotations

import re

from claims.extraction.vocabulary.verbs import FALLING, MOTION, forms
from claims.model import Qualifier, as_qualifier

# A degree before a bound: "just over", "well under", "a shade below".
_DEGREE_WORDS = r"(?:just|well|a\ little|slightly|far|much|a\ shade|a\ touch|a\ tad|a\ bit)\ "
_BY = f"(?:{_DEGREE_WORDS})?"
_LEADING = {
    "approx": r"nearly|almost|about|around|roughly|approximately|approx\.?|some|an\ estimated"
    r"|estimated|closer?\ to|circa|c\.|~|maybe|perhaps|possibly|estimated\ at|approaching|nearing"
    r"|near"
    r"|in\ the\ region\ of|(?:on|of)\ the\ order\ of|the\ best\ part\ of",
    "more_than": _BY + r"(?:more\ than|over|above|north\ of)"
    r"|upwards?\ of|in\ excess\ of|(?:greater|higher|larger|bigger|longer)\ than|exceeding"
    r"|over\ than",
    "less_than": _BY + r"(?:less\ than|fewer\ than|under|below|south\ of)"
    r"|(?:just|well|a\ little|slightly|far)\ short\ of"  # "short of 5 players" lacks them
    r"|(?:just\ )?shy\ of|sub-|(?:lower|smaller|shorter)\ than",
    "at_least": r"at\ least|no\ less\ than|no\ fewer\ than|a\ minimum\ of|minimum\ of"
    r"|start(?:s|ing)?\ (?:at|from)|(?:priced|prices|costs?|rents?|fares?)\ from|from\ just"
    r"|(?:from\ )?as\ (?:little|low|few)\ as"  # the low end of what is on offer
    # what is charged, or whom, "from" a price: "charges customers from about $70 million"
    r"|(?:(?<=charge\ )|(?<=charges\ )|(?<=charged\ )|(?<=charging\ )|(?<=customers\ )"
    r"|(?<=clients\ )|(?<=patients\ )|(?<=users\ )|(?<=buyers\ )|(?<=guests\ ))from"
    r"|at\ or\ (?:above|over)",
    "at_most": r"at\ most|no\ more\ than|a\ maximum\ of|maximum\ of|not\ more\ than"
    r"|within|capped\ at|limited\ to|no\ higher\ than"  # a ceiling set or kept
    r"|at\ or\ (?:below|under)",
    "up_to": r"up\ to|as\ many\ as|as\ much\ as|as\ high\ as"
    r"|gust(?:s|ed|ing)\ to",  # a gust is a peak the wind reaches: "gusting to 70 km/h"
}

# A qualifier ending right before the figure (checked on the text before it), or before
# the article of the figure's noun phrase ("about a 60% chance").
LEADING = re.compile(
    r"(?:^|(?<=[\s(\"'“]))(?:"
    + "|".join(f"(?P<{name}>{alts})" for name, alts in _LEADING.items())
    + r")(?:\s+|(?<=~)|(?<=-))(?:an?\s+)?$",
    re.VERBOSE | re.IGNORECASE,
)

# A qualifier right after the figure and its unit. Group names end in a digit where a
# qualifier has several forms; `trailing` drops it.
TRAILING = re.compile(
    r"""
    (?: \s+ or \s+ (?P<at_least> more | higher | above | greater | over | better ) \b
      | \s+ and \s+ (?P<at_least2> above | over | up | upwards | counting ) \b
      | (?P<at_least3> \+ | -plus \b )
      | \s+ at \s+ (?P<at_least4> least ) \b (?= \s* (?: [.,;:)] | $ ) )   # "40 at least."
      | \s+ or \s+ (?P<at_most> less | fewer | lower | below | under ) \b
      | \s+ at \s+ (?P<at_most2> most ) \b (?= \s* (?: [.,;:)] | $ ) )
      | (?P<approx> \s+ or \s+ (?: so | thereabouts ) | -odd | \s+ odd (?=\s+[a-z])
                  | ,? \s+ give \s+ or \s+ take ) \b       # "40 or so", "40-odd"
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "up to" after a verb of motion is a movement ("inched back up to 4.8%"); after other
# verbs it is a ceiling ("dumped up to 12 inches of rain").
_MOTION = re.compile(rf"\b(?:back|{forms(MOTION)})\s+$", re.IGNORECASE)
# "over" before a span of time usually means "during" ("rose 5% over 10 years"), except
# after these words: "for over ten years".
_LONGER = re.compile(
    r"\b(?:for|of|after|spent|spend|spends|lasted|lasting|served|aged|took|taken|takes)\s+$",
    re.IGNORECASE,
)
# "over" after a count and its noun, or after a verb of spreading, spreads that count over
# places or parts it names ("destroyed 47 drones over seven regions", "481.2 points over
# two rounds", "spread over 48 wind farms"): no bound.
_SPREAD_OVER = re.compile(
    r"""(?: \d[\d.,]*(?:\s+[a-z-]+){0,2}?\s+[a-z]{2,}s      # "47 Ukrainian drones"
          | \b(?:spread|scattered|stretched|split|divided|distributed|dispersed) )
    \s+over\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# A bound word before an article heads the noun phrase the figure describes: "under a
# 15-year contract", "under an $8 billion loan programme" (not "about a 60% chance").
_BOUND_PREPOSITIONS = frozenset(["over", "under", "above", "below"])
_ARTICLE_LAST = re.compile(r"\ban?\s+$", re.IGNORECASE)


# A verb saying the figure was passed or neared, or an estimate naming what it
# estimates: a hedge, though not part of the claim's surface ("temperatures topped 40C"
# claims "40C", "an estimated street value of €170m" claims "€170m"). "past" after a
# falling verb is a floor broken ("slid past $10"); after a determiner or before a span
# of time it is time gone by ("the past 90 days").
_PASSED = re.compile(
    rf"""(?:^|\s)
    (?: (?P<more> topp(?:ed|ing) | tops | exceed(?:ed|s)? | surpass(?:ed|es|ing)? )
      | (?P<near> nears | neared | estimated \s+ (?:[a-z-]+\s+){{1,3}} of )
      | (?P<fall> (?:{forms(FALLING)}) \s+ )? past )
    \s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# A tally, a price or a level that "passes" or "crosses" a figure is above it ("the death
# toll in the province passes 1,400", "the Sensex crossed 80,000"), and so is what runs a
# tally up ("the outbreak passes 3,800 cases", "the petition passed 100,000 signatures"); a
# body that passes bills or a traveller who crosses borders is not, so the subject must
# name a measure or one of these.
_REACHED = re.compile(
    r"""\b(?: toll | tally | count | number | total | cases | deaths | infections | prices?
    | temperatures? | mercury | index | sensex | nifty | shares | stocks? | debt | deficit
    | sales | revenues? | value | valuation | population | turnout | inflation | unemployment
    | rates? | yields? | figure | subscribers | users
    | outbreak | epidemic | pandemic | wildfire | fire | blaze | petition | appeal | fund )
    (?: \s+ (?: in | from | of | for | at | on ) (?: \s+ [\w'’-]+ ){1,3} )?  # "toll in Gaza"
    \s+ (?: (?: has | have | had | now | finally | just ) \s+ )?
    (?: (?: (?:is|are|was|were) \s+ )? (?: expected | set | likely | forecast | projected | due )
        \s+ to \s+ | (?: could | will | would | may | might ) \s+ )?     # "expected to pass"
    (?: pass(?:es|ed)? | cross(?:es|ed)? ) \s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# A cap or a limit set on something, then the figure: "capped rent rises at 2%", "limits
# card fees to 0.3%". The words between stay inside the clause (no comma or stop).
_CAPPED = re.compile(
    r"""\b(?: cap(?:s|ped|ping)? \s+ [^,;.]{1,40}? \s+ at
         | limit(?:s|ed|ing)? \s+ [^,;.]{1,40}? \s+ to ) \s+$""",
    re.VERBOSE | re.IGNORECASE,
)
_TIME_PAST = re.compile(
    r"\b(?:the|this|that|last|its|their|his|her|our|half|quarter) \s+ past \s+$",
    re.VERBOSE | re.IGNORECASE,
)
# A negation a few words before a bound turns it round: "did not drop below 29C" is at
# least 29C. Not through a degree word or an idiom: "not much under 2%" is still under,
# "not least over 400 homes" still over.
_NEGATED = re.compile(
    r"""(?: \bnot | n['’]t | \bnever ) \s+
    (?: (?! (?:much|far|quite|so|too|very|that|least|only|just|even|once) \b )
        [a-z]+ \s+ ){0,2} $                  # up to two words between ("did not drop")
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TURNED = {"less_than": "at_least", "more_than": "at_most"}
_DEGREE = re.compile(_DEGREE_WORDS, re.VERBOSE | re.IGNORECASE)
# "over" right after a dispute or a charge means "about": "jailed for six years over
# £4m fraud", "a row over £30m of fees", "a strike over 200 job cuts".
_ABOUT = re.compile(
    r"""\b(?:rows?|disputes?|fights?|battles?|clash(?:es)?|concerns?|fears?|worries|anger
    |outrage|furore|uproar|probes?|investigations?|inquiry|lawsuits?|strikes?|protests?
    |feud|jailed|sentenced|imprisoned|arrested|convicted|prosecuted|sued|investigated)
    (?:\s+for\s+[\w-]+\s+(?:years?|months?|weeks?|days?))?\s+$""",
    re.VERBOSE | re.IGNORECASE,
)

# "about" right after talk, questions or worry names a topic: "talked about 3 options",
# "concerns about 2,000 jobs".
_TOPIC = re.compile(
    r"""\b(?: talk\w* | spoke | speak\w* | ask\w* | questions? | question(?:ed|ing)
    | concerns? | concerned | worr(?:y|ied|ies) | warn\w* | complain\w* | complaints?
    | hear | heard | know | knew | learn\w* | think\w* | thought | debat\w* | argu\w*
    | joke\w* | lie | lied | lying | story | stories | news | reports? | details?
    | information | uncertainty | fears? | angry | upset | excited | optimistic | pessimistic
    | cautious | sceptical | skeptical | confused | silent )
    \s+$""",
    re.VERBOSE | re.IGNORECASE,
)


def leading(before: str, *, duration: bool, counted: bool = False) -> tuple[Qualifier | None, int]:
    """The qualifier ending ``before`` (the text up to the figure) and where it starts;
    ``counted`` says the figure counts a noun written after it ("seven regions").

    Returns ``(None, len(before))`` when there is none; a verb that hedges
    ("topped 40C") gives its qualifier with ``len(before)``: the surface stays the figure.
    """
    m = LEADING.search(before, max(0, len(before) - 30))
    if m is None:
        return _verb_hedge(before, duration=duration), len(before)
    name = m.lastgroup or ""
    if (
        name == "up_to"
        and m.group().lower().startswith("up")
        and _MOTION.search(before, 0, m.start())
    ):
        return None, len(before)  # "inched back up to 4.8%": a movement, not a ceiling
    word = m.group(name).strip().lower()  # the hedge itself, without an article after it
    over = name == "more_than" and word == "over"
    if over and duration and not _LONGER.search(before, 0, m.start()):
        return None, len(before)  # "€800 billion over four years": during, not more than
    if over and _ABOUT.search(before, 0, m.start()):
        return None, len(before)
    if over and counted and _SPREAD_OVER.search(before):
        return None, len(before)  # "47 drones over seven regions": across, not more than
    if word in _BOUND_PREPOSITIONS and _ARTICLE_LAST.search(m.group()):
        return None, len(before)  # "under a 15-year contract": a frame, not a bound
    if word == "about" and _TOPIC.search(before, 0, m.start()):
        return None, len(before)
    if name in _TURNED and not _DEGREE.match(m.group()) and _NEGATED.search(before, 0, m.start()):
        name = _TURNED[name]
    if name == "approx":  # "up to around 300": the outer hedge says more
        outer, start = leading(before[: m.start()], duration=duration)
        if outer is not None and outer != "approx":
            return outer, min(start, m.start())
    return as_qualifier(name), m.start()


def _verb_hedge(before: str, *, duration: bool) -> Qualifier | None:
    """The hedge a verb or a clause before the figure states, else ``None``: passed
    (``more_than``; ``less_than`` for a fall past it), neared or estimated (``approx``),
    capped (``at_most``). "past" before a span of time is time gone by ("in past 5 years")."""
    if _REACHED.search(before, max(0, len(before) - 40)):
        return "more_than"
    if _CAPPED.search(before, max(0, len(before) - 50)):
        return "at_most"
    m = _PASSED.search(before, max(0, len(before) - 40))
    if m is None or _TIME_PAST.search(before, max(0, len(before) - 30)):
        return None
    if m.group("near"):
        return "approx"
    if m.group("more"):
        return "more_than"
    if duration:
        return None
    return "less_than" if m.group("fall") else "more_than"


def trailing(after: str) -> tuple[Qualifier | None, int]:
    """The qualifier starting ``after`` (the text after the figure) and its length."""
    m = TRAILING.match(after)
    if m is None:
        return None, 0
    return as_qualifier((m.lastgroup or "").rstrip("0123456789")), m.end()
