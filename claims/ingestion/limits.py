"""What reading news may cost: how many claims are kept, and how much of a text is read.

A text of figures without full stops (a table pasted as one line, a generated file)
once gave 6,522 claims per 100 KB and a store of gigabytes. So:

- one article keeps at most ``MAX_CLAIMS`` claims; a long text is read a window of
  sentences at a time, and reading stops soon after that many are found;
- one article's parsing stops after ``PARSE_SHARE`` of its time limit: the rest of its
  claims are read without context (no ``measured``, entity, place...) rather than the
  whole article lost to the limit, and the ingest says how many;
- one ingest keeps at most ``FREE_CLAIMS`` claims plus one per ``CHARS_PER_CLAIM``
  characters of the text it read (news states a figure every 100 characters or so; a
  whole input denser than this is tables of numbers, not prose), which bounds the store
  and the dashboard by the size of the input however it is cut into articles.

The claims kept are an article's first, in reading order, and the ingest says where
reading stopped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from claims.extraction.pipeline import Explained, windows
from claims.model import Claim

MAX_CLAIMS = 5_000
FREE_CLAIMS = 100
CHARS_PER_CLAIM = 25
# Of an article's time limit, the share its parsing may take: the rest is left for the
# window being parsed at the deadline (about a second) and for reading the remaining
# claims without a parse (a few seconds a megabyte), on a loaded machine too.
PARSE_SHARE = 0.5


@dataclass(frozen=True)
class Extracted:
    """An article's claims in reading order, each with the rules that decided its fields,
    and how many of the last of them were read without a parse (their window began after
    the parse deadline)."""

    explained: list[Explained] = field(default_factory=list)
    unparsed: int = 0

    @property
    def claims(self) -> list[Claim]:
        return [e.claim for e in self.explained]


def unparsed_note(found: list[Claim], kept: list[Claim], unparsed: int) -> str | None:
    """What the reader should know of an article's stored claims that were not parsed:
    ``found`` are all it gave, the last ``unparsed`` of them not parsed; ``kept`` (its
    first) are those stored."""
    late = unparsed - (len(found) - len(kept))
    if late <= 0:
        return None
    return (
        f"{late:,} of its {len(kept):,} claims, from character {kept[-late].start:,} on, "
        "were read without a parse for lack of time: they have no measured, entity, "
        "place, period or source"
    )


def extract_within_limit(
    text: str,
    *,
    currency: str | None = None,
    published: str | None = None,
    title: str | None = None,
    parse_seconds: float | None = None,
) -> Extracted:
    """The claims of ``text`` in reading order, read a window at a time until more than
    ``MAX_CLAIMS`` are found (so at most one more is returned, and ``ClaimBudget.keep``
    can tell that some were left out); windows begun ``parse_seconds`` after the start
    are not parsed. ``currency``, ``published`` and ``title`` are `extract`'s."""
    until = None if parse_seconds is None else time.monotonic() + parse_seconds
    explained: list[Explained] = []
    unparsed = 0
    found = windows(text, currency=currency, published=published, title=title, parse_until=until)
    for window in found:
        taken = window.explained[: MAX_CLAIMS + 1 - len(explained)]
        explained.extend(taken)
        unparsed += 0 if window.parsed else len(taken)
        if len(explained) > MAX_CLAIMS:
            break
    return Extracted(explained, unparsed)


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
