"""The owner of a claim's ``measured``: the phrase naming what its figure measures.

The parse names it (`claims.extraction.context.describe`) unless the unit's owner read a
bare count as people a state or an act names ("12 dead", "killed at least 20"); the
first of a pair that names nothing measures what the second does ("from 1.2 to 1.5
million viewers"); the base of a change in an aside ("up from 410,000 tonnes") measures
what the figure of its kind before it does, and so does a base set against a figure (",
against 5.6 million a year earlier"); a change told right after a figure ("on sales of
$900m, down 3%", "0.62 lari each, up 15%") measures what that figure does, a figure
restated in an aside (", or about $860 million") or compared in one (", 500,000 fewer
than last season") too, and a change named only by its noun ("a rise of 12%") is the
change of that figure's measure ("rise in minimum wage"). A place the article names, or
the figure's own, is its place, no part of what it measures: "rents in Oyem" measures
"rents", "rainfall at the Konkouré basin gauge" "rainfall".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from claims.extraction.fields import unit as units
from claims.extraction.fields.evidence import Evidence
from claims.extraction.fields.unit import Counted
from claims.extraction.trace import Decided
from claims.extraction.vocabulary.words import (
    ASIDE_AGAINST,
    ASIDE_BASE,
    ASIDE_CHANGE,
    ASIDE_COMPARED,
    CHANGE_ASIDE,
    CHANGE_NOUNS,
    COMPARED_AFTER,
    RESTATED,
)

# A share with nothing named before it ("share of GDP"), as the share rules write it.
_SHARE_OF = "share of "
# A change's noun opening what a figure measures: "increase in minimum wage".
_CHANGE_IN = re.compile(rf"^(?:{CHANGE_NOUNS})\s+in\s+", re.IGNORECASE)
# Where, in a phrase the parse wrote: "rents[ in ]Oyem", "rainfall[ at ]Konkouré basin
# gauge" (possessives and "the" are already gone from it).
_WHERE = re.compile(
    r"""
    \s+(?:in|at|around|across|near|outside)\s+  # a preposition of place, after some words
    """,
    re.VERBOSE,
)
# The spot at a place, after its name: "[ basin gauge]", "[ stores]" (a word or two); more
# is the rest of the phrase ("cost of in Yangon[ 50-kilogram bag of rice]").
_SPOT = re.compile(
    r"""
    (?:\s+[a-z]+){0,2}  # a lower-case word or two, or nothing
    """,
    re.VERBOSE,
)


def decide_measured(
    evidence: Sequence[Evidence],
    unit: Sequence[Decided[Counted]],
    adjacent: Sequence[bool],
    places: Sequence[Collection[str]],
) -> list[Decided[str | None]]:
    """What each figure of one sentence measures (in order); pairs share it. ``places``
    are the names of places each figure's article names, with the figure's own place."""
    own = [_own(e, u, p) for e, u, p in zip(evidence, unit, places, strict=True)]
    for j in range(len(own) - 1):
        paired = adjacent[j] and evidence[j].figure.paired
        if paired and own[j].value is None and own[j + 1].value is not None:
            own[j] = Decided(own[j + 1].value, "from the other of the pair")
    for j, e in enumerate(evidence):
        before = e.sentence[max(0, e.figure.start - 25) : e.figure.start]
        after_surface = e.sentence[unit[j - 1].value.end : e.figure.start] if j else ""
        # a span the first happened in is no amount that changed ("in the three months")
        kinds = (evidence[j - 1].figure.kind, e.figure.kind) if j else ("", "")
        span = kinds[0] == "duration" and kinds[1] != "duration"
        if ASIDE_CHANGE.match(after_surface) and own[j - 1].value is not None and not span:
            own[j] = Decided(own[j - 1].value, "the change told right after a figure is its")
        elif _compared_aside(after_surface, e.sentence, unit[j].value.end) and not span:
            if own[j - 1].value is not None:
                own[j] = Decided(own[j - 1].value, "a figure compared in an aside is the first's")
        elif RESTATED.match(after_surface) and (first := own[j - 1].value) is not None:
            restated = _restated(first, own[j].value)
            if restated is not None:
                own[j] = Decided(restated, "a figure restated measures what the first does")
        elif ASIDE_BASE.search(before):
            end = _measured_before(evidence, own, j, same_kind=True, unit=unit)
            if end is not None:
                own[j] = Decided(end, "the base of a change measures what its end does")
        elif ASIDE_AGAINST.search(before):
            end = _measured_before(evidence, own, j, same_kind=True, unit=unit)
            if end is not None:
                own[j] = Decided(end, "a base set against a figure measures what it does")
        elif (change := CHANGE_ASIDE.search(before)) is not None:
            end = _measured_before(evidence, own, j, same_kind=False)
            if end is not None:
                noun = change.group("noun").lower()
                own[j] = Decided(f"{noun} in {_CHANGE_IN.sub('', end)}", "the change of it")
    return own


def _compared_aside(between: str, sentence: str, end: int) -> bool:
    """Whether a figure is set after the one before by a comma alone and compared right
    after it (", 500,000 fewer than last season")."""
    return bool(ASIDE_COMPARED.match(between) and COMPARED_AFTER.match(sentence, end))


def _restated(first: str, own: str | None) -> str | None:
    """What a figure restating ``first`` in an aside (", or about $860 million") measures:
    the first's measure, as a share of what its own phrase is a share of ("budget
    deficit as share of GDP"); None when its own phrase names something else."""
    if own is None:
        return first
    if own.startswith(_SHARE_OF):
        return f"{first} as {own}"
    return None


