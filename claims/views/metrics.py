"""Metrics and conflicts as records (for JSON) and as plain text (for the terminal)."""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, TextIO

from claims.extraction.scope.vocabulary import PLACE_ALIASES
from claims.tracking.conflicts import Conflict
from claims.tracking.listing import FIELDS
from claims.tracking.membership import Summary
from claims.tracking.metrics import Metric, Statement, country_name
from claims.tracking.trackers import Tracker
from claims.views.words import span_text, statement_word

# A statement's fields in a record, in this order, its value in the metric's unit last.
STATEMENT_FIELDS = FIELDS[:-1]


_FIELDS_OF = operator.attrgetter(*STATEMENT_FIELDS)


def names_metric(query: str, label: str, metric_id: str) -> bool:
    """Whether ``query`` picks the metric: its id, or every word of it in the label or
    in the other names of the countries the label names, in any case ("UK defence" picks
    "defence spending (United Kingdom)"); an empty query picks every metric."""
    query = query.strip()
    if not query:
        return True
    aliases = country_aliases()
    others = [alias for name in aliases if name in label for alias in aliases[name]]
    searched = " ".join([label, *others]).casefold()
    return query == metric_id or all(word in searched for word in query.casefold().split())


@lru_cache(maxsize=1)
def country_aliases() -> Mapping[str, tuple[str, ...]]:
    """A country's name in a metric's label -> the other names the extractor reads it
    by ("United Kingdom" -> "UK", "Britain", ...)."""
    found: dict[str, list[str]] = {}
    for alias, code in PLACE_ALIASES.items():
        if code:
            found.setdefault(country_name(code), []).append(alias)
    return MappingProxyType({name: tuple(aliases) for name, aliases in found.items()})


def statement_record(s: Statement, unit: str | None) -> dict[str, Any]:
    """A statement as a record, with its value in the metric's unit (what `listing`
    makes of a statement's row)."""
    record = dict(zip(STATEMENT_FIELDS, _FIELDS_OF(s), strict=True))
    record["value_in_metric_unit"] = s.value_in(unit)
    return record


def listed_record(summary: Summary, records: list[dict[str, Any]]) -> dict[str, Any]:
    """A metric as a record, from its kept summary and its statements' records."""
    return {
        "metric_id": summary.metric_id,
        "label": summary.label,
        "unit": summary.unit,
        "kind": summary.kind,
        "why": summary.why,
        "claims": records,
    }


def disputed_record(
    summary: Summary, why: str, records: list[dict[str, Any]], spread: float
) -> dict[str, Any]:
    """A kept conflict as a record (`listing.disputed`): what `conflict_record` makes of
    a `Conflict`."""
    return {
        "metric_id": summary.metric_id,
        "label": summary.label,
        "why": why,
        "spread": round(spread, 4),
        "claims": records,
    }


def conflict_record(c: Conflict) -> dict[str, Any]:
    unit = c.metric.unit
    return {
        "metric_id": c.metric.metric_id,
        "label": c.metric.label,
        "why": c.why,
        "spread": round(c.spread, 4),
        "claims": [statement_record(s, unit) for s in c.statements],
    }


# Records hold no cycles: not looking for them saves a tenth of the encoding.
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def write_records(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """A JSON array of ``records`` to ``out``, one to a line, as each is made: compact
    enough for json's C encoder (indenting a store of 100,000 claims took ten seconds),
    still read line by line, and never held whole."""
    opening = "[\n"
    for record in records:
        out.write(opening)
        out.write(_ENCODER.encode(record))
        opening = ",\n"
    out.write("[]\n" if opening == "[\n" else "\n]\n")


def tracker_record(t: Tracker) -> dict[str, Any]:
    return {
        "name": t.name,
        "words": list(t.words),
        "unit": t.unit,
        "entity": t.entity,
        "place": t.place,
    }


def tracker_line(t: Tracker) -> str:
    """A tracker on one line: its name, words and what else a claim must have."""
    named = (("unit", t.unit), ("entity", t.entity), ("place", t.place))
    given = [f"{name} {value}" for name, value in named if value]
    return f"{t.name}: {' '.join(t.words)}" + (f" ({', '.join(given)})" if given else "")


def metrics_text(metrics: list[Metric]) -> str:
    """Each metric on a line with its statements under it."""
    if not metrics:
        return "(no metric is stated twice)"
    blocks = []
    for m in metrics:
        # A figure without a unit shows its kind ("count"), but "other" tells a reader nothing.
        unit = m.unit or (m.kind if m.kind != "other" else None)
        lines = [f"{m.label}{f' [{unit}]' if unit else ''}  ({m.why})  id {m.metric_id}"]
        lines += [f"  {_statement_line(s)}" for s in m.statements]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def conflicts_text(conflicts: list[Conflict]) -> str:
    if not conflicts:
        return "(no conflicts)"
    blocks = []
    for c in conflicts:
        lines = [f"{c.metric.label}: {c.why} (spread {c.spread:.0%})  id {c.metric.metric_id}"]
        lines += [f"  {_statement_line(s)}" for s in c.statements]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _statement_line(s: Statement) -> str:
    said = f", says {s.speaker}" if s.speaker else ""
    period = f", for {span_text(*stated)}" if (stated := s.period()) else ""
    kind = f" ({statement_word(s.statement)})" if s.statement != "fact" else ""
    copy = f" (copy of claim {s.copy_of})" if s.copy_of else ""
    earlier = " (an earlier state)" if s.history else ""
    day = (s.published or "-")[:10]  # the day: a time of day would misalign the column
    return f"{day}  {s.source or '-'}: {s.surface}{said}{period}{kind}{copy}{earlier}"
