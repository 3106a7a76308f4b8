"""The place of a figure (claims/extraction/scope/place.py, places.py, article.py).

Rows are ``(title, text, sentence, figure, expected)``.
"""

from __future__ import annotations

import pytest

from tests.scope_rows import scope, xfail

KENYA = "Kenya's election: turnout rises"
KENYA_TEXT = (
    "Voters in Kenya queued for hours on Tuesday.\n\n"
    "Turnout reached 65%, officials said. In Mombasa it was 58%."
)

PLACES = [
    # Named in the sentence: a country, a state, a city, a demonym turned into its place.
    (None, None, "Inflation in Kenya rose to 5%.", "5%", "Kenya"),
    (None, None, "Floods in Kerala killed 40 people.", "40", "Kerala"),
    (None, None, "Kenyan herders lost 40% of their cattle.", "40%", "Kenya"),
    (None, None, "Rents in Bengaluru rose 12%.", "12%", "Bengaluru"),
    (None, None, "Unemployment in the US fell to 4.1%.", "4.1%", "US"),
    # Two places: the one the parse ties to the figure.
    (None, None, "Brazil's exports to China rose 8%.", "8%", "Brazil"),
    # The article's place when the sentence names none; the sentence's when it does.
    (KENYA, KENYA_TEXT, "Turnout reached 65%, officials said.", "65%", "Kenya"),
    (KENYA, KENYA_TEXT, "In Mombasa it was 58%.", "58%", "Mombasa"),
    # No place: none named anywhere; a place inside a name.
    (None, None, "The rocket carries 20 tonnes.", "20 tonnes", None),
    (None, None, "Kenya Airways carried 5 million passengers.", "5 million", None),
    # A country inside a body's name tells the article's jurisdiction when nothing else
    # does; a region's does not ("Falcon Gulf Airways").
    (None, None, "The Central Bank of Nigeria cut its rate to 27%.", "27%", "Nigeria"),
    (None, None, "Falcon Gulf Airways carried 54 million passengers.", "54 million", None),
    xfail(
        None,
        None,
        "The Bank of England raised rates to 5%.",
        "5%",
        "UK",
        reason="England is a nation of the UK: the bank's jurisdiction is not read from it",
    ),
    (None, None, "Mobile phone sales rose 5%.", "5%", None),
    xfail(
        "Apple's iPhone sales slip",
        "Apple, based in Cupertino, California, sold 50 million phones worldwide.",
        "Apple, based in Cupertino, California, sold 50 million phones worldwide.",
        "50 million",
        None,
        reason="a worldwide figure of a multinational has no place; its seat is named",
    ),
]


@pytest.mark.parametrize(("title", "text", "sentence", "figure", "expected"), PLACES)
def test_place(
    title: str | None, text: str | None, sentence: str, figure: str, expected: str | None
) -> None:
    assert scope(sentence, figure, text=text, title=title).place.value == expected
