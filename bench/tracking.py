"""The tracker (issue 8) scored on hand-labelled news: grouping and conflicts, beside today's.

The corpus is ``bench/tracking/dev/`` (40 articles, eight stories, six outlets),
``bench/tracking/unseen/`` (20 articles, six other stories, other outlets),
``bench/tracking/unseen2/`` (25 articles, seven more stories, six more outlets, written
after ``unseen/`` had been measured twice), ``bench/tracking/unseen3/`` (30 articles,
eight more stories, six more outlets, written after the tracker had been tuned on the
other three), ``bench/tracking/unseen4/`` (30 articles, eight more stories, six more
outlets, written after all four had been tuned on), ``bench/tracking/unseen5/`` (30
articles, eight more stories, six more outlets, written after all five had been tuned on),
``bench/tracking/unseen6/`` (30 articles, eight more stories, six more outlets, written
after all six had been tuned on), ``bench/tracking/unseen7/`` (30 articles, eight more
stories, six more outlets, written after all seven had been tuned on),
``bench/tracking/unseen8/`` (30 articles, eight more stories, six more outlets, written
after all eight had been tuned on), ``bench/tracking/unseen9/`` (30 articles, eight
more stories, six more outlets, written after ``unseen8`` had been measured once),
``bench/tracking/unseen10/`` (30 articles, eight more stories, six more outlets, written
after ``unseen9`` had been measured once and released for tuning) and
``bench/tracking/unseen11/`` (30 articles, eight more stories, six more outlets, written
after ``unseen10`` had been measured once and released for tuning) and
``bench/tracking/unseen12/`` (30 articles, eight more stories, six more outlets, written
after ``unseen11`` had been measured once and released for tuning) and
``bench/tracking/unseen13/`` (30 articles, eight more stories, six more outlets, written
after ``unseen12`` had been measured once and released for tuning) and
``bench/tracking/unseen14/`` (30 articles, eight more stories, six more outlets, written
after ``unseen13`` had been measured once and released for tuning) and
``bench/tracking/unseen15/`` (30 articles, eight more stories, six more outlets, written
after ``unseen14`` had been measured once and released for tuning).
``unseen`` to ``unseen8`` were each held out once and are development material now;
``unseen9`` was held out once, measured at the end of stop 24, and is development
material now; ``unseen10`` was held out once, measured at the end of stop 25, and is
development material now; ``unseen11`` was held out once, measured at the end of stop 26,
and is development material now; ``unseen12`` was held out once, measured at the end of
stop 27, and is development material now; ``unseen13`` was held out once, measured at the
end of stop 28, and is development material now; ``unseen14`` was held out once, measured
at the end of stop 29, and is development material now; ``unseen15`` was held out once,
measured at the end of stop 30, and is development material now (see their READMEs).
``bench/tracking/unseen16/`` (30 articles, eight more stories, six more outlets, written
after ``unseen15`` had been measured once and released for tuning) is the held-out set,
kept unseen until the final measurement.
Each folder's ``labels.json`` was written by hand before any code ran on the text:

- ``metrics``: one real-world quantity each (what, of whom, where), with at least two
  statements; a statement is ``{"article": file stem, "surface": the figure as a reader
  marks it, "occurrence": n}``, the n-th occurrence of ``surface`` in the stored article
  text, not counting matches inside a longer number or word. A claim in no metric is a
  singleton. Wire copy is listed in every outlet that carried it.
- ``conflicts``: sources stating incompatible figures for one metric at the same time
  (published within 2 days, or the same stated period); only the claims that disagree.
- ``traps``: near-misses (same words, other entity; compatible units; trends; stated
  changes; intervals that agree), documented with their claims; counted, not scored.

The set is ingested into a temporary store with the real ingestion. Each stored claim is
matched to at most one labelled statement of its article, largest span overlap first;
unmatched claims are singletons and a statement no claim overlaps is a miss. Then, per
system:

- grouping: pairwise precision and recall. A pair of claims is positive when both are in
  one gold metric; a predicted pair is two claims in one predicted metric.
- conflicts: a predicted conflict matches a gold conflict when it holds at least two of
  that conflict's claims (so both are of its metric). Precision: predicted conflicts that
  match one; recall: gold conflicts matched.

Systems: the baseline is today's exact-phrase grouping (``claims.views.tracking``: the
normalised ``measured`` phrase plus unit; a metric's conflict is today's flag, and all
of the flagged metric's claims are its claims, the most lenient reading). Ours is read
from ``claims metrics --json`` and ``claims conflicts --json`` (issue 8's interfaces),
called in this process; until they exist its row says why it is not available.

The scoring checks itself on hand-made groupings before every run; ``--self-test`` runs
only those checks (they live here so that ``bench/`` and ``tests/`` stay independent).

``--check-labels`` only checks that a set's labels fit its articles (every statement is
found as the bench finds it, ids are unique, a conflict's claims are in its metric), by
reading the files as ingestion does, without extracting, storing or tracking anything:
safe on the unseen sets.

Run from the project root:
``python bench/tracking.py [--set dev|unseen|unseen2|...] [--details | --check-labels]``
(a set is a folder of ``bench/tracking`` with a ``labels.json``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "tracking"
sys.path.insert(0, str(ROOT))  # measure this checkout's claims, not an installed copy

from bench.sets import sets_in  # noqa: E402

# --- Gold labels -------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Ref:
    """A labelled statement: the ``occurrence``-th ``surface`` in an article's text."""

    article: str
    surface: str
    occurrence: int = 1


