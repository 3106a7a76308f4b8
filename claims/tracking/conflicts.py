"""Conflicts: sources stating incompatible figures for one metric at the same time.

Two statements conflict when they come from different sources (whoever the figure is
attributed to, else the outlet), refer to the same time (the same stated period, or
published within ``window`` days of each other; a figure stating no period, published
within them of one of the period just over, is of that period when the two are close),
and allow no value in common. What is not a conflict: a wire copy (it is the statement
it copies), an earlier state the sentence compares with ("up from 1,040"), the level a
source reported before another's article says it was changed from ("raised it to 14%
from 10%"), a running total moving on (a death toll published later and higher), a
count of the missing, a temperature or a rainfall on another day than another's (they
move both ways), a count of the missing said to remain ("17 remained missing") a little
below another's the same day (a few were found), a month's figure against one published
before the month was over, figures of periods that merely overlap (March and the year
to April), and figures ten times apart in a metric that is no running total (two
quantities under one name).
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from claims.tracking import vocabulary as words
from claims.tracking.groups import Groups
from claims.tracking.intervals import Interval
from claims.tracking.keys import automatic
from claims.tracking.metrics import Metric, Statement, mid_sentence

# Statements published this many days apart or fewer speak of the same time: the day's
# reports and the next day's papers; later, a developing story's figure has moved on.
WINDOW_DAYS = 1
_FACTS = {"estimate": "fact"}
# Figures of one time this many times apart are two quantities under one name (or a
# misreading), not one quantity sources disagree on: sources disputing one figure (a
# crowd's organisers and its police) lie within three and a half times on every conflict
# of the tracking bench. Not a running total's: a toll's sources may be further apart (a
# quake's confirmed dead against an aid agency's estimate).
_MAGNITUDES = 5
# A period this long or shorter (a month, a quarter) is reported once it is over.
_SHORT_PERIOD_DAYS = 92
# Two stated periods are one when their starts and their ends lie this share of the
# longer one's length apart or less (a day at least): "the first quarter" and "January
# to March"; "since 1 August" in papers a day apart; not the years to March and to April.
_SAME_PERIOD = 0.05
# Said of a conflict between a figure of a stated period and one stating none (`_just_over`).
_READ_AS_JUST_OVER = ", the one stating no period read as of the period just over"
# Said of the second of two figures one sentence sets against each other (`_set_against`).
_AGAINST = "another's reading its sentence sets against it"
# Figures this close (spread at most this share of the larger) may be one reading moved
# on or restated: a figure read as of the period just over is compared only with one
# this close (a time inferred, not stated, gives no ground to set far-apart figures
# against each other: they are likelier two quantities or two times), and a count said
# to remain is the count once a few were found only when this close to the other's (far
# below it, it is a rival reading).
_CLOSE = 0.25


@dataclass(frozen=True)
class Conflict:
    """Statements of one metric that cannot all be right."""

    metric: Metric
    statements: list[Statement]
    why: str

    @property
    def spread(self) -> float:
        """(largest - smallest) / largest of the values, in the metric's unit."""
        return spread(s.value_in(self.metric.unit) for s in self.statements)


def spread(found: Iterable[float | None]) -> float:
    """(largest - smallest) / largest of the values ``found`` (in one unit; ``None`` for
    one that does not convert, left out as a zero is)."""
    values = [abs(v) for v in found if v]
    largest = max(values, default=0.0)
    return (largest - min(values)) / largest if largest else 0.0


