"""The words a reader uses for the codes the extractor stores.

Stores, URLs and exports keep the codes (``more_than``, ``approx``, ``forecast``);
everything a person reads (the table, the detail panel, filter options, chart
legends, CLI messages) shows these words instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TypeGuard

import pandas as pd

from claims.extraction.vocabulary.plurals import IRREGULAR

# The hedge of a figure in words; a figure without one is shown with no word at all.
QUALIFIER_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "approx": "about",
        "more_than": "more than",
        "less_than": "less than",
        "at_least": "at least",
        "at_most": "at most",
        "up_to": "up to",
    }
)
# What kind of statement a figure is part of.
STATEMENT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "fact": "stated as fact",
        "forecast": "forecast",
        "estimate": "estimate",
        "target": "target or limit",
        "hypothetical": "hypothetical",
    }
)
DIRECTION_WORDS: Mapping[str, str] = MappingProxyType({"up": "a rise", "down": "a fall"})

# Filter options for "no value", in words. The codes behind them live in claims.views.filters.
NOT_HEDGED = "not hedged"
NO_UNIT_WORDS = "no unit"
UNKNOWN_SOURCE = "unknown source"
OWN_VOICE = "the article itself"

# Counted nouns that are already plural or do not change ("3 times", "200 staff").
_INVARIANT = frozenset(
    {"times", "people", "police", "staff", "data", "news", "cattle", "series", "species"}
    | {"aircraft", "spacecraft", "sheep", "fish", "deer"}
)
# Plurals not made by adding "s": the extractor's own, and a few units.
_IRREGULAR_PLURALS: Mapping[str, str] = MappingProxyType(
    {
        **{one: many for many, one in IRREGULAR.items()},
        "foot": "feet",
        "tooth": "teeth",
        "mouse": "mice",
        "analysis": "analyses",
        "crisis": "crises",
        "basis": "bases",
    }
)


def qualifier_word(code: object) -> str:
    """``more than`` for ``more_than``; an empty string for no qualifier (None, NaN, "")."""
    return QUALIFIER_WORDS.get(code, "") if isinstance(code, str) else ""


def statement_word(code: object) -> str:
    """``forecast``, ``target or limit``: a statement code in words (unknown codes as they are)."""
    return STATEMENT_WORDS.get(code, code) if isinstance(code, str) else ""


def plural(noun: str, count: float | None = None) -> str:
    """``noun`` in the number ``count`` asks for: plural unless the count is exactly 1 or -1.

    The last word of the head of a compound is what changes: ``barrel per day`` ->
    ``barrels per day``, ``year of age`` -> ``years of age``, ``megawatt hour`` ->
    ``megawatt hours``.
    """
    if count is not None and abs(count) == 1:
        return noun
    head, joint, rest = _split_head(noun)
    first, space, last = head.rpartition(" ")
    return first + space + _plural_word(last) + joint + rest


def count_of(n: int, noun: str) -> str:
    """``1 claim``, ``1,204 claims``, ``3 people``: a count with its noun in the right number."""
    return f"{n:,} {plural(noun, n)}"


def was_were(n: int) -> str:
    """``was`` for one, ``were`` for any other count."""
    return "was" if n == 1 else "were"


def _split_head(noun: str) -> tuple[str, str, str]:
    for joint in (" per ", " of "):
        head, found, rest = noun.partition(joint)
        if found:
            return head, joint, rest
    return noun, "", ""


def _plural_word(word: str) -> str:
    """The plural the extractor's ``singular`` reads back as ``word``: stored counted nouns
    are singulars by those rules, so this is their inverse."""
    if not word or word.casefold() in _INVARIANT:
        return word
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def day_text(moment: object) -> str:
    """``26 Jun 2025``: the one way the dashboard writes a day; empty when unknown."""
    return f"{moment.day} {moment:%b %Y}" if _known_day(moment) else ""


def span_text(first: object, last: object) -> str:
    """``8 Jan – 26 Jun 2025``, ``1 – 10 Mar 2025``; across years only the months,
    ``Dec 2024 – Jan 2025``, so it fits a headline figure; one day when they match;
    ``no dates`` when unknown."""
    if not (_known_day(first) and _known_day(last)):
        return "no dates"
    first_text, last_text = day_text(first), day_text(last)
    if first_text == last_text:
        return first_text
    if first.year != last.year:
        return f"{first:%b %Y} – {last:%b %Y}"
    if first.month == last.month:
        return f"{first.day} – {last_text}"
    return f"{first.day} {first:%b} – {last_text}"


def exact_span_text(first: object, last: object) -> str:
    """``8 Dec 2024 – 2 Jan 2025``: both days in full, for where there is room."""
    if not (_known_day(first) and _known_day(last)):
        return "no dates"
    return f"{day_text(first)} – {day_text(last)}"


def _known_day(moment: object) -> TypeGuard[date]:
    return isinstance(moment, date) and not pd.isna(moment)
