"""What an exchange rate measures: the rate of the currency priced against another.

"The rupee traded at 84.5 per dollar" measures the "rupee exchange rate to dollar", not
the rupee: the figure is a price of one currency in another. The currency priced is the
subject of the figure's verb ("the leu has weakened to 5.09") or the noun the figure is
set at ("with the taka at 122"); the other one is written after the figure ("per euro",
"to the dollar", "against the yen"), on its verb, or in a clause on the currency priced
("the peso, which traded at 20.4 per dollar, was at 19.7").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.context.phrases import Led, left_modifiers
from claims.extraction.context.subjects import governor, subject_of
from claims.extraction.context.tokens import is_quantity
from claims.extraction.vocabulary.currencies import currency_names
from claims.extraction.vocabulary.words import COMPARING, NOUNISH

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Token

    from claims.model import Kind

# Prepositions that set a rate's other currency after it: "per euro", "to the dollar".
_AGAINST = frozenset(["per", "to", "against"])


def exchange_rate(root: Token, figure: set[int], kind: Kind) -> Led | None:
    """The exchange rate the figure is, or None: a figure of money or a bare number (a
    change in per cent is the currency's own move) that prices a named currency, in
    another one the sentence names (a bare number may leave it unsaid). A rate named by
    its own noun ("the official rate of 2,250 pesos per dollar") keeps that name, and a
    base compared with ("from 12.9") with no other currency in its clause is left to the
    rules of comparison."""
    if kind not in ("currency", "count"):
        return None
    clause = governor(root)
    if clause.lemma_ == "compare" and clause.head.i != clause.i:  # "compared with N1,610"
        clause = clause.head
    priced = _priced(clause, root, figure)
    compared = root.dep_ == "pobj" and root.head.lower_ in COMPARING
    # The other currency of a base compared with is the one of the figure in its clause.
    places = [*(root.doc[i] for i in sorted(figure)), *(clause.subtree if compared else [clause])]
    other = next(_others([*places, *(priced.subtree if priced is not None else [])], root), None)
    # A sum alone ("the pound fell to $1.25", "a dollar cost 5,600 francs") is a rate
    # only when the sentence names the currency it is against.
    if priced is None or (other is None and (compared or kind == "currency")):
        return None
    after = "exchange rate" if other is None else f"exchange rate to {_words(other)}"
    return Led("", [*left_modifiers(priced, figure), priced], after=after)


def _priced(clause: Token, root: Token, figure: set[int]) -> Token | None:
    """The currency the figure prices: the subject of its verb (or the noun the verb
    describes: "the Jamaican dollar, trading at J$158"), or the noun it is set at."""
    if root.dep_ == "pobj" and root.head.lower_ == "at" and _is_currency(root.head.head):
        return root.head.head  # "with the taka at 122 per dollar"
    subject = subject_of(clause, figure)
    described = clause.dep_ in ("acl", "relcl") and clause.head.pos_ in NOUNISH
    if described and (subject is None or subject.tag_ in ("WDT", "WP")):
        subject = clause.head  # "the peso, which traded at 20.4 per dollar"
    return subject if subject is not None and _is_currency(subject) else None


def _others(places: Iterable[Token], root: Token) -> Iterator[Token]:
    """The currencies a per/to/against phrase on any of ``places`` names, which the
    figure's surface may hold ("84.5 per dollar"); not a sum's own currency reached by
    its verb ("rose to 1.08 dollars", "fall to 650 billion kroner")."""
    for place in places:
        for prep in place.children:
            if prep.dep_ != "prep" or prep.lower_ not in _AGAINST or prep.i == root.head.i:
                continue
            for noun in prep.children:
                own = noun.i == root.i or is_quantity(noun)  # "to 650 billion kroner"
                if noun.dep_ == "pobj" and not own and _is_currency(noun):
                    yield noun


def _is_currency(noun: Token) -> bool:
    """Whether ``noun`` names a currency ("rupee", "US dollar"); a bare "pound" is a
    weight ("$3 per pound") unless "the" marks the market's pound."""
    if noun.lemma_.lower() not in currency_names() and noun.lower_ not in currency_names():
        return False
    marked = any(c.dep_ == "det" for c in noun.children)
    return noun.lemma_.lower() != "pound" or marked


def _words(noun: Token) -> str:
    """The currency as written, the figure's surface may hold it ("per US dollar")."""
    return " ".join(t.text for t in [*left_modifiers(noun, set()), noun])
