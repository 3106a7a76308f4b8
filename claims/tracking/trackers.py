"""Hand-made trackers: a fact-checker's own metric, which wins over the automatic grouping.

A tracker has a name, words that must all appear in what a claim measures or in its
sentence, and optionally a unit, an entity and a place the claim must have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.model import Claim

_WORD = re.compile(r"[\w'-]+")
# A hand-made tracker's metric key: this prefix and the tracker's name.
_KEY_PREFIX = "tracker: "


@dataclass(frozen=True)
class Tracker:
    """A metric defined by hand."""

    name: str
    words: tuple[str, ...]
    unit: str | None = None
    entity: str | None = None
    place: str | None = None
    id: int | None = None

    @property
    def key(self) -> str:
        """The key of the metric this tracker makes."""
        return _KEY_PREFIX + self.name

    def matches(self, claim: Claim) -> bool:
        """Whether ``claim`` states this tracker's figure."""
        if self.unit and (claim.unit or "").lower() != self.unit.lower():
            return False
        if self.entity and not _within(self.entity, claim.entity):
            return False
        if self.place and not _within(self.place, claim.place):
            return False
        text = f"{claim.measured or ''} {claim.sentence}".lower()
        return all(re.search(rf"\b{re.escape(w.lower())}", text) for w in self.words)


def tracker_name(key: str) -> str | None:
    """The name of the hand-made tracker whose metric key is ``key``; ``None`` for an
    automatic key."""
    return key.removeprefix(_KEY_PREFIX) if key.startswith(_KEY_PREFIX) else None


def _within(wanted: str, given: str | None) -> bool:
    """Whether every word of ``wanted`` is a word of ``given`` ("Peru" in "Ancash, Peru")."""
    have = {w.lower() for w in _WORD.findall(given or "")}
    return all(w.lower() in have for w in _WORD.findall(wanted))


def parse_words(text: str) -> tuple[str, ...]:
    """The words of a tracker as typed: "steel tariff" -> ("steel", "tariff")."""
    return tuple(dict.fromkeys(w.lower() for w in _WORD.findall(text)))