def conflicts(metric: Metric, *, window: int = WINDOW_DAYS) -> list[Conflict]:
    """The conflicts within ``metric``: each group of statements that disagree, once."""
    cumulative, unit = _cumulative(metric), metric.unit
    changes = sorted(_changes(metric), key=lambda change: change[0])
    # A running total is as of the day it is published: "killed in Tuesday's quake" dates
    # the quake, not the count.
    placed = [
        _placed(i, s, when, allowed, unit, changes)
        for i, s in enumerate(metric.statements)
        if s.copy_of is None
        and not s.history
        and (when := s.when(stated=not cumulative)) is not None
        and (allowed := s.allows(unit)) is not None
    ]
    by_index = list(placed)  # in the metric's order
    # Only statements of the same time can conflict (`_same_time`).
    placed.sort(key=lambda p: p.when[0])
    gap = timedelta(days=window)
    moving = _moving(metric)
    check = _Check(
        window=window,
        cumulative=cumulative,
        moving=moving,
        reported=_first_reports(placed) if cumulative else {},
        just_over={} if cumulative or moving else _just_over(placed, gap, unit),
    )
    # The groups only: a pair both of whose statements are already in one group is not
    # read again (of a month's hundred figures, most pairs disagree).
    groups: Groups[int] = Groups()
    for a, b in _same_time(placed, window):
        if not groups.together(a.index, b.index) and check(a, b, ""):
            groups.join(a.index, b.index)
    for (u, s), read in check.just_over.items():
        if not groups.together(u.index, s.index) and check(u, s, read):
            groups.join(u.index, s.index)
    # A group is said why by its first pair in the metric's order: its least statement
    # with the first it disagrees with.
    found = sorted((min(group), group) for group in groups.members())
    pairs = [(group, _first_pair(by_index, first, gap, check)) for first, group in found]
    return _conflicts(metric, by_index, pairs)


def _same_time(placed: list[_Placed], window: int) -> Iterator[tuple[_Placed, _Placed]]:
    """Each pair of ``placed`` (in order of when they start) whose times meet or lie within
    the window of each other, but those that cannot conflict, of which a month has many:
    two of stated periods that do not meet (`_other_periods`: two months in a row), and a
    figure stating no period with one of a month not over when it was published
    (`_not_yet_known`) or published more than the window apart from it (`_told_apart`)."""
    gap = timedelta(days=window)
    stated = [p for p in placed if p.statement.period_start]
    unstated = [p for p in placed if not p.statement.period_start]
    # Those whose time is the period they state (not a running total's day).
    spans = [p for p in stated if p.when == p.period]
    others = [p for p in stated if p.when != p.period]
    yield from _sweep(spans, timedelta(0))
    yield from _sweep(others, gap)
    yield from ((a, b) for a in others for b in spans if _meet(a, b, gap))
    yield from _sweep(unstated, gap)
    days = [u.when[0] for u in unstated]  # the days they were published
    for s in stated:
        start, end = s.when[0] - gap, s.when[1] + gap
        if (known := _known_from(s, window)) is not None:
            start = max(start, known)
        if s.published is not None:  # and within the window of its publication
            start, end = max(start, s.published - gap), min(end, s.published + gap)
        for u in itertools.islice(unstated, bisect_left(days, start), bisect_right(days, end)):
            yield s, u


def _sweep(placed: list[_Placed], gap: timedelta) -> Iterator[tuple[_Placed, _Placed]]:
    """Each pair of ``placed`` (in order of when they start) whose times meet or lie within
    ``gap`` of each other: each compared with those that start before it ends (and
    ``gap``) is over."""
    for n, a in enumerate(placed):
        for b in itertools.islice(placed, n + 1, None):
            if b.when[0] - a.when[1] > gap:
                break
            yield a, b


def _meet(a: _Placed, b: _Placed, gap: timedelta) -> bool:
    """Whether the times of ``a`` and ``b`` meet or lie within ``gap`` of each other."""
    return max(a.when[0], b.when[0]) - min(a.when[1], b.when[1]) <= gap


def _told_apart(a: _Placed, b: _Placed, gap: timedelta) -> bool:
    """Whether one of ``a`` and ``b`` states a period and the other none, and they were
    published more than ``gap`` apart: a figure stating none is of the day it was
    published, and is no rival to a later one of the year or half it fell in (last
    year's profit in February, the first half's in July)."""
    if bool(a.statement.period_start) == bool(b.statement.period_start):
        return False
    if a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) > gap


