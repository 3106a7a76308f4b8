"""Which NewsQuant misses are the gold's conventions disagreeing with our spec.

score.py reports every difference from the gold as a miss. Some are not errors by
issue #2's rules, and fixing them would break those rules:

- ``from-to``: the gold writes "rose from 4.8 to 4.7 percent" as one range; the spec
  asks for two claims, the second with its direction.
- ``minor currency``: the gold keeps "45p" / "19 cents" / "18 sen" as pence, cents or
  sen; we give the ISO currency, scaled (0.45 GBP), so sums compare across articles.
- ``one of``: the gold reads "one of the best speakers" as a count of 1.
- ``noun phrase``: the gold's unit for a count is a noun phrase ("category product",
  "Johnson deputy") where the spec's is the counted noun ("category", "deputy"); a
  pair counts here when one unit's words are a subset of the other's.
- ``fraction of``: the gold writes "two-thirds of sales" as "% sale"; ours has no unit.
- ``vague amount``: the gold writes "thousands of tests", "dozens of people" as ranges
  (1,000-10,000); issue 11 says a vague amount is no claim: nobody stated a number.

Each miss is put in at most one class, by looking only at the gold and our prediction
for the same text. `split` returns the counts; `agreed_f1` rescores with the classed
gold quantities and their predictions left out of both sides, i.e. the F1 on the
quantities where the gold and the spec agree (``SPEC_RULES``: the classes the issue's
own words decide). Both are printed beside, never instead
of, score.py's own figures.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

# The classes the issue's own words decide; "one of" and "fraction of" are our reading.
SPEC_RULES = frozenset(["from-to", "minor currency", "noun phrase", "vague amount"])
# "thousands of" (1,000-10,000), "dozens of" (12-120): a vague amount (issue 11).
_VAGUE = re.compile(r"\b(?:tens|dozens|hundreds|thousands|millions|billions)\s+of\b", re.IGNORECASE)
# "one of the best", "one of my local stores", "one of Airbnb's earliest"
_ONE_OF = re.compile(
    r"\b one \s+ of \s+ (?: the | my | his | her | its | their | our | \w+['’]s ) \b",
    re.VERBOSE | re.IGNORECASE,
)
_CURRENCY_NAMES = ("dollar", "pound sterling", "euro", "yen", "ringgit", "rupee", "yuan", "franc")


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def _words(unit: str) -> set[str]:
    return set(unit.split())


def _single(p: dict[str, Any], value: float) -> bool:
    return "range" not in p and _close(p["value"], value)


def _minor(p: dict[str, Any], value: float) -> bool:
    """Our claim is the gold's pence, cents or sen as the whole currency unit."""
    return _close(100 * p["value"], value) and any(c in p["norm_unit"] for c in _CURRENCY_NAMES)


def _classify_text(error: dict[str, Any]) -> tuple[Counter, Counter, Counter]:
    """(value misses by class, value+unit misses by class, predictions set aside by class)."""
    value, unit, preds = Counter(), Counter(), Counter()
    spurious = list(error["spurious"])

    def first(test) -> int | None:
        return next((i for i, p in enumerate(spurious) if test(p)), None)

    for g in error["missed"]:
        low, high = g.get("range", (None, None))
        pair = [first(lambda p, v=v: _single(p, v)) for v in (low, high)] if low else []
        minor = first(lambda p, v=g["value"]: _minor(p, v))
        if pair and None not in pair and pair[0] != pair[1]:
            value["from-to"] += 1
            preds["from-to"] += 2
            spurious = [p for i, p in enumerate(spurious) if i not in pair]
        elif minor is not None:
            value["minor currency"] += 1
            preds["minor currency"] += 1
            del spurious[minor]
        elif _close(g["value"], 1.0) and _ONE_OF.search(error["text"]):
            value["one of"] += 1
        elif low and _close(high, 10 * low) and _VAGUE.search(error["text"]):
            value["vague amount"] += 1
    for pair in error["unit_mismatch"]:
        gold, ours = pair["gold"]["norm_unit"], pair["pred"]["norm_unit"]
        if gold.startswith("%") and not ours:
            unit["fraction of"] += 1
        elif gold and ours and (_words(gold) <= _words(ours) or _words(ours) <= _words(gold)):
            unit["noun phrase"] += 1
    return value, unit, preds


def split(errors: list[dict[str, Any]]) -> tuple[Counter, Counter, Counter]:
    """Misses per convention class over score.py's error records."""
    value, unit, preds = Counter(), Counter(), Counter()
    for error in errors:
        v, u, p = _classify_text(error)
        value, unit, preds = value + v, unit + u, preds + p
    return value, unit, preds


def agreed_f1(
    table: Any, errors: list[dict[str, Any]], classes: frozenset[str] | None = None
) -> tuple[float, float]:
    """(value F1, value+unit F1) with the quantities of ``classes`` (default: every
    class) set aside."""
    value, unit, preds = (
        Counter({k: n for k, n in counts.items() if classes is None or k in classes})
        for counts in split(errors)
    )
    out = []
    for metric, gold_aside, pred_aside in (
        ("value", value.total(), preds.total()),
        ("value+unit", value.total() + unit.total(), preds.total() + unit.total()),
    ):
        row = table[table["metric"] == metric].iloc[0]
        # A value-matched pair whose unit is a convention class leaves both sides.
        tp = row["TP"]
        n_gold, n_pred = row["#gold"] - gold_aside, row["#pred"] - pred_aside
        p, r = tp / n_pred, tp / n_gold
        out.append(round(100 * 2 * p * r / (p + r), 1))
    return out[0], out[1]
