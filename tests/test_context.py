"""The context reading and the sentence splitter on any input: any text and span,
long chains of related figures, a hostile megabyte.

The case tables of each field read from the parse (`measured`, counted nouns,
`direction`) and of the sentence splitter are in tests/extraction/.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# `parse` loads the model once per test session (functools.lru_cache in claims.extraction.nlp).
from claims.extraction.context.describe import Context, describe
from claims.extraction.nlp import parse
from claims.extraction.sentences import split_sentences


@pytest.mark.parametrize(("start", "end"), [(12, 12), (3, 1), (-1, 3), (0, 100), (50, 60)])
def test_span_outside_the_text_is_empty_context(start: int, end: int) -> None:
    doc = parse("Prices rose.")
    assert describe(doc, start, end, kind="count", unit=None) == Context()


_NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789 .,%$£-()abcdeTUSperctnmillio\n\u202e\x00")),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(text=_NEWSY, data=st.data())
def test_describe_and_split_never_raise(text: str, data: st.DataObject) -> None:
    """Any text, any span: sentence spans are true slices; describe returns a Context."""
    spans = split_sentences(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # in order, no overlap
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ctx = describe(parse(text), start, end, kind="count", unit=None)
    assert ctx.noun_end is None or 0 <= ctx.noun_end <= len(text)
    assert ctx.direction in (None, "up", "down")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    ["Only " + "5 of " * 400 + "5 people stayed.", "It rose to " + "5 or " * 400 + "6 per cent."],
)
def test_chains_of_related_figures_end(sentence: str) -> None:
    """Each figure of a long chain gets a Context; the hops between figures are bounded."""
    doc = parse(sentence)
    contexts = [describe(doc, t.idx, t.idx + len(t), kind="count", unit=None) for t in doc]
    assert len(contexts) == len(doc)
    assert any(c.measured for c in contexts)


# Abbreviations, decimals and long runs of dots and blanks (bench/context.py times it).
HOSTILE_MEGABYTE = (
    "Mr. Smith of the U.S. paid $3.5m. " * 30_000
    + "." * 50_000
    + "x"
    + " " * 50_000
    + "x"
    + " A" * 10_000
)


@pytest.mark.slow
def test_split_sentences_on_a_megabyte() -> None:
    """1 MB of abbreviations, decimals and long runs of dots or blanks splits into
    trimmed sentences. (A run of 50,000 dots or spaces once made the regexes backtrack
    quadratically; the time it takes is printed by bench/context.py, not asserted.)"""
    spans = split_sentences(HOSTILE_MEGABYTE)
    assert len(spans) >= 30_000
    assert all(HOSTILE_MEGABYTE[s:e].strip() == HOSTILE_MEGABYTE[s:e] for s, e in spans)
