"""The owner of a claim's kind: what sort of quantity its figure is.

The kind is what the figure's written unit makes it (money, a mass, a share...) unless
the unit's owner read a bare count as an age ("the average age of farmers is 59": a
duration), as the level of a stock index (in points: other), as a rate of zero ("duties
cut to zero": a percentage) or as a count of occurrences ("failed 37 times": a count), or
gave a bare number the unit of the figure it is set against ("18 to 20 knots instead of
14": a speed). A count of a unit is of that unit's kind: of a unit of time, a span of
time ("three straight years", "two more quarters": a duration); of points, other.
"""

from __future__ import annotations

from claims.extraction.fields import unit as units
from claims.extraction.fields.evidence import Evidence
from claims.extraction.fields.unit import Counted
from claims.extraction.trace import Decided
from claims.extraction.vocabulary.units import UNIT_KIND
from claims.model import Kind

# The kinds of the units a count's noun may be ("three straight years", "58" points set
# against "212 points"), and of a quarter of a year ("two more quarters"); not "times",
# whose count is a count of occurrences.
_UNIT_KINDS: dict[str, Kind] = {
    **{unit: kind for unit, kind in UNIT_KIND.items() if unit != "times"},
    "quarter": "duration",
}


def decide_kind(e: Evidence, unit: Decided[Counted]) -> Decided[Kind]:
    if unit.rule == units.AGE:
        return Decided("duration", "an age")
    if unit.rule == units.INDEX_POINTS:
        return Decided("other", "a level of an index")
    if unit.rule == units.RATE_OF_ZERO:
        return Decided("percentage", "a rate of zero")
    if unit.rule == units.OCCURRENCES:
        return Decided("count", "a count of occurrences")
    if unit.value.kind is not None:
        return Decided(unit.value.kind, "the kind of the figure it is set against")
    if e.figure.kind == "count" and (kind := _UNIT_KINDS.get(unit.value.unit or "")):
        return Decided(kind, "the kind of the unit it counts")
    return Decided(e.figure.kind, "as written")
