"""Whose figure it is (claims/extraction/scope/entity.py).

Rows are ``(text, sentence, figure, expected)``; ``text`` is the article (``None``: the
sentence alone).
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

APPLE = "Apple sold 232 million iPhones. Analysts expect Apple to sell more."
RBI = "The Reserve Bank of India held rates. The bank lent $3bn to lenders."

ENTITIES = [
    # The owner written on the figure's noun.
    (None, "Safaricom's net profit rose 12%.", "12%", "Safaricom"),
    (None, "Tesla shares fell 5% on Tuesday.", "5%", "Tesla"),
    # The actor of the clause: a name, a body, a passive agent.
    (APPLE, "Apple sold 232 million iPhones.", "232 million", "Apple"),
    # A common word opening a sentence is no name ("Turnout reached 65%").
    (None, "Turnout reached 65%.", "65%", None),
    (None, "The police arrested 14 people.", "14", "The police"),
    (None, "SpaceX launched 130 rockets last year.", "130", "SpaceX"),
    (None, "Fourteen people were arrested by the army.", "Fourteen", "the army"),
    (
        None,
        "The health ministry vaccinated 2 million children.",
        "2 million",
        "The health ministry",
    ),
    # A common noun for a body, in full as the article first names it.
    (RBI, "The bank lent $3bn to lenders.", "$3bn", "Reserve Bank of India"),
    # No entity: a place's own figure, a generic class, a measured thing.
    (None, "Kenya's inflation rose to 5%.", "5%", None),
    (None, "Inflation rose to 5%.", "5%", None),
    (None, "Farmers lost 40% of their crops.", "40%", None),
    (None, "Brent crude rose 2% to $80.", "2%", None),
    (None, "India exported 20 million tonnes of rice.", "20 million tonnes", None),
    xfail(
        None,
        "The revenue of Unilever rose 4%.",
        "4%",
        "Unilever",
        reason="an owner written with 'of' after the measured noun is not read",
    ),
]


@pytest.mark.parametrize(("text", "sentence", "figure", "expected"), ENTITIES)
def test_entity(text: str | None, sentence: str, figure: str, expected: str | None) -> None:
    assert scope(sentence, figure, text=text).entity.value == expected
