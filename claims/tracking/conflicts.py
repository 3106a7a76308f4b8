"""Conflicts: sources stating incompatible figures for one metric at the same time.

Two statements conflict when they come from different sources (whoever the figure is
attributed to, else the outlet), refer to the same time (the same stated period, or
published within ``window`` days of each other), and allow no value in common. What is
not a conflict: a wire copy (it is the statement it copies), an earlier state the
sentence compares with ("up from 1,040"), and a running total moving on (a death toll
published later and higher).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from claims.tracking.metrics import Metric, Statement
from claims.tracking.vocabulary import CUMULATIVE

# Statements published this many days apart or fewer speak of the same time.
WINDOW_DAYS = 2
_FACTS = {"estimate": "fact"}


@dataclass(frozen=True)
class Conflict:
    """Statements of one metric that cannot all be right."""

    metric: Metric
    statements: list[Statement]
    why: str

    @property
    def spread(self) -> float:
        """(largest - smallest) / largest of the values, in the metric's unit."""
        values = [abs(v) for s in self.statements if (v := s.value_in(self.metric.unit))]
        largest = max(values, default=0.0)
        return (largest - min(values)) / largest if largest else 0.0


def conflicts(metric: Metric, *, window: int = WINDOW_DAYS) -> list[Conflict]:
    """The conflicts within ``metric``: each group of statements that disagree, once."""
    own = [s for s in metric.statements if s.copy_of is None and not s.history]
    cumulative = _cumulative(metric)
    pairs = [
        (a, b, reason)
        for a, b in combinations(own, 2)
        if (reason := _disagree(a, b, metric.unit, window=window, cumulative=cumulative))
    ]
    return [_conflict(metric, group, pairs) for group in _groups(pairs)]


def _cumulative(metric: Metric) -> bool:
    concepts = metric.key.split("|")[0].split("+")
    return metric.kind in ("count", "area", "currency") and any(c in CUMULATIVE for c in concepts)


def _disagree(
    a: Statement, b: Statement, unit: str | None, *, window: int, cumulative: bool
) -> str | None:
    """Why ``a`` and ``b`` conflict, or ``None`` when they do not."""
    if a.said_by == b.said_by or not _comparable(a, b):
        return None  # one source updating itself; a forecast against what happened
    # A running total is as of the day it is published: "killed in Tuesday's quake" dates
    # the quake, not the count.
    when_a, when_b = a.when(stated=not cumulative), b.when(stated=not cumulative)
    if when_a is None or when_b is None or not _same_time(when_a, when_b, window):
        return None
    allowed_a, allowed_b = a.allows(unit), b.allows(unit)
    if allowed_a is None or allowed_b is None or allowed_a.overlaps(allowed_b):
        return None
    if cumulative and when_a != when_b:
        earlier, later = (
            (allowed_a, allowed_b) if when_a[1] <= when_b[1] else (allowed_b, allowed_a)
        )
        if later.high >= earlier.low:
            return None  # the running total moved on
    period = a.period_start and b.period_start
    return "for the same stated period" if period else f"published within {window} days"


def _comparable(a: Statement, b: Statement) -> bool:
    """Whether two statements claim the same kind of thing: facts (an estimate is one)
    with facts, forecasts with forecasts; a scenario ("could reach") claims nothing."""
    kinds = {_FACTS.get(a.statement, a.statement), _FACTS.get(b.statement, b.statement)}
    return len(kinds) == 1 and "hypothetical" not in kinds


def _same_time(a: tuple[date, date], b: tuple[date, date], window: int) -> bool:
    """Whether two times overlap, or lie within ``window`` days of each other."""
    gap = max(a[0], b[0]) - min(a[1], b[1])
    return gap <= timedelta(days=window)


def _groups(pairs: list[tuple[Statement, Statement, str]]) -> list[set[int]]:
    """The statements connected by disagreeing, as sets of claim ids."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b, _ in pairs:
        parent[root(a.claim_id)] = root(b.claim_id)
    groups: dict[int, set[int]] = {}
    for x in list(parent):
        groups.setdefault(root(x), set()).add(x)
    return list(groups.values())


def _conflict(
    metric: Metric, group: set[int], pairs: list[tuple[Statement, Statement, str]]
) -> Conflict:
    """A conflict of the statements in ``group``, with their wire copies."""
    statements = [s for s in metric.statements if s.claim_id in group or s.copy_of in group]
    a, b, reason = next(p for p in pairs if p[0].claim_id in group)
    why = f"{_who(a)}: {a.surface}; {_who(b)}: {b.surface}; no value fits both, {reason}"
    return Conflict(metric, statements, why)


def _who(s: Statement) -> str:
    """Who states it, as a sentence goes on: "the Red Cross", "Atlas Wire"."""
    who = s.attributed_to or s.source or "an unnamed source"
    return "the" + who[3:] if who.startswith("The ") else who
