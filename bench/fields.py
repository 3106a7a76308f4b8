"""Field-level accuracy of `claims.extract` beside raw quantulum3 on our own news articles.

The articles in ``bench/fields/*.md`` were written for this bench (sports, weather,
health, polls, courts, markets, earnings, space, farming, energy, disasters, housing)
and annotated blind, in the conventions of the spec (issue 2), in
``bench/fields/gold.jsonl``: one line per claim with its exact surface, value, range
bounds, unit, kind, qualifier, measured phrase and direction, and one line per
planted non-claim (``"not_claim": true``: years, times, ordinals, names with digits).

Predictions are matched to gold claims one to one by span overlap (largest overlap
first). Printed per extractor: detection precision / recall / F1; among matched
claims the accuracy of value (with low / high), unit, kind, qualifier and direction
(and, as ``qual.set`` / ``dire.set``, of the last two among gold claims that have one)
and the mean token F1 of measured (lower-cased content words); "exact": the share of
all gold claims found with value, unit, kind, qualifier and direction all right; and
how many planted non-claims were returned.

Run from the project root: ``python bench/fields.py [--errors FILE] [--articles SLUG ...]``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ROOT / "bench" / "fields"
sys.path.insert(0, str(ROOT))  # score this checkout's claims, not an installed copy

from claims import extract  # noqa: E402
from claims.model import KINDS  # noqa: E402

# quantulum3's unit names -> our canonical names, the obvious renames only.
_QUANTULUM_UNIT = {
    "percentage": "percent",
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "euro": "EUR",
    "indian rupee": "INR",
    "nepalese rupee": "NPR",
    "japanese yen": "JPY",
    "yen": "JPY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "australian dollar": "AUD",
    "dimensionless": None,
}
# quantulum3's entity names -> our kinds (the others are the same word or "other").
_QUANTULUM_KIND = {"time": "duration", "dimensionless": "count", "unknown": "other"}
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from"]
    + ["its", "their", "his", "her", "is", "was", "were", "be", "been", "has", "had", "have"]
)
FIELD_NAMES = ("value", "unit", "kind", "qualifier", "direction", "measured")


@dataclass(frozen=True)
class Span:
    """A claim, gold or predicted, located in one article."""

    article: str
    start: int
    end: int
    surface: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str | None = None
    qualifier: str | None = None
    measured: str | None = None
    direction: str | None = None


@dataclass
class Score:
    """What one extractor got right and wrong over all the articles."""

    gold: int = 0
    predicted: int = 0
    matched: list[tuple[Span, Span]] = field(default_factory=list)
    missed: list[Span] = field(default_factory=list)
    spurious: list[Span] = field(default_factory=list)
    non_claims: list[Span] = field(default_factory=list)


def load_gold(folder: Path = FIELDS) -> tuple[dict[str, str], list[Span], list[Span]]:
    """Articles by slug, gold claims and planted non-claims, located by surface."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
    claims: list[Span] = []
    not_claims: list[Span] = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, surface = texts[row["article"]], row["surface"]
        start = -1
        for _ in range(row.get("occurrence", 1)):
            start = text.index(surface, start + 1)
        keys = Span.__dataclass_fields__.keys() - {"article", "start", "end", "surface"}
        span = Span(
            row["article"], start, start + len(surface), surface, **{k: row.get(k) for k in keys}
        )
        (not_claims if row.get("not_claim") else claims).append(span)
    return texts, claims, not_claims


def ours(article: str, text: str) -> list[Span]:
    """`claims.extract` on one article."""
    return [
        Span(
            article,
            c.start,
            c.end,
            c.surface,
            c.value,
            c.low,
            c.high,
            c.unit,
            c.kind,
            c.qualifier,
            c.measured,
            c.direction,
        )
        for c in extract(text)
    ]


