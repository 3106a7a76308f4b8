"""The words readers see for the codes the data holds, plurals and dates."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from claims.extraction.vocabulary.plurals import singular
from claims.model import QUALIFIERS, STATEMENTS
from claims.views.filters import NO_QUALIFIER, NO_SOURCE, NO_UNIT, OWN_VOICE
from claims.views.labels import option_word
from claims.views.words import count_of, day_text, plural, qualifier_word, span_text

QUALIFIER_CASES = [
    ("approx", "about"),
    ("more_than", "more than"),
    ("less_than", "less than"),
    ("at_least", "at least"),
    ("at_most", "at most"),
    ("up_to", "up to"),
    (None, ""),
    (math.nan, ""),
]


@pytest.mark.parametrize(("code", "words"), QUALIFIER_CASES)
def test_qualifier_word(code: object, words: str) -> None:
    assert qualifier_word(code) == words


def test_every_qualifier_and_statement_has_words_without_underscores() -> None:
    for code in QUALIFIERS:
        assert qualifier_word(code) and "_" not in qualifier_word(code)
    for code in STATEMENTS:
        assert "_" not in option_word("statements", code)


OPTION_CASES = [
    ("hedge in words", "qualifiers", "more_than", "more than"),
    ("no hedge", "qualifiers", NO_QUALIFIER, "not hedged"),
    ("no unit", "units", NO_UNIT, "no unit"),
    ("unit in words", "units", "person", "people"),
    ("unknown source", "sources", NO_SOURCE, "unknown source"),
    ("a source called like a code stays itself", "sources", "exact", "exact"),
    ("own voice", "attributed", OWN_VOICE, "the article itself"),
    ("who says so", "attributed", "the WHO", "the WHO"),
    ("statement", "statements", "target", "target or limit"),
    ("kind as it is", "kinds", "currency", "currency"),
]


@pytest.mark.parametrize(
    ("filter_name", "code", "words"),
    [c[1:] for c in OPTION_CASES],
    ids=[c[0] for c in OPTION_CASES],
)
def test_option_word(filter_name: str, code: str, words: str) -> None:
    assert option_word(filter_name, code) == words


PLURAL_CASES = [
    ("article", 1, "1 article"),
    ("article", 2, "2 articles"),
    ("claim", 0, "0 claims"),
    ("claim", 1204, "1,204 claims"),
    ("person", 3, "3 people"),
    ("barrel per day", 2, "2 barrels per day"),
]


@pytest.mark.parametrize(("noun", "n", "text"), PLURAL_CASES)
def test_count_of(noun: str, n: int, text: str) -> None:
    assert count_of(n, noun) == text


def test_plural_without_a_count_is_plural() -> None:
    assert plural("analysis") == "analyses" and plural("times") == "times"


SPAN_CASES = [
    ("same year", "2025-01-08", "2025-06-26", "8 Jan – 26 Jun 2025"),
    ("same month", "2025-03-01", "2025-03-10", "1 – 10 Mar 2025"),
    ("one day", "2025-04-02", "2025-04-02 18:00", "2 Apr 2025"),
    ("across years: months", "2024-12-08", "2025-01-02", "Dec 2024 – Jan 2025"),
    ("unknown", None, "2025-01-02", "no dates"),
]


@pytest.mark.parametrize(
    ("first", "last", "text"), [c[1:] for c in SPAN_CASES], ids=[c[0] for c in SPAN_CASES]
)
def test_span_text(first: str | None, last: str, text: str) -> None:
    stamp = [pd.Timestamp(d) if d else pd.NaT for d in (first, last)]
    assert span_text(*stamp) == text


def test_day_text() -> None:
    assert day_text(date(2025, 6, 4)) == "4 Jun 2025"
    assert day_text(pd.NaT) == "" and day_text(None) == ""


# Counted nouns as the extractor stores them (its singulars) and as a reader counts them.
PLURAL_WORD_CASES = [
    ("person", "people"),
    ("child", "children"),
    ("country", "countries"),
    ("day", "days"),
    ("box", "boxes"),
    ("church", "churches"),
    ("bus", "buses"),
    ("crisis", "crises"),
    ("foot", "feet"),
    ("spacecraft", "spacecraft"),
    ("megawatt hour", "megawatt hours"),
    ("Starlink mission", "Starlink missions"),
]


# Plurals the extractor and the tracker's keys make singular, by an English lexicon: the
# "-es" of "buses" and "heroes", the "-ves" of "wolves", Latin and Greek plurals, nouns
# that are their own plural; near misses: words that only look plural stay as they are.
SINGULAR_CASES = [
    ("buses", "bus"),
    ("viruses", "virus"),
    ("statuses", "status"),
    ("taxes", "tax"),
    ("heroes", "hero"),
    ("wolves", "wolf"),
    ("analyses", "analysis"),
    ("crises", "crisis"),
    ("indices", "index"),
    ("lenses", "lens"),
    ("series", "series"),
    ("species", "species"),
    ("news", "news"),
    ("stories", "story"),
    ("cases", "case"),
    ("houses", "house"),
    ("doses", "dose"),
    ("shoes", "shoe"),
    ("boxes", "box"),
    ("churches", "church"),
    ("people", "person"),
    ("children", "child"),
    ("rockets", "rocket"),
    ("co-defendants", "co-defendant"),
    ("bus", "bus"),
    ("basis", "basis"),
    ("glass", "glass"),
    ("gas", "gas"),
    ("staff", "staff"),
]


@pytest.mark.parametrize(("many", "one"), SINGULAR_CASES)
def test_singular(many: str, one: str) -> None:
    assert singular(many) == one


@pytest.mark.parametrize(("noun", "many"), PLURAL_WORD_CASES)
def test_plural_is_what_the_extractor_reads_back(noun: str, many: str) -> None:
    assert plural(noun) == many
    if " " not in noun and noun not in ("foot", "spacecraft"):
        assert singular(many) == noun
