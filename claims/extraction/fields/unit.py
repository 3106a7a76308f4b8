"""The owner of a claim's unit: what its figure is in, or what a count counts.

A figure written with its unit or currency is in it ("£13m", "40 tonnes"). A bare count
counts the noun the parse hangs it on ("450,000 people" -> person), else a noun the text
puts after it or implies ("12 dead", "killed at least 20", "the death toll rose to
1,644"). A rate written after a counted noun divides it ("1,000 migrants a day"). The
first of a pair may count the second's noun ("from 1.2 to 1.5 million viewers"), a
bare count set against a counted one counts the same ("52 votes to 48"), and a bare count
whose noun an earlier count of its sentence or of the sentence before names counts that
("Of the 180 rockets fired, 150 were intercepted": `claims.extraction.fields.elided`);
a toll counts what the article's killings counted when that is not people ("Poachers
killed 420 rhinos ... the toll to fall below 350"). A multiple ("three times the size",
"sixfold") has no unit; "N times" of what happened counts times ("failed 37 times").

The surface of a claim runs to the end of its counted noun, so the unit's rules decide
where the claim ends as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.extraction.fields import elided, levels
from claims.extraction.fields.elided import Earlier, Elision
from claims.extraction.fields.evidence import Evidence
from claims.extraction.figures import rates
from claims.extraction.figures.figure import Figure
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.numbers import SMALL
from claims.extraction.vocabulary.plurals import singular
from claims.extraction.vocabulary.stories import INDEX, RATE_NOUNS, TALLIES
from claims.extraction.vocabulary.verbs import DOWN, KILLING, TOTALLING, UP
from claims.extraction.vocabulary.words import MULTIPLE_AFTER, SETTLEMENTS, TIME_COMPARATIVES
from claims.model import Kind

# The plural noun right after a bare count, when the parse found none ("13m people").
_PLURAL_NOUN = re.compile(
    r"""\s+
    ( people | men | women | children
    | (?! (?: is | was | has | does | says | this | its | as | thus | perhaps | always
            | whereas | besides | towards | afterwards | nevertheless | news | series ) \b )
      [a-z]+ [a-hj-rtv-z] s    # a final "s", but not "-ss", "-is", "-us": "across", "basis"
    ) \b""",
    re.VERBOSE,
)
_NUMBER_WORDS = "|".join(SMALL)  # "the twelve clinics ... three"
# A short aside in brackets right after a figure: "2,481,905 (2.48 million) voters".
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")
# What happened to people, written after a bare count: "12 dead and 40 injured", "50 of
# the injured", "20,000 without power", "18 still missing", "four in a serious condition".
PEOPLE_STATE = re.compile(
    r"""\s+(?: (?:still|now|also)\s+ )?                 # "18 still missing"
    (?: (?:were|are|have\s+been|had\s+been|remain|remained)\s+ (?:(?:still|now)\s+)?
      | of\s+the\s+ (?:(?:most|more|seriously|badly|severely|critically|gravely)\s+){0,2} )?
    ( dead|killed|injured|wounded|missing|hurt|displaced|homeless|evacuated|arrested
    | detained|hospitali[sz]ed|infected|unemployed|died|fled|perished|drowned|survived
    | trapped|stranded|without\s+(?:power|electricity|water|heat|heating|food|shelter|homes?)
    | in\s+(?:an?\s+)?(?:serious|critical|stable|grave)\s+condition )   # a condition
    \b""",
    re.IGNORECASE | re.VERBOSE,
)
# A verb done to people, right before a bare count: "the storm killed at least 20", and
# a headline's present tense: "Floods kill 214", "Quake injures 300".
PEOPLE_VERB = re.compile(
    r"""\b(kill(?:s|ed|ing)? | injur(?:e|es|ed|ing) | wound(?:s|ed|ing)? | arrest(?:s|ed)?
    | evacuat(?:e|es|ed) | rescu(?:e|es|ed) | detain(?:s|ed)? | displac(?:e|es|ed)
    | execut(?:e|es|ed) | infect(?:s|ed)? | hospitali[sz](?:e|es|ed) | sicken(?:s|ed)?
    | strand(?:s|ed)?)\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
