"""How well `claims.extraction.context` names what a figure measures, on the NewsQuant dev set.

For every gold quantity whose value can be found in its text, the figure is located
by a plain number search, its sentence split out and parsed, and `describe` run on
it. Printed beside trivial baselines computed in the same run:

(a) counted-noun accuracy against ``normalized_unit`` for count quantities
    (``people``, ``Kia Hyundai vehicle``), both sides singularised and lower-cased;
(b) token-overlap F1 of ``measured`` against ``referred_concepts``;
(c) direction accuracy against ``change`` (up / down / anything else as none) and
    precision / recall of up/down (the gold marks only some of the changes stated);
the time per sentence of parse and of describe, and the time split_sentences takes on
a hostile megabyte.

Run from the project root: ``python bench/context.py [--gold PATH] [--misses N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quantulum3 import load
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extraction.context.describe import Context, describe  # noqa: E402
from claims.extraction.nlp import nlp, parse, parse_many  # noqa: E402
from claims.extraction.sentences import split_sentences  # noqa: E402

# Runs of dots or blanks once made split_sentences backtrack quadratically (minutes);
# linear, it takes about a second. tests/test_context.py checks what a megabyte like this
# splits into; this times it.
HOSTILE_MEGABYTE = (
    "Mr. Smith of the U.S. paid $3.5m. " * 30_000
    + "." * 50_000
    + "x"
    + " " * 50_000
    + "x"
    + " A" * 10_000
)

GOLD = Path(__file__).resolve().parent.parent.parent / "shared/bench/newsquant/dev.NewsQuant.json"

# A figure as news writes it: optional currency, digits (with thousands commas or
# decimals) or a number word, optional scale word.
_FIGURE = re.compile(
    r"""
    (?<![\w.,])
    (?: (?:US|HK|A|C|NZ|S)? [$£€¥] \s? )?               # currency symbol
    (?P<num> \d{1,3}(?:,\d{3})+(?:\.\d+)? | \d+(?:\.\d+)?
           | one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred )
    (?: \s? (?P<scale> thousand|million|billion|trillion|bn|mn|m|k|tn) \b )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORDS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six"]
        + ["seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
} | {"twenty": 20, "hundred": 100}
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# Gold units that are measures, not counted nouns, though quantulum3 lacks their names.
_NOT_COUNTS = frozenset(
    ["-", "count", "point", "basis point", "year of age", "parts-per-billion", "sen", "% -"]
    + ["part per million", "cent", "shekel", "percentage point", "malaysian ringgit"]
)
_MONEY_WORDS = ("dollar", "euro", "pound sterling", "yen", "yuan", "ringgit", "rupee", "shekel")
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from"]
    + ["its", "their", "his", "her"]
)


@dataclass(frozen=True)
class Case:
    """One gold quantity located in its sentence."""

    sentence: str
    start: int
    end: int
    is_count: bool
    is_money: bool
    unit: str
    concept: str
    change: str


def _value(match: re.Match[str]) -> float:
    num = match.group("num").lower()
    base = float(_WORDS[num]) if num in _WORDS else float(num.replace(",", ""))
    scale = match.group("scale")
    return base * _SCALE.get(scale.lower(), 1.0) if scale else base


def _gold_value(raw: str) -> float | None:
    try:
        return float(re.split(r"(?<=\d)-", raw)[0])
    except ValueError:
        return None


def _singular(phrase: str) -> str:
    words = []
    for word in phrase.lower().split():
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        words.append({"people": "person", "peoples": "person"}.get(word, word))
    return " ".join(words)


def _is_count(unit: str, surface: str, units: load.Units) -> bool:
    """Whether a gold unit is a counted noun ("people"), not a unit ("hong kong dollar").

    A unit is one quantulum3 knows by name ("dollar") or by how it is written
    ("degrees", "sq ft"), a rate ("dollar per share"), a share ("% US population"), or
    a known measure quantulum3 lacks (``_NOT_COUNTS``).
    """
    names = {n.lower() for n in units.names}
    words = unit.lower().split()
    written = surface.lower() in units.surfaces_lower or surface.lower() in units.symbols_lower
    named = any(w in names or _singular(w) in names for w in words)
    return not (written or named or "per" in words or "%" in unit or unit in _NOT_COUNTS)