# Compared by identity: a statement is placed once.
@dataclass(frozen=True, eq=False)
class _Placed:
    """A statement with its place in the metric, the time it refers to, the values it
    allows in the metric's unit and what else a comparison reads of it, worked out once."""

    index: int
    statement: Statement
    when: tuple[date, date]
    allowed: Interval
    level: Interval
    published: date | None
    period: tuple[date, date] | None
    said_by: str
    # The first day, no earlier than it was published, an article says its level was
    # changed from (`_before_a_change`).
    changed: date | None


def _placed(
    index: int,
    s: Statement,
    when: tuple[date, date],
    allowed: Interval,
    unit: str | None,
    changes: list[tuple[date, Interval]],
) -> _Placed:
    """``s`` placed, ``changes`` in order of their days."""
    level = _level(s, allowed, unit)
    published = s.when(stated=False)
    day = None if published is None else published[0]
    changed = None
    if day is not None:
        start = bisect_left(changes, day, key=lambda change: change[0])
        changed = next((on for on, base in changes[start:] if base.overlaps(level)), None)
    return _Placed(index, s, when, allowed, level, day, s.period(), s.said_by, changed)


@dataclass(frozen=True)
class _Check:
    """Whether two placed statements (of one time) conflict, with what that reads of
    the metric: the pairs of a figure stating no period with one of the period just
    over (`_just_over`), with what their why adds."""

    window: int
    cumulative: bool
    moving: bool
    reported: Mapping[Interval, date]
    just_over: Mapping[tuple[_Placed, _Placed], str]

    def __call__(self, a: _Placed, b: _Placed, read: str) -> str | None:
        """Why ``a`` and ``b`` conflict (``read`` added), or ``None``."""
        if _before_a_change(a, b) or _before_a_change(b, a):
            return None
        first, second = (a, b) if a.index < b.index else (b, a)
        if self.moving and first.when != second.when:
            return None  # another day's: the missing found or reported, the weather
        if self.moving and (_found_since(first, second) or _found_since(second, first)):
            return None  # "17 remained missing": the count after some were found
        reason = _disagree(
            first, second, window=self.window, cumulative=self.cumulative, reported=self.reported
        )
        return None if reason is None else reason + read


def _first_pair(
    by_index: list[_Placed], first: int, gap: timedelta, check: _Check
) -> tuple[Statement, Statement, str]:
    """The statement of index ``first`` (of ``by_index``, in the metric's order) with the
    first later one it conflicts with, and why."""
    at = bisect_left(by_index, first, key=lambda p: p.index)
    a = by_index[at]
    for b in itertools.islice(by_index, at + 1, None):
        if _meet(a, b, gap) and not _told_apart(a, b, gap):  # of the same time (`_same_time`)
            read: str | None = ""
        else:
            read = check.just_over.get((a, b), check.just_over.get((b, a)))
        if read is not None and (reason := check(a, b, read)):
            return a.statement, b.statement, reason
    raise AssertionError(f"statement {first} of a conflict conflicts with none after it")


def _just_over(
    placed: list[_Placed], gap: timedelta, unit: str | None
) -> dict[tuple[_Placed, _Placed], str]:
    """Each statement of no stated period with each of another published within ``gap``
    of it whose stated period is the last of its length over by then ("last year" in
    February, August on 3 September), which is what a figure stating none reports, when
    their figures are close (`_CLOSE`); those whose times already meet are
    left to `_same_time`."""
    stated = sorted(
        ((p.published, p) for p in placed if p.period is not None and p.published is not None),
        key=lambda pair: pair[0],
    )
    days = [day for day, _ in stated]
    found = {}
    for u in placed:
        if u.period is not None:
            continue
        day = u.when[0]
        for _, s in stated[bisect_left(days, day - gap) : bisect_right(days, day + gap)]:
            start, end = s.when
            if not end + gap < day <= end + (end - start) + timedelta(days=1):
                continue
            figures = u.statement.value_in(unit), s.statement.value_in(unit)
            if spread(figures) <= _CLOSE:
                found[u, s] = _READ_AS_JUST_OVER
    return found