_PEOPLE_VERB_WINDOW = 30
# A measured phrase naming an age: "average age of farmers", "life expectancy".
_AGE_MEASURED = re.compile(r"(?i)\b(?:life\s+expectancy|age)\b")
# An age right before a number, which may be a word: "at the age of eight", "Aged twelve".
_AGE_OF = re.compile(r"(?i)\bag(?:e\s+of|ed)\s+$")
# What a person is, turns or will be, right before a bare number: "He will be 35", "she
# turned 40"; only "he" or "she", as "it will be 35" or "the rate is 5" is no age.
_AGE_IS = re.compile(
    r"""\b(?:he|she)\s+
    (?:is|was|will\s+be|would\s+be|turns|turned|turning|will\s+turn|has\s+turned)\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... with the clause ending after it or a time following ("turns 18 next month"), as
# "he was 3 under par" or "she is 2 for 4" go on to say what the number counts.
_AGE_IS_AFTER = re.compile(
    r"""\s*(?:[.,;!?]|$)                         # "He is 72, and still ..."
    | \s+(?:by|on|in|next|this|last|when)\b      # "He will be 35 by the end of the year"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Where a measured phrase's head noun ends: at the place or time it is of ("admissions at
# the city's hospitals"), or at a participle saying which of them ("visitors arriving by
# air", "arrests made by the coast guard", "applications lodged" when the place is left
# out of the phrase).
_PHRASE_TAIL = re.compile(
    r"""\s+(?: [a-z]+(?:ing|ed|en|de)
             (?: \s+ (?:by|from|in|to|at|on|into|across|through|for) \s+ | \s*$ )
           | (?:at|in|on|across|during|for|from|of) \s+ )""",
    re.VERBOSE,
)
# A measured phrase naming a toll: what it counts is deaths ("death toll", "quake toll").
_TOLL = re.compile(r"(?i)\btoll\b(?!\s+(?:road|booth|charge|fee)s?\b)")
# A population: of people, unless it names what it counts ("the population of wild tigers").
_POPULATION = re.compile(r"\b[Pp]opulation\b(?:\s+of\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b)?")
_POPULATION_WINDOW = 30
# A place of a bare count, right before it: "the town of 62,000", "a city of about 200,000"
# (the figure's surface holds its hedge).
_SETTLEMENT_OF = re.compile(rf"\b(?:{'|'.join(sorted(SETTLEMENTS))})\s+of\s+$", re.IGNORECASE)
_TOLL_WINDOW = 30
# A toll that names deaths ("death toll", "the toll of dead").
_DEATH_TOLL = re.compile(
    r"(?i)\b(?:death|fatality|dead)\b[^.;]{0,20}\btoll\b|\btoll\s+of\s+(?:the\s+)?dead"
)
# A measured phrase naming a count of a plural noun: "number of migrants", "tally of deaths".
_NUMBER_OF = re.compile(
    r"(?i:(?:the\s+)?(?:number|total|count|tally|toll)\s+of\s+)"
    r"([a-z]{2,}s|people|children|men|women)\b"
)
# A partitive opening a sentence: "Of the 80 cases,", "Of their 34 league games,", and
# with no count of its own, "Of those passengers,".
_PARTITIVE = re.compile(
    rf"""\s*Of\s+(?:the|their|its|his|her|our|these|those)\s+(?:(?:[\d,.]+|{_NUMBER_WORDS})\s+)?
    (?:[\w-]+\s+){{0,2}}?([a-z]{{3,}}s|people|children|men|women)\s*,""",
    re.VERBOSE | re.IGNORECASE,
)
# A counted noun is words, never markup or punctuation left in the text ("settings</button").
_NOUN = re.compile(r"[A-Za-z][A-Za-z .'-]+")  # two letters at least: "5 A" counts no "a"
# Words a parse may give as a counted noun that name nothing counted.
_NOT_NOUNS = frozenset(["other", "others", "one", "more"])
# Sports abbreviations counted by their names ("2 TDs" counts touchdowns); the parse gives
# them as written, in capitals, so "two wars" is never read as wins above replacement.
_ABBREVIATED = {
    "TD": "touchdown",
    "RBI": "run batted in",
    "HR": "home run",
    "KO": "knockout",
    "WAR": "win above replacement",
}
# What joins a counted figure to a bare one that counts the same: "52 votes to 48".
_JOINED = re.compile(r"\s*(?:to|or|vs\.?|versus)\s+", re.IGNORECASE)
# What sets an earlier level after a rate: "£1,200 a month, up from £1,050", "85,000 jobs
# a month in the second half, down from 124,000", past who said it ("300 trucks a day now
# cross, officials said, down from 450"), or sets a count against it ("95 operations a
# week, against 130 before the closure"; money set against a rate is `levels`').
_EARLIER_LEVEL = re.compile(
    r"""[^,.;:!?\d%]{0,40}
    (?: ,[^,.;:!?\d%]{0,50}\b(?:said|says|reported|estimated)\b[^,.;:!?\d%]{0,20} )?
    ,\s*(?:(?:up|down)\s+from|(?P<against>against|compared\s+(?:with|to)))\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A change by a rate, then the level it reaches: "by $500 a month to $4,000".
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_REACHED = re.compile(r"\s+to\s+", re.IGNORECASE)

# Rule names other owners read.
AGE = "age"
INDEX_POINTS = "points of an index"
IN_A_STATE = "people in the state written after it"
ACTED_ON = "people the verb before it acts on"
RATE_OF_ZERO = "a rate of zero"
MULTIPLE = "a multiple"
OCCURRENCES = "a count of occurrences"
TOLL = "deaths of a toll"
LIKE_RATE = "the rate of a like level before it"
_NAMED_ELSEWHERE = "counted noun named elsewhere"
# Rules that guess people from what happened to a bare count ("420 killed").
_PEOPLE_GUESSES = frozenset([IN_A_STATE, ACTED_ON])
SET_AGAINST = "the unit of the figure it is set against"
# Kinds of physical quantity, whose unit a bare number set against one takes.
_PHYSICAL = frozenset(
    ["mass", "length", "area", "volume", "duration", "speed", "energy", "power", "temperature"]
)
# Kinds whose unit a bare number set against a figure of one takes.
_SET_AGAINST_KINDS = _PHYSICAL | {"currency"}
# ... and whose unit a difference from a level of one, or its standard, takes ("points").
_COMPARED_KINDS = _SET_AGAINST_KINDS | {"other"}
_ZERO_WINDOW = 40  # how far before "zero" a tariff or a rate may be named
_NEXT_WORD = re.compile(r"\s+(\w+)")  # the word right after a figure
_CHANGE_VERBS = UP | DOWN  # verbs of change a tally's level is the start or end of
_LEVEL_RATIO = 1000  # an earlier level this many times off is another thing's (the whole's)


@dataclass(frozen=True)
class Counted:
    """A claim's unit and where its surface ends (past a counted noun, when one follows);
    ``per`` is the rate written after a counted noun ("1,000 migrants a day"); ``kind``
    is the kind of a unit a bare number takes from the figure it is set against ("18 to
    20 knots instead of 14": speed), which its kind's owner keeps."""

    unit: str | None
    end: int
    per: str | None = None
    kind: Kind | None = None


def decide_units(
    evidence: Sequence[Evidence],
    adjacent: Sequence[bool],
    before: Sequence[Earlier] = (),
    victims: str | None = None,
    levels_before: Sequence[levels.Level] = (),
) -> list[Decided[Counted]]:
    """The unit of each figure of one sentence (in order); pairs share theirs.
    ``adjacent[j]`` says figures ``j`` and ``j + 1`` are neighbours in the sentence
    (none read between them was dropped); ``before`` are the counts of the sentence just
    before it (`counts_of`), if that one had any; ``victims`` what the article's
    killings count when that is not people (`victims_of`); ``levels_before`` the figures
    in a unit of the sentence just before it (`levels.levels_of`)."""
    own = [_own_unit(e) for e in evidence]
    out = _elided(evidence, _shared(evidence, own, adjacent), before)
    out = _like_rates(evidence, out, levels_before)
    return [_victims_toll(e, d, victims) for e, d in zip(evidence, out, strict=True)]


def _like_rates(
    evidence: Sequence[Evidence], out: list[Decided[Counted]], before: Sequence[levels.Level]
) -> list[Decided[Counted]]:
    """ "€1.65 a litre ..., against €1.48 in Spain": a level in the rate of a like level
    before it, the sentence's own levels read in order (`claims.extraction.fields.levels`)."""
    seen, out = list(before), list(out)
    for j, e in enumerate(evidence):
        if (rate := levels.like_rate(e, out[j].value.unit, seen)) is not None:
            out[j] = Decided(Counted(rate, out[j].value.end), LIKE_RATE)
        seen.extend(levels.levels_of([e], [out[j].value.unit]))
    return out


def victims_of(counts: Sequence[Earlier]) -> str | None:
    """What a sentence's killings count when not people ("Poachers killed 420 rhinos"):
    the noun of a count of its own that a verb of killing takes."""
    return next(
        (
            c.unit
            for c in counts
            if c.verb in KILLING and not c.borrowed and c.unit not in ("person", "death")
        ),
        None,
    )


def _victims_toll(e: Evidence, d: Decided[Counted], victims: str | None) -> Decided[Counted]:
    """ "the toll to fall below 350" in a story whose killings count rhinos: rhinos; a
    "death toll" stays deaths."""
    start = e.figure.start
    window = e.sentence[max(0, start - _TOLL_WINDOW) : start]
    if d.rule != TOLL or victims is None or _DEATH_TOLL.search(f"{e.phrase or ''} {window}"):
        return d
    return Decided(Counted(victims, d.value.end), "what the article's killings count")


def counts_of(evidence: Sequence[Evidence], units: Sequence[Decided[Counted]]) -> list[Earlier]:
    """The figures of a sentence that count a noun, as a later count may point back to them."""
    return [
        Earlier(
            e.figure.value,
            unit,
            elided.verb_of(e),
            e.figure.start,
            d.value.end,
            elided.scales(e),
            elided.is_borrowed(d.rule),
            elided.role_of(e),
            elided.models(e.sentence, e.figure.end, d.value.end),
        )
        for e, d in zip(evidence, units, strict=True)
        if e.figure.kind == "count" and is_count(d) and (unit := d.value.unit) is not None
    ]


def _elided(
    evidence: Sequence[Evidence], out: list[Decided[Counted]], before: Sequence[Earlier]
) -> list[Decided[Counted]]:
    """Bare counts whose noun an earlier count names ("Of the 180 rockets fired, 150 were
    intercepted"); "98 of them" points back past a noun the parse found after it."""
    out = list(out)
    for j, e in enumerate(evidence):
        d = out[j]
        if e.figure.bare and (
            model := elided.model_counted(Elision(e, counts_of(evidence[:j], out[:j]), before))
        ):
            out[j] = Decided(Counted(model, e.figure.end), elided.MODEL)
            continue
        named = d.rule == _NAMED_ELSEWHERE and elided.points_back(e)
        guessed = d.rule in _PEOPLE_GUESSES
        if e.figure.bare and (d.value.unit is None or named or guessed):
            earlier = counts_of(evidence[:j], out[:j])
            elision = Elision(e, earlier, before)
            # "Of the 420 killed" after "killed 420 rhinos": rhinos, not people.
            found = elided.restated_unit(elision) if guessed else elided.elided_unit(elision)
            if found is not None:
                unit, rule = found
                per = unit.rsplit(" per ", 1)[1] if " per " in unit else None
                out[j] = Decided(Counted(unit, d.value.end, per), rule)
            elif d.value.unit is None and (set_against := _set_against(evidence[:j], e)):
                out[j] = Decided(set_against, SET_AGAINST)
    return out


def _set_against(before: Sequence[Evidence], e: Evidence) -> Counted | None:
    """ "18 to 20 knots instead of 14", "within five months ... within six", "weakened to
    512 per dollar in July from 470": a bare number in the unit of the figure of a physical
    quantity or of money just before it, set against it."""
    last = before[-1].figure if before else None
    if last is None or last.kind not in _SET_AGAINST_KINDS or last.unit is None:
        return _compared_level(before, e) or _scaled_against(before, e)
    if not elided.set_against(e.sentence, last, e.figure):
        return _compared_level(before, e) or _scaled_against(before, e)
    return Counted(last.unit, e.figure.end, kind=last.kind)


def _compared_level(before: Sequence[Evidence], e: Evidence) -> Counted | None:
    """ "1,412 points, 96 behind Lund", "92 micrograms per cubic metre, six times the WHO's
    daily guideline of 15": a bare number in the unit of the nearest level before it
    written in one (not a multiple), when it is how far a rival is from that level or the
    standard that level is measured against (`elided.compared_with`)."""
    level = next(
        (
            b.figure
            for b in reversed(before)
            if b.figure.unit is not None
            and b.figure.kind in _COMPARED_KINDS
            and _times(b.figure) is None
        ),
        None,
    )
    if level is None or not elided.compared_with(e.sentence, level, e.figure):
        return None
    return Counted(level.unit, e.figure.end, kind=level.kind)


def _scaled_against(before: Sequence[Evidence], e: Evidence) -> Counted | None:
    """ "sold 3.9 million carats in the three months to March, against 5.6 million": a
    bare level in the unit of the nearest earlier figure written with the same scale word,
    set against it past its time or who said it."""
    scale = elided.scales(e)
    if not scale:
        return None
    like = next((b for b in reversed(before) if elided.scales(b) == scale), None)
    if like is None or like.figure.kind not in _SET_AGAINST_KINDS or like.figure.unit is None:
        return None
    if not elided.scaled_against(e.sentence, like.figure, e.figure):
        return None
    return Counted(like.figure.unit, e.figure.end, kind=like.figure.kind)


def _own_unit(e: Evidence) -> Decided[Counted]:
    decided = first_rule(_RULES, e, default=Counted(None, e.figure.end), otherwise="bare count")
    unit, end = decided.value.unit, decided.value.end
    rate = rates.rate_at(e.sentence, end) if unit and e.figure.kind == "count" else None
    # never across the next figure: "cases per 100,000 people" leaves that figure its own
    if rate and rate[1] <= e.next_start:
        return Decided(Counted(f"{unit} per {rate[0]}", rate[1], rate[0]), decided.rule)
    return decided


def _as_written(e: Evidence) -> Counted | NotApplicable:
    """The unit written with the figure; a quake's magnitude is a number on a scale, with
    no unit (every bench/fields gold part writes it so)."""
    if e.figure.kind == "count":
        return NOT_APPLICABLE
    return Counted(None if e.figure.unit == "magnitude" else e.figure.unit, e.figure.end)


def _multiple(e: Evidence) -> Counted | NotApplicable:
    """ "three times the size", "sixfold": a multiple has no unit (every bench/fields gold
    part writes it so)."""
    f = e.figure
    if _times(f) is None:
        return NOT_APPLICABLE
    fold = "fold" in e.sentence[f.core_start : f.core_end].lower()
    if fold or MULTIPLE_AFTER.match(e.sentence, f.core_end) or _comparative_after(e):
        return Counted(None, f.end)
    if any(v is not None and not v.is_integer() for v in (f.value, f.low, f.high)):
        return Counted(None, f.end)  # "raised it 1.6 times": nothing happens 1.6 times
    return NOT_APPLICABLE


def _comparative_after(e: Evidence) -> bool:
    """ "40 times brighter", "five times tougher": the parse tags the next word a
    comparative, other than one of time ("lost four times earlier this season")."""
    word = _NEXT_WORD.match(e.sentence, e.figure.core_end)
    if e.doc is None or word is None:
        return False
    at = word.start(1) - e.base
    token = next((t for t in e.doc if t.idx == at), None)
    return (
        token is not None and token.tag_ in ("JJR", "RBR") and token.lower_ not in TIME_COMPARATIVES
    )


def _occurrences(e: Evidence) -> Counted | NotApplicable:
    """ "the grid failed 37 times", "10 times a day": how often something happened
    counts times."""
    per = _times(e.figure)
    if per is None:
        return NOT_APPLICABLE
    return Counted(f"time per {per}" if per else "time", e.figure.end, per or None)


def _times(f: Figure) -> str | None:
    """For a figure written in "times" or "-fold": what its rate is per ("" for none)."""
    unit = f.unit or ""
    if unit == "times":
        return ""
    return unit.removeprefix("times per ") if unit.startswith("times per ") else None


def _parsed_noun(e: Evidence) -> str | None:
    """The parse's counted noun, when it is a word that names something counted (not the
    physical unit another figure is written in: the "km" of "40 km ... 25"; "82 points,
    seven clear" counts points, "30 million shares ... $68 per share" shares)."""
    noun = e.context.noun
    unit = noun if noun and _NOUN.fullmatch(noun) else None
    if unit and any(g.kind in _PHYSICAL and _written_in(unit, e.sentence, g) for g in e.others):
        return None
    unit = _ABBREVIATED.get(unit or "", unit)
    return None if unit in _NOT_NOUNS else unit


def _written_in(noun: str, sentence: str, g: Figure) -> bool:
    """Whether ``noun`` is a word of the figure ``g`` is written with, singular or plural
    ("metre" of "400 metres")."""
    words = sentence[g.core_start : g.core_end].lower().split()
    return noun in words or noun in map(singular, words)


def _counted_noun_after(e: Evidence) -> Counted | NotApplicable:
    """ "three Mexican financial institutions": the noun, and the surface runs to it,
    never across the next figure."""
    unit, noun_end = _parsed_noun(e), e.context.noun_end
    if unit is None or noun_end is None or noun_end + e.base > e.next_start:
        return NOT_APPLICABLE
    return Counted(unit, max(e.figure.end, noun_end + e.base))


def _counted_noun_across(e: Evidence) -> Counted | NotApplicable:
    """ "three quarter-point cuts": the next figure's words are not what is counted."""
    unit = _parsed_noun(e)
    if unit is None or e.context.noun_end is None:
        return NOT_APPLICABLE
    return Counted(unit.split()[-1], e.figure.end)


def _counted_noun_elsewhere(e: Evidence) -> Counted | NotApplicable:
    """A noun the parse finds away from the figure ("460 vehicles ..., compared with 63")."""
    unit = _parsed_noun(e)
    return NOT_APPLICABLE if unit is None else Counted(unit, e.figure.end)


def _no_countable_noun(e: Evidence) -> Counted | NotApplicable:
    """The parse names a noun that counts nothing ("15 others"): no unit, no guess."""
    return NOT_APPLICABLE if e.context.noun is None else Counted(None, e.figure.end)


def _plural_noun_after(e: Evidence) -> Counted | NotApplicable:
    plural = _PLURAL_NOUN.match(e.sentence, e.figure.end)
    if plural is None:
        return NOT_APPLICABLE
    return Counted(singular(plural.group(1).lower()), plural.end())


def _noun_after_brackets(e: Evidence) -> Counted | NotApplicable:
    """ "2,481,905 (2.48 million) voters": a count and the conversion in brackets after it
    both count the noun after the brackets; the surface stays the figure."""
    end = e.figure.end
    bracketed = _BRACKETED.match(e.sentence, end)
    if bracketed is not None:
        end = bracketed.end()
    elif e.sentence.startswith(")", end):
        end += 1
    else:
        return NOT_APPLICABLE
    plural = _PLURAL_NOUN.match(e.sentence, end)
    if plural is None:
        return NOT_APPLICABLE
    return Counted(singular(plural.group(1).lower()), e.figure.end)


def _people_in_a_state(e: Evidence) -> Counted | NotApplicable:
    """ "with 1,200 injured": people, whatever else the parse found."""
    if PEOPLE_STATE.match(e.sentence, e.figure.end) is None:
        return NOT_APPLICABLE
    return Counted("person", e.figure.end)


def _state_as_noun(e: Evidence) -> Counted | NotApplicable:
    """ "the 88 missing", "Of the 52 dead": the parse may take the state for the noun
    counted; people, as "12 dead" are."""
    noun = e.context.noun
    if noun is None or PEOPLE_STATE.fullmatch(f" {noun}") is None:
        return NOT_APPLICABLE
    return Counted("person", e.figure.end)


def _people_acted_on(e: Evidence) -> Counted | NotApplicable:
    """ "the storm killed at least 20"."""
    start = e.figure.start
    if PEOPLE_VERB.search(e.sentence, max(0, start - _PEOPLE_VERB_WINDOW), start) is None:
        return NOT_APPLICABLE
    return Counted("person", e.figure.end)


def _age(e: Evidence) -> Counted | NotApplicable:
    """ "the average age of farmers is 59": a bare age-sized number measuring an age or a
    life expectancy (the age a newborn is expected to reach), or the age a person is,
    turns or will be ("she turned 40 on Friday")."""
    f = e.figure
    if not (f.bare and f.low is None and f.value.is_integer() and 0 < f.value <= 150):
        return NOT_APPLICABLE
    before = e.sentence[max(0, f.start - 60) : f.start]
    if _AGE_OF.search(before):
        return Counted("year of age", f.end)  # "at the age of eight", in words too
    if f.bare_integer and (_AGE_MEASURED.search(e.phrase or "") or _AGE_MEASURED.search(before)):
        return Counted("year of age", f.end)
    if f.bare_integer and _AGE_IS.search(before) and _AGE_IS_AFTER.match(e.sentence, f.end):
        return Counted("year of age", f.end)  # "He will be 35 by the end of the year"
    return NOT_APPLICABLE


def _index_points(e: Evidence) -> Counted | NotApplicable:
    """ "the Nikkei fell 1.8% to 38,500.2": a level of an index is in points."""
    return Counted("point", e.figure.end) if INDEX.search(e.phrase or "") else NOT_APPLICABLE


def _toll(e: Evidence) -> Counted | NotApplicable:
    """ "the death toll rose to 1,644", "the quake toll hit 2,719": deaths."""
    start = e.figure.start
    if _TOLL.search(e.phrase or "") or _TOLL.search(
        e.sentence, max(0, start - _TOLL_WINDOW), start
    ):
        return Counted("death", e.figure.end)
    return NOT_APPLICABLE


def _rate_of_zero(e: Evidence) -> Counted | NotApplicable:
    """ "duties were cut to zero", "the rate is zero": a share of nought, in per cent."""
    f = e.figure
    if f.value != 0 or not f.bare:
        return NOT_APPLICABLE
    before = e.sentence[max(0, f.start - _ZERO_WINDOW) : f.start]
    if RATE_NOUNS.search(e.phrase or "") or RATE_NOUNS.search(before):
        return Counted("percent", f.end)
    return NOT_APPLICABLE


def _tally(e: Evidence) -> Counted | NotApplicable:
    """ "infections rose to 4.2 million", "admissions at its hospitals rose to 21,400": a
    bare count of a running tally its subject names (before a place or time it is of), in
    the measured phrase or, where that leaves the start of a change out, as the subject of
    its verb (`_subject_tally`)."""
    if not e.figure.bare:
        return NOT_APPLICABLE
    phrase = (e.phrase or "").lower()
    ends = [
        words[-1] for words in (phrase.split(), _PHRASE_TAIL.split(phrase, 1)[0].split()) if words
    ]
    tally = next((word for word in ends if word in TALLIES), None) or _subject_tally(e)
    return NOT_APPLICABLE if tally is None else Counted(singular(tally), e.figure.end)


def _subject_tally(e: Evidence) -> str | None:
    """ "Visitors ... rose 9% from 6.8 million", "we expect starts to average about
    230,000": the tally named as the subject of the verb of change a figure is the level
    "from" or "to" of, or of the verb of totalling it is the object of (the parse may take
    "starts" for the noun "to average" hangs on)."""
    token = elided.figure_root(e)
    if token is None:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in ("from", "to"):
        verb, verbs = token.head.head, _CHANGE_VERBS | TOTALLING
    elif token.dep_ == "dobj":
        verb, verbs = token.head, TOTALLING
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and verb.head.tag_ == "NNS":
        subjects.append(verb.head)
    return next((s.lower_ for s in subjects if s.lower_ in TALLIES), None)


def _population(e: Evidence) -> Counted | NotApplicable:
    """ "the emirate's population climbed past 3.9 million", "the town of 62,000": people;
    "the population of wild tigers rose to 3,900": tigers."""
    f = e.figure
    before = e.sentence[max(0, f.start - _POPULATION_WINDOW) : f.start]
    if f.bare and _SETTLEMENT_OF.search(before):
        return Counted("person", f.end)
    found = _POPULATION.search(e.phrase or "") or _POPULATION.search(before)
    if found is None or not f.bare:
        return NOT_APPLICABLE
    return Counted(singular(found.group(1)) if found.group(1) else "person", f.end)


def _counted_before(e: Evidence) -> Counted | NotApplicable:
    """ "the 12 clinics had been reduced to three": a bare count of what it measures, when
    an earlier figure of the sentence counts that noun."""
    words = (e.phrase or "").split()
    if not words or not e.figure.bare or not re.fullmatch(r"[a-z]{3,}s", words[-1]):
        return NOT_APPLICABLE
    plural = re.escape(words[-1])
    before = e.sentence[: e.figure.start]
    if re.search(rf"(?:\d|\b(?:{_NUMBER_WORDS}))\s+(?:[\w-]+\s+){{0,2}}{plural}\b", before):
        return Counted(singular(words[-1]), e.figure.end)
    return NOT_APPLICABLE


def _partitive_opening(e: Evidence) -> Counted | NotApplicable:
    """ "Of their 30 games, the club won 21": a bare count after a partitive that opens
    the sentence counts its noun."""
    if not e.figure.bare:
        return NOT_APPLICABLE
    opening = _PARTITIVE.match(e.sentence)
    if opening is None or e.figure.start < opening.end():
        return NOT_APPLICABLE
    return Counted(singular(opening.group(1).lower()), e.figure.end)


def _number_of(e: Evidence) -> Counted | NotApplicable:
    """ "the number of migrants ... 45,000": migrants."""
    number = _NUMBER_OF.match(e.phrase or "")
    if number is None:
        return NOT_APPLICABLE
    return Counted(singular(number.group(1).lower()), e.figure.end)


_RULES: tuple[Rule[Evidence, Counted], ...] = (
    Rule(MULTIPLE, _multiple),
    Rule(OCCURRENCES, _occurrences),
    Rule("as written", _as_written),
    Rule(IN_A_STATE, _state_as_noun),
    Rule("counted noun after it", _counted_noun_after),
    Rule("counted noun's last word", _counted_noun_across),
    Rule("counted noun after the brackets", _noun_after_brackets),
    Rule(_NAMED_ELSEWHERE, _counted_noun_elsewhere),
    Rule("no countable noun", _no_countable_noun),
    Rule("plural noun after it", _plural_noun_after),
    Rule(IN_A_STATE, _people_in_a_state),
    Rule(ACTED_ON, _people_acted_on),
    Rule(AGE, _age),
    Rule(INDEX_POINTS, _index_points),
    Rule(RATE_OF_ZERO, _rate_of_zero),
    Rule(TOLL, _toll),
    Rule("the tally its subject names", _tally),
    Rule("the people (or what else) a population counts", _population),
    Rule("the noun an earlier figure counts", _counted_before),
    Rule("the noun of the partitive opening the sentence", _partitive_opening),
    Rule("'number of' what", _number_of),
)


def _shared(
    evidence: Sequence[Evidence], own: list[Decided[Counted]], adjacent: Sequence[bool]
) -> list[Decided[Counted]]:
    """Pairs written once for both: the first of a pair ("from 1.2 to 1.5 million
    viewers", "seven or eight euros") counts the second's noun; a bare count joined after
    a counted one ("52 votes to 48") counts the first one's."""
    counted = [e.figure.kind == "count" and is_count(d) for e, d in zip(evidence, own, strict=True)]
    out = list(own)
    for j in range(len(out) - 1):
        if not adjacent[j] or not (counted[j] and counted[j + 1]):
            continue
        a, b = evidence[j], evidence[j + 1]
        first, second = out[j].value, out[j + 1].value
        if a.figure.paired:
            if first.unit is None and second.unit is not None:
                out[j] = Decided(Counted(second.unit, first.end), "from the other of the pair")
        elif (
            first.unit
            and second.unit is None
            and b.figure.qualifier is None
            and _JOINED.fullmatch(a.sentence, first.end, b.figure.start)
        ):
            out[j + 1] = Decided(
                Counted(first.unit, second.end), "from the count it is set against"
            )
    for j in range(len(out) - 1):
        if adjacent[j] and (
            earlier := _earlier_level(evidence[j], out[j], evidence[j + 1], out[j + 1])
        ):
            out[j + 1] = Decided(earlier, "the rate of the level it is set against")
    return out


def _earlier_level(
    a: Evidence, first: Decided[Counted], b: Evidence, second: Decided[Counted]
) -> Counted | None:
    """ "£1,200 a month, up from £1,050", "95 operations a week, against 130": the earlier
    level is in the first one's rate when it is written in the same unit without one (or
    is a bare count); so is the new level a change "by" a rate reaches ("up by $500 a month
    to $4,000")."""
    unit, rate = first.value.unit, first.value.per
    if unit is None or " per " not in unit:
        return None
    base = unit.rsplit(" per ", 1)[0]
    same = second.value.unit == base or (second.value.unit is None and b.figure.bare)
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    if high > _LEVEL_RATIO * low:
        return None  # "3.6 million kroner per Norwegian, up from 19,700 billion kroner"
    between = (a.sentence, first.value.end, b.figure.start)
    reached = _REACHED.fullmatch(*between) and _BY.search(a.sentence, 0, a.figure.start)
    earlier = _EARLIER_LEVEL.fullmatch(*between)
    if earlier and earlier.group("against") and b.figure.kind != "count":
        earlier = None  # "£9 a day, against £40 for a pass": `levels` reads money set against
    if not same or not (earlier or reached):
        return None
    kind = a.figure.kind if b.figure.bare else None  # "900 litres an hour, down from 1,400"
    return Counted(unit, second.value.end, rate, kind)


def is_count(unit: Decided[Counted]) -> bool:
    """Whether a count's unit leaves it a count (an age or an index level is not)."""
    return unit.rule not in (AGE, INDEX_POINTS)
