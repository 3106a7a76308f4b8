"""The field bench's own gold (bench/fields) is well formed, and its scoring is honest."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from bench.fields import FIELDS, Score, Span, errors_text, field_right, load_gold, match, token_f1
from claims.model import KINDS, QUALIFIERS

TEXTS, GOLD, NOT_CLAIMS = load_gold()


@pytest.mark.parametrize("slug", sorted(TEXTS))
def test_each_article_is_a_headlined_news_piece_of_250_to_500_words(slug: str) -> None:
    text = TEXTS[slug]
    assert text.startswith("# ")
    assert 250 <= len(re.findall(r"\S+", text)) <= 500
    assert any(s.article == slug for s in GOLD)


def test_gold_fields_take_the_spec_values() -> None:
    for s in GOLD:
        assert s.kind in KINDS, s
        assert s.qualifier is None or s.qualifier in QUALIFIERS, s
        assert s.direction in (None, "up", "down"), s
        assert s.value is not None and s.measured, s
        assert (s.low is None) == (s.high is None), s
        assert s.low is None or s.value == s.low, s  # a range's value is its low bound


def test_gold_spans_are_true_and_never_overlap() -> None:
    for slug, text in TEXTS.items():
        spans = sorted((s.start, s.end, s.surface) for s in GOLD + NOT_CLAIMS if s.article == slug)
        for start, end, surface in spans:
            assert text[start:end] == surface
        for (_, end, a), (start, _, b) in pairwise(spans):
            assert end <= start, f"{slug}: {a!r} overlaps {b!r}"


def test_every_gold_line_is_loaded() -> None:
    lines = (FIELDS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(GOLD) + len(NOT_CLAIMS)


def _span(start: int, end: int, **fields: object) -> Span:
    return Span("a", start, end, "x" * (end - start), **fields)


def test_matching_is_one_to_one_by_largest_overlap() -> None:
    gold = [_span(0, 10), _span(12, 20)]
    predicted = [_span(8, 14), _span(0, 9), _span(30, 33)]
    pairs, left = match(gold, predicted)
    assert [(g.start, p.start) for g, p in pairs] == [(0, 0), (12, 8)]
    assert [p.start for p in left] == [30]


def test_field_scores_compare_values_with_their_bounds_and_phrases_by_words() -> None:
    gold = _span(0, 5, value=62.0, low=62.0, high=68.0, unit="percent", measured="the turnout")
    assert field_right("value", gold, _span(0, 5, value=62.0, low=62.0, high=68.0)) == 1.0
    assert field_right("value", gold, _span(0, 5, value=62.0)) == 0.0
    assert field_right("unit", gold, _span(0, 5, unit="Percent")) == 1.0
    assert token_f1("turnout in the city", "the turnout") == pytest.approx(2 / 3)
    assert token_f1(None, "turnout") == 0.0


def test_the_errors_file_names_each_miss_under_its_field() -> None:
    texts = {"a": "Sales rose 12% to $5bn."}
    gold = Span("a", 11, 14, "12%", value=12.0, unit="percent", kind="percentage", direction="up")
    wrong = Span("a", 11, 14, "12%", value=12.0, unit="percent", kind="percentage")
    missed = Span("a", 18, 22, "$5bn", value=5e9, unit="USD", kind="currency")
    extra = Span("a", 0, 5, "Sales", value=1.0)
    score = Score(gold=2, predicted=2, matched=[(gold, wrong)], missed=[missed], spurious=[extra])
    text = errors_text(texts, score)
    assert "== missed (1)" in text and "'$5bn'" in text
    assert "== spurious (1)" in text and "'Sales'" in text
    assert "== direction wrong (1 of 1 matched)" in text
    assert "== unit wrong (0 of 1 matched)" in text