def _level(s: Statement, allowed: Interval, unit: str | None) -> Interval:
    """The level a statement reports: the values it allows, or of a bound ("no more than
    18 per cent") its figure; a bound merely allowing a level is no report of it."""
    if math.isfinite(allowed.low) and math.isfinite(allowed.high):
        return allowed
    figure = s.value if unit == s.unit or s.kind == "count" else s.value_in(unit)
    return allowed if figure is None else Interval(figure, figure)


def _changes(metric: Metric) -> list[tuple[date, Interval]]:
    """Each stated change's base ("from 10 per cent") with the day its article says so."""
    found = []
    for s in metric.statements:
        day, allowed = s.when(stated=False), s.allows(metric.unit)
        if s.history and day is not None and allowed is not None:
            found.append((day[0], allowed))
    return found


def _before_a_change(old: _Placed, new: _Placed) -> bool:
    """Whether ``old`` states a level that an article published no earlier says was
    changed from, and ``new`` was published no earlier than that article."""
    return old.changed is not None and new.published is not None and old.changed <= new.published


def _found_since(later: _Placed, other: _Placed) -> bool:
    """Whether ``later`` says its figure is what remains ("17 people remained missing") and
    is a little below ``other``'s (`_CLOSE`): the count once a few were found, not a
    rival reading. Read in its sentence, which a metric read without sentences lacks
    (`needs_sentences`)."""
    s = later.statement
    at = s.sentence.find(s.surface)
    if at < 0 or words.REMAINING.match(s.sentence, at + len(s.surface)) is None:
        return False
    low, high = later.level, other.level
    return low.high < high.low and spread([low.high, high.low]) <= _CLOSE


def _set_against(a: Statement, b: Statement) -> bool:
    """Whether ``a`` and ``b`` are figures one sentence sets against each other as
    another's reading ("put the number at 1.41 million, well below the 1.8 million on the
    register"): two readings, whoever the extractor says states both. Read in their
    sentence, which a metric read without sentences lacks (`needs_sentences`)."""
    sentence = a.sentence
    if a.article_id != b.article_id or not sentence or sentence != b.sentence:
        return False
    (first, one), (second, other) = sorted((sentence.find(s.surface), s.surface) for s in (a, b))
    if first < 0 or words.SET_AGAINST.search(sentence, first + len(one), second) is None:
        return False
    after = second + len(other)
    if words.OWN_READING.match(sentence, after):
        return False  # the speaker's own earlier figure, revised
    return words.READING_OF.match(sentence, after) is not None


def needs_sentences(metric: Metric) -> bool:
    """Whether finding the conflicts of ``metric`` reads its statements' sentences: those
    of a property that moves both ways (`_found_since`), and those with two figures of
    one article and one speaker that differ (`_set_against`)."""
    return _moving(metric) or _one_voice_differs(metric)


def _one_voice_differs(metric: Metric) -> bool:
    """Whether two statements of one article and one speaker state different values."""
    values: dict[tuple[str, str], float] = {}
    for s in metric.statements:
        if s.copy_of is not None or s.history:
            continue
        if values.setdefault((s.article_id, s.said_by), s.value) != s.value:
            return True
    return False


def _cumulative(metric: Metric) -> bool:
    """Whether the metric is a running total: of a property that only grows while its
    event lasts (deaths, cases), or anything the key ties to an event (what a strike
    costs, how long it lasts), or a share of a growing property (a fire contained). A
    hand-made tracker's is not."""
    key = automatic(metric.key)
    if key is None:
        return False
    if metric.kind == "percentage":
        return key.cumulative
    grows = key.event is not None or key.cumulative
    return metric.kind in ("count", "area", "currency", "duration") and grows