@dataclass(frozen=True, order=True)
class Span:
    """A located claim: characters ``start:end`` of one stored article's text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Gold:
    """A set's labels, located: ``metric_of`` maps every labelled statement to its metric."""

    metric_of: dict[Ref, str]
    conflicts: list[frozenset[Ref]]
    spans: dict[Ref, Span]
    traps: int

    @property
    def metrics(self) -> int:
        return len(set(self.metric_of.values()))


class LabelError(Exception):
    """The labels do not fit the articles (every problem, one per line)."""


def locate(text: str, surface: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th ``surface`` in ``text``, whole numbers and words only.

    "5%" is not found inside "35%", nor "1,087" inside "11,087" or "1,087.5".
    """
    pattern = re.compile(
        rf"""
        (?<! [\w.,] )      # not the tail of a longer number or word
        {re.escape(surface)}
        (?! \w | [.,]\d )  # nor its head
        """,
        re.VERBOSE,
    )
    for seen, match in enumerate(pattern.finditer(text), start=1):
        if seen == occurrence:
            return match.span()
    return None


def _ref(record: Mapping[str, Any]) -> Ref:
    return Ref(record["article"], record["surface"], int(record.get("occurrence", 1)))


def located_gold(
    labels: Mapping[str, Any], texts: Mapping[str, str], ids: Mapping[str, str]
) -> Gold:
    """The labels checked and located in ``texts`` (by file stem); ``ids``: stem -> article id.

    Raises ``LabelError`` listing every statement that is not found, found twice,
    in two metrics, overlapping another, or a conflict outside its metric.
    """
    problems = _structure(labels, texts)
    metric_of: dict[Ref, str] = {}
    for metric in labels["metrics"]:
        refs = [_ref(r) for r in metric["claims"]]
        if len(set(refs)) < 2:
            problems.append(f"metric {metric['id']}: fewer than two statements")
        for ref in refs:
            if metric_of.setdefault(ref, metric["id"]) != metric["id"]:
                problems.append(f"{ref} is in {metric_of[ref]} and {metric['id']}")
    conflicts = []
    for conflict in labels["conflicts"]:
        disagreeing = frozenset(_ref(r) for r in conflict["claims"])
        outside = [r for r in disagreeing if metric_of.get(r) != conflict["metric"]]
        problems += [f"conflict on {conflict['metric']}: {r} is not in it" for r in outside]
        conflicts.append(disagreeing)
    trap_refs = {_ref(r) for trap in labels["traps"] for r in trap["claims"]}
    spans: dict[Ref, Span] = {}
    for ref in sorted(set(metric_of) | trap_refs):
        found = locate(texts.get(ref.article, ""), ref.surface, ref.occurrence)
        if found is None:
            problems.append(f"{ref} is not in the article")
        else:
            spans[ref] = Span(ids[ref.article], *found)
    problems += _overlapping(spans)
    if problems:
        raise LabelError("\n".join(problems))
    gold_spans = {ref: spans[ref] for ref in metric_of}
    return Gold(metric_of, conflicts, gold_spans, traps=len(labels["traps"]))


def _structure(labels: Mapping[str, Any], texts: Mapping[str, str]) -> list[str]:
    """What is wrong with the labels before locating them: ids, names, counts, articles."""
    problems = []
    ids = Counter(metric["id"] for metric in labels["metrics"])
    problems += [f"metric id {i} is used {n} times" for i, n in sorted(ids.items()) if n > 1]
    for conflict in labels["conflicts"]:
        if conflict["metric"] not in ids:
            problems.append(f"conflict on {conflict['metric']}: no such metric")
        if len({_ref(r) for r in conflict["claims"]}) < 2:
            problems.append(f"conflict on {conflict['metric']}: fewer than two claims")
    problems += [f"trap {t['what']!r}: no claims" for t in labels["traps"] if not t["claims"]]
    groups = [*labels["metrics"], *labels["conflicts"], *labels["traps"]]
    named = sorted({r["article"] for group in groups for r in group["claims"]})
    return problems + [f"no article {a}" for a in named if a not in texts]


def _overlapping(spans: Mapping[Ref, Span]) -> list[str]:
    """Two different statements marking overlapping text would make matching ambiguous."""
    ordered = sorted(spans.items(), key=lambda item: item[1])
    return [
        f"{a} overlaps {b}"
        for (a, sa), (b, sb) in zip(ordered, ordered[1:], strict=False)
        if sa.article == sb.article and sb.start < sa.end
    ]


# --- Matching and scoring (pure) ---------------------------------------------------------


def match_spans(gold: Mapping[Ref, Span], claims: Iterable[Span]) -> dict[Span, Ref]:
    """Stored claims matched one to one to labelled statements of the same article.

    Largest overlap first (then text order); a claim overlapping nothing is unmatched.
    """
    by_article: dict[str, list[tuple[Ref, Span]]] = {}
    for ref, span in gold.items():
        by_article.setdefault(span.article, []).append((ref, span))
    candidates = []
    for claim in claims:
        for ref, span in by_article.get(claim.article, []):
            overlap = min(claim.end, span.end) - max(claim.start, span.start)
            if overlap > 0:
                candidates.append((-overlap, claim, span, ref))
    matched: dict[Span, Ref] = {}
    taken: set[Ref] = set()
    for _, claim, _, ref in sorted(candidates):
        if claim not in matched and ref not in taken:
            matched[claim] = ref
            taken.add(ref)
    return matched


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (printed as "-")."""
    return part / whole if whole else None


def grouping_scores(
    gold: Mapping[Any, str], predicted: Mapping[Any, str]
) -> tuple[float | None, float | None]:
    """Pairwise (precision, recall) of a grouping.

    ``gold`` maps every labelled item to its metric; ``predicted`` maps every item a
    system put in a metric to that metric. Items are compared by equality: a claim
    matched to a label is keyed by the label, any other claim by itself.
    """
    both = Counter((gold[item], metric) for item, metric in predicted.items() if item in gold)
    right = sum(_pairs(n) for n in both.values())
    said = sum(_pairs(n) for n in Counter(predicted.values()).values())
    true = sum(_pairs(n) for n in Counter(gold.values()).values())
    return ratio(right, said), ratio(right, true)


def conflict_scores(
    gold: Sequence[frozenset[Hashable]], predicted: Sequence[frozenset[Hashable]]
) -> tuple[float | None, float | None]:
    """(precision, recall) of conflicts; a prediction matches a gold conflict sharing 2+ claims."""

    def matches(p: frozenset[Hashable], g: frozenset[Hashable]) -> bool:
        return len(p & g) >= 2

    found = sum(any(matches(p, g) for g in gold) for p in predicted)
    caught = sum(any(matches(p, g) for p in predicted) for g in gold)
    return ratio(found, len(predicted)), ratio(caught, len(gold))


# --- The systems -------------------------------------------------------------------------


@dataclass
class Prediction:
    """A system's output on the store: claims by metric, and its conflicts."""

    name: str
    metric_of: dict[Span, str] = field(default_factory=dict)
    conflicts: list[frozenset[Span]] = field(default_factory=list)
    metrics: int = 0
    unavailable: str | None = None
    whys: list[str] = field(default_factory=list)  # each conflict's why, when it says one


class Unavailable(Exception):
    """A system cannot be measured (the reason, one line)."""


# The grouping the dashboard had before the tracker: a claim's measured phrase,
# normalised (lower case, no punctuation, no leading article), with its unit; a metric's
# sources disagree when their latest figures differ by more than 5% of the larger.
_LEADING = re.compile(r"^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_TOLERANCE = 0.05


def _phrase_key(measured: Any, unit: Any) -> str:
    if not isinstance(measured, str) or not measured.strip():
        return ""
    phrase = _LEADING.sub("", " ".join(_PUNCTUATION.sub(" ", measured.casefold()).split()))
    return f"{phrase} [{unit}]" if isinstance(unit, str) and unit else phrase


def baseline(frame: Any) -> Prediction:
    """The exact-phrase grouping and its conflict flag on ``Store.claims_frame()``."""
    tagged = frame.assign(
        metric=[_phrase_key(m, u) for m, u in zip(frame["measured"], frame["unit"], strict=True)]
    )
    tagged = tagged[tagged["metric"].ne("")]
    sizes = tagged["metric"].value_counts()
    tagged = tagged[tagged["metric"].isin(set(sizes[sizes >= 2].index))]
    metric_of = dict(zip(claim_spans(tagged), tagged["metric"].astype(str), strict=True))
    latest = (
        tagged.sort_values(["published", "claim_id"]).groupby(["metric", "source"])["value"].last()
    )
    flagged = []
    for metric, values in latest.groupby(level="metric"):
        low, high = values.min(), values.max()
        if len(values) > 1 and high - low > _TOLERANCE * max(abs(low), abs(high)):
            flagged.append(metric)
    conflicts = [
        frozenset(span for span, m in metric_of.items() if m == metric) for metric in flagged
    ]
    return Prediction(
        "baseline (exact phrase)", metric_of, conflicts, metrics=int((sizes >= 2).sum())
    )


def claim_spans(frame: Any) -> list[Span]:
    """The span of each row of a claims frame, in order."""
    columns = (
        frame["article_id"].astype(str),
        frame["start"].astype(int),
        frame["end"].astype(int),
    )
    return [Span(a, int(s), int(e)) for a, s, e in zip(*columns, strict=True)]


def run_cli(argv: Sequence[str]) -> Any:
    """The JSON printed by ``claims <argv>``, run in this process; ``Unavailable`` if it fails."""
    from claims.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    if status != 0:
        lines = err.getvalue().strip().splitlines() or [f"exit status {status}"]
        raise Unavailable(lines[-1])
    try:
        return json.loads(out.getvalue())
    except json.JSONDecodeError as exc:
        raise Unavailable(f"output is not JSON ({exc})") from exc


def _records(data: Any, key: str) -> list[Mapping[str, Any]]:
    """A list printed by the CLI, bare or under ``key``."""
    records = data.get(key) if isinstance(data, Mapping) else data
    if not isinstance(records, list):
        raise Unavailable(f"expected a list of {key}, got {type(records).__name__}")
    return records


def _claim_span(claim: Mapping[str, Any]) -> Span:
    return Span(str(claim["article_id"]), int(claim["start"]), int(claim["end"]))


def ours(db: Path) -> Prediction:
    """Issue 8's ``claims metrics --json`` and ``claims conflicts --json`` on the store."""
    name = "ours (claims metrics)"
    try:
        metrics = _records(run_cli(["metrics", "--db", str(db), "--json"]), "metrics")
        metric_of = {_claim_span(c): str(m["metric_id"]) for m in metrics for c in m["claims"]}
        found = _records(run_cli(["conflicts", "--db", str(db), "--json"]), "conflicts")
        conflicts = [frozenset(_claim_span(c) for c in k["claims"]) for k in found]
        whys = [str(k.get("why", "")) for k in found]
    except Unavailable as exc:
        return Prediction(name, unavailable=f"claims metrics not available: {exc}")
    except (KeyError, TypeError, ValueError) as exc:
        return Prediction(name, unavailable=f"claims metrics output not understood: {exc!r}")
    return Prediction(name, metric_of, conflicts, metrics=len(metrics), whys=whys)


# --- Running -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    grouping: tuple[float | None, float | None]
    conflicts: tuple[float | None, float | None]


def score(gold: Gold, matched: Mapping[Span, Ref], prediction: Prediction) -> Scores:
    """A system's figures: its claims keyed by the label they match, else by themselves."""

    def key(span: Span) -> Hashable:
        return matched.get(span, span)

    predicted = {key(span): metric for span, metric in prediction.metric_of.items()}
    conflicts = [frozenset(key(span) for span in c) for c in prediction.conflicts]
    return Scores(
        grouping_scores(gold.metric_of, predicted), conflict_scores(gold.conflicts, conflicts)
    )


def article_files(folder: Path) -> list[Path]:
    """The set's articles (its README describes the set)."""
    return sorted(p for p in folder.glob("*.md") if p.stem.lower() != "readme")


def read_texts(files: Sequence[Path]) -> tuple[dict[str, str], dict[str, str]]:
    """Each file's stored text and article id, by file stem, as ingestion will store them."""
    from claims.ingestion.ingest import read_input
    from claims.store import article_id

    texts, ids = {}, {}
    for path in files:
        articles = read_input(str(path)).articles
        if len(articles) != 1:
            raise LabelError(f"{path.name} reads as {len(articles)} articles, not one")
        texts[path.stem] = articles[0].text
        ids[path.stem] = article_id(articles[0].text)
    return texts, ids


def check_labels(folder: Path) -> int:
    """Check that the set's labels fit its articles, reading the files but extracting nothing."""
    files = article_files(folder)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    texts, ids = read_texts(files)
    gold = located_gold(labels, texts, ids)
    print(
        f"labels fit, {folder.name}: {len(files)} articles; {gold.metrics} metrics of "
        f"{len(gold.metric_of)} statements, {len(gold.conflicts)} conflicts, {gold.traps} traps"
    )
    return 0


def measure(folder: Path, *, details: bool) -> int:
    """Ingest the set into a temporary store and print both systems' figures."""
    from claims.ingestion.ingest import ingest
    from claims.store import Store

    files = article_files(folder)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    texts, ids = read_texts(files)
    gold = located_gold(labels, texts, ids)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.db"
        with Store(db) as store:
            report = ingest([str(p) for p in files], store)
            frame = store.claims_frame()
        if report.failed or report.added != len(files):
            print(f"ingest incomplete: {report.summary()}: {report.failed}", file=sys.stderr)
            return 1
        claims = claim_spans(frame)
        matched = match_spans(gold.spans, claims)
        systems = [baseline(frame), ours(db)]
    print(
        f"tracking bench, {folder.name}: {len(files)} articles, {len(claims)} claims stored; "
        f"gold {gold.metrics} metrics of {len(gold.metric_of)} statements, "
        f"{len(gold.conflicts)} conflicts, {gold.traps} traps"
    )
    print(
        f"gold statements found by the extractor: {len(matched)} / {len(gold.metric_of)} "
        "(a ceiling on grouping recall)\n"
    )
    print(f"{'':26}{'metrics':>8}{'conflicts':>10}   grouping P     R   conflicts P     R")
    for system in systems:
        print(_row(system, None if system.unavailable else score(gold, matched, system)))
        if details and not system.unavailable:
            print("\n".join(_details(gold, matched, system)))
    return 0


def _number(value: float | None) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:.2f}"


def _row(system: Prediction, scores: Scores | None) -> str:
    if scores is None:
        return f"{system.name:26}n/a ({system.unavailable})"
    return (
        f"{system.name:26}{system.metrics:>8}{len(system.conflicts):>10}"
        f"{_number(scores.grouping[0]):>15}{_number(scores.grouping[1]):>6}"
        f"{_number(scores.conflicts[0]):>14}{_number(scores.conflicts[1]):>6}"
    )


def _details(gold: Gold, matched: Mapping[Span, Ref], system: Prediction) -> list[str]:
    """For tuning: predicted metrics that mix labels, gold metrics split apart, predicted
    conflicts that match no gold one, and gold conflicts no prediction matches."""
    members: dict[str, list[str]] = {}
    for span, metric in system.metric_of.items():
        ref = matched.get(span)
        members.setdefault(metric, []).append(gold.metric_of[ref] if ref else "(singleton)")
    lines = [
        f"    mixed  {metric}: {dict(Counter(labels))}"
        for metric, labels in sorted(members.items())
        if len(set(labels)) > 1 or "(singleton)" in labels
    ]
    where: dict[str, list[str]] = {}
    by_ref = {ref: span for span, ref in matched.items()}
    for ref, metric in gold.metric_of.items():
        found = by_ref.get(ref)
        where.setdefault(metric, []).append(
            system.metric_of.get(found, "(none)") if found else "(not extracted)"
        )
    lines += [
        f"    split  {metric}: {dict(Counter(places))}"
        for metric, places in sorted(where.items())
        if len(set(places)) > 1 or "(none)" in places
    ]
    return lines + _conflict_details(gold, matched, system)


def _surface(claim: Hashable) -> str:
    return claim.surface if isinstance(claim, Ref) else "(unlabelled)"


def _conflict_details(gold: Gold, matched: Mapping[Span, Ref], system: Prediction) -> list[str]:
    """Predicted conflicts matching no gold conflict (with their why), and gold conflicts
    no prediction matches (each statement with the predicted metric it is in)."""
    predicted = [frozenset(matched.get(s, s) for s in c) for c in system.conflicts]
    whys = system.whys + [""] * (len(predicted) - len(system.whys))
    lines = [
        f"    false  {why or sorted(_surface(c) for c in claims)}"
        for claims, why in zip(predicted, whys, strict=True)
        if not any(len(claims & g) >= 2 for g in gold.conflicts)
    ]
    by_ref = {ref: span for span, ref in matched.items()}
    for disputed in gold.conflicts:
        if any(len(claims & disputed) >= 2 for claims in predicted):
            continue
        refs = sorted(disputed)
        places = [
            system.metric_of.get(by_ref[r], "(none)") if r in by_ref else "(not extracted)"
            for r in refs
        ]
        said = "; ".join(
            f"{r.surface!r} in {r.article} -> {p}" for r, p in zip(refs, places, strict=True)
        )
        lines.append(f"    missed {gold.metric_of[refs[0]]}: {said}")
    return lines


# --- Self-test of the scoring ------------------------------------------------------------


def self_test() -> None:
    """Hand-computed checks of locating, matching and scoring; raises AssertionError."""
    text = "Toll 1,087, then 11,087 and 1,087.5; 5% of 35%, then 5% again."
    assert locate(text, "1,087") == (5, 10)
    assert locate(text, "1,087", 2) is None  # not inside 11,087 nor 1,087.5
    assert locate(text, "5%") == (37, 39) and locate(text, "5%", 2) == (53, 55)

    a, b = Ref("x", "a"), Ref("x", "b")
    gold_spans = {a: Span("x", 0, 10), b: Span("x", 12, 20)}
    claims = [Span("x", 8, 14), Span("x", 0, 9), Span("x", 30, 33), Span("y", 0, 9)]
    assert match_spans(gold_spans, claims) == {Span("x", 0, 9): a, Span("x", 8, 14): b}

    gold = {"a": "M", "b": "M", "c": "M", "d": "N", "e": "N"}  # 3 + 1 = 4 true pairs
    assert grouping_scores(gold, {k: v.lower() for k, v in gold.items()}) == (1.0, 1.0)
    assert grouping_scores(gold, dict.fromkeys(gold, "P")) == (0.4, 1.0)  # one merge: 4 of 10
    split = {"a": "P", "b": "P", "c": "Q", "d": "R", "e": "R"}
    assert grouping_scores(gold, split) == (1.0, 0.5)  # c split off: 2 of 4 pairs found
    stray = {"a": "P", "b": "P", "c": "P", "z": "P"}  # z is a singleton claim merged in
    assert grouping_scores(gold, stray) == (0.5, 0.75)
    assert grouping_scores(gold, {"a": "P", "b": "P"}) == (1.0, 0.25)  # the rest not found
    assert grouping_scores(gold, {}) == (None, 0.0)

    conflicts = [frozenset("ab"), frozenset("de")]
    assert conflict_scores(conflicts, conflicts) == (1.0, 1.0)
    assert conflict_scores(conflicts, [frozenset("abc"), frozenset("cz")]) == (0.5, 0.5)
    assert conflict_scores(conflicts, [frozenset("ad")]) == (0.0, 0.0)  # one claim each
    assert conflict_scores(conflicts, []) == (None, 0.0)

    one, two = Span("x", 0, 1), Span("x", 2, 3)
    disputed = Gold({a: "M", b: "M"}, [frozenset({a, b})], {}, traps=0)
    stray = Prediction("p", {one: "P"}, [frozenset({one, Span("x", 9, 9)})], whys=["w"])
    assert _conflict_details(disputed, {one: a, two: b}, stray) == [
        "    false  w",
        "    missed M: 'a' in x -> P; 'b' in x -> (none)",
    ]

    five = {"article": "s", "surface": "5%"}
    labels = {
        "metrics": [{"id": "m", "claims": [five]}, {"id": "m", "claims": [five]}],
        "conflicts": [{"metric": "n", "claims": [five]}],
        "traps": [{"what": "t", "claims": [{"article": "r", "surface": "5%"}]}],
    }
    try:
        located_gold(labels, {"s": "35% and 5%"}, {"s": "id"})
    except LabelError as exc:
        assert str(exc).splitlines() == [
            "metric id m is used 2 times",
            "conflict on n: no such metric",
            "conflict on n: fewer than two claims",
            "no article r",
            "metric m: fewer than two statements",
            "metric m: fewer than two statements",
            "conflict on n: Ref(article='s', surface='5%', occurrence=1) is not in it",
            "Ref(article='r', surface='5%', occurrence=1) is not in the article",
        ], str(exc)
    else:
        raise AssertionError("bad labels were accepted")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=sets_in(CORPUS, "labels.json"),
        default="dev",
    )
    parser.add_argument(
        "--details",
        action="store_true",
        help="list mixed and split metrics, false and missed conflicts",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check the scoring on hand-made cases only"
    )
    parser.add_argument(
        "--check-labels",
        action="store_true",
        help="only check that the labels fit the articles (extracts nothing: safe on unseen sets)",
    )
    args = parser.parse_args(argv)
    self_test()
    if args.self_test:
        print("scoring self-test passed")
        return 0
    try:
        if args.check_labels:
            return check_labels(CORPUS / args.set)
        return measure(CORPUS / args.set, details=args.details)
    except LabelError as exc:
        print(f"labels do not fit the articles:\n{exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
