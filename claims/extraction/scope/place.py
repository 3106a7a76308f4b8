"""The place or jurisdiction a figure is about.

From the sentence when it names one (the place the parse ties closest to the figure,
the more specific of two tied), else the place the article is about (its title and first
paragraph), else ``None``. A demonym names its place ("Kenyan herders" -> Kenya), written
as the article writes that country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.scope.evidence import Place, Reading
from claims.extraction.scope.places import places_in_doc
from claims.extraction.scope.syntax import distance, per_sentence
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PlaceRule = Rule[Reading, str | None]


def _written(place: Place, r: Reading) -> str:
    """The place's name as the article writes it (a demonym's country in the article's
    own spelling: "US" or "United States")."""
    spelled = dict(r.article.spellings)
    if place.level == 1 and place.code in spelled and place.name not in r.article.text:
        return spelled[place.code]
    return place.name


def _in_sentence(r: Reading) -> str | None | NotApplicable:
    """The place of the sentence the parse ties closest to the figure."""
    found = per_sentence(r.figure.doc, "claims.scope.places", _places)
    if not found:
        return NOT_APPLICABLE
    if r.root is None:
        return _written(found[0][1], r)
    root = r.root
    best = min(
        found,
        key=lambda pair: (distance(root, pair[0]), -pair[1].level, abs(pair[0].i - root.i)),
    )
    return _written(best[1], r)


def _places(doc: Doc) -> list[tuple[Token, Place]]:
    return list(places_in_doc(doc))


def _article_place(r: Reading) -> str | None | NotApplicable:
    """The place the article's title and first paragraph are about."""
    if r.article.place is None:
        return NOT_APPLICABLE
    return _written(r.article.place, r)


RULES: tuple[PlaceRule, ...] = (
    Rule("named in the sentence", _in_sentence),
    Rule("the article's place", _article_place),
)


def place(reading: Reading) -> Decided[str | None]:
    """The figure's place and the rule that found it (``None``: no place is implied)."""
    return first_rule(RULES, reading, default=None, otherwise="no place named")
