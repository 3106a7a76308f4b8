"""What reading news may cost: how many claims are kept, and how much of a text is read.

A text of figures without full stops (a table pasted as one line, a generated file)
once gave 6,522 claims per 100 KB and a store of gigabytes. So:

- one article keeps at most ``MAX_CLAIMS`` claims; a long text is read a slice at a
  time, and reading stops soon after that many are found;
- one ingest keeps at most ``FREE_CLAIMS`` claims plus one per ``CHARS_PER_CLAIM``
  characters of the text it read (news states a figure every 100 characters or so; a
  whole input denser than this is tables of numbers, not prose), which bounds the store
  and the dashboard by the size of the input however it is cut into articles.

The claims kept are an article's first, in reading order, and the ingest says where
reading stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claims.extraction.pipeline import extract
from claims.model import Claim

MAX_CLAIMS = 5_000
FREE_CLAIMS = 100
CHARS_PER_CLAIM = 25
# A text longer than this is read a slice at a time, each cut at a line or sentence end.
SLICE_CHARS = 100_000
# Where a slice may end, as a share of SLICE_CHARS: late enough that slices stay large.
_MIN_SLICE_SHARE = 0.5
_CUTS = ("\n\n", "\n", ". ", " ")


def extract_within_limit(
    text: str,
    *,
    currency: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> list[Claim]:
    """The claims of ``text`` in reading order, read a slice at a time until more than
    ``MAX_CLAIMS`` are found (so at most one more is returned, and ``ClaimBudget.keep``
    can tell that some were left out). ``currency``, ``published`` and ``title`` are
    `extract`'s."""
    claims: list[Claim] = []
    start = 0
    while start < len(text) and len(claims) <= MAX_CLAIMS:
        end = slice_end(text, start)
        found = extract(text[start:end], currency=currency, published=published, title=title)
        if start:
            found = [replace(c, start=c.start + start, end=c.end + start) for c in found]
        claims.extend(found[: MAX_CLAIMS + 1 - len(claims)])
        start = end
    return claims


def slice_end(text: str, start: int) -> int:
    """Where the slice of ``text`` beginning at ``start`` ends: at a paragraph, line or
    sentence end, or a space, before ``SLICE_CHARS``; the text's end if it is nearer."""
    hard = start + SLICE_CHARS
    if hard >= len(text):
        return len(text)
    earliest = start + int(SLICE_CHARS * _MIN_SLICE_SHARE)
    for cut in _CUTS:
        at = text.rfind(cut, earliest, hard)
        if at >= 0:
            return at + len(cut)
    return hard


@dataclass
class ClaimBudget:
    """The claims one ingest may still keep: ``keep`` each article's claims in turn."""

    chars: int = 0
    claims: int = 0

    def keep(self, text: str, claims: list[Claim]) -> tuple[list[Claim], str | None]:
        """The claims this article keeps, and, when some were left out, a note saying so."""
        self.chars += len(text)
        allowed = FREE_CLAIMS + self.chars // CHARS_PER_CLAIM - self.claims
        limit = max(0, min(MAX_CLAIMS, allowed))
        kept = claims[:limit]
        self.claims += len(kept)
        if len(claims) <= limit:
            return claims, None
        where = kept[-1].end if kept else 0
        reason = (
            "the most one article keeps"
            if limit == MAX_CLAIMS
            else f"an ingest keeps {FREE_CLAIMS} claims and one per {CHARS_PER_CLAIM} "
            "characters of its text: a denser text is a table of numbers"
        )
        return kept, (
            f"kept its first {limit:,} claims ({reason}); "
            f"the text after character {where:,} of {len(text):,} was not read for claims"
        )
