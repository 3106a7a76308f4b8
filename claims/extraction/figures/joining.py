"""Join neighbouring figures: ranges, changes, alternatives, measures in several units.

``between 62 and 68`` and ``62-68 per cent`` are one figure with bounds; ``rose from 120
to 135`` is two, the second with its direction; ``8 or $9`` are two alternatives that
share a hedge and a unit; ``6ft 2in`` and ``13 dollars and 45 cents`` are one amount. A
bare end of a range takes the unit and scale written at the other end. Each join names
itself in the figures' ``reading``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.extraction import claimhood, nonclaims
from claims.extraction.figures import qualifiers, rates
from claims.extraction.figures.figure import Figure
from claims.extraction.figures.numbers import NUMBER, SCALE, scale_value
from claims.extraction.vocabulary.verbs import CHANGED_BY, CHANGING, forms
from claims.model import Direction, Qualifier

_PERCENTS = ("percent", "percentage point", "basis point")
# A measure written in two units, larger first, and how many of the smaller make one.
_COMPOUND = {
    ("foot", "inch"): 12,
    ("stone", "pound"): 14,
    ("pound", "ounce"): 16,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
    ("hour", "second"): 3600,
    ("metre", "centimetre"): 100,
    ("year", "month"): 12,
}
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_MINOR_UNIT = re.compile(r"(?:cents?|pence|sen)$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:and\s+)?")
# What joins two figures: "62-68", "62 to 68", "between 62 and 68", "8 or $9".
# "8- to 16-metre"; "200,000 to-260,000" (a hyphen glued to the word).
_JOIN = re.compile(r"-?\s*(?:(?P<dash>[-–—])|(?P<word>to|and|or)-?)\s*")
_AGE_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "aged 27, 34 and 51"
_DASH = re.compile(r"\s*[-–—]\s*")  # "33-35", "33 – 35"
_UP_TO = re.compile(r"\s+(?P<word>up\s+to)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# A change verb right before a figure: "rose 18 sen to RM23.50" is a change and a level.
_CHANGED_BY = re.compile(
    rf"""\b(?: {forms(CHANGED_BY)} | up | down
           | {forms(frozenset(["edge"]))} \s+ (?:up|down) )   # "edged up 2p to"
        \s+ (?:by\s+)?$
    | \bby\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# A verb of change before "from X to Y": then X and Y are two states, not a range.
# A multiple written as a verb of change ("more than doubled"), which "to" follows with
# the new level, never a range's end.
_MULTIPLE_VERB = re.compile(r"(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)$", re.IGNORECASE)
_CHANGE_VERB = re.compile(rf"\b(?:{forms(CHANGING)}|up|down)\b", re.IGNORECASE)


