"""What an ingest changed for the tracker: tracked figures that moved, new conflicts.

``Snapshot.of(store)`` before and after an ingest, then ``changes(before, after)``:
"Myanmar quake deaths: 2,719 → 3,354", "new conflict: flights cancelled (AeroLink says
1,150 flights, the union says more than 1,400 flights: ...)". A figure counts as tracked
when a hand-made tracker follows it or it is one of the busiest metrics; a conflict in a
metric that had none is news.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.tracking.conflicts import Conflict
from claims.tracking.metrics import Metric, Statement
from claims.tracking.trackers import tracker_name

# Automatic metrics whose moves are told, busiest first (hand-made trackers always are).
BUSIEST = 5


@dataclass(frozen=True)
class Snapshot:
    """The latest statement of each tracked metric, and the conflicts, at one moment."""

    latest: dict[str, tuple[str, Statement]] = field(default_factory=dict)
    conflicts: dict[tuple[str, frozenset[int]], Conflict] = field(default_factory=dict)

    @classmethod
    def of(cls, metrics: list[Metric], conflicts: list[Conflict]) -> Snapshot:
        tracked = [m for m in metrics if tracker_name(m.key) is not None]
        tracked += [m for m in metrics if tracker_name(m.key) is None][:BUSIEST]
        latest = {m.metric_id: (m.label, _latest(m)) for m in tracked if m.statements}
        found = {
            (c.metric.metric_id, frozenset(s.claim_id for s in c.statements)): c for c in conflicts
        }
        return cls(latest, found)


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """What moved between two snapshots, a line each."""
    lines = []
    for metric_id, (label, now) in after.latest.items():
        then = before.latest.get(metric_id)
        if then is not None and then[1].claim_id != now.claim_id and then[1].surface != now.surface:
            lines.append(f"{label}: {then[1].surface} → {now.surface}")
    disputed = {metric_id for metric_id, _ in before.conflicts}
    for (metric_id, _), conflict in after.conflicts.items():
        if metric_id not in disputed:
            lines.append(f"new conflict: {conflict.metric.label} ({conflict.why})")
    return lines


def _latest(metric: Metric) -> Statement:
    """The statement published last (the latest period it refers to first)."""
    return max(metric.statements, key=lambda s: (s.published or "", s.claim_id))
