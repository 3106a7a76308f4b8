"""A shouted (all-capitals) sentence put in sentence case before it is parsed.

Pins `claims/extraction/casing.py`.
"""

from __future__ import annotations

import pytest

from claims.extraction.casing import unshout

# (text, the same text as the parser should read it)
UNSHOUTED = [
    ("BOEING TO CUT 17,000 JOBS", "Boeing to cut 17,000 jobs"),
    ("CHINA RAISES TARIFFS ON US GOODS TO 84%", "China raises tariffs on US goods to 84%"),
    ("EXPORTS FELL 12 PER CENT IN MARCH.", "Exports fell 12 per cent in March."),
    ("QUAKE KILLS 2,000, SAYS UN", "Quake kills 2,000, says UN"),
    # a unit or scale glued to the digits is lowered; a code ("5G") is not
    ("RAINFALL HIT 300MM ON 12 MARCH", "Rainfall hit 300mm on 12 March"),
    ("SALES TOP $5BN AS 5G PHONES SELL", "Sales top $5bn as 5G phones sell"),
    # not shouted: left as written
    ("The IMF cut its GDP forecast to 3%.", "The IMF cut its GDP forecast to 3%."),
    ("Apple To Cut 600 Jobs", "Apple To Cut 600 Jobs"),
    ("UK GDP UP 2%", "UK GDP UP 2%"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), UNSHOUTED)
def test_unshout(text: str, expected: str) -> None:
    assert unshout(text) == expected
