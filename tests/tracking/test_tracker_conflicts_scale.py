"""Conflicts worked out by the sweep (`claims.tracking.conflicts.conflicts`, which reads
no pair already in one group again) are those of every pair compared with every other:
random metrics of each sort (a rate of stated months, a running total, a count of the
missing), busy enough that most statements meet."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from claims.tracking import conflicts as module
from claims.tracking.conflicts import Conflict, conflicts
from claims.tracking.groups import Groups
from claims.tracking.metrics import Metric, Statement

KEYS = {
    "rate": ("inflation|||GB|percent|fact", "percent", "percentage"),
    "toll": ("death|war||SD|count|fact", "person", "count"),
    "missing": ("miss|flood||PK|count|fact", "person", "count"),
}


def random_metric(sort: str, n: int, days: int, seed: int) -> Metric:
    """``n`` statements over ``days``: of stated months (this one's or the last), of last
    year, of a past day or of none; ranges, bounds, forecasts, wire copies, histories."""
    key, unit, kind = KEYS[sort]
    rng = random.Random(seed)
    found = []
    for i in range(n):
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(days))
        period: tuple[date, date] | None = None
        if (draw := rng.random()) < 0.5:
            month = max(1, day.month - rng.choice((0, 1)))
            first = date(2026, month, 1)
            period = first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        elif draw < 0.6:
            period = date(2025, 1, 1), date(2025, 12, 31)
        elif draw < 0.65:
            period = (past := day - timedelta(days=rng.randrange(3)), past)
        close = rng.randrange(100, 130)
        value = rng.uniform(2, 5) if kind == "percentage" else rng.choice((close, close * 10))
        value = round(value, 1)
        ranged = rng.random() < 0.05
        found.append(
            Statement(
                claim_id=1000 + i,
                article_id=f"a{i // 2}",
                title="t",
                source=rng.choice((None, f"Outlet {rng.randrange(30)}")),
                published=None if rng.random() < 0.02 else day.isoformat(),
                value=value,
                low=value if ranged else None,
                high=value * 1.2 if ranged else None,
                unit=unit,
                kind=kind,  # type: ignore[arg-type]
                qualifier=rng.choice((None, None, None, "approx", "more_than", "up_to")),
                surface=f"{value:g}",
                sentence=f"They said {value:g}{rng.choice(('', ' remained missing'))}.",
                start=10,
                end=10 + len(f"{value:g}"),
                measured="m",
                entity=None,
                place="X",
                period_start=period and period[0].isoformat(),
                period_end=period and period[1].isoformat(),
                attributed_to=rng.choice((None, None, "the ONS", "economists", "the Bank")),
                statement=rng.choice(("fact", "fact", "fact", "estimate", "forecast")),
                metric_key=key,
                copy_key=str(i),
                history=rng.random() < 0.05,
                copy_of=1000 + rng.randrange(i) if i and rng.random() < 0.05 else None,
            )
        )
    return Metric(key, found)


def all_pairs(metric: Metric, window: int) -> list[tuple[list[int], str]]:
    """The reference: each pair of statements whose times meet (within the window; one
    stating no period beside one stating one only when published within it) or that are
    of the period just over, compared; groups said why by their first pair."""
    cumulative, moving, unit = module._cumulative(metric), module._moving(metric), metric.unit
    changes = sorted(module._changes(metric), key=lambda change: change[0])
    placed = [
        module._placed(i, s, when, allowed, unit, changes)
        for i, s in enumerate(metric.statements)
        if s.copy_of is None
        and not s.history
        and (when := s.when(stated=not cumulative)) is not None
        and (allowed := s.allows(unit)) is not None
    ]
    gap = timedelta(days=window)
    in_time = sorted(placed, key=lambda p: p.when[0])
    check = module._Check(
        window=window,
        cumulative=cumulative,
        moving=moving,
        reported=module._first_reports(in_time) if cumulative else {},
        just_over={} if cumulative or moving else module._just_over(in_time, gap, unit),
    )
    pairs = []
    for n, a in enumerate(placed):
        for b in placed[n + 1 :]:
            read = check.just_over.get((a, b), check.just_over.get((b, a)))
            # A figure stating no period is of its day: beside one stating a period, of
            # one time only when published within the window of it.
            apart = (
                bool(a.statement.period_start) != bool(b.statement.period_start)
                and a.published is not None
                and b.published is not None
                and abs(a.published - b.published) > gap
            )
            if max(a.when[0], b.when[0]) - min(a.when[1], b.when[1]) <= gap and not apart:
                read = ""
            if read is not None and (reason := check(a, b, read)):
                pairs.append((a.statement, b.statement, reason))
    groups: Groups[int] = Groups()
    for a, b, _ in pairs:
        groups.join(a.claim_id, b.claim_id)
    first: dict[int, str] = {}
    for a, b, reason in pairs:
        first.setdefault(groups.find(a.claim_id), module._why(a, b, reason))
    members: dict[int, list[int]] = {group: [] for group in first}
    for s in metric.statements:
        own = s.copy_of if s.copy_of is not None else s.claim_id
        if own in groups:
            members[groups.find(own)].append(s.claim_id)
    return [(members[group], why) for group, why in first.items()]


def found(conflicts: list[Conflict]) -> list[tuple[list[int], str]]:
    return [([s.claim_id for s in c.statements], c.why) for c in conflicts]


@pytest.mark.parametrize("sort", sorted(KEYS))
@pytest.mark.parametrize(("n", "days"), [(40, 10), (150, 30), (300, 90), (300, 365)])
@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("window", [1, 3])
def test_the_sweep_finds_what_comparing_every_pair_finds(
    sort: str, n: int, days: int, seed: int, window: int
) -> None:
    metric = random_metric(sort, n, days, seed)
    expected = all_pairs(metric, window)
    assert found(conflicts(metric, window=window)) == expected
    assert expected or sort != "rate"  # the table is busy enough to disagree
