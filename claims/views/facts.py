"""One claim's facts in a reader's words, for the dashboard's detail panel.

Each fact is a (label, text) pair of plain text: the figure, what it measures, whose
figure it is, where and when, who says so and what kind of statement it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from numbers import Real
from typing import Any

from claims.views.figure import figure_text
from claims.views.words import (
    DIRECTION_WORDS,
    OWN_VOICE,
    day_text,
    qualifier_word,
    span_text,
    statement_word,
)

NOT_STATED = "not stated"


def claim_facts(claim: Mapping[Any, Any]) -> list[tuple[str, str]]:
    """The facts of ``claim`` (a claims-frame row) as (label, text), in reading order.

    The context a fact-checker needs is always listed, ``not stated`` when unknown;
    the hedge and the change only when the claim has them.
    """
    facts = [
        ("Figure", figure_text(claim["value"], claim["unit"], **_bounds(claim))),
        ("Measures", _text(claim["measured"]) or NOT_STATED),
        ("Whose figure", _text(claim["entity"]) or NOT_STATED),
        ("Where", _text(claim["place"]) or NOT_STATED),
        ("When", period_text(claim["period"], claim["period_start"], claim["period_end"])),
        ("Who says so", _text(claim["attributed_to"]) or OWN_VOICE),
        ("Statement", statement_word(claim["statement"]) or NOT_STATED),
    ]
    hedge = qualifier_word(claim["qualifier"])
    if hedge:
        facts.append(("Hedge", hedge))
    direction = claim["direction"]
    if isinstance(direction, str) and direction in DIRECTION_WORDS:
        facts.append(("Change", DIRECTION_WORDS[direction]))
    page = claim.get("page")
    if isinstance(page, Real) and page == page:  # a paged article (a PDF); not NaN or NA
        facts.append(("Page", f"page {round(page)}"))
    facts.append(("Kind", _text(claim["kind"])))
    return facts


def period_text(period: object, start: object, end: object) -> str:
    """``last year (1 Jan – 31 Dec 2024)``: the period as written, with the dates it means."""
    written = _text(period)
    first, last = _day(start), _day(end)
    if first and last:
        resolved = span_text(first, last)
    else:
        resolved = f"from {day_text(first)}" if first else f"until {day_text(last)}" if last else ""
    if written and resolved:
        return f"{written} ({resolved})"
    return written or resolved or NOT_STATED


def _bounds(claim: Mapping[Any, Any]) -> dict[str, object]:
    return {"qualifier": claim["qualifier"], "low": claim["low"], "high": claim["high"]}


def _day(text: object) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