def _cases(gold: list[dict], units: load.Units) -> Iterator[Case]:
    for item in gold:
        text = item["text"]
        sentences = split_sentences(text)
        for q in item["quantities"]:
            value = _gold_value(q["value"])
            if value is None:
                continue
            match = next(
                (m for m in _FIGURE.finditer(text) if abs(_value(m) - value) <= 1e-6 * value),
                None,
            )
            if match is None:
                continue
            unit = q["normalized_unit"]
            is_count = _is_count(unit, q["unit"], units)
            end = match.end()
            has_symbol = any(symbol in match.group() for symbol in "$£€¥")
            is_money = has_symbol or any(word in unit.lower() for word in _MONEY_WORDS)
            if not is_count and not has_symbol and q["unit"] != "-":
                after = re.match(
                    r"\s?-?\s?(?:" + re.escape(q["unit"]) + r"|%|per\s?cent|[A-Za-z]+\b)",
                    text[end:],
                    re.IGNORECASE,
                )
                end += after.end() if after else 0
            sent = next(((s, e) for s, e in sentences if s <= match.start() < e), None)
            if sent is None or end > sent[1]:
                continue
            yield Case(
                sentence=text[sent[0] : sent[1]],
                start=match.start() - sent[0],
                end=end - sent[0],
                is_count=is_count,
                is_money=is_money,
                unit=unit,
                concept=q["referred_concepts"],
                change=q["change"],
            )


def _tokens(phrase: str | None) -> list[str]:
    if not phrase or phrase == "-":
        return []
    return [_singular(t) for t in _TOKEN.findall(phrase.lower()) if t not in _STOP]


