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

JAPAN = "Japan's exports fall as US tariffs bite"
JAPAN_TEXT = "Japan's exports fell 1.7% in May.\n\nExports to the United States fell 11%."
GERMANY = "Munich club wins the German league"
GERMANY_TEXT = "The German champions won 25 games.\n\nTheir Danish striker scored 31 goals."
APAPA = "Customs seize opioids at Apapa"
APAPA_TEXT = (
    "Nigeria's customs officers seized 14 containers at Apapa port.\n\n"
    "Officers recovered 132 million pills."
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
    # Places too small for the lists, named by how they are written.
    (None, None, "Officers seized 14 containers at Apapa port.", "14 containers", "Apapa port"),
    (None, None, "Some 2,300 migrants reached the island of Lampedusa.", "2,300", "Lampedusa"),
    (None, None, "The typhoon killed 27 people in northern Luzon.", "27", "northern Luzon"),
    # Not the figure's place: a partner ("exports to China"), a nationality, a place in a
    # clause the figure is not in.
    (JAPAN, JAPAN_TEXT, "Exports to the United States fell 11%.", "11%", "Japan"),
    (GERMANY, GERMANY_TEXT, "Their Danish striker scored 31 goals.", "31 goals", "Germany"),
    (
        None,
        None,
        "Starts in Canada rose 9%, as a surge in Ontario offset a slump.",
        "9%",
        "Canada",
    ),
    # The article's place is its country, even when its first paragraph names a port.
    (APAPA, APAPA_TEXT, "Officers recovered 132 million pills.", "132 million", "Nigeria"),
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
