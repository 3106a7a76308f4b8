"""The owner of a claim's direction: the rise or fall a sentence states for its figure.

A written sign or "from X to Y" after a verb of change states it with the figure
(`claims.extraction.figures`); otherwise the words governing the figure in the parse do
(`claims.extraction.context.direction`).
"""

from __future__ import annotations

from claims.extraction.fields.evidence import Evidence
from claims.extraction.trace import Decided
from claims.model import Direction


def decide_direction(e: Evidence) -> Decided[Direction | None]:
    if e.figure.in_change:
        return Decided(e.figure.direction, "stated with the figure")
    if e.context.direction is not None:
        return Decided(e.context.direction, "the words governing it")
    return Decided(None, "no change stated")