def _measured_before(
    evidence: Sequence[Evidence],
    own: Sequence[Decided[str | None]],
    j: int,
    *,
    same_kind: bool,
    unit: Sequence[Decided[Counted]] = (),
) -> str | None:
    """What the nearest figure before ``j`` (of its kind, or any amount for a bare
    count, with ``same_kind``) measures: the end of the change whose base ("up from") or
    size ("a rise of 12%") ``j`` is, or the figure a base is set against."""
    # bare as written: a unit borrowed from the figure it is set against is none of its own
    bare = bool(unit) and (
        unit[j].rule == units.SET_AGAINST
        or (unit[j].value.unit is None and evidence[j].figure.kind == "count")
    )
    for i in range(j - 1, -1, -1):
        kind = evidence[i].figure.kind == evidence[j].figure.kind
        # "3.9 million carats in the three months to March, against 5.6 million": a bare
        # count is set against an amount, never against a span of time
        amount = bare and evidence[i].figure.kind != "duration"
        if not same_kind or kind or amount:
            return own[i].value
    return None


def _own(e: Evidence, unit: Decided[Counted], places: Collection[str]) -> Decided[str | None]:
    if unit.rule == units.IN_A_STATE:
        state = units.PEOPLE_STATE.match(e.sentence, e.figure.end)
        if state is not None:  # "with 1,200 injured": what happened to them is counted
            return Decided(state.group(1), "the state of the people counted")
    if e.phrase is not None:
        rule = f"parse: {e.context.measured_by}"
        for where in _WHERE.finditer(e.phrase):
            named = e.phrase[where.end() :]
            for place in places:
                if named == place or named.startswith(f"{place} "):
                    rest = named[len(place) :]
                    kept = e.phrase[: where.start()] + ("" if _SPOT.fullmatch(rest) else rest)
                    return Decided(kept, f"{rule}, without its place")
        return Decided(e.phrase, rule)
    if unit.rule == units.ACTED_ON:
        start = e.figure.start
        verb = units.PEOPLE_VERB.search(e.sentence, max(0, start - 30), start)
        if verb is not None:  # "killed at least 20"
            return Decided(verb.group(1), "the act done to the people counted")
    return Decided(None, "nothing named")