def quantulum(article: str, text: str) -> list[Span]:
    """Raw quantulum3 ``parser.parse``: value, unit and kind renamed, no hedge or context."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        found = parser.parse(text)
    out = []
    for q in found:
        name, entity = q.unit.name, q.unit.entity.name
        unit = _QUANTULUM_UNIT.get(name, name)
        kind = "percentage" if unit == "percent" else _QUANTULUM_KIND.get(entity, entity)
        low = high = None
        if q.uncertainty:
            low, high = q.value - q.uncertainty, q.value + q.uncertainty
        out.append(
            Span(
                article,
                q.span[0],
                q.span[1],
                q.surface,
                q.value,
                low,
                high,
                unit,
                kind if kind in KINDS else "other",
            )
        )
    return out


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: list[Span], predicted: list[Span]) -> tuple[list[tuple[Span, Span]], list[Span]]:
    """One-to-one pairs (gold, predicted) by span overlap, largest first; and the
    predictions left unpaired."""
    pairs = sorted(
        ((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for size, i, j in pairs:
        if size <= 0:
            break
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        matched.append((gold[i], predicted[j]))
    left = [p for j, p in enumerate(predicted) if j not in used_pred]
    return matched, left


def score(
    texts: dict[str, str],
    gold: list[Span],
    not_claims: list[Span],
    run: Callable[[str, str], list[Span]],
) -> Score:
    """Match ``run``'s predictions against the gold, article by article."""
    result = Score(gold=len(gold))
    for article, text in texts.items():
        predicted = run(article, text)
        result.predicted += len(predicted)
        g = [s for s in gold if s.article == article]
        matched, spurious = match(g, predicted)
        hit = {id(pair[0]) for pair in matched}
        result.matched.extend(matched)
        result.missed.extend(s for s in g if id(s) not in hit)
        result.spurious.extend(spurious)
        planted = [s for s in not_claims if s.article == article]
        result.non_claims.extend(p for p in spurious if any(_overlap(n, p) > 0 for n in planted))
    return result


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _tokens(phrase: str | None) -> list[str]:
    return [w for w in _WORD.findall((phrase or "").lower()) if w not in _STOP]


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Token-overlap F1 of two phrases' lower-cased content words (1.0 when both empty)."""
    p, g = _tokens(predicted), _tokens(gold)
    if not p or not g:
        return float(not p and not g)
    common = sum(min(p.count(t), g.count(t)) for t in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def field_right(name: str, gold: Span, pred: Span) -> float:
    """1.0 when ``pred`` has the gold ``name`` field (token F1 for ``measured``)."""
    if name == "value":
        return float(
            _close(gold.value, pred.value)
            and _close(gold.low, pred.low)
            and _close(gold.high, pred.high)
        )
    if name == "measured":
        return token_f1(pred.measured, gold.measured)
    if name == "unit":
        return float((gold.unit or "").lower() == (pred.unit or "").lower())
    return float(getattr(gold, name) == getattr(pred, name))


def _row(name: str, s: Score) -> dict[str, object]:
    found = len(s.matched)
    precision = found / s.predicted if s.predicted else 0.0
    recall = found / s.gold if s.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if found else 0.0
    row: dict[str, object] = {
        "extractor": name,
        "gold": s.gold,
        "found": s.predicted,
        "P": round(100 * precision, 1),
        "R": round(100 * recall, 1),
        "F1": round(100 * f1, 1),
    }
    for field_name in FIELD_NAMES:
        marks = [field_right(field_name, g, p) for g, p in s.matched]
        row[field_name] = round(100 * sum(marks) / len(marks), 1) if marks else 0.0
        if field_name in ("qualifier", "direction"):  # most gold has none: score those with one
            said = [field_right(field_name, g, p) for g, p in s.matched if getattr(g, field_name)]
            row[f"{field_name[:4]}.set"] = round(100 * sum(said) / len(said), 1) if said else 0.0
    exact = [g for g, p in s.matched if all(field_right(n, g, p) == 1.0 for n in FIELD_NAMES[:-1])]
    row["exact"] = round(100 * len(exact) / s.gold, 1) if s.gold else 0.0
    row["non-claims"] = len(s.non_claims)
    return row


def _show(span: Span) -> str:
    values = f"{span.value} [{span.low}, {span.high}]" if span.low is not None else f"{span.value}"
    return (
        f"value={values} unit={span.unit!r} kind={span.kind} qualifier={span.qualifier} "
        f"direction={span.direction} measured={span.measured!r}"
    )


def _context(texts: dict[str, str], span: Span) -> str:
    text = texts[span.article]
    left = max(text.rfind("\n", 0, span.start), text.rfind(". ", 0, span.start - 1) + 1)
    right = min(x for x in (text.find("\n", span.end), len(text)) if x >= 0)
    return text[left + 1 : right].strip()[:300]


def errors_text(texts: dict[str, str], s: Score) -> str:
    """Every miss of one extractor, grouped: missed, spurious, then wrong fields."""
    out = [f"== missed ({len(s.missed)}): gold claims nothing overlaps"]
    for g in s.missed:
        out.append(f"[{g.article}] {g.surface!r}  gold {_show(g)}\n    in: {_context(texts, g)}")
    planted = {id(p) for p in s.non_claims}
    out.append(f"\n== spurious ({len(s.spurious)}), * = a planted non-claim")
    for p in s.spurious:
        mark = "*" if id(p) in planted else " "
        out.append(f"{mark}[{p.article}] {p.surface!r}  ours {_show(p)}")
    for name in FIELD_NAMES:
        wrong = [
            (g, p)
            for g, p in s.matched
            if field_right(name, g, p) < (0.5 if name == "measured" else 1)
        ]
        out.append(f"\n== {name} wrong ({len(wrong)} of {len(s.matched)} matched)")
        for g, p in wrong:
            want = _show(g).split(" measured=")[0] if name == "value" else repr(getattr(g, name))
            got = _show(p).split(" measured=")[0] if name == "value" else repr(getattr(p, name))
            if name == "value":
                want, got = want.split(" unit=")[0], got.split(" unit=")[0]
            out.append(
                f"[{g.article}] gold {g.surface!r} ours {p.surface!r}: gold {want} ours {got}"
                f"\n    in: {_context(texts, g)}"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=Path, help="write every miss of claims.extract here")
    ap.add_argument("--articles", nargs="+", metavar="SLUG", help="score only these articles")
    args = ap.parse_args(argv)
    import pandas as pd

    texts, gold, not_claims = load_gold()
    if args.articles:
        texts = {slug: texts[slug] for slug in args.articles}
        gold = [s for s in gold if s.article in texts]
        not_claims = [s for s in not_claims if s.article in texts]
    scores = {
        "claims.extract": score(texts, gold, not_claims, ours),
        "quantulum3 raw": score(texts, gold, not_claims, quantulum),
    }
    frame = pd.DataFrame([_row(name, s) for name, s in scores.items()])
    summary = (
        f"{len(texts)} articles, {len(gold)} gold claims, {len(not_claims)} planted non-claims; "
        "detection P/R/F1, then field accuracy (%) among matched claims, measured as token F1\n"
        + frame.to_string(index=False)
    )
    print(summary)
    if args.errors:
        misses = errors_text(texts, scores["claims.extract"])
        args.errors.write_text(f"{summary}\n\n{misses}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
