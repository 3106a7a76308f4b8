"""Filter options and chart legends in a reader's words, from the codes the data holds."""

from __future__ import annotations

from claims.views.figure import unit_words
from claims.views.filters import NO_QUALIFIER, NO_SOURCE, NO_UNIT, OWN_VOICE
from claims.views.words import (
    NO_UNIT_WORDS,
    NOT_HEDGED,
    UNKNOWN_SOURCE,
    qualifier_word,
    statement_word,
)
from claims.views.words import OWN_VOICE as OWN_VOICE_WORDS

# The words of each filter's missing-value code: "exact" is only a code among hedges.
_MISSING_WORDS = {
    "units": (NO_UNIT, NO_UNIT_WORDS),
    "sources": (NO_SOURCE, UNKNOWN_SOURCE),
    "qualifiers": (NO_QUALIFIER, NOT_HEDGED),
    "attributed": (OWN_VOICE, OWN_VOICE_WORDS),
}


def option_word(filter_name: str, code: str) -> str:
    """How the option ``code`` of the list filter ``filter_name`` reads: ``more than``,
    ``not hedged``, ``people``, ``$ (USD)``, ``the article itself``."""
    missing, words = _MISSING_WORDS.get(filter_name, (None, ""))
    if code == missing:
        return words
    if filter_name == "qualifiers":
        return qualifier_word(code) or code
    if filter_name == "statements":
        return statement_word(code)
    if filter_name == "units":
        return unit_words(code)
    return code
