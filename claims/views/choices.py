"""Filter values a person types, checked against what the store holds.

``--kind Currency`` is ``currency``; ``--qualifier "more than"`` is ``more_than``;
``--kind money`` is refused with the kinds the store holds, and ``--kind curency``
with "did you mean currency?", instead of an export with no rows.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from claims.views.filters import NO_QUALIFIER, NO_SOURCE, NO_UNIT, OWN_VOICE
from claims.views.words import QUALIFIER_WORDS, STATEMENT_WORDS

# Words a person may type for a code, per filter (compared as ``_folded``).
_ALIASES: Mapping[str, Mapping[str, str]] = {
    "qualifiers": {
        **{words: code for code, words in QUALIFIER_WORDS.items()},
        "none": NO_QUALIFIER,
        "not hedged": NO_QUALIFIER,
    },
    "statements": {words: code for code, words in STATEMENT_WORDS.items()},
    "units": {"none": NO_UNIT, "no unit": NO_UNIT},
    "sources": {"unknown": NO_SOURCE, "unknown source": NO_SOURCE},
    "attributed": {"none": OWN_VOICE, "the article itself": OWN_VOICE, "article": OWN_VOICE},
}
# Other words taken for a stored value, never shown for it.
_SYNONYMS: Mapping[str, Mapping[str, str]] = {
    "kinds": {"money": "currency", "percent": "percentage"},
}
# Values named in a refusal; a store can hold thousands of sources.
SHOWN_CHOICES = 12
_SEPARATORS = re.compile(r"[\s_\-]+  # spaces, underscores and hyphens read alike", re.VERBOSE)


class UnknownChoice(ValueError):
    """A filter value the store does not hold, with what it does hold."""


def resolve(known: list[str], name: str, given: Sequence[str], option: str) -> tuple[str, ...]:
    """The stored values ``given`` names for the list filter ``name`` (a field of ``FACETS``),
    whose stored values are ``known`` (as ``query.options`` lists them).

    Case, spaces, underscores and hyphens do not matter, and readers' words stand for
    codes (``more than``, ``not hedged``). Raises ``UnknownChoice`` naming ``option``.
    """
    by_fold = {_folded(v): v for v in known}
    for words, code in {**_ALIASES.get(name, {}), **_SYNONYMS.get(name, {})}.items():
        by_fold.setdefault(_folded(words), code)
    resolved = []
    for value in given:
        match = by_fold.get(_folded(value))
        if match not in known:  # unknown, or a word for a code no stored claim has
            raise UnknownChoice(_refusal(option, value, name, known, by_fold))
        resolved.append(match)
    return tuple(dict.fromkeys(resolved))


def _refusal(
    option: str, value: str, name: str, known: list[str], by_fold: Mapping[str, str]
) -> str:
    """Why ``value`` is refused: what it may have meant, and what the store holds, in the
    words a person would type (``more than``, ``none``), not the stored codes."""
    typed = _typed_words(name)
    held = [fold for fold, code in by_fold.items() if code in known]
    close = difflib.get_close_matches(_folded(value), held, n=1, cutoff=0.75)
    hint = f"; did you mean {typed.get(by_fold[close[0]], by_fold[close[0]])!r}?" if close else ""
    if not known:
        return f"{option} {value!r}: the store holds no claims{hint}"
    words = [typed.get(v, v) for v in known]
    shown = ", ".join(words[:SHOWN_CHOICES]) + (", …" if len(words) > SHOWN_CHOICES else "")
    return f"{option} {value!r}: no stored claim has it{hint} (the store has: {shown})"


def _typed_words(name: str) -> dict[str, str]:
    """The first word a person may type for each code of the filter ``name``."""
    typed: dict[str, str] = {}
    for words, code in _ALIASES.get(name, {}).items():
        typed.setdefault(code, words)
    return typed


def _folded(text: str) -> str:
    return _SEPARATORS.sub(" ", text.casefold()).strip()
