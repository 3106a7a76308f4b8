"""Every figure of one sentence: each number read, then neighbours joined."""

from __future__ import annotations

from claims.extraction import claimhood
from claims.extraction.figures.figure import Figure
from claims.extraction.figures.joining import join
from claims.extraction.figures.local import Local
from claims.extraction.figures.numbers import NUMBER
from claims.extraction.figures.race_times import race_times
from claims.extraction.figures.reading import read


def scan(sentence: str, local: Local = Local()) -> list[Figure]:  # noqa: B008 (immutable)
    """Every figure in ``sentence`` that may be a claim, in order; ``$``, ``¥``, rupees
    and bare degrees are read as ``local`` says the article means them."""
    figs = [f for m in NUMBER.finditer(sentence) if (f := read(sentence, m, local))]
    if ":" in sentence:
        figs = sorted(figs + race_times(sentence), key=lambda f: f.core_start)
    # A number word inside a longer figure ("a million" in "half a million") is found once.
    kept: list[Figure] = []
    for f in figs:
        if kept and f.core_start < kept[-1].end:
            continue
        kept.append(f)
    return [
        f
        for f in join(sentence, kept)
        if claimhood.verdict(claimhood.SCAN_RULES, claimhood.InSentence(sentence, f)).value
    ]