def _moving(metric: Metric) -> bool:
    """Whether the metric is of what moves both ways day by day (the missing, a temperature)."""
    key = automatic(metric.key)
    return key is not None and any(c in words.MOVING for c in key.concepts)


def _first_reports(placed: list[_Placed]) -> dict[Interval, date]:
    """The day each figure of a running total was first published: an outlet restating
    another's figure a day later restates that day's count ("41 killed", carried by a
    paper the next morning beside the ministry's new 47)."""
    first: dict[Interval, date] = {}
    for p in placed:  # in order of publication
        first.setdefault(p.allowed, p.when[0])
    return first


def _disagree(
    a: _Placed,
    b: _Placed,
    *,
    window: int,
    cumulative: bool,
    reported: Mapping[Interval, date],
) -> str | None:
    """Why ``a`` and ``b`` (of one time) conflict, or ``None`` when they do not; of a
    running total, ``reported`` holds the day each figure was first reported."""
    if a.said_by == b.said_by and not _set_against(a.statement, b.statement):
        return None  # one source updating itself
    if not _comparable(a.statement, b.statement):
        return None  # a forecast against what happened
    close = _close(a.allowed, b.allowed)
    if a.allowed.overlaps(b.allowed) or _other_periods(a.period, b.period, cumulative, close):
        return None
    if _not_yet_known(a, b, window) or _not_yet_known(b, a, window):
        return None
    if not cumulative and _other_magnitudes(a.allowed, b.allowed):
        return None  # a launch's 24 satellites and a fleet of 2,436: two quantities
    if cumulative and (counted := _counted(a, b, reported))[0] != counted[1]:
        earlier, later = (a, b) if counted[0] <= counted[1] else (b, a)
        if later.allowed.high >= earlier.allowed.low:
            return None  # the running total moved on
    period = a.statement.period_start and b.statement.period_start
    days = "a day" if window == 1 else f"{window} days"
    return "for the same stated period" if period else f"published within {days}"


def _counted(a: _Placed, b: _Placed, reported: Mapping[Interval, date]) -> tuple[date, date]:
    """The days two statements of a running total were counted: the days they were
    published; within one article, a past day its sentence states ("since Saturday, when
    the authorities reported 1,644 deaths"). Across articles a stated day is too often the
    event's ("the quake that struck on Tuesday has killed 1,300"). Either way, no later
    than the day its figure was first reported."""
    if a.statement.article_id != b.statement.article_id:
        days = a.when[1], b.when[1]
    else:
        days = _stated_day(a), _stated_day(b)
    return min(days[0], reported[a.allowed]), min(days[1], reported[b.allowed])


def _stated_day(p: _Placed) -> date:
    period = p.statement.period()
    return period[1] if period and period[1] < p.when[0] else p.when[1]


def _other_periods(
    first: tuple[date, date] | None,
    second: tuple[date, date] | None,
    cumulative: bool,
    close: bool,
) -> bool:
    """Whether both state their periods and these are not one. Periods that do not meet
    ("since 18 March", "on 7 October 2023") are two, whatever day both were published.
    Of a running total, periods that meet are one ("this week's quake" and "on Friday
    morning"); of any other figure, a figure of a period is one of that period, and so is
    a figure of its last day when it is a month or a quarter (`_at_its_end`) and the
    figures are ``close`` (`_CLOSE`: a time inferred gives no ground to set far-apart
    figures against each other), but periods that merely overlap are two: March and the
    year to April, the year to March and the year to April, a quarter and its year."""
    if first is None or second is None:
        return False
    if first[1] < second[0] or second[1] < first[0]:
        return True
    if cumulative or (close and (_at_its_end(first, second) or _at_its_end(second, first))):
        return False
    longest = max(first[1] - first[0], second[1] - second[0])
    slack = max(timedelta(days=1), longest * _SAME_PERIOD)
    return abs(first[0] - second[0]) > slack or abs(first[1] - second[1]) > slack


