"""The scope of a figure: whose it is, where, when, who says so, and what kind of statement.

Five context fields of a `Claim`, each decided by its own owner from an ordered list of
named rules (`claims.extraction.trace`): `entity`, `place`, `period` (with ISO bounds),
`attributed_to` and `statement`. The pipeline calls `article_scope` once per article and
`scope_of` once per figure:

    article = article_scope(text, title, published)
    scope = scope_of(FigureInSentence(doc, start, end, offset, s0, s1), article)
    scope.period.value, scope.period.rule
"""

from __future__ import annotations

from typing import Any

from claims.extraction.scope.article import article_scope
from claims.extraction.scope.attribution import attributed_to
from claims.extraction.scope.entity import entity
from claims.extraction.scope.evidence import (
    ArticleScope,
    FigureInSentence,
    Period,
    Place,
    Quote,
    Reading,
    Scope,
)
from claims.extraction.scope.period import period
from claims.extraction.scope.place import place
from claims.extraction.scope.statement import statement
from claims.extraction.scope.syntax import figure_root, governing

__all__ = [
    "ArticleScope",
    "FigureInSentence",
    "Period",
    "Place",
    "Quote",
    "Scope",
    "article_scope",
    "claim_fields",
    "scope_of",
    "scope_rules",
]


def scope_of(figure: FigureInSentence, article: ArticleScope) -> Scope:
    """The five context fields of ``figure``, each with the rule that decided it."""
    root = figure_root(figure)
    reading = Reading(figure, article, root, tuple(governing(root)) if root is not None else ())
    said = statement(reading)
    source = attributed_to(reading)
    owner = entity(reading, attributed_to=source.value)
    return Scope(
        entity=owner,
        place=place(reading, entity=owner.value),
        period=period(reading, future=said.value in ("forecast", "target")),
        attributed_to=source,
        statement=said,
    )


def claim_fields(scope: Scope) -> dict[str, Any]:
    """``scope`` as the keyword arguments of a `Claim`'s context fields."""
    period_ = scope.period.value
    return {
        "entity": scope.entity.value,
        "place": scope.place.value,
        "period": period_.text if period_ else None,
        "period_start": period_.start if period_ else None,
        "period_end": period_.end if period_ else None,
        "attributed_to": scope.attributed_to.value,
        "statement": scope.statement.value,
    }


def scope_rules(scope: Scope) -> dict[str, str]:
    """The name of the rule that decided each of ``scope``'s fields, by `Claim` field."""
    return {
        "entity": scope.entity.rule,
        "place": scope.place.rule,
        "period": scope.period.rule,
        "attributed_to": scope.attributed_to.rule,
        "statement": scope.statement.rule,
    }