def _f1(predicted: str | None, gold: str) -> float:
    p, g = _tokens(predicted), _tokens(gold)
    common = sum(min(p.count(t), g.count(t)) for t in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _noun_with_modifiers(case: Case, ctx: Context) -> str | None:
    """Variant: the whole counted-noun phrase ("Kia and Hyundai vehicles"), not just its head."""
    if ctx.noun is None or ctx.noun_end is None:
        return ctx.noun
    words = _TOKEN.findall(case.sentence[case.end : ctx.noun_end].lower())
    return " ".join(w for w in words if w not in _STOP) or ctx.noun


def _head_word(noun: str | None, gold: str) -> str | None:
    """Variant: counts as a hit when the last (head) words agree ("store" vs "local store")."""
    if noun is None:
        return None
    same = _singular(noun).split()[-1:] == _singular(gold).split()[-1:]
    return gold if same else noun


def _noun_after(doc: Doc, case: Case) -> str | None:
    """Baseline: the first noun after the figure."""
    for token in doc:
        if token.idx >= case.end and token.pos_ in ("NOUN", "PROPN"):
            return token.text
    return None


def _noun_before(doc: Doc, case: Case) -> str | None:
    """Baseline: the last noun before the figure."""
    nouns = [t.text for t in doc if t.idx < case.start and t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def _direction_baseline(doc: Doc, case: Case) -> str | None:
    """Baseline: any rise/fall word anywhere in the sentence."""
    lemmas = {t.lemma_.lower() for t in doc}
    if lemmas & {"rise", "increase", "gain", "grow", "jump", "up", "climb", "surge"}:
        return "up"
    if lemmas & {"fall", "drop", "decline", "lose", "down", "cut", "plunge", "slump"}:
        return "down"
    return None


def _show(label: str, rows: list[tuple[Case, str | None, str | None]], limit: int) -> None:
    """Print up to ``limit`` rows where the guess misses the gold (F1 < 0.5 for phrases)."""
    print(f"\n{label} misses:")
    misses = [
        r
        for r in rows
        if _f1(r[2], r[1] or "") < 0.5 and _singular(r[2] or "") != _singular(r[1] or "")
    ]
    for case, gold, got in misses[:limit]:
        figure = case.sentence[case.start : case.end]
        print(f"  gold {gold!r} got {got!r}: {figure!r} in {case.sentence!r}")


def _report(name: str, scores: list[float]) -> str:
    mean = 100 * sum(scores) / len(scores) if scores else 0.0
    return f"  {name:<40} {mean:5.1f}"


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--gold", type=Path, default=GOLD)
    args.add_argument("--misses", type=int, default=0, help="print this many misses of each")
    opts = args.parse_args(argv)
    gold = json.loads(opts.gold.read_text(encoding="utf-8"))
    cases = list(_cases(gold, load.units("en_US")))
    total = sum(len(item["quantities"]) for item in gold)

    nlp()  # load outside the timing
    parse("Warm-up sentence with 3 figures.")
    parsed: dict[str, Doc] = {}
    began = time.perf_counter()
    for case in cases:
        if case.sentence not in parsed:
            parsed[case.sentence] = parse(case.sentence)
    parse_time = time.perf_counter() - began
    began = time.perf_counter()
    parse_many(list(parsed))
    batch_time = time.perf_counter() - began
    began = time.perf_counter()
    contexts = [
        describe(
            parsed[c.sentence],
            c.start,
            c.end,
            kind="count" if c.is_count else "currency" if c.is_money else "other",
            unit=None if c.is_count else c.unit,
        )
        for c in cases
    ]
    describe_time = time.perf_counter() - began

    counts = [(c, x) for c, x in zip(cases, contexts, strict=True) if c.is_count]
    concepts = [(c, x) for c, x in zip(cases, contexts, strict=True) if c.concept != "-"]
    noun_rows: list[tuple[str, Callable[[Case, object], str | None]]] = [
        ("context.describe noun", lambda c, x: x.noun),
        ("variant: head noun only, no compounds", lambda c, x: x.noun and x.noun.split()[-1]),
        ("variant: with its adjectives too", lambda c, x: _noun_with_modifiers(c, x)),
        ("describe noun, head word matching", lambda c, x: _head_word(x.noun, c.unit)),
        ("baseline: first noun after", lambda c, x: _noun_after(parsed[c.sentence], c)),
        (
            "baseline: first noun after, head only",
            lambda c, x: _head_word(_noun_after(parsed[c.sentence], c), c.unit),
        ),
    ]
    measured_rows: list[tuple[str, Callable[[Case, object], str | None]]] = [
        ("context.describe measured", lambda c, x: x.measured),
        ("baseline: first noun after", lambda c, x: _noun_after(parsed[c.sentence], c)),
        ("baseline: last noun before", lambda c, x: _noun_before(parsed[c.sentence], c)),
    ]
    direction_rows: list[tuple[str, Callable[[Case, object], str | None]]] = [
        ("context.describe direction", lambda c, x: x.direction),
        (
            "baseline: change word in sentence",
            lambda c, x: _direction_baseline(parsed[c.sentence], c),
        ),
        ("baseline: always none", lambda c, x: None),
    ]
    n_sent = len(parsed)
    print(f"gold quantities {total}, located in text {len(cases)}, sentences parsed {n_sent}")
    print(f"(a) counted noun accuracy, {len(counts)} count quantities")
    for name, guess in noun_rows:
        hits = [float(_singular(guess(c, x) or "") == _singular(c.unit)) for c, x in counts]
        print(_report(name, hits))
    print(f"(b) measured token F1 vs referred_concepts, {len(concepts)} quantities")
    for name, guess in measured_rows:
        print(_report(name, [_f1(guess(c, x), c.concept) for c, x in concepts]))
    print(f"(c) direction vs change, {len(cases)} quantities: accuracy, up/down P/R")
    for name, guess in direction_rows:
        hits, said, right, marked = [], 0, 0, 0
        for c, x in zip(cases, contexts, strict=True):
            expected = c.change if c.change in ("up", "down") else None
            got = guess(c, x)
            hits.append(float(got == expected))
            said += got is not None
            marked += expected is not None
            right += got is not None and got == expected
        precision = 100 * right / said if said else 0.0
        print(f"{_report(name, hits)}   P {precision:5.1f} R {100 * right / marked:5.1f}")
    print(
        f"time per sentence: parse {1000 * parse_time / max(n_sent, 1):.2f} ms one by one, "
        f"{1000 * batch_time / max(n_sent, 1):.2f} ms batched (parse_many); "
        f"describe {1000 * describe_time / max(len(cases), 1):.3f} ms per figure"
    )
    began = time.perf_counter()
    split_sentences(HOSTILE_MEGABYTE)
    print(f"split_sentences on 1 MB of hostile text: {time.perf_counter() - began:.2f} s")
    if opts.misses:
        pairs = list(zip(cases, contexts, strict=True))
        _show("noun", [(c, c.unit, x.noun) for c, x in counts], opts.misses)
        _show("measured", [(c, c.concept, x.measured) for c, x in concepts], opts.misses)
        directions = [
            (c, c.change if c.change in ("up", "down") else None, x.direction) for c, x in pairs
        ]
        _show("direction", directions, opts.misses)


if __name__ == "__main__":
    main()
