"""Throughput of `claims.extract` against quantulum3's ``parser.parse`` on whole articles.

Run from the project root:

    python bench/speed.py [--no-long]

Articles: the bundled sample articles (data/sample/*.txt, *.md) and news-sized
articles built by joining NewsQuant dev sentences into paragraphs (about 5,000
characters each), then one 55,000-character article. Both extractors get the same
whole texts, taking turns text by text, after a warm-up; figures are characters per
second, best of ``--rounds`` runs (the machine may be shared). Peak RSS is read
after both have run (spaCy and quantulum3 loaded). Goals: >= 2x quantulum3's
throughput, peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSQUANT = ROOT.parent / "shared" / "bench" / "newsquant" / "dev.NewsQuant.json"


def articles(size: int = 5000) -> list[str]:
    """Sample articles plus NewsQuant sentences joined into articles of about ``size`` chars."""
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "data" / "sample").glob("*"))
        if p.suffix in (".txt", ".md") and p.name != "README.md"
    ]
    sentences = [ex["text"] for ex in json.loads(NEWSQUANT.read_text(encoding="utf-8"))]
    current: list[str] = []
    for i, s in enumerate(sentences):
        current.append(s)
        if i % 4 == 3:
            current.append("\n\n")  # paragraphs of four sentences
        if sum(map(len, current)) >= size:
            texts.append(" ".join(current))
            current = []
    return texts


def long_article(size: int = 55000) -> str:
    """One article of about ``size`` characters: NewsQuant sentences in paragraphs."""
    sentences = [ex["text"] for ex in json.loads(NEWSQUANT.read_text(encoding="utf-8"))]
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    text = ""
    while len(text) < size:
        text += "\n\n".join(paragraphs) + "\n\n"
    return text[:size]


def throughput(fns: list, texts: list[str], rounds: int) -> list[tuple[float, float]]:
    """``(chars per second, seconds)`` of each of ``fns`` over ``texts``.

    The functions take turns on each text, and each keeps its best of ``rounds`` runs,
    so that load from other processes on a shared machine hits both alike.
    """
    best = [math.inf] * len(fns)
    for _ in range(rounds):
        spent = [0.0] * len(fns)
        for text in texts:
            for i, fn in enumerate(fns):
                t0 = time.perf_counter()
                fn(text)
                spent[i] += time.perf_counter() - t0
        best = [min(b, s) for b, s in zip(best, spent, strict=True)]
    chars = sum(map(len, texts))
    return [(chars / seconds, seconds) for seconds in best]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-long", action="store_true", help="skip the 55,000-char article")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many runs (articles)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        from claims import extract

        def quantulum(text: str) -> object:
            return parser.parse(text)

        texts = articles()
        warm = texts[0][:2000]
        extract(warm)
        quantulum(warm)
        rows = []
        (ours, ours_s), (theirs, theirs_s) = throughput([extract, quantulum], texts, args.rounds)
        label = f"{len(texts)} articles, {sum(map(len, texts)):,} chars"
        rows.append((label, ours, ours_s, theirs, theirs_s))
        if not args.no_long:
            big = [long_article()]
            (ours, ours_s), (theirs, theirs_s) = throughput([extract, quantulum], big, 1)
            rows.append((f"1 article, {len(big[0]):,} chars", ours, ours_s, theirs, theirs_s))
    print(f"{'texts':<32} {'extract chars/s':>16} {'quantulum3 chars/s':>19} {'ratio':>6}")
    for label, ours, ours_s, theirs, theirs_s in rows:
        print(
            f"{label:<32} {ours:>10,.0f} ({ours_s:5.1f}s) {theirs:>11,.0f} ({theirs_s:5.1f}s)"
            f" {ours / theirs:>5.1f}x"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with spaCy and quantulum3 loaded: {peak_mb:,.0f} MB (goal < 500 MB)")
    print("goal: extract >= 2x quantulum3's throughput on whole articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
