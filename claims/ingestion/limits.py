"""What one article may cost: how many of its claims are kept, and how much of it is read.

A text of figures without full stops (a table pasted as one line, a generated file)
once gave 6,522 claims per 100 KB and a store of gigabytes. An article keeps at most
``MAX_CLAIMS`` claims, and at most one per ``CHARS_PER_CLAIM`` characters of its text
(prose states a figure every 100 characters or so; a text denser than this is a table
of numbers, not claims). A long text is read in slices, so reading stops soon after
the limit is reached; the claims kept are the first, in reading order, and the ingest
says where reading stopped.
"""

from __future__ import annotations

from dataclasses import replace

from claims.extraction.pipeline import extract
from claims.model import Claim

MAX_CLAIMS = 5_000
CHARS_PER_CLAIM = 20
# A text longer than this is read a slice at a time, each cut at a line or sentence end.
SLICE_CHARS = 100_000
# Where a slice may end, as a share of SLICE_CHARS: late enough that slices stay large.
_MIN_SLICE_SHARE = 0.5
_CUTS = ("\n\n", "\n", ". ", " ")


def claim_limit(text: str) -> int:
    """The most claims an article with this text keeps."""
    return max(1, min(MAX_CLAIMS, len(text) // CHARS_PER_CLAIM))


def extract_within_limit(text: str, *, currency: str | None = None) -> list[Claim]:
    """The claims of ``text`` in reading order, read a slice at a time until more than
    ``claim_limit(text)`` are found (so at most one more than the limit is returned,
    and ``keep_within_limit`` can tell that some were left out)."""
    limit = claim_limit(text)
    claims: list[Claim] = []
    start = 0
    while start < len(text) and len(claims) <= limit:
        end = slice_end(text, start)
        found = extract(text[start:end], currency=currency)
        if start:
            found = [replace(c, start=c.start + start, end=c.end + start) for c in found]
        claims.extend(found[: limit + 1 - len(claims)])
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


def keep_within_limit(text: str, claims: list[Claim]) -> tuple[list[Claim], str | None]:
    """The claims an article keeps, and, when some were left out, a note saying so."""
    limit = claim_limit(text)
    if len(claims) <= limit:
        return claims, None
    kept = claims[:limit]
    where = kept[-1].end if kept else 0
    reason = (
        "the most one article keeps"
        if limit == MAX_CLAIMS
        else f"one per {CHARS_PER_CLAIM} characters of text: a denser text is a table"
    )
    return kept, (
        f"kept its first {limit:,} claims ({reason}); "
        f"the text after character {where:,} of {len(text):,} was not read for claims"
    )