def _close(a: Interval, b: Interval) -> bool:
    """Whether the values two statements allow lie within `_CLOSE` of each other."""
    low, high = sorted([a, b], key=lambda i: i.high)
    return spread([low.high, high.low]) <= _CLOSE


def _at_its_end(day: tuple[date, date], period: tuple[date, date]) -> bool:
    """Whether ``day`` is one day, the last of ``period``, a month or a quarter at most
    (`_SHORT_PERIOD_DAYS`): a level "at the end of March" is March's ("the estimate for
    March"); not the year's, whose figure is more often its sum or its average."""
    short = (period[1] - period[0]).days <= _SHORT_PERIOD_DAYS
    return day[0] == day[1] == period[1] and period[0] < period[1] and short


def _not_yet_known(stated: _Placed, unstated: _Placed, window: int) -> bool:
    """Whether ``stated`` is of a month or a quarter not over when ``unstated`` (which
    states no period) was published: September's rate is not what a figure of 3
    September reports. A longer period (a year's budget) is known before it ends."""
    if not stated.statement.period_start or unstated.statement.period_start:
        return False
    known = _known_from(stated, window)
    return known is not None and unstated.published is not None and unstated.published < known


def _known_from(stated: _Placed, window: int) -> date | None:
    """The first day a figure stating no period may be of the period ``stated`` states
    (`_not_yet_known`): of a month or a quarter, its last day less the window; of a
    longer period, any day (``None``)."""
    start, end = stated.period or stated.when
    short = (end - start).days <= _SHORT_PERIOD_DAYS
    return end - timedelta(days=window) if short else None


def _other_magnitudes(a: Interval, b: Interval) -> bool:
    """Whether the values two statements allow lie more than `_MAGNITUDES` times apart."""
    low, high = sorted([a, b], key=lambda i: i.high)
    return low.high > 0 and high.low > low.high * _MAGNITUDES


def _comparable(a: Statement, b: Statement) -> bool:
    """Whether two statements claim the same kind of thing: facts (an estimate is one)
    with facts, forecasts with forecasts; a scenario ("could reach") claims nothing."""
    kinds = {_FACTS.get(a.statement, a.statement), _FACTS.get(b.statement, b.statement)}
    return len(kinds) == 1 and "hypothetical" not in kinds


def _conflicts(
    metric: Metric,
    by_index: list[_Placed],
    groups: list[tuple[list[int], tuple[Statement, Statement, str]]],
) -> list[Conflict]:
    """One conflict per group of statements connected by disagreeing (their indexes), with
    their wire copies, said why by the group's first pair; ``by_index`` holds the placed
    statements in the metric's order."""
    claim_ids = {p.index: p.statement.claim_id for p in by_index}
    group_of = {claim_ids[index]: n for n, (group, _) in enumerate(groups) for index in group}
    members: list[list[Statement]] = [[] for _ in groups]
    for s in metric.statements:
        group = group_of.get(s.copy_of if s.copy_of is not None else s.claim_id)
        if group is not None:
            members[group].append(s)
    return [Conflict(metric, members[n], _why(*pair)) for n, (_, pair) in enumerate(groups)]


def _why(a: Statement, b: Statement, reason: str) -> str:
    # Two figures of one speaker conflict only as one and another's reading its sentence
    # sets against it (`_set_against`): the second is not said to be the speaker's.
    other = _AGAINST if a.said_by == b.said_by else _who(b)
    return f"{_who(a)}: {a.surface}; {other}: {b.surface}; no value fits both, {reason}"


def _who(s: Statement) -> str:
    """Who states it, as a sentence goes on: "the Red Cross", "Atlas Wire"."""
    return mid_sentence(s.attributed_to or s.source or "an unnamed source")
