"""The rate a level takes from a like level written with one just before it.

News writes a price by the unit once: "Diesel sold for €1.65 a litre in March, against
€1.48 in Spain", "a peak of €9.60" after "€4.20 a kilogram ..., down from €8.80", "Coal
sold for $112 a tonne in May. Buyers now offer $98". A figure written in the money or unit
of such a rate before it, in its sentence or in the sentence just before, and of a like
size, is in that rate too. Only the nearest figure in that money or unit counts: after one
without a rate ("Bread costs €2 a loaf. The bakery spent €40,000 on ovens. Flour costs
€3") nothing is taken. A level of another size is another thing's (the whole, not the
rate: "$30 a month; the company raised $45 million"), a level with a basis of its own
keeps it ("£9 a day, against £20 for a pass"; an exchange rate's other currency; "a
50-kilogram bag of rice cost K 135,000" after "90,000 kyat an acre"), and a
rate per a span of time is taken only by a level set against it: after "€1,500 a month",
"the minimum wage of €820" is written, and read, as a sum, but "from €1,300", "against a
national average of €1,200" and "the union is asking for €1,800" are in euros a month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.extraction.fields.evidence import Evidence
from claims.extraction.vocabulary.time import PERIOD_NOUNS
from claims.model import base_unit

# A basis written after the figure: "£20 for a pass", "$5 for each child".
_OWN_BASIS = re.compile(r"\s+for\s+(?:a|an|one|each|every)\s+\w", re.IGNORECASE)
# A thing priced on its own before the level: "a 50-kilogram bag of rice cost", "a carton
# of cream costs", "A sack of coal now sells for".
_PRICED_ITEM = re.compile(
    r"""\b(?:a|an|one|each|every)\s+(?:[\w-]+\s+){0,3}?(?:of\s+(?:[\w-]+\s+){1,2}?)?
    (?:now\s+|still\s+)?(?:cost|costs|sold\s+for|sells\s+for|fetched|fetches|went\s+for
    |goes\s+for)\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_ITEM_WINDOW = 80  # how far before the level the thing priced may be named
_LIKE_SIZE = 10  # a level more than this many times off the rate's is another thing's
# Rates per a span of time: a level after one is written as a sum ("the minimum wage of
# €820" after "€1,500 a month") unless it is set against the rate (`_SET_AGAINST`).
_SPANS = PERIOD_NOUNS | {"night", "century", "quarter", "winter", "summer"}
# What sets a level right after it against a rate before it: the rate's earlier level
# ("to Rs 2,500 a night from Rs 4,000"), a level it is compared with ("against a national
# average of €1,910"), or a level asked for or offered in its place ("the union is asking
# for P2,400", "employers have offered $320").
_SET_AGAINST = re.compile(
    r"""\b(?: from
          | against (?:\s+(?:a|an|the)\s+[^\d,.;:!?()]{0,40}?\s+of)?
          | (?:ask|asks|asked|asking|demand|demands|demanded|demanding|want|wants|wanted
            |seek|seeks|seeking|sought) (?:\s+for)?
          | (?:offer|offers|offered|offering|propose|proposes|proposed|proposing) )
    \s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Level:
    """A figure written in a unit (money, a mass...): its value and its unit as decided,
    with its rate when it has one ("EUR per litre")."""

    value: float
    unit: str


def levels_of(evidence: Sequence[Evidence], units: Sequence[str | None]) -> list[Level]:
    """The figures of a sentence written in a unit, in order, as a later level may take
    the rate of one."""
    return [
        Level(e.figure.value, unit)
        for e, unit in zip(evidence, units, strict=True)
        if unit is not None and e.figure.kind not in ("count", "percentage")
    ]


def like_rate(e: Evidence, unit: str | None, before: Sequence[Level]) -> str | None:
    """The rate ``e``'s figure takes from the nearest level before it (``before``, nearest
    last) in the same unit, if that one has a rate and is of a like size; else None."""
    f = e.figure
    if unit is None or " per " in unit or f.kind in ("count", "percentage"):
        return None
    if _OWN_BASIS.match(e.sentence, f.end) or "exchange rate" in f.reading:
        return None  # "£20 for a pass", "6.96 per dollar": a basis of its own
    if _PRICED_ITEM.search(e.sentence, max(0, f.start - _ITEM_WINDOW), f.start):
        return None  # "a 50-kilogram bag of rice cost K 135,000": that thing's price
    nearest = next((level for level in reversed(before) if base_unit(level.unit) == unit), None)
    if nearest is None or " per " not in nearest.unit:
        return None
    spanned = nearest.unit.rsplit(" per ", 1)[1] in _SPANS
    if spanned and not _SET_AGAINST.search(e.sentence, 0, f.start):
        return None  # "€1,500 a month ..., the minimum wage of €820": a sum, as news writes
    low, high = sorted((abs(nearest.value), abs(f.value)))
    if low == 0 or high > _LIKE_SIZE * low:
        return None
    return nearest.unit
