"""The scope of one figure of a sentence, for the case tables of tests/test_scope_*.py."""

from __future__ import annotations

import pytest

from claims.extraction.context.describe import link_previous
from claims.extraction.nlp import parse
from claims.extraction.scope import ArticleScope, FigureInSentence, Scope, article_scope, scope_of

PUBLISHED = "2025-06-04"  # a Wednesday


def xfail(*row: object, reason: str) -> object:
    """A known miss: the row must keep failing until the rule is fixed."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def scope(
    sentence: str,
    figure: str,
    *,
    text: str | None = None,
    title: str | None = None,
    published: str | None = PUBLISHED,
    others: tuple[str, ...] = (),
    kind: str = "other",
    unit: str | None = None,
    previous: str | None = None,
) -> Scope:
    """The scope of the first ``figure`` of ``sentence``, read in ``text`` (the sentence
    alone by default) with ``title`` and ``published``; ``others`` are the sentence's
    other figures, ``kind`` and ``unit`` the figure's; ``previous`` the sentence just
    before it, whose parse the extractor links when it holds figures."""
    text = text if text is not None else sentence
    article: ArticleScope = article_scope(text, title, published)
    offset = text.index(sentence)
    start = sentence.index(figure)
    doc = parse(sentence)
    if previous is not None:
        link_previous(doc, parse(previous))
    others = tuple((s, s + len(f)) for f in others if (s := sentence.find(f)) >= 0)
    found = FigureInSentence(
        doc, start, start + len(figure), offset, offset, offset + len(sentence), others, kind, unit
    )
    return scope_of(found, article)
