"""The word that stands for a figure in the parse of its sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.context.tokens import is_quantity
from claims.extraction.vocabulary.time import PERIOD_NOUNS
from claims.extraction.vocabulary.words import PURPOSE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def figure_root(span: Span) -> Token:
    """The figure's syntactic head, followed past the rest of its phrase.

    The parser hangs "$800,000" of "from $800,000 to $1.3 million" on the other end
    of the range, "$3.7 billion" of "HK $3.7 billion" on "HK", and "2.2 per cent" of
    "125,600 positions or 2.2 per cent" on the count it restates: each measures what
    its head measures. A word of the figure hung outside it that is no number (a rate's
    "per" on the verb in "sell at £44.99 per megawatt hour", "Rs" read as a second
    object in "pay Rs 1.8 crore for a home") is not the figure's head: its number is.
    """
    root = span.root
    if not is_quantity(root):  # "per" hung on the verb, "Rs" read as a second object
        outer = [t for t in span if not span.start <= t.head.i < span.end and is_quantity(t)]
        root = outer[0] if outer else root
    for _ in range(4):
        head = root.head
        if head.i == root.i or not _stands_for(root, head, alone=len(span) == 1):
            break
        root = head
    return root


def _stands_for(root: Token, head: Token, *, alone: bool) -> bool:
    """Whether ``head`` stands for the figure ``root`` is part of: a number it is part
    of, the noun it counts when the number comes first, or a figure it restates."""
    numeric = head.pos_ == "NUM" or head.text[:1].isdigit()  # "40C (104F)": "104F"
    numeric_chain = root.dep_ in ("quantmod", "compound", "nummod") and numeric
    head_first = root.dep_ in ("nummod", "quantmod") and head.i < root.i
    return numeric_chain or head_first or _restates(root, head, alone=alone)


def _restates(root: Token, head: Token, *, alone: bool) -> bool:
    """ "125,600 positions or 2.2 per cent": a figure joined to one it restates."""
    if not (root.dep_ in ("conj", "appos") and head.i < root.i and is_quantity(head)):
        return False
    # A bare number joined to a period ("for two years and 8,900 who") restates nothing.
    if root.pos_ == "NUM" and head.lemma_.lower() in PERIOD_NOUNS:
        return False
    # A bare number set beside a counted noun is a detail of it ("one teacher, now 74").
    if alone and root.pos_ == "NUM" and root.dep_ == "appos" and head.is_alpha:
        return False
    # "$61bn for Ukraine, $14bn for Israel", "10,000 jobs, or 5% of its workforce": each
    # names its own purpose or whole.
    own = PURPOSE_PREPS | {"of"}
    return not any(c.dep_ == "prep" and c.lower_ in own for c in root.rights)