def join(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The figures of ``sentence`` with ranges merged, changes and alternatives marked,
    and units shared between neighbours."""
    figs = _dash_ranges(sentence, figures)
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and _minor_part(sentence, a, b):
            merged = replace(a, end=b.end, core_end=b.core_end, value=a.value + b.value)
            out.append(_named(merged, "dollars and cents"))
            i += 2
            continue
        age = a.unit if a.unit and a.unit.endswith(" of age") else None
        if b is not None and age and b.bare and _AGE_LIST.fullmatch(sentence, a.end, b.start):
            listed = replace(b, unit=age, kind=a.kind, bare_integer=False)
            figs[i + 1] = _named(listed, "age from the list")  # "aged 27, 34 and 51"
        if b is not None and _continues(sentence, a, b):
            j = i + 2
            while j < len(figs) and _continues(sentence, figs[j - 1], figs[j]):
                j += 1
            out.append(_one_measure(figs[i:j]))  # "6ft 2in", "2 hours 14 minutes"
            i = j
            continue
        if b is None:
            out.append(a)
            i += 1
            continue
        step = _pair(sentence, a, b, next_bare=figs[i + 1].bare)
        out.extend(step.emit)
        if step.following is not None:
            figs[i + 1] = step.following
        i += step.consumed
    return out


@dataclass
class _Step:
    """What joining two neighbours gives: the figures to keep, how many of the input it
    used, and the next figure as the join re-reads it (when it stays for the next step)."""

    emit: list[Figure]
    consumed: int
    following: Figure | None = None


@dataclass(frozen=True)
class _Link:
    """What is written between two figures: the joining word ("to", "and", "or") or a
    dash, and whether "between" or "from" opens the pair (where it starts)."""

    word: str
    dash: bool
    between: bool
    opener: int | None

    @classmethod
    def of(cls, sentence: str, a: Figure, jm: re.Match[str]) -> _Link:
        window = max(0, a.start - 12)
        between = _BETWEEN.search(sentence, window, a.start)
        opener = between or _FROM.search(sentence, window, a.start)
        return cls(
            word=(jm.group("word") or "").lower(),
            dash=jm.groupdict().get("dash") is not None,  # "up to" joins without one
            between=between is not None,
            opener=opener.start() if opener else None,
        )


def _pair(sentence: str, a: Figure, b: Figure, *, next_bare: bool) -> _Step:
    """Join ``a`` and the figure ``b`` after it, when what is between them joins them."""
    a, b, jm = _opened(sentence, a, b)
    if jm is None or b.qualifier or _MULTIPLE_VERB.search(sentence, a.core_start, a.core_end):
        return _Step([a], 1)  # "more than doubled to 9.8 million": a multiple, a new level
    if a.bare_integer and nonclaims.looks_like_year(sentence[a.core_start : a.core_end]):
        return _Step([a], 1)  # "rose 60% in 2018 to 3.9 million": a year, then a figure
    link = _Link.of(sentence, a, jm)
    if _year_ends(sentence, b) and link.word != "and" and link.opener is None:
        return _Step([a], 1)  # "$331 billion to 2050": until a year, not a range ending in it
    a, b, changed_by = _share(sentence, a, b, link)
    if link.word == "or":
        return _alternatives(a, b)
    aged = link.word == "and" and (a.unit or "").endswith(" of age")  # "aged 4 and 7"
    new_level = changed_by and next_bare and a.unit not in _PERCENTS
    following = b if new_level or aged else None
    if (link.word == "and" and not link.between) or a.unit != b.unit or changed_by:
        return _Step([a], 1, following)  # "rose 64 points to 4,577": the level in points too
    return _joined(sentence, a, b, link)


def _share(sentence: str, a: Figure, b: Figure, link: _Link) -> tuple[Figure, Figure, bool]:
    """The pair with units and scales written once shared: a bare start takes the end's
    ("2 to 3 million homes"), a bare end the start's ("208 pounds to 193"), and a start
    the end's rate ("between $48,000 and $90,000 a year"); and whether the first is the
    size of a change, the second the new level ("rose 18 sen to RM23.50")."""
    # "rise 2 to 3 metres": a bare start near the end it shares a unit with is a range
    span = a.bare and not b.bare and 0 < a.value < b.value <= 5 * a.value
    a = _inherit(a, b, sentence)
    aged = link.word == "and" and (a.unit or "").endswith(" of age")  # "aged 4 and 7"
    if b.bare and not a.bare and (link.word in ("to", "or") or link.dash or link.between or aged):
        b = _unit_from_first(sentence, a, b)  # "208 pounds to 193", "$60-65 a barrel"
    # "rose 18 sen to RM23.50": a change, then the new level (not "rise by 3-4%")
    before = _CHANGED_BY.search(sentence, max(0, a.start - 30), a.start)
    changed_by = link.word == "to" and not span and before is not None
    if a.unit and b.unit and b.unit.startswith(f"{a.unit} per ") and not changed_by:
        # "between $48,000 and $90,000 a year"; not the size of a change before the new
        # level ("fell 40 cents to $74.20 a barrel": 40 cents)
        a = replace(a, unit=b.unit, kind=b.kind)
    return a, b, changed_by


def _opened(sentence: str, a: Figure, b: Figure) -> tuple[Figure, Figure, re.Match[str] | None]:
    """The two figures and what joins them, once "from" has opened a range: "priced from
    X to Y" is a range, not a floor; "from 450 sq ft up to 900" is a range, not a cap."""
    jm = _JOIN.fullmatch(sentence, a.end, b.start)
    ranged = jm is not None or b.qualifier == "up_to"
    if ranged and a.qualifier and _FROM.search(sentence, a.start, a.core_start):
        a = replace(a, start=a.core_start, qualifier=None, qualified_by="'from' opens a range")
    if b.qualifier == "up_to" and _FROM.search(sentence, max(0, a.start - 12), a.start):
        jm = _UP_TO.fullmatch(sentence, a.end, b.core_start)
        b = replace(b, qualifier=None, qualified_by="'up to' ends a range") if jm else b
    return a, b, jm


def _alternatives(a: Figure, b: Figure) -> _Step:
    """ "about 8 or $9": two alternatives, both hedged, each in the unit of the other."""
    first = _named(replace(a, paired=True), "alternatives")
    shared = replace(b, qualifier=a.qualifier, qualified_by="hedge of both alternatives")
    return _Step([first], 1, _named(shared, "alternatives"))


def _joined(sentence: str, a: Figure, b: Figure, link: _Link) -> _Step:
    """Two figures in one unit joined by a dash, "to" or "between ... and": a change after
    a verb of change ("rose from 120 to 135"), a score ("won 3-1"), else a range."""
    opened_by_from = link.opener is not None and not link.between
    if opened_by_from and _CHANGE_VERB.search(sentence, max(0, a.start - 60), a.start):
        return _Step(_change(a, b), 2)
    pair = claimhood.Pair(a, b, dashed=link.dash, opened=link.opener is not None)
    if not claimhood.verdict(claimhood.PAIR_RULES, pair).value:
        return _Step([], 2)
    return _Step([_range(sentence, a, b, link.opener)], 2)


def _unit_from_first(sentence: str, a: Figure, b: Figure) -> Figure:
    """A bare end of a pair in the unit (and per the rate) of its start."""
    b = _named(replace(b, unit=a.unit, kind=a.kind, bare_integer=False), "unit from the other end")
    rate = rates.rate_at(sentence, b.end) if a.unit not in _PERCENTS else None
    if rate is None:
        return b
    per, end = rate
    kind = rates.rate_kind(a.kind, per)
    return replace(b, unit=f"{a.unit} per {per}", kind=kind, end=end, core_end=end)


def _change(a: Figure, b: Figure) -> list[Figure]:
    """``from a to b`` after a verb of change: two states, the second with its direction."""
    direction: Direction | None = (
        "up" if b.value > a.value else "down" if b.value < a.value else None
    )
    first = _named(replace(a, in_change=True, paired=True), "change from X to Y")
    return [first, _named(replace(b, direction=direction, in_change=True), "change from X to Y")]


def _range(sentence: str, a: Figure, b: Figure, opener: int | None) -> Figure:
    """``a`` to ``b`` as one figure with bounds; hedged as the whole range is."""
    start, qualifier, by = a.start, a.qualifier, a.qualified_by
    if opener is not None and a.qualifier is None:
        start, qualifier = _hedged_opener(sentence, opener, a)
        by = "hedge of the whole range" if qualifier else by
    elif opener is not None:
        start = opener
    low, high = sorted((a.value, b.value))
    merged = replace(
        b,
        start=start,
        core_start=a.core_start,
        value=low,
        low=low,
        high=high,
        qualifier=qualifier,
        qualified_by=by,
        bare_integer=False,
        reading=a.reading + b.reading,
    )
    return _named(merged, "range")


def _named(figure: Figure, step: str) -> Figure:
    return replace(figure, reading=(*figure.reading, step))


def _inherit(a: Figure, b: Figure, sentence: str) -> Figure:
    """``a`` written before ``b`` (``$10 to $15 billion``, ``8 or $9``) shares b's unit.

    A bare ``a`` takes b's unit; an unscaled ``a`` takes b's scale when it is smaller
    than b's number (``2 to 3 million``), not when it is larger (``500 to 1.2 million``).
    """
    if not (a.bare or b.bare or a.unit == b.unit):
        return a
    scale = 1.0
    if a.low is None and not SCALE.search(sentence, a.core_start, a.core_end):
        b_scale = _scale_of(sentence[b.core_start : b.core_end])
        if b_scale > 1 and abs(a.value) < abs(b.value) / b_scale:
            scale = b_scale
    if b.bare or not a.bare:
        scaled = replace(a, value=a.value * scale)  # "2-3 million homes", "$1-2 billion"
        return _named(scaled, "scale from the other end") if scale != 1.0 else scaled
    # "40-45p": the start is in pence too
    shared = replace(a, value=a.value * scale * b.factor, unit=b.unit, kind=b.kind)
    return _named(shared, "unit from the other end")


def _scale_of(text: str) -> float:
    """The scale written after the last number of ``text`` ("33-35 billion": 1e9)."""
    scale = 1.0
    for m in NUMBER.finditer(text):
        sm = SCALE.match(text, m.end())
        scale = scale_value(sm) if sm else 1.0
    return scale


def _continues(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether ``b`` continues the measure ``a`` starts in a smaller unit ("6ft 2in",
    "2 hours and 14 minutes", "2min 53sec per kilometre")."""
    if a.unit is None or b.unit is None or " per " in a.unit:
        return False
    parts = _COMPOUND.get((a.unit, b.unit.partition(" per ")[0]))
    if parts is None or a.low is not None or b.low is not None or not 0 <= b.value < parts:
        return False
    return bool(_AND.fullmatch(sentence, a.end, b.start))


def _one_measure(run: list[Figure]) -> Figure:
    """The figures of a measure written in several units as one: a time in seconds (race
    times compare so), another measure in its first, largest unit."""
    first, last = run[0], run[-1]
    units = [f.unit or "" for f in run]  # `_continues` joined only figures with units
    _, per, denominator = units[-1].partition(" per ")
    if all(u.partition(" per ")[0] in _SECONDS for u in units):
        value = sum(
            f.value * _SECONDS[u.partition(" per ")[0]] for f, u in zip(run, units, strict=True)
        )
        unit = "second" + per + denominator
    else:
        value = first.value + sum(
            f.value / _COMPOUND[(units[0], u)] for f, u in zip(run[1:], units[1:], strict=True)
        )
        unit = units[0]
    kind = rates.rate_kind(first.kind, denominator) if per else first.kind
    one = replace(first, end=last.end, core_end=last.core_end, value=value, unit=unit, kind=kind)
    return _named(one, "one measure in several units")


def _minor_part(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether ``b`` is the cents of ``a``: "13 dollars and 45 cents"."""
    return (
        a.kind == b.kind == "currency"
        and a.unit == b.unit
        and a.low is None
        and bool(_MINOR_UNIT.search(sentence, b.core_start, b.core_end))
        and bool(_AND.fullmatch(sentence, a.end, b.start))
    )


def _year_ends(sentence: str, b: Figure) -> bool:
    """Whether ``b`` is a bare year ("to 2050"), not the end of a range ("to 2000 jobs")."""
    return b.bare_integer and nonclaims.is_year(sentence, b.core_start, b.core_end, has_noun=True)


def _dash_ranges(sentence: str, figs: list[Figure]) -> list[Figure]:
    """Join a dashed range that ends a "to" ("from 24.2 to 33-35 billion euros") first,
    so the figure before it meets the whole range, with its scale and unit."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        after_to = i > 0 and _JOIN.fullmatch(sentence, figs[i - 1].end, a.start)
        if b is None or not after_to or not _dashed_pair(sentence, a, b):
            out.append(a)
            i += 1
            continue
        a = _inherit(a, b, sentence)
        low, high = sorted((a.value, b.value))
        merged = replace(b, start=a.start, core_start=a.core_start, value=low, low=low, high=high)
        out.append(_named(merged, "range"))
        i += 2
    return out


def _dashed_pair(sentence: str, a: Figure, b: Figure) -> bool:
    """A bare figure, a dash and a figure with a unit: "33-35 billion euros"."""
    return (
        a.bare
        and not b.bare
        and not b.qualifier
        and a.low is None
        and b.low is None
        and bool(_DASH.fullmatch(sentence, a.end, b.start))
    )


def _hedged_opener(sentence: str, opener: int, first: Figure) -> tuple[int, Qualifier | None]:
    """Start and qualifier of a range opened by "between" or "from" at ``opener``: a hedge
    before the opener hedges the whole range ("roughly between 20 and 30 people")."""
    if first.qualifier is not None:
        return opener, first.qualifier
    window = max(0, opener - 40)
    qualifier, offset = qualifiers.leading(sentence[window:opener], duration=False)
    return (window + offset, qualifier) if qualifier else (opener, None)
