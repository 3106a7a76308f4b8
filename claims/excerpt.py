"""Where a claim's sentence lies in its article, and a bounded excerpt of it around the figure.

The store keeps each article's text once and, per claim, only the offsets of its
sentence in that text: text without full stops is one "sentence" of any length, and
storing it whole with every claim made one long sentence cost its length times its
claims. What is shown of a sentence is an excerpt of at most ``EXCERPT_CHARS``
characters around the figure, cut at word boundaries, with "…" where it was cut.
"""

from __future__ import annotations

from collections.abc import Iterable

from claims.model import Claim

# The longest excerpt shown of a sentence, ellipses included.
EXCERPT_CHARS = 300
ELLIPSIS = "…"
# How far a cut may move to reach a word boundary before it cuts inside a word.
_WORD_SLACK = 30


def sentence_spans(text: str, claims: Iterable[Claim]) -> list[tuple[int, int]]:
    """``(start, end)`` of each claim's sentence in ``text``, the text it was extracted from."""
    locate = SentenceLocator(text)
    return [locate(claim.sentence, claim.start, claim.end) for claim in claims]


class SentenceLocator:
    """Finds sentences in one text: ``locate(sentence, start, end)`` is the span of the
    ``sentence`` that holds the figure at ``start:end``.

    A sentence not found there (a claim made by hand) is the figure's own span.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, tuple[int, int]] = {}  # a sentence's figures share its span

    def __call__(self, sentence: str, start: int, end: int) -> tuple[int, int]:
        span = self._found.get(sentence)
        if span is None or not span[0] <= start <= end <= span[1]:
            span = self._find(sentence, start, end)
            self._found[sentence] = span
        return span

    def _find(self, sentence: str, start: int, end: int) -> tuple[int, int]:
        text, size = self.text, len(sentence)
        # The sentence holds the figure: it starts at most `size` before the figure's end,
        # and any match within these bounds holds the figure.
        at = text.find(sentence, max(0, end - size), start + size) if size else -1
        if at >= 0:
            return at, at + size
        start = min(max(start, 0), len(text))
        return start, min(max(end, start), len(text))


def excerpt(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> str:
    """The sentence ``text[sentence[0]:sentence[1]]``, or at most ``EXCERPT_CHARS`` of it
    around ``figure`` (offsets in ``text``), cut at word boundaries and marked with "…"."""
    s0, s1 = sentence
    a, b = max(s0, min(figure[0], s1)), max(s0, min(figure[1], s1))
    if s1 - s0 <= EXCERPT_CHARS:
        return text[s0:s1]
    room = max(0, EXCERPT_CHARS - 2 * len(ELLIPSIS) - (b - a))
    before = min(a - s0, room // 2)
    after = min(s1 - b, room - before)
    before = min(a - s0, room - after)  # room the end of the sentence did not use
    lo, hi = a - before, b + after
    if lo > s0:
        lo = _word_start(text, lo, a)
    if hi < s1:
        hi = _word_end(text, hi, b)
    shown = text[lo:hi].strip()
    return (ELLIPSIS if lo > s0 else "") + shown + (ELLIPSIS if hi < s1 else "")


def _word_start(text: str, lo: int, limit: int) -> int:
    """``lo`` moved forward to the start of a word, not past ``limit`` (the figure)."""
    if text[lo - 1].isspace():
        return lo
    for i in range(lo, min(limit, lo + _WORD_SLACK)):
        if text[i].isspace():
            return i + 1
    return lo


def _word_end(text: str, hi: int, limit: int) -> int:
    """``hi`` moved back to the end of a word, not before ``limit`` (the figure)."""
    if text[hi].isspace():
        return hi
    for i in range(hi - 1, max(limit, hi - _WORD_SLACK) - 1, -1):
        if text[i].isspace():
            return i
    return hi
