"""Claims of a whole article: true offsets, their sentences, reading order.

The case tables of each field (value, unit, qualifier, direction...) are in
tests/extraction/.
"""

from __future__ import annotations

from claims import extract

ARTICLE = """Gaza toll passes 50,000

The health ministry said on Sunday that more than 50,000 people had been killed in Gaza.
About 113,000 were wounded, it said. Aid agencies said 2.42 tonnes of food arrived.

Officials in Canberra said Australia would give $42 million (£21m) in aid."""


def test_claims_carry_true_offsets_sentences_and_reading_order() -> None:
    claims = extract(ARTICLE)
    assert [c.surface for c in claims] == [
        "50,000",
        "more than 50,000 people",
        "About 113,000",
        "2.42 tonnes",
        "$42 million",
        "£21m",
    ]
    for c in claims:
        assert ARTICLE[c.start : c.end] == c.surface
        assert c.surface in c.sentence and c.sentence in ARTICLE
    assert claims[1].sentence.startswith("The health ministry")
    assert claims[-2].unit == "AUD"
